//! Prints, from the bundled data, what each side said its casualties were as
//! of each date: the first of the questions the dataset must answer.
//! `cargo run --example casualties`

use karabakh::chart::casualty_points;
use karabakh::explorer::Explorer;

fn main() {
    let catalog = Explorer::bundled().catalog;
    for p in casualty_points(&catalog.dataset.claims) {
        println!(
            "{:<55} {:>10}  {}  ({}, {})",
            p.series().label(),
            p.value_text(),
            p.date_text(),
            catalog.actor_name(&p.claimant),
            p.claim_id
        );
    }
}
