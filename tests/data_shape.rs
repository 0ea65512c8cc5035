#![cfg(not(target_arch = "wasm32"))]
//! One shape: every record in every bundled data file writes exactly the
//! keys of its type, empty or not (`[]`, `null`), so a reader of the JSON
//! without the Rust loader sees a single shape. The expected key set is the
//! record re-serialised by its own type, which writes every field.

use std::collections::BTreeSet;

use karabakh::model::{Actor, Claim, DiplomacyEvent, Place, Source};
use serde::{de::DeserializeOwned, Serialize};
use serde_json::Value;

fn keys(v: &Value) -> BTreeSet<String> {
    v.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default()
}

/// Every object nested in `v`, by path, for comparing nested shapes too.
fn objects<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a Value)>) {
    match v {
        Value::Object(o) => {
            out.push((path.clone(), v));
            o.iter().for_each(|(k, c)| objects(c, format!("{path}.{k}"), out));
        }
        Value::Array(a) => a.iter().enumerate().for_each(|(i, c)| objects(c, format!("{path}[{i}]"), out)),
        _ => {}
    }
}

fn same_shape<T: DeserializeOwned + Serialize>(file: &str, items: &[Value]) -> Vec<String> {
    let mut wrong = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let record: T = serde_json::from_value(item.clone()).unwrap_or_else(|e| panic!("{file}[{i}]: {e}"));
        let again = serde_json::to_value(&record).unwrap();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        objects(item, format!("{file}[{i}]"), &mut a);
        objects(&again, format!("{file}[{i}]"), &mut b);
        for ((path, x), (_, y)) in a.iter().zip(&b) {
            if keys(x) != keys(y) {
                wrong.push(format!("{path}: has {:?}, its type writes {:?}", keys(x), keys(y)));
            }
        }
    }
    wrong
}

fn read(path: &str) -> Value {
    let full = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data").join(path);
    serde_json::from_str(&std::fs::read_to_string(full).unwrap()).unwrap()
}

fn array(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

#[test]
fn every_record_writes_every_key_of_its_type() {
    let mut wrong = Vec::new();
    wrong.extend(same_shape::<Source>("sources.json", array(&read("sources.json"))));
    wrong.extend(same_shape::<Actor>("actors.json", array(&read("actors.json"))));
    wrong.extend(same_shape::<Place>("places.json", array(&read("places.json"))));
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/records");
    let mut files: Vec<_> =
        std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().file_name().into_string().unwrap()).collect();
    files.sort();
    assert_eq!(files.len(), 5);
    for name in files {
        let v = read(&format!("records/{name}"));
        assert_eq!(keys(&v), BTreeSet::from(["claims".to_owned(), "diplomacy".to_owned()]), "{name}");
        wrong.extend(same_shape::<Claim>(&format!("{name}.claims"), array(&v["claims"])));
        wrong.extend(same_shape::<DiplomacyEvent>(&format!("{name}.diplomacy"), array(&v["diplomacy"])));
    }
    assert!(wrong.is_empty(), "{} records out of shape:\n{}", wrong.len(), wrong.join("\n"));
}

#[test]
fn a_missing_key_is_caught() {
    let mut v = read("records/000_255db6df0be02be1.json");
    v["claims"][0].as_object_mut().unwrap().remove("figures");
    let wrong = same_shape::<Claim>("x", array(&v["claims"]));
    assert_eq!(wrong.len(), 1, "{wrong:?}");
    assert!(wrong[0].starts_with("x[0]: has"), "{}", wrong[0]);
}
