#![cfg(target_arch = "wasm32")]
//! Moving between the views in a real browser, and what each one shows.

mod browser_support;

use browser_support::*;
use karabakh::compare::compare;
use karabakh::explorer::Explorer;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn every_view_is_reached_from_the_navigation() {
    let m = mount("#/claims").await;
    for route in ["compare", "diplomacy", "map", "sources", "claims"] {
        follow(&m.find(&format!("nav a[href^=\"#/{route}\"]"))).await;
        assert!(m.try_find(&format!("main[data-route=\"{route}\"]")).is_some(), "{route} renders");
        let current = m.find("nav a[aria-current=\"page\"]");
        assert!(current.get_attribute("href").unwrap().starts_with(&format!("#/{route}")));
    }
}

/// The `data-record-id`s of the claim lines under `el` matching `selector`.
fn line_ids(el: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .map(|i| list.item(i).unwrap().dyn_into::<web_sys::Element>().unwrap().get_attribute("data-record-id").unwrap())
        .collect()
}

/// The rows where the two sides answer each other, read off data/records by
/// hand: each a claim and the counter-claim linked to it across the sides.
const PAIRED: &[&[&str]] = &[
    &["c-004-armenia-denies-az-reports", "c-004-az-mod-counterattacks", "c-004-az-mod-dashkesan-shelled"],
    &["c-001-am-mod-plane-downed", "c-001-az-denies-plane-downed"],
];

#[wasm_bindgen_test]
async fn the_side_by_side_rows_and_chart_points_match_the_data() {
    let m = mount("#/compare").await;
    let explorer = Explorer::bundled();
    let claims = &explorer.catalog.dataset.claims;
    let all: Vec<usize> = (0..claims.len()).collect();
    let cmp = compare(&explorer.catalog, &explorer.facts, &all, false);
    let rows = &cmp.rows;
    let shown = m.all(".compare-row:not(.compare-head)");
    assert_eq!(shown.len(), rows.len());
    for (el, row) in shown.iter().zip(rows) {
        let expect = |items: &[usize]| items.iter().map(|&i| claims[i].id.clone()).collect::<Vec<_>>();
        assert_eq!(line_ids(el, ".col-armenian .claim-line"), expect(&row.armenian));
        assert_eq!(line_ids(el, ".col-azerbaijani .claim-line"), expect(&row.azerbaijani));
        assert_eq!(line_ids(el, ".others-line .claim-line"), expect(&row.others));
    }
    let paired: Vec<Vec<String>> = m.all(".compare-row.paired").iter().map(|r| line_ids(r, ".claim-line")).collect();
    assert_eq!(paired, PAIRED.iter().map(|r| r.iter().map(|s| s.to_string()).collect::<Vec<_>>()).collect::<Vec<_>>());
    let points = &cmp.points;
    let drawn = m.all(".casualty-chart .chart-point");
    assert_eq!(drawn.len(), points.len());
    for (el, p) in drawn.iter().zip(points) {
        assert_eq!(el.get_attribute("data-record-id").unwrap(), p.claim_id);
        assert!(el.text_content().unwrap().contains(&p.quote), "the point shows its quote");
        assert_eq!(el.get_attribute("href").unwrap(), format!("#/record/{}", p.claim_id));
    }
    assert_eq!(m.all(".casualty-chart table tbody tr").len(), points.len(), "the text equivalent lists every point");
}

use wasm_bindgen::JsCast;

#[wasm_bindgen_test]
async fn the_timeline_lists_every_event_and_filters_by_mediator() {
    let m = mount("#/diplomacy").await;
    let total = Explorer::bundled().catalog.dataset.diplomacy.len();
    assert_eq!(n_of_m(&m.text("#timeline-count")), (total, total));
    assert_eq!(m.all(".event-card").len(), total);
    let tick = m.find("input[data-facet=\"mediator\"]");
    let id = tick.get_attribute("id").unwrap();
    let expected: usize = m.find(&format!("label[for=\"{id}\"] .count")).text_content().unwrap().parse().unwrap();
    click(&tick).await;
    assert_eq!(n_of_m(&m.text("#timeline-count")).0, expected);
    assert_eq!(m.all(".event-card").len(), expected);
    let dates: Vec<String> =
        m.all(".days .day > h2 time").iter().map(|t| t.get_attribute("datetime").unwrap()).collect();
    assert!(dates.windows(2).all(|w| w[0] < w[1]), "in date order");
}

#[wasm_bindgen_test]
async fn a_source_opens_with_its_quotes_marked_and_a_record_shows_its_quote() {
    let m = mount("#/sources").await;
    assert_eq!(m.all(".source-card").len(), 5);
    follow(&m.find(".source-card a[href^=\"#/sources?source=\"]")).await;
    let marks = m.all(".article-text a.quoted");
    assert!(!marks.is_empty());
    follow(&marks[0]).await;
    assert!(m.try_find("main[data-route=\"record\"]").is_some());
    let id = m.find("main[data-route=\"record\"]").get_attribute("data-record-id").unwrap();
    let catalog = Explorer::bundled().catalog;
    let record = catalog.record(&id).unwrap();
    assert_eq!(m.text(".record-view blockquote.quote"), record.quote().text);
    follow(&m.find(".record-view figcaption a[href^=\"#/sources\"]")).await;
    let lit = m.all(".article-text a.highlight mark");
    assert!(!lit.is_empty(), "the record's quote is marked in its paragraph");
    let lit_text: String = lit.iter().map(|e| e.text_content().unwrap()).collect();
    assert_eq!(lit_text, record.quote().text);
}

#[wasm_bindgen_test]
async fn back_returns_to_the_previous_filters() {
    let m = mount("#/claims").await;
    let before = web_sys::window().unwrap().location().hash().unwrap();
    let all = n_of_m(&m.text("#result-count")).0;
    click(&m.find("input[data-facet=\"side\"][data-value=\"armenia\"]")).await;
    let narrowed = n_of_m(&m.text("#result-count")).0;
    assert!(narrowed < all);
    assert_ne!(web_sys::window().unwrap().location().hash().unwrap(), before, "the choice is in the address");
    back_to(&before).await;
    assert_eq!(n_of_m(&m.text("#result-count")).0, all);
    assert!(!m
        .find("input[data-facet=\"side\"][data-value=\"armenia\"]")
        .dyn_into::<web_sys::HtmlInputElement>()
        .unwrap()
        .checked());
}

#[wasm_bindgen_test]
async fn an_internal_error_is_shown_to_the_user() {
    karabakh::app::fatal::show_fatal_error("boom");
    let el = document().get_element_by_id("fatal-error").unwrap();
    assert!(!el.has_attribute("hidden"));
    assert!(el.text_content().unwrap().contains("boom"));
    assert_eq!(el.get_attribute("role").as_deref(), Some("alert"));
    el.remove();
}

#[wasm_bindgen_test]
async fn choosing_a_place_on_the_map_narrows_the_claims_and_choosing_it_again_widens_them() {
    let m = mount("#/map").await;
    let heading = || m.text("#map-results");
    assert!(heading().starts_with("All "), "{}", heading());
    let stepanakert = m.find(".map-svg.overview [data-place=\"stepanakert\"]");
    let name = stepanakert.get_attribute("aria-label").unwrap();
    // "Stepanakert: N claims", N under the current filters.
    let n: usize = name.trim_start_matches("Stepanakert: ").split(' ').next().unwrap().parse().unwrap();
    assert!(n > 0, "{name}");
    click(&stepanakert).await;
    assert!(web_sys::window().unwrap().location().hash().unwrap().contains("place=stepanakert"));
    assert_eq!(heading(), format!("{n} claims for the chosen places"));
    assert_eq!(
        m.find(".map-svg.overview [data-place=\"stepanakert\"]").get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    let catalog = Explorer::bundled().catalog;
    let listed = m.all(".map-side .claim-row");
    assert_eq!(listed.len(), n.min(10));
    for row in listed {
        let id = row.get_attribute("data-record-id").unwrap();
        assert!(catalog.claim(&id).unwrap().places.iter().any(|p| p == "stepanakert"), "{id} names Stepanakert");
    }
    click(&m.find(".map-svg.overview [data-place=\"stepanakert\"]")).await;
    assert!(heading().starts_with("All "), "{}", heading());
}

#[wasm_bindgen_test]
async fn far_away_places_are_listed_not_dropped() {
    let m = mount("#/map").await;
    let far = m.text(".far-away");
    for place in ["Geneva", "Moscow", "Washington", "Brussels"] {
        assert!(far.contains(place), "{place} in {far}");
    }
}
