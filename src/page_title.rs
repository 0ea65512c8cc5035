//! The browser tab's title: the view and its main filters, so that
//! bookmarks and history tell views apart ("Azerbaijan · casualties —
//! Claims — Karabakh 2020").

use crate::catalog::Catalog;
use crate::chips::chips;
use crate::url_state::{Route, UrlState};

/// How many filters the title names before "+N more".
const NAMED: usize = 3;

/// A view's name in titles.
pub fn view_name(route: &Route) -> &'static str {
    match route {
        Route::Claims => "Claims",
        Route::Compare => "Side by side",
        Route::Diplomacy => "Diplomacy",
        Route::Map => "Map",
        Route::Sources => "Sources",
        Route::Search => "Search",
        Route::Record(_) => "Record",
    }
}

/// At most `max` characters of `s`, cut at a word with "…".
fn shortened(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let cut: String = s.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':']))
}

/// The title for `state`; `dataset_title` names the dataset ("Karabakh 2020").
pub fn page_title(state: &UrlState, catalog: &Catalog, dataset_title: &str) -> String {
    let view = view_name(&state.route);
    let subject = match &state.route {
        Route::Record(id) => catalog.record(id).map(|r| shortened(r.summary(), 60)),
        Route::Search => Some(state.search.trim()).filter(|q| !q.is_empty()).map(|q| format!("“{q}”")),
        Route::Sources => state.source.as_deref().and_then(|id| catalog.source(id)).map(|s| s.short_label()),
        _ => {
            let chips = chips(state, catalog);
            let mut named: Vec<String> = chips.iter().take(NAMED).map(|c| c.value.clone()).collect();
            if chips.len() > NAMED {
                named.push(format!("+{} more", chips.len() - NAMED));
            }
            (!named.is_empty()).then(|| named.join(" · "))
        }
    };
    match subject {
        Some(s) => format!("{s} — {view} — {dataset_title}"),
        None => format!("{view} — {dataset_title}"),
    }
}
