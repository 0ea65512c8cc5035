//! Filtering claims and counting facets, fast enough for 100,000 claims per
//! keystroke: [`ClaimIndex`] is built once at load; each [`Filters`] change
//! is then one pass that yields the matches and every facet's counts.

mod filters;
pub mod fold;
mod index;
mod sort;
mod text_search;

pub use filters::{DateField, Facet, FacetKey, FacetValue, Filters, QueryResult};
pub use fold::Folding;
pub use index::{ClaimIndex, ClaimIndexBuilder};
pub use sort::{ClaimOrder, SortOrder};
pub use text_search::{TextHits, TextIndex};
