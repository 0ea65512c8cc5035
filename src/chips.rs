//! What the current view applies, as removable chips: one per chosen value,
//! date bound, search and switch, however it was set (a checkbox, a link, an
//! address edited by hand). Each chip carries the state that removes it.
//! Also what "Clear all" leaves, and which filter emptied an empty list.

use crate::catalog::Catalog;
use crate::format::day_label;
use crate::model::Side;
use crate::query::{DateField, FacetKey};
use crate::sides::{sides_of, CAMPS};
use crate::timeline::TimelineRole;
use crate::url_state::{Route, UrlState};

/// One filter the view applies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chip {
    /// What kind of filter: "Place", "Search", "Mediator".
    pub kind: String,
    /// Its value as shown: "Washington, DC", "“truce”".
    pub value: String,
    /// The state with this filter alone removed.
    pub remove: UrlState,
}

impl Chip {
    /// "Place: Washington, DC".
    pub fn label(&self) -> String {
        format!("{}: {}", self.kind, self.value)
    }
}

/// `state` with `change` applied and the list back at its first page.
fn without(state: &UrlState, change: impl FnOnce(&mut UrlState)) -> UrlState {
    let mut next = state.clone();
    change(&mut next);
    next.page = 1;
    next
}

fn chip(kind: &str, value: String, remove: UrlState) -> Chip {
    Chip { kind: kind.to_owned(), value, remove }
}

/// The chips of everything `state`'s view applies, in the order of its
/// filter panel. A camp whose every side is chosen is one chip.
pub fn chips(state: &UrlState, catalog: &Catalog) -> Vec<Chip> {
    let mut out = Vec::new();
    if state.route.applies_claim_filters() {
        claim_chips(state, catalog, &mut out);
    }
    if state.route == Route::Compare && state.compare.contested {
        out.push(chip("Rows", "only contested".into(), without(state, |s| s.compare.contested = false)));
    }
    if state.route == Route::Diplomacy {
        timeline_chips(state, catalog, &mut out);
    }
    out
}

fn claim_chips(state: &UrlState, catalog: &Catalog, out: &mut Vec<Chip>) {
    let f = &state.filters;
    let mut grouped: Vec<Side> = Vec::new();
    for camp in CAMPS {
        let sides = sides_of(camp);
        if sides.len() > 1 && sides.iter().all(|s| f.sides.contains(s)) {
            let remove = without(state, |s| s.filters.sides.retain(|side| !sides.contains(side)));
            out.push(chip("Side", catalog.names.camp(camp).to_owned(), remove));
            grouped.extend(sides);
        }
    }
    for key in f.chosen() {
        if matches!(key, FacetKey::Side(s) if grouped.contains(&s)) {
            continue;
        }
        let remove = without(state, |s| {
            s.filters.remove(&key);
        });
        out.push(chip(key.facet().label(), catalog.facet_label(&key), remove));
    }
    let (from, to) = match f.date_field {
        DateField::Asserted => ("Claimed from", "Claimed until"),
        DateField::Occurred => ("Happened from", "Happened until"),
    };
    if let Some(d) = f.from {
        out.push(chip(from, day_label(d), without(state, |s| s.filters.from = None)));
    }
    if let Some(d) = f.to {
        out.push(chip(to, day_label(d), without(state, |s| s.filters.to = None)));
    }
    if !f.text.trim().is_empty() {
        out.push(chip("Search", format!("“{}”", f.text.trim()), without(state, |s| s.filters.text.clear())));
    }
}

fn timeline_chips(state: &UrlState, catalog: &Catalog, out: &mut Vec<Chip>) {
    let t = &state.timeline;
    if !t.text.trim().is_empty() {
        out.push(chip("Search", format!("“{}”", t.text.trim()), without(state, |s| s.timeline.text.clear())));
    }
    for role in TimelineRole::ALL {
        for id in t.chosen(role) {
            let remove = without(state, |s| {
                s.timeline.chosen_mut(role).remove(id);
            });
            out.push(chip(role.label(), catalog.actor_name(id).to_owned(), remove));
        }
    }
    if let Some(d) = t.from {
        out.push(chip("Events from", day_label(d), without(state, |s| s.timeline.from = None)));
    }
    if let Some(d) = t.to {
        out.push(chip("Events until", day_label(d), without(state, |s| s.timeline.to = None)));
    }
}

/// `state` with everything its view applies cleared ("Clear all"): the
/// claims filters (but which date they use) on the claims list, the map
/// and the side-by-side view, and that view's "only contested"; the
/// timeline's filters on diplomacy. Another view's filters left in the
/// address by hand go too, so that nothing stays behind.
pub fn cleared(state: &UrlState) -> UrlState {
    if !state.route.applies_claim_filters() && state.route != Route::Diplomacy {
        return state.clone();
    }
    without(state, |s| {
        s.filters = s.filters.cleared();
        s.compare.contested = false;
        s.timeline = Default::default();
    })
}

/// For a view that shows nothing: the filter whose removal alone brings
/// results back, with how many (`count` says how many results a state
/// shows). Of several, the one that brings back the most; `None` when no
/// single removal helps.
pub fn emptying_filter(chips: &[Chip], count: impl Fn(&UrlState) -> usize) -> Option<(&Chip, usize)> {
    let mut best: Option<(&Chip, usize)> = None;
    for c in chips {
        let n = count(&c.remove);
        if n > 0 && best.is_none_or(|(_, m)| n > m) {
            best = Some((c, n));
        }
    }
    best
}
