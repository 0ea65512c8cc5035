//! The CSP-violation recorder: test instrumentation that the shipped pages
//! must not carry, so the tests add it to a copy of the built site.
//!
//! WebDriver has no browser-neutral way to run a script before a page's own
//! (Chromium's DevTools `Page.addScriptToEvaluateOnNewDocument` has no plain
//! equivalent in geckodriver), so the copy carries the recorder as the first
//! script of the page, right after the CSP `<meta>`, and that policy gains
//! exactly one source: the recorder's hash. Everything else, the rest of the
//! policy included, stays byte for byte as built, so a wrong hash or a missing
//! source in the shipped policy still shows as a violation. If the recorder
//! itself were blocked, `window.__cspViolations` would be missing and
//! [`super::assert_healthy`] would fail on that.

use std::path::{Path, PathBuf};

use offline_bundle::csp::sha256_source;
use offline_bundle::html::{elements, escape_attr, splice};

use super::dist::{dist_dir, offline_file};

/// Records every Content-Security-Policy violation in `window.__cspViolations`.
pub const RECORDER: &str = "window.__cspViolations = [];
addEventListener('securitypolicyviolation', function (e) {
  window.__cspViolations.push(e.effectiveDirective + ' ' + (e.blockedURI || ''));
});";

/// `html` with [`RECORDER`] as its first script and the recorder's hash
/// added to its policy's `script-src`.
pub fn with_recorder(html: &str) -> String {
    let els = elements(html);
    let meta = els
        .iter()
        .find(|e| {
            e.tag == "meta" && e.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
        })
        .expect("the built page has a Content-Security-Policy <meta>");
    let first_script = els.iter().find(|e| e.tag == "script").map_or(html.len(), |e| e.range.start);
    assert!(meta.range.end <= first_script, "the CSP <meta> comes after a script");
    let policy = meta.attr("content").expect("the CSP <meta> has content");
    let hash = sha256_source(RECORDER);
    let mut added = false;
    let directives: Vec<String> = policy
        .split(';')
        .map(|d| {
            let d = d.trim();
            if d.starts_with("script-src ") {
                added = true;
                format!("{d} {hash}")
            } else {
                d.to_string()
            }
        })
        .collect();
    assert!(added, "the policy has no script-src: {policy}");
    let meta_tag = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n  <script>{RECORDER}</script>",
        escape_attr(&directives.join("; "))
    );
    splice(html, vec![(meta.range.clone(), meta_tag)])
}

/// A copy of the built site (or of its offline page alone) in a temporary
/// directory, with the recorder added; removed on drop.
pub struct TestCopy {
    pub dir: PathBuf,
}

impl TestCopy {
    /// All of dist/, its `index.html` with the recorder.
    pub fn served() -> TestCopy {
        let copy = TestCopy::empty("served");
        let dist = dist_dir();
        for entry in std::fs::read_dir(&dist).expect("dist/") {
            let path = entry.expect("a dist/ entry").path();
            assert!(path.is_file(), "dist/ holds a directory, which this copy does not handle: {}", path.display());
            std::fs::copy(&path, copy.dir.join(path.file_name().unwrap())).expect("copy a dist/ file");
        }
        copy.add_recorder("index.html");
        copy
    }

    /// The offline page alone (no other file beside it), with the recorder.
    pub fn offline() -> TestCopy {
        let copy = TestCopy::empty("offline");
        std::fs::copy(offline_file(), copy.dir.join("karabakh-explorer.html")).expect("copy the offline page");
        copy.add_recorder("karabakh-explorer.html");
        copy
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn empty(kind: &str) -> TestCopy {
        use std::sync::atomic::{AtomicUsize, Ordering};
        static MADE: AtomicUsize = AtomicUsize::new(0);
        let n = MADE.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("karabakh-e2e-site-{kind}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TestCopy { dir }
    }

    fn add_recorder(&self, page: &str) {
        let path: &Path = &self.dir.join(page);
        let html = std::fs::read_to_string(path).expect("the copied page");
        std::fs::write(path, with_recorder(&html)).expect("write the instrumented page");
    }
}

impl Drop for TestCopy {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_recorder_is_the_first_script_and_only_its_hash_is_added() {
    let page = "<head><meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-A'; img-src data:\">\n  <script>app()</script>";
    let out = with_recorder(page);
    let hash = sha256_source(RECORDER);
    assert_eq!(
        out,
        format!(
            "<head><meta charset=\"utf-8\">\n  <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'sha256-A' {hash}; img-src data:\">\n  <script>{RECORDER}</script>\n  <script>app()</script>"
        )
    );
}
