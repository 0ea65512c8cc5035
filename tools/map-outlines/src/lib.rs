//! Build-time tool behind `data/map/south-caucasus.json`: the outlines of the
//! countries around Armenia and Azerbaijan, from Natural Earth (public domain)
//! as packaged in the world-atlas npm package (TopoJSON), clipped to the
//! South Caucasus and simplified so that the app can draw its map with no
//! tiles and no network.
//!
//! [`topojson`] decodes the topology, [`simplify`] is Douglas–Peucker,
//! [`clip`] is Sutherland–Hodgman against the frame, and [`outlines`] puts
//! them together and writes the file.

pub mod clip;
pub mod outlines;
pub mod simplify;
pub mod topojson;
