#![cfg(not(target_arch = "wasm32"))]
//! The time axis's geometry on small hand-made events and claims, every
//! expected value worked out by hand.

mod support;

use chrono::NaiveDate;
use karabakh::model::{Category, DateRef, DiplomacyEvent, EventKind, Precision, Quote, Side, Status};
use karabakh::time_axis::{
    ceasefire_window, claims_histogram, event_days, event_marks, CeasefireSpan, DateField, Honesty, Lanes, SpanEnd,
    TimeScale,
};
use support::{claim, on_day, span, with_dates};

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn dated(precision: Precision, s: &str) -> DateRef {
    DateRef { precision, ..on_day(s) }
}

fn unknown() -> DateRef {
    DateRef { date: None, precision: Precision::Unknown, ..on_day("2020-10-01") }
}

fn event(id: &str, kind: EventKind, status: Status, date: DateRef) -> DiplomacyEvent {
    DiplomacyEvent {
        id: id.into(),
        kind,
        status,
        date,
        announced: None,
        reported_by: None,
        participants: vec![],
        mediators: vec![],
        addressees: vec![],
        venue: None,
        outcome: None,
        summary: id.into(),
        quote: Quote { source: "src-a".into(), start: 0, end: 1, text: "x".into() },
        links: vec![],
        verification: vec![],
        flags: vec![],
    }
}

fn labels(scale: &TimeScale) -> Vec<String> {
    scale.ticks().into_iter().map(|t| t.label).collect()
}

#[test]
fn days_map_to_x_and_back_and_a_brush_past_the_ends_is_clamped() {
    // 30 Sep and 7 Oct with a day of margin: 29 Sep – 8 Oct, ten days of 10 units from x = 20.
    let s = TimeScale::covering([d("2020-10-07"), d("2020-09-30"), d("2020-10-02")], 20.0, 120.0).unwrap();
    assert_eq!((s.start, s.end, s.day_count(), s.day_width()), (d("2020-09-29"), d("2020-10-08"), 10, 10.0));
    assert_eq!((s.x(d("2020-09-29")), s.centre(d("2020-09-30")), s.x_end(d("2020-10-08"))), (20.0, 35.0, 120.0));
    for day in d("2020-09-29").iter_days().take(10) {
        assert_eq!(s.day_at(s.centre(day)), day, "centre of {day}");
        assert_eq!(s.day_at(s.x(day)), day, "left edge of {day}");
    }
    assert_eq!(s.day_at(-5.0), d("2020-09-29"));
    assert_eq!(s.day_at(120.0), d("2020-10-08"));
    assert_eq!(s.day_at(500.0), d("2020-10-08"));
    assert_eq!(s.day_at(f64::NAN), d("2020-09-29"));
    // A brush dragged right to left, over 30 Sep (x 30–40) to 3 Oct (x 60–70).
    assert_eq!(s.days_between(67.0, 32.0), (d("2020-09-30"), d("2020-10-03")));
    assert_eq!(s.days_between(0.0, 999.0), (d("2020-09-29"), d("2020-10-08")));
    assert_eq!(TimeScale::covering([], 0.0, 100.0), None);
}

#[test]
fn ticks_are_daily_on_a_short_axis_weekly_on_a_long_one_and_name_the_year_when_it_changes() {
    let short = TimeScale::covering([d("2020-09-28"), d("2020-10-03")], 0.0, 80.0).unwrap();
    assert_eq!(labels(&short), ["27 Sep", "28 Sep", "29 Sep", "30 Sep", "1 Oct", "2 Oct", "3 Oct", "4 Oct"]);
    assert_eq!(short.ticks()[4].pos, 45.0);
    // 26 Sep – 25 Oct, 30 days: the Mondays, at the middle of their day.
    let long = TimeScale::new(d("2020-09-26"), d("2020-10-25"), 0.0, 300.0);
    let ticks: Vec<(f64, String)> = long.ticks().into_iter().map(|t| (t.pos, t.label)).collect();
    let want = [(25.0, "28 Sep"), (95.0, "5 Oct"), (165.0, "12 Oct"), (235.0, "19 Oct")];
    assert_eq!(ticks, want.map(|(x, l)| (x, l.to_owned())));
    let new_year = TimeScale::new(d("2021-01-02"), d("2020-12-29"), 0.0, 50.0);
    assert_eq!(labels(&new_year), ["29 Dec 2020", "30 Dec", "31 Dec", "1 Jan 2021", "2 Jan"]);
    // A year of days: every sixth Monday (366 days over 70 per step, rounded
    // up), counted from 1 Jan of year 1 so that they do not depend on the
    // first day: 13 Jan 2020 is Monday 105,348, a multiple of 6; then 42 days on.
    let year = TimeScale::new(d("2020-01-01"), d("2020-12-31"), 0.0, 366.0);
    assert_eq!(labels(&year), ["13 Jan", "24 Feb", "6 Apr", "18 May", "29 Jun", "10 Aug", "21 Sep", "2 Nov", "14 Dec"]);
    let later = TimeScale::new(d("2020-01-10"), d("2021-01-08"), 0.0, 366.0);
    assert_eq!(labels(&later)[..2], ["13 Jan 2020", "24 Feb"]);
}

#[test]
fn marks_stack_on_shared_days_say_how_precise_they_are_and_leave_unknown_dates_apart() {
    use EventKind::*;
    let events = [
        event("a", Meeting, Status::Happened, on_day("2020-10-03")),
        event("b", PhoneCall, Status::Scheduled, on_day("2020-10-03")),
        event("c", Statement, Status::Happened, dated(Precision::NotAfter, "2020-10-05")),
        event("d", Meeting, Status::Expected, unknown()),
        event("e", Visit, Status::Proposed, dated(Precision::NotBefore, "2020-10-08")),
        event("f", Meeting, Status::RuledOut, span("2020-10-02", "2020-10-04")),
        event("g", Meeting, Status::Denied, dated(Precision::Approximate, "2020-10-09")),
        event("h", Meeting, Status::Happened, on_day("2020-10-20")),
    ];
    // 1–10 Oct, 10 units a day: day n's middle is at 10n − 5.
    let scale = TimeScale::new(d("2020-10-01"), d("2020-10-10"), 0.0, 100.0);
    let axis = event_marks(&events, &scale, Lanes { top: 10.0, step: 12.0 });
    let got: Vec<_> =
        axis.marks.iter().map(|m| (m.id.as_str(), m.status, m.honesty, m.day, m.x, m.x0, m.x1, m.lane, m.y)).collect();
    let want = [
        // The range 2–4 Oct is placed first and takes lane 0 to 4 Oct, so
        // the two marks of 3 Oct stack above it.
        ("a", Status::Happened, Honesty::Day, d("2020-10-03"), 25.0, 25.0, 25.0, 1, 22.0),
        ("b", Status::Scheduled, Honesty::Day, d("2020-10-03"), 25.0, 25.0, 25.0, 2, 34.0),
        // A range sits on its last day, reaching back to its first.
        ("f", Status::RuledOut, Honesty::Range, d("2020-10-04"), 35.0, 15.0, 35.0, 0, 10.0),
        // "By 5 Oct": a line back to the axis's edge; it takes only its day in the lane.
        ("c", Status::Happened, Honesty::NotAfter, d("2020-10-05"), 45.0, 0.0, 45.0, 0, 10.0),
        ("e", Status::Proposed, Honesty::NotBefore, d("2020-10-08"), 75.0, 75.0, 100.0, 0, 10.0),
        // Around 9 Oct reaches 8–10 Oct, so it cannot share lane 0 with 8 Oct.
        ("g", Status::Denied, Honesty::Approximate, d("2020-10-09"), 85.0, 75.0, 95.0, 1, 22.0),
    ];
    assert_eq!(got, want);
    assert_eq!(axis.lanes, 3);
    assert_eq!(axis.undated, [3]);
    assert_eq!(axis.outside, [7]);
    assert!(axis.spans.is_empty());
    assert!(Honesty::NotAfter.is_open() && !Honesty::Range.is_open());
}

#[test]
fn arrow_keys_visit_marks_by_day_then_lane_and_stop_at_the_ends() {
    let events = [
        event("late", EventKind::Meeting, Status::Happened, on_day("2020-10-05")),
        event("early", EventKind::Meeting, Status::Happened, on_day("2020-10-02")),
        event("early-too", EventKind::Visit, Status::Scheduled, on_day("2020-10-02")),
    ];
    let scale = TimeScale::new(d("2020-10-01"), d("2020-10-06"), 0.0, 60.0);
    let axis = event_marks(&events, &scale, Lanes { top: 0.0, step: 10.0 });
    let order: Vec<(usize, usize)> = axis.marks.iter().map(|m| (m.event, m.lane)).collect();
    assert_eq!(order, [(1, 0), (2, 1), (0, 0)]);
    assert_eq!((axis.next(0), axis.next(1), axis.next(2)), (Some(1), Some(2), None));
    assert_eq!((axis.prev(0), axis.prev(1), axis.prev(2)), (None, Some(0), Some(1)));
    assert_eq!((axis.mark_of(0), axis.mark_of(2), axis.mark_of(9)), (Some(2), Some(1), None));
}

#[test]
fn a_ceasefire_spans_to_the_day_before_the_next_or_a_week() {
    use EventKind::Ceasefire;
    let events = [
        event("truce-13", Ceasefire, Status::Happened, on_day("2020-10-13")),
        event("truce-10", Ceasefire, Status::Happened, on_day("2020-10-10")),
        // The same truce in another article: one span for both.
        event("truce-10-again", Ceasefire, Status::Happened, on_day("2020-10-10")),
        // Denied: a mark, but no span, and it does not cut the one before.
        event("truce-11-denied", Ceasefire, Status::Denied, on_day("2020-10-11")),
        // Only "by 12 Oct": no first day to start a span from.
        event("truce-by-12", Ceasefire, Status::Happened, dated(Precision::NotAfter, "2020-10-12")),
        event("talks", EventKind::Meeting, Status::Happened, on_day("2020-10-12")),
    ];
    // 1–31 Oct, 10 units a day: day n's band is 10(n − 1) to 10n.
    let scale = TimeScale::new(d("2020-10-01"), d("2020-10-31"), 0.0, 310.0);
    let axis = event_marks(&events, &scale, Lanes { top: 0.0, step: 10.0 });
    let want = [
        CeasefireSpan {
            events: vec![1, 2],
            start: d("2020-10-10"),
            end: d("2020-10-12"),
            until: SpanEnd::NextCeasefire,
            x0: 90.0,
            x1: 120.0,
        },
        CeasefireSpan {
            events: vec![0],
            start: d("2020-10-13"),
            end: d("2020-10-20"),
            until: SpanEnd::Week,
            x0: 120.0,
            x1: 200.0,
        },
    ];
    assert_eq!(axis.spans, want);
    assert_eq!(axis.marks.len(), 6);
    // The axis derived from these events reaches the end of the last span, plus the margin.
    let derived = TimeScale::covering(event_days(&events), 0.0, 100.0).unwrap();
    assert_eq!((derived.start, derived.end), (d("2020-10-09"), d("2020-10-21")));
    // The rule itself: the day before the next ceasefire, unless a week comes first.
    assert_eq!(ceasefire_window(d("2020-10-10"), Some(d("2020-10-17"))), (d("2020-10-16"), SpanEnd::NextCeasefire));
    assert_eq!(ceasefire_window(d("2020-10-10"), Some(d("2020-10-19"))), (d("2020-10-17"), SpanEnd::Week));
    assert_eq!(ceasefire_window(d("2020-10-10"), None), (d("2020-10-17"), SpanEnd::Week));
}

#[test]
fn claims_per_day_stack_by_camp_and_undated_ones_are_counted_apart() {
    let at = |id: &str, side: Side, occurred: DateRef| {
        with_dates(claim(id, side, "someone", Category::Attack, "text"), on_day("2020-10-01"), occurred)
    };
    let claims = [
        at("am", Side::Armenia, on_day("2020-10-02")),
        at("nk", Side::NagornoKarabakh, on_day("2020-10-02")),
        at("az", Side::Azerbaijan, on_day("2020-10-02")),
        at("osce", Side::Mediator, on_day("2020-10-02")),
        // A range counts on its last day only.
        at("az-range", Side::Azerbaijan, span("2020-10-01", "2020-10-03")),
        at("press-by", Side::Press, dated(Precision::NotAfter, "2020-10-04")),
        at("am-unknown", Side::Armenia, unknown()),
        at("background", Side::ThirdParty, on_day("2019-12-01")),
    ];
    // 1–5 Oct, 10 units a day; 100 high. The busiest day has 4, so the top is 5: 20 units a claim.
    let scale = TimeScale::new(d("2020-10-01"), d("2020-10-05"), 0.0, 50.0);
    let h = claims_histogram(&claims, DateField::Occurred, &scale, 100.0);
    let bars: Vec<_> = h
        .bars
        .iter()
        .map(|b| {
            let segs: Vec<_> = b.segments.iter().map(|s| (s.camp, s.count, s.y0, s.y1)).collect();
            (b.day, b.x0, b.x1, b.total, segs)
        })
        .collect();
    use karabakh::model::Camp::*;
    let want = vec![
        (
            d("2020-10-02"),
            10.0,
            20.0,
            4,
            vec![(Armenian, 2, 100.0, 60.0), (Azerbaijani, 1, 60.0, 40.0), (Others, 1, 40.0, 20.0)],
        ),
        (d("2020-10-03"), 20.0, 30.0, 1, vec![(Azerbaijani, 1, 100.0, 80.0)]),
        (d("2020-10-04"), 30.0, 40.0, 1, vec![(Others, 1, 100.0, 80.0)]),
    ];
    assert_eq!(bars, want);
    assert_eq!((h.y_max, h.undated, h.outside), (5, 1, 1));
    let ticks: Vec<(f64, &str)> = h.y_ticks.iter().map(|t| (t.pos, t.label.as_str())).collect();
    assert_eq!(ticks, [(100.0, "0"), (80.0, "1"), (60.0, "2"), (40.0, "3"), (20.0, "4"), (0.0, "5")]);
    // By the day asserted, all eight were said on 1 Oct: none undated, 10 the top.
    let said = claims_histogram(&claims, DateField::Asserted, &scale, 100.0);
    let counts: Vec<_> =
        said.bars.iter().map(|b| (b.day, b.total, b.segments.iter().map(|s| s.count).collect::<Vec<_>>())).collect();
    assert_eq!(counts, [(d("2020-10-01"), 8, vec![3, 2, 3])]);
    assert_eq!((said.y_max, said.undated, said.outside), (10, 0, 0));
}

#[test]
fn the_bundled_diplomacy_spans_late_september_to_late_october_with_both_truces() {
    let catalog = karabakh::explorer::Explorer::bundled().catalog;
    let ds = &catalog.dataset;
    let scale = TimeScale::covering(event_days(&ds.diplomacy), 0.0, 560.0).unwrap();
    assert_eq!((scale.start, scale.end), (d("2020-09-27"), d("2020-10-25")));
    let axis = event_marks(&ds.diplomacy, &scale, Lanes { top: 0.0, step: 10.0 });
    // Every event is a mark or listed as undated, once.
    assert_eq!(axis.marks.len() + axis.undated.len(), ds.diplomacy.len());
    assert!(axis.outside.is_empty());
    let undated: Vec<&str> = axis.undated.iter().map(|&i| ds.diplomacy[i].id.as_str()).collect();
    assert_eq!(
        undated,
        [
            "d-000-no-direct-meetings",
            "d-001-trilateral-meeting-ruled-out",
            "d-002-pompeo-separate-meetings",
            "d-003-am-rules-out-geneva-ministers-meeting",
            "d-004-unsc-closed-door-consultations"
        ]
    );
    let spans: Vec<_> = axis.spans.iter().map(|s| (s.start, s.end, s.until, s.events.len())).collect();
    assert_eq!(
        spans,
        [
            (d("2020-10-10"), d("2020-10-16"), SpanEnd::NextCeasefire, 2),
            (d("2020-10-17"), d("2020-10-24"), SpanEnd::Week, 2)
        ]
    );
    // Claims are counted once each: on a day, as undated, or off the axis.
    for field in [DateField::Asserted, DateField::Occurred] {
        let h = claims_histogram(&ds.claims, field, &scale, 100.0);
        let counted: usize = h.bars.iter().map(|b| b.total).sum();
        assert_eq!(counted + h.undated + h.outside, ds.claims.len(), "{field:?}");
    }
}
