//! The map's pure geometry (`karabakh::map`): the bundled outlines, the
//! projection, marks, labels placed without overlap, regions and far-away
//! places. Expected numbers are worked out by hand in the comments.

use karabakh::map::{
    bundled_outlines, CountryOutline, Frame, LabelBox, LabelSide, MapGeometry, MapSize, MarkInput, Outlines,
    PlacedMark, Projection, TextAnchor, OUTLINES_JSON,
};

const BUNDLED: Frame = Frame { west: 39.5, south: 38.0, east: 51.0, north: 44.0 };

/// Middle latitude 0, so cos = 1: at width 100, 10 units per degree both ways
/// and a height of 100; (lon, lat) → (10·lon, 10·(5 − lat)).
const SQUARE: Frame = Frame { west: 0.0, south: -5.0, east: 10.0, north: 5.0 };

/// 6 units per character, labels 10 high, 2 from the dot; r = max(4, 3·√count).
const SIZE: MapSize =
    MapSize { width: 100.0, char_width: 6.0, label_height: 10.0, gap: 2.0, min_radius: 4.0, radius_per_sqrt: 3.0 };

fn outlines(frame: Frame, countries: Vec<CountryOutline>) -> Outlines {
    Outlines {
        source: "test".into(),
        licence: "public domain".into(),
        generator: "hand".into(),
        frame,
        tolerance_deg: 0.01,
        decimals: 3,
        countries,
    }
}

fn mark(id: &str, name: &str, lon: f64, lat: f64, count: usize) -> MarkInput {
    MarkInput { id: id.into(), name: name.into(), lon, lat, count, is_region: false }
}

fn region(id: &str, name: &str, lon: f64, lat: f64, count: usize) -> MarkInput {
    MarkInput { is_region: true, ..mark(id, name, lon, lat, count) }
}

fn label(x: f64, y: f64, width: f64, side: LabelSide) -> Option<LabelBox> {
    Some(LabelBox { x, y, width, height: 10.0, side })
}

fn placed<'a>(g: &'a MapGeometry, id: &str) -> &'a PlacedMark {
    g.marks.iter().find(|m| m.id == id).unwrap_or_else(|| panic!("{id} is not among the marks"))
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() < 1e-9
}

fn assert_projects(p: &Projection, (lon, lat): (f64, f64), (x, y): (f64, f64)) {
    let got = p.project(lon, lat);
    assert!(close(got.0, x) && close(got.1, y), "({lon}, {lat}) projects to {got:?}, not ({x}, {y})");
}

#[test]
fn the_bundled_outlines_are_natural_earths_countries_of_the_south_caucasus() {
    let o = bundled_outlines();
    assert_eq!(o.source, "Natural Earth via world-atlas 2.0.2, countries-50m");
    assert_eq!(o.licence, "public domain");
    assert_eq!(o.frame, BUNDLED);
    let names: Vec<&str> = o.countries.iter().map(|c| c.name.as_str()).collect();
    for name in ["Armenia", "Azerbaijan", "Georgia", "Iran", "Russia", "Turkey"] {
        assert!(names.contains(&name), "{name} is missing from {names:?}");
    }
    let armenia = o.countries.iter().find(|c| c.id == "051").unwrap();
    assert_eq!(armenia.name, "Armenia");
    let p = Projection::new(o.frame, 800.0);
    for c in &o.countries {
        for ring in &c.rings {
            assert!(ring.len() >= 3, "{}: a ring of {} points", c.name, ring.len());
            assert!(ring.iter().all(|&[lon, lat]| p.contains(lon, lat)), "{}: a point outside the frame", c.name);
        }
    }
    // The budget is 25 KB gzip for the outlines; the raw file stays under 15 KB.
    assert!(OUTLINES_JSON.len() < 15_000, "the outlines file has grown to {} bytes", OUTLINES_JSON.len());
}

#[test]
fn projection_of_a_frame_at_sixty_degrees_halves_longitude() {
    // Middle latitude 60°, cos = 0.5: at width 100 a degree of longitude is
    // 100 / 10 = 10 units, so a degree of latitude is 20 and the height 20 × 20 = 400.
    let p = Projection::new(Frame { west: 0.0, south: 50.0, east: 10.0, north: 70.0 }, 100.0);
    assert!(close(p.height(), 400.0), "{}", p.height());
    assert_projects(&p, (0.0, 70.0), (0.0, 0.0));
    assert_projects(&p, (5.0, 60.0), (50.0, 200.0));
    assert_projects(&p, (10.0, 50.0), (100.0, 400.0));
}

#[test]
fn projection_of_the_bundled_frame_places_stepanakert_and_ganja() {
    let p = Projection::new(BUNDLED, 800.0);
    // height = 6° × 800 / (11.5° × cos 41°) = 4800 / 8.679161 = 553.0489
    assert!(close(p.height(), 553.0489015716778), "{}", p.height());
    // Stepanakert (46.75, 39.82): x = 800 × 7.25 / 11.5 = 504.3478 (the cosine
    // cancels), y = 553.0489 × (44 − 39.82) / 6 = 385.2907.
    assert_projects(&p, (46.75, 39.82), (504.3478260869565, 385.29073476160215));
    // Ganja (46.36, 40.68): x = 800 × 6.86 / 11.5 = 477.2174, y = 553.0489 × 3.32 / 6 = 306.0204.
    assert_projects(&p, (46.36, 40.68), (477.21739130434776, 306.020392202995));
    assert_projects(&p, (51.0, 38.0), (800.0, p.height()));
    // The frame's edges are in it; Geneva, Moscow and Washington are not.
    assert!(p.contains(39.5, 44.0) && p.contains(51.0, 38.0) && p.contains(46.75, 39.82));
    assert!(!p.contains(6.14, 46.2) && !p.contains(37.62, 55.76) && !p.contains(-77.04, 38.91));
    assert!(!p.contains(51.01, 40.0) && !p.contains(45.0, 37.99) && !p.contains(f64::NAN, 40.0));
}

#[test]
fn country_rings_are_projected_point_by_point() {
    let o = outlines(
        SQUARE,
        vec![CountryOutline {
            id: "001".into(),
            name: "Square".into(),
            rings: vec![vec![[1.0, 1.0], [2.0, 1.0], [2.0, 2.0]], vec![[0.0, 5.0], [10.0, -5.0], [0.0, -5.0]]],
        }],
    );
    let g = MapGeometry::new(&o, &[], &SIZE);
    assert_eq!(g.countries.len(), 1);
    assert_eq!((g.countries[0].id.as_str(), g.countries[0].name.as_str()), ("001", "Square"));
    assert_eq!(
        g.countries[0].rings,
        vec![vec![(10.0, 40.0), (20.0, 40.0), (20.0, 30.0)], vec![(0.0, 0.0), (100.0, 100.0), (0.0, 100.0)]]
    );
}

#[test]
fn places_outside_the_frame_are_listed_as_far_away_not_dropped() {
    let marks = [
        mark("geneva", "Geneva", 6.14, 46.2, 5),
        mark("ganja", "Ganja", 46.36, 40.68, 3),
        mark("moscow", "Moscow", 37.62, 55.76, 2),
        mark("washington", "Washington", -77.04, 38.91, 1),
        mark("edge", "Edge", 51.0, 44.0, 0),
    ];
    let g = MapGeometry::new(&outlines(BUNDLED, vec![]), &marks, &MapSize::new(800.0));
    let far: Vec<&str> = g.far_away.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(far, ["geneva", "moscow", "washington"]);
    assert_eq!(g.far_away[0], marks[0]);
    let near: Vec<&str> = g.marks.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(near, ["ganja", "edge"]);
}

#[test]
fn dots_grow_with_the_square_root_of_the_count_from_a_minimum() {
    // r = max(4, 3·√count): 0 → 4 (still placed), 1 → 4, 4 → 6, 9 → 9.
    let marks = [
        mark("a", "A", 1.0, 1.0, 0),
        mark("b", "B", 3.0, 1.0, 1),
        mark("c", "C", 5.0, 1.0, 4),
        mark("d", "D", 7.0, 1.0, 9),
    ];
    let g = MapGeometry::new(&outlines(SQUARE, vec![]), &marks, &SIZE);
    let radii: Vec<(&str, f64)> = g.marks.iter().map(|m| (m.id.as_str(), m.r)).collect();
    assert_eq!(radii, [("d", 9.0), ("c", 6.0), ("b", 4.0), ("a", 4.0)]);
    assert_eq!((placed(&g, "a").x, placed(&g, "a").y), (10.0, 40.0));
}

#[test]
fn a_label_that_would_cover_another_dot_moves_above_its_own() {
    // Alpha (3, 0) → (30, 50), count 4, r 6; its 30-wide label on the right,
    // [38, 68] × [45, 55], would cover Beta's dot at (60, 50). On the left it
    // would start at 30 − 8 − 30 = −8, off the map. Above: [15, 45] × [32, 42].
    // Beta (6, 0) → (60, 50), r 4: right of its dot, [66, 90] × [45, 55].
    let marks = [mark("beta", "Beta", 6.0, 0.0, 1), mark("alpha", "Alpha", 3.0, 0.0, 4)];
    let g = MapGeometry::new(&outlines(SQUARE, vec![]), &marks, &SIZE);
    assert_eq!(placed(&g, "alpha").label, label(15.0, 32.0, 30.0, LabelSide::Above));
    assert_eq!(placed(&g, "beta").label, label(66.0, 45.0, 24.0, LabelSide::Right));
    assert_eq!(g.unplaced().count(), 0);
}

#[test]
fn labels_are_placed_by_descending_count_and_never_overlap() {
    // Alpha (2, 0) → (20, 50), count 4, r 6, goes first although listed last:
    // right, [28, 58] × [45, 55]. Beta (8, −0.75) → (80, 57.5), r 4, count 1:
    // right would end at 86 + 24 = 110 > 100; left, [50, 74] × [52.5, 62.5],
    // would overlap Alpha's label; above, [68, 92] × [41.5, 51.5], is free.
    // Far (0 records, 26 characters = 156 wide) fits nowhere on a 100-wide map:
    // unplaced, but its dot is there.
    let marks = [
        mark("far", "Somewhere with a long name", 5.0, 4.0, 0),
        mark("beta", "Beta", 8.0, -0.75, 1),
        mark("alpha", "Alpha", 2.0, 0.0, 4),
    ];
    let g = MapGeometry::new(&outlines(SQUARE, vec![]), &marks, &SIZE);
    let order: Vec<&str> = g.marks.iter().map(|m| m.id.as_str()).collect();
    assert_eq!(order, ["alpha", "beta", "far"]);
    assert_eq!(placed(&g, "alpha").label, label(28.0, 45.0, 30.0, LabelSide::Right));
    assert_eq!(placed(&g, "beta").label, label(68.0, 41.5, 24.0, LabelSide::Above));
    let unplaced: Vec<&str> = g.unplaced().map(|m| m.id.as_str()).collect();
    assert_eq!(unplaced, ["far"]);
    assert_eq!((placed(&g, "far").x, placed(&g, "far").y, placed(&g, "far").r), (50.0, 10.0, 4.0));
}

#[test]
fn a_region_gets_a_label_on_its_point_and_no_dot() {
    // The region (5, 3) → (50, 20), count 10: r 0, its 36-wide label centred
    // on the point, [32, 68] × [15, 25] (7 from the town's dot, which is
    // wider than its radius). Town (2.5, 3) → (25, 20), r 4: right,
    // [31, 49] × [15, 25], would overlap the region's label; left, [1, 19] × [15, 25].
    let marks = [mark("town", "Eps", 2.5, 3.0, 1), region("nk", "Region", 5.0, 3.0, 10)];
    let g = MapGeometry::new(&outlines(SQUARE, vec![]), &marks, &SIZE);
    let nk = placed(&g, "nk");
    assert!(nk.is_region);
    assert_eq!((nk.x, nk.y, nk.r), (50.0, 20.0, 0.0));
    assert_eq!(nk.label, label(32.0, 15.0, 36.0, LabelSide::Centre));
    assert_eq!(nk.label.unwrap().anchor(), TextAnchor::Middle);
    assert_eq!((nk.label.unwrap().text_x(), nk.label.unwrap().text_y()), (50.0, 20.0));
    let town = placed(&g, "town");
    assert_eq!(town.label, label(1.0, 15.0, 18.0, LabelSide::Left));
    assert_eq!((town.label.unwrap().anchor(), town.label.unwrap().text_x()), (TextAnchor::End, 19.0));
}

#[test]
fn on_the_bundled_map_no_label_overlaps_a_label_or_a_dot_or_leaves_the_map() {
    // Every place of the dataset, counted 0..n so that the order is fixed.
    let places: serde_json::Value = serde_json::from_str(include_str!("../data/places.json")).unwrap();
    let marks: Vec<MarkInput> = places
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .map(|(i, p)| MarkInput {
            id: p["id"].as_str().unwrap().into(),
            name: p["name"].as_str().unwrap().into(),
            lon: p["coordinates"]["lon"].as_f64().unwrap(),
            lat: p["coordinates"]["lat"].as_f64().unwrap(),
            count: i,
            is_region: p["kind"] != "city" && p["kind"] != "town",
        })
        .collect();
    let g = MapGeometry::new(&bundled_outlines(), &marks, &MapSize::new(800.0));
    assert_eq!(g.marks.len() + g.far_away.len(), marks.len());
    assert!(g.far_away.iter().any(|m| m.id == "geneva"));
    let labels: Vec<LabelBox> = g.marks.iter().filter_map(|m| m.label).collect();
    assert!(labels.len() >= 5, "only {} labels placed", labels.len());
    for (i, a) in labels.iter().enumerate() {
        assert!(a.x >= 0.0 && a.y >= 0.0 && a.x + a.width <= 800.0 && a.y + a.height <= g.projection.height());
        for b in &labels[i + 1..] {
            let apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
            assert!(apart, "{a:?} overlaps {b:?}");
        }
        for m in &g.marks {
            let dx = (a.x - m.x).max(m.x - a.x - a.width).max(0.0);
            let dy = (a.y - m.y).max(m.y - a.y - a.height).max(0.0);
            assert!(dx * dx + dy * dy >= m.r * m.r, "{a:?} covers the dot of {}", m.id);
        }
    }
}

#[test]
fn the_detail_frame_wraps_the_towns_with_counts_and_stays_in_the_frame() {
    use karabakh::map::{detail_frame, Frame, MarkInput};
    let frame = Frame { west: 39.5, south: 38.0, east: 51.0, north: 44.0 };
    let m = |id: &str, lon: f64, lat: f64, count: usize, is_region: bool| MarkInput {
        id: id.into(),
        name: id.into(),
        lon,
        lat,
        count,
        is_region,
    };
    let marks = [
        m("ganja", 46.36, 40.68, 3, false),
        m("fizuli", 47.14, 39.6, 1, false),
        m("quiet", 44.0, 41.0, 0, false),
        m("region", 42.0, 39.0, 5, true),
        m("geneva", 6.14, 46.2, 4, false),
    ];
    // Ganja and Fizuli only, padded by 0.25 degrees.
    let f = detail_frame(&marks, frame, 0.25).unwrap();
    let round = |v: f64| (v * 100.0).round() / 100.0;
    assert_eq!((round(f.west), round(f.south), round(f.east), round(f.north)), (46.11, 39.35, 47.39, 40.93));
    let edge = [m("edge", 50.9, 43.9, 1, false)];
    let f = detail_frame(&edge, frame, 0.25).unwrap();
    assert_eq!((f.east, f.north), (51.0, 44.0), "kept inside the frame");
    assert_eq!(detail_frame(&marks[2..4], frame, 0.25), None, "no town with a count");
}
