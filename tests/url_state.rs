#![cfg(not(target_arch = "wasm32"))]
//! The URL fragment holds all state: it round-trips, and bad input is
//! reported and skipped, never fatal.

use karabakh::model::{Category, Side};
use karabakh::query::{DateField, Facet, FacetKey};
use karabakh::url_state::{decode, encode, Route, UrlState};

#[test]
fn every_setting_round_trips() {
    let mut s = UrlState::new(Route::Compare);
    for key in [
        FacetKey::Side(Side::Armenia),
        FacetKey::Side(Side::NagornoKarabakh),
        FacetKey::Claimant("az-mod".into()),
        FacetKey::Category(Category::Casualties),
        FacetKey::Place("ganja".into()),
        FacetKey::Source("src-001-kashmir-observer".into()),
    ] {
        s.filters.insert(key);
    }
    s.filters.date_field = DateField::Occurred;
    s.filters.from = "2020-09-27".parse().ok();
    s.filters.to = "2020-10-23".parse().ok();
    s.filters.text = "Ganja & “Terter”, 100% / sure?#".into();
    s.page = 3;
    s.timeline.participants.insert("lavrov".into());
    s.timeline.mediators.insert("russia".into());
    let hash = s.to_hash();
    assert!(hash.starts_with("#/compare?side=armenia,nagorno_karabakh&claimant=az-mod&category=casualties"), "{hash}");
    assert!(!hash[1..].contains('#') && hash.matches('?').count() == 1, "{hash}");
    assert_eq!(UrlState::parse(&hash).state, s);
}

#[test]
fn defaults_are_left_out_and_routes_parse() {
    assert_eq!(UrlState::new(Route::Claims).to_hash(), "#/claims");
    assert_eq!(UrlState::parse("").state.route, Route::Claims);
    assert_eq!(UrlState::parse("#/").state.route, Route::Claims);
    assert_eq!(UrlState::parse("#/diplomacy/").state.route, Route::Diplomacy);
    let rec = UrlState::new(Route::Record("c-000-ganja".into()));
    assert_eq!(rec.to_hash(), "#/record/c-000-ganja");
    assert_eq!(UrlState::parse("#/record/c-000-ganja").state.route, Route::Record("c-000-ganja".into()));
    let src = UrlState::in_source("src-001-kashmir-observer", Some("c-001-x"));
    assert_eq!(src.to_hash(), "#/sources?source=src-001-kashmir-observer&hl=c-001-x");
    assert_eq!(UrlState::parse(&src.to_hash()).state, src);
}

#[test]
fn what_cannot_be_read_is_listed_and_the_rest_kept() {
    let p = UrlState::parse("#/claims?side=armenia,martians&page=0&from=yesterday&colour=red&q=ok");
    assert_eq!(p.state.filters.sides.len(), 1);
    assert_eq!(p.state.filters.text, "ok");
    assert_eq!(p.state.page, 1);
    assert_eq!(p.state.filters.from, None);
    assert_eq!(
        p.ignored,
        [
            "unknown side `martians`",
            "`page=0` is not a page number",
            "`from=yesterday` is not a date (YYYY-MM-DD)",
            "unknown setting `colour`"
        ]
    );
    let p = UrlState::parse("#/nowhere?q=x");
    assert_eq!(p.state.route, Route::Claims);
    assert_eq!(p.ignored, vec!["unknown view `/nowhere`"]);
}

#[test]
fn a_value_given_twice_means_the_same_as_once() {
    for (twice, once) in [
        ("#/claims?side=armenia,armenia", "#/claims?side=armenia"),
        ("#/claims?side=armenia&side=armenia", "#/claims?side=armenia"),
        ("#/claims?claimant=x,x", "#/claims?claimant=x"),
        ("#/claims?category=attack,attack,attack", "#/claims?category=attack"),
        ("#/diplomacy?mediator=russia,russia", "#/diplomacy?mediator=russia"),
    ] {
        let (a, b) = (UrlState::parse(twice), UrlState::parse(once));
        assert_eq!(a, b, "{twice}");
        assert!(a.ignored.is_empty(), "{twice}");
        assert_eq!(a.state.to_hash(), once);
    }
    assert_eq!(UrlState::parse("#/claims?side=armenia,armenia").state.filters.sides.len(), 1);
}

#[test]
fn encoding_is_reversible_and_tolerates_bad_escapes() {
    for s in ["plain", "a b+c", "100%", "Ganja, Terter", "Степанакерт", "“quoted” – dash", "%zz"] {
        assert_eq!(decode(&encode(s)), s);
    }
    assert_eq!(decode("100%"), "100%");
    assert_eq!(decode("%E2%80%9C"), "“");
    assert_eq!(decode("a+b"), "a b");
    assert_eq!(decode("%e2%80"), "\u{FFFD}");
}

#[test]
fn moving_between_views_keeps_filters_and_drops_view_state() {
    let mut s = UrlState::parse("#/claims?side=azerbaijan&page=2&q=ganja").state;
    s.highlight = Some("c-1".into());
    let c = s.at(Route::Compare);
    assert_eq!(c.filters, s.filters);
    assert_eq!(c.page, 1);
    assert_eq!(c.highlight, None);
    let ganja = FacetKey::Place("ganja".into());
    let f = s.narrowed(Route::Claims, ganja.clone());
    assert_eq!(f.to_hash(), "#/claims?side=azerbaijan&place=ganja&q=ganja");
    assert_eq!(f.narrowed(Route::Claims, ganja.clone()), f, "applying a filter twice keeps it on");
    assert_eq!(UrlState::claims_with(ganja).to_hash(), "#/claims?place=ganja", "a link applies its filter alone");
    assert_eq!(Facet::from_key("place"), Some(Facet::Place));
}

#[test]
fn dates_on_the_diplomacy_view_are_the_timelines_own() {
    let p = UrlState::parse("#/diplomacy?from=2020-10-10&to=2020-10-12");
    assert!(p.ignored.is_empty());
    assert_eq!(p.state.timeline.from, "2020-10-10".parse().ok());
    assert_eq!(p.state.timeline.to, "2020-10-12".parse().ok());
    assert_eq!((p.state.filters.from, p.state.filters.to), (None, None), "the claims filters are untouched");
    assert_eq!(p.state.to_hash(), "#/diplomacy?from=2020-10-10&to=2020-10-12");
    let claims = UrlState::parse("#/claims?from=2020-10-10");
    assert_eq!((claims.state.filters.from, claims.state.timeline.from), ("2020-10-10".parse().ok(), None));
}
