//! The whole dataset: the five arrays a dataset file holds.

use serde::{Deserialize, Serialize};

use super::{Actor, Claim, DiplomacyEvent, Meta, Place, Source};

/// Everything one dataset holds, in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// The dataset's own wording (title, description, names of the sides);
    /// optional, and never a fact about the conflict.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub meta: Option<Meta>,
    #[serde(default)]
    pub sources: Vec<Source>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub places: Vec<Place>,
    #[serde(default)]
    pub claims: Vec<Claim>,
    #[serde(default)]
    pub diplomacy: Vec<DiplomacyEvent>,
}

/// The optional top-level object beside the arrays.
pub const META: &str = "meta";

/// The five top-level arrays, in the order of [`Dataset`]'s fields.
pub const SECTIONS: [&str; 5] = ["sources", "actors", "places", "claims", "diplomacy"];
