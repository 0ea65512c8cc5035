#![cfg(not(target_arch = "wasm32"))]
//! Which dataset a link was made with: `data=` in the fragment round-trips,
//! bad values are noted and skipped, and a link naming a dataset that is
//! not shown is said to be so, never silently shown as if it were.

use karabakh::link_dataset::{check, notice, show_kept_at_start, LinkCheck};
use karabakh::state::{apply, Action, History};
use karabakh::url_state::{Route, UrlState};

#[test]
fn the_dataset_of_a_link_round_trips_and_the_bundled_one_is_not_written() {
    let mut s = UrlState::new(Route::Compare);
    s.filters.text = "shelling".into();
    assert_eq!(s.to_hash(), "#/compare?q=shelling");
    s.data = Some("my data, v2 & more.json".into());
    let hash = s.to_hash();
    assert_eq!(hash, "#/compare?q=shelling&data=my%20data%2C%20v2%20%26%20more.json");
    let parsed = UrlState::parse(&hash);
    assert_eq!(parsed.state, s);
    assert!(parsed.ignored.is_empty());
    // Another view keeps it; so does any other view's link built from this state.
    assert_eq!(s.at(Route::Map).to_hash(), "#/map?q=shelling&data=my%20data%2C%20v2%20%26%20more.json");
}

#[test]
fn a_bad_data_value_is_noted_and_left_out() {
    let parsed = UrlState::parse("#/claims?data=&side=armenia");
    assert_eq!(parsed.state.data, None);
    assert_eq!(parsed.ignored, ["`data=` names no dataset"]);
    let long = "a".repeat(256);
    let parsed = UrlState::parse(&format!("#/claims?data={long}"));
    assert_eq!(parsed.state.data, None);
    assert_eq!(parsed.ignored, ["`data=` is longer than 255 characters"]);
    let parsed = UrlState::parse(&format!("#/claims?data={}", &long[1..]));
    assert_eq!(parsed.state.data.as_deref().map(str::len), Some(255));
    // Broken percent-encoding is kept as written, as for every value.
    assert_eq!(UrlState::parse("#/claims?data=100%zz.json").state.data.as_deref(), Some("100%zz.json"));
}

#[test]
fn loading_and_leaving_a_dataset_rewrite_the_current_entry() {
    let at = UrlState::parse("#/map?side=azerbaijan").state;
    let (next, history) = apply(&at, Action::SetData(Some("x.json".into()))).expect("a change");
    assert_eq!((next.to_hash().as_str(), history), ("#/map?side=azerbaijan&data=x.json", History::Replace));
    let (back, history) = apply(&next, Action::SetData(None)).expect("a change");
    assert_eq!((back.to_hash().as_str(), history), ("#/map?side=azerbaijan", History::Replace));
    assert_eq!(apply(&back, Action::SetData(None)), None, "nothing to write");
}

#[test]
fn a_link_is_checked_against_the_dataset_shown() {
    assert_eq!(check(None, None), LinkCheck::Agrees);
    assert_eq!(check(Some("x.json"), Some("x.json")), LinkCheck::Agrees);
    assert_eq!(check(None, Some("x.json")), LinkCheck::Name("x.json".into()));
    assert_eq!(check(Some("x.json"), None), LinkCheck::Differs { link: "x.json".into(), shown: None });
    assert_eq!(
        check(Some("x.json"), Some("y.json")),
        LinkCheck::Differs { link: "x.json".into(), shown: Some("y.json".into()) }
    );
}

#[test]
fn the_notice_says_which_dataset_the_link_needs_and_which_is_shown() {
    assert_eq!(
        notice("x.json", None),
        "This link was made with “x.json”; you are seeing the bundled data. Load x.json to see what it showed."
    );
    assert_eq!(
        notice("x.json", Some("y.json")),
        "This link was made with “x.json”; you are seeing “y.json”. Load x.json to see what it showed."
    );
}

#[test]
fn the_kept_dataset_opens_only_where_the_link_allows_it() {
    assert!(show_kept_at_start(None, "kept.json"), "the bare page shows what was kept");
    assert!(show_kept_at_start(Some("kept.json"), "kept.json"));
    assert!(!show_kept_at_start(Some("other.json"), "kept.json"), "never in place of the file the link names");
}
