//! The dataset compiled into the app. The build script validates `data/`
//! ([`files`], the build fails on any problem) and embeds its compact form
//! ([`compact`]); at start-up the app only parses that into the typed model.

pub mod compact;
pub mod files;

pub use files::{bundled_value, load_validated, TEXTS};

use crate::model::Dataset;
use crate::validate::Loaded;

/// Written by `build.rs` from the validated files of `data/`.
const COMPACT: &str = include_str!(concat!(env!("OUT_DIR"), "/bundled.json"));

/// The bundled dataset, as the build validated it.
pub fn dataset() -> Dataset {
    compact::read(COMPACT)
}

/// The bundled dataset as a load that found no problem (the build made sure).
pub fn load_bundled() -> Loaded {
    Loaded { dataset: dataset(), ..Loaded::default() }
}
