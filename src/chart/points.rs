//! The points of the chart: which killed and wounded figures of the claims
//! are drawn, on whose side, in which series, and in what order.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use crate::facts::FactClusters;
use crate::format::day_label;
use crate::model::{group_thousands, Camp, Claim, Figure, Metric, Population, Qualifier, Whose};
use crate::names::Names;

/// Whose losses a figure counts, as a camp. `None` for figures about both
/// sides or nobody in particular, which cannot be put on either side's line.
pub fn camp_of(whose: Whose) -> Option<Camp> {
    match whose {
        Whose::Armenia | Whose::NagornoKarabakh | Whose::ArmenianSide => Some(Camp::Armenian),
        Whose::Azerbaijan => Some(Camp::Azerbaijani),
        Whose::Both | Whose::Unspecified => None,
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
    /// Ids of the other records that report the same fact (its `same_fact`
    /// cluster), so that one point names every source.
    pub also: Vec<String>,
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
            share: None,
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
        format!("{how} {}", day_label(self.date))
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
            // A share of a whole ("most of about 400") is not a count to chart.
            c.figures
                .iter()
                .filter(|f| matches!(f.metric, Metric::Killed | Metric::Wounded) && f.share.is_none())
                .filter_map(move |f| {
                    Some(CasualtyPoint {
                        claim_id: c.id.clone(),
                        camp: camp_of(f.whose)?,
                        claimed_by: c.side.camp(),
                        metric: f.metric,
                        population: f.population,
                        cumulative: f.cumulative,
                        date: c.occurred.sort_key()?,
                        value: f.value,
                        qualifier: f.qualifier,
                        raw: f.raw.clone(),
                        quote: c.quote.text.clone(),
                        source: c.quote.source.clone(),
                        claimant: c.claimant.clone(),
                        also: Vec::new(),
                    })
                })
        })
        .collect();
    points.sort_by(|a, b| draw_order(a).cmp(&draw_order(b)));
    points
}

/// One point per fact among the claims at positions `shown`. Of each
/// `same_fact` cluster, one record's figure stands for each count (side,
/// metric, population): the cluster's representative when it is shown and
/// gives that count, else the first shown member that does. The point names
/// the cluster's other records in [`CasualtyPoint::also`].
pub fn fact_points(claims: &[Claim], facts: &FactClusters, shown: &[usize]) -> Vec<CasualtyPoint> {
    let is_shown: HashSet<usize> = shown.iter().copied().collect();
    let at: HashMap<&str, usize> = shown.iter().map(|&i| (claims[i].id.as_str(), i)).collect();
    let counts = |m: usize, p: &CasualtyPoint| {
        is_shown.contains(&m)
            && claims[m].figures.iter().any(|f| {
                f.metric == p.metric
                    && f.population == p.population
                    && camp_of(f.whose) == Some(p.camp)
                    && f.share.is_none()
            })
    };
    let mut points = casualty_points(shown.iter().map(|&i| &claims[i]));
    points.retain_mut(|p| {
        let i = at[p.claim_id.as_str()];
        let k = facts.cluster_of(i);
        let rep = facts.representative(k);
        let chosen = if counts(rep, p) { Some(rep) } else { facts.members(k).iter().copied().find(|&m| counts(m, p)) };
        p.also = facts.members(k).iter().filter(|&&m| m != i).map(|&m| claims[m].id.clone()).collect();
        chosen == Some(i)
    });
    points
}

/// The order points are drawn and listed in. Ties keep their input order.
fn draw_order(p: &CasualtyPoint) -> (SeriesKey, NaiveDate, u64, &str) {
    (p.series(), p.date, p.value, p.claim_id.as_str())
}

/// Positions into `points`, in drawing order.
pub(super) fn ordered(points: &[CasualtyPoint]) -> Vec<usize> {
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
    pub fn label(&self, names: &Names) -> String {
        let mut s = format!("{} · {}", names.camp(self.camp), self.metric.label());
        if self.population != Population::Unspecified {
            s.push_str(" · ");
            s.push_str(self.population.label());
        }
        s.push_str(if self.cumulative { " (running total)" } else { " (one day or event)" });
        if self.claimed_by != self.camp {
            s.push_str(", as claimed by ");
            s.push_str(names.camp(self.claimed_by));
        }
        s
    }

    /// "killed · military", "wounded", with "as claimed by Azerbaijan" when
    /// one side counts the other's losses: a legend entry under its side.
    pub fn short_label(&self, names: &Names) -> String {
        let mut s = self.metric.label().to_owned();
        if self.population != Population::Unspecified {
            s.push_str(" · ");
            s.push_str(self.population.label());
        }
        if self.claimed_by != self.camp {
            s.push_str(", as claimed by ");
            s.push_str(names.camp(self.claimed_by));
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::fixtures::date;
    use crate::model::{Category, DateRef, Precision, Quote, Rule, Side};

    fn figure(metric: Metric, value: u64, whose: Whose) -> Figure {
        Figure {
            metric,
            value,
            qualifier: Qualifier::AtLeast,
            population: Population::Civilian,
            whose,
            cumulative: true,
            share: None,
            raw: format!("{value}"),
        }
    }

    fn claim(id: &str, side: Side, occurred: &str, end: Option<&str>, figures: Vec<Figure>) -> Claim {
        let dr = |d: &str, end: Option<&str>| DateRef {
            date: Some(date(d)),
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
            claim(
                "c-2",
                Side::Azerbaijan,
                "2020-10-14",
                None,
                vec![figure(Metric::Killed, 63, Whose::Azerbaijan), figure(Metric::Killed, 2000, Whose::Armenia)],
            ),
        ];
        let pts = casualty_points(&claims);
        let got: Vec<(&str, Camp, Camp, Metric, u64, NaiveDate)> =
            pts.iter().map(|p| (p.claim_id.as_str(), p.camp, p.claimed_by, p.metric, p.value, p.date)).collect();
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
        assert_eq!(
            pts[2].series().label(&crate::chart::fixtures::names()),
            "Armenian side · killed · civilian (running total), as claimed by Azerbaijan"
        );
        assert_eq!(pts[0].value_text(), "at least 36");
        assert_eq!(camp_of(Whose::Both), None);
    }
}
