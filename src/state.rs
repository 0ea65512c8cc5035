//! The app's state and its reducer. The URL is the state's home: every
//! change here is written back to the fragment, and every fragment change
//! (a link, back, forward, a reload) is read in as [`Action::FromUrl`].

use std::rc::Rc;

use chrono::NaiveDate;
use yew::Reducible;

use crate::query::{DateField, Facet};
use crate::url_state::UrlState;

/// How a state change should reach the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum History {
    /// A new entry, so that back undoes it.
    Push,
    /// Rewrite the current entry (typing, tidying a hand-written link).
    Replace,
    /// The change came from the URL itself.
    Keep,
}

#[derive(Debug, Clone, PartialEq)]
pub struct AppState {
    pub url: UrlState,
    pub history: History,
}

/// Which list of the timeline filters an actor is toggled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TimelineRole {
    Participant,
    Mediator,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// The fragment changed: read it.
    FromUrl(String),
    ToggleFacet(Facet, String),
    SetText(String),
    SetDateField(DateField),
    SetFrom(Option<NaiveDate>),
    SetTo(Option<NaiveDate>),
    SetPage(usize),
    ClearFilters,
    ToggleTimeline(TimelineRole, String),
    ClearTimeline,
}

impl AppState {
    /// The state a fragment describes; an empty fragment opens the claims
    /// view, and writing it back tidies the address bar.
    pub fn from_hash(hash: &str) -> Self {
        AppState { url: UrlState::parse(hash), history: History::Replace }
    }
}

/// Equal but for the notes on what could not be read.
fn same_place(a: &UrlState, b: &UrlState) -> bool {
    a.route == b.route
        && a.filters == b.filters
        && a.page == b.page
        && a.timeline == b.timeline
        && a.source == b.source
        && a.highlight == b.highlight
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut url = self.url.clone();
        url.ignored.clear();
        let history = match action {
            Action::FromUrl(hash) => {
                let parsed = UrlState::parse(&hash);
                if same_place(&parsed, &self.url) {
                    return self;
                }
                let tidy = if parsed.to_hash() == hash { History::Keep } else { History::Replace };
                return Rc::new(AppState { url: parsed, history: tidy });
            }
            Action::ToggleFacet(facet, value) => {
                facet.toggle(&mut url.filters, &value);
                History::Push
            }
            Action::SetText(text) => {
                url.filters.text = text;
                History::Replace
            }
            Action::SetDateField(field) => {
                url.filters.date_field = field;
                History::Push
            }
            Action::SetFrom(d) => {
                url.filters.from = d;
                History::Push
            }
            Action::SetTo(d) => {
                url.filters.to = d;
                History::Push
            }
            Action::SetPage(p) => {
                url.page = p.max(1);
                return Rc::new(AppState { url, history: History::Push });
            }
            Action::ClearFilters => {
                url.filters = url.filters.cleared();
                History::Push
            }
            Action::ToggleTimeline(role, id) => {
                let set = match role {
                    TimelineRole::Participant => &mut url.timeline.participants,
                    TimelineRole::Mediator => &mut url.timeline.mediators,
                };
                if !set.remove(&id) {
                    set.insert(id);
                }
                History::Push
            }
            Action::ClearTimeline => {
                url.timeline = Default::default();
                History::Push
            }
        };
        // Any change of filters starts the list again from its first page.
        url.page = 1;
        if url == self.url {
            return self;
        }
        Rc::new(AppState { url, history })
    }
}
