#![cfg(target_arch = "wasm32")]
//! Search in a real browser, as a person uses it: a word that no claim has
//! but diplomacy events do, words written two ways, and the header's search
//! of everything.

mod browser_support;

use browser_support::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn ids(m: &Mounted, selector: &str) -> Vec<String> {
    let mut v: Vec<String> = m.all(selector).iter().filter_map(|r| r.get_attribute("data-record-id")).collect();
    v.sort();
    v
}

fn marks(m: &Mounted, selector: &str) -> Vec<String> {
    m.all(&format!("{selector} mark.hit")).iter().map(|e| e.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn pompeo_on_the_claims_leads_to_his_three_diplomacy_events() {
    let m = mount("#/claims").await;
    type_into(&m.find("#claims-search"), "Pompeo").await;
    assert_eq!(n_of_m(&m.text("#result-count")).0, 0);
    let hint = m.text(".search-hint");
    assert!(hint.starts_with("No claims mention “Pompeo” — 3 diplomacy events"), "{hint}");
    follow(&m.find(".search-hint a[data-hint=\"Diplomacy events\"]")).await;
    assert!(m.try_find("main[data-route=\"diplomacy\"]").is_some());
    assert_eq!(n_of_m(&m.text("#timeline-count")), (3, 46));
    assert_eq!(m.all(".event-card").len(), 3);
    let search = m.find("#events-search").dyn_into::<web_sys::HtmlInputElement>().unwrap();
    assert_eq!(search.value(), "Pompeo", "the diplomacy view's own search box holds the word");
    for card in m.all(".event-card") {
        let marked = card.query_selector_all("mark.hit").unwrap().length();
        assert!(marked > 0, "the name is marked in every event");
    }
}

#[wasm_bindgen_test]
async fn truce_and_ceasefire_find_the_same_claims() {
    let m = mount("#/claims").await;
    type_into(&m.find("#claims-search"), "truce").await;
    let truce = ids(&m, ".claim-row");
    assert_eq!(truce.len(), 11, "5 say truce, 6 ceasefire(s) or cease-fire");
    assert!(marks(&m, ".claim-row").iter().any(|w| w.eq_ignore_ascii_case("truce")));
    assert!(marks(&m, ".claim-row").iter().any(|w| w.to_lowercase().starts_with("ceasefire")));
    type_into(&m.find("#claims-search"), "ceasefire").await;
    assert_eq!(ids(&m, ".claim-row"), truce);
    type_into(&m.find("#claims-search"), "cease-fire").await;
    assert_eq!(ids(&m, ".claim-row"), truce);
}

#[wasm_bindgen_test]
async fn the_header_searches_everything_and_groups_the_results() {
    let m = mount("#/map").await;
    press("/").await;
    let focused = document().active_element().and_then(|e| e.get_attribute("id"));
    assert_eq!(focused.as_deref(), Some("site-search"), "on a view without its own search, `/` goes to the header's");
    key_in(&m.find("#site-search"), "Pompeo");
    click(&m.find(".site-search button[type=submit]")).await;
    assert!(web_sys::window().unwrap().location().hash().unwrap().ends_with("#/search?q=Pompeo"));
    let groups: Vec<String> = m.all(".search-group h2").iter().map(|h| h.text_content().unwrap()).collect();
    assert_eq!(groups.len(), 3, "{groups:?}");
    assert_eq!(groups[0], "Diplomacy events (3)");
    assert_eq!(groups[1], "Actors (1)");
    assert!(groups[2].starts_with("Article paragraphs ("), "{groups:?}");
    assert!(m.text(".search-group[data-kind=\"Actors\"]").contains("Mike Pompeo"));
    follow(&m.find(".search-group[data-kind=\"Diplomacy events\"] .see-all a")).await;
    assert_eq!(n_of_m(&m.text("#timeline-count")), (3, 46));
}

#[wasm_bindgen_test]
async fn the_articles_list_the_paragraphs_that_mention_a_word() {
    let m = mount("#/sources").await;
    type_into(&m.find("#sources-search"), "Minsk Group").await;
    let paragraphs = m.all(".paragraph-hit");
    assert!(!paragraphs.is_empty());
    assert!(m.text("#paragraph-count").ends_with("that mention “Minsk Group”"));
    for p in paragraphs {
        let marked = p.query_selector_all("mark.hit").unwrap().length();
        assert!(marked >= 2, "both words are marked");
    }
}
