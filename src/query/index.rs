//! The claims indexed once at load (ids interned to small integers, dates
//! as day numbers, both date orders presorted), so that each query is one
//! pass yielding the matches in order and every facet's counts together.

use std::collections::BTreeSet;

use chrono::{Datelike, NaiveDate};

use crate::fast_hash::FastMap;

use super::filters::{DateField, Facet, FacetKey, FacetValue, Filters, QueryResult};
use super::text_search::TextIndex;
use crate::model::{Category, Claim, DateRef, Side};

/// Day number, so that date comparisons are integer comparisons.
fn day_number(d: NaiveDate) -> i32 {
    d.num_days_from_ce()
}

/// The days a date may cover; an unknown date covers none, so it matches
/// no date-range filter (an empty span: start after end).
fn span(d: &DateRef) -> (i32, i32) {
    d.bounds().map_or((i32::MAX, i32::MIN), |(a, b)| (day_number(a), day_number(b)))
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
    index: FastMap<String, u32>,
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

/// The claims, indexed for querying.
#[derive(Debug, Default)]
pub struct ClaimIndex {
    rows: Vec<Row>,
    claimants: Interner,
    places: Interner,
    sources: Interner,
    /// Each interned source's place in file order: ties in dates, and the
    /// order of the Source facet.
    source_rank: Vec<usize>,
    by_asserted: Vec<u32>,
    by_occurred: Vec<u32>,
    text: TextIndex,
}

/// A [`ClaimIndex`] being built a slice of claims at a time, so that a
/// large dataset can be indexed in steps between which the page answers
/// clicks. [`ClaimIndex::new`] is one push and [`ClaimIndexBuilder::finish`].
#[derive(Debug, Default)]
pub struct ClaimIndexBuilder {
    ix: ClaimIndex,
    /// Per claim, its source's rank and its quote's start: the tie-break of
    /// both date orders.
    keys: Vec<(usize, usize)>,
}

impl ClaimIndexBuilder {
    /// Indexes the next `claims`; `source_order` ranks a source id in file order.
    pub fn push(&mut self, claims: &[Claim], source_order: impl Fn(&str) -> usize) {
        let ix = &mut self.ix;
        for c in claims {
            let source = ix.sources.intern(&c.quote.source);
            if source as usize == ix.source_rank.len() {
                ix.source_rank.push(source_order(&c.quote.source));
            }
            let row = Row {
                side: Side::ALL.iter().position(|s| *s == c.side).unwrap_or(0) as u8,
                claimant: ix.claimants.intern(&c.claimant),
                category: Category::ALL.iter().position(|k| *k == c.category).unwrap_or(0) as u8,
                places: c.places.iter().map(|p| ix.places.intern(p)).collect(),
                source,
                asserted: span(&c.asserted),
                occurred: span(&c.occurred),
            };
            self.keys.push((ix.source_rank[source as usize], c.quote.start));
            ix.text.push([c.summary.as_str(), c.quote.text.as_str()]);
            ix.rows.push(row);
        }
    }

    /// How many claims have been pushed.
    pub fn len(&self) -> usize {
        self.ix.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ix.rows.is_empty()
    }

    /// Sorts both date orders and hands over the index.
    pub fn finish(self) -> ClaimIndex {
        let ClaimIndexBuilder { mut ix, keys } = self;
        // Sort keys computed once, so sorting compares plain integers.
        let order = |date: fn(&Row) -> i32| {
            let mut o: Vec<u32> = (0..ix.rows.len() as u32).collect();
            o.sort_unstable_by_key(|&i| (date(&ix.rows[i as usize]), keys[i as usize], i));
            o
        };
        ix.by_asserted = order(|r| r.asserted.0);
        ix.by_occurred = order(|r| r.occurred.0);
        ix
    }
}

impl ClaimIndex {
    /// Indexes `claims`; `source_order` ranks a source id in file order.
    pub fn new(claims: &[Claim], source_order: impl Fn(&str) -> usize) -> Self {
        let mut builder = ClaimIndexBuilder::default();
        builder.push(claims, source_order);
        builder.finish()
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Runs `f`: the matching claims in date order, and every facet's counts
    /// as if that facet alone were not set. A pure function of the index and
    /// the filters.
    pub fn run(&self, f: &Filters) -> QueryResult {
        self.run_after(f, None)
    }

    /// As [`ClaimIndex::run`], given the result of an earlier query on this
    /// index: when the new text only narrows the earlier text, only the word
    /// that changed is looked up, among the claims it matched. The result is
    /// exactly `run`'s.
    pub fn run_after(&self, f: &Filters, earlier: Option<&QueryResult>) -> QueryResult {
        let side_mask =
            (!f.sides.is_empty()).then(|| Side::ALL.iter().map(|s| f.sides.contains(s)).collect::<Vec<_>>());
        let cat_mask = (!f.categories.is_empty())
            .then(|| Category::ALL.iter().map(|c| f.categories.contains(c)).collect::<Vec<_>>());
        let claimant_mask = self.claimants.mask(&f.claimants);
        let place_mask = self.places.mask(&f.places);
        let source_mask = self.sources.mask(&f.sources);
        let text = self.text.hits(&f.text, earlier.and_then(|e| e.text.as_ref()));
        let (from, to) = (f.from.map_or(i32::MIN, day_number), f.to.map_or(i32::MAX, day_number));
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
            if text.as_ref().is_some_and(|t| !t.matched(i)) {
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

        let closed = |keys: Vec<FacetKey>, counts: Vec<usize>| -> Vec<FacetValue> {
            keys.into_iter()
                .zip(counts)
                .map(|(key, count)| FacetValue { selected: f.contains(&key), key, count })
                .collect()
        };
        let open = |interner: &Interner, counts: Vec<usize>, key: fn(String) -> FacetKey| -> Vec<FacetValue> {
            let keys = interner.ids.iter().cloned().map(key).collect();
            closed(keys, counts)
        };
        let by_count = |mut values: Vec<FacetValue>| {
            values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
            values
        };
        // Sources in file order, as the articles are listed everywhere else.
        let mut sources: Vec<(usize, FacetValue)> =
            self.source_rank.iter().copied().zip(open(&self.sources, source_counts, FacetKey::Source)).collect();
        sources.sort_by_key(|(rank, _)| *rank);
        let sources = sources.into_iter().map(|(_, v)| v).collect();
        QueryResult {
            total: self.rows.len(),
            facets: vec![
                (Facet::Side, closed(Side::ALL.iter().map(|&s| FacetKey::Side(s)).collect(), side_counts)),
                (Facet::Claimant, by_count(open(&self.claimants, claimant_counts, FacetKey::Claimant))),
                (Facet::Category, closed(Category::ALL.iter().map(|&c| FacetKey::Category(c)).collect(), cat_counts)),
                (Facet::Place, by_count(open(&self.places, place_counts, FacetKey::Place))),
                (Facet::Source, sources),
            ],
            text,
            matches,
        }
    }
}
