#![cfg(not(target_arch = "wasm32"))]
//! Bad input never breaks the explorer: every file of `tests/fixtures/bad/`
//! loads through `load_bytes` with exactly the problems its `.expected`
//! sidecar lists (written by hand, one `Display` line each), and the
//! records that could be read survive. The files too large to keep in the
//! repository (a long string, an oversized file) are made here. The good
//! file they are all made from is the single-file example of
//! `data/README.md`, which must load with no problem at all.

use std::path::Path;

use karabakh::validate::{load_bytes, summary, Loaded, Problem, Severity, MAX_BYTES, MAX_STRING_BYTES};

fn lines(loaded: &Loaded) -> Vec<String> {
    loaded.problems.iter().map(ToString::to_string).collect()
}

/// Records kept per section: sources, actors, places, claims, diplomacy.
fn kept(loaded: &Loaded) -> [usize; 5] {
    let d = &loaded.dataset;
    [d.sources.len(), d.actors.len(), d.places.len(), d.claims.len(), d.diplomacy.len()]
}

/// Each fixture with the records that must survive.
const FIXTURES: [(&str, [usize; 5]); 15] = [
    ("empty", [0; 5]),
    ("utf16", [0; 5]),
    ("not-utf8", [1, 2, 2, 0, 0]),
    ("truncated", [1, 2, 2, 0, 0]),
    ("wrong-top-level", [0; 5]),
    ("deep-nesting", [0; 5]),
    ("huge-number", [1, 2, 2, 0, 1]),
    ("number-not-finite", [1, 2, 1, 1, 1]),
    ("duplicate-id", [1, 2, 2, 1, 1]),
    ("dangling-reference", [1, 2, 2, 1, 1]),
    ("date-out-of-range", [1, 2, 2, 1, 1]),
    ("quote-offsets", [1, 2, 2, 1, 1]),
    ("wrong-shape", [1, 2, 2, 1, 1]),
    ("syntax-error", [0; 5]),
    ("bom", [1, 2, 2, 1, 1]),
];

#[test]
fn every_bad_file_gives_exactly_its_expected_problems_and_keeps_what_it_can() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut failures = Vec::new();
    for (name, survivors) in FIXTURES {
        let bytes = std::fs::read(dir.join(format!("{name}.json"))).expect("fixture");
        let expected = std::fs::read_to_string(dir.join(format!("{name}.expected"))).expect("sidecar");
        let expected: Vec<&str> = expected.lines().collect();
        let loaded = load_bytes(&bytes);
        if lines(&loaded) != expected {
            failures.push(format!(
                "{name}: got\n  {}\nexpected\n  {}",
                lines(&loaded).join("\n  "),
                expected.join("\n  ")
            ));
        }
        if kept(&loaded) != survivors {
            failures.push(format!("{name}: kept {:?}, expected {survivors:?}", kept(&loaded)));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_fixture_is_listed() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bad");
    let mut on_disk: Vec<String> = std::fs::read_dir(dir)
        .expect("dir")
        .filter_map(|e| e.ok()?.file_name().to_str()?.strip_suffix(".json").map(str::to_owned))
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = FIXTURES.iter().map(|(n, _)| (*n).to_owned()).collect();
    listed.sort();
    assert_eq!(on_disk, listed);
}

fn example() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/example.json")).expect("example")
}

#[test]
fn a_string_over_the_limit_sets_its_record_aside_with_its_path() {
    let long = "x".repeat(MAX_STRING_BYTES + 1);
    let text =
        example().replace("Armenia's defence ministry said 12 soldiers were killed near Fizuli on Monday.", &long);
    let loaded = load_bytes(text.as_bytes());
    assert_eq!(
        loaded.problems[0].to_string(),
        "error at $.claims[0].summary (c-001-am-mod-soldiers-killed): this string is 1,000,001 bytes long; one \
         string may have at most 1,000,000 bytes; the record was set aside and nothing else was changed"
    );
    assert_eq!(kept(&loaded), [1, 2, 2, 0, 1]);
    assert_eq!(loaded.rejected.len(), 1);
    assert_eq!(loaded.rejected[0].path, "$.claims[0]");
    // At the limit exactly, nothing is said about length.
    let text =
        example().replace("Armenia's defence ministry said 12 soldiers were killed near Fizuli on Monday.", &long[1..]);
    assert_eq!(kept(&load_bytes(text.as_bytes())), [1, 2, 2, 1, 1]);
}

#[test]
fn a_file_over_the_size_cap_is_refused_before_reading() {
    let mut bytes = example().into_bytes();
    bytes.resize(MAX_BYTES + 1, b' ');
    assert_eq!(
        lines(&load_bytes(&bytes)),
        ["error at $: The file is 50,000,001 bytes (50.0 MB); the explorer reads files of up to 50,000,000 bytes (50 MB)."]
    );
    bytes.truncate(MAX_BYTES);
    assert!(load_bytes(&bytes).problems.is_empty(), "at the cap exactly, the file is read");
}

#[test]
fn the_example_loads_clean() {
    let loaded = load_bytes(example().as_bytes());
    assert_eq!(lines(&loaded), Vec::<String>::new());
    assert_eq!(kept(&loaded), [1, 2, 2, 1, 1]);
}

#[test]
fn summary_lists_errors_first_and_counts_the_rest() {
    let problems: Vec<Problem> = (0..120)
        .map(|i| {
            if i % 2 == 0 {
                Problem::warning(format!("$[{i}]"), None, "w")
            } else {
                Problem::error(format!("$[{i}]"), None, "e")
            }
        })
        .collect();
    let (shown, rest) = summary(&problems, 50);
    assert_eq!((shown.len(), rest), (50, 70));
    assert!(shown.iter().all(|p| p.severity == Severity::Error));
    assert_eq!(shown[0].path, "$[1]", "file order within a severity");
    let (shown, rest) = summary(&problems[..3], 50);
    assert_eq!((shown.len(), rest), (3, 0));
}

/// The first ```json block of the README's single-file section.
fn readme_example() -> &'static str {
    const README: &str = include_str!("../data/README.md");
    let section = &README[README.find("## One file: a dataset users load").expect("the section")..];
    let start = section.find("```json\n").expect("a json block") + "```json\n".len();
    let len = section[start..].find("\n```").expect("the block's end");
    &section[start..start + len]
}

#[test]
fn the_readme_single_file_example_is_the_fixture_and_loads_with_no_problem() {
    assert_eq!(readme_example(), example().trim_end());
    let loaded = karabakh::validate::load_str(readme_example());
    assert_eq!(lines(&loaded), Vec::<String>::new());
    assert!(loaded.rejected.is_empty());
    assert_eq!(kept(&loaded), [1, 2, 2, 1, 1]);
}
