//! What the user can do, as a pure function from the current URL state to
//! the next one and how it enters the browser's history. The app holds no
//! other state: it writes the result to the address bar and renders what
//! the address says.

use chrono::NaiveDate;

use crate::model::Side;
use crate::query::{DateField, FacetKey, SortOrder};
use crate::timeline::TimelineRole;
use crate::url_state::{Route, UrlState};

/// How a change reaches the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry, so that Back undoes it.
    Push,
    /// Rewrite the current entry: typing, so that Back does not replay
    /// every keystroke.
    Replace,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    ToggleFacet(FacetKey),
    /// The free text of the view shown (claims, timeline, articles, search page).
    SetText(String),
    /// Searches everything for this text: the search page.
    SearchAll(String),
    SetDateField(DateField),
    SetFrom(Option<NaiveDate>),
    SetTo(Option<NaiveDate>),
    /// Both ends of the claims' date range at once (brushing the histogram).
    SetClaimDates(Option<NaiveDate>, Option<NaiveDate>),
    /// The diplomacy timeline's date range (brushing its axis, or its inputs).
    SetEventDates(Option<NaiveDate>, Option<NaiveDate>),
    SetPage(usize),
    SetSort(SortOrder),
    /// Ticks (`true`) or unticks every one of these sides at once: a
    /// group's box in the Side facet.
    SetSides(Vec<Side>, bool),
    /// Clears everything the current view applies (see [`crate::chips::cleared`]).
    ClearFilters,
    ToggleTimeline(TimelineRole, String),
    ClearTimeline,
    /// Opens or closes a claim's details in the side-by-side view.
    ToggleOpen(String),
    /// Opens or closes one day's statements by others.
    ToggleOthers(NaiveDate),
    /// Shows or hides every day's statements by others.
    SetOthersAll(bool),
    /// Keeps only the rows where the two sides answer each other.
    SetContested(bool),
    /// Notes which dataset is shown: a user's file by name, `None` for the
    /// bundled data. Rewrites the current entry: loading a dataset is not
    /// a step of the view that Back should undo.
    SetData(Option<String>),
}

/// The state after `action`, and how to record it; `None` when nothing
/// changes. Any change of filters starts the list again from page 1.
pub fn apply(current: &UrlState, action: Action) -> Option<(UrlState, History)> {
    let mut next = current.clone();
    let mut history = History::Push;
    match action {
        Action::ToggleFacet(key) => next.filters.toggle(key),
        Action::SetText(text) => {
            *next.text_mut() = text;
            history = History::Replace;
        }
        Action::SearchAll(text) => {
            if next.route != Route::Search {
                next = UrlState::new(Route::Search);
            } else {
                history = History::Replace;
            }
            next.search = text;
        }
        Action::SetDateField(field) => next.filters.date_field = field,
        Action::SetFrom(d) => next.filters.from = d,
        Action::SetTo(d) => next.filters.to = d,
        Action::SetClaimDates(from, to) => (next.filters.from, next.filters.to) = (from, to),
        Action::SetEventDates(from, to) => (next.timeline.from, next.timeline.to) = (from, to),
        Action::SetSort(order) => next.sort = order,
        Action::SetSides(sides, on) => {
            for side in sides {
                if on {
                    next.filters.sides.insert(side);
                } else {
                    next.filters.sides.remove(&side);
                }
            }
        }
        Action::ClearFilters => next = crate::chips::cleared(&next),
        Action::ToggleTimeline(role, id) => {
            let set = next.timeline.chosen_mut(role);
            if !set.remove(&id) {
                set.insert(id);
            }
        }
        Action::ClearTimeline => next.timeline = Default::default(),
        Action::SetPage(p) => next.page = p.max(1),
        Action::ToggleOpen(id) => {
            history = History::Replace;
            if !next.compare.open.remove(&id) {
                next.compare.open.insert(id);
            }
        }
        Action::ToggleOthers(day) => {
            history = History::Replace;
            if !next.compare.others_open.remove(&day) {
                next.compare.others_open.insert(day);
            }
        }
        Action::SetOthersAll(all) => next.compare.others_all = all,
        Action::SetContested(only) => next.compare.contested = only,
        Action::SetData(name) => {
            history = History::Replace;
            next.data = name;
        }
    }
    if next.filters != current.filters || next.timeline != current.timeline || next.sort != current.sort {
        next.page = 1;
    }
    (next != *current).then_some((next, history))
}
