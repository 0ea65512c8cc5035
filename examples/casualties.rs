//! Prints, from the bundled data, what each side said its casualties were as
//! of each date: the first of the questions the dataset must answer.
//! `cargo run --example casualties`
//!
//! Each fact is counted once: the claims linked `same_fact` form one cluster
//! ([`karabakh::facts`]), and only its representative's figures are printed,
//! with the other reports of it listed beside. Daily figures are printed as
//! claimed and never added up: a total made by adding days would be our
//! arithmetic, not any side's claim.

use karabakh::chart::fact_points;
use karabakh::explorer::Explorer;

fn main() {
    let explorer = Explorer::bundled();
    let catalog = &explorer.catalog;
    let claims = &catalog.dataset.claims;
    let all: Vec<usize> = (0..claims.len()).collect();
    let points = fact_points(claims, &explorer.facts, &all);
    for (title, running) in
        [("Running totals, as claimed", true), ("Daily figures, as claimed (never summed here)", false)]
    {
        println!("{title}:");
        for p in points.iter().filter(|p| p.cumulative == running) {
            let also =
                if p.also.is_empty() { String::new() } else { format!("; also reported as {}", p.also.join(", ")) };
            println!(
                "  {:<55} {:>12}  {}  ({}, {}{also})",
                p.series().label(&catalog.names),
                p.value_text(),
                p.date_text(),
                catalog.actor_name(&p.claimant),
                p.claim_id
            );
        }
    }
}
