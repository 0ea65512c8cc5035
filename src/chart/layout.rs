//! Where everything is drawn: [`layout`] turns the points into a
//! [`ChartGeometry`] of axes, ticks, series paths and markers in SVG units,
//! which `app::casualty_chart` only has to render.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use super::points::{ordered, CasualtyPoint, SeriesKey};
use super::scale::{nice_max, round1, x_domain, x_step, y_step};
use crate::day::{day_month, day_month_year};
use crate::model::group_thousands;
use crate::names::Names;

/// The drawing area in SVG user units.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartSize {
    pub width: f64,
    pub height: f64,
    pub margin_left: f64,
    pub margin_right: f64,
    pub margin_top: f64,
    pub margin_bottom: f64,
}

impl ChartSize {
    /// A drawing area with the same margin on every side.
    pub const fn uniform(width: f64, height: f64, margin: f64) -> Self {
        ChartSize {
            width,
            height,
            margin_left: margin,
            margin_right: margin,
            margin_top: margin,
            margin_bottom: margin,
        }
    }
}

impl Default for ChartSize {
    fn default() -> Self {
        // The left margin fits "1,000"-style labels, the bottom one the dates.
        ChartSize {
            width: 720.0,
            height: 360.0,
            margin_left: 56.0,
            margin_right: 16.0,
            margin_top: 16.0,
            margin_bottom: 40.0,
        }
    }
}

impl ChartSize {
    /// A drawing area for a phone's width: drawn about 1:1 there, so that
    /// tick labels keep their size instead of shrinking with the whole chart.
    pub const fn narrow() -> Self {
        ChartSize {
            width: 380.0,
            height: 300.0,
            margin_left: 44.0,
            margin_right: 12.0,
            margin_top: 16.0,
            margin_bottom: 36.0,
        }
    }
}

/// A tick: its position along its axis (x for dates, y for values) and its label.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    pub pos: f64,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct PointGeometry {
    pub x: f64,
    pub y: f64,
    /// Position of the point in the slice given to [`layout`].
    pub index: usize,
    pub claim_id: String,
    pub value: u64,
    pub date: NaiveDate,
    /// "at least 772 killed (military), as of 20 Oct 2020".
    pub label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct SeriesGeometry {
    pub key: SeriesKey,
    pub label: String,
    /// Whether a line joins the points, in order: a running total with more
    /// than one point. One day's counts stand alone.
    pub joined: bool,
    pub points: Vec<PointGeometry>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ChartGeometry {
    pub width: f64,
    pub height: f64,
    pub plot_left: f64,
    pub plot_right: f64,
    pub plot_top: f64,
    pub plot_bottom: f64,
    /// The first and last day of the x axis.
    pub start: NaiveDate,
    pub end: NaiveDate,
    /// The value at the top of the y axis.
    pub y_max: u64,
    pub x_ticks: Vec<Tick>,
    pub y_ticks: Vec<Tick>,
    pub series: Vec<SeriesGeometry>,
}

/// How far apart, in SVG units, points of one series on one day are drawn
/// (several articles often report the same figure). Less than a marker's
/// diameter: the markers still overlap, but each shows enough of itself to be
/// hovered and clicked, and a few reports of one day stay near that day.
pub const NUDGE: f64 = 6.0;

/// Marker radius the component draws with; [`NUDGE`] is sized from it.
pub const POINT_RADIUS: f64 = 4.0;

/// Lays out `points` in `size`: scales, ticks, and the series in drawing
/// order, each with its points. `frame` is the span of days the whole
/// dataset's points cover (see [`super::date_frame`]), so that charts of
/// filtered data share one scale; date ticks count whole steps from its
/// first day.
pub fn layout(
    points: &[CasualtyPoint],
    size: &ChartSize,
    frame: Option<(NaiveDate, NaiveDate)>,
    names: &Names,
) -> ChartGeometry {
    let today = NaiveDate::default();
    let (start, end) = x_domain(points, frame).unwrap_or((today, today.succ_opt().unwrap_or(today)));
    let y_max = nice_max(points.iter().map(|p| p.value).max().unwrap_or(0));
    let (left, right) = (size.margin_left, size.width - size.margin_right);
    let (top, bottom) = (size.margin_top, size.height - size.margin_bottom);
    let span = (end - start).num_days().max(1);
    let x_of = |d: NaiveDate| left + (d - start).num_days() as f64 / span as f64 * (right - left);
    let y_of = |v: u64| bottom - v as f64 / y_max as f64 * (bottom - top);

    let step = x_step(span);
    // Ticks fall on days a whole number of steps from the frame's first day.
    let first = (frame.map_or(start, |f| f.0) - start).num_days().rem_euclid(step);
    let one_year = start.year() == end.year();
    let x_ticks = (first..=span)
        .step_by(step as usize)
        .filter_map(|n| start.checked_add_days(Days::new(n as u64)))
        .map(|d| Tick { pos: round1(x_of(d)), label: if one_year { day_month(d) } else { day_month_year(d) } })
        .collect();
    let ystep = y_step(y_max);
    let y_ticks = (0..=y_max / ystep)
        .map(|i| i * ystep)
        .map(|v| Tick { pos: round1(y_of(v)), label: group_thousands(v) })
        .collect();

    let mut by_series: BTreeMap<SeriesKey, Vec<usize>> = BTreeMap::new();
    for i in ordered(points) {
        by_series.entry(points[i].series()).or_default().push(i);
    }
    let series = by_series
        .into_iter()
        .map(|(key, members)| {
            let mut geo: Vec<PointGeometry> = Vec::with_capacity(members.len());
            for run in members.chunk_by(|&a, &b| points[a].date == points[b].date) {
                let centre = (run.len() as f64 - 1.0) / 2.0;
                for (k, &i) in run.iter().enumerate() {
                    let p = &points[i];
                    let x = (x_of(p.date) + (k as f64 - centre) * NUDGE).max(left).min(right);
                    geo.push(PointGeometry {
                        x: round1(x),
                        y: round1(y_of(p.value)),
                        index: i,
                        claim_id: p.claim_id.clone(),
                        value: p.value,
                        date: p.date,
                        label: p.label(),
                    });
                }
            }
            let joined = key.cumulative && geo.len() > 1;
            SeriesGeometry { key, label: key.label(names), joined, points: geo }
        })
        .collect();

    ChartGeometry {
        width: size.width,
        height: size.height,
        plot_left: left,
        plot_right: right,
        plot_top: top,
        plot_bottom: bottom,
        start,
        end,
        y_max,
        x_ticks,
        y_ticks,
        series,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::casualty_points;
    use crate::chart::fixtures::{date, names, point};
    use crate::model::{Camp, Metric};

    /// The frame of the bundled data's first weeks of war.
    fn frame() -> Option<(NaiveDate, NaiveDate)> {
        Some((date("2020-09-27"), date("2020-10-23")))
    }

    #[test]
    fn value_ticks_are_five_or_six_whole_numbers_from_zero() {
        for (max, step) in [
            (1, 1),
            (2, 1),
            (5, 1),
            (10, 2),
            (20, 5),
            (25, 5),
            (50, 10),
            (100, 20),
            (200, 50),
            (250, 50),
            (500, 100),
            (1000, 200),
            (2500, 500),
        ] {
            assert_eq!(y_step(max), step, "y_step({max})");
            let n = max / step + 1;
            assert!(max < 10 || (5..=6).contains(&n), "{n} ticks for {max}");
        }
        let g = layout(
            &[point(Camp::Armenian, Metric::Killed, true, "2020-10-01", 772, "a")],
            &ChartSize::default(),
            frame(),
            &names(),
        );
        let labels: Vec<&str> = g.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "200", "400", "600", "800", "1,000"]);
        assert_eq!(g.y_ticks[0].pos, g.plot_bottom);
        assert_eq!(g.y_ticks[5].pos, g.plot_top);
    }

    #[test]
    fn date_ticks_are_weekly_from_the_first_day_of_the_frame() {
        let g = layout(
            &[point(Camp::Armenian, Metric::Killed, false, "2020-10-05", 1, "a")],
            &ChartSize::default(),
            frame(),
            &names(),
        );
        let labels: Vec<&str> = g.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["27 Sep", "4 Oct", "11 Oct", "18 Oct"]);
        assert_eq!(g.x_ticks[0].pos, g.plot_left);
        let short = layout(
            &[point(Camp::Armenian, Metric::Killed, false, "2016-04-02", 1, "a")],
            &ChartSize::default(),
            frame(),
            &names(),
        );
        let labels: Vec<&str> = short.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1 Apr", "2 Apr", "3 Apr"]);
        assert_eq!(x_step(28), 7);
        assert_eq!(x_step(200), 28);
    }

    #[test]
    fn running_totals_get_a_path_through_their_points_in_date_order() {
        let size = ChartSize::uniform(280.0, 120.0, 10.0);
        // Domain 26 Sep .. 23 Oct: 27 days over 260 units.
        assert!(casualty_points(&[]).is_empty());
        let pts = [
            point(Camp::Armenian, Metric::Killed, true, "2020-10-20", 100, "b"),
            point(Camp::Armenian, Metric::Killed, true, "2020-09-27", 50, "a"),
            point(Camp::Armenian, Metric::Killed, false, "2020-10-01", 20, "c"),
        ];
        let g = layout(&pts, &size, frame(), &names());
        assert_eq!((g.start, g.end, g.y_max), (date("2020-09-26"), date("2020-10-23"), 100));
        assert_eq!(g.series.len(), 2);
        let single = &g.series[0];
        assert!(!single.key.cumulative && !single.joined);
        let total = &g.series[1];
        // x = 10 + days/27 × 260; y = 110 − v/100 × 100.
        assert!(total.joined);
        assert_eq!(total.points.iter().map(|p| (p.x, p.y)).collect::<Vec<_>>(), [(19.6, 60.0), (241.1, 10.0)]);
        assert_eq!(total.points.iter().map(|p| p.claim_id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!((total.points[0].index, total.points[1].index), (1, 0));
        assert_eq!(total.label, "Armenian side · killed · military (running total)");
        assert_eq!(total.points[1].label, "100 killed (military), as of 20 Oct 2020");
    }

    #[test]
    fn points_on_the_same_day_of_one_series_are_nudged_apart() {
        let size = ChartSize::uniform(280.0, 120.0, 10.0);
        let pts = [
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "x"),
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "y"),
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "z"),
            point(Camp::Armenian, Metric::Wounded, false, "2020-10-09", 30, "other-series"),
        ];
        let g = layout(&pts, &size, frame(), &names());
        // Domain 27 Sep .. 23 Oct; 9 Oct is 12 days in: x = 10 + 12/26 × 260 = 130.
        let xs: Vec<f64> = g.series[1].points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [124.0, 130.0, 136.0]);
        assert_eq!(g.series[0].points[0].x, 130.0);
        assert!(!g.series[1].joined);
    }
}
