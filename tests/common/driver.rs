//! WebDriver server processes (chromedriver, geckodriver) for the
//! end-to-end tests.
//!
//! Ports: each driver is started with port 0, so the kernel gives it a free
//! port when *it* binds, and the test reads the port from the line the
//! driver prints ("ChromeDriver was started successfully on port N." /
//! "Listening on 127.0.0.1:N"). Picking a free port first and handing the
//! number over would race: between our probe and the driver's bind, another
//! process (two other engineers and their browsers share this machine) can
//! take it. geckodriver's BiDi WebSocket port is 0 for the same reason.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::{Browser, TIMEOUT};

/// A WebDriver server process on a loopback port it chose, plus the
/// browser's scratch profile directory; both go away on drop.
pub struct WebDriver {
    child: Child,
    pub port: u16,
    pub scratch: PathBuf,
}

impl WebDriver {
    pub fn start(browser: Browser) -> WebDriver {
        static STARTED: AtomicUsize = AtomicUsize::new(0);
        let n = STARTED.fetch_add(1, Ordering::SeqCst);
        let scratch = std::env::temp_dir().join(format!("karabakh-e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&scratch);
        std::fs::create_dir_all(&scratch).expect("a scratch directory");
        let log = std::fs::File::create(scratch.join("driver.log")).expect("a driver log file");
        let mut cmd = match browser {
            Browser::Chromium => {
                let exe = find_executable("CHROMEDRIVER", &[PathBuf::from("/usr/bin/chromedriver")], "chromedriver");
                let mut c = Command::new(exe);
                c.arg("--port=0");
                c
            }
            Browser::Firefox => {
                let exe = find_executable("GECKODRIVER", &[cargo_bin("geckodriver")], "geckodriver");
                let mut c = Command::new(exe);
                c.args(["--host", "127.0.0.1", "--port", "0", "--websocket-port", "0"])
                    .arg("--profile-root")
                    .arg(&scratch);
                c
            }
        };
        use std::os::unix::process::CommandExt;
        cmd.process_group(0).stdin(Stdio::null()).stdout(log.try_clone().expect("log")).stderr(log);
        let child = cmd.spawn().unwrap_or_else(|e| panic!("cannot start the {browser:?} WebDriver: {e}"));
        let mut driver = WebDriver { child, port: 0, scratch };
        let deadline = Instant::now() + TIMEOUT;
        driver.port = loop {
            if let Some(port) = listening_port(&driver.log()) {
                break port;
            }
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("the {browser:?} WebDriver exited ({status}) before listening; log:\n{}", driver.log());
            }
            assert!(
                Instant::now() < deadline,
                "the {browser:?} WebDriver did not say where it listens; log:\n{}",
                driver.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        };
        driver
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.scratch.join("driver.log")).unwrap_or_default()
    }
}

/// The port in a driver's "listening" line, once it has printed it.
fn listening_port(log: &str) -> Option<u16> {
    log.lines().find_map(|line| {
        let rest = line
            .split_once("started successfully on port ")
            .map(|(_, r)| r)
            .or_else(|| line.split_once("Listening on 127.0.0.1:").map(|(_, r)| r))?;
        rest.trim_end_matches(|c: char| !c.is_ascii_digit()).parse().ok()
    })
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
        .or_else(|| std::env::var_os("HOME").map(|h| Path::new(&h).join(".cargo")))
        .unwrap_or_default();
    home.join("bin").join(name)
}

#[test]
fn the_port_is_read_from_either_drivers_listening_line() {
    assert_eq!(
        listening_port("Starting ChromeDriver 1 on port 0\nChromeDriver was started successfully on port 36937.\n"),
        Some(36937)
    );
    assert_eq!(listening_port("1795330427629\tgeckodriver\tINFO\tListening on 127.0.0.1:42135\n"), Some(42135));
    assert_eq!(listening_port("Starting ChromeDriver 1 on port 0\n"), None);
}
