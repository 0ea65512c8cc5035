//! Benchmark, not a test: how long reading and validating a user's dataset
//! file takes (`validate::load_bytes`, what the explorer runs on a chosen
//! file) and building the explorer's indexes from it, at 1,000, 10,000 and
//! 100,000 synthetic claims. Run with `cargo bench --bench load`. Native
//! figures; the browser runs the same code as wasm, typically 1.5–3× slower.

use std::time::Instant;

use karabakh::explorer::Explorer;
use karabakh::synth::{compact_json, synthetic};
use karabakh::validate::{load_bytes, load_str, MAX_BYTES};

fn main() {
    println!("{:>8} {:>10} {:>12} {:>12}", "claims", "file MB", "load ms", "index ms");
    for n in [1_000, 10_000, 100_000] {
        let bytes = compact_json(&synthetic(n, 2020)).into_bytes();
        // Over the size cap, `load_bytes` refuses the file at once; the same
        // validator is then timed through `load_str`, which has no cap.
        let over = bytes.len() > MAX_BYTES;
        let t = Instant::now();
        let loaded = if over { load_str(std::str::from_utf8(&bytes).expect("UTF-8")) } else { load_bytes(&bytes) };
        let load = t.elapsed();
        let errors: Vec<String> = loaded.errors().take(3).map(|p| p.to_string()).collect();
        assert!(errors.is_empty(), "the synthetic dataset is valid: {errors:?}");
        let t = Instant::now();
        let explorer = Explorer::new(loaded);
        let index = t.elapsed();
        std::hint::black_box(&explorer);
        println!(
            "{n:>8} {:>10.1} {:>12.0} {:>12.0}{}",
            bytes.len() as f64 / 1e6,
            load.as_secs_f64() * 1e3,
            index.as_secs_f64() * 1e3,
            if over { "  (over the 50 MB cap: load_bytes would refuse it; timed through load_str)" } else { "" }
        );
    }
}
