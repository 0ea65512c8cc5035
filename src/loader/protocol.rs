//! What the loader worker and the page say to each other. The page sends
//! the file (a `File`, or the text kept in IndexedDB); the worker answers
//! with messages, each a JSON head ([`Report`]) and a body that is empty
//! but for a [`Report::Part`], whose body is a JSON array of records, as
//! UTF-8 bytes: they cross in an `ArrayBuffer` handed over whole, where a
//! string would be decoded from wasm memory and encoded into it again.
//!
//! A dataset crosses as its records themselves, in the model's own serde
//! JSON, a few thousand per part: the page reads each part with typed serde
//! as it arrives (no `serde_json::Value`, no second validation), and no
//! single part keeps it busy long enough to miss a click. When every record
//! of the file reads, the parts are sent before the validator runs, so that
//! the page reads them while the worker validates; they are shown only if
//! the verdict, [`Report::Accepted`], follows. Otherwise they follow it.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use super::progress::Step;
use crate::model::{Dataset, Meta};
use crate::validate::{load_bytes_reporting, summary, LoadStage, Loaded, Problem, SUMMARY_MAX};

/// A section of a dataset, as a part names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Section {
    Sources,
    Actors,
    Places,
    Claims,
    Diplomacy,
}

impl Section {
    const ALL: [Section; 5] = [Section::Sources, Section::Actors, Section::Places, Section::Claims, Section::Diplomacy];

    /// How many records one part holds: some 400 KB of JSON, which the
    /// page reads in about 10 ms. A source carries its article's text.
    const fn per_part(self) -> usize {
        match self {
            Section::Sources => 10,
            _ => 1000,
        }
    }

    fn len(self, ds: &Dataset) -> usize {
        match self {
            Section::Sources => ds.sources.len(),
            Section::Actors => ds.actors.len(),
            Section::Places => ds.places.len(),
            Section::Claims => ds.claims.len(),
            Section::Diplomacy => ds.diplomacy.len(),
        }
    }
}

/// The head of a message from the worker.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Report {
    /// The worker has started and waits for the file.
    Ready,
    /// `done` of `total` of `step`.
    Progress { step: Step, done: u64, total: u64 },
    /// The file is not shown: its problems as sentences, at most
    /// [`SUMMARY_MAX`], errors first, and how many more there are.
    Refused { problems: Vec<String>, more: usize },
    /// The file is valid: its records come in `parts` parts, sent before or
    /// after this; its warnings are shown with it, and its own wording
    /// (`meta`) travels here.
    Accepted {
        warnings: Vec<Problem>,
        parts: usize,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        meta: Option<Meta>,
    },
    /// Records of one section; the body is their JSON array.
    Part { section: Section },
}

/// One message: its head, and the body of a part (else empty).
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    pub head: String,
    pub body: Vec<u8>,
}

impl Message {
    pub fn new(report: &Report) -> Self {
        Message { head: serde_json::to_string(report).expect("a report is JSON"), body: Vec::new() }
    }
}

/// Reads a message's head.
pub fn decode(head: &str) -> Result<Report, String> {
    serde_json::from_str(head).map_err(|e| format!("the loader sent a message the page does not understand: {e}"))
}

/// The refusal of a file that could not be read at all.
pub fn unreadable(why: &str) -> Report {
    Report::Refused { problems: vec![format!("The file could not be read: {why}")], more: 0 }
}

/// Everything the worker says about a file's `bytes`, in order: progress
/// as it checks, parses and validates (with the very validator the build's
/// tests use, [`load_bytes_reporting`]), and the verdict. The records of a
/// valid file come in parts: before the validator runs when every record
/// reads, else after the verdict.
pub fn answer(bytes: &[u8], post: &mut dyn FnMut(Message)) {
    let mut sent = false;
    let loaded = load_bytes_reporting(bytes, &mut |stage| {
        let step = match stage {
            LoadStage::Scan => Step::Check,
            LoadStage::Parse => Step::Parse,
            LoadStage::Validate(_) => Step::Validate,
        };
        post(Message::new(&Report::Progress { step, done: 0, total: 1 }));
        if let LoadStage::Validate(dataset) = stage {
            send_parts(dataset, post);
            sent = true;
        }
    });
    if loaded.errors().next().is_some() {
        let (listed, more) = summary(&loaded.problems, SUMMARY_MAX);
        let problems = listed.iter().map(|p| p.to_string()).collect();
        post(Message::new(&Report::Refused { problems, more }));
        return;
    }
    post(Message::new(&Report::Accepted {
        warnings: loaded.problems.clone(),
        parts: parts(&loaded.dataset).len(),
        meta: loaded.dataset.meta.clone(),
    }));
    if !sent {
        send_parts(&loaded.dataset, post);
    }
}

fn send_parts(ds: &Dataset, post: &mut dyn FnMut(Message)) {
    for (section, range) in parts(ds) {
        post(Message { head: Message::new(&Report::Part { section }).head, body: part_json(ds, section, range) });
    }
}

/// The parts a dataset crosses in: each section in order, cut into runs of
/// [`Section::per_part`] records; an empty section sends no part.
pub fn parts(ds: &Dataset) -> Vec<(Section, Range<usize>)> {
    let mut out = Vec::new();
    for section in Section::ALL {
        let (len, per) = (section.len(ds), section.per_part());
        out.extend((0..len).step_by(per).map(|start| (section, start..(start + per).min(len))));
    }
    out
}

fn part_json(ds: &Dataset, section: Section, r: Range<usize>) -> Vec<u8> {
    let json = match section {
        Section::Sources => serde_json::to_vec(&ds.sources[r]),
        Section::Actors => serde_json::to_vec(&ds.actors[r]),
        Section::Places => serde_json::to_vec(&ds.places[r]),
        Section::Claims => serde_json::to_vec(&ds.claims[r]),
        Section::Diplomacy => serde_json::to_vec(&ds.diplomacy[r]),
    };
    json.expect("records are JSON")
}

/// A dataset put together again on the page, part by part, and shown only
/// once the verdict has accepted it.
#[derive(Debug, Default)]
pub struct Assembly {
    dataset: Dataset,
    warnings: Vec<Problem>,
    /// How many parts the verdict announced; `None` until it comes.
    expected: Option<usize>,
    received: usize,
}

impl Assembly {
    /// The verdict's: the file is valid, with `parts` parts in all, its
    /// `warnings` and its `meta`.
    pub fn accept(&mut self, warnings: Vec<Problem>, parts: usize, meta: Option<Meta>) {
        self.dataset.meta = meta;
        self.warnings = warnings;
        self.expected = Some(parts);
    }

    /// Reads one part's records (typed serde) and adds them.
    pub fn add(&mut self, section: Section, body: &[u8]) -> Result<(), String> {
        // Read as text: `serde_json::from_slice` would compile every record
        // type's reader a second time into the page's wasm (69 KB), beside
        // the one that reads the bundled data.
        fn read<T: serde::de::DeserializeOwned>(into: &mut Vec<T>, body: &str) -> Result<(), serde_json::Error> {
            into.extend(serde_json::from_str::<Vec<T>>(body)?);
            Ok(())
        }
        let body = std::str::from_utf8(body)
            .map_err(|e| format!("a part of the file was damaged on its way to the page: {e}"))?;
        let ds = &mut self.dataset;
        match section {
            Section::Sources => read(&mut ds.sources, body),
            Section::Actors => read(&mut ds.actors, body),
            Section::Places => read(&mut ds.places, body),
            Section::Claims => read(&mut ds.claims, body),
            Section::Diplomacy => read(&mut ds.diplomacy, body),
        }
        .map_err(|e| format!("a part of the file was damaged on its way to the page: {e}"))?;
        self.received += 1;
        Ok(())
    }

    /// Parts received and expected (0 before the verdict).
    pub fn progress(&self) -> (u64, u64) {
        (self.received as u64, self.expected.unwrap_or(0) as u64)
    }

    /// Accepted, and every part received.
    pub fn is_complete(&self) -> bool {
        self.expected.is_some_and(|n| self.received >= n)
    }

    /// The dataset and its warnings, as the validator gave them.
    pub fn finish(self) -> Loaded {
        Loaded { dataset: self.dataset, rejected: Vec::new(), problems: self.warnings }
    }
}
