#![cfg(not(target_arch = "wasm32"))]
//! The URL fragment holds all state: it round-trips, and bad input is
//! reported and skipped, never fatal.

use karabakh::query::{DateField, Facet};
use karabakh::url_state::{decode, encode, Route, UrlState};

#[test]
fn every_setting_round_trips() {
    let mut s = UrlState::new(Route::Compare);
    for (facet, v) in [
        (Facet::Side, "armenia"),
        (Facet::Side, "nagorno_karabakh"),
        (Facet::Claimant, "az-mod"),
        (Facet::Category, "casualties"),
        (Facet::Place, "ganja"),
        (Facet::Source, "src-001-kashmir-observer"),
    ] {
        facet.toggle(&mut s.filters, v);
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
    assert_eq!(UrlState::parse(&hash), s);
}

#[test]
fn defaults_are_left_out_and_routes_parse() {
    assert_eq!(UrlState::new(Route::Claims).to_hash(), "#/claims");
    assert_eq!(UrlState::parse("").route, Route::Claims);
    assert_eq!(UrlState::parse("#/").route, Route::Claims);
    assert_eq!(UrlState::parse("#/diplomacy/").route, Route::Diplomacy);
    let rec = UrlState::new(Route::Record("c-000-ganja".into()));
    assert_eq!(rec.to_hash(), "#/record/c-000-ganja");
    assert_eq!(UrlState::parse("#/record/c-000-ganja").route, Route::Record("c-000-ganja".into()));
    let src = UrlState::in_source("src-001-kashmir-observer", Some("c-001-x"));
    assert_eq!(src.to_hash(), "#/sources?source=src-001-kashmir-observer&hl=c-001-x");
    assert_eq!(UrlState::parse(&src.to_hash()), src);
}

#[test]
fn what_cannot_be_read_is_listed_and_the_rest_kept() {
    let s = UrlState::parse("#/claims?side=armenia,martians&page=0&from=yesterday&colour=red&q=ok");
    assert_eq!(s.filters.sides.len(), 1);
    assert_eq!(s.filters.text, "ok");
    assert_eq!(s.page, 1);
    assert_eq!(s.filters.from, None);
    assert_eq!(s.ignored.len(), 4, "{:?}", s.ignored);
    let s = UrlState::parse("#/nowhere?q=x");
    assert_eq!(s.route, Route::Claims);
    assert_eq!(s.ignored, vec!["unknown view `/nowhere`"]);
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
    let mut s = UrlState::parse("#/claims?side=azerbaijan&page=2&q=ganja");
    s.highlight = Some("c-1".into());
    let c = s.at(Route::Compare);
    assert_eq!(c.filters, s.filters);
    assert_eq!(c.page, 1);
    assert_eq!(c.highlight, None);
    let f = s.claims_with(Facet::Place, "ganja");
    assert!(f.filters.places.contains("ganja"));
    assert_eq!(f.claims_with(Facet::Place, "ganja"), f, "applying a filter twice keeps it on");
}
