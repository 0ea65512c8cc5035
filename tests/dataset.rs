#![cfg(not(target_arch = "wasm32"))]
//! The bundled dataset: it validates with exactly the code that checks a
//! user's file (as the build does), the compact form the app embeds equals
//! it, and a few of its promises are re-checked here by simpler means.

use std::collections::HashMap;

use chrono::NaiveDate;
use karabakh::bundled::{bundled_value, load_bundled, load_validated, TEXTS};
use karabakh::dates::resolve;
use karabakh::model::{DateRef, Rule};
use serde_json::Value;

fn report(problems: &[karabakh::validate::Problem]) -> String {
    problems.iter().map(|p| format!("  {p}")).collect::<Vec<_>>().join("\n")
}

#[test]
fn bundled_dataset_loads_and_validates_without_a_single_problem() {
    let loaded = load_validated();
    assert!(loaded.rejected.is_empty(), "records set aside: {:#?}", loaded.rejected);
    assert!(loaded.problems.is_empty(), "{} problems:\n{}", loaded.problems.len(), report(&loaded.problems));
}

/// The app embeds a compact form (quotes without their text, no empty
/// members) that it parses without validating: it must be exactly the data
/// the validator passed.
#[test]
fn the_compact_dataset_the_app_embeds_equals_the_validated_files() {
    let validated = load_validated().dataset;
    let embedded = load_bundled().dataset;
    assert_eq!(embedded.claims.len(), validated.claims.len());
    for (e, v) in embedded.claims.iter().zip(&validated.claims) {
        assert_eq!(e, v, "claim {}", v.id);
    }
    assert!(embedded == validated, "the embedded dataset differs from the validated files");
    assert_eq!(
        embedded.claims[0].quote.text,
        "Azerbaijan and Armenians fought with artillery and heavy guns on Thursday"
    );
}

#[test]
fn bundled_dataset_is_substantial() {
    let ds = load_bundled().dataset;
    assert_eq!(ds.sources.len(), 5);
    assert!(
        ds.claims.len() + ds.diplomacy.len() >= 100,
        "only {} claims and {} events",
        ds.claims.len(),
        ds.diplomacy.len()
    );
    assert!(ds.actors.len() >= 40 && ds.places.len() >= 15);
}

/// Every object in the data that looks like a quote, wherever it is nested.
fn quotes<'a>(v: &'a Value, path: String, out: &mut Vec<(String, &'a serde_json::Map<String, Value>)>) {
    match v {
        Value::Object(o) => {
            if ["source", "start", "end", "text"].iter().all(|k| o.contains_key(*k)) {
                out.push((path.clone(), o));
            }
            for (k, child) in o {
                if k != "text" || !o.contains_key("file") {
                    quotes(child, format!("{path}.{k}"), out);
                }
            }
        }
        Value::Array(items) => items.iter().enumerate().for_each(|(i, c)| quotes(c, format!("{path}[{i}]"), out)),
        _ => {}
    }
}

#[test]
fn every_quote_is_the_exact_text_at_its_character_offsets() {
    let (value, problems) = bundled_value();
    assert!(problems.is_empty(), "{}", report(&problems));
    let text_of: HashMap<&str, &str> = value["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let file = s["file"].as_str().unwrap();
            let text = TEXTS.iter().find(|(n, _)| *n == file).expect("every source file is bundled").1;
            (s["id"].as_str().unwrap(), text)
        })
        .collect();
    let mut found = Vec::new();
    quotes(&value, "$".into(), &mut found);
    assert!(found.len() > 150, "only {} quotes found", found.len());
    for (path, q) in found {
        let text = text_of[q["source"].as_str().unwrap()];
        let (start, end) = (q["start"].as_u64().unwrap() as usize, q["end"].as_u64().unwrap() as usize);
        let at: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(at, q["text"].as_str().unwrap(), "quote at {path}");
    }
}

/// The five articles as published, kept beside the project (`../shared/seeds`).
fn corpus_dir() -> std::path::PathBuf {
    let seeds = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    assert!(
        seeds.is_dir(),
        "\n\n{} is missing: it holds the five source articles that data/sources/*.txt must equal byte for byte.\n\
         Put the corpus there (CI has it) and run the tests again.\n\n",
        seeds.display()
    );
    seeds
}

#[test]
fn sources_are_byte_identical_to_the_corpus() {
    let seeds = corpus_dir();
    let sources = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/sources");
    let mut ours: Vec<String> = std::fs::read_dir(&sources)
        .expect("data/sources")
        .map(|e| e.expect("a directory entry").file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt"))
        .collect();
    ours.sort();
    assert_eq!(ours.len(), 5, "data/sources holds {ours:?}, not the five articles");
    for name in &ours {
        let bytes = std::fs::read(sources.join(name)).unwrap();
        let corpus = std::fs::read(seeds.join(name)).unwrap_or_else(|e| panic!("{name} is not in the corpus: {e}"));
        assert!(bytes == corpus, "data/sources/{name} differs from the corpus {}", seeds.join(name).display());
        let bundled = TEXTS.iter().find(|(n, _)| n == name).map(|(_, t)| t.as_bytes());
        assert!(bundled == Some(corpus.as_slice()), "the app does not bundle data/sources/{name} as it is on disk");
    }
    assert_eq!(TEXTS.len(), ours.len(), "the app bundles other texts than data/sources holds");
}

fn dates(ds: &karabakh::model::Dataset) -> Vec<(&str, &str, &DateRef)> {
    ds.claims
        .iter()
        .flat_map(|c| {
            [
                (c.id.as_str(), c.quote.source.as_str(), &c.asserted),
                (c.id.as_str(), c.quote.source.as_str(), &c.occurred),
            ]
        })
        .chain(ds.diplomacy.iter().map(|e| (e.id.as_str(), e.quote.source.as_str(), &e.date)))
        .chain(
            ds.diplomacy.iter().filter_map(|e| Some((e.id.as_str(), e.quote.source.as_str(), e.announced.as_ref()?))),
        )
        .collect()
}

#[test]
fn relative_dates_resolve_as_recorded() {
    let ds = load_bundled().dataset;
    let published: HashMap<&str, NaiveDate> = ds.sources.iter().map(|s| (s.id.as_str(), s.published.date)).collect();
    let mut checked = 0;
    for (id, source, d) in dates(&ds) {
        if d.rule == Rule::Inferred {
            assert!(d.note.is_some(), "{id}: inferred date without a note");
            continue;
        }
        let anchor = d.anchor.unwrap_or(published[source]);
        assert_eq!(resolve(d.rule, d.raw.as_deref(), anchor), d.date, "{id}: {:?} from {anchor}", d.raw);
        checked += 1;
    }
    assert!(checked > 100, "only {checked} dates checked by rule");
    let weekday_rules =
        dates(&ds).iter().filter(|(_, _, d)| matches!(d.rule, Rule::WeekdayAfter | Rule::WeekdayOnOrBefore)).count();
    assert!(weekday_rules >= 10, "only {weekday_rules} weekday phrases");
}

#[test]
fn no_assertion_is_later_than_its_article_and_sides_agree() {
    let ds = load_bundled().dataset;
    let actors: HashMap<&str, _> = ds.actors.iter().map(|a| (a.id.as_str(), a)).collect();
    for c in &ds.claims {
        let source = ds.sources.iter().find(|s| s.id == c.quote.source).unwrap();
        assert!(
            c.asserted.earliest().is_none_or(|d| d <= source.published.date),
            "{} asserted after publication",
            c.id
        );
        assert_eq!(actors[c.claimant.as_str()].side, c.side, "{}", c.id);
    }
}
