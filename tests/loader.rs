//! The loader's pure parts, natively: where each step sits on the progress
//! bar, what the worker says about a file (progress, the verdict, the
//! records in parts) and how the page puts the parts together again, the
//! explorer built in steps, the validator's fast path, and the synthetic
//! files' size.

use karabakh::chart::{casualty_points, date_frame};
use karabakh::explorer::Explorer;
use karabakh::facts::FactClusters;
use karabakh::loader::build::Build;
use karabakh::loader::progress::{position, Step, BAR_MAX};
use karabakh::loader::protocol::{answer, decode, parts, Assembly, Message, Report, Section};
use karabakh::query::{ClaimIndex, Filters};
use karabakh::synth::{compact_json, synthetic};
use karabakh::validate::{load_bytes, load_value, MAX_BYTES};

fn messages(bytes: &[u8]) -> Vec<(Report, Vec<u8>)> {
    let mut out: Vec<Message> = Vec::new();
    answer(bytes, &mut |m| out.push(m));
    out.into_iter().map(|m| (decode(&m.head).expect("a report"), m.body)).collect()
}

#[test]
fn the_bar_moves_forward_through_the_steps_and_ends_full() {
    assert_eq!(position(Step::Start, 0, 1), 0);
    assert_eq!(position(Step::Read, 0, 100), 20);
    assert_eq!(position(Step::Read, 50, 100), 60);
    assert_eq!(position(Step::Read, 100, 100), 100);
    assert_eq!(position(Step::Read, 300, 100), 100, "never past the step's end");
    assert_eq!(position(Step::Receive, 0, 0), 650, "nothing to count: the step has begun");
    assert_eq!(position(Step::Index, 7, 7), BAR_MAX);
    let order = [Step::Start, Step::Read, Step::Check, Step::Parse, Step::Validate, Step::Receive, Step::Index];
    for pair in order.windows(2) {
        assert_eq!(position(pair[0], 1, 1), position(pair[1], 0, 1), "{:?} ends where {:?} begins", pair[0], pair[1]);
    }
}

#[test]
fn a_valid_file_crosses_in_parts_that_make_the_same_dataset() {
    let ds = synthetic(9000, 4);
    let plan: Vec<(Section, std::ops::Range<usize>)> = parts(&ds);
    assert_eq!(
        plan,
        vec![
            (Section::Sources, 0..10),
            (Section::Sources, 10..20),
            (Section::Sources, 20..30),
            (Section::Sources, 30..40),
            (Section::Sources, 40..45),
            (Section::Actors, 0..8),
            (Section::Places, 0..12),
            (Section::Claims, 0..1000),
            (Section::Claims, 1000..2000),
            (Section::Claims, 2000..3000),
            (Section::Claims, 3000..4000),
            (Section::Claims, 4000..5000),
            (Section::Claims, 5000..6000),
            (Section::Claims, 6000..7000),
            (Section::Claims, 7000..8000),
            (Section::Claims, 8000..9000),
            (Section::Diplomacy, 0..450),
        ]
    );
    let said = messages(compact_json(&ds).as_bytes());
    let heads: Vec<&Report> = said.iter().map(|(r, _)| r).collect();
    assert_eq!(
        heads[..3],
        [
            &Report::Progress { step: Step::Check, done: 0, total: 1 },
            &Report::Progress { step: Step::Parse, done: 0, total: 1 },
            &Report::Progress { step: Step::Validate, done: 0, total: 1 },
        ]
    );
    // The parts come while the worker validates, and the verdict last.
    assert_eq!(said.len(), 3 + 17 + 1);
    assert_eq!(heads[20], &Report::Accepted { warnings: vec![], parts: 17, meta: None });
    let mut assembly = Assembly::default();
    for (report, body) in &said[3..20] {
        let Report::Part { section } = report else { panic!("a part, not {report:?}") };
        assembly.add(*section, body).expect("a part reads");
    }
    assert_eq!(assembly.progress(), (17, 0));
    assert!(!assembly.is_complete(), "every part, but no verdict yet: nothing to show");
    assembly.accept(vec![], 17, None);
    assert_eq!(assembly.progress(), (17, 17));
    assert!(assembly.is_complete());
    assert_eq!(assembly.finish().dataset, ds, "the page has exactly the dataset the worker validated");
}

#[test]
fn a_bad_file_is_refused_with_its_problems_and_sends_no_records() {
    let said = messages(b"{\"claims\": [");
    let Some((Report::Refused { problems, more }, _)) = said.last() else { panic!("{said:?}") };
    assert_eq!(*more, 0);
    assert_eq!(problems.len(), 1, "{problems:?}");
    assert!(problems[0].contains("Line 1"), "{problems:?}");
    assert!(!said.iter().any(|(r, _)| matches!(r, Report::Part { .. } | Report::Accepted { .. })));
    let said = messages(b"");
    assert!(matches!(&said.last().unwrap().0, Report::Refused { problems, .. } if problems[0].contains("empty")));
}

/// Records that all read are sent before the validator runs; when it then
/// finds an error, the verdict refuses them, and no assembly of them is
/// ever complete, so the page never shows them.
#[test]
fn records_sent_before_a_refusal_are_never_complete() {
    let mut ds = synthetic(30, 8);
    ds.claims[3].claimant = "nobody".into();
    let said = messages(compact_json(&ds).as_bytes());
    let Some((Report::Refused { problems, .. }, _)) = said.last() else { panic!("{:?}", said.last()) };
    assert!(problems.iter().any(|p| p.contains("nobody")), "{problems:?}");
    assert!(!said.iter().any(|(r, _)| matches!(r, Report::Accepted { .. })));
    let mut assembly = Assembly::default();
    for (report, body) in &said {
        if let Report::Part { section } = report {
            assembly.add(*section, body).expect("a part reads");
        }
    }
    assert!(assembly.progress().0 > 0, "the parts were sent before the verdict");
    assert!(!assembly.is_complete());
}

/// A file that takes the record-by-record path (here: no `diplomacy`
/// section, which is only a warning) is validated before anything is sent:
/// the verdict comes first, then its records.
#[test]
fn a_file_read_record_by_record_sends_its_records_after_the_verdict() {
    let mut ds = synthetic(30, 5);
    ds.diplomacy.clear();
    let mut value = serde_json::to_value(&ds).unwrap();
    value.as_object_mut().unwrap().remove("diplomacy");
    let said = messages(value.to_string().as_bytes());
    let at = said.iter().position(|(r, _)| matches!(r, Report::Accepted { .. })).expect("accepted");
    let Report::Accepted { warnings, parts, .. } = &said[at].0 else { unreachable!() };
    assert!(warnings.iter().any(|w| w.message.contains("diplomacy")), "{warnings:?}");
    assert!(!said[..at].iter().any(|(r, _)| matches!(r, Report::Part { .. })), "no part before the verdict");
    let mut assembly = Assembly::default();
    assembly.accept(warnings.clone(), *parts, None);
    for (report, body) in &said[at + 1..] {
        let Report::Part { section } = report else { panic!("a part, not {report:?}") };
        assembly.add(*section, body).expect("a part reads");
    }
    assert!(assembly.is_complete());
    assert_eq!(assembly.finish().dataset, ds);
}

#[test]
fn a_damaged_part_is_an_error_not_a_crash() {
    let mut assembly = Assembly::default();
    assembly.accept(vec![], 1, None);
    let e = assembly.add(Section::Claims, b"[{\"id\": 3}").unwrap_err();
    assert!(e.starts_with("a part of the file was damaged"), "{e}");
    assert!(!assembly.is_complete());
    assert!(decode("{\"kind\": \"nonsense\"}").is_err());
}

#[test]
fn the_explorer_built_in_steps_is_the_one_built_at_once() {
    let ds = synthetic(12_000, 6);
    let loaded = || load_value(serde_json::to_value(&ds).unwrap());
    let mut build = Build::new(loaded());
    // The catalog, five slices of 2,500 claims, the sort, the clusters, the
    // chart frame's five slices, the orders, then the search index: its 600
    // events in one step, the names in one, and its 60 articles in three.
    assert_eq!((ds.diplomacy.len(), ds.sources.len()), (600, 60));
    assert_eq!(build.progress(), (0, 19));
    let mut steps = 0;
    let stepped = loop {
        steps += 1;
        if let Some(e) = build.step() {
            break e;
        }
        assert_eq!(build.progress(), (steps, 19));
    };
    assert_eq!(steps, 19);
    // Every article's paragraphs are indexed, the last step's too, in order.
    let at = &stepped.search.paragraph_at;
    assert_eq!(at.first().map(|p| p.source), Some(0));
    assert_eq!(at.last().map(|p| p.source), Some(59));
    assert!(at.windows(2).all(|w| w[0].source <= w[1].source && w[1].source - w[0].source <= 1));
    assert_eq!(stepped.search.events("talks").map(|hits| hits.len()), Some(600));
    // The same parts, each built at once by its own constructor.
    let catalog = karabakh::catalog::Catalog::new(ds.clone());
    let index = ClaimIndex::new(&ds.claims, |id| catalog.source_index(id));
    for f in [
        Filters::default(),
        Filters { text: "shelling".into(), ..Filters::default() },
        Filters { date_field: karabakh::query::DateField::Occurred, ..Filters::default() },
    ] {
        assert_eq!(stepped.claims.run(&f), index.run(&f));
    }
    assert_eq!(stepped.claims.len(), 12_000);
    assert_eq!(stepped.facts, FactClusters::new(&ds.claims));
    assert_eq!(stepped.chart_frame, date_frame(&casualty_points(&ds.claims)));
    assert!(stepped.chart_frame.is_some());
    assert_eq!(stepped.claim_dates, catalog.claim_dates());
    assert_eq!(stepped.catalog.dataset, ds);
    // And `Explorer::new` is these steps run at once.
    assert_eq!(Explorer::new(loaded()).claims.run(&Filters::default()), index.run(&Filters::default()));
}

#[test]
fn the_fast_path_finds_what_the_record_by_record_path_finds() {
    // Every record reads, but the rules find an error and a warning.
    let mut ds = synthetic(30, 8);
    ds.claims[3].claimant = "nobody".into();
    ds.sources[0].unrecorded.clear();
    let text = compact_json(&ds);
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let (fast, slow) = (load_bytes(text.as_bytes()), load_value(value));
    assert!(fast.errors().count() == 1 && fast.problems.len() > 1, "{:?}", fast.problems);
    assert_eq!(fast.dataset, slow.dataset);
    assert_eq!(fast.problems, slow.problems);
    assert!(fast.rejected.is_empty() && slow.rejected.is_empty());
}

#[test]
fn a_synthetic_file_is_compact_enough_for_100000_claims_under_the_cap() {
    let ds = synthetic(2000, 2020);
    let json = compact_json(&ds);
    let loaded = load_bytes(json.as_bytes());
    assert!(loaded.problems.is_empty(), "{:?}", &loaded.problems[..loaded.problems.len().min(3)]);
    assert_eq!(loaded.dataset, ds, "nothing left out changes the dataset");
    // 100,000 claims at this density: 50 times this file.
    let per_claim = json.len() / 2000;
    assert!(per_claim * 100_000 < MAX_BYTES, "{per_claim} bytes a claim");
    assert!(!json.contains("null") && !json.contains("[]"), "nothing a reader fills in itself");
}

/// A dataset's own wording (its `meta`: title, side names) crosses from the
/// worker to the page with its records; without it the page would call a
/// user's dataset "Untitled".
#[test]
fn a_datasets_meta_reaches_the_page() {
    let mut ds = synthetic(30, 2);
    ds.meta = Some(karabakh::model::Meta {
        title: Some("Northland 2031".into()),
        sides: [(karabakh::model::Side::Armenia, "Northland".to_owned())].into(),
        ..Default::default()
    });
    let said = messages(compact_json(&ds).as_bytes());
    let Some((Report::Accepted { meta, parts, .. }, _)) =
        said.iter().find(|(r, _)| matches!(r, Report::Accepted { .. }))
    else {
        panic!("accepted: {said:?}")
    };
    assert_eq!(meta.as_ref().and_then(|m| m.title.as_deref()), Some("Northland 2031"));
    let mut assembly = Assembly::default();
    for (report, body) in said.iter().filter(|(r, _)| matches!(r, Report::Part { .. })) {
        let Report::Part { section } = report else { unreachable!() };
        assembly.add(*section, body).expect("a part reads");
    }
    assembly.accept(vec![], *parts, meta.clone());
    assert!(assembly.is_complete());
    assert_eq!(assembly.finish().dataset, ds);
}
