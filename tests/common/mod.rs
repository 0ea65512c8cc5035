//! Shared harness of the native end-to-end tests (tests/e2e_*.rs): the built
//! site, WebDriver processes (chromedriver / geckodriver on a free loopback
//! port, killed on drop), headless browser sessions, and polling helpers.
#![allow(dead_code)]

use std::future::Future;
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

/// How long a page may take to show what a step waits for.
pub const TIMEOUT: Duration = Duration::from_secs(30);

/// The built site. Fails (never skips) when it is missing.
pub fn dist_dir() -> PathBuf {
    let dist = Path::new(env!("CARGO_MANIFEST_DIR")).join("dist");
    for file in ["index.html", "karabakh-explorer.html"] {
        assert!(
            dist.join(file).is_file(),
            "\n\n{} is missing: the end-to-end tests run against the built site.\n\
             Build it first: `bash scripts/test.sh` does (it builds, then runs every test), or run\n\
             `trunk build` with the tools of scripts/setup.sh on PATH.\n\n",
            dist.join(file).display()
        );
    }
    warn_if_stale(&dist.join("karabakh-explorer.html"));
    dist
}

/// Tells (in the test's output) when sources changed after the last build.
fn warn_if_stale(built: &Path) {
    fn newest(path: &Path) -> Option<std::time::SystemTime> {
        let meta = std::fs::metadata(path).ok()?;
        if meta.is_dir() {
            std::fs::read_dir(path).ok()?.filter_map(|e| e.ok()).filter_map(|e| newest(&e.path())).max()
        } else {
            meta.modified().ok()
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let sources =
        ["src", "data", "style", "index.html", "Cargo.toml"].iter().filter_map(|p| newest(&root.join(p))).max();
    if let (Some(src), Some(built_at)) = (sources, newest(built)) {
        if src > built_at {
            eprintln!(
                "warning: dist/ is older than the sources; these tests check the last build (rebuild: `trunk build`)"
            );
        }
    }
}

/// The single-file offline build.
pub fn offline_file() -> PathBuf {
    dist_dir().join("karabakh-explorer.html")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
}

/// One browser at a time: the machine is small, and geckodriver does not
/// support concurrent instances well.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free loopback port")
}

fn find_executable(env: &str, candidates: &[PathBuf], name: &str) -> PathBuf {
    if let Some(p) = std::env::var_os(env) {
        return PathBuf::from(p);
    }
    let on_path = std::env::var_os("PATH")
        .map(|p| std::env::split_paths(&p).map(|d| d.join(name)).collect::<Vec<_>>())
        .unwrap_or_default();
    candidates
        .iter()
        .cloned()
        .chain(on_path)
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("{name} not found (set {env}, or run `bash scripts/test.sh`, which installs it)"))
}

fn cargo_bin(name: &str) -> PathBuf {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

/// A WebDriver server process on a free loopback port, plus the browser's
/// scratch profile directory; both go away on drop.
pub struct WebDriver {
    child: Child,
    pub port: u16,
    scratch: PathBuf,
}

impl WebDriver {
    fn start(browser: Browser) -> WebDriver {
        let port = free_port();
        let scratch = std::env::temp_dir().join(format!("karabakh-e2e-{}-{port}", std::process::id()));
        std::fs::create_dir_all(&scratch).expect("a scratch directory");
        let log = std::fs::File::create(scratch.join("driver.log")).expect("a driver log file");
        let mut cmd = match browser {
            Browser::Chromium => {
                let exe = find_executable("CHROMEDRIVER", &[PathBuf::from("/usr/bin/chromedriver")], "chromedriver");
                let mut c = Command::new(exe);
                c.arg(format!("--port={port}"));
                c
            }
            Browser::Firefox => {
                let exe = find_executable("GECKODRIVER", &[cargo_bin("geckodriver")], "geckodriver");
                let mut c = Command::new(exe);
                c.args([
                    "--host",
                    "127.0.0.1",
                    "--port",
                    &port.to_string(),
                    "--websocket-port",
                    &free_port().to_string(),
                ])
                .arg("--profile-root")
                .arg(&scratch);
                c
            }
        };
        use std::os::unix::process::CommandExt;
        cmd.process_group(0).stdin(Stdio::null()).stdout(log.try_clone().expect("log")).stderr(log);
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start the {browser:?} WebDriver: {e}"));
        let driver = WebDriver { child, port, scratch };
        let deadline = Instant::now() + TIMEOUT;
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(
                Instant::now() < deadline,
                "the {browser:?} WebDriver did not listen on port {port}; log: {}",
                driver.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
        driver
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.scratch.join("driver.log")).unwrap_or_default()
    }
}

impl Drop for WebDriver {
    fn drop(&mut self) {
        // The driver runs in its own process group (with the browser it
        // started, unless that moved out): end that group, then the driver.
        let pgid = self.child.id();
        let _ = Command::new("kill").args(["-TERM", "--", &format!("-{pgid}")]).stderr(Stdio::null()).status();
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.scratch);
    }
}

fn capabilities(browser: Browser, scratch: &Path) -> serde_json::Map<String, Value> {
    let caps = match browser {
        Browser::Chromium => json!({
            "browserName": "chrome",
            "goog:chromeOptions": {
                "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
                "args": [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", "--window-size=1200,900",
                    // Anything not on loopback goes to a closed loopback port, never out.
                    "--proxy-server=http://127.0.0.1:9",
                    "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost",
                    format!("--user-data-dir={}", scratch.join("chromium-profile").display()),
                ],
            },
        }),
        Browser::Firefox => json!({
            "browserName": "firefox",
            "moz:firefoxOptions": {
                "binary": std::env::var("FIREFOX").unwrap_or_else(|_| "/usr/bin/firefox-esr".into()),
                "args": ["-headless", "-width=1200", "-height=900"],
                "prefs": {
                    // Anything not on loopback goes to a closed loopback port, never out.
                    "network.proxy.type": 1,
                    "network.proxy.http": "127.0.0.1",
                    "network.proxy.http_port": 9,
                    "network.proxy.ssl": "127.0.0.1",
                    "network.proxy.ssl_port": 9,
                    "network.trr.mode": 5,
                    "network.dns.disablePrefetch": true,
                    "network.prefetch-next": false,
                    "network.http.speculative-parallel-limit": 0,
                    "network.captive-portal-service.enabled": false,
                    "network.connectivity-service.enabled": false,
                    "browser.safebrowsing.malware.enabled": false,
                    "browser.safebrowsing.phishing.enabled": false,
                    "browser.safebrowsing.downloads.enabled": false,
                    "app.update.enabled": false,
                    "datareporting.policy.dataSubmissionEnabled": false,
                    "toolkit.telemetry.enabled": false,
                    "extensions.update.enabled": false,
                },
            },
        }),
    };
    match caps {
        Value::Object(m) => m,
        _ => unreachable!(),
    }
}

/// Runs `body` with a fresh headless `browser` session; closes the session
/// and stops the driver afterwards, also when `body` panics (then re-panics).
// The lock is held across awaits on purpose: each test has its own
// single-threaded runtime, and the lock only keeps the test threads from
// running two browsers at once on a two-core machine.
#[allow(clippy::await_holding_lock)]
pub async fn with_browser<F, Fut>(browser: Browser, body: F)
where
    F: FnOnce(Client) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let _one = ONE_BROWSER.lock().unwrap_or_else(|e| e.into_inner());
    let driver = WebDriver::start(browser);
    let connector = hyper_util::client::legacy::connect::HttpConnector::new();
    let url = format!("http://127.0.0.1:{}", driver.port);
    let mut builder = ClientBuilder::new(connector);
    builder.capabilities(capabilities(browser, &driver.scratch));
    let client = match builder.connect(&url).await {
        Ok(c) => c,
        Err(e) => panic!("cannot start a headless {browser:?} session: {e}\ndriver log:\n{}", driver.log()),
    };
    let outcome = tokio::spawn(body(client.clone())).await;
    let _ = tokio::time::timeout(Duration::from_secs(10), client.close()).await;
    drop(driver);
    if let Err(e) = outcome {
        if e.is_panic() {
            std::panic::resume_unwind(e.into_panic());
        }
        panic!("{browser:?} test task failed: {e}");
    }
}

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

/// The filter check of both the served and the offline site: on `#/claims`,
/// typing "Ganja" narrows the list, the URL keeps it, and a reload restores it.
pub async fn check_filter_survives_reload(c: &Client, base_url: &str) {
    c.goto(&format!("{base_url}#/claims")).await.expect("open #/claims");
    wait_for_route(c, "claims").await;
    let (_, total) = wait_for("`#result-count` to read \"N of M\"", || result_count(c)).await;
    assert!(total > 0, "the claims view lists no claims at all");
    let search = c.find(Locator::Css("#claims-search")).await.expect("#claims-search");
    search.send_keys("Ganja").await.expect("type into #claims-search");
    let (narrowed, _) = wait_for("typing \"Ganja\" to show in #claims-search and narrow `#result-count`", || async {
        let value = search.prop("value").await.map_err(|e| e.to_string())?;
        match result_count(c).await? {
            Some((n, m)) if m == total && n < total && value.as_deref() == Some("Ganja") => Ok(Some((n, m))),
            other => Err(format!(
                "#claims-search holds {value:?}, count {other:?} (was {total} of {total}); page: {}",
                page_summary(c).await
            )),
        }
    })
    .await;
    assert!(c.find_all(Locator::Css(".claim-row[data-record-id]")).await.expect("claim rows").len() as u32 <= narrowed);
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
    let after = wait_for("`#result-count` after the reload", || result_count(c)).await;
    assert_eq!(after, (narrowed, total), "the reload changed the result count (URL {url})");
    assert_healthy(c, "after filtering and reloading").await;
}
