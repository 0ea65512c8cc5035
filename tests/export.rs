#![cfg(not(target_arch = "wasm32"))]
//! Exports of what the explorer shows: the CSV reads back with the `csv`
//! crate cell for cell, formulas are made inert, and the JSON export of any
//! view of the bundled data loads again with no errors.

use karabakh::bundled::load_bundled;
use karabakh::catalog::Catalog;
use karabakh::export::{csv, json, neutralise, rfc4180, COLUMNS};
use karabakh::model::{Claim, DiplomacyEvent};
use karabakh::validate::{load_str, Severity};

fn catalog() -> Catalog {
    Catalog::new(load_bundled().dataset)
}

/// Every record of a CSV, read by the `csv` crate.
fn read_back(text: &str) -> Vec<Vec<String>> {
    let body = text.strip_prefix('\u{FEFF}').expect("a byte-order mark");
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(body.as_bytes());
    reader.records().map(|r| r.expect("a record").iter().map(str::to_owned).collect()).collect()
}

#[test]
fn csv_has_a_header_and_one_row_per_claim_with_names_not_ids() {
    let cat = catalog();
    let claims: Vec<&Claim> = cat.dataset.claims.iter().collect();
    let rows = read_back(&csv(&claims, &cat));
    assert_eq!(rows[0], COLUMNS);
    assert_eq!(rows.len(), claims.len() + 1);
    let c = claims.iter().position(|c| !c.figures.is_empty() && !c.places.is_empty()).expect("a claim with both");
    let (row, claim) = (&rows[c + 1], claims[c]);
    assert_eq!(row[0], claim.id);
    assert_eq!(row[2], cat.actor_name(&claim.claimant));
    assert_eq!(row[6], claim.places.iter().map(|p| cat.place_name(p)).collect::<Vec<_>>().join("; "));
    assert_eq!(row[7], claim.figures.iter().map(|f| f.describe()).collect::<Vec<_>>().join("; "));
    assert_eq!(row[9], *neutralise(&claim.quote.text));
    assert_eq!(row[10], cat.source(&claim.quote.source).expect("source").short_label());
    assert_eq!(row[11], format!("{}-{}", claim.quote.start, claim.quote.end));
}

#[test]
fn csv_cells_that_a_spreadsheet_would_run_are_made_inert() {
    let cat = catalog();
    let mut claim = cat.dataset.claims[0].clone();
    let payloads =
        ["=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "plain, with \"quotes\"\nand a line"];
    let mut written = Vec::new();
    for p in payloads {
        claim.summary = p.to_owned();
        written.push(read_back(&csv(&[&claim], &cat))[1][8].clone());
    }
    assert_eq!(
        written,
        [
            "'=HYPERLINK(\"http://x\")",
            "'+1",
            "'-2+3",
            "'@SUM(A1)",
            "'\tx",
            "'\rx",
            "plain, with \"quotes\"\nand a line"
        ]
    );
    assert_eq!(rfc4180("a\"b"), "\"a\"\"b\"");
    assert_eq!(rfc4180("ab"), "ab");
}

/// Loads `text` and returns its errors as lines.
fn errors(text: &str) -> Vec<String> {
    load_str(text).problems.iter().filter(|p| p.severity == Severity::Error).map(ToString::to_string).collect()
}

#[test]
fn json_export_of_everything_gives_back_every_claim_and_event_unchanged() {
    let cat = catalog();
    let claims: Vec<&Claim> = cat.dataset.claims.iter().collect();
    let events: Vec<&DiplomacyEvent> = cat.dataset.diplomacy.iter().collect();
    let loaded = load_str(&json(&cat, &claims, &events));
    assert!(loaded.problems.is_empty(), "{:#?}", loaded.problems);
    assert_eq!(loaded.dataset.claims, cat.dataset.claims);
    assert_eq!(loaded.dataset.diplomacy, cat.dataset.diplomacy);
    assert_eq!(loaded.dataset.sources, cat.dataset.sources);
    // Only what some record references: an actor named by none stays out.
    assert!(loaded.dataset.actors.iter().all(|a| cat.dataset.actors.contains(a)));
}

#[test]
fn json_export_of_any_one_article_or_side_loads_with_no_errors() {
    let cat = catalog();
    let ds = &cat.dataset;
    let mut views: Vec<(String, Vec<&Claim>, Vec<&DiplomacyEvent>)> = Vec::new();
    for s in &ds.sources {
        let claims = ds.claims.iter().filter(|c| c.quote.source == s.id).collect();
        let events = ds.diplomacy.iter().filter(|e| e.quote.source == s.id).collect();
        views.push((s.id.clone(), claims, events));
    }
    for side in karabakh::model::Side::ALL {
        views.push((side.as_str().into(), ds.claims.iter().filter(|c| c.side == *side).collect(), Vec::new()));
    }
    for (name, claims, events) in views {
        let text = json(&cat, &claims, &events);
        assert_eq!(errors(&text), Vec::<String>::new(), "{name}");
        let loaded = load_str(&text).dataset;
        assert_eq!(
            loaded.claims.iter().map(|c| &c.id).collect::<Vec<_>>(),
            claims.iter().map(|c| &c.id).collect::<Vec<_>>()
        );
        assert_eq!(loaded.diplomacy.len(), events.len(), "{name}");
    }
}
