//! What the side-by-side view shows for a set of matching claims: the rows
//! that align the two sides, the background statements kept out of them,
//! and the casualty figures to chart. Computed once per query, not per
//! render.

use crate::align::{align, CompareRow};
use crate::chart::{fact_points, CasualtyPoint};
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
}

/// The comparison of the claims at positions `matches`.
pub fn compare(claims: &[Claim], facts: &FactClusters, matches: &[usize]) -> Comparison {
    let (background, aligned): (Vec<usize>, Vec<usize>) =
        matches.iter().partition(|&&i| claims[i].category == Category::Background);
    Comparison { rows: align(claims, &aligned), background, points: fact_points(claims, facts, matches) }
}
