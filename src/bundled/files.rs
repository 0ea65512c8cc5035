//! The files of `data/` as they are on disk: `data/*.json`, the per-article
//! record files and the article texts, assembled into one dataset value and
//! validated by exactly the code that checks a user's file. The build script
//! runs this (and fails on any problem) before it writes the compact form the
//! app embeds; the tests compare the two. The app itself never runs it.

use serde_json::{Map, Value};

use crate::validate::{load_value, Loaded, Problem};

const SOURCES: &str = include_str!("../../data/sources.json");
const ACTORS: &str = include_str!("../../data/actors.json");
const PLACES: &str = include_str!("../../data/places.json");
const META: &str = include_str!("../../data/meta.json");

/// `data/records/<article>.json`, one per article.
const RECORDS: [(&str, &str); 5] = [
    ("000_255db6df0be02be1.json", include_str!("../../data/records/000_255db6df0be02be1.json")),
    ("001_53534bfd89dc4677.json", include_str!("../../data/records/001_53534bfd89dc4677.json")),
    ("002_9896399a5507b1f7.json", include_str!("../../data/records/002_9896399a5507b1f7.json")),
    ("003_be02ae75645424f4.json", include_str!("../../data/records/003_be02ae75645424f4.json")),
    ("004_01c8100fe5c789c1.json", include_str!("../../data/records/004_01c8100fe5c789c1.json")),
];

/// `data/sources/<article>.txt`, byte-identical to the corpus.
pub const TEXTS: [(&str, &str); 5] = [
    ("000_255db6df0be02be1.txt", include_str!("../../data/sources/000_255db6df0be02be1.txt")),
    ("001_53534bfd89dc4677.txt", include_str!("../../data/sources/001_53534bfd89dc4677.txt")),
    ("002_9896399a5507b1f7.txt", include_str!("../../data/sources/002_9896399a5507b1f7.txt")),
    ("003_be02ae75645424f4.txt", include_str!("../../data/sources/003_be02ae75645424f4.txt")),
    ("004_01c8100fe5c789c1.txt", include_str!("../../data/sources/004_01c8100fe5c789c1.txt")),
];

/// The bundled files as one dataset value, `{"sources": [...], ...}`, with
/// each source's text filled in from its file. Problems in the files
/// themselves (which the tests rule out) are returned beside it.
pub fn bundled_value() -> (Value, Vec<Problem>) {
    let mut problems = Vec::new();
    let mut array = |file: &str, json: &str, key: Option<&str>| -> Vec<Value> {
        let parsed: Result<Value, _> = serde_json::from_str(json);
        let found = match (parsed, key) {
            (Ok(Value::Array(items)), None) => Some(items),
            (Ok(Value::Object(mut o)), Some(k)) => match o.remove(k) {
                Some(Value::Array(items)) => Some(items),
                None => Some(Vec::new()),
                Some(_) => None,
            },
            (Err(e), _) => {
                problems.push(Problem::error(file, None, format!("not valid JSON: {e}")));
                return Vec::new();
            }
            _ => None,
        };
        found.unwrap_or_else(|| {
            problems.push(Problem::error(file.to_owned(), None, "unexpected shape for this file"));
            Vec::new()
        })
    };
    let mut sources = array("data/sources.json", SOURCES, None);
    for source in &mut sources {
        let file = source.get("file").and_then(Value::as_str).map(str::to_owned);
        if let (Some(file), Value::Object(fields)) = (file, source) {
            if let Some((_, text)) = TEXTS.iter().find(|(name, _)| *name == file) {
                fields.insert("text".into(), Value::String((*text).to_owned()));
            }
        }
    }
    let mut top = Map::new();
    top.insert("meta".into(), serde_json::from_str(META).unwrap_or(Value::Null));
    top.insert("sources".into(), Value::Array(sources));
    top.insert("actors".into(), Value::Array(array("data/actors.json", ACTORS, None)));
    top.insert("places".into(), Value::Array(array("data/places.json", PLACES, None)));
    let (mut claims, mut diplomacy) = (Vec::new(), Vec::new());
    for (name, json) in RECORDS {
        let file = format!("data/records/{name}");
        claims.extend(array(&file, json, Some("claims")));
        diplomacy.extend(array(&file, json, Some("diplomacy")));
    }
    top.insert("claims".into(), Value::Array(claims));
    top.insert("diplomacy".into(), Value::Array(diplomacy));
    (Value::Object(top), problems)
}

/// The bundled dataset, read and validated by the same code as a user's file.
pub fn load_validated() -> Loaded {
    let (value, mut problems) = bundled_value();
    let mut loaded = load_value(value);
    problems.append(&mut loaded.problems);
    loaded.problems = problems;
    loaded
}
