//! Prints, from the bundled data, what each side said its casualties were as
//! of each date: the first of the questions the dataset must answer.
//! `cargo run --example casualties`
//!
//! Each fact is counted once: the claims linked `same_fact` form one cluster
//! ([`karabakh::facts`]), and only its representative's figures are printed,
//! with the other reports of it listed beside. Daily figures are printed as
//! claimed and never added up: a total made by adding days would be our
//! arithmetic, not any side's claim.

use karabakh::catalog::Catalog;
use karabakh::chart::casualty_points;
use karabakh::facts::FactClusters;

fn main() {
    let catalog = Catalog::bundled();
    let claims = &catalog.dataset.claims;
    let clusters = FactClusters::new(claims);
    // A count (metric, population) is taken from the cluster's representative
    // when it gives one, else from the first member that does.
    let counts = |i: usize, p: &karabakh::chart::CasualtyPoint| {
        claims[i].figures.iter().any(|f| f.metric == p.metric && f.population == p.population)
    };
    let points: Vec<_> = casualty_points(claims)
        .into_iter()
        .filter(|p| {
            let at = claims.iter().position(|c| c.id == p.claim_id).expect("a point comes from a claim");
            let k = clusters.cluster_of(at);
            let rep = clusters.representative(k);
            let chosen = if counts(rep, p) { rep } else { *clusters.members(k).iter().find(|&&m| counts(m, p)).unwrap_or(&at) };
            chosen == at
        })
        .collect();
    for (title, running) in [("Running totals, as claimed", true), ("Daily figures, as claimed (never summed here)", false)] {
        println!("{title}:");
        for p in points.iter().filter(|p| p.cumulative == running) {
            let at = claims.iter().position(|c| c.id == p.claim_id).expect("a point comes from a claim");
            let also: Vec<&str> = clusters
                .members(clusters.cluster_of(at))
                .iter()
                .filter(|&&m| m != at)
                .map(|&m| claims[m].id.as_str())
                .collect();
            let also = if also.is_empty() { String::new() } else { format!("; also reported as {}", also.join(", ")) };
            println!(
                "  {:<55} {:>12}  {}  ({}, {}{also})",
                p.series().label(),
                p.value_text(),
                p.date_text(),
                catalog.actor_name(&p.claimant),
                p.claim_id
            );
        }
    }
}
