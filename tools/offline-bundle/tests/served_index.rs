//! The served `index.html`: a CSP that hashes every inline script, inserted
//! early, everything else unchanged; idempotent.

mod common;

use common::{csp_of, TRUNK_INDEX};
use offline_bundle::csp::{sha256_source, strip_csp_meta};
use offline_bundle::html::elements;
use offline_bundle::served::served_index;

#[test]
fn served_index_hashes_every_inline_script_including_trunks() {
    let out = served_index(TRUNK_INDEX).unwrap();
    let csp = csp_of(&out);
    let scripts: Vec<String> = elements(TRUNK_INDEX)
        .iter()
        .filter(|e| e.is_inline_executable_script())
        .map(|e| sha256_source(e.text(TRUNK_INDEX)))
        .collect();
    assert_eq!(scripts.len(), 2);
    for h in &scripts {
        assert!(csp.contains(h.as_str()), "{h} missing from {csp}");
    }
    assert!(csp.starts_with("default-src 'none'; script-src 'self' 'sha256-"));
    assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("connect-src 'self'"));
    // The meta comes right after <meta charset>, before any script.
    let meta_at = out.find("Content-Security-Policy").unwrap();
    assert!(meta_at > out.find("charset").unwrap() && meta_at < out.find("<script").unwrap());
    // Everything else is unchanged, relative URLs and SRI included.
    assert_eq!(strip_csp_meta(&out), TRUNK_INDEX);
}

#[test]
fn served_index_is_idempotent() {
    let once = served_index(TRUNK_INDEX).unwrap();
    assert_eq!(served_index(&once).unwrap(), once);
}
