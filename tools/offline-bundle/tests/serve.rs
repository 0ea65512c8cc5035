//! The static server: what it serves under its prefix, what it logs, and
//! that no request path reaches a file outside its root, however encoded.
//! The root is a real directory with a real file beside it (outside it),
//! so a guard that let a path escape would serve that file.

mod common;

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};

use common::TempDir;
use offline_bundle::serve::{resolve, Server};

/// `tmp/root/` (the served site) and `tmp/secret.txt` beside it.
struct Site {
    tmp: TempDir,
}

impl Site {
    fn new(name: &str) -> Site {
        let tmp = TempDir::new(name);
        let root = tmp.0.join("root");
        std::fs::create_dir_all(root.join("sub")).unwrap();
        std::fs::write(root.join("index.html"), "<p>hi</p>").unwrap();
        std::fs::write(root.join("app.wasm"), b"\0asm").unwrap();
        std::fs::write(root.join("sub/a b.css"), "p{}").unwrap();
        std::fs::write(tmp.0.join("secret.txt"), "secret").unwrap();
        Site { tmp }
    }

    fn root(&self) -> PathBuf {
        self.tmp.0.join("root")
    }

    fn secret(&self) -> PathBuf {
        self.tmp.0.join("secret.txt")
    }
}

fn get(addr: SocketAddr, target: &str) -> (u16, String, Vec<u8>) {
    let mut c = TcpStream::connect(addr).unwrap();
    write!(c, "GET {target} HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut buf = Vec::new();
    c.read_to_end(&mut buf).unwrap();
    let split = buf.windows(4).position(|w| w == b"\r\n\r\n").unwrap();
    let head = String::from_utf8_lossy(&buf[..split]).into_owned();
    let status = head[9..12].parse().unwrap();
    (status, head, buf[split + 4..].to_vec())
}

/// Request targets that all name `secret.txt` from inside `root/` (or from
/// `root/sub/`), each a different way of writing `..` or `/`.
fn escapes(secret: &Path) -> Vec<String> {
    let abs = secret.to_str().unwrap();
    vec![
        "/../secret.txt".into(),
        "/sub/../../secret.txt".into(),
        "/./../secret.txt".into(),
        "/%2e%2e/secret.txt".into(),
        "/%2E%2E/secret.txt".into(),
        "/.%2e/secret.txt".into(),
        "/sub%2f..%2f..%2fsecret.txt".into(),
        "/sub%2F..%2F..%2Fsecret.txt".into(),
        "/%2e%2e%2fsecret.txt".into(),
        "/..%5csecret.txt".into(),
        "/sub%5c..%5c..%5csecret.txt".into(),
        "/..\\secret.txt".into(),
        "/sub\\..\\..\\secret.txt".into(),
        "/../secret.txt%00".into(),
        "/%00/../secret.txt".into(),
        "/index.html%00/../../secret.txt".into(),
        // An absolute path after the prefix.
        format!("/{abs}"),
        format!("/%2f{}", abs.trim_start_matches('/')),
    ]
}

#[test]
fn resolve_serves_files_inside_the_root() {
    let site = Site::new("serve-inside");
    let root = site.root();
    assert_eq!(resolve(&root, "/", "/"), Some(root.join("index.html")));
    assert_eq!(resolve(&root, "/", "/index.html?x=1#y"), Some(root.join("index.html")));
    assert_eq!(resolve(&root, "/", "/sub/a%20b.css"), Some(root.join("sub/a b.css")));
    assert_eq!(resolve(&root, "/", "/sub/./a%20b.css"), Some(root.join("sub/a b.css")));
    assert_eq!(resolve(&root, "/p/", "/p/app.wasm"), Some(root.join("app.wasm")));
    assert_eq!(resolve(&root, "/p/", "/q/app.wasm"), None, "outside the prefix");
    assert_eq!(resolve(&root, "/", "/missing.js"), None);
}

#[test]
fn resolve_never_leaves_the_root() {
    let site = Site::new("serve-escapes");
    let (root, secret) = (site.root(), site.secret());
    assert!(secret.is_file() && !secret.starts_with(&root));
    for target in escapes(&secret) {
        assert_eq!(resolve(&root, "/", &target), None, "{target} escaped the root");
    }
    // Under a prefix, the prefix's own `..` cannot climb out either.
    assert_eq!(resolve(&root, "/p/", "/p/../secret.txt"), None);
    assert_eq!(resolve(&root, "/p/", "/p/%2e%2e/secret.txt"), None);
}

#[test]
fn the_server_answers_404_to_every_escape_and_never_sends_the_file() {
    let site = Site::new("serve-http");
    let server = Server::start(site.root(), "/", "127.0.0.1:0").unwrap();
    assert_eq!(get(server.addr(), "/").2, b"<p>hi</p>");
    for target in escapes(&site.secret()) {
        let (status, _, body) = get(server.addr(), &target);
        assert_eq!(status, 404, "{target}");
        assert_ne!(body, b"secret", "{target} sent the file outside the root");
    }
}

#[test]
fn serves_under_the_prefix_only_and_logs_every_request() {
    let site = Site::new("serve-prefix");
    let server = Server::start(site.root(), "some/project", "127.0.0.1:0").unwrap();
    let a = server.addr();
    assert_eq!(server.url(), format!("http://{a}/some/project/"));
    let (s, head, body) = get(a, "/some/project/");
    assert_eq!((s, body.as_slice()), (200, b"<p>hi</p>".as_slice()));
    assert!(head.contains("Content-Type: text/html; charset=utf-8"), "{head}");
    let (s, head, body) = get(a, "/some/project/app.wasm?x=1");
    assert_eq!((s, body.as_slice()), (200, b"\0asm".as_slice()));
    assert!(head.contains("Content-Type: application/wasm"), "{head}");
    let (s, _, body) = get(a, "/some/project/sub/a%20b.css");
    assert_eq!((s, body.as_slice()), (200, b"p{}".as_slice()));
    assert_eq!(get(a, "/index.html").0, 404);
    assert_eq!(get(a, "/favicon.ico").0, 404);
    assert_eq!(get(a, "/some/project/../project/index.html").0, 404);
    assert_eq!(get(a, "/some/project/missing.js").0, 404);
    let log: Vec<(String, u16)> = server.requests().into_iter().map(|r| (r.target, r.status)).collect();
    assert_eq!(
        log,
        [
            ("/some/project/".to_string(), 200),
            ("/some/project/app.wasm?x=1".to_string(), 200),
            ("/some/project/sub/a%20b.css".to_string(), 200),
            ("/index.html".to_string(), 404),
            ("/favicon.ico".to_string(), 404),
            ("/some/project/../project/index.html".to_string(), 404),
            ("/some/project/missing.js".to_string(), 404),
        ]
    );
}

#[test]
fn prefixes_are_normalised() {
    let site = Site::new("serve-prefixes");
    for (given, normal) in [("", "/"), ("/", "/"), ("a/b", "/a/b/"), ("/a/b/", "/a/b/")] {
        let server = Server::start(site.root(), given, "127.0.0.1:0").unwrap();
        assert_eq!(server.prefix(), normal, "{given:?}");
    }
}
