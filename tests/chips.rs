#![cfg(not(target_arch = "wasm32"))]
//! Filters you can see: the chips derived from any address (a checkbox, a
//! link or a hand-edited URL set them alike), what removing each leaves,
//! "Clear all", no filters leaking between views, and which filter emptied
//! an empty list.

use karabakh::chips::{chips, cleared, emptying_filter};
use karabakh::explorer::Explorer;
use karabakh::query::FacetKey;
use karabakh::state::{apply, Action};
use karabakh::url_state::{Route, UrlState};

fn at(hash: &str) -> UrlState {
    UrlState::parse(hash).state
}

/// Each chip as "label -> address that removes it".
fn shown(hash: &str) -> Vec<String> {
    let data = Explorer::bundled();
    chips(&at(hash), &data.catalog).iter().map(|c| format!("{} -> {}", c.label(), c.remove.to_hash())).collect()
}

#[test]
fn a_place_set_by_a_link_shows_as_a_chip_that_removes_it() {
    // Where "Washington, DC" on a diplomacy event leads.
    let link = UrlState::claims_with(FacetKey::Place("washington".into())).to_hash();
    assert_eq!(link, "#/claims?place=washington");
    assert_eq!(shown(&link), ["Place: Washington, DC -> #/claims"]);
}

#[test]
fn every_filter_of_a_hand_edited_address_is_a_chip() {
    assert_eq!(
        shown("#/claims?side=armenia,nagorno_karabakh,azerbaijan&category=casualties&from=2020-10-01&q=truce&page=3"),
        [
            "Side: Armenian side -> #/claims?side=azerbaijan&category=casualties&from=2020-10-01&q=truce",
            "Side: Azerbaijan -> #/claims?side=armenia,nagorno_karabakh&category=casualties&from=2020-10-01&q=truce",
            "Category: casualties -> #/claims?side=armenia,nagorno_karabakh,azerbaijan&from=2020-10-01&q=truce",
            "Claimed from: 1 Oct 2020 -> #/claims?side=armenia,nagorno_karabakh,azerbaijan&category=casualties&q=truce",
            "Search: “truce” -> #/claims?side=armenia,nagorno_karabakh,azerbaijan&category=casualties&from=2020-10-01",
        ]
    );
    assert_eq!(
        shown("#/claims?side=armenia&on=occurred&to=2020-10-05&claimant=unnamed-outlet-000&source=src-002-al-jazeera"),
        [
            "Side: Armenia -> #/claims?claimant=unnamed-outlet-000&source=src-002-al-jazeera&on=occurred&to=2020-10-05",
            "Claimant: Unnamed outlet, 8 Oct 2020 -> #/claims?side=armenia&source=src-002-al-jazeera&on=occurred&to=2020-10-05",
            "Source article: Al Jazeera, 20 Oct 2020 -> #/claims?side=armenia&claimant=unnamed-outlet-000&on=occurred&to=2020-10-05",
            "Happened until: 5 Oct 2020 -> #/claims?side=armenia&claimant=unnamed-outlet-000&source=src-002-al-jazeera&on=occurred",
        ]
    );
}

#[test]
fn each_view_shows_the_filters_it_applies() {
    assert_eq!(
        shown("#/diplomacy?mediator=pompeo&from=2020-10-10"),
        [
            "Mediator: Mike Pompeo -> #/diplomacy?from=2020-10-10",
            "Events from: 10 Oct 2020 -> #/diplomacy?mediator=pompeo"
        ]
    );
    assert_eq!(
        shown("#/compare?contested=1&side=armenia"),
        ["Side: Armenia -> #/compare?contested=1", "Rows: only contested -> #/compare?side=armenia"]
    );
    assert_eq!(shown("#/map?place=ganja"), ["Place: Ganja -> #/map"]);
    assert!(shown("#/sources?source=src-002-al-jazeera").is_empty());
    assert!(shown("#/claims").is_empty());
}

#[test]
fn no_view_carries_another_views_filters() {
    let diplomacy = at("#/diplomacy?mediator=pompeo&with=armenia&from=2020-10-10");
    assert_eq!(diplomacy.at(Route::Claims).to_hash(), "#/claims");
    assert_eq!(diplomacy.at(Route::Map).to_hash(), "#/map");
    let claims = at("#/claims?side=azerbaijan&q=ganja&page=2");
    assert_eq!(claims.at(Route::Diplomacy).to_hash(), "#/diplomacy");
    assert_eq!(claims.at(Route::Compare).to_hash(), "#/compare?side=azerbaijan&q=ganja");
}

#[test]
fn clear_all_clears_everything_the_view_applies_and_nothing_stays_behind() {
    let clear = |hash: &str| cleared(&at(hash)).to_hash();
    assert_eq!(
        clear("#/claims?side=armenia&on=occurred&from=2020-10-01&q=x&page=2&mediator=pompeo"),
        "#/claims?on=occurred"
    );
    assert_eq!(clear("#/diplomacy?mediator=pompeo&from=2020-10-10"), "#/diplomacy");
    assert_eq!(clear("#/compare?contested=1&category=casualties"), "#/compare");
    assert_eq!(clear("#/sources?source=src-002-al-jazeera"), "#/sources?source=src-002-al-jazeera");
    let (next, _) = apply(&at("#/claims?place=washington&mediator=pompeo"), Action::ClearFilters).unwrap();
    assert_eq!(next.to_hash(), "#/claims");
}

#[test]
fn the_filter_that_emptied_the_list_is_the_one_whose_removal_alone_brings_results() {
    let data = Explorer::bundled();
    // Washington has no claims; Azerbaijan has 26.
    let state = at("#/claims?side=azerbaijan&place=washington");
    let cs = chips(&state, &data.catalog);
    let count = |s: &UrlState| data.claims.run(&s.filters).matches.len();
    assert_eq!(count(&state), 0);
    let (chip, n) = emptying_filter(&cs, count).expect("one removal helps");
    assert_eq!((chip.label().as_str(), n), ("Place: Washington, DC", 26));
    assert_eq!(chip.remove.to_hash(), "#/claims?side=azerbaijan");
}

#[test]
fn of_several_ways_out_the_one_bringing_most_back_and_none_when_no_single_removal_helps() {
    let data = Explorer::bundled();
    let state = at("#/claims?side=mediator&category=casualties&q=zzz");
    let cs = chips(&state, &data.catalog);
    // Hand-written counts by address: only the text's removal helps, by 0.
    let counts = |s: &UrlState| match s.to_hash().as_str() {
        "#/claims?side=mediator&category=casualties" => 0,
        "#/claims?side=mediator&q=zzz" => 0,
        "#/claims?category=casualties&q=zzz" => 0,
        other => panic!("unexpected {other}"),
    };
    assert_eq!(emptying_filter(&cs, counts), None);
    let counts = |s: &UrlState| match s.to_hash().as_str() {
        "#/claims?side=mediator&category=casualties" => 0,
        "#/claims?side=mediator&q=zzz" => 5,
        "#/claims?category=casualties&q=zzz" => 2,
        other => panic!("unexpected {other}"),
    };
    let (chip, n) = emptying_filter(&cs, counts).unwrap();
    assert_eq!(
        (chip.label().as_str(), n),
        ("Category: casualties", 5),
        "not the first that helps: the one that helps most"
    );
}
