//! The dataset validator: a pure library function that reports every
//! problem it finds, each with its JSON path, and never stops at the first.
//! The bundled data and the datasets users load go through the same code.

mod coverage;
mod load;
mod problem;
mod rules;
mod source_text;

pub use coverage::coverage_gaps;
pub use load::{load_str, load_value, Loaded, Rejected};
pub use problem::{Problem, Severity};
pub use rules::validate;
pub use source_text::SourceText;
