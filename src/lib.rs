//! Karabakh 2020 claims explorer.
//!
//! The pure core (no web APIs, tested natively): [`model`] (the dataset
//! schema), [`validate`], [`dates`], and the logic behind the views. The Yew
//! components in [`app`] stay thin on top of it.

pub mod align;
pub mod app;
pub mod bundled;
pub mod catalog;
pub mod chart;
pub mod chips;
pub mod cite;
pub mod compare;
pub mod contested;
pub mod dates;
pub mod day;
pub mod explorer;
pub mod export;
pub mod facts;
pub mod fast_hash;
pub mod format;
pub mod keys;
pub mod link_dataset;
pub mod loader;
pub mod map;
pub mod model;
pub mod names;
pub mod nav_memory;
pub mod page_title;
pub mod query;
pub mod relations;
pub mod search;
pub mod sides;
pub mod state;
pub mod synth;
pub mod tenths;
pub mod time_axis;
pub mod timeline;
pub mod url_state;
pub mod validate;
