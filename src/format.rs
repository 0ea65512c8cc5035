//! Wording shared by the views: dates with their precision, counts, and an
//! article cut into paragraphs with its quoted passages marked.

use chrono::{Datelike, NaiveDate};

use crate::model::{DateRef, Precision};

/// A count as people read it: "100,000".
pub fn count(n: usize) -> String {
    crate::model::group_thousands(n as u64)
}

/// What a list shows: "1,234 of 100,000 claims shown".
pub fn shown_of(shown: usize, total: usize, what: &str) -> String {
    format!("{} of {} {what} shown", count(shown), count(total))
}

/// "29 Sep 2020".
pub fn day_label(d: NaiveDate) -> String {
    crate::day::day_month_year(d)
}

/// A date as precise as the source allows: "29 Sep 2020", "27 Sep – 21 Oct
/// 2020", "by 30 Sep 2020", "around 8 Oct 2020".
pub fn date_ref(d: &DateRef) -> String {
    let Some(date) = d.date else { return "date unknown".to_owned() };
    let end = d.end.unwrap_or(date);
    match d.precision {
        Precision::Day => day_label(date),
        Precision::Range => format!("{} – {}", crate::day::day_month(date), day_label(end)),
        Precision::Approximate => format!("around {}", day_label(date)),
        Precision::NotAfter => format!("by {}", day_label(date)),
        Precision::NotBefore => format!("after {}", day_label(date)),
        Precision::Decade => format!("the {}s", date.year()),
        Precision::Unknown => "date unknown".to_owned(),
    }
}

/// A run of a paragraph, with the records whose quotes cover it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Segment {
    pub text: String,
    pub records: Vec<String>,
}

/// The paragraphs (non-blank lines) of `text`, each cut where quotes start
/// and end. `spans` are `(start, end, record id)` in character offsets.
pub fn paragraphs(text: &str, spans: &[(usize, usize, String)]) -> Vec<Vec<Segment>> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let len = line.chars().count();
        let (from, to) = (start, start + len);
        start = to + 1;
        if line.trim().is_empty() {
            continue;
        }
        let mut cuts: Vec<usize> = vec![from, to];
        for &(s, e, _) in spans {
            cuts.extend([s, e].into_iter().filter(|&c| c > from && c < to));
        }
        cuts.sort_unstable();
        cuts.dedup();
        let segments = cuts
            .windows(2)
            .map(|w| Segment {
                text: chars[w[0]..w[1]].iter().collect(),
                records: spans
                    .iter()
                    .filter(|(s, e, _)| *s <= w[0] && *e >= w[1])
                    .map(|(_, _, id)| id.clone())
                    .collect(),
            })
            .collect();
        out.push(segments);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Rule;

    fn dr(date: &str, end: Option<&str>, precision: Precision) -> DateRef {
        DateRef {
            date: Some(date.parse().unwrap()),
            end: end.map(|e| e.parse().unwrap()),
            precision,
            raw: None,
            rule: Rule::Inferred,
            anchor: None,
            note: None,
        }
    }

    #[test]
    fn dates_say_how_precise_they_are() {
        assert_eq!(date_ref(&dr("2020-09-29", None, Precision::Day)), "29 Sep 2020");
        assert_eq!(date_ref(&dr("2020-09-27", Some("2020-10-21"), Precision::Range)), "27 Sep – 21 Oct 2020");
        assert_eq!(date_ref(&dr("2020-09-30", None, Precision::NotAfter)), "by 30 Sep 2020");
        assert_eq!(date_ref(&dr("2020-10-08", None, Precision::Approximate)), "around 8 Oct 2020");
    }

    #[test]
    fn paragraphs_are_cut_at_quote_edges() {
        let text = "Title\n\nBaku said “no”. Yerevan said yes.\n";
        let spans = vec![(7, 23, "c-1".to_owned()), (7, 40, "c-2".to_owned())];
        let p = paragraphs(text, &spans);
        assert_eq!(p.len(), 2);
        assert_eq!(p[0], vec![Segment { text: "Title".into(), records: vec![] }]);
        assert_eq!(p[1][0], Segment { text: "Baku said “no”. ".into(), records: vec!["c-1".into(), "c-2".into()] });
        assert_eq!(p[1][1], Segment { text: "Yerevan said yes.".into(), records: vec!["c-2".into()] });
    }
}
