//! From a world-atlas topology to `data/map/south-caucasus.json`: simplify
//! every arc (so neighbours keep one shared border), stitch the rings, clip
//! them to [`FRAME`], round to [`DECIMALS`] places, drop what is left empty
//! or flat, and write the file in a fixed, diff-friendly layout.

use std::fmt::Write as _;
use std::path::Path;

use crate::clip::{clip_ring, Rect};
use crate::simplify::douglas_peucker;
use crate::topojson::{self, Point};

/// Armenia (incl. its exclave), Azerbaijan (incl. Nakhchivan and its
/// exclaves) and Georgia span lon 39.98–50.37, lat 38.40–43.57 in
/// countries-50m; this is the smallest half-degree box leaving at least
/// 0.4° around them (west 0.48, east 0.63, south 0.40, north 0.43).
pub const FRAME: Rect = Rect { west: 39.5, south: 38.0, east: 51.0, north: 44.0 };

/// Douglas–Peucker tolerance in degrees of latitude (longitude scaled by the
/// cosine of the frame's middle latitude). At 800 px wide one pixel is
/// 0.0108°, so 0.01 keeps every bend a reader could see at that size.
pub const TOLERANCE_DEG: f64 = 0.01;

/// Decimal places kept (0.001° ≈ 0.1 px at 800 px wide).
pub const DECIMALS: i32 = 3;

/// The topology's GeometryCollection read.
pub const OBJECT: &str = "countries";

/// The command that regenerates the committed file, recorded in it.
pub const GENERATOR: &str =
    "tools/map-outlines: cargo run -p map-outlines -- node_modules/world-atlas/countries-50m.json data/map/south-caucasus.json";

/// One country inside the frame: its clipped, simplified, open rings
/// (exterior rings and holes alike).
#[derive(Debug, Clone, PartialEq)]
pub struct Country {
    pub id: String,
    pub name: String,
    pub rings: Vec<Vec<Point>>,
}

/// "Natural Earth via world-atlas 2.0.2, countries-50m", from the package.json
/// next to the input file and the input's file name.
pub fn source_label(input: &Path) -> Result<String, String> {
    let package_json = input.with_file_name("package.json");
    let text = std::fs::read_to_string(&package_json)
        .map_err(|e| format!("cannot read {} (the input's npm package): {e}", package_json.display()))?;
    let package: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", package_json.display()))?;
    let (Some(name), Some(version)) = (package["name"].as_str(), package["version"].as_str()) else {
        return Err(format!("{} has no name and version", package_json.display()));
    };
    let stem = input.file_stem().and_then(|s| s.to_str()).ok_or("the input has no file name")?;
    Ok(format!("Natural Earth via {name} {version}, {stem}"))
}

/// The countries of the topology that keep at least one ring inside the
/// frame, sorted by id.
pub fn countries(topology_json: &str) -> Result<Vec<Country>, String> {
    let topology = topojson::read(topology_json, OBJECT)?;
    let x_scale = ((FRAME.south + FRAME.north) / 2.0).to_radians().cos();
    let arcs: Vec<Vec<Point>> = topology.arcs.iter().map(|a| douglas_peucker(a, TOLERANCE_DEG, x_scale)).collect();
    let mut countries = Vec::new();
    for feature in topology.features {
        let mut rings = Vec::new();
        for ring in feature.polygons.iter().flatten() {
            let clipped = clip_ring(&topojson::stitch(&arcs, ring)?, FRAME);
            let mut rounded: Vec<Point> = clipped.iter().map(|p| [round(p[0]), round(p[1])]).collect();
            rounded.dedup();
            while rounded.len() > 1 && rounded.first() == rounded.last() {
                rounded.pop();
            }
            if rounded.len() >= 3 && area(&rounded) != 0.0 {
                rings.push(rounded);
            }
        }
        if !rings.is_empty() {
            countries.push(Country { id: feature.id, name: feature.name, rings });
        }
    }
    countries.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(countries)
}

/// The whole output file.
pub fn build(topology_json: &str, source: &str) -> Result<String, String> {
    Ok(render(source, &countries(topology_json)?))
}

/// One key per line, one ring per line; numbers in their shortest form.
pub fn render(source: &str, countries: &[Country]) -> String {
    let s = |v: &str| serde_json::Value::from(v).to_string();
    let mut out = String::from("{\n");
    let _ = writeln!(out, "  \"source\": {},", s(source));
    let _ = writeln!(out, "  \"licence\": \"public domain\",");
    let _ = writeln!(out, "  \"generator\": {},", s(GENERATOR));
    let _ = writeln!(
        out,
        "  \"frame\": {{\"west\": {}, \"south\": {}, \"east\": {}, \"north\": {}}},",
        FRAME.west, FRAME.south, FRAME.east, FRAME.north
    );
    let _ = writeln!(out, "  \"tolerance_deg\": {TOLERANCE_DEG},");
    let _ = writeln!(out, "  \"decimals\": {DECIMALS},");
    out.push_str("  \"countries\": [\n");
    for (i, c) in countries.iter().enumerate() {
        let _ = writeln!(out, "    {{\"id\": {}, \"name\": {}, \"rings\": [", s(&c.id), s(&c.name));
        for (j, ring) in c.rings.iter().enumerate() {
            let points: Vec<String> = ring.iter().map(|p| format!("[{},{}]", p[0], p[1])).collect();
            let comma = if j + 1 < c.rings.len() { "," } else { "" };
            let _ = writeln!(out, "      [{}]{comma}", points.join(","));
        }
        let comma = if i + 1 < countries.len() { "," } else { "" };
        let _ = writeln!(out, "    ]}}{comma}");
    }
    out.push_str("  ]\n}\n");
    out
}

fn round(v: f64) -> f64 {
    let k = 10f64.powi(DECIMALS);
    let r = (v * k).round() / k;
    if r == 0.0 {
        0.0
    } else {
        r
    }
}

/// Twice the signed area (shoelace), in square degrees.
fn area(ring: &[Point]) -> f64 {
    let n = ring.len();
    (0..n).map(|i| ring[i][0] * ring[(i + 1) % n][1] - ring[(i + 1) % n][0] * ring[i][1]).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_one_ring_per_line_with_short_numbers() {
        let c = Country { id: "051".into(), name: "Armenia".into(), rings: vec![vec![[45.1, 40.0], [45.25, 40.5]]] };
        let text = render("S", &[c]);
        assert!(text.contains("\"frame\": {\"west\": 39.5, \"south\": 38, \"east\": 51, \"north\": 44},"), "{text}");
        assert!(text.contains("    {\"id\": \"051\", \"name\": \"Armenia\", \"rings\": [\n      [[45.1,40],[45.25,40.5]]\n    ]}\n  ]\n}\n"), "{text}");
    }

    #[test]
    fn rounds_to_three_places_without_negative_zero() {
        assert_eq!(round(46.12349), 46.123);
        assert_eq!(round(46.1235), 46.124);
        assert_eq!(round(-0.0001).to_string(), "0");
    }
}
