#![cfg(not(target_arch = "wasm32"))]
//! End to end, offline: dist/karabakh-explorer.html opened from disk
//! (file://, no server) in headless Chromium and Firefox: a copy of it,
//! alone in a directory, that also records CSP violations (see
//! tests/common/csp_recorder.rs). The explorer
//! renders, a filter works and survives a reload, and the page made no
//! request beyond the file itself. Also: the file holds no reference to any
//! network origin, in its text or in its decoded wasm.

mod common;

use std::path::Path;

use common::{
    assert_healthy, check_filter_survives_reload, check_history, check_own_dataset, js, offline_file, wait_for_route,
    with_browser, Browser, TestCopy,
};
use fantoccini::Client;
use offline_bundle::html::elements;
use offline_bundle::offline::wasm_of_offline_page;
use offline_bundle::origins::{origin_references, XML_NAMESPACES};

fn file_url(file: &Path) -> String {
    let path = file.canonicalize().expect("the offline file's absolute path");
    let path = path.to_str().expect("a UTF-8 path");
    // Percent-encode what a file URL cannot hold literally.
    let mut url = String::from("file://");
    for b in path.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'/' | b'-' | b'_' | b'.' | b'~' => url.push(b as char),
            _ => url.push_str(&format!("%{b:02X}")),
        }
    }
    url
}

/// Every resource and navigation entry the page has is the file itself.
async fn assert_no_request_left_the_file(c: &Client) {
    let v = js(
        c,
        "return {here: location.href.split('#')[0], protocol: location.protocol,
                 resources: performance.getEntriesByType('resource').map(e => e.name),
                 navigations: performance.getEntriesByType('navigation').map(e => e.name)};",
    )
    .await;
    assert_eq!(v["protocol"], "file:", "{v}");
    let here = v["here"].as_str().expect("location").to_string();
    let same = |name: &serde_json::Value| name.as_str().is_some_and(|n| n.split('#').next() == Some(here.as_str()));
    let other: Vec<_> = v["resources"].as_array().expect("resources").iter().filter(|n| !same(n)).collect();
    assert!(other.is_empty(), "the offline page requested other resources: {other:?}");
    let navigations = v["navigations"].as_array().expect("navigations");
    // Firefox names the navigation entry of a file:// page "document".
    let own_navigation = |n: &serde_json::Value| same(n) || n.as_str() == Some("document");
    assert!(
        !navigations.is_empty() && navigations.iter().all(own_navigation),
        "navigations beyond the file: {navigations:?}"
    );
}

async fn run(browser: Browser) {
    let copy = TestCopy::offline();
    let url = file_url(&copy.file("karabakh-explorer.html"));
    let scratch = copy.dir.clone();
    with_browser(browser, move |c| async move {
        c.goto(&format!("{url}#/claims")).await.expect("open the offline file");
        wait_for_route(&c, "claims").await;
        assert_healthy(&c, "offline, #/claims").await;
        check_filter_survives_reload(&c, &url).await;
        check_history(&c, &url).await;
        check_own_dataset(&c, &url, &scratch).await;
        assert_healthy(&c, "offline, after loading and exporting a dataset").await;
        assert_no_request_left_the_file(&c).await;
    })
    .await;
    drop(copy);
}

#[tokio::test]
async fn offline_file_works_from_disk_in_chromium() {
    run(Browser::Chromium).await;
}

#[tokio::test]
async fn offline_file_works_from_disk_in_firefox() {
    run(Browser::Firefox).await;
}

#[test]
fn offline_file_refers_to_no_network_origin() {
    let html = std::fs::read_to_string(offline_file()).expect("the offline file");
    let wasm = wasm_of_offline_page(&html).expect("the offline file holds the wasm");
    assert!(wasm.starts_with(b"\0asm"), "the embedded wasm is not WebAssembly");
    let mut found: Vec<String> =
        origin_references(html.as_bytes()).into_iter().map(|u| format!("in the page: {u}")).collect();
    found.extend(origin_references(&wasm).into_iter().map(|u| format!("in the wasm: {u}")));
    assert!(
        found.is_empty(),
        "the offline file refers to network origins (only the DOM namespace URIs {XML_NAMESPACES:?} are allowed):\n  {}",
        found.join("\n  ")
    );
}

#[test]
fn offline_file_is_one_file_under_a_policy_that_allows_no_request() {
    let html = std::fs::read_to_string(offline_file()).expect("the offline file");
    let els = elements(&html);
    let csp = els
        .iter()
        .find(|e| {
            e.tag == "meta" && e.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
        })
        .and_then(|e| e.attr("content"))
        .expect("the offline file has no Content-Security-Policy meta")
        .to_string();
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    for forbidden in ["'self'", "http:", "https:", "*", "unsafe-inline", "'unsafe-eval'", "connect-src"] {
        assert!(!csp.contains(forbidden), "the offline CSP allows {forbidden}: {csp}");
    }
    assert!(csp.contains("'wasm-unsafe-eval'"), "{csp}");
    let outside = offline_bundle::self_contained::external_references(&html);
    assert!(outside.is_empty(), "the offline file loads other files: {outside:?}");
    assert!(els.iter().any(|e| e.tag == "div" && e.attr("id") == Some("fatal-error") && e.has_attr("hidden")));
    assert!(els.iter().any(|e| e.tag == "noscript"));
    assert!(!html.contains("__cspViolations"), "the offline file carries the tests' CSP recorder");
}
