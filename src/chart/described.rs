//! The chart in words: the rows of its text equivalent (a table) and the
//! one-sentence summary for its `<desc>`.

use super::points::{ordered, CasualtyPoint, SeriesKey};
use crate::format::day_label;
use crate::names::Names;

/// One row of the text equivalent of the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct TextRow {
    /// [`SeriesKey::label`].
    pub series: String,
    /// The series the row belongs to, for the view to mark it.
    pub key: SeriesKey,
    /// "as of 20 Oct 2020", "for 28 Sep 2020".
    pub date: String,
    /// "at least 772".
    pub value: String,
    pub claim_id: String,
    /// Position of the point in the slice given to [`text_rows`].
    pub index: usize,
}

/// The points as rows, in the order they are drawn.
pub fn text_rows(points: &[CasualtyPoint], names: &Names) -> Vec<TextRow> {
    ordered(points)
        .into_iter()
        .map(|i| {
            let p = &points[i];
            let key = p.series();
            TextRow {
                series: key.label(names),
                key,
                date: p.date_text(),
                value: p.value_text(),
                claim_id: p.claim_id.clone(),
                index: i,
            }
        })
        .collect()
}

/// One sentence on what the chart shows, for its `<desc>`.
pub fn summary(points: &[CasualtyPoint], names: &Names) -> String {
    // The first largest in drawing order, so that ties resolve the same way every time.
    let Some(top) =
        ordered(points).into_iter().map(|i| &points[i]).reduce(|best, p| if p.value > best.value { p } else { best })
    else {
        return "No killed or wounded figures attributed to either side are among the claims shown.".to_owned();
    };
    // Every report of the facts drawn: a point names its twins in `also`.
    let mut records: Vec<&str> = points
        .iter()
        .flat_map(|p| std::iter::once(p.claim_id.as_str()).chain(p.also.iter().map(String::as_str)))
        .collect();
    records.sort_unstable();
    records.dedup();
    let mut series: Vec<SeriesKey> = points.iter().map(CasualtyPoint::series).collect();
    series.sort_unstable();
    series.dedup();
    let (first, last) = (
        points.iter().map(|p| p.date).min().unwrap_or(top.date),
        points.iter().map(|p| p.date).max().unwrap_or(top.date),
    );
    let dates = if first == last { day_label(first) } else { format!("{} to {}", day_label(first), day_label(last)) };
    let plural = |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "{}, each fact counted once, from {} in {}, dated {dates}; the highest, {} {}, is in the series {}.",
        plural(points.len(), "claimed casualty figure", "claimed casualty figures"),
        plural(records.len(), "report", "reports"),
        plural(series.len(), "series", "series"),
        top.figure_text(),
        top.date_text(),
        top.series().label(names),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::fixtures::{names, point};
    use crate::chart::{layout, ChartSize};
    use crate::model::{Camp, Metric};

    #[test]
    fn text_rows_follow_the_drawing_order() {
        let pts = [
            point(Camp::Azerbaijani, Metric::Killed, false, "2020-10-02", 3, "z"),
            point(Camp::Armenian, Metric::Killed, false, "2020-10-02", 3, "a"),
        ];
        let rows = text_rows(&pts, &names());
        assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), [1, 0]);
        assert_eq!(rows[0].series, "Armenian side · killed · military (one day or event)");
        assert_eq!((rows[0].date.as_str(), rows[0].value.as_str()), ("for 2 Oct 2020", "3"));
        let drawn: Vec<usize> = layout(&pts, &ChartSize::default(), None, &names())
            .series
            .iter()
            .flat_map(|s| s.points.iter().map(|p| p.index))
            .collect();
        assert_eq!(drawn, [1, 0]);
        assert_eq!(
            summary(&pts, &names()),
            "2 claimed casualty figures, each fact counted once, from 2 reports in 2 series, dated 2 Oct 2020; the highest, 3 killed (military) for 2 Oct 2020, is in the series Armenian side · killed · military (one day or event)."
        );
        assert!(summary(&[], &names()).starts_with("No killed or wounded figures"));
    }
}
