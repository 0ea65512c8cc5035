//! Build script: validates the bundled data (`data/`) with the app's own
//! validator and fails the build on any problem; then writes the compact
//! form the app embeds (`$OUT_DIR/bundled.json`, see `src/bundled/compact.rs`).
//!
//! It compiles the pure modules it needs from `src/` directly, so that the
//! build checks the data with exactly the code that checks a user's file.

#![allow(dead_code, unused_imports)]

#[path = "src/bundled/compact.rs"]
mod compact;
#[path = "src/dates.rs"]
mod dates;
#[path = "src/day.rs"]
mod day;
#[path = "src/facts.rs"]
mod facts;
#[path = "src/fast_hash.rs"]
mod fast_hash;
#[path = "src/bundled/files.rs"]
mod files;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/validate/mod.rs"]
mod validate;

fn main() {
    for path in [
        "build.rs",
        "data",
        "src/model",
        "src/validate",
        "src/dates.rs",
        "src/day.rs",
        "src/facts.rs",
        "src/fast_hash.rs",
        "src/bundled",
    ] {
        println!("cargo:rerun-if-changed={path}");
    }
    let loaded = files::load_validated();
    if !loaded.problems.is_empty() || !loaded.rejected.is_empty() {
        eprintln!("\nThe bundled data in data/ has problems; fix them to build the app:\n");
        for p in &loaded.problems {
            eprintln!("  {p}");
        }
        for r in &loaded.rejected {
            eprintln!("  record set aside: {}", r.path);
        }
        std::process::exit(1);
    }
    let out = std::path::PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out.join("bundled.json"), compact::write(&loaded.dataset)).expect("write $OUT_DIR/bundled.json");
}
