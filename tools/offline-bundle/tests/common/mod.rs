//! Fixtures of the offline-bundle tests: a page shaped like Trunk 0.21's
//! output, the files it loads, and small helpers to read results.
#![allow(dead_code)]

use std::collections::HashMap;
use std::path::PathBuf;

use offline_bundle::html::elements;

/// A page shaped like Trunk 0.21's output with `public_url = "./"`.
pub const TRUNK_INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>t</title>
  <link rel="icon" href="data:,">
  <script>addEventListener('error', () => {});</script>
  <link rel="stylesheet" href="./main-1.css" integrity="sha384-abc"/>
  
<script type="module">
import init, * as bindings from './app-2.js';
const wasm = await init({ module_or_path: './app-2_bg.wasm' });


window.wasmBindings = bindings;


dispatchEvent(new CustomEvent("TrunkApplicationStarted", {detail: {wasm}}));

</script>
<link rel="modulepreload" href="./app-2.js" crossorigin="anonymous" integrity="sha384-j"><link rel="preload" href="./app-2_bg.wasm" crossorigin="anonymous" integrity="sha384-w" as="fetch" type="application/wasm"></head>
<body>
  <div id="fatal-error" hidden>x</div>
</body>
</html>
"#;

/// wasm-bindgen glue in miniature: a comment line with a URL, the init
/// function, and the export statement.
pub const GLUE: &str = "let wasm;\n\
function __wbg_get_imports() { return {}; }\n\
        // https://developer.mozilla.org/en-US/docs/Web/JavaScript\n\
async function __wbg_init(module_or_path) { return wasm; }\n\
function initSync(module) {}\n\
export { initSync, __wbg_init as default };\n";

/// The files [`TRUNK_INDEX`] loads, by relative path.
pub fn site() -> HashMap<&'static str, Vec<u8>> {
    HashMap::from([
        ("main-1.css", b"body { color: red; }\n".to_vec()),
        ("app-2.js", GLUE.as_bytes().to_vec()),
        ("app-2_bg.wasm", b"\0asm\x01\0\0\0hello".to_vec()),
    ])
}

/// A `read` function over `files`, as `offline_html` takes it.
pub fn reader(files: HashMap<&'static str, Vec<u8>>) -> impl Fn(&str) -> std::io::Result<Vec<u8>> {
    move |p: &str| files.get(p).cloned().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, p.to_string()))
}

/// The content of the page's CSP `<meta>`.
pub fn csp_of(html: &str) -> String {
    elements(html)
        .into_iter()
        .find(|e| e.attr("http-equiv") == Some("Content-Security-Policy"))
        .and_then(|e| e.attr("content").map(str::to_string))
        .expect("a CSP meta")
}

/// A fresh, empty directory for one test, removed by [`TempDir`]'s drop.
pub struct TempDir(pub PathBuf);

impl TempDir {
    pub fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!("offline-bundle-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}
