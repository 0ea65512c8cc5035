//! The single-file offline page: self-contained, under a CSP that hashes
//! exactly its inline code and allows no request; what cannot be inlined is
//! refused with a reason.

mod common;

use common::{csp_of, reader, site, TRUNK_INDEX};
use offline_bundle::csp::sha256_source;
use offline_bundle::html::{elements, Element};
use offline_bundle::offline::{offline_html, wasm_of_offline_page};
use offline_bundle::self_contained::{check_css, external_references};
use offline_bundle::served::served_index;

#[test]
fn offline_page_is_self_contained() {
    let out = offline_html(TRUNK_INDEX, &reader(site())).unwrap();
    assert!(external_references(&out).is_empty(), "{:?}", external_references(&out));
    assert!(!out.contains("modulepreload") && !out.contains("rel=\"preload\""));
    assert!(out.contains("<style>\nbody { color: red; }\n</style>"));
    assert!(!out.contains("export {"));
    assert!(!out.contains("developer.mozilla.org"));
    assert!(out.contains("await __wbg_init({ module_or_path: response })"));
    assert_eq!(wasm_of_offline_page(&out).unwrap(), b"\0asm\x01\0\0\0hello");
    // The watcher script from the template is kept.
    assert!(out.contains("addEventListener('error'"));
}

#[test]
fn offline_csp_hashes_exactly_the_inline_code_and_allows_no_fetch() {
    let out = offline_html(TRUNK_INDEX, &reader(site())).unwrap();
    let csp = csp_of(&out);
    let els = elements(&out);
    let scripts: Vec<&Element> = els.iter().filter(|e| e.is_inline_executable_script()).collect();
    assert_eq!(scripts.len(), 2, "the template's watcher and the module");
    for s in scripts {
        assert!(csp.contains(&sha256_source(s.text(&out))));
    }
    let style = els.iter().find(|e| e.tag == "style").unwrap();
    assert!(csp.contains(&format!("style-src {}", sha256_source(style.text(&out)))));
    assert!(!csp.contains("'self'") && !csp.contains("connect-src") && !csp.contains("unsafe-inline"));
    assert!(csp.starts_with("default-src 'none'; "));
}

#[test]
fn offline_page_is_idempotent_from_a_processed_index() {
    let served = served_index(TRUNK_INDEX).unwrap();
    assert_eq!(offline_html(&served, &reader(site())).unwrap(), offline_html(TRUNK_INDEX, &reader(site())).unwrap());
}

#[test]
fn absolute_public_url_is_refused_with_a_hint() {
    let abs = TRUNK_INDEX.replace("'./app-2", "'/app-2").replace("\"./", "\"/");
    let e = offline_html(&abs, &reader(site())).unwrap_err();
    assert!(e.0.contains("public_url"), "{e}");
}

#[test]
fn css_that_needs_other_files_is_refused() {
    let mut files = site();
    files.insert("main-1.css", b"@font-face { src: url(font.woff2) }".to_vec());
    assert!(offline_html(TRUNK_INDEX, &reader(files)).unwrap_err().0.contains("url(font.woff2"));
    assert!(check_css("a", "a { background: url('data:image/png;base64,AA') }").is_ok());
    assert!(check_css("a", "@import 'x.css';").is_err());
}

#[test]
fn a_wasm_that_is_not_wasm_is_refused() {
    let mut files = site();
    files.insert("app-2_bg.wasm", b"<html>404</html>".to_vec());
    assert!(offline_html(TRUNK_INDEX, &reader(files)).is_err());
}

#[test]
fn external_references_lists_non_data_urls() {
    let html = r##"<link rel="icon" href="data:,"><a href="#/claims"></a><img src="x.png"><a href="https://e.org">"##;
    assert_eq!(external_references(html), [r#"<img src="x.png">"#, r#"<a href="https://e.org">"#]);
}
