//! Hand-made claims for the native tests of the pure logic.
#![allow(dead_code)]

use karabakh::model::{
    Category, Claim, DateRef, Figure, Link, Metric, Population, Precision, Qualifier, Quote, Relation, Side, Whose,
};

pub fn on_day(s: &str) -> DateRef {
    DateRef::publication_day(s.parse().unwrap())
}

pub fn span(from: &str, to: &str) -> DateRef {
    DateRef { end: Some(to.parse().unwrap()), precision: Precision::Range, ..on_day(from) }
}

/// A claim with everything a test does not care about filled in.
pub fn claim(id: &str, side: Side, claimant: &str, category: Category, text: &str) -> Claim {
    Claim {
        id: id.into(),
        claimant: claimant.into(),
        side,
        asserted: on_day("2020-10-01"),
        occurred: on_day("2020-10-01"),
        category,
        places: vec![],
        figures: vec![],
        summary: format!("{claimant} said {text}"),
        quote: Quote { source: "src-a".into(), start: 0, end: text.chars().count(), text: text.into() },
        reported_via: vec![],
        links: vec![],
        verification: vec![],
        flags: vec![],
    }
}

/// An exact figure, its `raw` words "N people".
pub fn figure(metric: Metric, value: u64, population: Population, whose: Whose, cumulative: bool) -> Figure {
    Figure {
        metric,
        value,
        qualifier: Qualifier::Exact,
        population,
        whose,
        cumulative,
        share: None,
        raw: format!("{value} people"),
    }
}

pub fn with_dates(mut c: Claim, asserted: DateRef, occurred: DateRef) -> Claim {
    c.asserted = asserted;
    c.occurred = occurred;
    c
}

pub fn with_places(mut c: Claim, places: &[&str]) -> Claim {
    c.places = places.iter().map(|p| p.to_string()).collect();
    c
}

pub fn from_source(mut c: Claim, source: &str) -> Claim {
    c.quote.source = source.into();
    c
}

pub fn linked(mut c: Claim, relation: Relation, target: &str) -> Claim {
    c.links.push(Link { relation, target: target.into() });
    c
}
