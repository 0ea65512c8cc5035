#![cfg(not(target_arch = "wasm32"))]
//! What a claim's card says of its relations, the Side facet grouped by
//! camp with its mixed state, and names that do not repeat.

use karabakh::catalog::Catalog;
use karabakh::explorer::Explorer;
use karabakh::facts::FactClusters;
use karabakh::model::{Camp, Category, Dataset, Relation, Side};
use karabakh::query::{FacetKey, FacetValue};
use karabakh::relations::relation_line;
use karabakh::sides::{side_adds_to, side_groups, Tick};

mod support;
use support::{claim, from_source, linked};

/// The line of the bundled claim `id`, as "text -> record" parts.
fn line(id: &str) -> Vec<String> {
    let data = Explorer::bundled();
    let i = data.catalog.claim_position(id).unwrap();
    relation_line(&data.catalog, &data.facts, i).iter().map(|r| format!("{} -> {}", r.text, r.record)).collect()
}

#[test]
fn a_denied_claim_names_who_denied_it_once() {
    // Azerbaijan both denies and answers the plane claim: "denied by" says both.
    assert_eq!(line("c-001-am-mod-plane-downed"), ["denied by Azerbaijan -> c-001-az-denies-plane-downed"]);
    assert_eq!(line("c-004-az-mod-counterattacks"), ["denied by Armenia -> c-004-armenia-denies-az-reports"]);
}

#[test]
fn an_updated_figure_names_its_latest_update() {
    // Updated on 20 Oct (Al Jazeera) and 21 Oct (Kashmir Observer): the latest.
    assert_eq!(line("c-003-nk-320-military-killed"), ["updated 21 Oct -> c-001-armenia-772-soldiers-killed"]);
    assert_eq!(
        line("c-003-az-30-civilians-killed"),
        [
            "updated 21 Oct -> c-001-az-prosecutor-63-civilians-killed",
            "updates the claim of 29 Sep -> c-004-aliyev-10-civilians-killed"
        ]
    );
}

#[test]
fn the_same_fact_in_another_article_is_named_by_outlet_and_date() {
    assert_eq!(
        line("c-002-nk-772-troops-killed"),
        [
            "updates the claim of 7 Oct -> c-003-nk-320-military-killed",
            "also in Kashmir Observer, 21 Oct 2020 -> c-001-armenia-772-soldiers-killed"
        ]
    );
    assert_eq!(
        line("c-003-mediators-since-mid-1990s"),
        ["contradicted by Unnamed outlet, 8 Oct 2020 -> c-000-minsk-group-since-1992"]
    );
    assert!(line("c-004-nk-soldiers-killed-monday").is_empty());
}

#[test]
fn a_fact_in_three_articles_is_also_in_two() {
    let claims = vec![
        from_source(claim("a", Side::Press, "p", Category::Attack, "x"), "s1"),
        linked(from_source(claim("b", Side::Press, "p", Category::Attack, "x"), "s2"), Relation::SameFact, "a"),
        linked(from_source(claim("c", Side::Press, "p", Category::Attack, "x"), "s3"), Relation::SameFact, "b"),
        // Same article as `a`: not another article.
        linked(from_source(claim("d", Side::Press, "p", Category::Attack, "x"), "s1"), Relation::SameFact, "a"),
    ];
    let facts = FactClusters::new(&claims);
    let catalog = Catalog::new(Dataset { claims, ..Dataset::default() });
    let texts = |i: usize| relation_line(&catalog, &facts, i).into_iter().map(|r| r.text).collect::<Vec<_>>();
    assert_eq!(texts(0), ["also in 2 articles"]);
    assert_eq!(texts(3), ["also in 2 articles"]);
    assert_eq!(texts(1), ["also in 2 articles"]);
    // One other article, which the catalog does not know: named by its id.
    let two = vec![
        claim("a", Side::Press, "p", Category::Attack, "x"),
        linked(from_source(claim("b", Side::Press, "p", Category::Attack, "x"), "s9"), Relation::SameFact, "a"),
    ];
    let facts = FactClusters::new(&two);
    let catalog = Catalog::new(Dataset { claims: two, ..Dataset::default() });
    assert_eq!(relation_line(&catalog, &facts, 1)[0].text, "also in src-a");
}

fn value(side: Side, count: usize, selected: bool) -> FacetValue {
    FacetValue { key: FacetKey::Side(side), count, selected }
}

#[test]
fn the_side_facet_groups_by_camp_with_a_mixed_state() {
    let values = [
        value(Side::Press, 49, false),
        value(Side::Azerbaijan, 26, false),
        value(Side::Armenia, 17, true),
        value(Side::NagornoKarabakh, 13, false),
        value(Side::Mediator, 5, true),
        value(Side::ThirdParty, 4, true),
    ];
    let groups = side_groups(&values);
    let summary: Vec<(Camp, Vec<Side>, Tick, usize)> =
        groups.iter().map(|g| (g.camp, g.sides(), g.tick, g.count)).collect();
    assert_eq!(
        summary,
        [
            (Camp::Armenian, vec![Side::Armenia, Side::NagornoKarabakh], Tick::Mixed, 30),
            (Camp::Azerbaijani, vec![Side::Azerbaijan], Tick::Off, 26),
            (Camp::Others, vec![Side::Mediator, Side::ThirdParty, Side::Press], Tick::Mixed, 58),
        ]
    );
    let all = [value(Side::Armenia, 17, true), value(Side::NagornoKarabakh, 13, true)];
    assert_eq!(side_groups(&all).iter().map(|g| g.tick).collect::<Vec<_>>(), [Tick::On]);
}

#[test]
fn names_do_not_repeat() {
    assert!(!side_adds_to("Azerbaijan", "Azerbaijan"));
    assert!(!side_adds_to("armenia ", "Armenia"));
    assert!(side_adds_to("Azerbaijani Defence Ministry", "Azerbaijan"));
    assert!(side_adds_to("Shushan Stepanyan", "Armenia"));
}

#[test]
fn an_outlet_is_named_by_its_article_date_never_by_file_number() {
    let data = Explorer::bundled();
    assert_eq!(data.catalog.actor_name("unnamed-outlet-000"), "Unnamed outlet, 8 Oct 2020");
    assert_eq!(data.catalog.actor_name("pompeo"), "Mike Pompeo");
    for a in &data.catalog.dataset.actors {
        assert!(!data.catalog.actor_name(&a.id).contains("article 0"), "{}", a.id);
    }
}
