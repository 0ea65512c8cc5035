#![cfg(not(target_arch = "wasm32"))]
//! The bundled links: every relation's reverse can be derived (and is not
//! stored), no two records are both the same fact and contradicting, and
//! each fact cluster is consistent.

use std::collections::HashSet;

use karabakh::bundled::load_bundled;
use karabakh::facts::FactClusters;
use karabakh::model::{Dataset, Relation};

fn links(ds: &Dataset) -> Vec<(&str, Relation, &str)> {
    ds.claims
        .iter()
        .map(|c| (c.id.as_str(), &c.links))
        .chain(ds.diplomacy.iter().map(|e| (e.id.as_str(), &e.links)))
        .flat_map(|(id, ls)| ls.iter().map(move |l| (id, l.relation, l.target.as_str())))
        .collect()
}

#[test]
fn every_relation_has_a_derived_inverse_and_no_reverse_is_stored() {
    let ds = load_bundled().dataset;
    let all = links(&ds);
    assert!(all.len() > 40, "only {} links", all.len());
    let pairs: HashSet<(&str, &str)> = all.iter().map(|(a, _, b)| (*a, *b)).collect();
    for (a, r, b) in &all {
        assert!(!r.inverse_str().is_empty() && !r.inverse_label().is_empty());
        assert!(!pairs.contains(&(*b, *a)), "{a} {} {b} and its reverse are both stored", r.as_str());
    }
    assert_eq!(Relation::Answers.inverse_str(), "answered_by");
    assert_eq!(Relation::SameFact.inverse_str(), "same_fact");
    assert!(Relation::Contradicts.is_symmetric() && !Relation::Denies.is_symmetric());
}

#[test]
fn no_two_records_are_both_the_same_fact_and_contradicting() {
    let ds = load_bundled().dataset;
    let clusters = FactClusters::new(&ds.claims);
    let at = |id: &str| ds.claims.iter().position(|c| c.id == id);
    for (a, r, b) in links(&ds) {
        if r == Relation::Contradicts {
            if let (Some(i), Some(j)) = (at(a), at(b)) {
                assert!(!clusters.same(i, j), "{a} contradicts {b} but they are one fact");
            }
        }
    }
}

#[test]
fn the_772_figure_is_one_fact_counted_once() {
    let ds = load_bundled().dataset;
    let clusters = FactClusters::new(&ds.claims);
    let i = ds.claims.iter().position(|c| c.id == "c-001-armenia-772-soldiers-killed").unwrap();
    let j = ds.claims.iter().position(|c| c.id == "c-002-nk-772-troops-killed").unwrap();
    assert!(clusters.same(i, j));
    assert_eq!(clusters.representative(clusters.cluster_of(i)), j);
}
