//! What a query asks (the filters, facet by facet) and what it answers
//! (the matches and every facet's counts).

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::model::{Category, Side};

/// Which date of a claim the date range applies to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum DateField {
    /// When the claim was made.
    #[default]
    Asserted,
    /// When what it is about happened.
    Occurred,
}

impl DateField {
    pub const fn as_str(self) -> &'static str {
        match self {
            DateField::Asserted => "asserted",
            DateField::Occurred => "occurred",
        }
    }
}

/// What the user has chosen. Within a facet the values are alternatives
/// (any of them); across facets every one must hold.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Filters {
    pub sides: BTreeSet<Side>,
    pub claimants: BTreeSet<String>,
    pub categories: BTreeSet<Category>,
    pub places: BTreeSet<String>,
    pub sources: BTreeSet<String>,
    pub date_field: DateField,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
    /// Free text: every word must occur in the summary or the quote.
    pub text: String,
}

impl Filters {
    /// Whether anything narrows the list (the date field alone does not).
    pub fn is_empty(&self) -> bool {
        self.sides.is_empty()
            && self.claimants.is_empty()
            && self.categories.is_empty()
            && self.places.is_empty()
            && self.sources.is_empty()
            && self.from.is_none()
            && self.to.is_none()
            && self.text.trim().is_empty()
    }

    /// The same filters with every value cleared but the date field.
    pub fn cleared(&self) -> Self {
        Filters { date_field: self.date_field, ..Filters::default() }
    }
}

/// The facets the claims view counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Facet {
    Side,
    Claimant,
    Category,
    Place,
    Source,
}

impl Facet {
    pub const ALL: [Facet; 5] = [Facet::Side, Facet::Claimant, Facet::Category, Facet::Place, Facet::Source];

    /// Name in URLs and `data-facet` attributes.
    pub const fn key(self) -> &'static str {
        match self {
            Facet::Side => "side",
            Facet::Claimant => "claimant",
            Facet::Category => "category",
            Facet::Place => "place",
            Facet::Source => "source",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            Facet::Side => "Side",
            Facet::Claimant => "Claimant",
            Facet::Category => "Category",
            Facet::Place => "Place",
            Facet::Source => "Source article",
        }
    }

    pub(super) const fn bit(self) -> u8 {
        1 << self as u8
    }

    /// The values chosen for this facet, as their URL spellings.
    pub fn selected(self, f: &Filters) -> Vec<String> {
        match self {
            Facet::Side => f.sides.iter().map(|s| s.as_str().to_owned()).collect(),
            Facet::Claimant => f.claimants.iter().cloned().collect(),
            Facet::Category => f.categories.iter().map(|c| c.as_str().to_owned()).collect(),
            Facet::Place => f.places.iter().cloned().collect(),
            Facet::Source => f.sources.iter().cloned().collect(),
        }
    }

    /// Adds the value when absent, removes it when present. Unknown
    /// spellings of closed vocabularies are ignored.
    pub fn toggle(self, f: &mut Filters, value: &str) {
        fn flip<T: Ord>(set: &mut BTreeSet<T>, v: T) {
            if !set.remove(&v) {
                set.insert(v);
            }
        }
        match self {
            Facet::Side => {
                if let Ok(v) = value.parse() {
                    flip(&mut f.sides, v)
                }
            }
            Facet::Category => {
                if let Ok(v) = value.parse() {
                    flip(&mut f.categories, v)
                }
            }
            Facet::Claimant => flip(&mut f.claimants, value.to_owned()),
            Facet::Place => flip(&mut f.places, value.to_owned()),
            Facet::Source => flip(&mut f.sources, value.to_owned()),
        }
    }
}

/// One value of a facet with the number of claims it would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// URL spelling: a side or category name, or an actor, place or source id.
    pub value: String,
    pub count: usize,
    pub selected: bool,
}

/// The outcome of a query.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct QueryResult {
    /// Positions in `Dataset::claims` of the matching claims, by date.
    pub matches: Vec<usize>,
    /// Each facet's values, in [`Facet::ALL`] order.
    pub facets: Vec<(Facet, Vec<FacetValue>)>,
    pub total: usize,
}

impl QueryResult {
    pub fn facet(&self, facet: Facet) -> &[FacetValue] {
        self.facets.iter().find(|(f, _)| *f == facet).map_or(&[], |(_, v)| v.as_slice())
    }
}
