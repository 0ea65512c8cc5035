//! Just enough TopoJSON to read world-atlas: a topology's arcs (quantized and
//! delta-encoded when the topology has a `transform`, absolute otherwise) and
//! the Polygon / MultiPolygon geometries of one GeometryCollection, with the
//! rings stitched from arcs (arc index `~i`, i.e. `-i - 1`, is arc `i` reversed).

use serde_json::Value;

/// `[lon, lat]` in degrees.
pub type Point = [f64; 2];

/// A quantized topology's `transform`: position = quantized × scale + translate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Transform {
    pub scale: [f64; 2],
    pub translate: [f64; 2],
}

/// One geometry of the collection: its polygons, each a list of rings (the
/// first the exterior, the rest holes), each ring a list of arc indices.
#[derive(Debug, Clone, PartialEq)]
pub struct Feature {
    pub id: String,
    pub name: String,
    pub polygons: Vec<Vec<Vec<i64>>>,
}

/// The decoded arcs and the features of `objects.<object>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Topology {
    pub arcs: Vec<Vec<Point>>,
    pub features: Vec<Feature>,
}

/// Reads a topology and the geometries of `objects.<object>`. Geometries that
/// are neither Polygon nor MultiPolygon (world-atlas has none; TopoJSON allows
/// null ones) are skipped.
pub fn read(json: &str, object: &str) -> Result<Topology, String> {
    let root: Value = serde_json::from_str(json).map_err(|e| format!("not JSON: {e}"))?;
    if root["type"] != "Topology" {
        return Err("not a TopoJSON topology (\"type\" is not \"Topology\")".into());
    }
    let transform = match root.get("transform") {
        None | Some(Value::Null) => None,
        Some(t) => Some(Transform {
            scale: pair(&t["scale"], "transform.scale")?,
            translate: pair(&t["translate"], "transform.translate")?,
        }),
    };
    let raw_arcs = root["arcs"].as_array().ok_or("no \"arcs\" array")?;
    let arcs = raw_arcs
        .iter()
        .enumerate()
        .map(|(i, arc)| {
            let positions = arc.as_array().ok_or(format!("arc {i} is not an array"))?;
            let positions =
                positions.iter().map(|p| pair(p, &format!("a position of arc {i}"))).collect::<Result<Vec<_>, _>>()?;
            Ok(decode_arc(&positions, transform))
        })
        .collect::<Result<Vec<_>, String>>()?;
    let geometries = root["objects"][object]["geometries"]
        .as_array()
        .ok_or(format!("no GeometryCollection \"objects.{object}\""))?;
    let mut features = Vec::new();
    for (i, g) in geometries.iter().enumerate() {
        let polygons = match g["type"].as_str() {
            Some("Polygon") => vec![rings_of(&g["arcs"], i)?],
            Some("MultiPolygon") => g["arcs"]
                .as_array()
                .ok_or(format!("geometry {i}: \"arcs\" is not an array"))?
                .iter()
                .map(|p| rings_of(p, i))
                .collect::<Result<Vec<_>, _>>()?,
            _ => continue,
        };
        let id = match &g["id"] {
            Value::String(s) => s.clone(),
            Value::Number(n) => n.to_string(),
            _ => String::new(),
        };
        let name = g["properties"]["name"].as_str().unwrap_or_default().to_string();
        features.push(Feature { id, name, polygons });
    }
    Ok(Topology { arcs, features })
}

/// Positions of one arc in degrees. With a transform the positions are
/// quantized and each one after the first is a delta from the one before.
pub fn decode_arc(positions: &[[f64; 2]], transform: Option<Transform>) -> Vec<Point> {
    let Some(t) = transform else { return positions.to_vec() };
    let (mut x, mut y) = (0.0, 0.0);
    positions
        .iter()
        .map(|[dx, dy]| {
            x += dx;
            y += dy;
            [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]]
        })
        .collect()
}

/// A ring stitched from arc indices, open (its last point is not its first
/// again). Consecutive arcs share an end point, kept once.
pub fn stitch(arcs: &[Vec<Point>], indices: &[i64]) -> Result<Vec<Point>, String> {
    let mut ring: Vec<Point> = Vec::new();
    for &index in indices {
        let (i, reversed) = if index < 0 { (!index, true) } else { (index, false) };
        let arc = usize::try_from(i).ok().and_then(|i| arcs.get(i)).ok_or(format!("no arc {i}"))?;
        let mut points = arc.clone();
        if reversed {
            points.reverse();
        }
        if !ring.is_empty() {
            ring.pop();
        }
        ring.extend(points);
    }
    if ring.len() > 1 && ring.first() == ring.last() {
        ring.pop();
    }
    Ok(ring)
}

fn rings_of(polygon: &Value, geometry: usize) -> Result<Vec<Vec<i64>>, String> {
    let bad = || format!("geometry {geometry}: a polygon's \"arcs\" is not a list of lists of integers");
    polygon
        .as_array()
        .ok_or_else(bad)?
        .iter()
        .map(|ring| ring.as_array().ok_or_else(bad)?.iter().map(|a| a.as_i64().ok_or_else(bad)).collect())
        .collect()
}

fn pair(v: &Value, what: &str) -> Result<[f64; 2], String> {
    match v.as_array().map(Vec::as_slice) {
        Some([a, b, ..]) => match (a.as_f64(), b.as_f64()) {
            (Some(a), Some(b)) => Ok([a, b]),
            _ => Err(format!("{what} is not a pair of numbers")),
        },
        _ => Err(format!("{what} is not a pair of numbers")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantized_arcs_are_delta_decoded_then_scaled_and_translated() {
        let t = Transform { scale: [0.5, 0.25], translate: [10.0, -20.0] };
        // Absolute quantized positions (4, 8), (6, 4), (6, 12).
        let arc = decode_arc(&[[4.0, 8.0], [2.0, -4.0], [0.0, 8.0]], Some(t));
        assert_eq!(arc, vec![[12.0, -18.0], [13.0, -19.0], [13.0, -17.0]]);
        // Without a transform, positions are absolute already.
        assert_eq!(decode_arc(&[[4.0, 8.0], [2.0, -4.0]], None), vec![[4.0, 8.0], [2.0, -4.0]]);
    }

    #[test]
    fn rings_join_arcs_and_a_negative_index_is_the_arc_reversed() {
        let arcs = vec![vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]], vec![[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]]];
        assert_eq!(stitch(&arcs, &[0, 1]).unwrap(), vec![[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]]);
        // ~1 == -2: arc 1 backwards, then ~0 == -1: arc 0 backwards.
        assert_eq!(stitch(&arcs, &[-2, -1]).unwrap(), vec![[0.0, 0.0], [0.0, 1.0], [1.0, 1.0], [1.0, 0.0]]);
        assert!(stitch(&arcs, &[2]).is_err());
    }

    #[test]
    fn reads_polygons_and_multipolygons_with_their_ids_and_names() {
        let json = r#"{"type":"Topology","transform":{"scale":[1,1],"translate":[0,0]},
            "arcs":[[[0,0],[2,0],[0,2],[-2,0],[0,-2]],[[5,5],[1,0],[0,1],[-1,-1]]],
            "objects":{"countries":{"type":"GeometryCollection","geometries":[
              {"type":"Polygon","arcs":[[0]],"id":"051","properties":{"name":"A"}},
              {"type":"MultiPolygon","arcs":[[[0]],[[-2]]],"id":"031","properties":{"name":"B"}},
              {"type":null,"id":"999"}]}}}"#;
        let t = read(json, "countries").unwrap();
        assert_eq!(t.arcs[0], vec![[0.0, 0.0], [2.0, 0.0], [2.0, 2.0], [0.0, 2.0], [0.0, 0.0]]);
        assert_eq!(t.arcs[1], vec![[5.0, 5.0], [6.0, 5.0], [6.0, 6.0], [5.0, 5.0]]);
        assert_eq!(t.features.len(), 2);
        assert_eq!((t.features[0].id.as_str(), t.features[0].name.as_str()), ("051", "A"));
        assert_eq!(t.features[0].polygons, vec![vec![vec![0]]]);
        assert_eq!(t.features[1].polygons, vec![vec![vec![0]], vec![vec![-2]]]);
        assert_eq!(stitch(&t.arcs, &[-2]).unwrap(), vec![[5.0, 5.0], [6.0, 6.0], [6.0, 5.0]]);
        assert!(read("{}", "countries").is_err());
    }
}
