//! The built site the end-to-end tests run against, and the check that it
//! was built from the sources as they are now.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

const REBUILD: &str = "Rebuild it: `bash scripts/test.sh` builds, then runs every test; or, for the build alone,\n\
     `source scripts/setup.sh && build_site` (trunk build --release with the pinned tools).";

/// What the site is built from: a change to any file here makes dist/ stale.
/// The brief list (src/, data/, style/, index.html, Cargo.toml) plus Trunk.toml,
/// the post-build hook's sources, which write dist/index.html's CSP and the
/// offline page, and the prerender step that writes the claims list into both.
const INPUTS: &[&str] =
    &["src", "data", "style", "index.html", "Cargo.toml", "Trunk.toml", "tools/offline-bundle/src", "tools/prerender"];

/// The built site. Fails (never skips) when it is missing or older than its
/// sources: a test of an old build says nothing about the code as it is.
pub fn dist_dir() -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dist = root.join("dist");
    let outputs = ["index.html", "karabakh-explorer.html"].map(|f| dist.join(f));
    for file in &outputs {
        assert!(
            file.is_file(),
            "\n\n{} is missing: the end-to-end tests run against the built site.\n{REBUILD}\n\n",
            file.display()
        );
    }
    let built = outputs.iter().filter_map(|f| modified(f)).min().expect("dist/ files have a modification time");
    if let Some((source, changed)) = newest_input(root) {
        assert!(
            changed <= built,
            "\n\ndist/ is stale: {} changed after the last build, so these tests would check old code.\n{REBUILD}\n\n",
            source.strip_prefix(root).unwrap_or(&source).display()
        );
    }
    dist
}

/// The single-file offline build, as built.
pub fn offline_file() -> PathBuf {
    dist_dir().join("karabakh-explorer.html")
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// The most recently changed file among [`INPUTS`], with its time.
fn newest_input(root: &Path) -> Option<(PathBuf, SystemTime)> {
    fn walk(path: &Path, newest: &mut Option<(PathBuf, SystemTime)>) {
        if path.is_dir() {
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                walk(&entry.path(), newest);
            }
        } else if let Some(t) = modified(path) {
            if newest.as_ref().is_none_or(|(_, n)| t > *n) {
                *newest = Some((path.to_path_buf(), t));
            }
        }
    }
    let mut newest = None;
    for input in INPUTS {
        walk(&root.join(input), &mut newest);
    }
    newest
}
