#![cfg(target_arch = "wasm32")]
//! Keeping one's place, in a real browser: the chips of a filter set by a
//! link, a record opened from low down the list, "← Claims", Back, the
//! tabs, the tab's title, and the Side facet's group boxes.

mod browser_support;

use browser_support::*;
use js_sys::Promise;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use wasm_bindgen_test::*;
use web_sys::{AddEventListenerOptions, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

fn scroll_y() -> f64 {
    web_sys::window().unwrap().scroll_y().unwrap()
}

/// Scrolls the window to `y` and waits for its `scroll` event.
async fn scroll_to(y: f64) {
    let window = web_sys::window().unwrap();
    let scrolled = Promise::new(&mut |resolve, _| {
        let opts = AddEventListenerOptions::new();
        opts.set_once(true);
        window.add_event_listener_with_callback_and_add_event_listener_options("scroll", &resolve, &opts).unwrap();
    });
    window.scroll_to_with_x_and_y(0.0, y);
    JsFuture::from(scrolled).await.unwrap();
    yew::scheduler::flush().await;
}

fn checked(m: &Mounted, selector: &str) -> bool {
    m.find(selector).dyn_into::<HtmlInputElement>().unwrap().checked()
}

fn chip_labels(m: &Mounted) -> Vec<String> {
    m.all(".chip")
        .iter()
        .map(|c| c.text_content().unwrap().replace(['×'], "").replace(" (remove)", "").trim().to_owned())
        .collect()
}

#[wasm_bindgen_test]
async fn a_place_link_from_a_diplomacy_event_shows_its_chip_and_removing_it_restores_the_list() {
    let m = mount("#/diplomacy?mediator=pompeo").await;
    let washington = m
        .all(".event-card .place-link")
        .into_iter()
        .find(|a| a.text_content().unwrap() == "Washington, DC")
        .expect("an event held in Washington");
    follow(&washington).await;
    assert_eq!(hash(), "#/claims?place=washington", "only the place: the timeline's filters stay on diplomacy");
    assert_eq!(chip_labels(&m), ["Place: Washington, DC"]);
    assert_eq!(n_of_m(&m.text("#result-count")), (0, 114));
    assert!(m.text(".emptied-by").contains("Remove it to see 114 claims"), "{}", m.text(".emptied-by"));
    follow(&m.find(".chip")).await;
    assert_eq!(hash(), "#/claims");
    assert_eq!(n_of_m(&m.text("#result-count")), (114, 114));
    assert!(m.all(".chip").is_empty());
}

#[wasm_bindgen_test]
async fn clear_all_clears_a_filter_no_checkbox_shows() {
    let m = mount("#/claims?place=washington&side=azerbaijan").await;
    assert_eq!(chip_labels(&m), ["Side: Azerbaijan", "Place: Washington, DC"]);
    click(&m.find(".results-bar .clear-all")).await;
    assert_eq!(hash(), "#/claims");
    assert_eq!(n_of_m(&m.text("#result-count")), (114, 114));
}

#[wasm_bindgen_test]
async fn a_record_opened_from_low_down_the_list_starts_at_its_heading() {
    let m = mount("#/claims").await;
    let last = m.all(".claim-row a.details").pop().unwrap();
    last.scroll_into_view();
    scroll_to(scroll_y()).await;
    assert!(scroll_y() > 300.0, "the list is scrolled down ({})", scroll_y());
    follow(&last).await;
    let h1 = m.find("main[data-route=\"record\"] h1");
    assert_eq!(document().active_element(), Some(h1.clone()), "focus is on the record's heading");
    assert_eq!(scroll_y(), 0.0, "the record starts at its top");
}

#[wasm_bindgen_test]
async fn back_to_claims_restores_the_filters_and_the_place_in_the_list() {
    let m = mount("#/claims").await;
    click(&m.find("input[data-facet=\"side\"][data-value=\"azerbaijan\"]")).await;
    type_into(&m.find("#claims-search"), "said").await;
    let list = hash();
    assert!(list.contains("side=azerbaijan") && list.contains("q=said"), "{list}");
    let count = m.text("#result-count");
    let row = m.all(".claim-row").pop().unwrap();
    let id = row.get_attribute("data-record-id").unwrap();
    follow(&row.query_selector("a.details").unwrap().unwrap()).await;
    let back = m.find("main[data-route=\"record\"] a[href^=\"#/claims\"]");
    assert_eq!(back.text_content().unwrap(), "← Claims");
    follow(&back).await;
    assert_eq!(hash(), list);
    assert!(checked(&m, "input[data-facet=\"side\"][data-value=\"azerbaijan\"]"));
    assert_eq!(m.find("#claims-search").dyn_into::<HtmlInputElement>().unwrap().value(), "said");
    assert_eq!(m.text("#result-count"), count);
    assert_eq!(focused_result(), Some(id), "the card of the record just read holds the focus");
}

#[wasm_bindgen_test]
async fn back_returns_to_where_the_list_was_scrolled() {
    let m = mount("#/claims?category=casualties").await;
    let list = hash();
    scroll_to(400.0).await;
    let y = scroll_y();
    assert!(y > 300.0, "scrolled ({y})");
    follow(&m.all(".claim-row a.details").pop().unwrap()).await;
    assert_eq!(scroll_y(), 0.0);
    back_to(&list).await;
    assert_eq!(scroll_y(), y, "Back restores the position");
}

#[wasm_bindgen_test]
async fn the_tabs_remember_each_views_last_state() {
    let m = mount("#/claims").await;
    click(&m.find("input[data-facet=\"side\"][data-value=\"armenia\"]")).await;
    let claims = hash();
    follow(&m.find(".site-header a[href^=\"#/diplomacy\"]")).await;
    assert!(hash().starts_with("#/diplomacy") && !hash().contains("side="), "{}", hash());
    follow(&m.find(".site-header a[href^=\"#/claims\"]")).await;
    assert_eq!(hash(), claims);
    assert!(checked(&m, "input[data-facet=\"side\"][data-value=\"armenia\"]"));
}

#[wasm_bindgen_test]
async fn the_title_changes_with_the_view_and_its_filters() {
    let m = mount("#/claims").await;
    assert_eq!(document().title(), "Claims — Karabakh 2020");
    click(&m.find("input[data-facet=\"side\"][data-value=\"azerbaijan\"]")).await;
    assert_eq!(document().title(), "Azerbaijan — Claims — Karabakh 2020");
    go("#/diplomacy").await;
    assert_eq!(document().title(), "Diplomacy — Karabakh 2020");
    go("#/record/c-001-am-mod-plane-downed").await;
    assert!(document().title().ends_with(" — Record — Karabakh 2020"), "{}", document().title());
}

#[wasm_bindgen_test]
async fn the_armenian_side_box_ticks_both_its_sides_and_shows_a_mixed_state() {
    let m = mount("#/claims").await;
    let parent = || m.find("#facet-camp-armenian").dyn_into::<HtmlInputElement>().unwrap();
    assert!(!parent().checked() && !parent().indeterminate());
    click(&parent()).await;
    assert!(hash().ends_with("side=armenia,nagorno_karabakh"), "{}", hash());
    assert!(checked(&m, "input[data-facet=\"side\"][data-value=\"armenia\"]"));
    assert!(checked(&m, "input[data-facet=\"side\"][data-value=\"nagorno_karabakh\"]"));
    assert!(parent().checked() && !parent().indeterminate());
    assert_eq!(chip_labels(&m), ["Side: Armenian side"]);
    click(&m.find("input[data-facet=\"side\"][data-value=\"armenia\"]")).await;
    assert!(parent().indeterminate(), "one of two ticked: mixed");
    click(&parent()).await;
    assert!(parent().checked(), "a mixed box ticks them all");
    click(&parent()).await;
    assert!(hash().ends_with("#/claims"), "{}", hash());
}

#[wasm_bindgen_test]
async fn the_next_page_starts_at_the_top_of_the_results() {
    let m = mount("#/claims").await;
    let next = m.all(".pager button").into_iter().find(|b| b.text_content().unwrap().contains("Next")).unwrap();
    next.scroll_into_view();
    scroll_to(scroll_y()).await;
    let bottom = scroll_y();
    click(&next).await;
    let results = m.find("[data-results]");
    assert_eq!(document().active_element(), Some(results.clone()));
    let top = results.get_bounding_client_rect().top();
    assert!(
        top.abs() < 2.0 && scroll_y() < bottom,
        "the results start at the top of the window ({top}, {})",
        scroll_y()
    );
}

#[wasm_bindgen_test]
async fn a_card_says_its_relations_in_one_line_and_names_do_not_repeat() {
    let m = mount("#/claims?q=plane").await;
    let row = m.find(".claim-row[data-record-id=\"c-001-am-mod-plane-downed\"]");
    let line = row.query_selector(".relations a").unwrap().unwrap();
    assert_eq!(line.text_content().unwrap(), "denied by Azerbaijan");
    assert_eq!(line.get_attribute("href").unwrap(), "#/record/c-001-az-denies-plane-downed");
    let denial = m.find(".claim-row[data-record-id=\"c-001-az-denies-plane-downed\"] header");
    assert_eq!(denial.text_content().unwrap().matches("Azerbaijan").count(), 1, "{}", denial.text_content().unwrap());
    follow(&line).await;
    let claimed_by = m.find("main[data-route=\"record\"] dl.facts dd");
    assert_eq!(claimed_by.text_content().unwrap().trim(), "Azerbaijan", "Claimed by: Azerbaijan, once");
}

#[wasm_bindgen_test]
async fn the_list_can_be_ordered_by_the_date_it_is_about() {
    let m = mount("#/claims?claimant=nk-forces").await;
    let ids = || m.all(".claim-row").iter().map(|r| r.get_attribute("data-record-id").unwrap()).collect::<Vec<_>>();
    assert_eq!(ids(), ["c-004-nk-soldiers-killed-monday", "c-004-nk-31-killed-200-wounded-sunday"]);
    let select = m.find("#sort-order").dyn_into::<web_sys::HtmlSelectElement>().unwrap();
    select.set_value("about");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    select.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
    assert_eq!(hash(), "#/claims?claimant=nk-forces&sort=about");
    assert_eq!(ids(), ["c-004-nk-31-killed-200-wounded-sunday", "c-004-nk-soldiers-killed-monday"]);
}
