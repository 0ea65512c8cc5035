//! What the end-to-end tests do and check on a page, as a user would:
//! bounded waits for what the page shows, and the checks both the served and
//! the offline site must pass.

use std::future::Future;
use std::time::{Duration, Instant};

use fantoccini::{Client, Locator};
use serde_json::{json, Value};

use super::TIMEOUT;

/// Polls `probe` every 100 ms until it yields `Some`, or fails after
/// [`TIMEOUT`] with `what` and the last state seen.
pub async fn wait_for<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<Option<T>, String>>,
{
    let deadline = Instant::now() + TIMEOUT;
    let mut last: String;
    loop {
        match probe().await {
            Ok(Some(v)) => return v,
            Ok(None) => last = "(not yet)".into(),
            Err(e) => last = e,
        }
        if Instant::now() > deadline {
            panic!("timed out after {TIMEOUT:?} waiting for {what}; last state: {last}");
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Runs a script and returns its value.
pub async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
}

/// Waits until `main[data-route=route]` is on the page.
pub async fn wait_for_route(c: &Client, route: &str) {
    let selector = format!("main[data-route=\"{route}\"]");
    wait_for(&format!("`{selector}`"), || async {
        match c.find(Locator::Css(&selector)).await {
            Ok(_) => Ok(Some(())),
            Err(_) => Err(format!("page shows: {}", page_summary(c).await)),
        }
    })
    .await;
}

/// A one-line description of the page, for failure messages.
pub async fn page_summary(c: &Client) -> String {
    let v = c
        .execute(
            "const m = document.querySelector('main'); const f = document.getElementById('fatal-error');
             return JSON.stringify({url: location.href, main: m && m.getAttribute('data-route'),
               fatal: f && !f.hidden ? f.textContent.trim().slice(0, 300) : null,
               csp: window.__cspViolations || null,
               search: (document.getElementById('claims-search') || {}).value,
               count: (document.getElementById('result-count') || {}).textContent,
               body: document.body ? document.body.innerText.slice(0, 200) : null});",
            vec![],
        )
        .await;
    match v {
        Ok(Value::String(s)) => s,
        Ok(v) => v.to_string(),
        Err(e) => format!("(cannot read the page: {e})"),
    }
}

/// `(shown, total)` from `#result-count` ("12 of 140 claims shown…").
pub async fn result_count(c: &Client) -> Result<Option<(u32, u32)>, String> {
    let el = c.find(Locator::Css("#result-count")).await.map_err(|e| format!("no #result-count: {e}"))?;
    let text = el.text().await.map_err(|e| e.to_string())?;
    Ok(parse_count(&text))
}

pub fn parse_count(text: &str) -> Option<(u32, u32)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    match words[..] {
        [n, "of", m, ..] => Some((n.parse().ok()?, m.parse().ok()?)),
        _ => None,
    }
}

/// Fails if the page recorded a CSP violation or shows the fatal-error box.
pub async fn assert_healthy(c: &Client, context: &str) {
    let v = js(
        c,
        "const f = document.getElementById('fatal-error');
         return {violations: window.__cspViolations, fatal: !!f && !f.hidden, text: f ? f.textContent.trim() : ''};",
    )
    .await;
    assert_eq!(v["violations"], json!([]), "{context}: Content-Security-Policy violations: {}", v["violations"]);
    assert_eq!(v["fatal"], json!(false), "{context}: #fatal-error is showing: {}", v["text"]);
}

/// Claims in the bundled data (`data/records/*.json`), counted by hand.
/// Depends on the data: update it when the data changes.
pub const CLAIMS_IN_DATA: u32 = 114;

/// The claims whose summary or quote holds "ganja" (any case), found by
/// hand in `data/records/*.json`. Depends on the data, like [`CLAIMS_IN_DATA`].
pub const GANJA_CLAIMS: [&str; 1] = ["c-000-az-ganja-under-fire"];

/// The `data-record-id`s of the claim rows on the page.
async fn claim_rows(c: &Client) -> Result<Vec<String>, String> {
    let v = c
        .execute(
            "return Array.from(document.querySelectorAll('.claim-row[data-record-id]'), r => r.dataset.recordId);",
            vec![],
        )
        .await
        .map_err(|e| e.to_string())?;
    serde_json::from_value(v).map_err(|e| e.to_string())
}

/// Waits until `#result-count` reads `shown` of [`CLAIMS_IN_DATA`] and, when
/// `rows` is given, the rows are exactly those claims.
async fn wait_for_results(c: &Client, when: &str, shown: u32, rows: Option<&[&str]>) {
    let what = format!("{when}: `#result-count` to read \"{shown} of {CLAIMS_IN_DATA}\" with rows {rows:?}");
    wait_for(&what, || async {
        let count = result_count(c).await?;
        let ids = claim_rows(c).await?;
        let rows_ok = rows.is_none_or(|r| ids == r);
        if count == Some((shown, CLAIMS_IN_DATA)) && rows_ok {
            Ok(Some(()))
        } else {
            Err(format!("count {count:?}, rows {ids:?}; page: {}", page_summary(c).await))
        }
    })
    .await;
}

/// The filter check of both the served and the offline site: on `#/claims`,
/// all claims are counted; typing "Ganja" narrows the list to exactly the
/// claims that mention Ganja; the URL keeps it, and a reload restores it.
pub async fn check_filter_survives_reload(c: &Client, base_url: &str) {
    c.goto(&format!("{base_url}#/claims")).await.expect("open #/claims");
    wait_for_route(c, "claims").await;
    wait_for_results(c, "before filtering", CLAIMS_IN_DATA, None).await;
    let search = c.find(Locator::Css("#claims-search")).await.expect("#claims-search");
    search.send_keys("Ganja").await.expect("type into #claims-search");
    wait_for("#claims-search to hold \"Ganja\"", || async {
        let value = search.prop("value").await.map_err(|e| e.to_string())?;
        Ok((value.as_deref() == Some("Ganja")).then_some(()))
    })
    .await;
    wait_for_results(c, "after typing \"Ganja\"", GANJA_CLAIMS.len() as u32, Some(&GANJA_CLAIMS)).await;
    let url = wait_for("the URL to hold q=Ganja", || async {
        let url = c.current_url().await.map_err(|e| e.to_string())?;
        if url.fragment().is_some_and(|f| f.contains("q=Ganja")) {
            Ok(Some(url))
        } else {
            Err(format!("the URL is {url}; page: {}", page_summary(c).await))
        }
    })
    .await;
    c.refresh().await.expect("reload");
    wait_for_route(c, "claims").await;
    wait_for("#claims-search to hold \"Ganja\" after the reload", || async {
        let el = c.find(Locator::Css("#claims-search")).await.map_err(|e| e.to_string())?;
        let value = el.prop("value").await.map_err(|e| e.to_string())?;
        Ok((value.as_deref() == Some("Ganja")).then_some(()))
    })
    .await;
    wait_for_results(c, &format!("after the reload of {url}"), GANJA_CLAIMS.len() as u32, Some(&GANJA_CLAIMS)).await;
    assert_healthy(c, "after filtering and reloading").await;
}
