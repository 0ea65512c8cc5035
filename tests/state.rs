#![cfg(not(target_arch = "wasm32"))]
//! Actions: each one's effect on the URL state and on history.

use karabakh::model::{Category, Side};
use karabakh::query::FacetKey;
use karabakh::state::{apply, Action, History};
use karabakh::timeline::TimelineRole;
use karabakh::url_state::UrlState;

fn at(hash: &str) -> UrlState {
    UrlState::parse(hash).state
}

/// The fragment after `action`, and how it is recorded.
fn step(hash: &str, action: Action) -> Option<(String, History)> {
    apply(&at(hash), action).map(|(s, h)| (s.to_hash(), h))
}

#[test]
fn a_facet_click_is_one_history_entry_and_resets_the_page() {
    assert_eq!(
        step("#/claims?page=4", Action::ToggleFacet(FacetKey::Side(Side::Armenia))),
        Some(("#/claims?side=armenia".into(), History::Push))
    );
    assert_eq!(
        step("#/claims?side=armenia", Action::ToggleFacet(FacetKey::Side(Side::Armenia))),
        Some(("#/claims".into(), History::Push)),
        "a second click unticks"
    );
}

#[test]
fn typing_replaces_the_current_entry() {
    assert_eq!(
        step("#/claims?side=armenia&page=2", Action::SetText("Ganja".into())),
        Some(("#/claims?side=armenia&q=Ganja".into(), History::Replace))
    );
}

#[test]
fn paging_clearing_and_dates_push() {
    assert_eq!(step("#/claims?q=x", Action::SetPage(2)), Some(("#/claims?q=x&page=2".into(), History::Push)));
    assert_eq!(step("#/claims?q=x", Action::SetPage(0)), None, "page 0 is page 1: nothing changes");
    assert_eq!(
        step("#/claims?category=casualties&on=occurred&q=x", Action::ClearFilters),
        Some(("#/claims?on=occurred".into(), History::Push)),
        "clearing keeps the date field"
    );
    assert_eq!(
        step("#/compare", Action::SetFrom("2020-10-01".parse().ok())),
        Some(("#/compare?from=2020-10-01".into(), History::Push))
    );
}

#[test]
fn an_action_that_changes_nothing_writes_nothing() {
    assert_eq!(step("#/claims?q=Ganja", Action::SetText("Ganja".into())), None);
    assert_eq!(step("#/claims", Action::ClearFilters), None);
    assert_eq!(step("#/diplomacy", Action::ClearTimeline), None);
}

#[test]
fn timeline_filters_toggle() {
    let on = step("#/diplomacy", Action::ToggleTimeline(TimelineRole::Mediator, "russia".into()));
    assert_eq!(on, Some(("#/diplomacy?mediator=russia".into(), History::Push)));
    let off = step("#/diplomacy?mediator=russia", Action::ToggleTimeline(TimelineRole::Mediator, "russia".into()));
    assert_eq!(off, Some(("#/diplomacy".into(), History::Push)));
}

#[test]
fn facet_keys_stay_typed() {
    let (s, _) = apply(&at("#/claims"), Action::ToggleFacet(FacetKey::Category(Category::Attack))).unwrap();
    assert!(s.filters.categories.contains(&Category::Attack));
}
