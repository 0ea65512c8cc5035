//! Where things are said to have happened.

use serde::{Deserialize, Serialize};

use super::common::{Flag, Quote};
use crate::labelled_enum;

labelled_enum! {
    PlaceKind {
        City = "city", "city";
        Town = "town", "town";
        District = "district", "district";
        Region = "region", "region";
        Country = "country", "country";
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    /// Every spelling the articles use.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: PlaceKind,
    #[serde(default)]
    pub coordinates: Option<Coordinates>,
    pub quote: Quote,
    #[serde(default)]
    pub flags: Vec<Flag>,
}

/// A point on the map. Public geographic fact, not taken from the articles.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    pub lat: f64,
    pub lon: f64,
    /// Always `public_geographic_fact` in the bundled data.
    pub basis: String,
}
