//! The own-dataset check of the offline file: from `file://`, a dataset file
//! chosen in the file input is shown (and kept, or the page says plainly why
//! not), and the claims list downloads as CSV and JSON. The downloads are
//! caught in the page and read back there, so no browser download folder is
//! involved.

use fantoccini::{Client, Locator};
use serde_json::Value;

use super::{js, page_summary, wait_for, wait_for_route};

/// Writes a small valid dataset (12 synthetic claims) and returns its path.
fn dataset_file(dir: &std::path::Path) -> std::path::PathBuf {
    let path = dir.join("mine.json");
    let ds = karabakh::synth::synthetic(12, 5);
    std::fs::write(&path, serde_json::to_string(&ds).expect("a dataset as JSON")).expect("write the dataset file");
    path
}

/// The first file caught since `window.__downloads` was emptied, once read.
async fn first_download(c: &Client, what: &str) -> Value {
    wait_for(what, || async {
        let v = c
            .execute_async(
                "const done = arguments[0]; Promise.all(window.__downloads).then(done, e => done(String(e)));",
                vec![],
            )
            .await
            .map_err(|e| e.to_string())?;
        v.as_array().map(|a| a.first().cloned()).ok_or_else(|| format!("{v}"))
    })
    .await
}

pub async fn check_own_dataset(c: &Client, base_url: &str, scratch: &std::path::Path) {
    c.goto(&format!("{base_url}#/claims")).await.expect("open #/claims");
    wait_for_route(c, "claims").await;
    c.find(Locator::Css("#dataset-which")).await.expect("the dataset panel").click().await.expect("open the panel");
    let file = dataset_file(scratch);
    // Every position the progress bar takes, as the page shows it.
    js(
        c,
        "window.__bar = [];
         new MutationObserver(() => {
           const p = document.getElementById('load-progress');
           if (p) window.__bar.push(Number(p.getAttribute('value')));
         }).observe(document.body, {subtree: true, childList: true, attributes: true, attributeFilter: ['value']});
         return null;",
    )
    .await;
    let input = c.find(Locator::Css("#dataset-file")).await.expect("the file input");
    input.send_keys(file.to_str().expect("a UTF-8 path")).await.expect("choose the file");
    wait_for("the chosen dataset to be shown", || async {
        let which = js(c, "return document.getElementById('dataset-which').textContent;").await;
        let count = js(c, "return document.getElementById('result-count').textContent;").await;
        let shown = which.as_str().is_some_and(|w| w.contains("mine.json"))
            && count.as_str().is_some_and(|t| t.starts_with("12 of 12"));
        if shown {
            Ok(Some(()))
        } else {
            Err(format!("{which} / {count}; page: {}", page_summary(c).await))
        }
    })
    .await;
    // The progress bar appeared, moved, and stands finished beside its label.
    let bar = js(
        c,
        "const p = document.querySelector('.load-progress.finished progress');
         return [window.__bar, p && p.getAttribute('value'), p && p.getAttribute('max'),
                 (document.querySelector('.load-progress label') || {}).textContent || ''];",
    )
    .await;
    let seen: Vec<u64> = bar[0].as_array().expect("the bar's positions").iter().filter_map(Value::as_u64).collect();
    assert!(seen.iter().any(|&v| v < 1000), "the bar showed the load under way: {bar}");
    assert_eq!((bar[1].as_str(), bar[2].as_str()), (Some("1000"), Some("1000")), "the bar is full: {bar}");
    assert!(bar[3].as_str().is_some_and(|l| l.contains("Loaded “mine.json”: 12 claims")), "{bar}");
    // Kept, or a plain word on why not: never silence.
    wait_for("the dataset to be kept, or a word on why not", || async {
        let v = js(c, "return [!!document.getElementById('forget-kept'), (document.querySelector('.notice.storage') || {}).textContent || ''];").await;
        if v[0] == Value::Bool(true) || v[1].as_str().is_some_and(|s| !s.is_empty()) {
            Ok(Some(()))
        } else {
            Err(format!("{v}"))
        }
    })
    .await;
    // Catch the downloads in the page and read them back there: the page's
    // policy allows no fetch, not even of its own blob: URLs, so the blobs
    // themselves are kept as the page makes them.
    js(
        c,
        "window.__blobs = [];
         const make = URL.createObjectURL;
         URL.createObjectURL = b => { window.__blobs.push(b); return make.call(URL, b); };
         window.__downloads = [];
         document.addEventListener('click', e => {
           const a = e.target;
           if (a instanceof HTMLAnchorElement && a.download) {
             e.preventDefault();
             const name = a.download;
             window.__downloads.push(window.__blobs[window.__blobs.length - 1].arrayBuffer().then(b => {
               const bytes = new Uint8Array(b);
               return {name, bom: bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF,
                       text: new TextDecoder().decode(bytes)};
             }));
           }
         }, true);
         document.getElementById('export-csv').click();
         return null;",
    )
    .await;
    let csv = first_download(c, "the CSV download").await;
    assert_eq!(csv["name"], "claims.csv");
    assert_eq!(csv["bom"], true, "the CSV starts with a byte-order mark");
    let text = csv["text"].as_str().expect("the CSV text");
    assert_eq!(text.lines().count(), 13, "a header and the 12 claims: {text}");
    js(c, "window.__downloads = []; document.getElementById('export-json').click(); return null;").await;
    let json = first_download(c, "the JSON download").await;
    let reloaded = karabakh::validate::load_str(json["text"].as_str().expect("the JSON text"));
    assert_eq!(reloaded.errors().count(), 0, "{:?}", reloaded.problems);
    assert_eq!(reloaded.dataset.claims.len(), 12);
    // A bad file: its errors are listed, and the data on screen stays.
    let bad = scratch.join("bad.json");
    std::fs::write(&bad, "{\"claims\": [").expect("write the bad file");
    let input = c.find(Locator::Css("#dataset-file")).await.expect("the file input");
    input.send_keys(bad.to_str().expect("a UTF-8 path")).await.expect("choose the bad file");
    wait_for("the bad file's errors", || async {
        let v = js(
            c,
            "return [(document.querySelector('.notice.refused') || {}).textContent || '',
                     document.getElementById('dataset-which').textContent,
                     document.getElementById('result-count').textContent];",
        )
        .await;
        let refused = v[0].as_str().unwrap_or_default();
        if refused.contains("“bad.json” was not loaded") && refused.contains("Line 1") {
            assert!(v[1].as_str().is_some_and(|w| w.contains("mine.json")), "the data on screen stays: {v}");
            assert!(v[2].as_str().is_some_and(|t| t.starts_with("12 of 12")), "the data on screen stays: {v}");
            Ok(Some(()))
        } else {
            Err(format!("{v}"))
        }
    })
    .await;
    // Leave the browser's storage as it was.
    if js(c, "return !!document.getElementById('forget-kept');").await == Value::Bool(true) {
        c.find(Locator::Css("#forget-kept")).await.expect("forget").click().await.expect("forget the dataset");
    }
}
