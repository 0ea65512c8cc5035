//! The committed `data/map/south-caucasus.json` is exactly what the tool makes
//! from `node_modules/world-atlas/countries-50m.json` (installed by `npm ci`).

use std::path::PathBuf;

use map_outlines::outlines::{build, source_label};

#[test]
fn the_committed_map_file_is_what_the_tool_writes_from_world_atlas() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let input = root.join("node_modules/world-atlas/countries-50m.json");
    let committed = root.join("data/map/south-caucasus.json");
    let json = std::fs::read_to_string(&input).unwrap_or_else(|e| {
        panic!(
            "cannot read {} ({e}): node_modules/world-atlas is missing; run `npm ci` at the repository root first",
            input.display()
        )
    });
    let source = source_label(&input).unwrap();
    assert_eq!(source, "Natural Earth via world-atlas 2.0.2, countries-50m");
    let fresh = build(&json, &source).unwrap();
    let committed = std::fs::read_to_string(&committed).unwrap();
    assert!(
        fresh == committed,
        "data/map/south-caucasus.json differs from what the tool makes now; regenerate it with\n  \
         cargo run -p map-outlines -- node_modules/world-atlas/countries-50m.json data/map/south-caucasus.json"
    );
}

#[test]
fn the_map_keeps_the_countries_in_the_frame_and_no_others() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let committed = std::fs::read_to_string(root.join("data/map/south-caucasus.json")).unwrap();
    let data: serde_json::Value = serde_json::from_str(&committed).unwrap();
    let names: Vec<&str> = data["countries"].as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["Azerbaijan", "Armenia", "Georgia", "Iran", "Kazakhstan", "Russia", "Turkey"]);
    for country in data["countries"].as_array().unwrap() {
        for ring in country["rings"].as_array().unwrap() {
            for p in ring.as_array().unwrap() {
                let (lon, lat) = (p[0].as_f64().unwrap(), p[1].as_f64().unwrap());
                assert!((39.5..=51.0).contains(&lon) && (38.0..=44.0).contains(&lat), "{p} outside the frame");
            }
        }
    }
}
