//! The steps of a load and where each sits on the progress bar: the worker
//! reads, checks, parses and validates; the page receives and indexes.

use serde::{Deserialize, Serialize};

/// One step of a load, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// Fetching and starting the loader.
    Start,
    Read,
    /// The limits (size, nesting, long strings, numbers).
    Check,
    Parse,
    Validate,
    /// The validated records reaching the page.
    Receive,
    Index,
}

/// The bar's scale: a load is [`BAR_MAX`] units long.
pub const BAR_MAX: u32 = 1000;

impl Step {
    /// Where the step starts and ends on the bar, out of [`BAR_MAX`]:
    /// roughly the share of the time it takes with a large file.
    const fn span(self) -> (u32, u32) {
        match self {
            Step::Start => (0, 20),
            Step::Read => (20, 100),
            Step::Check => (100, 250),
            Step::Parse => (250, 450),
            Step::Validate => (450, 650),
            Step::Receive => (650, 850),
            Step::Index => (850, 1000),
        }
    }

    /// What the bar's label says during the step.
    pub const fn label(self) -> &'static str {
        match self {
            Step::Start => "Starting the loader",
            Step::Read => "Reading the file",
            Step::Check => "Checking its size, nesting and values",
            Step::Parse => "Reading the records",
            Step::Validate => "Validating",
            Step::Receive => "Receiving the records",
            Step::Index => "Indexing",
        }
    }
}

/// The bar's position, out of [`BAR_MAX`], when `done` of `total` of
/// `step` is done. Never past the step's end, and `total` 0 counts as the
/// step just begun.
pub fn position(step: Step, done: u64, total: u64) -> u32 {
    let (start, end) = step.span();
    if total == 0 {
        return start;
    }
    let width = u64::from(end - start);
    start + (width * done.min(total) / total) as u32
}
