//! The dataset schema as Rust types: the one definition shared by the app,
//! the tests and the validator. `data/README.md` documents every field.

mod actor;
mod claim;
mod common;
mod dataset;
mod diplomacy;
pub mod labelled;
mod meta;
mod place;
mod source;

pub use actor::{Actor, ActorKind, Camp, Side};
pub use claim::{group_thousands, Category, Claim, Figure, Metric, Population, Qualifier, Share, Whose};
pub use common::{DateRef, Flag, FlagCode, Link, Precision, Quote, Relation, Rule, Verification};
pub use dataset::{Dataset, META, SECTIONS};
pub use diplomacy::{DiplomacyEvent, EventKind, Status};
pub use meta::{Meta, META_FIELDS};
pub use place::{Coordinates, Place, PlaceKind};
pub use source::{Published, Source, Unrecorded};
