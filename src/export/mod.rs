//! Exporting what the explorer shows: the claims in view as a spreadsheet
//! ([`csv`]) and as a dataset file that loads again ([`json`]). Pure: text
//! in, text out; the UI only offers the download.

mod csv;
mod json;

pub use self::csv::{csv, neutralise, rfc4180, COLUMNS};
pub use self::json::{json, subset};
