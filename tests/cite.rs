#![cfg(not(target_arch = "wasm32"))]
//! Citations of three bundled records (a claim, a diplomacy event, a claim
//! reported through an agency) against strings written by hand, their
//! CSL-JSON read back, and the permalink's base from a server and from disk.

use karabakh::bundled::load_bundled;
use karabakh::catalog::Catalog;
use karabakh::cite::{base_address, cite_record, cite_view, CiteContext};
use karabakh::url_state::UrlState;
use serde_json::Value;

const BASE: &str = "https://example.org/karabakh/";
/// The explorer's name for the bundled data (its meta title, then "claims explorer").
const TITLE: &str = "Karabakh 2020: claims explorer";

fn catalog() -> Catalog {
    Catalog::new(load_bundled().dataset)
}

fn served() -> CiteContext {
    CiteContext::new(TITLE.to_owned(), Some(BASE.to_owned()))
}

#[test]
fn a_claim_in_plain_text_and_markdown() {
    let c = cite_record(&catalog(), &served(), "c-002-aliyev-territorial-gains").expect("the claim");
    assert_eq!(
        c.plain,
        "Ilham Aliyev, 20 Oct 2020: “In a tweet on Tuesday, Azerbaijani President Ilham Aliyev said his country has made territorial gains.” Reported in Al Jazeera, 20 Oct 2020, “Nagorno-Karabakh: Fresh shelling; rivals ‘head to US’ for talks”. Karabakh 2020: claims explorer, record c-002-aliyev-territorial-gains: https://example.org/karabakh/#/record/c-002-aliyev-territorial-gains"
    );
    assert_eq!(
        c.markdown,
        "> In a tweet on Tuesday, Azerbaijani President Ilham Aliyev said his country has made territorial gains.\n\n— Ilham Aliyev, 20 Oct 2020. Reported in *Al Jazeera*, 20 Oct 2020, “Nagorno-Karabakh: Fresh shelling; rivals ‘head to US’ for talks”. [Karabakh 2020: claims explorer, record `c-002-aliyev-territorial-gains`](<https://example.org/karabakh/#/record/c-002-aliyev-territorial-gains>)"
    );
}

#[test]
fn a_diplomacy_event_from_disk_without_a_canonical_address_gives_the_bare_id() {
    let c = cite_record(&catalog(), &CiteContext::new(TITLE.to_owned(), None), "d-002-second-truce-saturday")
        .expect("the event");
    assert_eq!(
        c.plain,
        "Ceasefire (happened), 17 Oct 2020, reported by Al Jazeera: “A second attempt at a truce agreed on Saturday”. Reported in Al Jazeera, 20 Oct 2020, “Nagorno-Karabakh: Fresh shelling; rivals ‘head to US’ for talks”. Karabakh 2020: claims explorer, record d-002-second-truce-saturday"
    );
    assert_eq!(
        c.markdown,
        "> A second attempt at a truce agreed on Saturday\n\n— Ceasefire (happened), 17 Oct 2020, reported by Al Jazeera. Reported in *Al Jazeera*, 20 Oct 2020, “Nagorno-Karabakh: Fresh shelling; rivals ‘head to US’ for talks”. Karabakh 2020: claims explorer, record `d-002-second-truce-saturday`"
    );
    let item = &c.csl[0];
    assert_eq!(item["type"], "article-newspaper");
    assert_eq!(item["archive_location"], "d-002-second-truce-saturday");
    assert!(item.get("URL").is_none(), "no URL without a base: {item}");
}

#[test]
fn a_claim_reported_through_an_agency_names_the_agency() {
    let c = cite_record(&catalog(), &served(), "c-004-aliyev-10-civilians-killed").expect("the claim");
    assert_eq!(
        c.plain,
        "Ilham Aliyev, 29 Sep 2020, via Interfax: “Azerbaijani President Ilham Aliyev said on Tuesday that 10 civilians had been killed since the fighting with Armenian forces began on Sunday, the Interfax news agency reported.” Reported in China Daily, 30 Sep 2020, “Escalation raises stakes in Caucasus”. Karabakh 2020: claims explorer, record c-004-aliyev-10-civilians-killed: https://example.org/karabakh/#/record/c-004-aliyev-10-civilians-killed"
    );
}

#[test]
fn csl_json_parses_with_the_article_and_the_record() {
    let c = cite_record(&catalog(), &served(), "c-004-aliyev-10-civilians-killed").expect("the claim");
    let parsed: Value = serde_json::from_str(&c.csl_text()).expect("CSL-JSON parses");
    let items = parsed.as_array().expect("a CSL-JSON array");
    assert_eq!(items.len(), 1);
    let item = &items[0];
    assert_eq!(item["id"], "c-004-aliyev-10-civilians-killed");
    assert_eq!(item["type"], "article-newspaper");
    assert_eq!(item["title"], "Escalation raises stakes in Caucasus");
    assert_eq!(item["container-title"], "China Daily");
    assert_eq!(item["author"][0]["literal"], "Ren Qi in Moscow");
    assert_eq!(item["issued"]["date-parts"], serde_json::json!([[2020, 9, 30]]));
    assert_eq!(item["archive"], "Karabakh 2020: claims explorer");
    assert_eq!(item["URL"], "https://example.org/karabakh/#/record/c-004-aliyev-10-civilians-killed");
    assert!(item["note"].as_str().unwrap().contains("10 civilians had been killed"), "{item}");
}

#[test]
fn a_view_is_cited_with_its_filters_in_words_and_its_address() {
    let url = UrlState::parse("#/compare?side=armenia,azerbaijan&category=casualties&contested=1").state;
    let c = cite_view(&catalog(), &served(), &url);
    assert_eq!(
        c.plain,
        "Karabakh 2020: claims explorer: Side by side, filtered by Side: Armenia, Azerbaijan; Category: casualties; Only contested. https://example.org/karabakh/#/compare?side=armenia,azerbaijan&category=casualties&contested=1"
    );
    let parsed: Value = serde_json::from_str(&c.csl_text()).expect("CSL-JSON parses");
    assert_eq!(parsed[0]["type"], "dataset");
    let none = cite_view(&catalog(), &CiteContext::new(TITLE.to_owned(), None), &UrlState::parse("#/diplomacy").state);
    assert_eq!(none.plain, "Karabakh 2020: claims explorer: Diplomacy, no filters. #/diplomacy");
}

#[test]
fn the_base_is_the_served_page_else_the_canonical_address_else_none() {
    assert_eq!(
        base_address("https://example.org/k/index.html#/claims", None).as_deref(),
        Some("https://example.org/k/index.html")
    );
    assert_eq!(
        base_address("http://127.0.0.1:8080/#/map", Some("https://x.org/")).as_deref(),
        Some("http://127.0.0.1:8080/")
    );
    assert_eq!(
        base_address("file:///tmp/k.html#/claims", Some("https://x.org/k/")).as_deref(),
        Some("https://x.org/k/")
    );
    assert_eq!(base_address("file:///tmp/k.html#/claims", Some("  ")), None);
    assert_eq!(base_address("file:///tmp/k.html#/claims", None), None);
}
