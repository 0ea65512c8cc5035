//! One loaded dataset and everything the explorer derives from it once, in
//! the parts that change together: the records and their lookups
//! ([`Catalog`]), the claims' query index ([`ClaimIndex`]), and what loading
//! reported ([`LoadReport`]). Built once per dataset; never mutated.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::chart::{casualty_points, date_frame};
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
    pub fn new(loaded: Loaded) -> Self {
        let Loaded { dataset, rejected, problems } = loaded;
        let catalog = Catalog::new(dataset);
        let claims = ClaimIndex::new(&catalog.dataset.claims, |id| catalog.source_index(id));
        let facts = FactClusters::new(&catalog.dataset.claims);
        let search = SearchIndex::new(&catalog.dataset);
        let order = ClaimOrder::new(&catalog.dataset.claims, |id| catalog.source_index(id));
        Explorer {
            claim_dates: catalog.claim_dates(),
            chart_frame: date_frame(&casualty_points(&catalog.dataset.claims)),
            claims,
            facts,
            search,
            order,
            catalog,
            report: LoadReport { problems, rejected },
        }
    }

    /// The dataset bundled with the app.
    pub fn bundled() -> Self {
        Self::new(crate::bundled::load_bundled())
    }
}
