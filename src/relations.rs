//! A claim's relations in one line, for its card in the list: "denied by
//! Azerbaijan · updated 21 Oct · also in 2 articles". Each part names the
//! record it leads to; the view makes it a link.

use crate::catalog::{Catalog, Record};
use crate::facts::FactClusters;
use crate::model::Relation;

/// One part of the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RelationItem {
    pub text: String,
    /// The id of the record it leads to.
    pub record: String,
}

/// Who a record speaks for: a claim's claimant, an event's first
/// participant, or what it is.
fn who(catalog: &Catalog, id: &str) -> String {
    match catalog.record(id) {
        Some(Record::Claim(c)) => catalog.actor_name(&c.claimant).to_owned(),
        Some(Record::Event(e)) => {
            e.participants.first().map_or_else(|| e.kind.label().to_owned(), |p| catalog.actor_name(p).to_owned())
        }
        None => id.to_owned(),
    }
}

/// "21 Oct": the day a claim was made, or its claimant when the date is unknown.
fn when(catalog: &Catalog, id: &str) -> String {
    match catalog.record(id) {
        Some(Record::Claim(c)) => c.asserted.date.map_or_else(|| who(catalog, id), crate::day::day_month),
        Some(Record::Event(e)) => e.date.date.map_or_else(|| who(catalog, id), crate::day::day_month),
        None => id.to_owned(),
    }
}

/// The relations of the claim at `index` in `Dataset::claims`: who
/// answered, denied or contradicted it, which claims it answers, what
/// updated it or it updates, and the other articles reporting the same
/// fact. Empty when it has none.
pub fn relation_line(catalog: &Catalog, facts: &FactClusters, index: usize) -> Vec<RelationItem> {
    let Some(claim) = catalog.dataset.claims.get(index) else { return Vec::new() };
    let mut items: Vec<RelationItem> = Vec::new();
    let mut push = |text: String, record: &str| {
        if !items.iter().any(|i| i.text == text) {
            items.push(RelationItem { text, record: record.to_owned() });
        }
    };
    let backlinks = catalog.backlinks(&claim.id);
    // A denial answers too: "denied by" says both.
    let denied_by = |from: &str| backlinks.iter().any(|b| b.from == from && b.relation == Relation::Denies);
    // Of several updates, the latest: the card names where the figure stands now.
    let latest_update = backlinks
        .iter()
        .filter(|b| b.relation == Relation::Updates)
        .max_by_key(|b| (catalog.claim(&b.from).and_then(|c| c.asserted.date), std::cmp::Reverse(b.from.clone())));
    for b in backlinks {
        match b.relation {
            Relation::SameFact => {}
            Relation::Answers if denied_by(&b.from) => {}
            Relation::Updates if latest_update != Some(b) => {}
            Relation::Updates => push(format!("updated {}", when(catalog, &b.from)), &b.from),
            r => push(format!("{} {}", r.inverse_label(), who(catalog, &b.from)), &b.from),
        }
    }
    for l in &claim.links {
        match l.relation {
            Relation::SameFact | Relation::About => {}
            Relation::Answers if claim.links.iter().any(|o| o.target == l.target && o.relation == Relation::Denies) => {
            }
            Relation::Contradicts => push(format!("contradicted by {}", who(catalog, &l.target)), &l.target),
            Relation::Updates => push(format!("updates the claim of {}", when(catalog, &l.target)), &l.target),
            r => push(format!("{} {}", r.label(), who(catalog, &l.target)), &l.target),
        }
    }
    let mut sources: Vec<(&str, usize)> = Vec::new();
    for &m in facts.members(facts.cluster_of(index)) {
        let source = catalog.dataset.claims[m].quote.source.as_str();
        if source != claim.quote.source && !sources.iter().any(|(s, _)| *s == source) {
            sources.push((source, m));
        }
    }
    if let Some(&(source, first)) = sources.first() {
        let text = match sources.len() {
            1 => format!("also in {}", catalog.source(source).map_or_else(|| source.to_owned(), |s| s.short_label())),
            n => format!("also in {n} articles"),
        };
        push(text, &catalog.dataset.claims[first].id);
    }
    items
}
