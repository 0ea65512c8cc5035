//! The contested figures: for each measure the articles give a number for
//! (soldiers killed, civilians wounded, people displaced, aircraft downed…),
//! what each side claimed about its own losses and about the other side's.
//! Each fact counts once (a `same_fact` cluster gives one entry naming its
//! other reports), the latest running total leads, and a denial or
//! contradiction stands beside the figure it disputes.

use std::collections::BTreeMap;

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::chart::camp_of;
use crate::facts::FactClusters;
use crate::format::day_label;
use crate::model::{group_thousands, Camp, Claim, Metric, Population};

/// What a row counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Measure {
    pub metric: Metric,
    pub population: Population,
}

impl Measure {
    /// "soldiers killed", "civilians wounded", "people displaced", "homes
    /// made uninhabitable": who, for counts of people; what, for the rest.
    pub fn label(&self) -> String {
        let who = match self.population {
            Population::Military => "soldiers",
            Population::Civilian => "civilians",
            Population::Mixed => "soldiers and civilians",
            Population::Unspecified => "people",
        };
        match self.metric {
            Metric::Killed | Metric::Wounded | Metric::Displaced | Metric::Disarmed => {
                format!("{who} {}", self.metric.label())
            }
            _ => self.metric.label().to_owned(),
        }
    }
}

/// Who claimed, about whose losses: the four columns of the table.
pub const COLUMNS: [(Camp, Camp); 4] = [
    (Camp::Armenian, Camp::Armenian),
    (Camp::Armenian, Camp::Azerbaijani),
    (Camp::Azerbaijani, Camp::Azerbaijani),
    (Camp::Azerbaijani, Camp::Armenian),
];

/// One figure as a side stated it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stated {
    /// Position of the claim in `Dataset::claims`.
    pub claim: usize,
    /// Position of the figure in the claim's `figures`.
    pub figure: usize,
    /// The day it is as of (a running total) or for (one day's count).
    pub date: Option<NaiveDate>,
    pub cumulative: bool,
    /// The other reports of the same fact, positions in `Dataset::claims`.
    pub also: Vec<usize>,
    /// Claims that deny or contradict it, positions in `Dataset::claims`.
    pub disputed_by: Vec<usize>,
}

/// What one side claimed about one side's losses, for one measure.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cell {
    pub by: Camp,
    pub about: Camp,
    /// The latest running total first (else the latest figure), then the
    /// rest, latest first. Empty when the side gave no such figure.
    pub figures: Vec<Stated>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MeasureRow {
    pub measure: Measure,
    /// One per entry of [`COLUMNS`], in that order.
    pub cells: Vec<Cell>,
}

/// The table for the claims at positions `shown`: a row per measure that
/// either side gave a figure for, in the schema's order of metrics and
/// populations.
pub fn contested(catalog: &Catalog, facts: &FactClusters, shown: &[usize]) -> Vec<MeasureRow> {
    let claims = &catalog.dataset.claims;
    // (measure, column) -> (cluster -> first entry of it)
    let mut cells: BTreeMap<(Measure, usize), BTreeMap<usize, Stated>> = BTreeMap::new();
    for &i in shown {
        let c: &Claim = &claims[i];
        let by = c.side.camp();
        // A population's size ("about 140,000 inhabitants") is no one's loss.
        for (k, f) in c.figures.iter().enumerate().filter(|(_, f)| f.metric != Metric::Inhabitants) {
            let Some(about) = camp_of(f.whose) else { continue };
            let Some(column) = COLUMNS.iter().position(|&col| col == (by, about)) else { continue };
            let measure = Measure { metric: f.metric, population: f.population };
            let cluster = facts.cluster_of(i);
            let entry = cells.entry((measure, column)).or_default();
            let rep = facts.representative(cluster);
            // One entry per fact: the representative's when it is shown.
            if entry.get(&cluster).is_some_and(|s| s.claim == rep || i != rep) {
                continue;
            }
            let disputed_by = disputes(catalog, c).into_iter().filter_map(|id| catalog.claim_position(id)).collect();
            let also = facts.members(cluster).iter().copied().filter(|&m| m != i).collect();
            entry.insert(
                cluster,
                Stated {
                    claim: i,
                    figure: k,
                    date: c.occurred.sort_key(),
                    cumulative: f.cumulative,
                    also,
                    disputed_by,
                },
            );
        }
    }
    let mut rows: BTreeMap<Measure, MeasureRow> = BTreeMap::new();
    for ((measure, column), entries) in cells {
        let row = rows.entry(measure).or_insert_with(|| MeasureRow {
            measure,
            cells: COLUMNS.iter().map(|&(by, about)| Cell { by, about, figures: Vec::new() }).collect(),
        });
        let mut figures: Vec<Stated> = entries.into_values().collect();
        // Latest first; ties by the claim's place in the data, for stability.
        figures.sort_by(|a, b| b.date.cmp(&a.date).then(a.claim.cmp(&b.claim)));
        if let Some(lead) = figures.iter().position(|s| s.cumulative) {
            let total = figures.remove(lead);
            figures.insert(0, total);
        }
        row.cells[column].figures = figures;
    }
    rows.into_values().collect()
}

/// Ids of the records that deny or contradict `c`, whichever end stores the link.
fn disputes<'a>(catalog: &'a Catalog, c: &'a Claim) -> Vec<&'a str> {
    use crate::model::Relation::{Contradicts, Denies};
    let incoming =
        catalog.backlinks(&c.id).iter().filter(|b| matches!(b.relation, Denies | Contradicts)).map(|b| b.from.as_str());
    let outgoing = c.links.iter().filter(|l| l.relation == Contradicts).map(|l| l.target.as_str());
    let mut ids: Vec<&str> = incoming.chain(outgoing).collect();
    ids.sort_unstable();
    ids.dedup();
    ids
}

impl Stated {
    /// "at least 772", "half of about 140,000": the number as the side gave it.
    pub fn value_text(&self, claims: &[Claim]) -> String {
        let f = &claims[self.claim].figures[self.figure];
        let share = f.share.map(|s| format!("{} ", s.label())).unwrap_or_default();
        let q = f.qualifier.label();
        let sep = if q.is_empty() { "" } else { " " };
        format!("{share}{q}{sep}{}", group_thousands(f.value))
    }

    /// "as of 20 Oct 2020" for a running total, "for 28 Sep 2020" for one
    /// day's count, "date not given" when the article gives none.
    pub fn date_text(&self) -> String {
        match self.date {
            None => "date not given".to_owned(),
            Some(d) if self.cumulative => format!("as of {}", day_label(d)),
            Some(d) => format!("for {}", day_label(d)),
        }
    }
}
