#![cfg(not(target_arch = "wasm32"))]
//! End to end, as a static host serves it: dist/ under a sub-path of a
//! loopback server (404 everywhere else), in headless Chromium and Firefox.
//! Every route loads and survives a reload, a filter survives a reload, the
//! CSP is never violated, and every request the page made stayed under the
//! sub-path. The browser loads a copy of dist/ whose index.html also records
//! CSP violations (see tests/common/csp_recorder.rs).

mod common;

use std::sync::Arc;

use common::{
    assert_healthy, check_filter_survives_reload, check_history, check_own_dataset, dist_dir, wait_for_route,
    with_browser, Browser, TestCopy,
};
use fantoccini::{Client, Locator};
use offline_bundle::serve::Server;

const SUB_PATH: &str = "/some/project/";
const ROUTES: [&str; 5] = ["claims", "compare", "diplomacy", "map", "sources"];

async fn every_route_loads_and_survives_a_reload(c: &Client, base: &str) {
    for route in ROUTES {
        c.goto(&format!("{base}#/{route}")).await.expect("open the route");
        wait_for_route(c, route).await;
        c.refresh().await.expect("reload");
        wait_for_route(c, route).await;
        assert_healthy(c, &format!("#/{route}")).await;
    }
    // And through the navigation links.
    c.goto(&format!("{base}#/claims")).await.expect("open #/claims");
    wait_for_route(c, "claims").await;
    for route in ["compare", "diplomacy", "map", "sources", "claims"] {
        let link = c
            .find(Locator::Css(&format!("a[href=\"#/{route}\"]")))
            .await
            .unwrap_or_else(|e| panic!("no nav link a[href=\"#/{route}\"]: {e}"));
        link.click().await.expect("click the nav link");
        wait_for_route(c, route).await;
    }
}

fn assert_requests_stayed_under_the_sub_path(server: &Server) {
    let requests = server.requests();
    assert!(!requests.is_empty(), "the server saw no request at all");
    let outside: Vec<_> = requests.iter().filter(|r| !r.target.starts_with(SUB_PATH)).collect();
    assert!(outside.is_empty(), "requests outside {SUB_PATH}: {outside:#?}");
    let failed: Vec<_> = requests.iter().filter(|r| r.status != 200).collect();
    assert!(failed.is_empty(), "requests that failed: {failed:#?}");
    for kind in [".js", "_bg.wasm", ".css"] {
        assert!(requests.iter().any(|r| r.target.contains(kind)), "no {kind} was requested: {requests:#?}");
    }
}

async fn run(browser: Browser) {
    let site = TestCopy::served();
    let server = Arc::new(Server::start(&site.dir, SUB_PATH, "127.0.0.1:0").expect("a loopback server"));
    let base = server.url();
    assert!(base.ends_with(SUB_PATH));
    let s = Arc::clone(&server);
    let scratch = site.dir.clone();
    with_browser(browser, move |c| async move {
        every_route_loads_and_survives_a_reload(&c, &base).await;
        check_filter_survives_reload(&c, &base).await;
        check_history(&c, &base).await;
        let loader = |s: &Server| s.requests().iter().filter(|r| r.target.contains("loader")).count();
        assert_eq!(loader(&s), 0, "a visit without a dataset to read fetches no loader worker");
        check_own_dataset(&c, &base, &scratch).await;
        assert!(loader(&s) >= 3, "the loader worker's shim, glue and wasm: {:#?}", s.requests());
        assert_requests_stayed_under_the_sub_path(&s);
    })
    .await;
    drop(site);
}

#[tokio::test]
async fn served_under_a_sub_path_in_chromium() {
    run(Browser::Chromium).await;
}

#[tokio::test]
async fn served_under_a_sub_path_in_firefox() {
    run(Browser::Firefox).await;
}

#[test]
fn index_html_has_a_csp_covering_its_inline_scripts() {
    let html = std::fs::read_to_string(dist_dir().join("index.html")).expect("dist/index.html");
    let els = offline_bundle::html::elements(&html);
    let csp = els
        .iter()
        .find(|e| {
            e.tag == "meta" && e.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
        })
        .and_then(|e| e.attr("content"))
        .expect("dist/index.html has no Content-Security-Policy meta (the post_build hook did not run)")
        .to_string();
    assert!(csp.starts_with("default-src 'none';"), "{csp}");
    let scripts: Vec<_> = els.iter().filter(|e| e.is_inline_executable_script()).collect();
    // index.html's #fatal-error script and Trunk's init script; nothing else
    // (no test instrumentation ships).
    assert_eq!(scripts.len(), 2, "inline scripts: {:#?}", scripts.iter().map(|s| s.text(&html)).collect::<Vec<_>>());
    assert!(!html.contains("__cspViolations"), "dist/index.html carries the tests' CSP recorder");
    for s in scripts {
        let hash = offline_bundle::csp::sha256_source(s.text(&html));
        assert!(csp.contains(&hash), "inline script not covered by the CSP ({hash}):\n{}", s.text(&html));
    }
    for e in els.iter().filter(|e| e.tag == "link" || e.tag == "script") {
        if let Some(url) = e.attr("href").or(e.attr("src")) {
            assert!(url.starts_with("./") || url.starts_with("data:"), "not a relative URL: {url}");
        }
    }
    let csp_lower = csp.to_ascii_lowercase();
    assert!(!csp_lower.contains("http:") && !csp_lower.contains("https:") && !csp_lower.contains('*'), "{csp}");
}
