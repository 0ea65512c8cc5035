//! One mark per diplomacy event, placed as precisely as its date is known,
//! stacked in lanes; the spans ceasefires were meant to hold; the order arrow
//! keys visit the marks in.

use chrono::{Days, NaiveDate};

use super::scale::{round1, TimeScale};
use crate::model::{DiplomacyEvent, EventKind, Precision, Status};

/// How much of the date is known, which decides how a mark is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Honesty {
    /// That day: a solid mark.
    Day,
    /// Some day from `first` to `last` (a range, or a decade): a bar.
    Range,
    /// Around that day: a mark with a blurred extent of [`AROUND_DAYS`] either side.
    Approximate,
    /// On or before that day ("by 8 Oct"): a hollow mark with a line back
    /// to the start of the axis, never a dot on the day.
    NotAfter,
    /// On or after that day: a hollow mark with a line forward to the end.
    NotBefore,
}

impl Honesty {
    /// `None` for the precisions no mark can honestly show.
    pub const fn of(p: Precision) -> Option<Honesty> {
        match p {
            Precision::Day => Some(Honesty::Day),
            Precision::Range | Precision::Decade => Some(Honesty::Range),
            Precision::Approximate => Some(Honesty::Approximate),
            Precision::NotAfter => Some(Honesty::NotAfter),
            Precision::NotBefore => Some(Honesty::NotBefore),
            Precision::Unknown => None,
        }
    }

    /// Whether only one bound is known, so the mark is drawn hollow.
    pub const fn is_open(self) -> bool {
        matches!(self, Honesty::NotAfter | Honesty::NotBefore)
    }
}

/// How far either side of its day an approximate mark reaches. The source
/// says only "around"; this is the drawing's reading of it, not data.
pub const AROUND_DAYS: u64 = 1;

/// Rows of marks: lane `n` is drawn at `y = top + n × step`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Lanes {
    pub top: f64,
    pub step: f64,
}

/// Where one event is drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct EventMark {
    /// Position of the event in the slice given to [`event_marks`].
    pub event: usize,
    pub id: String,
    pub kind: EventKind,
    /// What the view shows by shape or colour.
    pub status: Status,
    pub honesty: Honesty,
    /// The day the mark sits on: the event's [`sort_key`](crate::model::DateRef::sort_key),
    /// the day the list files it under.
    pub day: NaiveDate,
    /// The middle of `day`.
    pub x: f64,
    /// How far the mark reaches (band centres, kept on the axis): `x` itself
    /// for a day; from the first to the last day of a range; back to the
    /// axis's left edge for `NotAfter`, forward to its right edge for `NotBefore`.
    pub x0: f64,
    pub x1: f64,
    pub lane: usize,
    pub y: f64,
}

/// Why a ceasefire's span ends where it does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SpanEnd {
    /// The day before the next ceasefire.
    NextCeasefire,
    /// A week after it: [`AFTERMATH_DAYS`].
    Week,
}

/// The days a ceasefire was meant to hold, as `timeline::aftermath` counts
/// them: from its day to the day before the next one, at most a week.
#[derive(Debug, Clone, PartialEq)]
pub struct CeasefireSpan {
    /// The events that report this ceasefire (several articles report the
    /// same one: they share one span, not a stack of bands).
    pub events: Vec<usize>,
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub until: SpanEnd,
    /// From the left edge of `start`'s band to the right edge of `end`'s,
    /// cut to the axis.
    pub x0: f64,
    pub x1: f64,
}

/// The diplomacy axis: marks in keyboard order, spans, and what is not placed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EventAxis {
    /// In the order arrow keys visit them: by day, then lane.
    pub marks: Vec<EventMark>,
    pub spans: Vec<CeasefireSpan>,
    /// How many lanes the marks use (the view's height is `lanes × step`).
    pub lanes: usize,
    /// Events whose date is unknown: on no day, listed apart, never dropped.
    pub undated: Vec<usize>,
    /// Events dated off the axis (when the view passes a narrower scale).
    pub outside: Vec<usize>,
}

impl EventAxis {
    /// The mark after mark `i` (→), `None` at the last.
    pub fn next(&self, i: usize) -> Option<usize> {
        (i + 1 < self.marks.len()).then_some(i + 1)
    }

    /// The mark before mark `i` (←), `None` at the first.
    pub fn prev(&self, i: usize) -> Option<usize> {
        i.checked_sub(1).filter(|&p| p < self.marks.len())
    }

    /// The mark of event `event` (to focus the mark of an event chosen in the list).
    pub fn mark_of(&self, event: usize) -> Option<usize> {
        self.marks.iter().position(|m| m.event == event)
    }
}

/// How long after a ceasefire, at most, its span lasts when no later
/// ceasefire comes first; `timeline::aftermath` uses the same window.
pub const AFTERMATH_DAYS: u64 = 7;

/// The last day of a ceasefire's window starting `start`, given the next
/// ceasefire's day: the day before it, at most [`AFTERMATH_DAYS`] on.
pub fn ceasefire_window(start: NaiveDate, next: Option<NaiveDate>) -> (NaiveDate, SpanEnd) {
    let week = start.checked_add_days(Days::new(AFTERMATH_DAYS)).unwrap_or(NaiveDate::MAX);
    match next.and_then(|n| n.pred_opt()) {
        Some(before) if before < week => (before, SpanEnd::NextCeasefire),
        _ => (week, SpanEnd::Week),
    }
}

/// Whether a ceasefire took effect, so that it holds a span and cuts the
/// span of the one before. A denied or proposed truce is still an event with
/// its mark, but drawing it as days of truce would claim what did not happen.
fn took_effect(e: &DiplomacyEvent) -> bool {
    e.kind == EventKind::Ceasefire && matches!(e.status, Status::Happened | Status::UnderWay)
}

/// The days of the events' dates and of the ceasefires' spans: what
/// [`TimeScale::covering`] needs so that nothing is cut off. Both ends of a
/// range count, so a decade-long date would stretch the axis over the decade
/// (no diplomacy event has one; claims, which do, are not asked here).
pub fn event_days(events: &[DiplomacyEvent]) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = events.iter().filter_map(|e| e.date.bounds()).flat_map(|(a, b)| [a, b]).collect();
    days.extend(spans_of(events).into_iter().map(|(_, _, end, _)| end));
    days
}

/// (events, start, end, why it ends) of each ceasefire that took effect, by start.
fn spans_of(events: &[DiplomacyEvent]) -> Vec<(Vec<usize>, NaiveDate, NaiveDate, SpanEnd)> {
    let mut starts: Vec<(NaiveDate, usize)> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| took_effect(e))
        .filter_map(|(i, e)| Some((e.date.earliest()?, i)))
        .collect();
    starts.sort();
    let mut out: Vec<(Vec<usize>, NaiveDate, NaiveDate, SpanEnd)> = Vec::new();
    for (k, &(start, i)) in starts.iter().enumerate() {
        match out.last_mut() {
            Some(last) if last.1 == start => last.0.push(i),
            _ => {
                let next = starts[k..].iter().map(|s| s.0).find(|&d| d > start);
                let (end, until) = ceasefire_window(start, next);
                out.push((vec![i], start, end, until));
            }
        }
    }
    out
}

/// Places `events` on `scale`: one mark per event with a known date, in
/// keyboard order; marks whose days overlap go in separate lanes (an open
/// bound occupies only its known day: its line is a hint, not a claim on
/// the row); the spans of the ceasefires that took effect.
pub fn event_marks(events: &[DiplomacyEvent], scale: &TimeScale, lanes: Lanes) -> EventAxis {
    let mut axis = EventAxis::default();
    // (first and last day the mark takes up in its lane, then the mark).
    let mut placed: Vec<(NaiveDate, NaiveDate, EventMark)> = Vec::new();
    for (i, e) in events.iter().enumerate() {
        let (Some(honesty), Some(day), Some((first, last))) =
            (Honesty::of(e.date.precision), e.date.sort_key(), e.date.bounds())
        else {
            axis.undated.push(i);
            continue;
        };
        if !scale.contains(day) {
            axis.outside.push(i);
            continue;
        }
        let around = Days::new(AROUND_DAYS);
        let (from, to) = match honesty {
            Honesty::Day | Honesty::NotAfter | Honesty::NotBefore => (day, day),
            Honesty::Range => (first, last),
            Honesty::Approximate => {
                (day.checked_sub_days(around).unwrap_or(day), day.checked_add_days(around).unwrap_or(day))
            }
        };
        let (from, to) = (scale.clamp(from), scale.clamp(to));
        let (x0, x1) = match honesty {
            Honesty::NotAfter => (scale.left, scale.centre(day)),
            Honesty::NotBefore => (scale.centre(day), scale.right),
            _ => (scale.centre(from), scale.centre(to)),
        };
        let mark = EventMark {
            event: i,
            id: e.id.clone(),
            kind: e.kind,
            status: e.status,
            honesty,
            day,
            x: scale.centre(day),
            x0,
            x1,
            lane: 0,
            y: 0.0,
        };
        placed.push((from, to, mark));
    }
    // Greedy by first day: each mark takes the lowest lane free from its
    // first day on, which uses as few lanes as the overlaps allow.
    placed.sort_by_key(|(from, _, m)| (*from, m.day, m.event));
    let mut lane_ends: Vec<NaiveDate> = Vec::new();
    for (from, to, m) in &mut placed {
        let lane = lane_ends.iter().position(|end| end < from).unwrap_or(lane_ends.len());
        if lane == lane_ends.len() {
            lane_ends.push(*to);
        } else {
            lane_ends[lane] = *to;
        }
        m.lane = lane;
        m.y = round1(lanes.top + lane as f64 * lanes.step);
    }
    axis.lanes = lane_ends.len();
    axis.marks = placed.into_iter().map(|(_, _, m)| m).collect();
    axis.marks.sort_by_key(|m| (m.day, m.lane));
    axis.spans = spans_of(events)
        .into_iter()
        .filter(|(_, start, end, _)| *start <= scale.end && *end >= scale.start)
        .map(|(events, start, end, until)| CeasefireSpan {
            events,
            start,
            end,
            until,
            x0: scale.x(scale.clamp(start)),
            x1: scale.x_end(scale.clamp(end)),
        })
        .collect();
    axis
}
