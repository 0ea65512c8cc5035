#![cfg(not(target_arch = "wasm32"))]
//! Filters and facet counts on hand-made claims, and on the bundled data.

mod support;

use karabakh::model::{Category, Claim, Side};
use karabakh::query::{ClaimIndex, DateField, Facet, FacetKey, Filters};
use support::*;

fn claims() -> Vec<Claim> {
    vec![
        with_places(
            with_dates(
                claim("c-1", Side::Azerbaijan, "az-mod", Category::Attack, "Ganja came under fire"),
                on_day("2020-10-08"),
                on_day("2020-10-07"),
            ),
            &["ganja"],
        ),
        with_places(
            with_dates(
                claim("c-2", Side::NagornoKarabakh, "nk-mod", Category::Attack, "Stepanakert was shelled"),
                on_day("2020-10-08"),
                on_day("2020-10-08"),
            ),
            &["stepanakert"],
        ),
        from_source(
            with_dates(
                claim("c-3", Side::Armenia, "am-mod", Category::Casualties, "772 soldiers killed"),
                on_day("2020-10-21"),
                span("2020-09-27", "2020-10-21"),
            ),
            "src-b",
        ),
        from_source(
            with_dates(
                claim(
                    "c-4",
                    Side::Azerbaijan,
                    "az-prosecutor",
                    Category::Casualties,
                    "63 civilians killed in Ganja and Terter",
                ),
                on_day("2020-10-21"),
                span("2020-09-27", "2020-10-21"),
            ),
            "src-b",
        ),
        with_places(
            with_dates(
                claim("c-5", Side::Mediator, "kremlin", Category::Position, "ceasefire must be observed"),
                on_day("2020-09-29"),
                on_day("2020-09-29"),
            ),
            &["ganja", "stepanakert"],
        ),
    ]
}

fn ids(ix: &ClaimIndex, cs: &[Claim], f: &Filters) -> Vec<String> {
    ix.run(f).matches.iter().map(|&i| cs[i].id.clone()).collect()
}

fn index(cs: &[Claim]) -> ClaimIndex {
    ClaimIndex::new(cs, |s| if s == "src-a" { 0 } else { 1 })
}

fn count(ix: &ClaimIndex, f: &Filters, facet: Facet, value: &str) -> usize {
    ix.run(f).facet(facet).iter().find(|v| v.key.value() == value).map_or(usize::MAX, |v| v.count)
}

/// `facet`'s value spelt `value`, as a URL gives it.
fn key(facet: Facet, value: &str) -> FacetKey {
    FacetKey::parse(facet, value).unwrap()
}

#[test]
fn no_filter_shows_everything_in_date_order() {
    let cs = claims();
    let ix = index(&cs);
    assert_eq!(ids(&ix, &cs, &Filters::default()), ["c-5", "c-1", "c-2", "c-3", "c-4"]);
    let by_occurred = Filters { date_field: DateField::Occurred, ..Filters::default() };
    assert_eq!(ids(&ix, &cs, &by_occurred), ["c-3", "c-4", "c-5", "c-1", "c-2"]);
}

#[test]
fn values_of_one_facet_are_alternatives_and_facets_combine() {
    let cs = claims();
    let ix = index(&cs);
    let mut f = Filters::default();
    f.toggle(key(Facet::Side, "azerbaijan"));
    f.toggle(key(Facet::Side, "armenia"));
    assert_eq!(ids(&ix, &cs, &f), ["c-1", "c-3", "c-4"]);
    f.toggle(key(Facet::Category, "casualties"));
    assert_eq!(ids(&ix, &cs, &f), ["c-3", "c-4"]);
    f.toggle(key(Facet::Side, "armenia"));
    assert_eq!(ids(&ix, &cs, &f), ["c-4"]);
}

#[test]
fn facet_counts_follow_the_other_filters_but_not_their_own() {
    let cs = claims();
    let ix = index(&cs);
    let mut f = Filters::default();
    assert_eq!(count(&ix, &f, Facet::Side, "azerbaijan"), 2);
    assert_eq!(count(&ix, &f, Facet::Place, "ganja"), 2);
    f.toggle(key(Facet::Side, "azerbaijan"));
    // Its own facet still offers the other sides with their full counts...
    assert_eq!(count(&ix, &f, Facet::Side, "armenia"), 1);
    assert_eq!(count(&ix, &f, Facet::Side, "azerbaijan"), 2);
    // ...while the other facets count only Azerbaijan's claims.
    assert_eq!(count(&ix, &f, Facet::Place, "ganja"), 1);
    assert_eq!(count(&ix, &f, Facet::Place, "stepanakert"), 0);
    assert_eq!(count(&ix, &f, Facet::Category, "attack"), 1);
    assert_eq!(count(&ix, &f, Facet::Source, "src-b"), 1);
    let r = ix.run(&f);
    assert!(r.facet(Facet::Side).iter().find(|v| v.key == key(Facet::Side, "azerbaijan")).unwrap().selected);
    assert_eq!(r.total, 5);
}

#[test]
fn text_matches_every_word_in_summary_or_quote_whatever_the_case() {
    let cs = claims();
    let ix = index(&cs);
    let mut f = Filters { text: "GANJA".into(), ..Filters::default() };
    assert_eq!(ids(&ix, &cs, &f), ["c-1", "c-4"]);
    f.text = "ganja terter".into();
    assert_eq!(ids(&ix, &cs, &f), ["c-4"]);
    f.text = "az-prosecutor".into();
    assert_eq!(ids(&ix, &cs, &f), ["c-4"], "the summary is searched too");
    // Typing on narrows from the previous result; deleting widens again;
    // either way the answer is the one a fresh query gives.
    let mut previous = None;
    for (text, expect) in
        [("s", 5), ("sh", 1), ("she", 1), ("s", 5), ("ganja x", 0), ("ganja", 2), ("ganja terter", 1), ("", 5)]
    {
        f.text = text.into();
        let result = ix.run_after(&f, previous.as_ref());
        assert_eq!(result.matches.len(), expect, "after typing `{text}`");
        assert_eq!(result, ix.run(&f), "after typing `{text}`, as a fresh query");
        previous = Some(result);
    }
}

#[test]
fn date_ranges_keep_claims_whose_dates_overlap() {
    let cs = claims();
    let ix = index(&cs);
    let mut f = Filters { from: "2020-10-08".parse().ok(), to: "2020-10-08".parse().ok(), ..Filters::default() };
    assert_eq!(ids(&ix, &cs, &f), ["c-1", "c-2"]);
    f.date_field = DateField::Occurred;
    assert_eq!(ids(&ix, &cs, &f), ["c-3", "c-4", "c-2"], "running totals overlap any day of their range");
    f.to = None;
    f.from = "2020-10-22".parse().ok();
    assert!(ids(&ix, &cs, &f).is_empty());
}

#[test]
fn clearing_keeps_only_the_date_field() {
    let mut f = Filters { text: "x".into(), date_field: DateField::Occurred, ..Filters::default() };
    f.toggle(key(Facet::Place, "ganja"));
    assert!(!f.is_empty());
    let c = f.cleared();
    assert!(c.is_empty());
    assert_eq!(c.date_field, DateField::Occurred);
    assert_eq!(FacetKey::parse(Facet::Side, "not-a-side"), None, "closed vocabularies know their values");
}

#[test]
fn the_bundled_claims_can_be_filtered_by_each_facet() {
    let explorer = karabakh::explorer::Explorer::bundled();
    let (catalog, ix) = (&explorer.catalog, &explorer.claims);
    let all = ix.run(&Filters::default());
    assert_eq!(all.matches.len(), catalog.dataset.claims.len());
    for facet in Facet::ALL {
        let values = all.facet(facet);
        assert!(!values.is_empty(), "{facet:?} has values");
        for v in values.iter().filter(|v| v.count > 0) {
            let mut f = Filters::default();
            f.insert(v.key.clone());
            assert_eq!(ix.run(&f).matches.len(), v.count, "{:?} count", v.key);
        }
    }
}

#[test]
fn the_fast_text_paths_agree_with_a_search_of_each_claims_words() {
    let cs = vec![
        claim("c-a", Side::Armenia, "x", Category::Position, "abc Степанакерт 772"),
        claim("c-b", Side::Azerbaijan, "y", Category::Position, "def “quoted” – dash"),
        claim("c-c", Side::Mediator, "z", Category::Position, "ABC again, abc"),
    ];
    // The words, folded: c-a "x said abc степанакерт 772", c-b "y said def
    // quoted dash", c-c "z said abc again abc". A query word matches inside
    // one word; punctuation is no word, so a query of it alone filters nothing.
    let ix = index(&cs);
    for (word, expected) in [
        ("7", &["c-a"][..]),
        ("a", &["c-a", "c-b", "c-c"]),
        ("c", &["c-a", "c-c"]),
        ("cd", &[]),
        ("ab", &["c-a", "c-c"]),
        ("bc", &["c-a", "c-c"]),
        ("ca", &[]),
        ("gz", &[]),
        ("ag", &["c-c"]),
        ("ai", &["c-a", "c-b", "c-c"]),
        ("in", &["c-c"]),
        ("Ab", &["c-a", "c-c"]),
        ("abc", &["c-a", "c-c"]),
        ("степ", &["c-a"]),
        ("Степанакерт 772", &["c-a"]),
        ("“quoted”", &["c-b"]),
        ("–", &["c-a", "c-b", "c-c"]),
        ("d", &["c-a", "c-b", "c-c"]),
        ("q", &["c-b"]),
        ("again abc", &["c-c"]),
        ("zzz", &[]),
        ("\u{0}", &["c-a", "c-b", "c-c"]),
    ] {
        let f = Filters { text: word.into(), ..Filters::default() };
        let mut got = ids(&ix, &cs, &f);
        got.sort();
        assert_eq!(got, expected, "searching `{word}`");
    }
}

#[test]
fn sources_are_listed_in_file_order_whatever_their_ids() {
    let cs = claims();
    // Here "src-b" is the first article, although its id sorts last.
    let ix = ClaimIndex::new(&cs, |s| if s == "src-b" { 0 } else { 1 });
    let order: Vec<String> =
        ix.run(&Filters::default()).facet(Facet::Source).iter().map(|v| v.key.value().to_owned()).collect();
    assert_eq!(order, ["src-b", "src-a"]);
    // The ranking only breaks ties between dates; the date order stands.
    assert_eq!(ids(&ix, &cs, &Filters::default()), ["c-5", "c-1", "c-2", "c-3", "c-4"]);
}

#[test]
fn narrowing_from_an_earlier_result_still_checks_every_word() {
    // Enough claims that two earlier hits count as "few": the narrowing path
    // re-reads only those, and must still drop the one that stops matching.
    let mut cs: Vec<Claim> =
        (0..20).map(|i| claim(&format!("c-{i}"), Side::Armenia, "am", Category::Position, "quiet day")).collect();
    cs[3] = claim("c-shelling", Side::Azerbaijan, "az", Category::Attack, "shelling of Ganja");
    cs[9] = claim("c-shop", Side::Azerbaijan, "az", Category::Attack, "a shop was hit");
    let ix = index(&cs);
    let sh = ix.run(&Filters { text: "sh".into(), ..Filters::default() });
    assert_eq!(sh.matches.len(), 2);
    let she = Filters { text: "she".into(), ..Filters::default() };
    let narrowed = ix.run_after(&she, Some(&sh));
    assert_eq!(narrowed.matches.iter().map(|&i| cs[i].id.as_str()).collect::<Vec<_>>(), ["c-shelling"]);
    assert_eq!(narrowed, ix.run(&she));
}
