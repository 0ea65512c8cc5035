//! Headless browser sessions: the capabilities that keep each browser
//! offline, and [`with_browser`], which runs a test body in a fresh session.

use std::future::Future;
use std::path::Path;
use std::sync::Mutex;
use std::time::Duration;

use fantoccini::{Client, ClientBuilder};
use serde_json::{json, Value};

use super::driver::WebDriver;
use super::Browser;

/// One browser at a time: the machine is small, and geckodriver does not
/// support concurrent instances well.
static ONE_BROWSER: Mutex<()> = Mutex::new(());

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
