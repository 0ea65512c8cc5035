//! The explorer of a loaded dataset built in steps: the catalog, the query
//! index [`CLAIMS_PER_STEP`] claims at a time, its date orders, the fact
//! clusters, the chart's frame [`CLAIMS_PER_STEP`] claims at a time, then
//! the list's orders, and the search index of the other records in steps
//! of its own ([`SearchIndexBuilder`]).
//! [`Explorer::new`] runs every step at once;
//! the page runs one step per turn of its event loop, so that a click is
//! answered between any two.

use chrono::NaiveDate;

use crate::catalog::Catalog;
use crate::chart::{casualty_points, date_frame};
use crate::explorer::{Explorer, LoadReport};
use crate::facts::FactClusters;
use crate::query::{ClaimIndex, ClaimIndexBuilder, ClaimOrder};
use crate::search::{SearchIndex, SearchIndexBuilder};
use crate::validate::Loaded;

/// Claims indexed per step: some 10 ms of work in the browser.
pub const CLAIMS_PER_STEP: usize = 2500;

enum Stage {
    Catalog(crate::model::Dataset),
    Index(Catalog, ClaimIndexBuilder),
    Sort(Catalog, ClaimIndexBuilder),
    Facts(Catalog, ClaimIndex),
    /// The chart's frame, a slice of claims at a time: the claims done,
    /// and the frame so far.
    Frames(Catalog, ClaimIndex, FactClusters, usize, Option<(NaiveDate, NaiveDate)>),
    /// The list's orders.
    Orders(Catalog, ClaimIndex, FactClusters, Option<(NaiveDate, NaiveDate)>),
    /// The search index of events, actors, places and paragraphs, in its
    /// own steps: the explorer is complete but for it.
    Search(Box<Explorer>, SearchIndexBuilder),
    Done,
}

/// An explorer being built.
pub struct Build {
    stage: Stage,
    report: LoadReport,
    done: usize,
    total: usize,
}

impl Build {
    pub fn new(loaded: Loaded) -> Self {
        let Loaded { dataset, rejected, problems } = loaded;
        // The catalog, the index's slices, the sort, the clusters, the
        // frame's slices, the orders, the search index's steps.
        let slices = dataset.claims.len().div_ceil(CLAIMS_PER_STEP).max(1);
        let total = 1 + slices + 2 + slices + 1 + SearchIndexBuilder::steps(&dataset);
        Build { stage: Stage::Catalog(dataset), report: LoadReport { problems, rejected }, done: 0, total }
    }

    /// Steps done and steps in all.
    pub fn progress(&self) -> (usize, usize) {
        (self.done, self.total)
    }

    /// Does the next step; the explorer once the last is done.
    ///
    /// # Panics
    /// When called again after it has returned the explorer.
    pub fn step(&mut self) -> Option<Explorer> {
        self.done += 1;
        self.stage = match std::mem::replace(&mut self.stage, Stage::Done) {
            Stage::Catalog(dataset) => Stage::Index(Catalog::new(dataset), ClaimIndexBuilder::default()),
            Stage::Index(catalog, mut index) => {
                let claims = &catalog.dataset.claims;
                let from = index.len();
                let to = (from + CLAIMS_PER_STEP).min(claims.len());
                index.push(&claims[from..to], |id| catalog.source_index(id));
                if to == claims.len() {
                    Stage::Sort(catalog, index)
                } else {
                    Stage::Index(catalog, index)
                }
            }
            Stage::Sort(catalog, index) => Stage::Facts(catalog, index.finish()),
            Stage::Facts(catalog, claims) => {
                let facts = FactClusters::new(&catalog.dataset.claims);
                Stage::Frames(catalog, claims, facts, 0, None)
            }
            Stage::Frames(catalog, claims, facts, from, frame) => {
                let all = &catalog.dataset.claims;
                let to = (from + CLAIMS_PER_STEP).min(all.len());
                // The frame of all the points is the widest of the slices' frames.
                let frame = match (frame, date_frame(&casualty_points(&all[from..to]))) {
                    (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
                    (a, b) => a.or(b),
                };
                if to < all.len() {
                    Stage::Frames(catalog, claims, facts, to, frame)
                } else {
                    Stage::Orders(catalog, claims, facts, frame)
                }
            }
            Stage::Orders(catalog, claims, facts, frame) => {
                let explorer = Explorer {
                    claim_dates: catalog.claim_dates(),
                    chart_frame: frame,
                    claims,
                    facts,
                    search: SearchIndex::default(),
                    order: ClaimOrder::new(&catalog.dataset.claims, |id| catalog.source_index(id)),
                    catalog,
                    report: std::mem::take(&mut self.report),
                };
                Stage::Search(Box::new(explorer), SearchIndexBuilder::default())
            }
            Stage::Search(mut explorer, mut search) => {
                if !search.step(&explorer.catalog.dataset) {
                    Stage::Search(explorer, search)
                } else {
                    explorer.search = search.finish();
                    return Some(*explorer);
                }
            }
            Stage::Done => panic!("the explorer was already built"),
        };
        None
    }

    /// Runs every remaining step.
    pub fn finish(mut self) -> Explorer {
        loop {
            if let Some(explorer) = self.step() {
                return explorer;
            }
        }
    }
}
