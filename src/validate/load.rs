//! Turning JSON text into a [`Dataset`] without losing anything: each record
//! is read on its own, so one bad record is reported and set aside while
//! every good one is kept.

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::limits::dates_out_of_range;
use super::meta::read_meta;
use super::{validate, Problem};
use crate::model::{Dataset, META, SECTIONS};

/// A record that could not be read, kept as it was given.
#[derive(Debug, Clone, PartialEq)]
pub struct Rejected {
    pub path: String,
    pub value: Value,
}

/// The outcome of loading: what could be read, what could not, and every problem.
#[derive(Debug, Clone, Default)]
pub struct Loaded {
    pub dataset: Dataset,
    pub rejected: Vec<Rejected>,
    pub problems: Vec<Problem>,
}

impl Loaded {
    pub fn errors(&self) -> impl Iterator<Item = &Problem> {
        self.problems.iter().filter(|p| p.severity == super::Severity::Error)
    }
}

/// Reads a dataset file, `{"sources": [...], "actors": [...], ...}`, then
/// validates what it could read. Never fails: a file that is not JSON at all
/// gives an empty dataset and one problem saying where the syntax broke.
pub fn load_str(json: &str) -> Loaded {
    match serde_json::from_str::<Value>(json) {
        Ok(value) => load_value(value),
        Err(e) => {
            Loaded { problems: vec![Problem::error("$", None, format!("not valid JSON: {e}"))], ..Loaded::default() }
        }
    }
}

/// As [`load_str`], from a parsed JSON value.
pub fn load_value(value: Value) -> Loaded {
    load_value_setting_aside(value, Vec::new())
}

/// A record to set aside unread, with why: the limits found a string or a
/// number in it that cannot be read faithfully. `index` is `usize::MAX` for
/// a problem outside every record, which is only reported.
#[derive(Debug, Clone)]
pub(crate) struct SetAside {
    pub section: String,
    pub index: usize,
    pub problem: Problem,
}

/// As [`load_value`], setting the given records aside with their problems.
pub(crate) fn load_value_setting_aside(value: Value, set_aside: Vec<SetAside>) -> Loaded {
    let mut loaded = Loaded::default();
    let Value::Object(mut top) = value else {
        loaded.problems.push(Problem::error(
            "$",
            None,
            "a dataset is a JSON object with the arrays sources, actors, places, claims and diplomacy",
        ));
        return loaded;
    };
    for key in top.keys().filter(|k| !SECTIONS.contains(&k.as_str()) && k.as_str() != META) {
        loaded.problems.push(Problem::warning(
            format!("$.{key}"),
            None,
            format!("unknown section `{key}` was ignored"),
        ));
    }
    let meta = top.remove(META).and_then(|m| read_meta(m, &mut loaded.problems));
    let mut section = |name: &str| -> Vec<Value> {
        match top.remove(name) {
            Some(Value::Array(items)) => items,
            Some(_) => {
                loaded.problems.push(Problem::error(format!("$.{name}"), None, format!("`{name}` must be an array")));
                Vec::new()
            }
            None => {
                loaded.problems.push(Problem::warning(format!("$.{name}"), None, format!("no `{name}` section")));
                Vec::new()
            }
        }
    };
    let raw: Vec<(&str, Vec<Value>)> = SECTIONS.iter().map(|&name| (name, section(name))).collect();
    let mut sink = Sink { rejected: Vec::new(), problems: Vec::new(), set_aside };
    let mut it = raw.into_iter();
    let mut next = || it.next().expect("one entry per section");
    loaded.dataset = Dataset {
        meta,
        sources: sink.read(next()),
        actors: sink.read(next()),
        places: sink.read(next()),
        claims: sink.read(next()),
        diplomacy: sink.read(next()),
    };
    loaded.rejected = sink.rejected;
    loaded.problems.extend(sink.problems);
    // What the limits found outside every record (an unknown section).
    loaded.problems.extend(sink.set_aside.into_iter().filter(|s| s.index == usize::MAX).map(|s| s.problem));
    let Loaded { dataset, rejected, mut problems } = loaded;
    let mut checked = checked(dataset);
    problems.append(&mut checked.problems);
    Loaded { problems, rejected, ..checked }
}

/// A dataset whose every record was read, with what the rules find in it.
pub(crate) fn checked(dataset: Dataset) -> Loaded {
    // A year out of range first: the validator's date rules then fail too.
    let mut problems = dates_out_of_range(&dataset);
    problems.extend(validate(&dataset));
    Loaded { dataset, rejected: Vec::new(), problems }
}

/// A file with exactly the five sections, every record of which reads,
/// straight into the model; `None` for anything else (an unknown or
/// missing section, a record that does not read, a duplicate key), which
/// [`load_value`] then reads record by record to say what is wrong; a
/// `meta` with any problem, too.
pub(crate) fn read_complete(json: &str) -> Option<Dataset> {
    #[derive(serde::Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Complete {
        #[serde(default)]
        meta: Option<Value>,
        sources: Vec<crate::model::Source>,
        actors: Vec<crate::model::Actor>,
        places: Vec<crate::model::Place>,
        claims: Vec<crate::model::Claim>,
        diplomacy: Vec<crate::model::DiplomacyEvent>,
    }
    let Complete { meta, sources, actors, places, claims, diplomacy } = serde_json::from_str(json).ok()?;
    let meta = match meta {
        Some(value) => {
            let mut problems = Vec::new();
            let meta = read_meta(value, &mut problems);
            if !problems.is_empty() {
                return None;
            }
            meta
        }
        None => None,
    };
    Some(Dataset { meta, sources, actors, places, claims, diplomacy })
}

struct Sink {
    rejected: Vec<Rejected>,
    problems: Vec<Problem>,
    set_aside: Vec<SetAside>,
}

impl Sink {
    fn read<T: DeserializeOwned>(&mut self, (name, items): (&str, Vec<Value>)) -> Vec<T> {
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let id = item.get("id").and_then(Value::as_str).map(str::to_owned);
            let marked: Vec<Problem> = self
                .set_aside
                .iter()
                .filter(|s| s.section == name && s.index == i)
                .map(|s| Problem { record: id.clone().or_else(|| s.problem.record.clone()), ..s.problem.clone() })
                .collect();
            if !marked.is_empty() {
                self.problems.extend(marked.into_iter().map(|p| Problem {
                    message: format!("{}; the record was set aside and nothing else was changed", p.message),
                    ..p
                }));
                self.rejected.push(Rejected { path: format!("$.{name}[{i}]"), value: item });
                continue;
            }
            match serde_path_to_error::deserialize::<_, T>(&item) {
                Ok(record) => out.push(record),
                Err(e) => {
                    let inner = e.path().to_string();
                    let path = if inner == "." { format!("$.{name}[{i}]") } else { format!("$.{name}[{i}].{inner}") };
                    let message = format!("{}; the record was set aside and nothing else was changed", e.inner());
                    self.problems.push(Problem::error(path.clone(), id.as_deref(), message));
                    self.rejected.push(Rejected { path, value: item });
                }
            }
        }
        out
    }
}
