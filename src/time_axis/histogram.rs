//! Claims per day on the time axis, stacked by camp: the #/claims view of
//! the same axis as the diplomacy marks.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use super::scale::{round1, TimeScale};
use crate::chart::{nice_max, y_step, Tick};
use crate::model::{group_thousands, Camp, Claim, DateRef};

/// Which of a claim's dates the histogram counts by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DateField {
    /// When the claim was made.
    Asserted,
    /// When what it is about happened.
    Occurred,
}

impl DateField {
    pub fn of(self, c: &Claim) -> &DateRef {
        match self {
            DateField::Asserted => &c.asserted,
            DateField::Occurred => &c.occurred,
        }
    }
}

/// The camps bottom to top: one fixed order, so a camp keeps its place in
/// every bar.
pub const CAMPS: [Camp; 3] = [Camp::Armenian, Camp::Azerbaijani, Camp::Others];

/// One camp's part of a bar. `y0` is its lower edge and `y1` its upper one,
/// in SVG units (y grows downwards, so `y1 < y0`): a rect at `y1`, `y0 − y1` high.
#[derive(Debug, Clone, PartialEq)]
pub struct BarSegment {
    pub camp: Camp,
    pub count: usize,
    pub y0: f64,
    pub y1: f64,
}

/// One day's bar: its band on the axis and its camps, bottom to top, those
/// with no claims left out.
#[derive(Debug, Clone, PartialEq)]
pub struct DayBar {
    pub day: NaiveDate,
    pub x0: f64,
    pub x1: f64,
    pub total: usize,
    pub segments: Vec<BarSegment>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Histogram {
    /// Days with at least one claim, in date order.
    pub bars: Vec<DayBar>,
    /// The count at the top of the y range (a round number from
    /// [`nice_max`]), and its ticks.
    pub y_max: u64,
    pub y_ticks: Vec<Tick>,
    /// Claims whose date is unknown: on no day, counted here.
    pub undated: usize,
    /// Claims dated off the axis (the 1990s of a background claim).
    pub outside: usize,
}

/// Counts `claims` per day of `field` on `scale`, stacked by camp from `height`
/// (zero) up to 0 (`y_max`). A claim is counted on its
/// [`sort_key`](DateRef::sort_key): a range on its last day, as the
/// casualty chart places it, so that no claim is counted twice.
pub fn claims_histogram<'a>(
    claims: impl IntoIterator<Item = &'a Claim>,
    field: DateField,
    scale: &TimeScale,
    height: f64,
) -> Histogram {
    let mut per_day: BTreeMap<NaiveDate, [usize; CAMPS.len()]> = BTreeMap::new();
    let (mut undated, mut outside) = (0, 0);
    for c in claims {
        match field.of(c).sort_key() {
            None => undated += 1,
            Some(d) if !scale.contains(d) => outside += 1,
            Some(d) => {
                let k = CAMPS.iter().position(|&camp| camp == c.side.camp()).unwrap_or(CAMPS.len() - 1);
                per_day.entry(d).or_default()[k] += 1;
            }
        }
    }
    let top = per_day.values().map(|n| n.iter().sum::<usize>()).max().unwrap_or(0);
    let y_max = nice_max(top as u64);
    let y_of = |n: usize| round1(height - n as f64 / y_max as f64 * height);
    let bars = per_day
        .into_iter()
        .map(|(day, counts)| {
            let mut below = 0;
            let segments = CAMPS
                .iter()
                .zip(counts)
                .filter(|(_, n)| *n > 0)
                .map(|(&camp, count)| {
                    let seg = BarSegment { camp, count, y0: y_of(below), y1: y_of(below + count) };
                    below += count;
                    seg
                })
                .collect();
            DayBar { day, x0: scale.x(day), x1: scale.x_end(day), total: below, segments }
        })
        .collect();
    let step = y_step(y_max);
    let y_ticks = (0..=y_max / step)
        .map(|k| k * step)
        .map(|v| Tick { pos: round1(height - v as f64 / y_max as f64 * height), label: group_thousands(v) })
        .collect();
    Histogram { bars, y_max, y_ticks, undated, outside }
}
