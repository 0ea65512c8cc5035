//! The map of where the claims are: country outlines from Natural Earth
//! (`data/map/south-caucasus.json`, made at build time by `tools/map-outlines`),
//! projected, with a mark and a label for every place.
//!
//! Plain geometry, no web APIs: [`MapGeometry`] holds points in SVG user
//! units and the view only turns them into elements. Nothing here knows SVG
//! path syntax or CSS; nothing is fetched at run time.

mod geometry;
mod outlines;
mod projection;

pub use geometry::{
    detail_frame, CountryShape, LabelBox, LabelSide, MapGeometry, MapSize, MarkInput, PlacedMark, TextAnchor,
};
pub use outlines::{bundled_outlines, CountryOutline, Frame, Outlines, OUTLINES_JSON};
pub use projection::Projection;
