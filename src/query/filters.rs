//! What a query asks (the filters, facet by facet) and what it answers (the
//! matches and every facet's counts). Facet values stay typed from the URL
//! to the view: a side is a [`Side`], an actor an id, never a bare string
//! that has to be parsed back.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::text_search::TextHits;
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
    pub const ALL: [DateField; 2] = [DateField::Asserted, DateField::Occurred];

    /// The spelling in URLs and form values.
    pub const fn as_str(self) -> &'static str {
        match self {
            DateField::Asserted => "asserted",
            DateField::Occurred => "occurred",
        }
    }

    /// The spelling `s` names, if any.
    pub fn parse(s: &str) -> Option<DateField> {
        DateField::ALL.into_iter().find(|f| f.as_str() == s)
    }
}

/// The facets the claims view counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Facet {
    Side,
    Claimant,
    Category,
    Place,
    Source,
}

impl Facet {
    pub const ALL: [Facet; 5] = [Facet::Side, Facet::Claimant, Facet::Category, Facet::Place, Facet::Source];

    /// The facet's key in URLs.
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

    /// The facet whose URL key is `key`.
    pub fn from_key(key: &str) -> Option<Facet> {
        Facet::ALL.into_iter().find(|f| f.key() == key)
    }

    pub(super) const fn bit(self) -> u8 {
        1 << self as u8
    }
}

/// One value of one facet: a side or category from the schema's closed
/// vocabularies, or the id of an actor, a place or a source.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FacetKey {
    Side(Side),
    Claimant(String),
    Category(Category),
    Place(String),
    Source(String),
}

impl FacetKey {
    /// `facet`'s value spelt `value` in a URL; `None` for a side or category
    /// that the schema does not know.
    pub fn parse(facet: Facet, value: &str) -> Option<FacetKey> {
        Some(match facet {
            Facet::Side => FacetKey::Side(value.parse().ok()?),
            Facet::Category => FacetKey::Category(value.parse().ok()?),
            Facet::Claimant => FacetKey::Claimant(value.to_owned()),
            Facet::Place => FacetKey::Place(value.to_owned()),
            Facet::Source => FacetKey::Source(value.to_owned()),
        })
    }

    pub fn facet(&self) -> Facet {
        match self {
            FacetKey::Side(_) => Facet::Side,
            FacetKey::Claimant(_) => Facet::Claimant,
            FacetKey::Category(_) => Facet::Category,
            FacetKey::Place(_) => Facet::Place,
            FacetKey::Source(_) => Facet::Source,
        }
    }

    /// The value's spelling in URLs: the schema's name or the id.
    pub fn value(&self) -> &str {
        match self {
            FacetKey::Side(s) => s.as_str(),
            FacetKey::Category(c) => c.as_str(),
            FacetKey::Claimant(id) | FacetKey::Place(id) | FacetKey::Source(id) => id,
        }
    }
}

/// What the user has chosen. Within a facet the values are alternatives
/// (any of them); across facets every one must hold.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
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

    /// How many filters are on: each chosen value, each date bound, and the
    /// text, for "Filters (3)".
    pub fn active_count(&self) -> usize {
        self.sides.len()
            + self.claimants.len()
            + self.categories.len()
            + self.places.len()
            + self.sources.len()
            + usize::from(self.from.is_some())
            + usize::from(self.to.is_some())
            + usize::from(!self.text.trim().is_empty())
    }

    /// The same filters with every value cleared but the date field.
    pub fn cleared(&self) -> Self {
        Filters { date_field: self.date_field, ..Filters::default() }
    }

    pub fn contains(&self, key: &FacetKey) -> bool {
        match key {
            FacetKey::Side(s) => self.sides.contains(s),
            FacetKey::Category(c) => self.categories.contains(c),
            FacetKey::Claimant(id) => self.claimants.contains(id),
            FacetKey::Place(id) => self.places.contains(id),
            FacetKey::Source(id) => self.sources.contains(id),
        }
    }

    /// Chooses `key`; choosing it twice is the same as once.
    pub fn insert(&mut self, key: FacetKey) {
        match key {
            FacetKey::Side(s) => {
                self.sides.insert(s);
            }
            FacetKey::Category(c) => {
                self.categories.insert(c);
            }
            FacetKey::Claimant(id) => {
                self.claimants.insert(id);
            }
            FacetKey::Place(id) => {
                self.places.insert(id);
            }
            FacetKey::Source(id) => {
                self.sources.insert(id);
            }
        }
    }

    /// Unchooses `key`; whether it was chosen.
    pub fn remove(&mut self, key: &FacetKey) -> bool {
        match key {
            FacetKey::Side(s) => self.sides.remove(s),
            FacetKey::Category(c) => self.categories.remove(c),
            FacetKey::Claimant(id) => self.claimants.remove(id),
            FacetKey::Place(id) => self.places.remove(id),
            FacetKey::Source(id) => self.sources.remove(id),
        }
    }

    /// Chooses `key` when it is not chosen, unchooses it when it is.
    pub fn toggle(&mut self, key: FacetKey) {
        if !self.remove(&key) {
            self.insert(key);
        }
    }

    /// Every chosen value, facet by facet in [`Facet::ALL`] order.
    pub fn chosen(&self) -> Vec<FacetKey> {
        let sides = self.sides.iter().map(|&s| FacetKey::Side(s));
        let claimants = self.claimants.iter().cloned().map(FacetKey::Claimant);
        let categories = self.categories.iter().map(|&c| FacetKey::Category(c));
        let places = self.places.iter().cloned().map(FacetKey::Place);
        let sources = self.sources.iter().cloned().map(FacetKey::Source);
        sides.chain(claimants).chain(categories).chain(places).chain(sources).collect()
    }
}

/// One value of a facet with the number of claims it would show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    pub key: FacetKey,
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
    /// Which claims the free text matched, kept so that a later query can
    /// narrow them (see [`super::ClaimIndex::run_after`]).
    pub(super) text: Option<TextHits>,
}

impl QueryResult {
    /// The free text's words, folded as search folds them; empty without
    /// text. What the view highlights.
    pub fn words(&self) -> &[String] {
        self.text.as_ref().map_or(&[], |t| t.words())
    }

    pub fn facet(&self, facet: Facet) -> &[FacetValue] {
        self.facets.iter().find(|(f, _)| *f == facet).map_or(&[], |(_, v)| v.as_slice())
    }
}
