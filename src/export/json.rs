//! The records in view as a dataset file, in the single-file format, that
//! loads again through `load_str` with no errors.
//!
//! The file holds the claims and diplomacy events given, and every source
//! (with its text), actor and place they reference, directly or through
//! the records they reference (an actor's `member_of`, the source an
//! actor's quote comes from, an article that prints one of its aliases). Links and flags are kept where they point
//! inside the file; a link, a flag's `related` id or a `preferred_figure`
//! flag that points at a record left out is dropped, since it would dangle.

use std::collections::{BTreeSet, HashSet};

use crate::catalog::Catalog;
use crate::model::{Claim, Dataset, DiplomacyEvent, Flag, FlagCode, Link};

/// The dataset file for `claims` and `diplomacy`, pretty-printed.
pub fn json(catalog: &Catalog, claims: &[&Claim], diplomacy: &[&DiplomacyEvent]) -> String {
    // Serialising plain data to a String cannot fail.
    serde_json::to_string_pretty(&subset(catalog, claims, diplomacy)).unwrap_or_default()
}

/// The self-contained dataset [`json`] writes. Records keep the catalog's
/// order, so an export of everything is the dataset itself.
pub fn subset(catalog: &Catalog, claims: &[&Claim], diplomacy: &[&DiplomacyEvent]) -> Dataset {
    let ds = &catalog.dataset;
    let kept: HashSet<&str> =
        claims.iter().map(|c| c.id.as_str()).chain(diplomacy.iter().map(|e| e.id.as_str())).collect();
    let mut sources: BTreeSet<&str> = BTreeSet::new();
    let mut actors: BTreeSet<&str> = BTreeSet::new();
    let mut places: BTreeSet<&str> = BTreeSet::new();
    for c in claims {
        sources.insert(&c.quote.source);
        sources.extend(c.verification.iter().map(|v| v.quote.source.as_str()));
        actors.insert(&c.claimant);
        actors.extend(c.reported_via.iter().map(String::as_str));
        places.extend(c.places.iter().map(String::as_str));
    }
    for e in diplomacy {
        sources.insert(&e.quote.source);
        sources.extend(e.verification.iter().map(|v| v.quote.source.as_str()));
        actors.extend(e.reported_by.iter().map(String::as_str));
        actors.extend(e.participants.iter().chain(&e.mediators).chain(&e.addressees).map(String::as_str));
        places.extend(e.venue.iter().map(String::as_str));
    }
    // An actor's organisation, and its organisation, and so on.
    let mut todo: Vec<&str> = actors.iter().copied().collect();
    while let Some(id) = todo.pop() {
        if let Some(parent) = catalog.actor(id).and_then(|a| a.member_of.as_deref()) {
            if actors.insert(parent) {
                todo.push(parent);
            }
        }
    }
    for a in actors.iter().filter_map(|id| catalog.actor(id)) {
        sources.insert(&a.quote.source);
    }
    for p in places.iter().filter_map(|id| catalog.place(id)) {
        sources.insert(&p.quote.source);
    }
    // Every alias must appear in some article of the file: where none of
    // those already in has it, the first article that does comes along.
    let aliases = actors
        .iter()
        .filter_map(|id| catalog.actor(id))
        .flat_map(|a| &a.aliases)
        .chain(places.iter().filter_map(|id| catalog.place(id)).flat_map(|p| &p.aliases));
    for alias in aliases {
        let holds = |s: &crate::model::Source| s.text.as_deref().is_some_and(|t| t.contains(alias.as_str()));
        if !ds.sources.iter().any(|s| sources.contains(s.id.as_str()) && holds(s)) {
            if let Some(s) = ds.sources.iter().find(|s| holds(s)) {
                sources.insert(&s.id);
            }
        }
    }
    let links = |links: &[Link]| links.iter().filter(|l| kept.contains(l.target.as_str())).cloned().collect();
    let flags = |flags: &[Flag]| -> Vec<Flag> {
        flags
            .iter()
            .filter(|f| f.code != FlagCode::PreferredFigure || f.prefer.as_deref().is_some_and(|p| kept.contains(p)))
            .map(|f| Flag {
                related: f.related.iter().filter(|r| kept.contains(r.as_str())).cloned().collect(),
                ..f.clone()
            })
            .collect()
    };
    let claim_ids: HashSet<&str> = claims.iter().map(|c| c.id.as_str()).collect();
    let event_ids: HashSet<&str> = diplomacy.iter().map(|e| e.id.as_str()).collect();
    Dataset {
        meta: ds.meta.clone(),
        sources: ds
            .sources
            .iter()
            .filter(|s| sources.contains(s.id.as_str()))
            .map(|s| crate::model::Source { flags: flags(&s.flags), ..s.clone() })
            .collect(),
        actors: ds
            .actors
            .iter()
            .filter(|a| actors.contains(a.id.as_str()))
            .map(|a| crate::model::Actor { flags: flags(&a.flags), ..a.clone() })
            .collect(),
        places: ds
            .places
            .iter()
            .filter(|p| places.contains(p.id.as_str()))
            .map(|p| crate::model::Place { flags: flags(&p.flags), ..p.clone() })
            .collect(),
        claims: ds
            .claims
            .iter()
            .filter(|c| claim_ids.contains(c.id.as_str()))
            .map(|c| Claim { links: links(&c.links), flags: flags(&c.flags), ..c.clone() })
            .collect(),
        diplomacy: ds
            .diplomacy
            .iter()
            .filter(|e| event_ids.contains(e.id.as_str()))
            .map(|e| DiplomacyEvent { links: links(&e.links), flags: flags(&e.flags), ..e.clone() })
            .collect(),
    }
}
