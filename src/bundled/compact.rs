//! The compact form of the bundled dataset that the app embeds: minified
//! JSON in the dataset's own schema, parsed straight into the typed model
//! (no `Value` tree, no validator), with what it can leave out left out.
//!
//! - A quote's `text` is written empty: its offsets already locate it in
//!   its article, and [`read`] cuts it from there.
//! - Members that are `null` or `[]` are dropped: every such field of the
//!   model reads a missing member as `None` or empty.
//!
//! [`write`] runs in the build script on the validated data; a test checks
//! that [`read`] gives back exactly that dataset.

use std::collections::HashMap;

use serde_json::Value;

use crate::model::{Dataset, Quote};

/// The compact JSON of a dataset that has been validated.
pub fn write(dataset: &Dataset) -> String {
    let mut blank = dataset.clone();
    for_each_quote(&mut blank, &mut |q| q.text.clear());
    let mut value = serde_json::to_value(&blank).expect("a dataset always serialises");
    drop_empty(&mut value);
    serde_json::to_string(&value).expect("a JSON value always serialises")
}

/// The dataset from its compact JSON, every quote's text cut from its article.
///
/// # Panics
/// If `json` is not the output of [`write`]: the build made it, so that is
/// a defect of the build, not bad input.
pub fn read(json: &str) -> Dataset {
    let mut dataset: Dataset = serde_json::from_str(json).expect("the build wrote the compact dataset");
    // Each article (copied: the quotes are filled in place) with its
    // character offsets as byte offsets, plus its end.
    let articles: HashMap<String, (String, Vec<usize>)> = dataset
        .sources
        .iter()
        .filter_map(|s| {
            let text = s.text.clone()?;
            let at = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
            Some((s.id.clone(), (text, at)))
        })
        .collect();
    for_each_quote(&mut dataset, &mut |q| {
        if let Some((text, at)) = articles.get(&q.source) {
            if let (Some(&a), Some(&b)) = (at.get(q.start), at.get(q.end)) {
                q.text = text.get(a..b).unwrap_or_default().to_owned();
            }
        }
    });
    dataset
}

/// Calls `f` on every quote of the dataset, wherever the schema puts one.
pub fn for_each_quote(ds: &mut Dataset, f: &mut dyn FnMut(&mut Quote)) {
    for s in &mut ds.sources {
        if let Some(q) = &mut s.published.quote {
            f(q);
        }
        s.unrecorded.iter_mut().for_each(|u| f(&mut u.quote));
    }
    ds.actors.iter_mut().for_each(|a| f(&mut a.quote));
    ds.places.iter_mut().for_each(|p| f(&mut p.quote));
    for c in &mut ds.claims {
        f(&mut c.quote);
        c.verification.iter_mut().for_each(|v| f(&mut v.quote));
    }
    for e in &mut ds.diplomacy {
        f(&mut e.quote);
        e.verification.iter_mut().for_each(|v| f(&mut v.quote));
    }
}

/// Drops every object member that is `null` or `[]`, at any depth.
fn drop_empty(value: &mut Value) {
    match value {
        Value::Object(members) => {
            members.retain(|_, v| !(v.is_null() || v.as_array().is_some_and(Vec::is_empty)));
            members.values_mut().for_each(drop_empty);
        }
        Value::Array(items) => items.iter_mut().for_each(drop_empty),
        _ => {}
    }
}
