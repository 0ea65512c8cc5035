#![cfg(not(target_arch = "wasm32"))]
//! The diplomacy timeline on the bundled data.

use std::collections::BTreeSet;

use karabakh::model::{EventKind, Status};
use karabakh::timeline::TimelineFilters;
use karabakh::timeline::{aftermath, facets, timeline};

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
    assert_eq!(ids, ["d-002-pompeo-separate-meetings", "d-004-unsc-closed-door-consultations"]);
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
            assert!(
                c.occurred.sort_key() >= e.date.earliest() || c.links.iter().any(|l| l.target == e.id),
                "{} before {}",
                c.id,
                e.id
            );
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
