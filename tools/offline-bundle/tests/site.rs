//! Both rewrites on a directory, as the Trunk hook runs them.

mod common;

use common::{site, TempDir, TRUNK_INDEX};
use offline_bundle::site::process_site;

#[test]
fn process_site_writes_both_files_and_is_repeatable() {
    let tmp = TempDir::new("site");
    let dir = &tmp.0;
    std::fs::write(dir.join("index.html"), TRUNK_INDEX).unwrap();
    for (name, bytes) in site() {
        std::fs::write(dir.join(name), bytes).unwrap();
    }
    let first = process_site(dir, "index.html").unwrap();
    let index1 = std::fs::read_to_string(&first.index).unwrap();
    let offline1 = std::fs::read_to_string(&first.offline).unwrap();
    process_site(dir, "index.html").unwrap();
    assert_eq!(std::fs::read_to_string(&first.index).unwrap(), index1);
    assert_eq!(std::fs::read_to_string(&first.offline).unwrap(), offline1);
    assert_eq!(first.offline_bytes, offline1.len());
}
