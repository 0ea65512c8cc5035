//! The loaded dataset with what is derived from it once: lookups by id and
//! the links seen from both ends. Read-only after it is built.

use chrono::NaiveDate;

use crate::fast_hash::FastMap;
use crate::model::{Actor, Claim, Dataset, DiplomacyEvent, Place, Relation, Source};
use crate::names::Names;
use crate::query::FacetKey;

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

/// How much of the dataset one source contributes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct SourceStats {
    pub claims: usize,
    pub events: usize,
    /// Actors whose defining quote comes from this source.
    pub actors: usize,
}

/// The dataset and the lookups derived from it once.
#[derive(Debug, Default)]
pub struct Catalog {
    pub dataset: Dataset,
    /// What this dataset calls itself and its sides.
    pub names: Names,
    actors: FastMap<String, usize>,
    places: FastMap<String, usize>,
    sources: FastMap<String, usize>,
    claims: FastMap<String, usize>,
    events: FastMap<String, usize>,
    backlinks: FastMap<String, Vec<Backlink>>,
    /// Each actor's name as shown, by position (see [`shown_name`]).
    actor_names: Vec<String>,
    /// What each source contributes, counted in one pass: counting per
    /// source on the Sources page read every claim once per source.
    source_stats: FastMap<String, SourceStats>,
}

/// Every source's [`SourceStats`], in one pass over the records.
fn all_source_stats(ds: &Dataset) -> FastMap<String, SourceStats> {
    let mut stats: FastMap<String, SourceStats> = FastMap::default();
    // Looked up before inserting: a key is allocated once per source, not
    // once per record.
    let mut add = |source: &str, count: fn(&mut SourceStats)| match stats.get_mut(source) {
        Some(s) => count(s),
        None => count(stats.entry(source.to_owned()).or_default()),
    };
    ds.claims.iter().for_each(|c| add(&c.quote.source, |s| s.claims += 1));
    ds.diplomacy.iter().for_each(|e| add(&e.quote.source, |s| s.events += 1));
    ds.actors.iter().for_each(|a| add(&a.quote.source, |s| s.actors += 1));
    stats
}

/// An actor's name as shown. A name that points at an article by its file
/// number ("Unnamed outlet (article 000)") names it by its date instead
/// ("Unnamed outlet, 8 Oct 2020"): readers know articles by outlet and
/// date, never by number.
pub fn shown_name(actor: &Actor, sources: &[Source]) -> String {
    let name = actor.name.trim();
    let Some(head) = name.strip_suffix(')').and_then(|n| n.rsplit_once(" (article ")).map(|(head, _)| head) else {
        return actor.name.clone();
    };
    match sources.iter().find(|s| s.id == actor.quote.source) {
        Some(s) => format!("{head}, {}", crate::day::day_month_year(s.published.date)),
        None => actor.name.clone(),
    }
}

fn positions<T>(items: &[T], id: impl Fn(&T) -> &str) -> FastMap<String, usize> {
    let mut map = FastMap::with_capacity_and_hasher(items.len(), Default::default());
    for (i, item) in items.iter().enumerate() {
        map.entry(id(item).to_owned()).or_insert(i);
    }
    map
}

impl Catalog {
    pub fn new(ds: Dataset) -> Self {
        let mut backlinks: FastMap<String, Vec<Backlink>> = FastMap::default();
        let linked = ds.claims.iter().map(|c| (&c.id, &c.links)).chain(ds.diplomacy.iter().map(|e| (&e.id, &e.links)));
        for (from, links) in linked {
            for l in links {
                backlinks
                    .entry(l.target.clone())
                    .or_default()
                    .push(Backlink { from: from.clone(), relation: l.relation });
            }
        }
        Catalog {
            actor_names: ds.actors.iter().map(|a| shown_name(a, &ds.sources)).collect(),
            source_stats: all_source_stats(&ds),
            names: Names::new(&ds),
            actors: positions(&ds.actors, |a| &a.id),
            places: positions(&ds.places, |p| &p.id),
            sources: positions(&ds.sources, |s| &s.id),
            claims: positions(&ds.claims, |c| &c.id),
            events: positions(&ds.diplomacy, |e| &e.id),
            backlinks,
            dataset: ds,
        }
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
        self.claim_position(id).map(|i| &self.dataset.claims[i])
    }

    /// Where the claim `id` sits in `Dataset::claims`.
    pub fn claim_position(&self, id: &str) -> Option<usize> {
        self.claims.get(id).copied()
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
        self.actors.get(id).and_then(|&i| self.actor_names.get(i)).map_or(id, String::as_str)
    }

    /// How a facet value is shown: a side's or category's label, an actor's
    /// or place's name, a source's outlet and date.
    pub fn facet_label(&self, key: &FacetKey) -> String {
        match key {
            FacetKey::Side(s) => self.names.side(*s).to_owned(),
            FacetKey::Category(c) => c.label().to_owned(),
            FacetKey::Claimant(id) => self.actor_name(id).to_owned(),
            FacetKey::Place(id) => self.place_name(id).to_owned(),
            FacetKey::Source(id) => self.source(id).map_or_else(|| id.clone(), |s| s.short_label()),
        }
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

    /// What `source` contributes: its claims, events and the actors first quoted in it.
    pub fn source_stats(&self, source: &str) -> SourceStats {
        self.source_stats.get(source).copied().unwrap_or_default()
    }

    /// The first and last day any claim was made or is about: the range
    /// the date filters offer. `None` for a dataset without claims.
    pub fn claim_dates(&self) -> Option<(NaiveDate, NaiveDate)> {
        let claims = &self.dataset.claims;
        let bounds = || claims.iter().flat_map(|c| [c.asserted.bounds(), c.occurred.bounds()]).flatten();
        Some((bounds().map(|b| b.0).min()?, bounds().map(|b| b.1).max()?))
    }
}
