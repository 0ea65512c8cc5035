//! Reading a dataset's optional `meta` object: every problem with its JSON
//! path (`$.meta.sides.armenia`), and nothing else in the file affected.

use std::collections::BTreeMap;
use std::str::FromStr;

use serde_json::{Map, Value};

use super::Problem;
use crate::model::{Camp, Meta, Side, META_FIELDS};

/// The longest title or name that still fits a header.
pub const MAX_NAME_CHARS: usize = 200;

/// The `meta` value as read, or `None` when it is not an object; each
/// problem is added to `problems`. A field with a problem is left out, so
/// its neutral default is shown instead.
pub(crate) fn read_meta(value: Value, problems: &mut Vec<Problem>) -> Option<Meta> {
    let Value::Object(fields) = value else {
        problems.push(Problem::error(
            "$.meta",
            None,
            format!("`meta` must be an object with title, description, sides and camps, not {}", kind(&value)),
        ));
        return None;
    };
    for key in fields.keys().filter(|k| !META_FIELDS.contains(&k.as_str())) {
        problems.push(Problem::warning(
            format!("$.meta.{key}"),
            None,
            format!("unknown field `{key}` was ignored (meta holds {})", META_FIELDS.join(", ")),
        ));
    }
    let mut text = |key: &str, max: Option<usize>| -> Option<String> {
        text_at(&format!("$.meta.{key}"), fields.get(key)?, max, problems)
    };
    let title = text("title", Some(MAX_NAME_CHARS));
    let description = text("description", None);
    let sides = names_at("sides", &fields, Side::ALL, problems);
    let camps = names_at("camps", &fields, Camp::ALL, problems);
    Some(Meta { title, description, sides, camps })
}

/// A non-blank string at `path`, or a problem saying why not.
fn text_at(path: &str, value: &Value, max: Option<usize>, problems: &mut Vec<Problem>) -> Option<String> {
    match value {
        Value::String(s) if s.trim().is_empty() => {
            problems.push(Problem::error(path, None, "must not be empty; leave it out to use the default"));
            None
        }
        Value::String(s) if max.is_some_and(|m| s.chars().count() > m) => {
            let m = max.unwrap_or_default();
            problems.push(Problem::error(path, None, format!("is longer than {m} characters")));
            None
        }
        Value::String(s) => Some(s.clone()),
        other => {
            problems.push(Problem::error(path, None, format!("must be a string, not {}", kind(other))));
            None
        }
    }
}

/// `meta.<key>`: an object from codes of `all` to names.
fn names_at<T: FromStr + Ord + Copy + AsCode>(
    key: &str,
    fields: &Map<String, Value>,
    all: &[T],
    problems: &mut Vec<Problem>,
) -> BTreeMap<T, String> {
    let mut out = BTreeMap::new();
    let Some(value) = fields.get(key) else { return out };
    let Value::Object(names) = value else {
        problems.push(Problem::error(
            format!("$.meta.{key}"),
            None,
            format!("`{key}` must be an object from codes to names, not {}", kind(value)),
        ));
        return out;
    };
    for (code, name) in names {
        let path = format!("$.meta.{key}.{code}");
        match code.parse::<T>() {
            Ok(k) => {
                if let Some(n) = text_at(&path, name, Some(MAX_NAME_CHARS), problems) {
                    out.insert(k, n);
                }
            }
            Err(_) => {
                let codes: Vec<&str> = all.iter().map(|c| c.code()).collect();
                problems.push(Problem::error(path, None, format!("unknown code `{code}`: use {}", codes.join(", "))));
            }
        }
    }
    out
}

/// The JSON spelling of a closed vocabulary's value.
trait AsCode {
    fn code(self) -> &'static str;
}

impl AsCode for Side {
    fn code(self) -> &'static str {
        self.as_str()
    }
}

impl AsCode for Camp {
    fn code(self) -> &'static str {
        self.as_str()
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
