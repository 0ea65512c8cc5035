//! The loaded dataset with its indexes, built once at load: lookups by id,
//! the links seen from both ends, and the per-claim keys the queries scan.

use std::collections::HashMap;

use crate::model::{Actor, Claim, Dataset, DiplomacyEvent, Place, Relation, Source};
use crate::query::ClaimIndex;
use crate::validate::{Loaded, Problem, Rejected};

/// A claim or a diplomacy event: the two kinds of record with a quote of their own.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Record<'a> {
    Claim(&'a Claim),
    Event(&'a DiplomacyEvent),
}

impl<'a> Record<'a> {
    pub fn id(self) -> &'a str {
        match self {
            Record::Claim(c) => &c.id,
            Record::Event(e) => &e.id,
        }
    }

    pub fn summary(self) -> &'a str {
        match self {
            Record::Claim(c) => &c.summary,
            Record::Event(e) => &e.summary,
        }
    }

    pub fn quote(self) -> &'a crate::model::Quote {
        match self {
            Record::Claim(c) => &c.quote,
            Record::Event(e) => &e.quote,
        }
    }

    pub fn links(self) -> &'a [crate::model::Link] {
        match self {
            Record::Claim(c) => &c.links,
            Record::Event(e) => &e.links,
        }
    }
}

/// A link seen from its target: `from` says `relation` of the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Backlink {
    pub from: String,
    pub relation: Relation,
}

/// The dataset and everything derived from it once.
#[derive(Debug, Default)]
pub struct Catalog {
    pub dataset: Dataset,
    /// What the validator found; shown to the user, never hidden.
    pub problems: Vec<Problem>,
    /// Records that could not be read, kept as given.
    pub rejected: Vec<Rejected>,
    actors: HashMap<String, usize>,
    places: HashMap<String, usize>,
    sources: HashMap<String, usize>,
    claims: HashMap<String, usize>,
    events: HashMap<String, usize>,
    backlinks: HashMap<String, Vec<Backlink>>,
    /// The claims, indexed for the claims view's queries.
    pub claim_index: ClaimIndex,
}

fn positions<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    let mut map = HashMap::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).to_owned()).or_insert(i);
    }
    map
}

impl Catalog {
    pub fn new(loaded: Loaded) -> Self {
        let ds = loaded.dataset;
        let mut backlinks: HashMap<String, Vec<Backlink>> = HashMap::new();
        let linked = ds.claims.iter().map(|c| (&c.id, &c.links)).chain(ds.diplomacy.iter().map(|e| (&e.id, &e.links)));
        for (from, links) in linked {
            for l in links {
                backlinks
                    .entry(l.target.clone())
                    .or_default()
                    .push(Backlink { from: from.clone(), relation: l.relation });
            }
        }
        let sources = positions(&ds.sources, |s| &s.id);
        let claim_index = ClaimIndex::new(&ds.claims, |id| sources.get(id).copied().unwrap_or(usize::MAX));
        Catalog {
            claim_index,
            actors: positions(&ds.actors, |a| &a.id),
            places: positions(&ds.places, |p| &p.id),
            sources,
            claims: positions(&ds.claims, |c| &c.id),
            events: positions(&ds.diplomacy, |e| &e.id),
            backlinks,
            dataset: ds,
            problems: loaded.problems,
            rejected: loaded.rejected,
        }
    }

    /// The dataset bundled with the app.
    pub fn bundled() -> Self {
        Self::new(crate::bundled::load_bundled())
    }

    pub fn actor(&self, id: &str) -> Option<&Actor> {
        self.actors.get(id).map(|&i| &self.dataset.actors[i])
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.get(id).map(|&i| &self.dataset.places[i])
    }

    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.dataset.sources[i])
    }

    pub fn claim(&self, id: &str) -> Option<&Claim> {
        self.claims.get(id).map(|&i| &self.dataset.claims[i])
    }

    pub fn event(&self, id: &str) -> Option<&DiplomacyEvent> {
        self.events.get(id).map(|&i| &self.dataset.diplomacy[i])
    }

    pub fn record(&self, id: &str) -> Option<Record<'_>> {
        self.claim(id).map(Record::Claim).or_else(|| self.event(id).map(Record::Event))
    }

    /// Position of a source in file order, for stable sorting.
    pub fn source_index(&self, id: &str) -> usize {
        self.sources.get(id).copied().unwrap_or(usize::MAX)
    }

    /// An actor's display name, or the id itself when unknown.
    pub fn actor_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor(id).map_or(id, |a| a.name.as_str())
    }

    pub fn place_name<'a>(&'a self, id: &'a str) -> &'a str {
        self.place(id).map_or(id, |p| p.name.as_str())
    }

    /// The records that link to `id`.
    pub fn backlinks(&self, id: &str) -> &[Backlink] {
        self.backlinks.get(id).map_or(&[], Vec::as_slice)
    }

    /// Every record whose quote comes from `source`, in dataset order.
    pub fn records_from<'a>(&'a self, source: &'a str) -> impl Iterator<Item = Record<'a>> + 'a {
        let claims = self.dataset.claims.iter().filter(move |c| c.quote.source == source).map(Record::Claim);
        let events = self.dataset.diplomacy.iter().filter(move |e| e.quote.source == source).map(Record::Event);
        claims.chain(events)
    }
}
