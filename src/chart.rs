//! The chart of claimed casualties: which killed and wounded figures the
//! claims give, grouped into series, and where each one is drawn.
//!
//! Everything here is plain geometry over the dataset types (no web APIs), so
//! the positions are tested natively; `app::casualty_chart` only turns a
//! [`ChartGeometry`] into SVG. Each point is one figure quoted from one
//! article: the chart shows what was claimed, not what happened.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use crate::format::day;
use crate::model::{group_thousands, Camp, Claim, Figure, Metric, Population, Qualifier, Whose};

/// Whose losses a figure counts, as a camp. `None` for figures about both
/// sides or nobody in particular, which cannot be put on either side's line.
pub fn camp_of(whose: Whose) -> Option<Camp> {
    match whose {
        Whose::Armenia | Whose::NagornoKarabakh | Whose::ArmenianSide => Some(Camp::Armenian),
        Whose::Azerbaijan => Some(Camp::Azerbaijani),
        Whose::Both | Whose::Unspecified => None,
    }
}

/// "Armenian side", "Azerbaijan": the wording of the side-by-side view.
pub fn camp_label(camp: Camp) -> &'static str {
    match camp {
        Camp::Armenian => "Armenian side",
        Camp::Azerbaijani => "Azerbaijan",
        Camp::Others => "mediators, third parties or the press",
    }
}

/// A camp's spelling in CSS classes.
pub fn camp_slug(camp: Camp) -> &'static str {
    match camp {
        Camp::Armenian => "armenian",
        Camp::Azerbaijani => "azerbaijani",
        Camp::Others => "others",
    }
}

/// One killed or wounded figure of one claim.
#[derive(Clone, PartialEq, Debug)]
pub struct CasualtyPoint {
    pub claim_id: String,
    /// Whose losses the figure counts.
    pub camp: Camp,
    /// The camp of whoever made the claim. Usually `camp` itself; kept apart
    /// so that one side's count of the other's losses never shares a line
    /// with that side's own count.
    pub claimed_by: Camp,
    pub metric: Metric,
    pub population: Population,
    pub cumulative: bool,
    /// The day the figure is as of: the last day of `occurred`.
    pub date: NaiveDate,
    pub value: u64,
    pub qualifier: Qualifier,
    /// The words of the quote that give the number.
    pub raw: String,
    /// The claim's verbatim quote.
    pub quote: String,
    /// Source id of the quote.
    pub source: String,
    /// Actor id of the claimant.
    pub claimant: String,
}

impl CasualtyPoint {
    pub fn series(&self) -> SeriesKey {
        SeriesKey {
            camp: self.camp,
            metric: self.metric,
            population: self.population,
            cumulative: self.cumulative,
            claimed_by: self.claimed_by,
        }
    }

    /// "at least 772 killed (military)", worded as the rest of the app words figures.
    pub fn figure_text(&self) -> String {
        Figure {
            metric: self.metric,
            value: self.value,
            qualifier: self.qualifier,
            population: self.population,
            whose: Whose::Unspecified,
            cumulative: self.cumulative,
            raw: String::new(),
        }
        .describe()
    }

    /// "at least 772".
    pub fn value_text(&self) -> String {
        let q = self.qualifier.label();
        let sep = if q.is_empty() { "" } else { " " };
        format!("{q}{sep}{}", group_thousands(self.value))
    }

    /// "as of 20 Oct 2020" for a running total, "for 28 Sep 2020" for one
    /// day's or one event's count (whose date may only be known as "by then").
    pub fn date_text(&self) -> String {
        let how = if self.cumulative { "as of" } else { "for" };
        format!("{how} {}", day(self.date))
    }

    /// "at least 772 killed (military), as of 20 Oct 2020".
    pub fn label(&self) -> String {
        format!("{}, {}", self.figure_text(), self.date_text())
    }
}

/// The killed and wounded figures of `claims` whose losses belong to one
/// camp, one point per figure, in drawing order (series, date, value).
pub fn casualty_points<'a>(claims: impl IntoIterator<Item = &'a Claim>) -> Vec<CasualtyPoint> {
    let mut points: Vec<CasualtyPoint> = claims
        .into_iter()
        .flat_map(|c| {
            c.figures.iter().filter(|f| matches!(f.metric, Metric::Killed | Metric::Wounded)).filter_map(move |f| {
                Some(CasualtyPoint {
                    claim_id: c.id.clone(),
                    camp: camp_of(f.whose)?,
                    claimed_by: c.side.camp(),
                    metric: f.metric,
                    population: f.population,
                    cumulative: f.cumulative,
                    date: c.occurred.last_day(),
                    value: f.value,
                    qualifier: f.qualifier,
                    raw: f.raw.clone(),
                    quote: c.quote.text.clone(),
                    source: c.quote.source.clone(),
                    claimant: c.claimant.clone(),
                })
            })
        })
        .collect();
    points.sort_by(|a, b| draw_order(a).cmp(&draw_order(b)));
    points
}

/// The order points are drawn and listed in. Ties keep their input order.
fn draw_order(p: &CasualtyPoint) -> (SeriesKey, NaiveDate, u64, &str) {
    (p.series(), p.date, p.value, p.claim_id.as_str())
}

/// Positions into `points`, in drawing order.
fn ordered(points: &[CasualtyPoint]) -> Vec<usize> {
    let mut order: Vec<usize> = (0..points.len()).collect();
    order.sort_by(|&a, &b| draw_order(&points[a]).cmp(&draw_order(&points[b])));
    order
}

/// What one line or one set of markers shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct SeriesKey {
    /// Whose losses.
    pub camp: Camp,
    pub metric: Metric,
    pub population: Population,
    /// Running totals are joined by a line; one day's counts are not.
    pub cumulative: bool,
    /// Whose claim; see [`CasualtyPoint::claimed_by`].
    pub claimed_by: Camp,
}

impl SeriesKey {
    /// "Armenian side · killed · military (running total)"; the population
    /// is left out when the source does not give it, and a claim about the
    /// other side's losses says who made it.
    pub fn label(&self) -> String {
        let mut s = format!("{} · {}", camp_label(self.camp), self.metric.label());
        if self.population != Population::Unspecified {
            s.push_str(" · ");
            s.push_str(self.population.label());
        }
        s.push_str(if self.cumulative { " (running total)" } else { " (one day or event)" });
        if self.claimed_by != self.camp {
            s.push_str(", as claimed by ");
            s.push_str(camp_label(self.claimed_by));
        }
        s
    }

    /// "s-armenian-killed-military": the colour class, shared by a running
    /// total and the single counts of the same losses.
    pub fn css_class(&self) -> String {
        format!("s-{}-{}-{}", camp_slug(self.camp), self.metric.as_str(), self.population.as_str())
    }

    /// Wounded lines are dashed so that killed and wounded stay apart without colour.
    pub fn dashed(&self) -> bool {
        self.metric == Metric::Wounded
    }

    /// Every class of the series: `series`, the colour class, `series-<camp>`,
    /// `series-<metric>`, `series-total` or `series-single`, and
    /// `series-other-claimant` when one side counts the other's losses.
    pub fn classes(&self) -> String {
        let mut s = format!(
            "series {} series-{} series-{} {}",
            self.css_class(),
            camp_slug(self.camp),
            self.metric.as_str(),
            if self.cumulative { "series-total" } else { "series-single" }
        );
        if self.claimed_by != self.camp {
            s.push_str(" series-other-claimant");
        }
        s
    }
}

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

impl Default for ChartSize {
    fn default() -> Self {
        // The left margin fits "1,000"-style labels, the bottom one the dates.
        ChartSize { width: 720.0, height: 360.0, margin_left: 56.0, margin_right: 16.0, margin_top: 16.0, margin_bottom: 40.0 }
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
    /// [`SeriesKey::classes`].
    pub class: String,
    pub dashed: bool,
    /// `M x y L x y ...` through the points in order; empty for one day's
    /// counts and for a running total with a single point.
    pub path: String,
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

/// The first weeks of the war the articles cover. A chart with any point in
/// this window spans at least all of it, so charts of filtered data keep the
/// same scale and can be compared.
pub fn war_window() -> (NaiveDate, NaiveDate) {
    (NaiveDate::from_ymd_opt(2020, 9, 27).expect("valid date"), NaiveDate::from_ymd_opt(2020, 10, 23).expect("valid date"))
}

/// The x axis: a day either side of the points, widened to [`war_window`]
/// when any point falls in it; the window itself when there are no points.
pub fn x_domain(points: &[CasualtyPoint]) -> (NaiveDate, NaiveDate) {
    let (w0, w1) = war_window();
    let (Some(min), Some(max)) = (points.iter().map(|p| p.date).min(), points.iter().map(|p| p.date).max()) else {
        return (w0, w1);
    };
    let start = min.checked_sub_days(Days::new(1)).unwrap_or(min);
    let end = max.checked_add_days(Days::new(1)).unwrap_or(max);
    if points.iter().any(|p| p.date >= w0 && p.date <= w1) {
        (start.min(w0), end.max(w1))
    } else {
        (start, end)
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
fn x_step(days: i64) -> i64 {
    let mut step = [1i64, 2, 3, 7].into_iter().find(|s| days <= 8 * s).unwrap_or(14);
    while days > 8 * step {
        step *= 2;
    }
    step
}

/// One decimal, so that paths and positions are stable in tests and in the SVG.
fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

/// Lays out `points` in `size`: scales, ticks, and the series in drawing
/// order, each with its points and the path through them.
pub fn layout(points: &[CasualtyPoint], size: &ChartSize) -> ChartGeometry {
    let (start, end) = x_domain(points);
    let y_max = nice_max(points.iter().map(|p| p.value).max().unwrap_or(0));
    let (left, right) = (size.margin_left, size.width - size.margin_right);
    let (top, bottom) = (size.margin_top, size.height - size.margin_bottom);
    let span = (end - start).num_days().max(1);
    let x_of = |d: NaiveDate| left + (d - start).num_days() as f64 / span as f64 * (right - left);
    let y_of = |v: u64| bottom - v as f64 / y_max as f64 * (bottom - top);

    let step = x_step(span);
    // Ticks fall on days a whole number of steps from the war's first day.
    let first = (war_window().0 - start).num_days().rem_euclid(step);
    let year = if start.year() == end.year() { "" } else { " %Y" };
    let x_ticks = (first..=span)
        .step_by(step as usize)
        .filter_map(|n| start.checked_add_days(Days::new(n as u64)))
        .map(|d| Tick { pos: round1(x_of(d)), label: d.format(&format!("%-d %b{year}")).to_string() })
        .collect();
    let ystep = y_step(y_max);
    let y_ticks = (0..=y_max / ystep).map(|i| i * ystep).map(|v| Tick { pos: round1(y_of(v)), label: group_thousands(v) }).collect();

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
            let path = if key.cumulative && geo.len() > 1 { path_through(&geo) } else { String::new() };
            SeriesGeometry { key, label: key.label(), class: key.classes(), dashed: key.dashed(), path, points: geo }
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

/// "M x y L x y ...".
fn path_through(points: &[PointGeometry]) -> String {
    points.iter().enumerate().map(|(i, p)| format!("{} {} {}", if i == 0 { "M" } else { "L" }, p.x, p.y)).collect::<Vec<_>>().join(" ")
}

/// One row of the text equivalent of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRow {
    /// [`SeriesKey::label`].
    pub series: String,
    /// [`SeriesKey::css_class`], for a swatch.
    pub class: String,
    /// "as of 20 Oct 2020", "for 28 Sep 2020".
    pub date: String,
    /// "at least 772".
    pub value: String,
    pub claim_id: String,
    /// Position of the point in the slice given to [`text_rows`].
    pub index: usize,
}

/// The points as rows, in the order they are drawn.
pub fn text_rows(points: &[CasualtyPoint]) -> Vec<TextRow> {
    ordered(points)
        .into_iter()
        .map(|i| {
            let p = &points[i];
            let key = p.series();
            TextRow { series: key.label(), class: key.css_class(), date: p.date_text(), value: p.value_text(), claim_id: p.claim_id.clone(), index: i }
        })
        .collect()
}

/// One sentence on what the chart shows, for its `<desc>`.
pub fn summary(points: &[CasualtyPoint]) -> String {
    // The first largest in drawing order, so that ties resolve the same way every time.
    let Some(top) = ordered(points).into_iter().map(|i| &points[i]).reduce(|best, p| if p.value > best.value { p } else { best }) else {
        return "No killed or wounded figures attributed to either side are among the claims shown.".to_owned();
    };
    let mut records: Vec<&str> = points.iter().map(|p| p.claim_id.as_str()).collect();
    records.sort_unstable();
    records.dedup();
    let mut series: Vec<SeriesKey> = points.iter().map(CasualtyPoint::series).collect();
    series.sort_unstable();
    series.dedup();
    let (first, last) = (points.iter().map(|p| p.date).min().unwrap_or(top.date), points.iter().map(|p| p.date).max().unwrap_or(top.date));
    let dates = if first == last { day(first) } else { format!("{} to {}", day(first), day(last)) };
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{} from {} in {}, dated {dates}; the highest, {} {}, is in the series {}.",
        plural(points.len(), "claimed casualty figure", "claimed casualty figures"),
        plural(records.len(), "record", "records"),
        plural(series.len(), "series", "series"),
        top.figure_text(),
        top.date_text(),
        top.series().label(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Category, DateRef, Precision, Quote, Rule, Side};

    fn date(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn point(camp: Camp, metric: Metric, cumulative: bool, d: &str, value: u64, id: &str) -> CasualtyPoint {
        CasualtyPoint {
            claim_id: id.into(),
            camp,
            claimed_by: camp,
            metric,
            population: Population::Military,
            cumulative,
            date: date(d),
            value,
            qualifier: Qualifier::Exact,
            raw: String::new(),
            quote: String::new(),
            source: "src".into(),
            claimant: "someone".into(),
        }
    }

    fn figure(metric: Metric, value: u64, whose: Whose) -> Figure {
        Figure { metric, value, qualifier: Qualifier::AtLeast, population: Population::Civilian, whose, cumulative: true, raw: format!("{value}") }
    }

    fn claim(id: &str, side: Side, occurred: &str, end: Option<&str>, figures: Vec<Figure>) -> Claim {
        let dr = |d: &str, end: Option<&str>| DateRef {
            date: date(d),
            end: end.map(date),
            precision: if end.is_some() { Precision::Range } else { Precision::Day },
            raw: None,
            rule: Rule::Inferred,
            anchor: None,
            note: None,
        };
        Claim {
            id: id.into(),
            claimant: "actor".into(),
            side,
            asserted: dr(occurred, None),
            occurred: dr(occurred, end),
            category: Category::Casualties,
            places: vec![],
            figures,
            summary: String::new(),
            quote: Quote { source: "src-x".into(), start: 0, end: 1, text: "q".into() },
            reported_via: vec![],
            links: vec![],
            verification: vec![],
            flags: vec![],
        }
    }

    #[test]
    fn nice_maxima_are_one_two_two_and_a_half_or_five_times_a_power_of_ten() {
        let cases = [(0, 1), (1, 1), (2, 2), (3, 5), (5, 5), (6, 10), (11, 20), (21, 25), (26, 50), (51, 100), (101, 200), (201, 250), (251, 500), (772, 1000), (1981, 2000), (2001, 2500)];
        for (v, want) in cases {
            assert_eq!(nice_max(v), want, "nice_max({v})");
        }
        assert_eq!(nice_max(u64::MAX), u64::MAX);
    }

    #[test]
    fn value_ticks_are_five_or_six_whole_numbers_from_zero() {
        for (max, step) in [(1, 1), (2, 1), (5, 1), (10, 2), (20, 5), (25, 5), (50, 10), (100, 20), (200, 50), (250, 50), (500, 100), (1000, 200), (2500, 500)] {
            assert_eq!(y_step(max), step, "y_step({max})");
            let n = max / step + 1;
            assert!(max < 10 || (5..=6).contains(&n), "{n} ticks for {max}");
        }
        let g = layout(&[point(Camp::Armenian, Metric::Killed, true, "2020-10-01", 772, "a")], &ChartSize::default());
        let labels: Vec<&str> = g.y_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["0", "200", "400", "600", "800", "1,000"]);
        assert_eq!(g.y_ticks[0].pos, g.plot_bottom);
        assert_eq!(g.y_ticks[5].pos, g.plot_top);
    }

    #[test]
    fn the_time_axis_spans_the_war_window_whenever_a_point_is_in_it() {
        let (w0, w1) = war_window();
        assert_eq!(x_domain(&[]), (w0, w1));
        let inside = [point(Camp::Armenian, Metric::Killed, false, "2020-10-05", 1, "a")];
        assert_eq!(x_domain(&inside), (w0, w1));
        let edge = [point(Camp::Armenian, Metric::Killed, false, "2020-09-27", 1, "a"), point(Camp::Armenian, Metric::Killed, false, "2020-10-30", 1, "b")];
        assert_eq!(x_domain(&edge), (date("2020-09-26"), date("2020-10-31")));
        let outside = [point(Camp::Armenian, Metric::Killed, false, "2016-04-02", 1, "a")];
        assert_eq!(x_domain(&outside), (date("2016-04-01"), date("2016-04-03")));
    }

    #[test]
    fn date_ticks_are_weekly_from_the_first_day_of_the_war() {
        let g = layout(&[point(Camp::Armenian, Metric::Killed, false, "2020-10-05", 1, "a")], &ChartSize::default());
        let labels: Vec<&str> = g.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["27 Sep", "4 Oct", "11 Oct", "18 Oct"]);
        assert_eq!(g.x_ticks[0].pos, g.plot_left);
        let short = layout(&[point(Camp::Armenian, Metric::Killed, false, "2016-04-02", 1, "a")], &ChartSize::default());
        let labels: Vec<&str> = short.x_ticks.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["1 Apr", "2 Apr", "3 Apr"]);
        assert_eq!(x_step(28), 7);
        assert_eq!(x_step(200), 28);
    }

    #[test]
    fn running_totals_get_a_path_through_their_points_in_date_order() {
        let size = ChartSize { width: 280.0, height: 120.0, margin_left: 10.0, margin_right: 10.0, margin_top: 10.0, margin_bottom: 10.0 };
        // Domain 26 Sep .. 23 Oct: 27 days over 260 units.
        assert!(casualty_points(&[]).is_empty());
        let pts = [
            point(Camp::Armenian, Metric::Killed, true, "2020-10-20", 100, "b"),
            point(Camp::Armenian, Metric::Killed, true, "2020-09-27", 50, "a"),
            point(Camp::Armenian, Metric::Killed, false, "2020-10-01", 20, "c"),
        ];
        let g = layout(&pts, &size);
        assert_eq!((g.start, g.end, g.y_max), (date("2020-09-26"), date("2020-10-23"), 100));
        assert_eq!(g.series.len(), 2);
        let single = &g.series[0];
        assert!(!single.key.cumulative && single.path.is_empty());
        let total = &g.series[1];
        // x = 10 + days/27 × 260; y = 110 − v/100 × 100.
        assert_eq!(total.path, "M 19.6 60 L 241.1 10");
        assert_eq!(total.points.iter().map(|p| p.claim_id.as_str()).collect::<Vec<_>>(), ["a", "b"]);
        assert_eq!((total.points[0].index, total.points[1].index), (1, 0));
        assert_eq!(total.label, "Armenian side · killed · military (running total)");
        assert_eq!(total.points[1].label, "100 killed (military), as of 20 Oct 2020");
    }

    #[test]
    fn points_on_the_same_day_of_one_series_are_nudged_apart() {
        let size = ChartSize { width: 280.0, height: 120.0, margin_left: 10.0, margin_right: 10.0, margin_top: 10.0, margin_bottom: 10.0 };
        let pts = [
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "x"),
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "y"),
            point(Camp::Azerbaijani, Metric::Wounded, false, "2020-10-09", 30, "z"),
            point(Camp::Armenian, Metric::Wounded, false, "2020-10-09", 30, "other-series"),
        ];
        let g = layout(&pts, &size);
        // Domain 27 Sep .. 23 Oct; 9 Oct is 12 days in: x = 10 + 12/26 × 260 = 130.
        let xs: Vec<f64> = g.series[1].points.iter().map(|p| p.x).collect();
        assert_eq!(xs, [124.0, 130.0, 136.0]);
        assert_eq!(g.series[0].points[0].x, 130.0);
        assert!(g.series[1].dashed);
        assert_eq!(g.series[1].class, "series s-azerbaijani-wounded-military series-azerbaijani series-wounded series-single");
    }

    #[test]
    fn camps_come_from_whose_losses_and_other_figures_are_left_out() {
        let claims = [
            claim(
                "c-1",
                Side::Armenia,
                "2020-09-27",
                Some("2020-10-21"),
                vec![
                    figure(Metric::Killed, 772, Whose::Armenia),
                    figure(Metric::Killed, 36, Whose::ArmenianSide),
                    figure(Metric::Wounded, 5, Whose::NagornoKarabakh),
                    figure(Metric::Killed, 400, Whose::Both),
                    figure(Metric::Killed, 9, Whose::Unspecified),
                    figure(Metric::Displaced, 1000, Whose::Armenia),
                ],
            ),
            claim("c-2", Side::Azerbaijan, "2020-10-14", None, vec![figure(Metric::Killed, 63, Whose::Azerbaijan), figure(Metric::Killed, 2000, Whose::Armenia)]),
        ];
        let pts = casualty_points(&claims);
        let got: Vec<(&str, Camp, Camp, Metric, u64, NaiveDate)> = pts.iter().map(|p| (p.claim_id.as_str(), p.camp, p.claimed_by, p.metric, p.value, p.date)).collect();
        assert_eq!(
            got,
            [
                ("c-1", Camp::Armenian, Camp::Armenian, Metric::Killed, 36, date("2020-10-21")),
                ("c-1", Camp::Armenian, Camp::Armenian, Metric::Killed, 772, date("2020-10-21")),
                ("c-2", Camp::Armenian, Camp::Azerbaijani, Metric::Killed, 2000, date("2020-10-14")),
                ("c-1", Camp::Armenian, Camp::Armenian, Metric::Wounded, 5, date("2020-10-21")),
                ("c-2", Camp::Azerbaijani, Camp::Azerbaijani, Metric::Killed, 63, date("2020-10-14")),
            ]
        );
        assert_eq!(pts[2].series().label(), "Armenian side · killed · civilian (running total), as claimed by Azerbaijan");
        assert!(pts[2].series().classes().ends_with("series-other-claimant"));
        assert_eq!(pts[0].value_text(), "at least 36");
        assert_eq!(camp_of(Whose::Both), None);
    }

    #[test]
    fn text_rows_follow_the_drawing_order() {
        let pts = [
            point(Camp::Azerbaijani, Metric::Killed, false, "2020-10-02", 3, "z"),
            point(Camp::Armenian, Metric::Killed, false, "2020-10-02", 3, "a"),
        ];
        let rows = text_rows(&pts);
        assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), [1, 0]);
        assert_eq!(rows[0].series, "Armenian side · killed · military (one day or event)");
        assert_eq!((rows[0].date.as_str(), rows[0].value.as_str()), ("for 2 Oct 2020", "3"));
        let drawn: Vec<usize> = layout(&pts, &ChartSize::default()).series.iter().flat_map(|s| s.points.iter().map(|p| p.index)).collect();
        assert_eq!(drawn, [1, 0]);
        assert_eq!(
            summary(&pts),
            "2 claimed casualty figures from 2 records in 2 series, dated 2 Oct 2020; the highest, 3 killed (military) for 2 Oct 2020, is in the series Armenian side · killed · military (one day or event)."
        );
        assert!(summary(&[]).starts_with("No killed or wounded figures"));
    }
}
