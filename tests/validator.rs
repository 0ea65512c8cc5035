#![cfg(not(target_arch = "wasm32"))]
//! The validator on small hand-made datasets: every problem is reported with
//! its path, bad records are set aside without losing the good ones.

use karabakh::validate::{load_str, load_value, Severity};
use serde_json::{json, Value};

const TEXT: &str = "Baku said on Tuesday that 10 civilians died.\nYerevan denied it on Monday, December 12.\n";

fn quote(start: usize, end: usize) -> Value {
    let text: String = TEXT.chars().skip(start).take(end - start).collect();
    json!({ "source": "src-a", "start": start, "end": end, "text": text })
}

fn dataset() -> Value {
    json!({
        "sources": [{
            "id": "src-a", "file": "a.txt", "outlet": "Test Wire", "headline": "H",
            "published": { "date": "2020-09-30", "established_by": "test" }, "text": TEXT,
            "unrecorded": []
        }],
        "actors": [
            { "id": "azerbaijan", "name": "Azerbaijan", "aliases": ["Baku"], "kind": "government", "side": "azerbaijan", "role": "state", "quote": quote(0, 4) },
            { "id": "armenia", "name": "Armenia", "aliases": ["Yerevan"], "kind": "government", "side": "armenia", "role": "state", "quote": quote(45, 52) }
        ],
        "places": [],
        "claims": [{
            "id": "c-a-civilians", "claimant": "azerbaijan", "side": "azerbaijan",
            "asserted": { "date": "2020-09-29", "precision": "day", "raw": "on Tuesday", "rule": "weekday_on_or_before" },
            "occurred": { "date": "2020-09-27", "end": "2020-09-29", "precision": "range", "rule": "inferred", "note": "since the fighting began" },
            "category": "casualties",
            "figures": [{ "metric": "killed", "value": 10, "qualifier": "exact", "population": "civilian", "whose": "azerbaijan", "cumulative": true, "raw": "10 civilians" }],
            "summary": "Azerbaijan said ten civilians had died.", "quote": quote(0, 44)
        }],
        "diplomacy": [{
            "id": "d-a-denial", "kind": "statement", "status": "denied",
            "date": { "date": "2020-10-05", "precision": "day", "raw": "on Monday, December 12", "rule": "weekday_after" },
            "summary": "Armenia denied it.", "quote": quote(45, 86),
            "flags": [{ "code": "impossible_date", "message": "12 December 2020 was a Saturday." }]
        }]
    })
}

fn messages(v: Value) -> Vec<String> {
    load_value(v).problems.iter().map(ToString::to_string).collect()
}

#[test]
fn a_clean_dataset_has_no_problem() {
    let loaded = load_value(dataset());
    assert_eq!(loaded.problems, vec![]);
    assert_eq!(loaded.dataset.claims.len(), 1);
}

#[test]
fn text_that_is_not_json_gives_one_clear_problem() {
    let loaded = load_str("{\"sources\": [");
    assert_eq!(loaded.problems.len(), 1);
    assert!(loaded.problems[0].message.starts_with("not valid JSON"), "{}", loaded.problems[0]);
}

#[test]
fn a_bad_record_is_set_aside_with_its_path_and_the_others_are_kept() {
    let mut v = dataset();
    let mut broken = v["claims"][0].clone();
    broken["id"] = json!("c-a-broken");
    broken["figures"][0]["metric"] = json!("eaten");
    v["claims"].as_array_mut().unwrap().push(broken.clone());
    let mut second = broken;
    second["id"] = json!("c-a-broken-too");
    second["figures"][0]["metric"] = json!("killed");
    second["side"] = json!(42);
    v["claims"].as_array_mut().unwrap().push(second);
    let loaded = load_value(v);
    assert_eq!(loaded.dataset.claims.len(), 1, "the good claim is kept");
    assert_eq!(loaded.rejected.len(), 2, "both bad ones are kept aside, not dropped");
    let paths: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
    assert_eq!(paths, vec!["$.claims[1].figures[0].metric", "$.claims[2].side"]);
    assert!(loaded.problems[0].message.contains("unknown variant `eaten`"));
    assert_eq!(loaded.problems[0].record.as_deref(), Some("c-a-broken"));
}

#[test]
fn every_problem_is_reported_not_only_the_first() {
    let mut v = dataset();
    v["claims"][0]["side"] = json!("armenia");
    v["claims"][0]["claimant"] = json!("azerbaijan");
    v["claims"][0]["quote"]["start"] = json!(1);
    v["claims"][0]["places"] = json!(["nowhere"]);
    v["claims"][0]["figures"][0]["raw"] = json!("ten civilians");
    v["claims"][0]["asserted"]["date"] = json!("2020-09-28");
    v["claims"][0]["links"] = json!([{ "relation": "denies", "target": "c-missing" }]);
    let m = messages(v);
    let expect = [
        "$.claims[0].quote (c-a-civilians): the source does not hold this text at 1..44; it is at 0..44",
        "$.claims[0].side (c-a-civilians): `armenia` but the claimant azerbaijan is `azerbaijan`",
        "$.claims[0].places[0] (c-a-civilians): no place has the id `nowhere`",
        "$.claims[0].asserted.date (c-a-civilians): rule `weekday_on_or_before` on 2020-09-30 gives 2020-09-29, not 2020-09-28",
        "$.claims[0].figures[0].raw (c-a-civilians): `ten civilians` is not in the quote",
        "$.claims[0].links[0].target (c-a-civilians): `c-missing` is no claim or diplomacy event",
    ];
    for e in expect {
        assert!(m.iter().any(|p| p.ends_with(e)), "missing `{e}` in {m:#?}");
    }
}

#[test]
fn assertions_after_publication_and_duplicate_ids_are_errors() {
    let mut v = dataset();
    v["claims"][0]["asserted"] =
        json!({ "date": "2020-10-02", "precision": "day", "rule": "inferred", "note": "typo" });
    v["diplomacy"][0]["id"] = json!("c-a-civilians");
    let m = messages(v);
    assert!(m.iter().any(|p| p.contains("after its article was published (2020-09-30)")), "{m:#?}");
    assert!(
        m.iter().any(|p| p.contains("$.diplomacy[0].id (c-a-civilians): duplicate id; first used at $.claims[0].id")),
        "{m:#?}"
    );
}

#[test]
fn an_impossible_weekday_must_be_flagged() {
    let mut v = dataset();
    v["diplomacy"][0]["flags"] = json!([]);
    let m = messages(v);
    assert!(m.iter().any(|p| p.contains("names a Mon but 2020-12-12 is a Sat: flag it")), "{m:#?}");
}

#[test]
fn unexplained_paragraphs_and_unverifiable_quotes_are_warnings() {
    let mut v = dataset();
    v["diplomacy"] = json!([]);
    let loaded = load_value(v.clone());
    assert_eq!(loaded.problems.len(), 1, "{:#?}", loaded.problems);
    assert_eq!(loaded.problems[0].severity, Severity::Warning);
    assert!(loaded.problems[0].message.contains("paragraph at 45..86 holds no record"));
    v["sources"][0].as_object_mut().unwrap().remove("text");
    let loaded = load_value(v);
    assert!(loaded.problems.iter().all(|p| p.severity == Severity::Warning));
    assert!(loaded.problems.iter().any(|p| p.message.contains("cannot be checked")));
}

#[test]
fn aliases_must_appear_in_a_source_and_references_must_have_the_right_kind() {
    let mut v = dataset();
    v["actors"][0]["aliases"] = json!(["Bakou"]);
    v["actors"][0]["member_of"] = json!("c-a-civilians");
    let m = messages(v);
    assert!(m.iter().any(|p| p.contains("`Bakou` appears in no source")), "{m:#?}");
    assert!(m.iter().any(|p| p.contains("`c-a-civilians` is a claim, not an actor")), "{m:#?}");
}

#[test]
fn a_dataset_that_is_not_an_object_or_misses_sections_is_reported() {
    assert_eq!(load_str("[]").problems.len(), 1);
    let loaded = load_str(r#"{"claims": {}, "extra": 1}"#);
    let m: Vec<String> = loaded.problems.iter().map(ToString::to_string).collect();
    assert!(m.iter().any(|p| p.contains("$.claims: `claims` must be an array")), "{m:#?}");
    assert!(m.iter().any(|p| p.contains("unknown section `extra`")), "{m:#?}");
    assert!(m.iter().any(|p| p.starts_with("warning at $.sources")), "{m:#?}");
}

// ---- Rules added for issue #8. Each breaks one rule in the clean dataset
// and expects exactly the message written by hand below.

/// The clean dataset with a second claim, `c-b`, a copy of the first.
fn two_claims() -> Value {
    let mut v = dataset();
    let mut b = v["claims"][0].clone();
    b["id"] = json!("c-b");
    v["claims"].as_array_mut().unwrap().push(b);
    v
}

fn errors(v: Value) -> Vec<String> {
    load_value(v).problems.iter().filter(|p| p.severity == Severity::Error).map(ToString::to_string).collect()
}

#[test]
fn an_unknown_date_has_no_day_and_only_an_unknown_date_lacks_one() {
    let mut v = dataset();
    v["claims"][0]["occurred"] =
        json!({ "date": "2020-09-27", "precision": "unknown", "rule": "inferred", "note": "n" });
    assert_eq!(
        errors(v),
        ["error at $.claims[0].occurred.date (c-a-civilians): an unknown date has `date` and `end` null"]
    );
    let mut v = dataset();
    v["claims"][0]["occurred"] = json!({ "date": null, "precision": "day", "rule": "inferred", "note": "n" });
    assert_eq!(
        errors(v),
        ["error at $.claims[0].occurred.date (c-a-civilians): only precision `unknown` has no date; never put a placeholder day"]
    );
    let mut v = dataset();
    v["claims"][0]["asserted"] = json!({ "date": null, "precision": "unknown", "rule": "inferred", "note": "n" });
    assert_eq!(
        errors(v),
        ["error at $.claims[0].asserted.precision (c-a-civilians): an assertion is dated at least by its article: not `unknown`"]
    );
}

#[test]
fn a_decade_runs_from_a_year_ending_in_zero() {
    let mut v = dataset();
    v["claims"][0]["occurred"] =
        json!({ "date": "1995-01-01", "end": "1999-12-31", "precision": "decade", "rule": "inferred", "note": "n" });
    assert_eq!(
        errors(v),
        ["error at $.claims[0].occurred.end (c-a-civilians): a decade runs from 1 January of a year ending in 0 to 31 December nine years on"]
    );
}

#[test]
fn a_figure_never_says_more_than_its_words() {
    // Words that bound the number or take a part of it need the matching qualifier or share.
    let text = "At least 10 died; most of about 400 left.\n";
    let mut w = dataset();
    w["sources"][0]["text"] = json!(format!("{TEXT}{text}"));
    let q = json!({ "source": "src-a", "start": 87, "end": 128, "text": "At least 10 died; most of about 400 left." });
    w["claims"][0]["asserted"] = json!({ "date": "2020-09-30", "precision": "not_after", "rule": "publication" });
    w["sources"][0]["unrecorded"] = json!([]);
    w["claims"][0]["quote"] = q;
    w["claims"][0]["figures"] = json!([
        { "metric": "killed", "value": 10, "qualifier": "exact", "population": "civilian", "whose": "azerbaijan", "cumulative": true, "raw": "At least 10" },
        { "metric": "disarmed", "value": 400, "qualifier": "about", "population": "military", "whose": "armenia", "cumulative": false, "raw": "most of about 400" }
    ]);
    assert_eq!(
        errors(w),
        [
            "error at $.claims[0].figures[0] (c-a-civilians): `At least 10` says “at least”: the qualifier must say so, not `exact`",
            "error at $.claims[0].figures[1] (c-a-civilians): `most of about 400` gives a part of a whole: `share` must be `most`",
        ]
    );
}

#[test]
fn addressees_did_not_take_part() {
    let mut v = dataset();
    v["diplomacy"][0]["participants"] = json!(["armenia"]);
    v["diplomacy"][0]["addressees"] = json!(["armenia", "nobody"]);
    assert_eq!(
        errors(v),
        [
            "error at $.diplomacy[0].addressees[0] (d-a-denial): `armenia` is both a participant and an addressee: who a statement is addressed to did not take part",
            "error at $.diplomacy[0].addressees[1] (d-a-denial): no actor has the id `nobody`",
        ]
    );
}

#[test]
fn mediators_are_participants() {
    let mut v = dataset();
    v["diplomacy"][0]["participants"] = json!(["azerbaijan"]);
    v["diplomacy"][0]["mediators"] = json!(["azerbaijan", "armenia"]);
    assert_eq!(
        errors(v),
        ["error at $.diplomacy[0].mediators[1] (d-a-denial): `armenia` is a mediator but not a participant: list every mediator among the participants"]
    );
}

#[test]
fn a_statement_a_person_made_is_reported_by_that_person_not_the_outlet() {
    let mut v = dataset();
    v["actors"].as_array_mut().unwrap().extend([
        json!({ "id": "test-wire", "name": "Test Wire", "aliases": [], "kind": "media", "side": "press", "role": "outlet", "quote": quote(0, 4) }),
        json!({ "id": "envoy", "name": "Envoy", "aliases": [], "kind": "person", "side": "armenia", "role": "envoy", "quote": quote(45, 52) }),
    ]);
    v["diplomacy"][0]["participants"] = json!(["envoy"]);
    v["diplomacy"][0]["reported_by"] = json!("envoy");
    assert_eq!(errors(v.clone()), Vec::<String>::new(), "the speaker reports his own statement");
    v["diplomacy"][0]["participants"] = json!(["armenia"]);
    v["diplomacy"][0]["reported_by"] = json!("test-wire");
    assert_eq!(errors(v.clone()), Vec::<String>::new(), "a government's statement through an outlet is not checked");
    v["diplomacy"][0]["participants"] = json!(["armenia", "envoy"]);
    assert_eq!(
        errors(v),
        ["error at $.diplomacy[0].reported_by (d-a-denial): `test-wire` is an outlet, but `envoy` took part in this statement: a speaker's own statement is reported by the speaker"]
    );
}

#[test]
fn an_event_that_has_not_happened_has_no_not_after_date() {
    let mut v = dataset();
    v["diplomacy"][0]["status"] = json!("not_scheduled");
    v["diplomacy"][0]["date"] = json!({ "date": "2020-09-30", "precision": "not_after", "rule": "publication" });
    v["diplomacy"][0]["flags"] = json!([]);
    assert_eq!(
        errors(v),
        ["error at $.diplomacy[0].date.precision (d-a-denial): a `not_scheduled` event has not happened: give its day, or `not_before` or `unknown`, never `not_after`"]
    );
}

#[test]
fn announced_is_null_when_it_is_the_day_of_the_event() {
    let mut v = dataset();
    v["diplomacy"][0]["date"] =
        json!({ "date": "2020-09-28", "precision": "day", "rule": "inferred", "note": "the Monday" });
    v["diplomacy"][0]["announced"] =
        json!({ "date": "2020-09-28", "precision": "not_after", "rule": "inferred", "note": "said the same day" });
    assert_eq!(
        errors(v),
        ["error at $.diplomacy[0].announced (d-a-denial): announced on the event's own day: leave `announced` null where it does not differ from `date`"]
    );
}

#[test]
fn a_link_is_stored_once_and_its_reverse_is_derived() {
    let mut v = two_claims();
    v["claims"][0]["links"] = json!([{ "relation": "same_fact", "target": "c-b" }]);
    v["claims"][1]["links"] = json!([{ "relation": "same_fact", "target": "c-a-civilians" }]);
    assert_eq!(
        errors(v),
        ["error at $.claims[1].links[0].relation (c-b): `c-a-civilians` already stores `same_fact` to this record: store a symmetric link once"]
    );
    let mut v = two_claims();
    v["claims"][0]["links"] =
        json!([{ "relation": "answers", "target": "c-b" }, { "relation": "answers", "target": "c-b" }]);
    v["claims"][1]["links"] = json!([{ "relation": "denies", "target": "c-a-civilians" }]);
    assert_eq!(
        errors(v),
        [
            "error at $.claims[0].links[0].relation (c-a-civilians): `c-b` already stores `denies` to this record; `denied_by` is derived from it, never stored",
            "error at $.claims[0].links[1] (c-a-civilians): `answers` to `c-b` is stored twice",
            "error at $.claims[1].links[0].relation (c-b): `c-a-civilians` already stores `answers` to this record; `answered_by` is derived from it, never stored",
        ]
    );
}

#[test]
fn the_same_fact_never_contradicts_itself_nor_links_records_flagged_inconsistent() {
    let mut v = two_claims();
    v["claims"][0]["links"] = json!([{ "relation": "same_fact", "target": "c-b" }]);
    v["claims"][1]["links"] = json!([{ "relation": "contradicts", "target": "c-a-civilians" }]);
    assert_eq!(
        errors(v),
        [
            "error at $.claims[0].links[0].relation (c-a-civilians): `c-b` already stores `contradicts` to this record; `contradicts` is derived from it, never stored",
            "error at $.claims[1].links[0].relation (c-b): `c-a-civilians` already stores `same_fact` to this record; `same_fact` is derived from it, never stored",
            "error at $.claims[1].links[0].relation (c-b): `c-a-civilians` is the same fact as this record (through `same_fact` links): it cannot contradict it",
        ]
    );
    let mut v = two_claims();
    v["claims"][0]["links"] = json!([{ "relation": "same_fact", "target": "c-b" }]);
    v["claims"][1]["flags"] = json!([{ "code": "inconsistency", "message": "m", "related": ["c-a-civilians"] }]);
    assert_eq!(
        errors(v),
        ["error at $.claims[0].links[0].relation (c-a-civilians): a flag calls this record and `c-b` inconsistent: link them `contradicts`, not `same_fact`"]
    );
}

#[test]
fn conflicting_figures_of_one_fact_need_a_preferred_figure_flag() {
    let mut v = two_claims();
    v["claims"][0]["links"] = json!([{ "relation": "same_fact", "target": "c-b" }]);
    v["claims"][1]["figures"][0]["whose"] = json!("armenia");
    assert_eq!(
        errors(v.clone()),
        ["error at $.claims[1].figures (c-b): “10 civilians” conflicts with “10 civilians” of `c-a-civilians`, the same fact: add a `preferred_figure` flag naming the record the charts count"]
    );
    v["claims"][1]["flags"] = json!([{ "code": "preferred_figure", "message": "m" }]);
    assert_eq!(
        errors(v.clone()),
        [
            "error at $.claims[1].flags[0].prefer (c-b): a `preferred_figure` flag names the record it prefers",
            "error at $.claims[1].figures (c-b): “10 civilians” conflicts with “10 civilians” of `c-a-civilians`, the same fact: add a `preferred_figure` flag naming the record the charts count",
        ]
    );
    v["claims"][1]["flags"][0]["prefer"] = json!("c-a-civilians");
    assert_eq!(errors(v), Vec::<String>::new());
}
