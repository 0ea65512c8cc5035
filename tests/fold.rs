#![cfg(not(target_arch = "wasm32"))]
//! Words as people write them: the folding rules, the synonym table, the
//! highlights, and each pair of issue 14 on the bundled claims (expected
//! counts and ids read from data/records by hand).

use karabakh::explorer::Explorer;
use karabakh::query::fold::{singular, words};
use karabakh::query::{Filters, Folding};

fn folded(text: &str) -> Vec<String> {
    words(text).into_iter().map(|w| w.spelled).collect()
}

#[test]
fn case_accents_hyphens_and_possessives_fold_away() {
    assert_eq!(folded("GANJA Ganja"), ["ganja", "ganja"]);
    assert_eq!(folded("Bərdə Şuşa Ağdam İlham Gəncə"), ["berde", "susa", "agdam", "ilham", "gence"]);
    assert_eq!(folded("café naïve Müller"), ["cafe", "naive", "muller"]);
    assert_eq!(folded("cafe\u{301}"), ["cafe"], "a decomposed accent");
    assert_eq!(folded("cease-fire, Nagorno-Karabakh"), ["ceasefire", "nagornokarabakh"]);
    assert_eq!(folded("Baku's army; Armenia’s"), ["baku", "army", "armenia"]);
    assert_eq!(folded("don't - dash – “quoted”"), ["dont", "dash", "quoted"]);
    assert_eq!(folded("Степанакерт 772"), ["степанакерт", "772"]);
    let ws = words("a Bərdə b");
    assert_eq!(ws[1].at, 2..9, "byte offsets of the original, ə being two bytes");
}

#[test]
fn plurals_fold_to_the_singular() {
    for (plural, one) in [
        ("casualties", "casualty"),
        ("claims", "claim"),
        ("clashes", "clash"),
        ("losses", "loss"),
        ("marches", "march"),
        ("deaths", "death"),
        ("azeris", "azeri"),
        ("ceasefires", "ceasefire"),
        ("forces", "force"),
        ("armenians", "armenian"),
        ("allies", "ally"),
    ] {
        assert_eq!(singular(plural), one, "{plural}");
    }
    for word in
        ["press", "status", "crisis", "this", "analysis", "was", "gas", "news", "series", "casualty", "ganja", "us"]
    {
        assert_eq!(singular(word), word, "{word} is not a plural");
    }
}

#[test]
fn the_synonym_table_folds_a_group_to_its_first_term() {
    let f = Folding::bundled();
    assert_eq!(f.query("truce"), ["ceasefire"]);
    assert_eq!(f.query("Truces"), ["ceasefire"]);
    assert_eq!(f.query("cease fire"), ["ceasefire"], "a phrase of the table is one word");
    assert_eq!(f.query("cease-fire"), ["ceasefire"]);
    assert_eq!(f.query("Azeri"), ["azerbaijani"]);
    assert_eq!(f.query("deaths"), ["killed"]);
    assert_eq!(f.query("dead"), ["killed"]);
    assert_eq!(f.query("Artsakh"), ["karabakh"]);
    assert_eq!(f.query("tru"), ["tru"], "an unfinished word stays as typed");
    assert_eq!(f.query("ganja GANJA terter"), ["ganja", "terter"], "a word given twice counts once");
    assert!(f.query(" – “ ” ").is_empty(), "punctuation is no word");
}

#[test]
fn a_table_is_checked_when_read() {
    let own = Folding::from_json(r#"{"groups": [["shelling", "bombardment"], ["front line", "frontline"]]}"#)
        .expect("a valid table");
    assert_eq!(own.query("bombardments"), ["shelling"]);
    assert_eq!(own.query("front lines"), ["frontline"]);
    let twice = Folding::from_json(r#"{"groups": [["a1", "b1"], ["c1", "B1"]]}"#).unwrap_err();
    assert!(twice.0.contains("`B1` is in synonym groups 0 and 1"), "{twice}");
    let blank = Folding::from_json(r#"{"groups": [["x", "--"]]}"#).unwrap_err();
    assert!(blank.0.contains("`--` has no letters"), "{blank}");
    assert!(Folding::from_json("{").is_err());
}

#[test]
fn highlights_are_byte_ranges_of_the_original_words() {
    let f = Folding::bundled();
    let text = "A truce, then a Cease-Fire; Bərdə's casualties.";
    let at = |q: &str| -> Vec<&str> { f.highlights(text, &f.query(q)).into_iter().map(|r| &text[r]).collect() };
    assert_eq!(at("ceasefire"), ["truce", "Cease-Fire"]);
    assert_eq!(at("casualty"), ["casualties"]);
    assert_eq!(at("berde"), ["Bərdə"]);
    assert_eq!(at("tru casu"), ["truce", "casualties"], "unfinished words mark the words they start");
    assert_eq!(at("zzz"), Vec::<&str>::new());
    let phrase = "no cease fire here";
    assert_eq!(
        f.highlights(phrase, &f.query("truce")).into_iter().map(|r| &phrase[r]).collect::<Vec<_>>(),
        ["cease fire"],
        "a phrase is marked whole"
    );
}

fn claim_ids(ex: &Explorer, text: &str) -> Vec<String> {
    let r = ex.claims.run(&Filters { text: text.into(), ..Filters::default() });
    let mut ids: Vec<String> = r.matches.iter().map(|&i| ex.catalog.dataset.claims[i].id.clone()).collect();
    ids.sort();
    ids
}

#[test]
fn each_pair_of_the_issue_finds_the_same_claims() {
    let ex = Explorer::bundled();
    let casualties = [
        "c-001-az-63-civilian-casualties",
        "c-003-az-143-civilians-wounded",
        "c-003-nk-19-civilians-killed",
        "c-003-nk-320-military-killed",
    ];
    assert_eq!(claim_ids(&ex, "casualties"), casualties);
    assert_eq!(claim_ids(&ex, "casualty"), casualties);
    assert_eq!(claim_ids(&ex, "Casualty"), casualties);

    // Every claim that says ceasefire(s), truce or cease-fire.
    let ceasefire = [
        "c-000-mediators-ceasefire-push",
        "c-001-both-sides-violated-ceasefires",
        "c-001-russia-brokered-two-ceasefires",
        "c-002-armenia-accuses-truce-breaches",
        "c-002-azerbaijan-accuses-truce-breaches",
        "c-002-new-truce-meant-for-weekend",
        "c-002-truce-little-impact",
        "c-002-truce-under-strain",
        "c-002-un-diplomat-same-message",
        "c-003-no-sign-of-ceasefire",
        "c-004-vartanyan-unprecedented",
    ];
    for q in ["ceasefire", "truce", "cease-fire", "cease fire", "ceasefires", "Truces"] {
        assert_eq!(claim_ids(&ex, q), ceasefire, "searching `{q}`");
    }

    // "azeri" (13 claims as exact letters) and "azerbaijani" (27): 30 together.
    assert_eq!(claim_ids(&ex, "Azeri").len(), 30);
    assert_eq!(claim_ids(&ex, "Azeri"), claim_ids(&ex, "Azerbaijani"));
    assert_eq!(claim_ids(&ex, "azeris"), claim_ids(&ex, "Azerbaijani"));

    // The words killed, dead, death and deaths (not "deadly" or "deadline").
    assert_eq!(claim_ids(&ex, "dead").len(), 19);
    assert_eq!(claim_ids(&ex, "dead"), claim_ids(&ex, "killed"));
    assert_eq!(claim_ids(&ex, "deaths"), claim_ids(&ex, "killed"));

    assert_eq!(claim_ids(&ex, "Artsakh"), claim_ids(&ex, "Karabakh"));
    assert!(claim_ids(&ex, "Pompeo").is_empty());
}
