//! The diplomacy timeline: events in date order, filtered by who took part
//! and who mediated, with the fighting and accusations that followed each
//! ceasefire.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Days, NaiveDate};

use crate::catalog::Catalog;
use crate::model::{Category, DiplomacyEvent, EventKind};
use crate::url_state::TimelineFilters;

/// One day of the timeline. Positions index `Dataset::diplomacy`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TimelineDay {
    pub date: NaiveDate,
    pub events: Vec<usize>,
}

/// Actors that can filter the timeline, with how many events each is in.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFacets {
    pub participants: Vec<(String, usize)>,
    pub mediators: Vec<(String, usize)>,
}

fn matches(e: &DiplomacyEvent, f: &TimelineFilters) -> bool {
    let any = |chosen: &BTreeSet<String>, ids: &[String]| chosen.is_empty() || ids.iter().any(|id| chosen.contains(id));
    any(&f.participants, &e.participants) && any(&f.mediators, &e.mediators)
}

/// The events `f` lets through, grouped by day in date order.
pub fn timeline(events: &[DiplomacyEvent], f: &TimelineFilters) -> Vec<TimelineDay> {
    let mut days: BTreeMap<NaiveDate, Vec<usize>> = BTreeMap::new();
    for (i, e) in events.iter().enumerate().filter(|(_, e)| matches(e, f)) {
        // An event with an unknown date has no day to be listed under.
        if let Some(day) = e.date.sort_key() {
            days.entry(day).or_default().push(i);
        }
    }
    days.into_iter().map(|(date, events)| TimelineDay { date, events }).collect()
}

/// Counts for the filter controls, each following the other filter.
pub fn facets(events: &[DiplomacyEvent], f: &TimelineFilters) -> TimelineFacets {
    let count = |pick: fn(&DiplomacyEvent) -> &[String], others: TimelineFilters| {
        let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
        for e in events.iter().filter(|e| matches(e, &others)) {
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

/// How long after a ceasefire, at most, fighting counts as its aftermath
/// when no later ceasefire comes first.
const AFTERMATH_DAYS: u64 = 7;

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
    let week = start.checked_add_days(Days::new(AFTERMATH_DAYS)).unwrap_or(NaiveDate::MAX);
    let end = next.map_or(week, |n| n.pred_opt().unwrap_or(n).min(week));
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
