//! The chart's scales: the span of days on the x axis, the top of the y
//! axis and the steps between ticks. Pure arithmetic, no SVG.

use chrono::{Days, NaiveDate};

use super::points::CasualtyPoint;

/// The days the chart's points span, with a day of margin either side;
/// `None` without points. Computed over a whole dataset, this is the frame
/// that keeps charts of filtered data on one scale.
pub fn date_frame(points: &[CasualtyPoint]) -> Option<(NaiveDate, NaiveDate)> {
    let min = points.iter().map(|p| p.date).min()?;
    let max = points.iter().map(|p| p.date).max()?;
    Some((min.checked_sub_days(Days::new(1)).unwrap_or(min), max.checked_add_days(Days::new(1)).unwrap_or(max)))
}

/// The x axis: the points' own [`date_frame`], widened to `frame` (the
/// whole dataset's) when any point falls in it, so that filtering does not
/// change the scale; `frame` alone when there are no points.
pub fn x_domain(points: &[CasualtyPoint], frame: Option<(NaiveDate, NaiveDate)>) -> Option<(NaiveDate, NaiveDate)> {
    let Some(own) = date_frame(points) else { return frame };
    match frame {
        Some((f0, f1)) if points.iter().any(|p| p.date >= f0 && p.date <= f1) => Some((own.0.min(f0), own.1.max(f1))),
        _ => Some(own),
    }
}

/// The smallest of 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, ... that is
/// at least `v` (and at least 1, so that an empty or all-zero chart has a
/// scale). 2.5 only from 25 up: these are counts of people.
pub fn nice_max(v: u64) -> u64 {
    let mut pow: u64 = 1;
    loop {
        for tenths in [10u64, 20, 25, 50] {
            let Some(scaled) = tenths.checked_mul(pow) else { return u64::MAX };
            if scaled % 10 == 0 && scaled / 10 >= v.max(1) {
                return scaled / 10;
            }
        }
        match pow.checked_mul(10) {
            Some(p) => pow = p,
            None => return u64::MAX,
        }
    }
}

/// The step between value ticks for a [`nice_max`] value: five or six ticks
/// (counting 0), fewer only where a whole-number step cannot give them.
pub fn y_step(max: u64) -> u64 {
    let max = max.max(1);
    let mut pow = 1u64;
    while max / pow >= 10 {
        pow *= 10;
    }
    // max = m × pow: steps of pow/5 for 1, pow/2 for 2 and 2.5, pow for 5.
    let step = match max / pow {
        1 => pow / 5,
        2 => pow / 2,
        _ => pow,
    };
    step.max(1)
}

/// Days between date ticks: the fewest that leave at most eight gaps.
pub(super) fn x_step(days: i64) -> i64 {
    let mut step = [1i64, 2, 3, 7].into_iter().find(|s| days <= 8 * s).unwrap_or(14);
    while days > 8 * step {
        step *= 2;
    }
    step
}

/// One decimal, so that paths and positions are stable in tests and in the SVG.
pub(super) fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::fixtures::{date, point};
    use crate::model::{Camp, Metric};

    #[test]
    fn nice_maxima_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        let cases = [
            (0, 1),
            (1, 1),
            (2, 2),
            (3, 5),
            (5, 5),
            (6, 10),
            (11, 20),
            (21, 25),
            (26, 50),
            (51, 100),
            (101, 200),
            (201, 250),
            (251, 500),
            (772, 1000),
            (1981, 2000),
            (2001, 2500),
        ];
        for (v, want) in cases {
            assert_eq!(nice_max(v), want, "nice_max({v})");
        }
        assert_eq!(nice_max(u64::MAX), u64::MAX);
    }

    #[test]
    fn the_time_axis_spans_the_frame_whenever_a_point_is_in_it() {
        let frame = Some((date("2020-09-26"), date("2020-10-24")));
        assert_eq!(x_domain(&[], frame), frame);
        assert_eq!(x_domain(&[], None), None);
        let inside = [point(Camp::Armenian, Metric::Killed, false, "2020-10-05", 1, "a")];
        assert_eq!(x_domain(&inside, frame), frame);
        assert_eq!(x_domain(&inside, None), Some((date("2020-10-04"), date("2020-10-06"))));
        let edge = [
            point(Camp::Armenian, Metric::Killed, false, "2020-09-27", 1, "a"),
            point(Camp::Armenian, Metric::Killed, false, "2020-10-30", 1, "b"),
        ];
        assert_eq!(x_domain(&edge, frame), Some((date("2020-09-26"), date("2020-10-31"))));
        let outside = [point(Camp::Armenian, Metric::Killed, false, "2016-04-02", 1, "a")];
        assert_eq!(x_domain(&outside, frame), Some((date("2016-04-01"), date("2016-04-03"))));
    }
}
