//! What the side-by-side view shows for a set of matching claims: the rows
//! that align the two sides, the background statements kept out of them,
//! and the casualty figures to chart. Computed once per query, not per
//! render.

use crate::align::{align, CompareRow};
use crate::catalog::Catalog;
use crate::chart::{fact_points, CasualtyPoint};
use crate::contested::{contested, MeasureRow};
use crate::facts::FactClusters;
use crate::model::{Category, Claim};

#[derive(Debug, Clone, PartialEq)]
pub struct Comparison {
    pub rows: Vec<CompareRow>,
    /// History and context: not claims one side answers, so not aligned.
    /// Positions index `Dataset::claims`.
    pub background: Vec<usize>,
    /// The killed and wounded figures of the matching claims, one per fact.
    pub points: Vec<CasualtyPoint>,
    /// What each side claimed about its own and the other's losses.
    pub figures: Vec<MeasureRow>,
}

/// The comparison of the claims at positions `matches`; with
/// `contested_only`, just the rows where the two sides answer each other.
pub fn compare(catalog: &Catalog, facts: &FactClusters, matches: &[usize], contested_only: bool) -> Comparison {
    let claims: &[Claim] = &catalog.dataset.claims;
    let (background, aligned): (Vec<usize>, Vec<usize>) =
        matches.iter().partition(|&&i| claims[i].category == Category::Background);
    let mut rows = align(claims, &aligned);
    if contested_only {
        rows.retain(|r| r.counter.is_some());
    }
    Comparison {
        rows,
        background,
        points: fact_points(claims, facts, matches),
        figures: contested(catalog, facts, matches),
    }
}
