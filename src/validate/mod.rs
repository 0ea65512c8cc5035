//! The dataset validator: a pure library function that reports every
//! problem it finds, each with its JSON path, and never stops at the first.
//! The bundled data and the datasets users load go through the same code.

mod coverage;
mod limits;
mod load;
mod meta;
mod problem;
mod rules;
mod source_text;

pub use coverage::coverage_gaps;
pub use limits::{
    dates_out_of_range, load_bytes, load_bytes_reporting, load_text, summary, too_large, LoadStage, EARLIEST_YEAR,
    LATEST_YEAR, MAX_BYTES, MAX_DEPTH, MAX_STRING_BYTES, SUMMARY_MAX,
};
pub use load::{load_str, load_value, Loaded, Rejected};
pub use meta::MAX_NAME_CHARS;
pub use problem::{Problem, Severity};
pub use rules::validate;
pub use source_text::SourceText;
