//! Filtering claims and counting facets, fast enough for 100,000 claims per
//! keystroke: the claims are indexed once (ids interned to small integers,
//! text lower-cased, dates as day numbers, both date orders presorted), and
//! each query is then one pass that yields the matches in order and every
//! facet's counts together.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};

use chrono::{Datelike, NaiveDate};

use crate::model::{Category, Claim, DateRef, Side};

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

    const fn bit(self) -> u8 {
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

/// Day number, so that date comparisons are integer comparisons.
fn day(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

fn span(d: &DateRef) -> (i32, i32) {
    (day(d.date), day(d.last_day()))
}

/// A claim reduced to what queries look at.
#[derive(Debug)]
struct Row {
    side: u8,
    claimant: u32,
    category: u8,
    places: Vec<u32>,
    source: u32,
    asserted: (i32, i32),
    occurred: (i32, i32),
}

/// Interns strings to dense integers, remembering first-seen order.
#[derive(Debug, Default)]
struct Interner {
    ids: Vec<String>,
    index: HashMap<String, u32>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.index.get(s) {
            return i;
        }
        let i = u32::try_from(self.ids.len()).expect("fewer than 4 billion distinct ids");
        self.ids.push(s.to_owned());
        self.index.insert(s.to_owned(), i);
        i
    }

    fn mask(&self, chosen: &BTreeSet<String>) -> Option<Vec<bool>> {
        (!chosen.is_empty()).then(|| {
            let mut m = vec![false; self.ids.len()];
            chosen.iter().filter_map(|s| self.index.get(s)).for_each(|&i| m[i as usize] = true);
            m
        })
    }
}

/// The text filter's last answer, so that typing one more letter only
/// re-examines the claims that matched before.
#[derive(Debug, Default)]
struct TextCache {
    words: Vec<String>,
    hits: Vec<bool>,
}

/// The claims, indexed for querying.
#[derive(Debug, Default)]
pub struct ClaimIndex {
    rows: Vec<Row>,
    claimants: Interner,
    places: Interner,
    sources: Interner,
    by_asserted: Vec<u32>,
    by_occurred: Vec<u32>,
    /// Every claim's summary and quote, lower-cased, end to end, each
    /// followed by a NUL so that no match runs across two claims. One scan
    /// of this string answers a word for all claims.
    corpus: String,
    /// Where each claim's text starts in `corpus`, plus its length at the end.
    starts: Vec<usize>,
    /// Per claim, which ASCII letters and digits its text holds: answers a
    /// one-character word (the first keystroke) without reading any text.
    alnum: Vec<u64>,
    text_cache: RefCell<TextCache>,
}

/// The bit of an ASCII letter or digit in a claim's `alnum` mask.
fn alnum_bit(b: u8) -> Option<u64> {
    match b {
        b'a'..=b'z' => Some(1 << (b - b'a')),
        b'0'..=b'9' => Some(1 << (26 + b - b'0')),
        _ => None,
    }
}

fn words(text: &str) -> Vec<String> {
    text.split_whitespace().map(str::to_lowercase).collect()
}

impl ClaimIndex {
    /// Indexes `claims`; `source_order` ranks a source id (file order) to break date ties.
    pub fn new(claims: &[Claim], source_order: impl Fn(&str) -> usize) -> Self {
        let mut ix = ClaimIndex::default();
        let mut keys = Vec::with_capacity(claims.len());
        for c in claims {
            let source = ix.sources.intern(&c.quote.source);
            let row = Row {
                side: Side::ALL.iter().position(|s| *s == c.side).unwrap_or(0) as u8,
                claimant: ix.claimants.intern(&c.claimant),
                category: Category::ALL.iter().position(|k| *k == c.category).unwrap_or(0) as u8,
                places: c.places.iter().map(|p| ix.places.intern(p)).collect(),
                source,
                asserted: span(&c.asserted),
                occurred: span(&c.occurred),
            };
            keys.push((source_order(&c.quote.source), c.quote.start));
            ix.starts.push(ix.corpus.len());
            for part in [&c.summary, &c.quote.text] {
                ix.corpus.extend(part.chars().flat_map(char::to_lowercase));
                ix.corpus.push('\n');
            }
            ix.corpus.push('\0');
            let start = ix.starts[ix.starts.len() - 1];
            ix.alnum.push(ix.corpus[start..].bytes().filter_map(alnum_bit).fold(0, |m, b| m | b));
            ix.rows.push(row);
        }
        ix.starts.push(ix.corpus.len());
        // Sort keys computed once, so sorting compares plain integers.
        let order = |date: fn(&Row) -> i32| {
            let mut o: Vec<u32> = (0..claims.len() as u32).collect();
            o.sort_unstable_by_key(|&i| (date(&ix.rows[i as usize]), keys[i as usize], i));
            o
        };
        ix.by_asserted = order(|r| r.asserted.0);
        ix.by_occurred = order(|r| r.occurred.0);
        ix
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Claim `i`'s lower-cased text.
    fn text_of(&self, i: usize) -> &str {
        &self.corpus[self.starts[i]..self.starts[i + 1]]
    }

    /// Which claims contain `word`: one substring search over the whole
    /// corpus (a single searcher, never restarted), ignoring further matches
    /// inside a claim already found.
    fn scan(&self, word: &str) -> Vec<bool> {
        if let (Some(bit), 1) = (word.bytes().next().and_then(alnum_bit), word.len()) {
            return self.alnum.iter().map(|m| m & bit != 0).collect();
        }
        let mut hits = vec![false; self.rows.len()];
        let (mut row, mut row_end) = (0, 0);
        for (pos, _) in self.corpus.match_indices(word) {
            if pos < row_end {
                continue;
            }
            while self.starts[row + 1] <= pos {
                row += 1;
            }
            hits[row] = true;
            row_end = self.starts[row + 1];
        }
        hits
    }

    /// Which claims contain every word of `text`.
    fn text_hits(&self, text: &str) -> Option<Vec<bool>> {
        let words = words(text);
        if words.is_empty() {
            return None;
        }
        // NUL separates claims in the corpus; no claim's text holds one.
        if words.iter().any(|w| w.contains('\0')) {
            return Some(vec![false; self.rows.len()]);
        }
        let mut cache = self.text_cache.borrow_mut();
        // A query that only lengthens the last word, or adds words, can only
        // narrow the previous hits.
        let narrows = !cache.words.is_empty()
            && cache.hits.len() == self.rows.len()
            && words.len() >= cache.words.len()
            && cache.words.iter().zip(&words).enumerate().all(|(i, (old, new))| {
                if i + 1 == cache.words.len() { new.starts_with(old.as_str()) } else { old == new }
            });
        let previous = narrows.then(|| cache.hits.iter().filter(|&&h| h).count());
        let hits: Vec<bool> = match previous {
            // Few candidates left: look at each of them.
            Some(n) if n * 8 < self.rows.len() => {
                (0..self.rows.len()).map(|i| cache.hits[i] && words.iter().all(|w| self.text_of(i).contains(w.as_str()))).collect()
            }
            // Otherwise scan for the longest word, then check the rest per hit.
            _ => {
                let longest = words.iter().max_by_key(|w| w.len()).expect("at least one word");
                let mut hits = self.scan(longest);
                for (i, h) in hits.iter_mut().enumerate().filter(|(_, h)| **h) {
                    *h = words.iter().all(|w| self.text_of(i).contains(w.as_str()));
                }
                hits
            }
        };
        *cache = TextCache { words, hits: hits.clone() };
        Some(hits)
    }

    /// Runs `f`: the matching claims in date order, and every facet's counts
    /// as if that facet alone were not set.
    pub fn run(&self, f: &Filters) -> QueryResult {
        let side_mask = (!f.sides.is_empty()).then(|| Side::ALL.iter().map(|s| f.sides.contains(s)).collect::<Vec<_>>());
        let cat_mask = (!f.categories.is_empty()).then(|| Category::ALL.iter().map(|c| f.categories.contains(c)).collect::<Vec<_>>());
        let claimant_mask = self.claimants.mask(&f.claimants);
        let place_mask = self.places.mask(&f.places);
        let source_mask = self.sources.mask(&f.sources);
        let text = self.text_hits(&f.text);
        let (from, to) = (f.from.map_or(i32::MIN, day), f.to.map_or(i32::MAX, day));
        let dated = f.from.is_some() || f.to.is_some();

        let mut side_counts = vec![0usize; Side::ALL.len()];
        let mut cat_counts = vec![0usize; Category::ALL.len()];
        let mut claimant_counts = vec![0usize; self.claimants.ids.len()];
        let mut place_counts = vec![0usize; self.places.ids.len()];
        let mut source_counts = vec![0usize; self.sources.ids.len()];
        let mut matches = Vec::new();

        let order = match f.date_field {
            DateField::Asserted => &self.by_asserted,
            DateField::Occurred => &self.by_occurred,
        };
        for &i in order {
            let i = i as usize;
            let r = &self.rows[i];
            if text.as_ref().is_some_and(|t| !t[i]) {
                continue;
            }
            if dated {
                let (start, end) = match f.date_field {
                    DateField::Asserted => r.asserted,
                    DateField::Occurred => r.occurred,
                };
                if end < from || start > to {
                    continue;
                }
            }
            // One bit per facet this claim fails.
            let mut failed = 0u8;
            let fails = |mask: &Option<Vec<bool>>, at: usize| mask.as_ref().is_some_and(|m| !m[at]);
            if fails(&side_mask, r.side as usize) {
                failed |= Facet::Side.bit();
            }
            if fails(&claimant_mask, r.claimant as usize) {
                failed |= Facet::Claimant.bit();
            }
            if fails(&cat_mask, r.category as usize) {
                failed |= Facet::Category.bit();
            }
            if place_mask.as_ref().is_some_and(|m| !r.places.iter().any(|&p| m[p as usize])) {
                failed |= Facet::Place.bit();
            }
            if fails(&source_mask, r.source as usize) {
                failed |= Facet::Source.bit();
            }
            let passes_all_but = |facet: Facet| failed & !facet.bit() == 0;
            if passes_all_but(Facet::Side) {
                side_counts[r.side as usize] += 1;
            }
            if passes_all_but(Facet::Claimant) {
                claimant_counts[r.claimant as usize] += 1;
            }
            if passes_all_but(Facet::Category) {
                cat_counts[r.category as usize] += 1;
            }
            if passes_all_but(Facet::Place) {
                r.places.iter().for_each(|&p| place_counts[p as usize] += 1);
            }
            if passes_all_but(Facet::Source) {
                source_counts[r.source as usize] += 1;
            }
            if failed == 0 {
                matches.push(i);
            }
        }

        let closed = |all: Vec<String>, counts: Vec<usize>, chosen: Vec<String>| -> Vec<FacetValue> {
            all.into_iter()
                .zip(counts)
                .map(|(value, count)| FacetValue { selected: chosen.contains(&value), value, count })
                .collect()
        };
        let open = |interner: &Interner, counts: Vec<usize>, chosen: &BTreeSet<String>, by_count: bool| {
            let mut values: Vec<FacetValue> = interner
                .ids
                .iter()
                .zip(counts)
                .map(|(value, count)| FacetValue { selected: chosen.contains(value), value: value.clone(), count })
                .collect();
            if by_count {
                values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
            }
            values
        };
        let mut sources = open(&self.sources, source_counts, &f.sources, false);
        sources.sort_by(|a, b| a.value.cmp(&b.value));
        QueryResult {
            total: self.rows.len(),
            facets: vec![
                (Facet::Side, closed(Side::ALL.iter().map(|s| s.as_str().to_owned()).collect(), side_counts, Facet::Side.selected(f))),
                (Facet::Claimant, open(&self.claimants, claimant_counts, &f.claimants, true)),
                (Facet::Category, closed(Category::ALL.iter().map(|c| c.as_str().to_owned()).collect(), cat_counts, Facet::Category.selected(f))),
                (Facet::Place, open(&self.places, place_counts, &f.places, true)),
                (Facet::Source, sources),
            ],
            matches,
        }
    }
}
