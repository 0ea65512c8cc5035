#![cfg(not(target_arch = "wasm32"))]
//! The side-by-side rows: claim and counter-claim share a row, the rest is
//! grouped by day, mediators and others stand apart.

mod support;

use karabakh::align::align;
use karabakh::model::{Category, Claim, Relation, Side};
use support::*;

fn on(c: Claim, date: &str) -> Claim {
    with_dates(c, on_day(date), on_day(date))
}

fn claims() -> Vec<Claim> {
    vec![
        on(claim("c-plane", Side::Armenia, "am-mod", Category::Attack, "plane downed"), "2020-10-21"),
        linked(
            on(claim("c-dismissed", Side::Azerbaijan, "azerbaijan", Category::Denial, "falsification"), "2020-10-21"),
            Relation::Denies,
            "c-plane",
        ),
        on(claim("c-ganja", Side::Azerbaijan, "azerbaijan", Category::Attack, "Ganja under fire"), "2020-10-08"),
        on(
            claim("c-stepanakert", Side::NagornoKarabakh, "nk-authorities", Category::Attack, "Stepanakert shelled"),
            "2020-10-08",
        ),
        on(claim("c-us", Side::Mediator, "us-spokesman", Category::Position, "cease hostilities"), "2020-10-08"),
        with_dates(
            claim("c-total", Side::Armenia, "armenia", Category::Casualties, "772 killed"),
            on_day("2020-10-21"),
            span("2020-09-27", "2020-10-20"),
        ),
        // A link to a claim of the same camp is no counter-claim across the aisle.
        linked(
            on(claim("c-nk-echo", Side::NagornoKarabakh, "nk-mod", Category::Attack, "plane downed too"), "2020-10-21"),
            Relation::SameFact,
            "c-plane",
        ),
    ]
}

fn ids(cs: &[Claim], items: &[usize]) -> Vec<String> {
    items.iter().map(|&i| cs[i].id.clone()).collect()
}

#[test]
fn counter_claims_share_a_row_and_the_rest_groups_by_day() {
    let cs = claims();
    let all: Vec<usize> = (0..cs.len()).collect();
    let rows = align(&cs, &all);
    type Shown = (String, Vec<String>, Vec<String>, Vec<String>, Option<Relation>);
    let summary: Vec<Shown> = rows
        .iter()
        .map(|r| (r.date.to_string(), ids(&cs, &r.armenian), ids(&cs, &r.azerbaijani), ids(&cs, &r.others), r.counter))
        .collect();
    assert_eq!(
        summary,
        vec![
            ("2020-10-08".into(), vec!["c-stepanakert".into()], vec!["c-ganja".into()], vec!["c-us".into()], None),
            ("2020-10-20".into(), vec!["c-total".into()], vec![], vec![], None),
            ("2020-10-21".into(), vec!["c-plane".into()], vec!["c-dismissed".into()], vec![], Some(Relation::Denies)),
            ("2020-10-21".into(), vec!["c-nk-echo".into()], vec![], vec![], None),
        ]
    );
    assert_eq!(rows[2].counter_by, Some(karabakh::model::Camp::Azerbaijani), "Baku dismisses the Armenian claim");
    assert!(rows.iter().filter(|r| r.counter.is_none()).all(|r| r.counter_by.is_none()));
}

#[test]
fn the_order_of_the_input_does_not_change_the_rows() {
    let cs = claims();
    let forward: Vec<usize> = (0..cs.len()).collect();
    let backward: Vec<usize> = forward.iter().rev().copied().collect();
    assert_eq!(align(&cs, &forward), align(&cs, &backward));
}

#[test]
fn a_counter_claim_filtered_out_leaves_its_claim_on_its_day() {
    let cs = claims();
    let rows = align(&cs, &[0, 2]);
    assert_eq!(rows.len(), 2);
    assert!(rows.iter().all(|r| r.counter.is_none()));
    assert_eq!(ids(&cs, &rows[1].armenian), ["c-plane"]);
}

#[test]
fn every_bundled_claim_appears_exactly_once() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let cs = &catalog.dataset.claims;
    let all: Vec<usize> = (0..cs.len()).collect();
    let rows = align(cs, &all);
    let mut seen: Vec<usize> =
        rows.iter().flat_map(|r| r.armenian.iter().chain(&r.azerbaijani).chain(&r.others).copied()).collect();
    seen.sort_unstable();
    assert_eq!(seen, all);
    assert!(rows.windows(2).all(|w| w[0].date <= w[1].date), "rows are in date order");
    assert!(rows.iter().any(|r| r.counter.is_some()), "the articles hold at least one claim and its denial");
    for r in rows.iter().filter(|r| r.counter.is_some()) {
        assert!(!r.armenian.is_empty() && !r.azerbaijani.is_empty() && r.others.is_empty());
    }
}

#[test]
fn the_bundled_claims_pair_as_read_off_the_data() {
    let explorer = karabakh::explorer::Explorer::bundled();
    let cs = &explorer.catalog.dataset.claims;
    let all: Vec<usize> = (0..cs.len()).filter(|&i| cs[i].category != Category::Background).collect();
    let rows = align(cs, &all);
    type Paired = (String, Vec<String>, Vec<String>, Option<Relation>);
    let paired: Vec<Paired> = rows
        .iter()
        .filter(|r| r.counter.is_some())
        .map(|r| (r.date.to_string(), ids(cs, &r.armenian), ids(cs, &r.azerbaijani), r.counter))
        .collect();
    // The two exchanges the articles present: Armenia denying the Azerbaijani
    // ministry's reports of 29 September, and Baku dismissing the downed plane.
    assert_eq!(
        paired,
        vec![
            (
                "2020-09-29".into(),
                vec!["c-004-armenia-denies-az-reports".into()],
                vec!["c-004-az-mod-counterattacks".into(), "c-004-az-mod-dashkesan-shelled".into()],
                Some(Relation::Denies)
            ),
            (
                "2020-10-21".into(),
                vec!["c-001-am-mod-plane-downed".into()],
                vec!["c-001-az-denies-plane-downed".into()],
                Some(Relation::Denies)
            ),
        ]
    );
}
