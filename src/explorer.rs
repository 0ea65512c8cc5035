//! One loaded dataset and everything the explorer derives from it once, in
//! the parts that change together: the records and their lookups
//! ([`Catalog`]), the claims' query index ([`ClaimIndex`]), and what loading
//! reported ([`LoadReport`]). Built once per dataset; never mutated.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::facts::FactClusters;
use crate::query::{ClaimIndex, ClaimOrder};
use crate::search::SearchIndex;
use crate::validate::{Loaded, Problem, Rejected, Severity};

/// What loading a dataset found: shown to the user, never hidden.
#[derive(Debug, Clone, Default)]
pub struct LoadReport {
    pub problems: Vec<Problem>,
    /// Records that could not be read, kept as given.
    pub rejected: Vec<Rejected>,
}

impl LoadReport {
    pub fn errors(&self) -> usize {
        self.problems.iter().filter(|p| p.severity == Severity::Error).count()
    }
}

/// The explorer's data.
#[derive(Debug, Default)]
pub struct Explorer {
    pub catalog: Catalog,
    pub claims: ClaimIndex,
    /// The claims' `same_fact` clusters: what counts each fact once.
    pub facts: FactClusters,
    /// Diplomacy events, actors, places and paragraphs, indexed for search.
    pub search: SearchIndex,
    /// The claims ranked in each order the list offers.
    pub order: ClaimOrder,
    pub report: LoadReport,
    /// The first and last day of the claims: the date filters' range.
    pub claim_dates: Option<(NaiveDate, NaiveDate)>,
    /// The days all the casualty figures span: the chart's frame, so that
    /// charts of filtered claims keep one scale.
    pub chart_frame: Option<(NaiveDate, NaiveDate)>,
}

impl Explorer {
    /// Builds everything at once; the page builds a large dataset in steps
    /// ([`crate::loader::build::Build`]), with the same result.
    pub fn new(loaded: Loaded) -> Self {
        crate::loader::build::Build::new(loaded).finish()
    }

    /// The dataset bundled with the app.
    pub fn bundled() -> Self {
        Self::new(crate::bundled::load_bundled())
    }
}
