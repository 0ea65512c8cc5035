#![cfg(not(target_arch = "wasm32"))]
//! A dataset's `meta`: read with every problem at its JSON path, written
//! back by the export, and the names the page uses, with neutral fallbacks
//! for whatever a dataset leaves out.

use karabakh::bundled::load_bundled;
use karabakh::catalog::Catalog;
use karabakh::model::{Camp, Dataset, Meta, Side, Whose};
use karabakh::names::{site_title, Names};
use karabakh::validate::load_str;

const NORTHLAND: &str = include_str!("fixtures/datasets/northland.json");

/// The problems loading `meta` (inside an otherwise empty dataset) gives, as sentences.
fn problems_of(meta: &str) -> Vec<String> {
    let text =
        format!(r#"{{"meta": {meta}, "sources": [], "actors": [], "places": [], "claims": [], "diplomacy": []}}"#);
    load_str(&text).problems.iter().map(ToString::to_string).collect()
}

fn names_of(meta: Option<Meta>) -> Names {
    Names::new(&Dataset { meta, ..Dataset::default() })
}

#[test]
fn the_made_up_conflict_loads_with_its_own_names() {
    let loaded = load_str(NORTHLAND);
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let names = Names::new(&loaded.dataset);
    assert_eq!(names.title(), "Northland 2031 (test fixture)");
    assert_eq!(site_title(&names), "Northland 2031 (test fixture): claims explorer");
    assert_eq!(names.side(Side::Armenia), "Northland");
    assert_eq!(names.side(Side::Azerbaijan), "Southmark");
    assert_eq!(names.camp(Camp::Armenian), "Northland side");
    assert_eq!(names.camp(Camp::Others), "Council, onlookers and wire");
    assert_eq!(names.whose(Whose::ArmenianSide), "Northland side");
    assert_eq!(names.slug(), "northland-2031-test-fixture");
}

#[test]
fn the_bundled_data_names_itself_in_data_meta_json() {
    let loaded = load_bundled();
    assert!(loaded.problems.is_empty(), "{:?}", loaded.problems);
    let catalog = Catalog::new(loaded.dataset);
    let names = &catalog.names;
    assert_eq!(site_title(names), "Karabakh 2020: claims explorer");
    assert_eq!(
        names.description(),
        "Every record quotes one of five news articles from September and October 2020, word for word."
    );
    assert_eq!(names.camp(Camp::Armenian), "Armenian side");
    assert_eq!(names.camp(Camp::Azerbaijani), "Azerbaijan");
    assert_eq!(names.side(Side::NagornoKarabakh), "Nagorno-Karabakh authorities");
    assert_eq!(catalog.facet_label(&karabakh::query::FacetKey::Side(Side::Mediator)), "Mediators");
    assert_eq!(names.slug(), "karabakh-2020");
}

#[test]
fn a_dataset_without_meta_gets_neutral_names_from_its_data() {
    let names = names_of(None);
    assert_eq!(names.title(), "Untitled dataset");
    assert_eq!(site_title(&names), "Untitled dataset: claims explorer");
    assert_eq!(names.description(), "Every record quotes one of this dataset's 0 sources, word for word.");
    // The side codes' own labels, and a camp named by its sides.
    assert_eq!(names.side(Side::Azerbaijan), "Azerbaijan");
    assert_eq!(names.camp(Camp::Armenian), "Armenia and Nagorno-Karabakh authorities");
    assert_eq!(names.camp(Camp::Others), "Mediators, Third parties and Press");
    assert_eq!(names.slug(), "untitled-dataset");
    let one = Names::new(&Dataset { meta: None, ..load_str(NORTHLAND).dataset });
    assert_eq!(one.description(), "Every record quotes one of this dataset's 1 source, word for word.");
}

#[test]
fn a_camp_without_a_name_is_named_by_the_names_of_its_sides() {
    let sides =
        [(Side::Armenia, "Northland"), (Side::NagornoKarabakh, "Hill militia"), (Side::Azerbaijan, "Southmark")];
    let meta = Meta {
        title: Some("  ".into()),
        sides: sides.into_iter().map(|(s, n)| (s, n.to_owned())).collect(),
        ..Meta::default()
    };
    let names = names_of(Some(meta));
    assert_eq!(names.title(), "Untitled dataset", "a blank title is no title");
    assert_eq!(names.camp(Camp::Armenian), "Northland and Hill militia");
    assert_eq!(names.camp(Camp::Azerbaijani), "Southmark");
    assert_eq!(names.side(Side::Press), "Press");
}

#[test]
fn meta_of_the_wrong_shape_is_reported_at_its_path() {
    assert_eq!(
        problems_of("[1]"),
        ["error at $.meta: `meta` must be an object with title, description, sides and camps, not an array"]
    );
    assert_eq!(
        problems_of(r#"{"title": 5, "description": "", "sides": "Northland"}"#),
        [
            "error at $.meta.title: must be a string, not a number",
            "error at $.meta.description: must not be empty; leave it out to use the default",
            "error at $.meta.sides: `sides` must be an object from codes to names, not a string",
        ]
    );
    assert_eq!(
        problems_of(r#"{"sides": {"northland": "N", "azerbaijan": null}, "camps": {"armenian": "A", "left": "L"}}"#),
        [
            "error at $.meta.sides.azerbaijan: must be a string, not null",
            "error at $.meta.sides.northland: unknown code `northland`: use armenia, nagorno_karabakh, azerbaijan, \
             mediator, third_party, press",
            "error at $.meta.camps.left: unknown code `left`: use armenian, azerbaijani, others",
        ]
    );
    assert_eq!(
        problems_of(r#"{"title": "T", "colour": "red"}"#),
        ["warning at $.meta.colour: unknown field `colour` was ignored (meta holds title, description, sides, camps)"]
    );
    let long = "x".repeat(201);
    assert_eq!(
        problems_of(&format!(r#"{{"title": "{long}"}}"#)),
        ["error at $.meta.title: is longer than 200 characters"]
    );
}

#[test]
fn a_bad_meta_is_left_out_and_the_records_are_kept() {
    let text = NORTHLAND.replace(r#""title": "Northland 2031 (test fixture)""#, r#""title": false"#);
    let loaded = load_str(&text);
    assert_eq!(loaded.errors().count(), 1);
    assert_eq!(loaded.dataset.claims.len(), 2);
    let meta = loaded.dataset.meta.expect("the rest of meta is read");
    assert_eq!(meta.title, None);
    assert_eq!(meta.sides.get(&Side::Armenia).map(String::as_str), Some("Northland"));
}

#[test]
fn the_export_writes_meta_and_it_loads_again() {
    let loaded = load_str(NORTHLAND);
    let catalog = Catalog::new(loaded.dataset.clone());
    let claims: Vec<_> = catalog.dataset.claims.iter().collect();
    let events: Vec<_> = catalog.dataset.diplomacy.iter().collect();
    let json = karabakh::export::json(&catalog, &claims, &events);
    assert!(json.starts_with("{\n  \"meta\": {\n    \"title\": \"Northland 2031 (test fixture)\""), "{json}");
    let again = load_str(&json);
    assert!(again.problems.is_empty(), "{:?}", again.problems);
    assert_eq!(again.dataset.meta, loaded.dataset.meta);
    // A dataset without meta writes none.
    let plain = Catalog::new(Dataset { meta: None, ..loaded.dataset });
    assert!(!karabakh::export::json(&plain, &[], &[]).contains("\"meta\""));
}
