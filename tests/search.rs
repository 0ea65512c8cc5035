#![cfg(not(target_arch = "wasm32"))]
//! One search over everything, on the bundled data: what each kind finds,
//! the hint a view with no match gives, where each kind's results are
//! listed, and the pieces a view marks. Expected values read from
//! data/records by hand.

use karabakh::explorer::Explorer;
use karabakh::search::{hint, join_and, marked, paragraph_ranges, search, Hint, Kind};
use karabakh::state::{apply, Action, History};
use karabakh::timeline::{timeline_with, TimelineFilters};
use karabakh::url_state::{Route, UrlState};

fn ids<'a>(ex: &'a Explorer, kind: Kind, found: &[usize]) -> Vec<&'a str> {
    let ds = &ex.catalog.dataset;
    let mut v: Vec<&str> = found
        .iter()
        .map(|&i| match kind {
            Kind::Claims => ds.claims[i].id.as_str(),
            Kind::Events => ds.diplomacy[i].id.as_str(),
            Kind::Actors => ds.actors[i].id.as_str(),
            Kind::Places => ds.places[i].id.as_str(),
            Kind::Articles => ds.sources[ex.search.paragraph_at[i].source].id.as_str(),
        })
        .collect();
    v.sort();
    v
}

#[test]
fn pompeo_is_in_no_claim_and_in_three_diplomacy_events() {
    let ex = Explorer::bundled();
    let found = search(&ex, "Pompeo");
    assert!(found.claims.is_empty());
    assert_eq!(
        ids(&ex, Kind::Events, &found.events),
        ["d-001-pompeo-separate-meetings", "d-001-trilateral-meeting-ruled-out", "d-002-pompeo-separate-meetings"]
    );
    assert_eq!(ids(&ex, Kind::Actors, &found.actors), ["pompeo"]);
    assert!(!found.paragraphs.is_empty(), "the articles name him");
    let h = hint(Kind::Claims, "Pompeo", &found).expect("a hint");
    assert_eq!(h.elsewhere[0], (Kind::Events, 3));
    assert!(h.sentence().starts_with("No claims mention “Pompeo” — 3 diplomacy events and "), "{}", h.sentence());
    assert_eq!(hint(Kind::Events, "Pompeo", &found), None, "the diplomacy view has matches");
}

#[test]
fn the_hint_names_the_other_views_with_matches() {
    let h = Hint { here: Kind::Claims, query: " Pompeo ".into(), elsewhere: vec![(Kind::Events, 3)] };
    assert_eq!(h.sentence(), "No claims mention “Pompeo” — 3 diplomacy events do.");
    let one = Hint { here: Kind::Events, query: "x".into(), elsewhere: vec![(Kind::Claims, 1)] };
    assert_eq!(one.sentence(), "No diplomacy events mention “x” — 1 claim does.");
    let two = Hint { here: Kind::Articles, query: "x".into(), elsewhere: vec![(Kind::Claims, 2), (Kind::Events, 1)] };
    assert_eq!(two.sentence(), "No article paragraphs mention “x” — 2 claims and 1 diplomacy event do.");
    assert_eq!(join_and(&["a".into(), "b".into(), "c".into()]), "a, b and c");

    let ex = Explorer::bundled();
    assert_eq!(hint(Kind::Claims, "", &search(&ex, "")), None, "no words, no hint");
    assert_eq!(hint(Kind::Claims, "zzzqx", &search(&ex, "zzzqx")), None, "nothing anywhere, no hint");
    assert_eq!(hint(Kind::Claims, "Ganja", &search(&ex, "Ganja")), None, "claims match");
}

#[test]
fn diplomacy_events_are_searched_with_words_folded() {
    let ex = Explorer::bundled();
    let events = &ex.catalog.dataset.diplomacy;
    // Every event that says ceasefire, truce or cease-fire (10, by hand).
    let ceasefire = [
        "d-000-mishustin-asadov-call",
        "d-000-thursday-ceasefire-denied",
        "d-001-am-expects-nato-eu-action",
        "d-001-ceasefire-oct-10",
        "d-001-ceasefire-oct-17",
        "d-001-mnatsakanyan-lavrov-meeting",
        "d-001-putin-observe-agreements",
        "d-002-first-truce-week-earlier",
        "d-002-second-truce-saturday",
        "d-002-unsc-members-monday",
    ];
    for q in ["truce", "ceasefire", "Cease-fires"] {
        let hits = ex.search.events(q).expect("words");
        let f = TimelineFilters { text: q.into(), ..TimelineFilters::default() };
        let mut shown: Vec<&str> = timeline_with(events, &f, Some(&hits))
            .iter()
            .flat_map(|d| d.events.iter().map(|&i| events[i].id.as_str()))
            .collect();
        shown.sort();
        assert_eq!(shown, ceasefire, "searching `{q}`");
    }
    assert_eq!(ex.search.events("  "), None);
}

#[test]
fn each_kind_is_listed_in_its_own_view() {
    assert_eq!(Kind::Claims.view("Pompeo").to_hash(), "#/claims?q=Pompeo");
    assert_eq!(Kind::Events.view("Pompeo").to_hash(), "#/diplomacy?q=Pompeo");
    assert_eq!(Kind::Articles.view("Minsk Group").to_hash(), "#/sources?q=Minsk%20Group");
    assert_eq!(Kind::Actors.view("x").to_hash(), "#/search?q=x");
    // `q` is each view's own.
    let d = UrlState::parse("#/diplomacy?q=truce").state;
    assert_eq!((d.timeline.text.as_str(), d.filters.text.as_str()), ("truce", ""));
    let s = UrlState::parse("#/search?q=Pompeo").state;
    assert_eq!((s.route, s.search.as_str()), (Route::Search, "Pompeo"));
    let c = UrlState::parse("#/claims?q=Ganja").state;
    assert_eq!(c.filters.text, "Ganja");
}

#[test]
fn typing_sets_the_text_of_the_view_shown_and_the_header_opens_the_search_page() {
    let on = |hash: &str, action: Action| {
        let (next, history) = apply(&UrlState::parse(hash).state, action).expect("a change");
        (next.to_hash(), history)
    };
    assert_eq!(on("#/diplomacy", Action::SetText("truce".into())), ("#/diplomacy?q=truce".into(), History::Replace));
    assert_eq!(on("#/sources", Action::SetText("Minsk".into())), ("#/sources?q=Minsk".into(), History::Replace));
    assert_eq!(
        on("#/claims?side=armenia", Action::SearchAll("Pompeo".into())),
        ("#/search?q=Pompeo".into(), History::Push)
    );
    assert_eq!(
        on("#/search?q=Pomp", Action::SearchAll("Pompeo".into())),
        ("#/search?q=Pompeo".into(), History::Replace)
    );
    assert_eq!(on("#/search?q=Pomp", Action::SetText("Pompeo".into())), ("#/search?q=Pompeo".into(), History::Replace));
}

#[test]
fn marked_pieces_put_the_original_text_back_together() {
    let words = vec!["ceasefire".to_owned()];
    let text = "The truce <b>held</b>; a cease-fire.";
    let pieces = marked(text, &words);
    assert_eq!(
        pieces,
        [
            ("The ".to_owned(), false),
            ("truce".to_owned(), true),
            (" <b>held</b>; a ".to_owned(), false),
            ("cease-fire".to_owned(), true),
            (".".to_owned(), false),
        ]
    );
    assert_eq!(marked("", &words), [(String::new(), false)]);
    assert_eq!(paragraph_ranges("Title\n\n  \nBody one.\nTwo"), [0..5, 10..19, 20..23]);
}
