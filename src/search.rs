//! One search over everything: claims, diplomacy events, actors, places and
//! the articles' paragraphs, each kind indexed once per dataset with words
//! folded as [`crate::query::fold`] folds them. Values only: what matched,
//! the hint a view gives when it has no match but others do, where each
//! kind's results are listed, and a text cut at its highlights.

use std::ops::Range;

use crate::explorer::Explorer;
use crate::model::Dataset;
use crate::query::{Filters, Folding, TextIndex};
use crate::url_state::{Route, UrlState};

/// The kinds of record search finds, in the order results are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Claims,
    Events,
    Actors,
    Places,
    Articles,
}

impl Kind {
    pub const ALL: [Kind; 5] = [Kind::Claims, Kind::Events, Kind::Actors, Kind::Places, Kind::Articles];

    /// The kinds that are a view with a search of its own.
    pub const VIEWS: [Kind; 3] = [Kind::Claims, Kind::Events, Kind::Articles];

    /// A group's heading.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Claims => "Claims",
            Kind::Events => "Diplomacy events",
            Kind::Actors => "Actors",
            Kind::Places => "Places",
            Kind::Articles => "Article paragraphs",
        }
    }

    /// `n` records of this kind, in words: "1 claim", "3 diplomacy events".
    pub fn count(self, n: usize) -> String {
        let (one, many) = match self {
            Kind::Claims => ("claim", "claims"),
            Kind::Events => ("diplomacy event", "diplomacy events"),
            Kind::Actors => ("actor", "actors"),
            Kind::Places => ("place", "places"),
            Kind::Articles => ("article paragraph", "article paragraphs"),
        };
        format!("{n} {}", if n == 1 { one } else { many })
    }

    /// The view listing this kind's records that mention `text`: the claims
    /// list, the diplomacy timeline, the articles; actors and places are
    /// listed on the search page.
    pub fn view(self, text: &str) -> UrlState {
        let mut at = UrlState::new(match self {
            Kind::Claims => Route::Claims,
            Kind::Events => Route::Diplomacy,
            Kind::Articles => Route::Sources,
            Kind::Actors | Kind::Places => Route::Search,
        });
        match self {
            Kind::Claims => at.filters.text = text.to_owned(),
            Kind::Events => at.timeline.text = text.to_owned(),
            Kind::Actors | Kind::Places | Kind::Articles => at.search = text.to_owned(),
        }
        at
    }
}

/// One paragraph of an article: a line of its text that is not blank.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paragraph {
    /// Position in `Dataset::sources`.
    pub source: usize,
    /// Bytes of the source's text.
    pub at: Range<usize>,
}

/// The paragraphs of `text`, as byte ranges.
pub fn paragraph_ranges(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        let end = start + line.len();
        if !line.trim().is_empty() {
            out.push(start..end);
        }
        start = end + 1;
    }
    out
}

/// Everything but the claims (which [`crate::query::ClaimIndex`] holds),
/// indexed for search once per dataset.
#[derive(Debug, Default)]
pub struct SearchIndex {
    events: TextIndex,
    actors: TextIndex,
    places: TextIndex,
    paragraphs: TextIndex,
    /// Where each indexed paragraph is.
    pub paragraph_at: Vec<Paragraph>,
}

impl SearchIndex {
    /// Indexes `ds` at once; the page does it in steps
    /// ([`SearchIndexBuilder`]), with the same result.
    pub fn new(ds: &Dataset) -> SearchIndex {
        let mut builder = SearchIndexBuilder::default();
        while !builder.step(ds) {}
        builder.finish()
    }

    /// Which diplomacy events mention every word of `text`, one flag per
    /// event; `None` when `text` has no words.
    pub fn events(&self, text: &str) -> Option<Vec<bool>> {
        let hits = self.events.hits(text, None)?;
        Some((0..self.events.count()).map(|i| hits.matched(i)).collect())
    }
}

/// Diplomacy events indexed per step of a [`SearchIndexBuilder`].
pub const EVENTS_PER_STEP: usize = 2500;
/// Articles indexed per step: each carries its whole text.
pub const SOURCES_PER_STEP: usize = 25;

/// A [`SearchIndex`] built a step at a time, each some 10 ms at 100,000
/// claims, so that a page building it answers a click between any two: the
/// events [`EVENTS_PER_STEP`] at a time, then the actors and places, then
/// the articles' paragraphs [`SOURCES_PER_STEP`] articles at a time.
#[derive(Debug, Default)]
pub struct SearchIndexBuilder {
    index: SearchIndex,
    /// Events and articles indexed so far, and whether the names are.
    events: usize,
    names: bool,
    sources: usize,
}

impl SearchIndexBuilder {
    /// How many steps indexing `ds` takes.
    pub fn steps(ds: &Dataset) -> usize {
        ds.diplomacy.len().div_ceil(EVENTS_PER_STEP) + 1 + ds.sources.len().div_ceil(SOURCES_PER_STEP)
    }

    /// Does the next step on `ds` (the same dataset every time); true once
    /// everything is indexed.
    pub fn step(&mut self, ds: &Dataset) -> bool {
        let ix = &mut self.index;
        if self.events < ds.diplomacy.len() {
            let to = (self.events + EVENTS_PER_STEP).min(ds.diplomacy.len());
            for e in &ds.diplomacy[self.events..to] {
                ix.events.push([e.summary.as_str(), e.quote.text.as_str()]);
            }
            self.events = to;
        } else if !self.names {
            ds.actors.iter().for_each(|a| ix.actors.push(names(&a.name, &a.aliases, &a.role)));
            ds.places.iter().for_each(|p| ix.places.push(names(&p.name, &p.aliases, "")));
            self.names = true;
        } else {
            let to = (self.sources + SOURCES_PER_STEP).min(ds.sources.len());
            for s in self.sources..to {
                let text = ds.sources[s].text.as_deref().unwrap_or("");
                for at in paragraph_ranges(text) {
                    ix.paragraphs.push([&text[at.clone()]]);
                    ix.paragraph_at.push(Paragraph { source: s, at });
                }
            }
            self.sources = to;
        }
        self.names && self.sources == ds.sources.len()
    }

    pub fn finish(self) -> SearchIndex {
        self.index
    }
}

/// A name, its aliases and one more field, as an actor or a place is searched.
fn names<'a>(name: &'a str, aliases: &'a [String], more: &'a str) -> impl Iterator<Item = &'a str> {
    std::iter::once(name).chain(aliases.iter().map(String::as_str)).chain([more])
}

/// What one search found: positions in the dataset's arrays (claims by
/// date, the rest in file order; paragraphs index
/// [`SearchIndex::paragraph_at`]).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Found {
    /// The query's words, folded: what the results highlight.
    pub words: Vec<String>,
    pub claims: Vec<usize>,
    pub events: Vec<usize>,
    pub actors: Vec<usize>,
    pub places: Vec<usize>,
    pub paragraphs: Vec<usize>,
}

impl Found {
    pub fn of(&self, kind: Kind) -> &[usize] {
        match kind {
            Kind::Claims => &self.claims,
            Kind::Events => &self.events,
            Kind::Actors => &self.actors,
            Kind::Places => &self.places,
            Kind::Articles => &self.paragraphs,
        }
    }

    pub fn total(&self) -> usize {
        Kind::ALL.iter().map(|&k| self.of(k).len()).sum()
    }
}

/// Searches every kind of record for `text`; nothing found without words.
pub fn search(ex: &Explorer, text: &str) -> Found {
    let words = Folding::bundled().query(text);
    if words.is_empty() {
        return Found::default();
    }
    let claims = ex.claims.run(&Filters { text: text.to_owned(), ..Filters::default() }).matches;
    let ix = &ex.search;
    let all = |t: &TextIndex| t.matching(text).unwrap_or_default();
    Found {
        words,
        claims,
        events: all(&ix.events),
        actors: all(&ix.actors),
        places: all(&ix.places),
        paragraphs: all(&ix.paragraphs),
    }
}

/// What a view with no match says: which other views have matches, and
/// how many.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hint {
    pub here: Kind,
    /// The query as typed.
    pub query: String,
    /// The other views with matches, with their counts.
    pub elsewhere: Vec<(Kind, usize)>,
}

impl Hint {
    /// "No claims mention “Pompeo” — ", before the counts.
    pub fn lead(&self) -> String {
        let what = match self.here {
            Kind::Claims => "claims",
            Kind::Events => "diplomacy events",
            Kind::Actors => "actors",
            Kind::Places => "places",
            Kind::Articles => "article paragraphs",
        };
        format!("No {what} mention “{}” — ", self.query.trim())
    }

    /// " does" or " do", after the counts.
    pub fn verb(&self) -> &'static str {
        match self.elsewhere.as_slice() {
            [(_, 1)] => " does",
            _ => " do",
        }
    }

    /// The whole sentence as text: "No claims mention “Pompeo” — 3
    /// diplomacy events do." The view makes each count a link.
    pub fn sentence(&self) -> String {
        let parts: Vec<String> = self.elsewhere.iter().map(|&(k, n)| k.count(n)).collect();
        format!("{}{}{}.", self.lead(), join_and(&parts), self.verb())
    }
}

/// "a", "a and b", "a, b and c".
pub fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The hint for a view of `here` that shows no match for `query`: `None`
/// when it has matches, when the query has no words, or when no other view
/// has any either.
pub fn hint(here: Kind, query: &str, found: &Found) -> Option<Hint> {
    if found.words.is_empty() || !found.of(here).is_empty() {
        return None;
    }
    let elsewhere: Vec<(Kind, usize)> = Kind::VIEWS
        .into_iter()
        .filter(|&k| k != here)
        .map(|k| (k, found.of(k).len()))
        .filter(|&(_, n)| n > 0)
        .collect();
    (!elsewhere.is_empty()).then(|| Hint { here, query: query.to_owned(), elsewhere })
}

/// `text` cut into pieces, each marked or not, where the folded query
/// `words` match: what a view wraps in `<mark>`.
pub fn marked(text: &str, words: &[String]) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for r in Folding::bundled().highlights(text, words) {
        if r.start > at {
            out.push((text[at..r.start].to_owned(), false));
        }
        out.push((text[r.clone()].to_owned(), true));
        at = r.end;
    }
    if at < text.len() || out.is_empty() {
        out.push((text[at..].to_owned(), false));
    }
    out
}
