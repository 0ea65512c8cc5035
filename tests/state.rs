#![cfg(not(target_arch = "wasm32"))]
//! The reducer: each action's effect on the state and on history.

use std::rc::Rc;

use karabakh::query::Facet;
use karabakh::state::{Action, AppState, History, TimelineRole};
use yew::Reducible;

fn start(hash: &str) -> Rc<AppState> {
    Rc::new(AppState::from_hash(hash))
}

#[test]
fn deliberate_changes_push_typing_replaces_and_the_page_resets() {
    let s = start("#/claims?page=4");
    let s = s.reduce(Action::ToggleFacet(Facet::Side, "armenia".into()));
    assert_eq!(s.history, History::Push);
    assert_eq!(s.url.page, 1);
    assert_eq!(s.url.to_hash(), "#/claims?side=armenia");
    let s = s.reduce(Action::SetText("Ganja".into()));
    assert_eq!(s.history, History::Replace);
    let s = s.reduce(Action::SetPage(2));
    assert_eq!((s.url.page, s.history), (2, History::Push));
    let s = s.reduce(Action::ClearFilters);
    assert_eq!(s.url.to_hash(), "#/claims");
}

#[test]
fn the_fragment_it_wrote_coming_back_changes_nothing() {
    let s = start("#/claims").reduce(Action::ToggleFacet(Facet::Place, "ganja".into()));
    let again = Rc::clone(&s).reduce(Action::FromUrl(s.url.to_hash()));
    assert!(Rc::ptr_eq(&s, &again), "no re-render, no history loop");
    let back = Rc::clone(&s).reduce(Action::FromUrl("#/claims".into()));
    assert_eq!((back.url.filters.places.len(), back.history), (0, History::Keep));
}

#[test]
fn a_hand_written_link_is_tidied_and_what_was_dropped_is_reported() {
    let s = start("#/claims").reduce(Action::FromUrl("#/claims?side=armenia,nobody".into()));
    assert_eq!(s.history, History::Replace);
    assert_eq!(s.url.ignored.len(), 1);
    let tidy = Rc::clone(&s).reduce(Action::FromUrl(s.url.to_hash()));
    assert!(Rc::ptr_eq(&s, &tidy), "the tidied address keeps the note on screen");
}

#[test]
fn timeline_filters_toggle() {
    let s = start("#/diplomacy").reduce(Action::ToggleTimeline(TimelineRole::Mediator, "russia".into()));
    assert_eq!(s.url.to_hash(), "#/diplomacy?mediator=russia");
    let s = s.reduce(Action::ToggleTimeline(TimelineRole::Mediator, "russia".into()));
    assert_eq!(s.url.to_hash(), "#/diplomacy");
}
