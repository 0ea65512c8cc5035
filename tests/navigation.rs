#![cfg(not(target_arch = "wasm32"))]
//! Keeping context: the tab's title, each view's last state for the tabs
//! and "← Claims", and the orders the claims list offers.

use karabakh::explorer::Explorer;
use karabakh::model::{Category, Side};
use karabakh::nav_memory::ViewMemory;
use karabakh::page_title::page_title;
use karabakh::query::{ClaimOrder, SortOrder};
use karabakh::state::{apply, Action};
use karabakh::url_state::{Route, UrlState};

mod support;
use support::{claim, from_source, on_day, with_dates};

fn at(hash: &str) -> UrlState {
    UrlState::parse(hash).state
}

fn title(hash: &str) -> String {
    page_title(&at(hash), &Explorer::bundled().catalog, "Karabakh 2020")
}

#[test]
fn the_title_names_the_view_and_its_main_filters() {
    assert_eq!(
        title("#/claims?side=azerbaijan&category=casualties"),
        "Azerbaijan · casualties — Claims — Karabakh 2020"
    );
    assert_eq!(title("#/claims"), "Claims — Karabakh 2020");
    assert_eq!(title("#/compare"), "Side by side — Karabakh 2020");
    assert_eq!(title("#/diplomacy?mediator=pompeo"), "Mike Pompeo — Diplomacy — Karabakh 2020");
    assert_eq!(title("#/map?place=ganja"), "Ganja — Map — Karabakh 2020");
    assert_eq!(title("#/sources?source=src-002-al-jazeera"), "Al Jazeera, 20 Oct 2020 — Sources — Karabakh 2020");
    assert_eq!(
        title("#/claims?side=armenia,nagorno_karabakh&category=casualties&place=ganja&q=truce&from=2020-10-01"),
        "Armenian side · casualties · Ganja · +2 more — Claims — Karabakh 2020"
    );
    assert_eq!(
        title("#/record/c-004-nk-31-killed-200-wounded-sunday"),
        "Karabakh's Armenian-backed forces had earlier said 31 of… — Record — Karabakh 2020"
    );
    assert_eq!(
        page_title(&at("#/claims?side=armenia"), &Explorer::bundled().catalog, "Another war"),
        "Armenia — Claims — Another war",
        "the dataset's title is a parameter"
    );
}

#[test]
fn the_tabs_and_back_to_claims_return_to_each_view_as_it_was_left() {
    let mut memory = ViewMemory::default();
    let claims = at("#/claims?side=azerbaijan&q=ganja&page=2&sort=about");
    memory.remember(&claims);
    memory.remember(&at("#/diplomacy?mediator=pompeo"));
    let record = at("#/record/c-001-am-mod-plane-downed");
    memory.remember(&record);
    assert_eq!(memory.tab(Route::Claims, &record).to_hash(), "#/claims?side=azerbaijan&q=ganja&page=2&sort=about");
    assert_eq!(memory.tab(Route::Diplomacy, &claims).to_hash(), "#/diplomacy?mediator=pompeo");
    // Never visited: the view with what of the current state it applies.
    assert_eq!(memory.tab(Route::Compare, &claims).to_hash(), "#/compare?side=azerbaijan&q=ganja");
    assert_eq!(memory.tab(Route::Map, &record).to_hash(), "#/map");
    // The current view's tab is the view as it stands.
    let now = at("#/claims?side=armenia");
    assert_eq!(memory.tab(Route::Claims, &now), now);
    // Kept as text in the session, read back the same; junk lines are skipped.
    let text = memory.to_text();
    assert_eq!(
        text,
        "/claims\t#/claims?side=azerbaijan&q=ganja&page=2&sort=about\n/diplomacy\t#/diplomacy?mediator=pompeo\n"
    );
    assert_eq!(ViewMemory::from_text(&format!("junk\n{text}x\ty\n")), memory);
    assert_eq!(ViewMemory::from_text(""), ViewMemory::default());
}

#[test]
fn the_sort_order_lives_in_the_address() {
    assert_eq!(at("#/claims?sort=article").sort, SortOrder::Article);
    assert_eq!(at("#/claims?sort=about&page=2").to_hash(), "#/claims?page=2&sort=about");
    assert_eq!(at("#/claims?sort=claimed").to_hash(), "#/claims", "the default is not written");
    let p = UrlState::parse("#/claims?sort=size");
    assert_eq!(p.ignored, ["unknown order `size`"]);
    let (next, _) = apply(&at("#/claims?page=3"), Action::SetSort(SortOrder::About)).unwrap();
    assert_eq!(next.to_hash(), "#/claims?sort=about", "a new order starts at page 1");
}

#[test]
fn the_three_orders_of_hand_made_claims() {
    let c = |id: &str, source: &str, start: usize, asserted: &str, occurred: &str| {
        let mut c = with_dates(
            from_source(claim(id, Side::Azerbaijan, "az", Category::Attack, "x"), source),
            on_day(asserted),
            on_day(occurred),
        );
        c.quote.start = start;
        c
    };
    let claims = vec![
        c("a", "s2", 10, "2020-10-02", "2020-09-28"),
        c("b", "s1", 50, "2020-10-01", "2020-10-01"),
        c("d", "s1", 5, "2020-10-02", "2020-09-27"),
        c("e", "s2", 1, "2020-10-01", "2020-09-29"),
    ];
    let rank = |id: &str| if id == "s1" { 0 } else { 1 };
    let order = ClaimOrder::new(&claims, rank);
    let ids = |o: SortOrder, m: &[usize]| order.sorted(m, o).iter().map(|&i| claims[i].id.as_str()).collect::<String>();
    let all = [0, 1, 2, 3];
    // Same day claimed: article order decides (s1 before s2, then by position).
    assert_eq!(ids(SortOrder::Claimed, &all), "beda");
    assert_eq!(ids(SortOrder::About, &all), "daeb");
    assert_eq!(ids(SortOrder::Article, &all), "dbea");
    assert_eq!(ids(SortOrder::About, &[1, 3]), "eb", "a filtered result keeps only its own claims");
}

#[test]
fn by_the_date_it_is_about_31_killed_on_27_sep_comes_before_53_killed_on_28_sep() {
    let data = Explorer::bundled();
    let pos = |id: &str| data.catalog.claim_position(id).unwrap();
    let (k53, k31) = (pos("c-004-nk-soldiers-killed-monday"), pos("c-004-nk-31-killed-200-wounded-sunday"));
    let pair = [k53, k31];
    assert_eq!(data.order.sorted(&pair, SortOrder::Claimed), [k53, k31], "both said on 30 Sep, in article order");
    assert_eq!(data.order.sorted(&pair, SortOrder::About), [k31, k53]);
}

/// A view remembered while one dataset was shown is returned to on the
/// dataset shown now: the tab never carries a stale `data=`.
#[test]
fn a_remembered_view_follows_the_dataset_shown_now() {
    let mut memory = ViewMemory::default();
    memory.remember(&at("#/diplomacy?mediator=pompeo&data=old.json"));
    let now = at("#/claims?data=new.json");
    assert_eq!(memory.tab(Route::Diplomacy, &now).to_hash(), "#/diplomacy?mediator=pompeo&data=new.json");
    let bundled = at("#/claims");
    assert_eq!(memory.tab(Route::Diplomacy, &bundled).to_hash(), "#/diplomacy?mediator=pompeo");
}
