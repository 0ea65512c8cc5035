//! Writes a synthetic dataset of N claims in the single-file format to
//! standard output: `cargo run --release --example synth -- 100000 > big.json`
//! (an optional second argument is the seed). See `karabakh::synth`.

use std::io::Write;

fn main() {
    let mut args = std::env::args().skip(1);
    let usage = "usage: synth CLAIMS [SEED]";
    let claims: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or_else(|| panic!("{usage}"));
    let seed: u64 = args.next().map_or(2020, |a| a.parse().unwrap_or_else(|_| panic!("{usage}")));
    let ds = karabakh::synth::synthetic(claims, seed);
    let mut out = std::io::stdout().lock();
    out.write_all(karabakh::synth::compact_json(&ds).as_bytes()).expect("write the dataset");
    out.flush().expect("flush");
}
