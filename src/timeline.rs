//! The diplomacy timeline: events in date order, filtered by who took part
//! and who mediated, with the fighting and accusations that followed each
//! ceasefire.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::model::{Category, DiplomacyEvent, EventKind};

/// Which list of the timeline's filters an actor is chosen in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimelineRole {
    Participant,
    Mediator,
}

impl TimelineRole {
    pub const ALL: [TimelineRole; 2] = [TimelineRole::Mediator, TimelineRole::Participant];

    /// The role's key in URLs.
    pub const fn key(self) -> &'static str {
        match self {
            TimelineRole::Participant => "with",
            TimelineRole::Mediator => "mediator",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            TimelineRole::Participant => "Participant",
            TimelineRole::Mediator => "Mediator",
        }
    }

    pub fn from_key(key: &str) -> Option<TimelineRole> {
        TimelineRole::ALL.into_iter().find(|r| r.key() == key)
    }
}

/// Filters of the diplomacy timeline.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct TimelineFilters {
    /// Events any of these actors took part in.
    pub participants: BTreeSet<String>,
    /// Events any of these actors mediated.
    pub mediators: BTreeSet<String>,
    /// Events whose date may fall on or after this day.
    pub from: Option<NaiveDate>,
    /// Events whose date may fall on or before this day.
    pub to: Option<NaiveDate>,
    /// Free text: every word must occur in the summary or the quote. Its
    /// matches are found by the search index and handed in (`hits`).
    pub text: String,
}

impl TimelineFilters {
    pub fn is_empty(&self) -> bool {
        self.active_count() == 0
    }

    /// How many filters are on: each actor chosen, each date bound, the text.
    pub fn active_count(&self) -> usize {
        self.participants.len()
            + self.mediators.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
            + usize::from(!self.text.trim().is_empty())
    }

    /// The actors chosen in `role`.
    pub fn chosen(&self, role: TimelineRole) -> &BTreeSet<String> {
        match role {
            TimelineRole::Participant => &self.participants,
            TimelineRole::Mediator => &self.mediators,
        }
    }

    pub fn chosen_mut(&mut self, role: TimelineRole) -> &mut BTreeSet<String> {
        match role {
            TimelineRole::Participant => &mut self.participants,
            TimelineRole::Mediator => &mut self.mediators,
        }
    }
}

/// One day of the timeline. Positions index `Dataset::diplomacy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineDay {
    /// `None` for the events whose articles give no date, listed last.
    pub date: Option<NaiveDate>,
    pub events: Vec<usize>,
}

/// Actors that can filter the timeline, with how many events each is in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFacets {
    pub participants: Vec<(String, usize)>,
    pub mediators: Vec<(String, usize)>,
}

impl TimelineFacets {
    pub fn of(&self, role: TimelineRole) -> &[(String, usize)] {
        match role {
            TimelineRole::Participant => &self.participants,
            TimelineRole::Mediator => &self.mediators,
        }
    }
}

fn matches(e: &DiplomacyEvent, f: &TimelineFilters) -> bool {
    let any = |chosen: &BTreeSet<String>, ids: &[String]| chosen.is_empty() || ids.iter().any(|id| chosen.contains(id));
    // A date range keeps the events whose days may overlap it; an undated
    // event matches no range.
    let dated = (f.from.is_none() && f.to.is_none())
        || e.date
            .bounds()
            .is_some_and(|(first, last)| f.from.is_none_or(|from| last >= from) && f.to.is_none_or(|to| first <= to));
    dated && any(&f.participants, &e.participants) && any(&f.mediators, &e.mediators)
}

/// The events `f` lets through, grouped by day in date order, then those
/// whose date is not known. `f.text` is not read: see [`timeline_with`].
pub fn timeline(events: &[DiplomacyEvent], f: &TimelineFilters) -> Vec<TimelineDay> {
    timeline_with(events, f, None)
}

/// As [`timeline`], keeping only the events `hits` flags (the matches of
/// `f.text`, from [`crate::search::SearchIndex::events`]) when given.
pub fn timeline_with(events: &[DiplomacyEvent], f: &TimelineFilters, hits: Option<&[bool]>) -> Vec<TimelineDay> {
    let mut days: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    let mut undated = Vec::new();
    let found = |i: usize| hits.is_none_or(|h| h.get(i).copied().unwrap_or(false));
    for (i, e) in events.iter().enumerate().filter(|(i, e)| found(*i) && matches(e, f)) {
        // An event with an unknown date is placed on no day, and not dropped.
        match e.date.sort_key() {
            Some(day) => days.entry(day).or_default().push(i),
            None => undated.push(i),
        }
    }
    let mut out: Vec<TimelineDay> =
        days.into_iter().map(|(date, events)| TimelineDay { date: Some(date), events }).collect();
    if !undated.is_empty() {
        out.push(TimelineDay { date: None, events: undated });
    }
    out
}

/// Counts for the filter controls, each following the other filter.
/// `f.text` is not read: see [`facets_with`].
pub fn facets(events: &[DiplomacyEvent], f: &TimelineFilters) -> TimelineFacets {
    facets_with(events, f, None)
}

/// As [`facets`], counting only the events `hits` flags when given.
pub fn facets_with(events: &[DiplomacyEvent], f: &TimelineFilters, hits: Option<&[bool]>) -> TimelineFacets {
    let found = |i: usize| hits.is_none_or(|h| h.get(i).copied().unwrap_or(false));
    let count = |pick: fn(&DiplomacyEvent) -> &[String], others: TimelineFilters| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for (_, e) in events.iter().enumerate().filter(|(i, e)| found(*i) && matches(e, &others)) {
            pick(e).iter().collect::<BTreeSet<_>>().into_iter().for_each(|id| *counts.entry(id).or_default() += 1);
        }
        let mut v: Vec<(String, usize)> = counts.into_iter().map(|(k, n)| (k.to_owned(), n)).collect();
        v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        v
    };
    TimelineFacets {
        participants: count(|e| &e.participants, TimelineFilters { participants: BTreeSet::new(), ..f.clone() }),
        mediators: count(|e| &e.mediators, TimelineFilters { mediators: BTreeSet::new(), ..f.clone() }),
    }
}

/// The claims that followed a ceasefire: those linked to it, and the attacks
/// and accusations about the days from its date until the next ceasefire
/// (or a week). Positions index `Dataset::claims`, in date order.
pub fn aftermath(catalog: &Catalog, event: &DiplomacyEvent) -> Vec<usize> {
    if event.kind != EventKind::Ceasefire {
        return Vec::new();
    }
    let ds = &catalog.dataset;
    let Some(start) = event.date.earliest() else { return Vec::new() };
    let next = ds
        .diplomacy
        .iter()
        .filter_map(|e| e.date.earliest().filter(|&d| e.kind == EventKind::Ceasefire && d > start))
        .min();
    // The window the time axis draws as the ceasefire's span.
    let (end, _) = crate::time_axis::ceasefire_window(start, next);
    let linked: BTreeSet<&str> = catalog.backlinks(&event.id).iter().map(|b| b.from.as_str()).collect();
    let mut picked: Vec<usize> = ds
        .claims
        .iter()
        .enumerate()
        .filter(|(_, c)| {
            let fighting = matches!(c.category, Category::Attack | Category::Accusation);
            let during = c.occurred.bounds().is_some_and(|(a, b)| a <= end && b >= start && b <= end);
            linked.contains(c.id.as_str()) || (fighting && during)
        })
        .map(|(i, _)| i)
        .collect();
    picked.sort_by_key(|&i| (ds.claims[i].occurred.sort_key(), catalog.source_index(&ds.claims[i].quote.source)));
    picked
}
