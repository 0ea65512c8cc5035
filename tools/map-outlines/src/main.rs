//! `map-outlines INPUT OUTPUT` — reads a world-atlas TopoJSON file (e.g.
//! `node_modules/world-atlas/countries-50m.json`) and writes the clipped,
//! simplified outlines (e.g. `data/map/south-caucasus.json`).

use std::path::Path;
use std::process::ExitCode;

use map_outlines::outlines::{build, source_label};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, output] = args.as_slice() else {
        eprintln!("usage: map-outlines node_modules/world-atlas/countries-50m.json data/map/south-caucasus.json");
        return ExitCode::FAILURE;
    };
    match run(Path::new(input), Path::new(output)) {
        Ok(bytes) => {
            eprintln!("map-outlines: wrote {output} ({bytes} bytes)");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("map-outlines: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(input: &Path, output: &Path) -> Result<usize, String> {
    let json = std::fs::read_to_string(input).map_err(|e| format!("cannot read {}: {e}", input.display()))?;
    let text = build(&json, &source_label(input)?)?;
    if let Some(dir) = output.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    }
    std::fs::write(output, &text).map_err(|e| format!("cannot write {}: {e}", output.display()))?;
    Ok(text.len())
}
