#![cfg(not(target_arch = "wasm32"))]
//! The diplomacy timeline on the bundled data.

mod support;

use std::collections::BTreeSet;

use karabakh::catalog::Catalog;
use karabakh::model::{Category, Dataset, DiplomacyEvent, EventKind, Quote, Side, Status};
use karabakh::timeline::{aftermath, facets, timeline, TimelineFilters};
use support::{claim, on_day, with_dates};

#[test]
fn events_come_in_date_order_and_filters_narrow_them() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let events = &catalog.dataset.diplomacy;
    let all = timeline(events, &TimelineFilters::default());
    // Every event is listed once; those whose date the articles do not give
    // come last, under no day.
    assert_eq!(all.iter().map(|d| d.events.len()).sum::<usize>(), events.len());
    let (undated, dated) = all.split_last().unwrap();
    assert!(dated.iter().all(|d| d.date.is_some()) && dated.windows(2).all(|w| w[0].date < w[1].date));
    assert_eq!(undated.date, None);
    let ids: Vec<&str> = undated.events.iter().map(|&i| events[i].id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "d-000-no-direct-meetings",
            "d-001-trilateral-meeting-ruled-out",
            "d-002-pompeo-separate-meetings",
            "d-003-am-rules-out-geneva-ministers-meeting",
            "d-004-unsc-closed-door-consultations"
        ]
    );
    let counts = facets(events, &TimelineFilters::default());
    let (mediator, n) = counts.mediators.first().cloned().expect("some event has a mediator");
    let f = TimelineFilters { mediators: BTreeSet::from([mediator.clone()]), ..TimelineFilters::default() };
    let days = timeline(events, &f);
    assert_eq!(days.iter().map(|d| d.events.len()).sum::<usize>(), n);
    assert!(days.iter().flat_map(|d| &d.events).all(|&i| events[i].mediators.contains(&mediator)));
}

#[test]
fn both_ceasefires_are_there_with_what_followed() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let ceasefires: Vec<_> = catalog
        .dataset
        .diplomacy
        .iter()
        .filter(|e| e.kind == EventKind::Ceasefire && e.status == Status::Happened)
        .collect();
    let dates: BTreeSet<String> = ceasefires.iter().filter_map(|e| e.date.sort_key()).map(|d| d.to_string()).collect();
    assert!(dates.contains("2020-10-10") && dates.contains("2020-10-17"), "{dates:?}");
    for e in ceasefires {
        for i in aftermath(&catalog, e) {
            let c = &catalog.dataset.claims[i];
            let linked = c.links.iter().any(|l| l.target == e.id);
            let (start, about) = (e.date.earliest().unwrap(), c.occurred.sort_key().unwrap());
            assert!(about >= start || linked, "{} before {}", c.id, e.id);
            assert!(about <= start + chrono::Days::new(7) || linked, "{} over a week after {}", c.id, e.id);
        }
    }
}

#[test]
fn the_readers_questions_can_be_answered_from_the_data() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let ds = &catalog.dataset;
    // Who met whom, where and when, 27 September to 23 October.
    let meetings: Vec<_> = ds.diplomacy.iter().filter(|e| e.kind == EventKind::Meeting).collect();
    assert!(meetings.len() >= 5);
    assert!(meetings.iter().all(|e| !e.participants.is_empty()));
    assert!(meetings.iter().any(|e| e.venue.as_deref() == Some("geneva")));
    assert!(meetings.iter().any(|e| e.venue.as_deref() == Some("washington")));
    // Which claims the other side denied or contradicted.
    let countered = ds.claims.iter().filter(|c| c.links.iter().any(|l| l.relation.is_counter())).count();
    assert!(countered >= 3, "{countered}");
    // Which statements the outlets could not verify.
    assert!(ds.claims.iter().any(|c| !c.verification.is_empty()));
}

/// A happened ceasefire on `date`, with nothing else a test cares about.
fn ceasefire(id: &str, date: &str) -> DiplomacyEvent {
    DiplomacyEvent {
        id: id.into(),
        kind: EventKind::Ceasefire,
        status: Status::Happened,
        date: on_day(date),
        announced: None,
        addressees: vec![],
        reported_by: None,
        participants: vec![],
        mediators: vec![],
        venue: None,
        outcome: None,
        summary: format!("ceasefire of {date}"),
        quote: Quote { source: "src-a".into(), start: 0, end: 9, text: "ceasefire".into() },
        links: vec![],
        verification: vec![],
        flags: vec![],
    }
}

/// An attack that occurred on `date`, named after it.
fn attack_on(date: &str) -> karabakh::model::Claim {
    with_dates(
        claim(&format!("attack-{date}"), Side::Armenia, "mod-am", Category::Attack, "shelling"),
        on_day(date),
        on_day(date),
    )
}

/// The ids `aftermath` picks for the event `id` among hand-made claims.
fn aftermath_ids(events: Vec<DiplomacyEvent>, id: &str, attack_days: &[&str]) -> Vec<String> {
    let dataset =
        Dataset { claims: attack_days.iter().map(|d| attack_on(d)).collect(), diplomacy: events, ..Dataset::default() };
    let catalog = Catalog::new(dataset);
    let event = catalog.event(id).expect("the ceasefire").clone();
    aftermath(&catalog, &event).into_iter().map(|i| catalog.dataset.claims[i].id.clone()).collect()
}

#[test]
fn the_aftermath_window_ends_after_a_week() {
    // Alone, a ceasefire of 10 October has an aftermath of 10 to 17 October.
    let days = ["2020-10-09", "2020-10-10", "2020-10-17", "2020-10-18"];
    assert_eq!(
        aftermath_ids(vec![ceasefire("cf", "2020-10-10")], "cf", &days),
        ["attack-2020-10-10", "attack-2020-10-17"]
    );
}

#[test]
fn the_aftermath_window_ends_the_day_before_the_next_ceasefire() {
    // With another ceasefire on 14 October, the first one's aftermath is 10 to 13 October.
    let days = ["2020-10-09", "2020-10-10", "2020-10-13", "2020-10-14", "2020-10-17"];
    let events = vec![ceasefire("cf-1", "2020-10-10"), ceasefire("cf-2", "2020-10-14")];
    assert_eq!(aftermath_ids(events.clone(), "cf-1", &days), ["attack-2020-10-10", "attack-2020-10-13"]);
    assert_eq!(aftermath_ids(events, "cf-2", &days), ["attack-2020-10-14", "attack-2020-10-17"]);
}

#[test]
fn a_date_range_keeps_the_events_that_may_fall_in_it_and_no_undated_one() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let events = &catalog.dataset.diplomacy;
    let f = TimelineFilters {
        from: "2020-10-17".parse().ok(),
        to: "2020-10-17".parse().ok(),
        ..TimelineFilters::default()
    };
    let days = timeline(events, &f);
    assert!(days.iter().all(|d| d.date.is_some()), "no undated group under a date filter");
    for i in days.iter().flat_map(|d| &d.events) {
        let (first, last) = events[*i].date.bounds().unwrap();
        assert!(first <= "2020-10-17".parse().unwrap() && last >= "2020-10-17".parse().unwrap(), "{}", events[*i].id);
    }
    let ids: Vec<&str> = days.iter().flat_map(|d| &d.events).map(|&i| events[i].id.as_str()).collect();
    // Read off data/records: the two reports of the truce agreed on Saturday 17 October.
    assert_eq!(ids, ["d-001-ceasefire-oct-17", "d-002-second-truce-saturday"]);
}

/// "Filters (N)" and "Clear all" on the diplomacy view count the search
/// text too: a search alone is a filter to clear.
#[test]
fn a_search_alone_counts_as_a_timeline_filter() {
    let text = TimelineFilters { text: "truce".into(), ..TimelineFilters::default() };
    assert_eq!(text.active_count(), 1);
    assert!(!text.is_empty());
    let blank = TimelineFilters { text: "  ".into(), ..TimelineFilters::default() };
    assert_eq!(blank.active_count(), 0);
    let d = chrono::NaiveDate::from_ymd_opt(2020, 10, 10).unwrap();
    let many = TimelineFilters {
        participants: BTreeSet::from(["a".to_owned(), "b".to_owned()]),
        mediators: BTreeSet::from(["c".to_owned()]),
        from: Some(d),
        to: Some(d),
        text: "x".into(),
    };
    assert_eq!(many.active_count(), 6);
}
