//! Reading a file a user gives us: whatever the bytes, a [`Loaded`] comes
//! back, never a panic, with every problem in plain words.
//!
//! Before serde sees the text, one pass over it (a bracket scanner that
//! skips strings) enforces the limits that protect the page: how deep the
//! data nests, how long one string is, how large a number is. The same pass
//! notes where each record (`$.claims[3]`) starts and ends, so that a file
//! cut short, or broken by a syntax error, still gives every record that was
//! complete before the break: each is read again on its own.

use chrono::{Datelike, NaiveDate};
use serde_json::{Map, Value};

use super::load::{checked, load_value_setting_aside, read_complete, Loaded, SetAside};
use super::Problem;
use crate::model::{Dataset, DateRef, SECTIONS};

/// The largest file read: 50 MB (decimal, as file managers show sizes),
/// some 150 times the bundled dataset with its article texts (about 330 KB).
pub const MAX_BYTES: usize = 50_000_000;

/// How many arrays and objects may sit inside one another. A record of the
/// schema needs 6 (`$.claims[0].verification[0].quote.source`); serde_json
/// itself gives up at 128 with a message nobody can act on.
pub const MAX_DEPTH: usize = 64;

/// The longest one JSON string may be, in bytes as written in the file. A
/// whole article is some 10 KB; 1 MB allows a long book.
pub const MAX_STRING_BYTES: usize = 1_000_000;

/// The years a date may fall in. The conflict's background reaches back to
/// the 1920s; nothing recorded is later than the war's aftermath. A date
/// outside (year 0, 9999) is a typing error, and would throw the time axes
/// out of scale.
pub const EARLIEST_YEAR: i32 = 1900;
pub const LATEST_YEAR: i32 = 2100;

/// How many problems a list shows before "and N more".
pub const SUMMARY_MAX: usize = 50;

/// Reads a dataset file from its bytes: the entry point for files users load.
///
/// Never fails and never panics. A file that breaks a limit or is not JSON
/// gives problems and the records that could still be read (none for an
/// empty, oversized or deeply nested file).
pub fn load_bytes(bytes: &[u8]) -> Loaded {
    load_bytes_reporting(bytes, &mut |_| {})
}

/// The steps of [`load_bytes_reporting`], each reported as it begins: a
/// progress bar's milestones.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LoadStage<'a> {
    /// The pass that enforces the limits.
    Scan,
    /// JSON to records.
    Parse,
    /// The validator's rules over the whole dataset, into which every
    /// record of the file has read: if the file is accepted, it is exactly
    /// this dataset, so a caller may start passing it on already.
    Validate(&'a Dataset),
}

/// The refusal of a file of `len` bytes for its size alone, if it is too
/// large: a caller holding only the file's size can refuse it unread.
pub fn too_large(len: usize) -> Option<Loaded> {
    (len > MAX_BYTES).then(|| {
        fatal(format!(
            "The file is {} bytes ({}); the explorer reads files of up to {} bytes ({}).",
            crate::model::group_thousands(len as u64),
            megabytes(len),
            crate::model::group_thousands(MAX_BYTES as u64),
            megabytes(MAX_BYTES)
        ))
    })
}

/// As [`load_bytes`], calling `report` as each [`LoadStage`] begins.
pub fn load_bytes_reporting(bytes: &[u8], report: &mut dyn FnMut(LoadStage<'_>)) -> Loaded {
    if let Some(refused) = too_large(bytes.len()) {
        return refused;
    }
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return fatal("The file is empty.");
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return fatal("The file is UTF-16 text; save it as UTF-8 and load it again.");
    }
    // Editors on Windows often start UTF-8 files with a byte-order mark,
    // which JSON does not allow but which means nothing: skip it.
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => load_text_reporting(text, report),
        Err(e) => {
            let at = e.valid_up_to();
            // Safe: everything before `valid_up_to` is valid UTF-8.
            let prefix = std::str::from_utf8(&bytes[..at]).unwrap_or_default();
            let (line, column) = line_col(prefix, at);
            let scan = scan(prefix);
            let message = format!(
                "Line {line}, column {column}: the file is not UTF-8 text; byte {at} (0x{:02X}) is the first \
                 that is not. Save the file as UTF-8 and load it again.{}",
                bytes[at],
                kept_note(count_complete(&scan, at)),
            );
            recover(prefix, &scan, at, Some(Problem::error("$", None, message)))
        }
    }
}

/// The JSON text of a dataset file, checked against the limits and read
/// with recovery (as [`load_bytes`] past the byte-level checks).
pub fn load_text(text: &str) -> Loaded {
    load_text_reporting(text, &mut |_| {})
}

fn load_text_reporting(text: &str, report: &mut dyn FnMut(LoadStage<'_>)) -> Loaded {
    report(LoadStage::Scan);
    let scan = scan(text);
    if let Some((at, problem)) = scan.fatal.clone() {
        return recover(text, &scan, at, Some(problem));
    }
    report(LoadStage::Parse);
    // A file in which every record reads gives the same as the path below,
    // without building a tree of every value first (half the time of a
    // large file); any problem at all takes the path below, which finds it.
    if scan.set_aside.is_empty() {
        if let Some(dataset) = read_complete(text) {
            report(LoadStage::Validate(&dataset));
            return checked(dataset);
        }
    }
    match serde_json::from_str::<Value>(text) {
        Ok(value) => load_value_setting_aside(value, scan.set_aside),
        // The scanner has already reported each such number at its path.
        Err(e) if e.to_string().starts_with("number out of range") => recover(text, &scan, usize::MAX, None),
        Err(e) => {
            // serde points at the last byte read; a file cut short ends at its end.
            let at = match e.classify() {
                serde_json::error::Category::Eof => text.len(),
                _ => byte_offset(text, e.line(), e.column()),
            };
            let (line, column) = line_col(text, at);
            let message =
                format!("Line {line}, column {column}: {}.{}", plain_syntax(&e), kept_note(count_complete(&scan, at)));
            recover(text, &scan, at, Some(Problem::error("$", None, message)))
        }
    }
}

/// At most `max` problems, errors first (each kind in file order), and how
/// many more there are.
pub fn summary(problems: &[Problem], max: usize) -> (Vec<&Problem>, usize) {
    let mut sorted: Vec<&Problem> = problems.iter().collect();
    sorted.sort_by_key(|p| p.severity);
    let rest = sorted.len().saturating_sub(max);
    sorted.truncate(max);
    (sorted, rest)
}

/// Every date before [`EARLIEST_YEAR`] or after [`LATEST_YEAR`], at its path.
pub fn dates_out_of_range(ds: &Dataset) -> Vec<Problem> {
    let mut problems = Vec::new();
    for (i, s) in ds.sources.iter().enumerate() {
        check_year(&mut problems, || format!("$.sources[{i}].published.date"), &s.id, Some(s.published.date));
    }
    for (i, c) in ds.claims.iter().enumerate() {
        check_date_ref(&mut problems, || format!("$.claims[{i}].asserted"), &c.id, &c.asserted);
        check_date_ref(&mut problems, || format!("$.claims[{i}].occurred"), &c.id, &c.occurred);
    }
    for (i, e) in ds.diplomacy.iter().enumerate() {
        check_date_ref(&mut problems, || format!("$.diplomacy[{i}].date"), &e.id, &e.date);
        if let Some(a) = &e.announced {
            check_date_ref(&mut problems, || format!("$.diplomacy[{i}].announced"), &e.id, a);
        }
    }
    problems
}

/// `path` is only written out for a date that is out of range: a large
/// file has hundreds of thousands of dates.
fn check_date_ref(problems: &mut Vec<Problem>, path: impl Fn() -> String, id: &str, d: &DateRef) {
    check_year(problems, || format!("{}.date", path()), id, d.date);
    check_year(problems, || format!("{}.end", path()), id, d.end);
    check_year(problems, || format!("{}.anchor", path()), id, d.anchor);
}

fn check_year(problems: &mut Vec<Problem>, path: impl Fn() -> String, id: &str, d: Option<NaiveDate>) {
    if let Some(d) = d.filter(|d| !(EARLIEST_YEAR..=LATEST_YEAR).contains(&d.year())) {
        let message =
            format!("the year {} is outside the years the explorer reads, {EARLIEST_YEAR} to {LATEST_YEAR}", d.year());
        problems.push(Problem::error(path(), Some(id), message));
    }
}

fn fatal(message: impl Into<String>) -> Loaded {
    Loaded { problems: vec![Problem::error("$", None, message)], ..Loaded::default() }
}

/// "52.4 MB"; "50 MB" for exactly 50 MB, "50.0 MB" for a byte more. In
/// integers: float formatting would weigh some 11 KB in the app.
fn megabytes(bytes: usize) -> String {
    if bytes.is_multiple_of(1_000_000) {
        return format!("{} MB", bytes / 1_000_000);
    }
    let tenths = (bytes + 50_000) / 100_000;
    format!("{}.{} MB", tenths / 10, tenths % 10)
}

fn kept_note(complete: usize) -> String {
    match complete {
        0 => " No record before this point was complete, so none was read.".into(),
        1 => " The 1 record complete before this point was read; nothing after it.".into(),
        n => format!(" The {n} records complete before this point were read; nothing after them."),
    }
}

fn count_complete(scan: &Scan, at: usize) -> usize {
    scan.records.iter().filter(|r| r.end <= at).count()
}

/// serde_json's message without its " at line L column C", in plainer words
/// where it has a technical one.
fn plain_syntax(e: &serde_json::Error) -> String {
    let full = e.to_string();
    let bare = full.rsplit_once(" at line ").map_or(full.as_str(), |(m, _)| m);
    let ends = |what: &str| format!("the file ends inside {what}; it may have been cut short");
    match bare {
        "EOF while parsing an object" => ends("an object, before its `}`"),
        "EOF while parsing a list" => ends("an array, before its `]`"),
        "EOF while parsing a string" => ends("a string, before its closing `\"`"),
        "EOF while parsing a value" => "the file ends before the data is complete; it may have been cut short".into(),
        "trailing characters" => "there is more after the end of the data".into(),
        "trailing comma" => "a comma before a closing bracket: remove it".into(),
        "expected value" => "expected a value (an object, array, string, number, true, false or null)".into(),
        "key must be a string" => "a key must be a string in double quotes".into(),
        m if m.starts_with("control character") => {
            "a line break or control character inside a string: write it as \\n or \\t".into()
        }
        m => m.to_owned(),
    }
}

/// Byte offset of serde_json's (line, column); its column counts bytes from 1,
/// and 0 means the start of the line.
fn byte_offset(text: &str, line: usize, column: usize) -> usize {
    let line_start =
        if line <= 1 { 0 } else { text.match_indices('\n').nth(line - 2).map_or(text.len(), |(i, _)| i + 1) };
    (line_start + column.saturating_sub(1)).min(text.len())
}

/// Line and column (both from 1, the column in characters) of a byte offset.
fn line_col(text: &str, at: usize) -> (usize, usize) {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    let before = &text[..at];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// One array element of a top-level section, by byte span.
#[derive(Debug, Clone)]
struct RecordSpan {
    section: String,
    index: usize,
    start: usize,
    end: usize,
}

#[derive(Debug, Clone, Default)]
struct Scan {
    /// The first limit that stops reading (too deep), with where.
    fatal: Option<(usize, Problem)>,
    /// Records holding a string or number over the limits.
    set_aside: Vec<SetAside>,
    /// Every record complete before the scan stopped.
    records: Vec<RecordSpan>,
    /// The sections seen as arrays, in file order.
    sections: Vec<String>,
}

/// Where the scanner is: each open object with its current key (raw, as
/// written in the file: borrowed, since a large file has millions of keys),
/// each open array with its current index.
enum Frame<'t> {
    Object { key: Option<&'t str>, want_key: bool },
    Array { index: usize },
}

/// Keys longer than this are cut short in paths.
const KEY_IN_PATH: usize = 60;

/// A key as a path shows it: cut short after [`KEY_IN_PATH`] characters.
fn in_path(key: &str) -> String {
    key.chars().take(KEY_IN_PATH).collect()
}

/// One pass over the text. It trusts nothing: on anything it does not
/// understand it stops, and serde's own parse says what is wrong. Before
/// the first error it agrees with serde, so the spans it gives are exact.
fn scan(text: &str) -> Scan {
    let b = text.as_bytes();
    let mut out = Scan::default();
    let mut stack: Vec<Frame> = Vec::new();
    let mut record_start: Option<usize> = None;
    // The `id` of the record being scanned, for messages.
    let mut record_id: Option<String> = None;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            b':' => {
                if let Some(Frame::Object { want_key, .. }) = stack.last_mut() {
                    *want_key = false;
                }
                i += 1;
            }
            b',' => {
                match stack.last_mut() {
                    Some(Frame::Object { key, want_key }) => (*key, *want_key) = (None, true),
                    Some(Frame::Array { index }) => *index += 1,
                    None => break,
                }
                i += 1;
            }
            b'{' | b'[' => {
                if stack.len() == 2 {
                    record_id = None;
                }
                if stack.len() >= MAX_DEPTH {
                    let (line, column) = line_col(text, i);
                    let message = format!(
                        "Line {line}, column {column}: the data nests more than {MAX_DEPTH} arrays and objects \
                         inside one another; a dataset needs 6.{}",
                        kept_note(out.records.len())
                    );
                    out.fatal = Some((i, Problem::error(path(&stack), None, message)));
                    break;
                }
                start_value(&stack, &mut record_start, i);
                if stack.len() == 1 && c == b'[' {
                    if let Some(Frame::Object { key: Some(k), .. }) = stack.first() {
                        out.sections.push(in_path(k));
                    }
                }
                stack.push(if c == b'{' {
                    Frame::Object { key: None, want_key: true }
                } else {
                    Frame::Array { index: 0 }
                });
                i += 1;
            }
            b'}' | b']' => {
                match (stack.pop(), c) {
                    (Some(Frame::Object { .. }), b'}') | (Some(Frame::Array { .. }), b']') => {}
                    _ => break,
                }
                i += 1;
                end_value(&stack, &mut record_start, i, &mut out.records);
            }
            b'"' => {
                let Some(close) = string_end(b, i) else { break };
                let len = close - i - 1;
                match stack.last_mut() {
                    Some(Frame::Object { key, want_key: true }) => {
                        *key = Some(&text[i + 1..close]);
                        if len > MAX_STRING_BYTES {
                            let message = format!(
                                "a key of {} bytes is longer than the {} bytes one string may have",
                                len, MAX_STRING_BYTES
                            );
                            set_aside(&mut out, &stack, record_id.as_deref(), message);
                        }
                    }
                    _ => {
                        start_value(&stack, &mut record_start, i);
                        if stack.len() == 3 && matches!(&stack[2], Frame::Object { key: Some(k), .. } if *k == "id") {
                            record_id = Some(in_path(&text[i + 1..close]));
                        }
                        if len > MAX_STRING_BYTES {
                            let message = format!(
                                "this string is {} bytes long; one string may have at most {} bytes",
                                crate::model::group_thousands(len as u64),
                                crate::model::group_thousands(MAX_STRING_BYTES as u64)
                            );
                            set_aside(&mut out, &stack, record_id.as_deref(), message);
                        }
                        end_value(&stack, &mut record_start, close + 1, &mut out.records);
                    }
                }
                i = close + 1;
            }
            b'-' | b'0'..=b'9' => {
                let end = i + b[i..]
                    .iter()
                    .position(|c| !matches!(c, b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E'))
                    .unwrap_or(b.len() - i);
                start_value(&stack, &mut record_start, i);
                if let Some(message) = number_too_large(&text[i..end]) {
                    set_aside(&mut out, &stack, record_id.as_deref(), message);
                }
                end_value(&stack, &mut record_start, end, &mut out.records);
                i = end;
            }
            b'a'..=b'z' => {
                let end = i + b[i..].iter().position(|c| !c.is_ascii_lowercase()).unwrap_or(b.len() - i);
                start_value(&stack, &mut record_start, i);
                end_value(&stack, &mut record_start, end, &mut out.records);
                i = end;
            }
            _ => break,
        }
    }
    out
}

/// Where the closing quote of the string opening at `open` is.
fn string_end(b: &[u8], open: usize) -> Option<usize> {
    let mut j = open + 1;
    loop {
        j += b.get(j..)?.iter().position(|&c| c == b'"' || c == b'\\')?;
        if b[j] == b'"' {
            return Some(j);
        }
        j += 2;
    }
}

/// A record starts where a value starts directly inside a section's array.
fn start_value(stack: &[Frame], record_start: &mut Option<usize>, at: usize) {
    if stack.len() == 2 && matches!(stack[1], Frame::Array { .. }) {
        *record_start = Some(at);
    }
}

fn end_value(stack: &[Frame], record_start: &mut Option<usize>, at: usize, records: &mut Vec<RecordSpan>) {
    if stack.len() != 2 {
        return;
    }
    if let (Some(start), Some((section, index))) = (*record_start, record_of(stack)) {
        records.push(RecordSpan { section, index, start, end: at });
        *record_start = None;
    }
}

/// The section and index of the record the scanner is in, if any.
fn record_of(stack: &[Frame]) -> Option<(String, usize)> {
    match stack {
        [Frame::Object { key: Some(k), .. }, Frame::Array { index }, ..] => Some((in_path(k), *index)),
        _ => None,
    }
}

/// Notes a problem at the current path, and sets its record aside.
fn set_aside(out: &mut Scan, stack: &[Frame], id: Option<&str>, message: String) {
    let id = id.filter(|_| stack.len() > 2);
    let problem = Problem::error(path(stack), id, message);
    match record_of(stack).filter(|(s, _)| SECTIONS.contains(&s.as_str())) {
        Some((section, index)) => out.set_aside.push(SetAside { section, index, problem }),
        // Outside any record (an unknown section): nothing is read from it.
        None => out.set_aside.push(SetAside { section: String::new(), index: usize::MAX, problem }),
    }
}

/// `$.claims[3].figures[0].value` for the value the scanner is at.
fn path(stack: &[Frame]) -> String {
    let mut p = String::from("$");
    for f in stack {
        match f {
            Frame::Object { key: Some(k), .. } => {
                p.push('.');
                p.push_str(&in_path(k));
            }
            Frame::Object { key: None, .. } => {}
            Frame::Array { index } => p.push_str(&format!("[{index}]")),
        }
    }
    p
}

/// A number serde would read as something other than what is written: a
/// whole number past `u64` (it would silently become an inexact float) or a
/// number past `f64` (serde rejects the whole file).
fn number_too_large(literal: &str) -> Option<String> {
    let shown = || if literal.len() > 30 { format!("{}…", &literal[..30]) } else { literal.to_owned() };
    if literal.contains(['.', 'e', 'E']) {
        return literal
            .parse::<f64>()
            .ok()
            .filter(|f| f.is_infinite())
            .map(|_| format!("the number {} is too large to read", shown()));
    }
    let digits = literal.strip_prefix('-').unwrap_or(literal);
    // A malformed literal is serde's to report.
    if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    match (literal.starts_with('-'), literal.parse::<i64>().is_ok(), literal.parse::<u64>().is_ok()) {
        (true, false, _) => Some(format!("the number {} is too far below zero to read", shown())),
        (false, _, false) => Some(format!(
            "the number {} is too large; whole numbers go up to {}",
            shown(),
            crate::model::group_thousands(u64::MAX)
        )),
        _ => None,
    }
}

/// Reads what can be read after a break at byte `at`: every record complete
/// before it, each parsed on its own, and `first`, the break itself.
fn recover(text: &str, scan: &Scan, at: usize, first: Option<Problem>) -> Loaded {
    let mut set_aside: Vec<SetAside> = scan.set_aside.clone();
    let mut top = Map::new();
    for section in &scan.sections {
        let mut items = Vec::new();
        for r in scan.records.iter().filter(|r| &r.section == section && r.end <= at) {
            if r.index != items.len() {
                break;
            }
            let raw = &text[r.start..r.end];
            let value = serde_json::from_str::<Value>(raw).unwrap_or_else(|e| {
                if !set_aside.iter().any(|s| &s.section == section && s.index == r.index) {
                    let problem = Problem::error(format!("$.{section}[{}]", r.index), None, plain_syntax(&e));
                    set_aside.push(SetAside { section: section.clone(), index: r.index, problem });
                }
                // Kept as it was given, as text.
                Value::String(raw.to_owned())
            });
            items.push(value);
        }
        top.insert(section.clone(), Value::Array(items));
    }
    let mut loaded = load_value_setting_aside(Value::Object(top), set_aside);
    // The sections the break cut off are not missing from the file: the
    // break says so already.
    if let Some(first) = first {
        loaded.problems.retain(|p| !(p.message.starts_with("no `") && p.message.ends_with("` section")));
        loaded.problems.insert(0, first);
    }
    loaded
}
