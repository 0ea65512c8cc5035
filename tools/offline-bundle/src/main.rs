//! `offline-bundle post-build` — Trunk's post_build hook (see Trunk.toml):
//!     adds the CSP to `$TRUNK_STAGING_DIR/index.html` and writes
//!     `$TRUNK_STAGING_DIR/karabakh-explorer.html`; Trunk then moves both into dist/.
//! `offline-bundle bundle DIR` — the same on an already built directory.
//! `offline-bundle check FILE` — fails if an offline page refers to any network origin.
//! `offline-bundle serve DIR [--addr 127.0.0.1:8080] [--prefix /]` — a static, offline file server.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use offline_bundle::offline::{wasm_of_offline_page, worker_wasm_of_offline_page, OFFLINE_FILE};
use offline_bundle::origins::{except_canonical, origin_references, CANONICAL_VAR};
use offline_bundle::serve::Server;
use offline_bundle::site::process_site;

const USAGE: &str =
    "usage: offline-bundle post-build | bundle DIR | check FILE | serve DIR [--addr 127.0.0.1:8080] [--prefix /]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("post-build") => post_build(),
        Some("bundle") if args.len() == 2 => bundle(Path::new(&args[1]), Path::new(&args[1]), "index.html"),
        Some("check") if args.len() == 2 => check(Path::new(&args[1])),
        Some("serve") if args.len() >= 2 => serve(&args[1..]),
        _ => Err(USAGE.to_string()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("offline-bundle: error: {e}");
            ExitCode::FAILURE
        }
    }
}

fn post_build() -> Result<(), String> {
    let staging = std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from).ok_or(
        "TRUNK_STAGING_DIR is not set: `post-build` runs as Trunk's post_build hook (use `bundle DIR` by hand)",
    )?;
    let dist = std::env::var_os("TRUNK_DIST_DIR").map(PathBuf::from).unwrap_or_else(|| staging.clone());
    let html_name = std::env::var_os("TRUNK_HTML_FILE")
        .and_then(|p| Path::new(&p).file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "index.html".into());
    bundle(&staging, &dist, &html_name)
}

fn bundle(dir: &Path, shown_as: &Path, html_name: &str) -> Result<(), String> {
    let written = process_site(dir, html_name).map_err(|e| e.to_string())?;
    check(&written.offline)?;
    eprintln!(
        "offline-bundle: added a Content-Security-Policy to {}; wrote {} ({} KiB, self-contained)",
        shown_as.join(html_name).display(),
        shown_as.join(OFFLINE_FILE).display(),
        written.offline_bytes / 1024
    );
    Ok(())
}

fn check(file: &Path) -> Result<(), String> {
    let html = std::fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let wasm = wasm_of_offline_page(&html).map_err(|e| e.to_string())?;
    let mut found: Vec<String> = origin_references(html.as_bytes()).into_iter().map(|u| format!("page: {u}")).collect();
    let canonical = std::env::var(CANONICAL_VAR).ok();
    let in_wasm = except_canonical(origin_references(&wasm), canonical.as_deref());
    found.extend(in_wasm.into_iter().map(|u| format!("wasm: {u}")));
    if let Some(worker) = worker_wasm_of_offline_page(&html).map_err(|e| e.to_string())? {
        found.extend(origin_references(&worker).into_iter().map(|u| format!("loader worker's wasm: {u}")));
    }
    if found.is_empty() {
        Ok(())
    } else {
        Err(format!("{} refers to network origins:\n  {}", file.display(), found.join("\n  ")))
    }
}

fn serve(args: &[String]) -> Result<(), String> {
    let dir = PathBuf::from(&args[0]);
    let (mut addr, mut prefix) = ("127.0.0.1:8080".to_string(), "/".to_string());
    let mut rest = args[1..].iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().ok_or(USAGE)?;
        match flag.as_str() {
            "--addr" => addr = value.clone(),
            "--prefix" => prefix = value.clone(),
            _ => return Err(USAGE.into()),
        }
    }
    if !dir.join("index.html").is_file() {
        return Err(format!("{} has no index.html: build the site first", dir.display()));
    }
    let server = Server::start(&dir, &prefix, &addr).map_err(|e| format!("cannot listen on {addr}: {e}"))?;
    eprintln!(
        "Serving {} at {}  (offline build: {}{OFFLINE_FILE}; Ctrl-C stops)",
        dir.display(),
        server.url(),
        server.url()
    );
    server.wait();
    Ok(())
}
