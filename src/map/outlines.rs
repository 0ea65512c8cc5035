//! The bundled outlines file, parsed with the app's own types. Its layout is
//! documented in `data/README.md` and written by `tools/map-outlines`.

use serde::Deserialize;

/// `data/map/south-caucasus.json`, built into the app.
pub const OUTLINES_JSON: &str = include_str!("../../data/map/south-caucasus.json");

/// The country outlines the map draws and where they come from.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Outlines {
    /// "Natural Earth via world-atlas 2.0.2, countries-50m".
    pub source: String,
    pub licence: String,
    /// The command that regenerates the file.
    pub generator: String,
    /// The box the map shows, in degrees.
    pub frame: Frame,
    pub tolerance_deg: f64,
    pub decimals: u32,
    pub countries: Vec<CountryOutline>,
}

/// A longitude/latitude box in degrees.
#[derive(Debug, Clone, Copy, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Frame {
    pub west: f64,
    pub south: f64,
    pub east: f64,
    pub north: f64,
}

/// One country's rings of `[lon, lat]`, each closed implicitly; outer rings
/// and holes alike (drawn together with the even-odd rule).
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryOutline {
    /// ISO 3166-1 numeric, as a string ("051").
    pub id: String,
    pub name: String,
    pub rings: Vec<Vec<[f64; 2]>>,
}

/// The bundled outlines. The file is generated and checked by tests, so a
/// parse failure is a build defect, not a user's input.
pub fn bundled_outlines() -> Outlines {
    serde_json::from_str(OUTLINES_JSON).expect("data/map/south-caucasus.json parses as Outlines")
}
