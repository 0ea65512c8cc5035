//! The built site on disk: rewrites `index.html` in place with its CSP and
//! writes the offline page beside it (what the Trunk hook does).

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::offline::{offline_html, OFFLINE_FILE};
use crate::served::served_index;

/// What [`process_site`] wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub index: PathBuf,
    pub offline: PathBuf,
    pub offline_bytes: usize,
}

/// Rewrites `dir/<html_name>` (Trunk's output) in place with its CSP and
/// writes `dir/karabakh-explorer.html`. Running it twice gives the same files.
pub fn process_site(dir: &Path, html_name: &str) -> Result<Written> {
    let index_path = dir.join(html_name);
    let index = std::fs::read_to_string(&index_path)
        .map_err(|e| Error(format!("cannot read {}: {e}", index_path.display())))?;
    let read = |rel: &str| std::fs::read(dir.join(rel));
    let offline = offline_html(&index, &read)?;
    let served = served_index(&index)?;
    let offline_path = dir.join(OFFLINE_FILE);
    std::fs::write(&offline_path, &offline)
        .map_err(|e| Error(format!("cannot write {}: {e}", offline_path.display())))?;
    std::fs::write(&index_path, &served).map_err(|e| Error(format!("cannot write {}: {e}", index_path.display())))?;
    Ok(Written { index: index_path, offline: offline_path, offline_bytes: offline.len() })
}
