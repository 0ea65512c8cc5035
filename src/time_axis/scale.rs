//! [`TimeScale`]: a span of whole days laid along an x range, each day a band
//! of equal width; day → x for drawing, x → day for brushing, and the ticks.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::chart::Tick;
use crate::day;

/// Days of margin either side of the data, so that a mark on the first or
/// last day is not cut in half by the edge of the axis.
pub const MARGIN_DAYS: u64 = 1;

/// Spans of at most this many days get a tick every day; longer ones weekly.
pub const DAILY_TICKS_UP_TO: i64 = 14;

/// Weekly ticks thin out (every 2, 3, … weeks) past this many.
const MAX_WEEKLY_TICKS: i64 = 10;

/// Days `start..=end` laid from `left` to `right` (SVG units). Day `d` is the
/// band `x(d)..x(d + 1)`; marks sit at its [`centre`](TimeScale::centre).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct TimeScale {
    pub start: NaiveDate,
    pub end: NaiveDate,
    pub left: f64,
    pub right: f64,
}

impl TimeScale {
    /// The days `a..=b` (in either order) from `left` to `right`.
    pub fn new(a: NaiveDate, b: NaiveDate, left: f64, right: f64) -> TimeScale {
        TimeScale { start: a.min(b), end: a.max(b), left, right }
    }

    /// The span of `days` with [`MARGIN_DAYS`] either side; `None` without
    /// days. The data decides the span: no date is built in.
    pub fn covering(days: impl IntoIterator<Item = NaiveDate>, left: f64, right: f64) -> Option<TimeScale> {
        let (mut lo, mut hi) = (None::<NaiveDate>, None::<NaiveDate>);
        for d in days {
            lo = Some(lo.map_or(d, |l| l.min(d)));
            hi = Some(hi.map_or(d, |h| h.max(d)));
        }
        let (lo, hi) = (lo?, hi?);
        let m = Days::new(MARGIN_DAYS);
        Some(TimeScale::new(lo.checked_sub_days(m).unwrap_or(lo), hi.checked_add_days(m).unwrap_or(hi), left, right))
    }

    /// How many days the axis shows, both ends counted.
    pub fn day_count(&self) -> i64 {
        (self.end - self.start).num_days() + 1
    }

    /// The width of one day's band.
    pub fn day_width(&self) -> f64 {
        (self.right - self.left) / self.day_count() as f64
    }

    pub fn contains(&self, d: NaiveDate) -> bool {
        self.start <= d && d <= self.end
    }

    /// `d` moved onto the axis: the first or last day when it falls outside.
    pub fn clamp(&self, d: NaiveDate) -> NaiveDate {
        d.clamp(self.start, self.end)
    }

    /// The left edge of `d`'s band, rounded to a tenth. Days off the axis
    /// extrapolate; [`TimeScale::clamp`] them first to keep them on it.
    pub fn x(&self, d: NaiveDate) -> f64 {
        round1(self.left_edge(d))
    }

    /// The middle of `d`'s band, where a mark for that day sits.
    pub fn centre(&self, d: NaiveDate) -> f64 {
        round1(self.left_edge(d) + self.day_width() / 2.0)
    }

    /// The right edge of `d`'s band (the left edge of the next day's).
    pub fn x_end(&self, d: NaiveDate) -> f64 {
        round1(self.left_edge(d) + self.day_width())
    }

    fn left_edge(&self, d: NaiveDate) -> f64 {
        self.left + (d - self.start).num_days() as f64 * self.day_width()
    }

    /// The day whose band holds `x`; the first or last day for an `x` off the
    /// axis (a brush dragged past its end), so that it is always a day shown.
    pub fn day_at(&self, x: f64) -> NaiveDate {
        let w = self.day_width();
        // A zero-width axis (or NaN from a pointer event) has only its first day.
        let n = if w > 0.0 && x.is_finite() { ((x - self.left) / w).floor() } else { 0.0 };
        let n = n.clamp(0.0, (self.day_count() - 1) as f64) as u64;
        self.start.checked_add_days(Days::new(n)).unwrap_or(self.end)
    }

    /// The days a brush from `x0` to `x1` (dragged either way) covers, both
    /// ends included: the date filter it sets.
    pub fn days_between(&self, x0: f64, x1: f64) -> (NaiveDate, NaiveDate) {
        let (a, b) = (self.day_at(x0), self.day_at(x1));
        (a.min(b), a.max(b))
    }

    /// Ticks at the middle of their day: every day on a short axis (up to
    /// [`DAILY_TICKS_UP_TO`] days), else every Monday, thinned to every
    /// second, third, … Monday when there would be more than ten. Labels
    /// read "27 Sep"; when the axis crosses a new year, the first tick and
    /// the first of each new year add it ("28 Dec 2020", "4 Jan 2021").
    pub fn ticks(&self) -> Vec<Tick> {
        let n = self.day_count();
        let weeks =
            if n <= DAILY_TICKS_UP_TO { None } else { Some((n + 7 * MAX_WEEKLY_TICKS - 1) / (7 * MAX_WEEKLY_TICKS)) };
        let with_years = self.start.year() != self.end.year();
        let mut last_year = None;
        self.start
            .iter_days()
            .take_while(|d| *d <= self.end)
            .filter(|d| weeks.is_none_or(|k| d.weekday() == Weekday::Mon && monday_number(*d) % k == 0))
            .map(|d| {
                let new_year = with_years && last_year != Some(d.year());
                last_year = Some(d.year());
                let label = if new_year { day::day_month_year(d) } else { day::day_month(d) };
                Tick { pos: self.centre(d), label }
            })
            .collect()
    }
}

/// Mondays counted from a fixed Monday, so that thinned weekly ticks fall on
/// the same Mondays whatever the axis's first day (filtering does not make
/// them jump).
fn monday_number(d: NaiveDate) -> i64 {
    // 1 January of year 1 (proleptic Gregorian) was a Monday: day 1 from the CE.
    i64::from(d.num_days_from_ce() - 1).div_euclid(7)
}

/// One decimal, so that positions are stable in tests and in the SVG.
pub(super) fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}
