//! Each view's last state within the session, so that the tabs and
//! "← Claims" return to a view as it was left (filters, search, page),
//! not to its defaults. Pure: the app keeps it in `sessionStorage` as
//! [`ViewMemory::to_text`] and reads it back with [`ViewMemory::from_text`].

use std::collections::BTreeMap;

use crate::url_state::{Route, UrlState};

/// The last address of each view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ViewMemory {
    last: BTreeMap<String, String>,
}

/// The key a view is remembered under; a record page is not remembered.
fn key(route: &Route) -> Option<String> {
    (!matches!(route, Route::Record(_))).then(|| route.path())
}

impl ViewMemory {
    /// Remembers `state` as its view's last.
    pub fn remember(&mut self, state: &UrlState) {
        if let Some(k) = key(&state.route) {
            self.last.insert(k, state.to_hash());
        }
    }

    /// Where the tab of `route` leads from `current`: the view itself when
    /// it is the current one, else the view as last left, else the view
    /// with what of `current` it applies.
    pub fn tab(&self, route: Route, current: &UrlState) -> UrlState {
        if route == current.route {
            return current.clone();
        }
        // A view as last left, but on the dataset shown now: a tab never
        // leads back to a dataset that is no longer on screen.
        key(&route)
            .and_then(|k| self.last.get(&k))
            .map(|hash| UrlState { data: current.data.clone(), ..UrlState::parse(hash).state })
            .filter(|s| s.route == route)
            .unwrap_or_else(|| current.at(route))
    }

    /// One `path<TAB>hash` line per view. Fragments hold no tabs or line
    /// breaks: they are percent-encoded.
    pub fn to_text(&self) -> String {
        self.last.iter().map(|(k, v)| format!("{k}\t{v}\n")).collect()
    }

    /// Reads [`ViewMemory::to_text`]; lines it cannot read are skipped.
    pub fn from_text(text: &str) -> Self {
        let last = text
            .lines()
            .filter_map(|l| l.split_once('\t'))
            .filter(|(k, v)| k.starts_with('/') && v.starts_with('#'))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        ViewMemory { last }
    }
}
