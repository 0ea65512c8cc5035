#![cfg(target_arch = "wasm32")]
//! The claims view in a real browser: typing, ticking facets, following
//! links, and what the list and the counts then show.

mod browser_support;

use browser_support::*;
use karabakh::explorer::Explorer;
use karabakh::model::Side;
use karabakh::query::{Facet, FacetKey, Filters};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
async fn the_list_shows_every_claim_and_says_so() {
    let m = mount("#/claims").await;
    let total = Explorer::bundled().catalog.dataset.claims.len();
    assert_eq!(n_of_m(&m.text("#result-count")), (total, total));
    assert!(m.try_find("main[data-route=\"claims\"]").is_some());
    assert!(!m.all(".claim-row").is_empty());
    assert!(m.all(".claim-row").len() <= 25, "the list is paged");
}

#[wasm_bindgen_test]
async fn typing_a_word_narrows_the_list_and_the_address_keeps_it() {
    let m = mount("#/claims").await;
    type_into(&m.find("#claims-search"), "Ganja").await;
    let expected =
        Explorer::bundled().claims.run(&Filters { text: "Ganja".into(), ..Filters::default() }).matches.len();
    let (shown, total) = n_of_m(&m.text("#result-count"));
    assert!(expected > 0 && expected < total);
    assert_eq!(shown, expected);
    for row in m.all(".claim-row") {
        assert!(row.text_content().unwrap().to_lowercase().contains("ganja"));
    }
    assert!(web_sys::window().unwrap().location().hash().unwrap().contains("q=Ganja"));
}

#[wasm_bindgen_test]
async fn ticking_a_side_shows_its_count_and_updates_the_other_counts() {
    let m = mount("#/claims").await;
    let az = facet_count(&m, "side", "azerbaijan");
    let am = facet_count(&m, "side", "armenia");
    click(&m.find("input[data-facet=\"side\"][data-value=\"azerbaijan\"]")).await;
    assert_eq!(n_of_m(&m.text("#result-count")).0, az);
    assert_eq!(facet_count(&m, "side", "armenia"), am, "a facet's own counts ignore its own choice");
    let mut f = Filters::default();
    f.insert(FacetKey::Side(Side::Azerbaijan));
    let expected = Explorer::bundled().claims.run(&f);
    let attack = expected.facet(Facet::Category).iter().find(|v| v.key.value() == "attack").unwrap().count;
    assert_eq!(facet_count(&m, "category", "attack"), attack, "the other facets count Azerbaijan's claims only");
    for row in m.all(".claim-row") {
        assert!(row.query_selector(".side-azerbaijan").unwrap().is_some());
    }
    click(&m.find("#clear-filters")).await;
    let (shown, total) = n_of_m(&m.text("#result-count"));
    assert_eq!(shown, total);
}

#[wasm_bindgen_test]
async fn following_a_claimant_link_filters_by_that_actor() {
    let m = mount("#/claims").await;
    let link = m.find(".claim-row .actor-link");
    let name = link.text_content().unwrap();
    follow(&link).await;
    let catalog = Explorer::bundled().catalog;
    let actor = catalog.dataset.actors.iter().find(|a| a.name == name).unwrap();
    let expected = catalog.dataset.claims.iter().filter(|c| c.claimant == actor.id).count();
    assert_eq!(n_of_m(&m.text("#result-count")).0, expected);
    let tick = m.find(&format!("input[data-facet=\"claimant\"][data-value=\"{}\"]", actor.id));
    assert!(tick.dyn_into::<web_sys::HtmlInputElement>().unwrap().checked());
}

#[wasm_bindgen_test]
async fn the_next_page_shows_the_next_claims() {
    let m = mount("#/claims").await;
    let first: Vec<String> = m.all(".claim-row").iter().map(|r| r.get_attribute("data-record-id").unwrap()).collect();
    let next =
        m.all(".pager button").into_iter().find(|b| b.text_content().unwrap().contains("Next")).expect("a second page");
    click(&next).await;
    let second: Vec<String> = m.all(".claim-row").iter().map(|r| r.get_attribute("data-record-id").unwrap()).collect();
    assert!(!second.is_empty() && second.iter().all(|id| !first.contains(id)));
    assert!(m.text(".pager").contains("Page 2"));
}

/// Typing writes with `replaceState`, which fires no event; a stale
/// `hashchange` (here a synthetic one for an earlier keystroke) only makes the
/// app read the address again, which already holds the latest keystroke.
#[wasm_bindgen_test]
async fn a_late_event_for_an_earlier_keystroke_does_not_undo_later_ones() {
    let m = mount("#/claims").await;
    let search = m.find("#claims-search");
    type_into(&search, "G").await;
    let location = web_sys::window().unwrap().location();
    let written = location.href().unwrap();
    assert!(written.ends_with("q=G"));
    // The next keystroke is handled, and before the app renders again the
    // browser delivers the `hashchange` it owed for "G" (it queues that
    // event as a task, so under load it can arrive this late).
    key_in(&search, "Ga");
    let init = web_sys::HashChangeEventInit::new();
    init.set_new_url(&written);
    init.set_old_url(&written.replace("?q=G", ""));
    let late = web_sys::HashChangeEvent::new_with_event_init_dict("hashchange", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&late).unwrap();
    yew::scheduler::flush().await;
    queued_tasks().await;
    yew::scheduler::flush().await;
    assert_eq!(search.dyn_into::<web_sys::HtmlInputElement>().unwrap().value(), "Ga");
    assert!(location.hash().unwrap().ends_with("q=Ga"), "{}", location.hash().unwrap());
    let expected = Explorer::bundled().claims.run(&Filters { text: "Ga".into(), ..Filters::default() }).matches.len();
    assert_eq!(n_of_m(&m.text("#result-count")).0, expected);
}

fn history_length() -> u32 {
    web_sys::window().unwrap().history().unwrap().length().unwrap()
}

#[wasm_bindgen_test]
async fn typing_rewrites_the_current_history_entry_instead_of_adding_one_per_keystroke() {
    let m = mount("#/claims").await;
    let before = history_length();
    let search = m.find("#claims-search");
    for text in ["G", "Ga", "Gan", "Ganj", "Ganja"] {
        type_into(&search, text).await;
    }
    assert_eq!(history_length(), before, "no entry per keystroke");
    assert!(web_sys::window().unwrap().location().hash().unwrap().ends_with("q=Ganja"));
}

#[wasm_bindgen_test]
async fn a_facet_click_is_one_back_step_and_forward_redoes_it() {
    let m = mount("#/claims").await;
    let start = web_sys::window().unwrap().location().hash().unwrap();
    let before = history_length();
    let tick = || {
        m.find("input[data-facet=\"side\"][data-value=\"azerbaijan\"]").dyn_into::<web_sys::HtmlInputElement>().unwrap()
    };
    click(&tick()).await;
    assert_eq!(history_length(), before + 1, "one entry per click");
    let ticked = web_sys::window().unwrap().location().hash().unwrap();
    assert!(ticked.ends_with("side=azerbaijan"), "{ticked}");
    back_to(&start).await;
    assert!(!tick().checked(), "Back undoes the click");
    forward_to(&ticked).await;
    assert!(tick().checked(), "Forward redoes it");
}

#[wasm_bindgen_test]
async fn a_fragment_edited_by_hand_is_applied_as_it_stands() {
    let m = mount("#/claims").await;
    go("#/claims?side=azerbaijan,azerbaijan").await;
    let once = Explorer::bundled().claims.run(&Filters { sides: [Side::Azerbaijan].into(), ..Filters::default() });
    assert_eq!(n_of_m(&m.text("#result-count")).0, once.matches.len(), "a repeated value counts once");
    assert_eq!(
        web_sys::window().unwrap().location().hash().unwrap(),
        "#/claims?side=azerbaijan,azerbaijan",
        "not rewritten"
    );
}

#[wasm_bindgen_test]
async fn j_and_k_move_between_results_slash_searches_and_letters_stay_letters_in_the_box() {
    let m = mount("#/claims").await;
    let rows: Vec<String> = m.all(".claim-row").iter().map(|r| r.get_attribute("data-record-id").unwrap()).collect();
    press("j").await;
    assert_eq!(focused_result().as_ref(), Some(&rows[0]));
    press("j").await;
    assert_eq!(focused_result().as_ref(), Some(&rows[1]));
    press("k").await;
    assert_eq!(focused_result().as_ref(), Some(&rows[0]));
    press("/").await;
    let search = m.find("#claims-search");
    assert_eq!(document().active_element(), Some(search.clone()), "/ focuses the search box");
    press("j").await;
    assert_eq!(document().active_element(), Some(search.clone()), "a j typed in the box is a letter");
    press("Escape").await;
    assert_ne!(document().active_element(), Some(search), "Esc leaves the box");
    press("?").await;
    assert!(m.text(".dialog").contains("Keyboard shortcuts"));
    press("Escape").await;
    assert!(m.try_find(".dialog").is_none(), "Esc closes the list");
}
