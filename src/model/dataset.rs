//! The whole dataset: the five arrays a dataset file holds.

use serde::{Deserialize, Serialize};

use super::{Actor, Claim, DiplomacyEvent, Place, Source};

/// Everything one dataset holds, in file order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
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

/// The five top-level arrays, in the order of [`Dataset`]'s fields.
pub const SECTIONS: [&str; 5] = ["sources", "actors", "places", "claims", "diplomacy"];
