//! The two rewrites of the page Trunk wrote: `index.html` gets a CSP, and the
//! single-file offline build is assembled from it.

use std::fmt;
use std::path::{Path, PathBuf};

use base64::engine::general_purpose::STANDARD;
use base64::Engine;

use crate::csp::{offline_policy, served_policy, sha256_source};
use crate::html::{elements, insert_early_in_head, splice, Element};

/// File name of the offline build, next to `index.html`.
pub const OFFLINE_FILE: &str = "karabakh-explorer.html";
/// `id` of the data block holding the base64 wasm in the offline build.
pub const WASM_DATA_ID: &str = "karabakh-wasm-base64";
/// `type` of that data block: not a JavaScript type, so never executed.
pub const WASM_DATA_TYPE: &str = "application/x-wasm-base64";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error(pub String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

pub type Result<T> = std::result::Result<T, Error>;

fn err<T>(msg: impl Into<String>) -> Result<T> {
    Err(Error(msg.into()))
}

/// Removes any Content-Security-Policy `<meta>` (so re-running is idempotent).
pub fn strip_csp_meta(html: &str) -> String {
    let edits = elements(html)
        .into_iter()
        .filter(|e| {
            e.tag == "meta" && e.attr("http-equiv").is_some_and(|v| v.eq_ignore_ascii_case("content-security-policy"))
        })
        .map(|e| {
            // Take the line's leading indentation and newline with it.
            let mut start = e.range.start;
            while start > 0 && matches!(html.as_bytes()[start - 1], b' ' | b'\t') {
                start -= 1;
            }
            if start > 0 && html.as_bytes()[start - 1] == b'\n' {
                start -= 1;
            }
            (start..e.range.end, String::new())
        })
        .collect();
    splice(html, edits)
}

/// Hash sources of every inline executable script and every `<style>`.
pub fn inline_hashes(html: &str) -> (Vec<String>, Vec<String>) {
    let els = elements(html);
    let scripts = els.iter().filter(|e| e.is_inline_executable_script()).map(|e| sha256_source(e.text(html))).collect();
    let styles = els.iter().filter(|e| e.tag == "style").map(|e| sha256_source(e.text(html))).collect();
    (scripts, styles)
}

/// `index.html` with a CSP that fits the served site (computed from the page
/// exactly as Trunk wrote it, its own init script included).
pub fn served_index(html: &str) -> Result<String> {
    let html = strip_csp_meta(html);
    let (scripts, styles) = inline_hashes(&html);
    if style_attributes(&html) > 0 {
        return err("index.html has style=\"…\" attributes, which the CSP would block; use classes instead");
    }
    let meta = served_policy(&scripts, &styles).meta_tag();
    insert_early_in_head(&html, &meta).ok_or_else(|| Error("index.html has no <head>".into()))
}

fn style_attributes(html: &str) -> usize {
    elements(html).iter().filter(|e| e.has_attr("style")).count()
}

/// The file names Trunk's init script loads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrunkLoader {
    /// The inline module script element.
    pub element: Element,
    /// URL of the JS glue, as written (e.g. `./app-123.js`).
    pub js: String,
    /// URL of the wasm, as written.
    pub wasm: String,
}

/// Finds Trunk's inline init script: `import init… from '<js>'` and
/// `init({ module_or_path: '<wasm>' })` (or the older `init('<wasm>')`).
pub fn find_trunk_loader(html: &str) -> Result<TrunkLoader> {
    let mut found = elements(html).into_iter().filter(|e| {
        e.is_inline_executable_script() && e.attr("type") == Some("module") && e.text(html).contains("import init")
    });
    let Some(element) = found.next() else {
        return err(
            "found no Trunk init script (<script type=\"module\"> with `import init … from '…'`) in index.html",
        );
    };
    if found.next().is_some() {
        return err("found more than one Trunk init script in index.html");
    }
    let text = element.text(html);
    let js =
        quoted_after(text, "from ").ok_or_else(|| Error(format!("no `from '…'` in Trunk's init script:\n{text}")))?;
    let wasm = quoted_after(text, "module_or_path:")
        .or_else(|| quoted_after(text, "await init("))
        .ok_or_else(|| Error(format!("no wasm path in Trunk's init script:\n{text}")))?;
    Ok(TrunkLoader { element, js, wasm })
}

/// The first '…' or "…" string literal after `marker`.
fn quoted_after(text: &str, marker: &str) -> Option<String> {
    let rest = &text[text.find(marker)? + marker.len()..];
    let rest = rest.trim_start();
    let quote = rest.chars().next().filter(|c| *c == '\'' || *c == '"')?;
    let end = rest[1..].find(quote)?;
    Some(rest[1..1 + end].to_string())
}

/// Maps a URL written in the page to a file in the site's directory. Only
/// relative URLs are accepted (the site is built with `public_url = "./"`).
pub fn local_path(url: &str) -> Result<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let path = path.strip_prefix("./").unwrap_or(path);
    if path.is_empty()
        || path.starts_with('/')
        || path.contains("://")
        || path.starts_with("//")
        || path.split('/').any(|s| s == "..")
    {
        return err(format!(
            "`{url}` is not a relative URL inside the site; build with public_url = \"./\" (Trunk.toml)"
        ));
    }
    Ok(path.to_string())
}

/// Makes wasm-bindgen's `--target web` glue (an ES module) runnable as the
/// body of an inline `<script type="module">`: drops its `export` statement
/// and whole-line comments (one holds a documentation URL), and returns the
/// name of the async init function (the default export).
pub fn inline_glue(glue: &str) -> Result<(String, String)> {
    let glue = glue.replace("\r\n", "\n");
    let mut out = String::with_capacity(glue.len());
    let mut init = None;
    let mut lines = glue.lines();
    while let Some(line) = lines.next() {
        let t = line.trim_start();
        if t.starts_with("//") {
            continue;
        }
        if t.starts_with("export {") && line.len() == t.len() {
            // `export { a, b as default };`, possibly over several lines.
            let mut stmt = t.to_string();
            while !stmt.contains('}') {
                match lines.next() {
                    Some(l) => stmt.push_str(l),
                    None => return err("unterminated export statement in the wasm-bindgen glue"),
                }
            }
            let inner = &stmt[stmt.find('{').unwrap() + 1..stmt.find('}').unwrap()];
            for item in inner.split(',') {
                let words: Vec<&str> = item.split_whitespace().collect();
                if let [name, "as", "default"] = words[..] {
                    init = Some(name.to_string());
                }
            }
            continue;
        }
        if let Some(name) = t.strip_prefix("export default ").filter(|_| line.len() == t.len()) {
            init = Some(name.trim_end_matches(';').trim().to_string());
            continue;
        }
        if line.len() == t.len() {
            if let Some(decl) = ["function ", "async function ", "class ", "const ", "let ", "var "]
                .iter()
                .find_map(|kw| t.strip_prefix("export ").filter(|d| d.starts_with(kw)))
            {
                out.push_str(decl);
                out.push('\n');
                continue;
            }
            if t.starts_with("import ") || t.starts_with("export ") {
                return err(format!(
                    "the wasm-bindgen glue has a line the single-file build cannot inline (JS snippets or \
                     other modules are not supported there): {t}"
                ));
            }
        }
        out.push_str(line);
        out.push('\n');
    }
    let Some(init) = init else {
        return err("the wasm-bindgen glue has no default export (its async init function)");
    };
    if !init.chars().all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$') {
        return err(format!("unexpected name of the glue's init function: {init}"));
    }
    if out.to_ascii_lowercase().contains("</script") {
        return err("the wasm-bindgen glue contains `</script`, which cannot be inlined");
    }
    Ok((out, init))
}

/// The module script of the offline build: the glue, then a loader that
/// decodes the wasm from its data block and hands the bytes to the glue's
/// async init (so the browser compiles it asynchronously).
pub fn offline_module_script(glue: &str, init: &str) -> String {
    format!(
        r#"
{glue}
// Offline loader (tools/offline-bundle): the wasm is in the page as base64.
{{
  const data = document.getElementById('{WASM_DATA_ID}');
  try {{
    const text = data.textContent.replace(/\s+/g, '');
    data.remove();
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const wasm = await {init}({{ module_or_path: bytes }});
    dispatchEvent(new CustomEvent('TrunkApplicationStarted', {{ detail: {{ wasm }} }}));
  }} catch (e) {{
    console.error(e);
    const box = document.getElementById('fatal-error');
    if (box && box.hidden) box.hidden = false;
  }}
}}
"#
    )
}

/// Base64 with line breaks every 76 characters keeps editors and diff tools happy.
fn base64_lines(bytes: &[u8]) -> String {
    let b64 = STANDARD.encode(bytes);
    let mut out = String::with_capacity(b64.len() + b64.len() / 76 + 2);
    for chunk in b64.as_bytes().chunks(76) {
        out.push_str(std::str::from_utf8(chunk).expect("base64 is ASCII"));
        out.push('\n');
    }
    out
}

/// Builds the single-file offline page from `index.html` as Trunk wrote it;
/// `read` returns the bytes of a file of the site by its relative path.
pub fn offline_html(index_html: &str, read: &dyn Fn(&str) -> std::io::Result<Vec<u8>>) -> Result<String> {
    let html = strip_csp_meta(index_html);
    let load = |url: &str| -> Result<Vec<u8>> {
        let path = local_path(url)?;
        read(&path).map_err(|e| Error(format!("cannot read {path}: {e}")))
    };
    let loader = find_trunk_loader(&html)?;
    let mut edits = Vec::new();
    for el in elements(&html) {
        if el.tag == "link" && (el.rel_has("modulepreload") || el.rel_has("preload") || el.rel_has("prefetch")) {
            edits.push((el.range.clone(), String::new()));
        } else if el.tag == "link" && el.rel_has("stylesheet") {
            let href = el.attr("href").ok_or_else(|| Error("a stylesheet <link> without href".into()))?;
            let css = String::from_utf8(load(href)?).map_err(|_| Error(format!("{href} is not UTF-8")))?;
            check_css(href, &css)?;
            let media =
                el.attr("media").map(|m| format!(r#" media="{}""#, crate::html::escape_attr(m))).unwrap_or_default();
            edits.push((el.range.clone(), format!("<style{media}>\n{}\n</style>", css.trim_end())));
        }
    }
    let glue = String::from_utf8(load(&loader.js)?).map_err(|_| Error("the JS glue is not UTF-8".into()))?;
    let (glue, init) = inline_glue(&glue)?;
    let wasm = load(&loader.wasm)?;
    if !wasm.starts_with(b"\0asm") {
        return err(format!("{} is not a WebAssembly module", loader.wasm));
    }
    edits.push((
        loader.element.range.clone(),
        format!(
            "<script type=\"{WASM_DATA_TYPE}\" id=\"{WASM_DATA_ID}\">\n{}</script>\n<script type=\"module\">{}</script>",
            base64_lines(&wasm),
            offline_module_script(&glue, &init)
        ),
    ));
    let html = splice(&html, edits);
    let outside = external_references(&html);
    if !outside.is_empty() {
        return err(format!("the offline page would still load other files: {}", outside.join(", ")));
    }
    if style_attributes(&html) > 0 {
        return err("the page has style=\"…\" attributes, which the CSP would block; use classes instead");
    }
    let (scripts, styles) = inline_hashes(&html);
    let meta = offline_policy(&scripts, &styles).meta_tag();
    insert_early_in_head(&html, &meta).ok_or_else(|| Error("index.html has no <head>".into()))
}

/// A stylesheet inlined into the offline page may not pull anything in.
fn check_css(href: &str, css: &str) -> Result<()> {
    let lower = css.to_ascii_lowercase();
    if lower.contains("</style") {
        return err(format!("{href} contains `</style`"));
    }
    if lower.contains("@import") {
        return err(format!("{href} uses @import, which the offline page cannot follow"));
    }
    let mut rest = lower.as_str();
    while let Some(i) = rest.find("url(") {
        rest = &rest[i + 4..];
        let target = rest.trim_start().trim_start_matches(['"', '\'']);
        if !(target.starts_with("data:") || target.starts_with('#')) {
            let shown: String = target.chars().take_while(|c| !matches!(c, ')' | '"' | '\'')).collect();
            return err(format!(
                "{href} refers to url({shown}); inline it as a data: URL so the offline page needs no other file"
            ));
        }
    }
    Ok(())
}

/// URLs in `src`, `href`, `srcset`, `poster`, `data` and `action` attributes
/// that point outside the page (anything but `data:`, fragments and `about:blank`).
pub fn external_references(html: &str) -> Vec<String> {
    let mut out = Vec::new();
    for el in elements(html) {
        for (name, value) in &el.attrs {
            if !matches!(
                name.as_str(),
                "src" | "href" | "srcset" | "poster" | "data" | "action" | "formaction" | "manifest"
            ) {
                continue;
            }
            let v = value.as_deref().unwrap_or("").trim();
            let lower = v.to_ascii_lowercase();
            if !(lower.starts_with("data:") || lower.starts_with('#') || lower == "about:blank") {
                out.push(format!("<{} {}=\"{}\">", el.tag, name, v));
            }
        }
    }
    out
}

/// What [`process_site`] wrote.
#[derive(Debug, Clone)]
pub struct Written {
    pub index: PathBuf,
    pub offline: PathBuf,
    pub offline_bytes: usize,
}

/// Rewrites `dir/<html_name>` (Trunk's output) in place with its CSP and
/// writes `dir/karabakh-explorer.html`. Running it twice gives the same files.
pub fn process_site(dir: &Path, html_name: &str) -> Result<Written> {
    let index_path = dir.join(html_name);
    let index = std::fs::read_to_string(&index_path)
        .map_err(|e| Error(format!("cannot read {}: {e}", index_path.display())))?;
    let read = |rel: &str| std::fs::read(dir.join(rel));
    let offline = offline_html(&index, &read)?;
    let served = served_index(&index)?;
    let offline_path = dir.join(OFFLINE_FILE);
    std::fs::write(&offline_path, &offline)
        .map_err(|e| Error(format!("cannot write {}: {e}", offline_path.display())))?;
    std::fs::write(&index_path, &served).map_err(|e| Error(format!("cannot write {}: {e}", index_path.display())))?;
    Ok(Written { index: index_path, offline: offline_path, offline_bytes: offline.len() })
}

/// Decodes the wasm held by an offline page (for checks and tests).
pub fn wasm_of_offline_page(html: &str) -> Result<Vec<u8>> {
    let el = elements(html)
        .into_iter()
        .find(|e| e.tag == "script" && e.attr("id") == Some(WASM_DATA_ID))
        .ok_or_else(|| Error(format!("no <script id=\"{WASM_DATA_ID}\"> in the page")))?;
    let text: String = el.text(html).chars().filter(|c| !c.is_ascii_whitespace()).collect();
    STANDARD.decode(text).map_err(|e| Error(format!("the wasm data block is not valid base64: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A page shaped like Trunk 0.21's output with `public_url = "./"`.
    const TRUNK_INDEX: &str = r#"<!doctype html>
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

    const GLUE: &str = "let wasm;\n\
function __wbg_get_imports() { return {}; }\n\
        // https://developer.mozilla.org/en-US/docs/Web/JavaScript\n\
async function __wbg_init(module_or_path) { return wasm; }\n\
function initSync(module) {}\n\
export { initSync, __wbg_init as default };\n";

    fn site() -> HashMap<&'static str, Vec<u8>> {
        HashMap::from([
            ("main-1.css", b"body { color: red; }\n".to_vec()),
            ("app-2.js", GLUE.as_bytes().to_vec()),
            ("app-2_bg.wasm", b"\0asm\x01\0\0\0hello".to_vec()),
        ])
    }

    fn reader(files: HashMap<&'static str, Vec<u8>>) -> impl Fn(&str) -> std::io::Result<Vec<u8>> {
        move |p: &str| {
            files.get(p).cloned().ok_or_else(|| std::io::Error::new(std::io::ErrorKind::NotFound, p.to_string()))
        }
    }

    fn csp_of(html: &str) -> String {
        elements(html)
            .into_iter()
            .find(|e| e.attr("http-equiv") == Some("Content-Security-Policy"))
            .and_then(|e| e.attr("content").map(str::to_string))
            .expect("a CSP meta")
    }

    #[test]
    fn finds_trunk_loader_files() {
        let l = find_trunk_loader(TRUNK_INDEX).unwrap();
        assert_eq!((l.js.as_str(), l.wasm.as_str()), ("./app-2.js", "./app-2_bg.wasm"));
        let old_style = "<script type=\"module\">import init from '/a.js';\nawait init('/a_bg.wasm');</script>";
        let l = find_trunk_loader(old_style).unwrap();
        assert_eq!((l.js.as_str(), l.wasm.as_str()), ("/a.js", "/a_bg.wasm"));
        assert!(find_trunk_loader("<script>1</script>").is_err());
    }

    #[test]
    fn served_index_hashes_every_inline_script_including_trunks() {
        let out = served_index(TRUNK_INDEX).unwrap();
        let csp = csp_of(&out);
        let scripts: Vec<String> = elements(TRUNK_INDEX)
            .iter()
            .filter(|e| e.is_inline_executable_script())
            .map(|e| sha256_source(e.text(TRUNK_INDEX)))
            .collect();
        assert_eq!(scripts.len(), 2);
        for h in &scripts {
            assert!(csp.contains(h.as_str()), "{h} missing from {csp}");
        }
        assert!(csp.starts_with("default-src 'none'; script-src 'self' 'sha256-"));
        assert!(csp.contains("'wasm-unsafe-eval'") && csp.contains("connect-src 'self'"));
        // The meta comes right after <meta charset>, before any script.
        let meta_at = out.find("Content-Security-Policy").unwrap();
        assert!(meta_at > out.find("charset").unwrap() && meta_at < out.find("<script").unwrap());
        // Everything else is unchanged, relative URLs and SRI included.
        assert_eq!(strip_csp_meta(&out), TRUNK_INDEX);
    }

    #[test]
    fn served_index_is_idempotent() {
        let once = served_index(TRUNK_INDEX).unwrap();
        assert_eq!(served_index(&once).unwrap(), once);
    }

    #[test]
    fn offline_page_is_self_contained() {
        let out = offline_html(TRUNK_INDEX, &reader(site())).unwrap();
        assert!(external_references(&out).is_empty(), "{:?}", external_references(&out));
        assert!(!out.contains("modulepreload") && !out.contains("rel=\"preload\""));
        assert!(out.contains("<style>\nbody { color: red; }\n</style>"));
        assert!(!out.contains("export {"));
        assert!(!out.contains("developer.mozilla.org"));
        assert!(out.contains("await __wbg_init({ module_or_path: bytes })"));
        assert_eq!(wasm_of_offline_page(&out).unwrap(), b"\0asm\x01\0\0\0hello");
        // The watcher script from the template is kept.
        assert!(out.contains("addEventListener('error'"));
    }

    #[test]
    fn offline_csp_hashes_exactly_the_inline_code_and_allows_no_fetch() {
        let out = offline_html(TRUNK_INDEX, &reader(site())).unwrap();
        let csp = csp_of(&out);
        let els = elements(&out);
        let scripts: Vec<&Element> = els.iter().filter(|e| e.is_inline_executable_script()).collect();
        assert_eq!(scripts.len(), 2, "the template's watcher and the module");
        for s in scripts {
            assert!(csp.contains(&sha256_source(s.text(&out))));
        }
        let style = els.iter().find(|e| e.tag == "style").unwrap();
        assert!(csp.contains(&format!("style-src {}", sha256_source(style.text(&out)))));
        assert!(!csp.contains("'self'") && !csp.contains("connect-src") && !csp.contains("unsafe-inline"));
        assert!(csp.starts_with("default-src 'none'; "));
    }

    #[test]
    fn offline_page_is_idempotent_from_a_processed_index() {
        let served = served_index(TRUNK_INDEX).unwrap();
        assert_eq!(
            offline_html(&served, &reader(site())).unwrap(),
            offline_html(TRUNK_INDEX, &reader(site())).unwrap()
        );
    }

    #[test]
    fn absolute_public_url_is_refused_with_a_hint() {
        let abs = TRUNK_INDEX.replace("'./app-2", "'/app-2").replace("\"./", "\"/");
        let e = offline_html(&abs, &reader(site())).unwrap_err();
        assert!(e.0.contains("public_url"), "{e}");
    }

    #[test]
    fn css_that_needs_other_files_is_refused() {
        let mut files = site();
        files.insert("main-1.css", b"@font-face { src: url(font.woff2) }".to_vec());
        assert!(offline_html(TRUNK_INDEX, &reader(files)).unwrap_err().0.contains("url(font.woff2"));
        assert!(check_css("a", "a { background: url('data:image/png;base64,AA') }").is_ok());
        assert!(check_css("a", "@import 'x.css';").is_err());
    }

    #[test]
    fn a_wasm_that_is_not_wasm_is_refused() {
        let mut files = site();
        files.insert("app-2_bg.wasm", b"<html>404</html>".to_vec());
        assert!(offline_html(TRUNK_INDEX, &reader(files)).is_err());
    }

    #[test]
    fn glue_is_made_inlinable() {
        let (code, init) = inline_glue(GLUE).unwrap();
        assert_eq!(init, "__wbg_init");
        assert!(!code.contains("export"));
        assert!(!code.contains("https://"));
        assert!(code.contains("async function __wbg_init(module_or_path)"));

        let multi = "export function greet() {}\nexport class Foo {}\nexport {\n  initSync,\n  init as default\n};\n";
        let (code, init) = inline_glue(multi).unwrap();
        assert_eq!(init, "init");
        assert_eq!(code, "function greet() {}\nclass Foo {}\n");

        assert_eq!(inline_glue("export default __wbg_init;\n").unwrap().1, "__wbg_init");
        assert!(inline_glue("import * as x from './snippets/a.js';\nexport default f;\n").is_err());
        assert!(inline_glue("function f() {}\n").is_err());
        assert!(inline_glue("const s = '</script>';\nexport default f;\n").is_err());
    }

    #[test]
    fn local_paths_are_relative_and_inside_the_site() {
        assert_eq!(local_path("./a-1.js").unwrap(), "a-1.js");
        assert_eq!(local_path("a.css?v=1").unwrap(), "a.css");
        for bad in ["/a.js", "https://cdn.example/a.js", "//cdn.example/a.js", "../a.js", "./"] {
            assert!(local_path(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn external_references_lists_non_data_urls() {
        let html =
            r##"<link rel="icon" href="data:,"><a href="#/claims"></a><img src="x.png"><a href="https://e.org">"##;
        assert_eq!(external_references(html), [r#"<img src="x.png">"#, r#"<a href="https://e.org">"#]);
    }

    #[test]
    fn process_site_writes_both_files_and_is_repeatable() {
        let dir = std::env::temp_dir().join(format!("offline-bundle-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), TRUNK_INDEX).unwrap();
        for (name, bytes) in site() {
            std::fs::write(dir.join(name), bytes).unwrap();
        }
        let first = process_site(&dir, "index.html").unwrap();
        let index1 = std::fs::read_to_string(&first.index).unwrap();
        let offline1 = std::fs::read_to_string(&first.offline).unwrap();
        process_site(&dir, "index.html").unwrap();
        assert_eq!(std::fs::read_to_string(&first.index).unwrap(), index1);
        assert_eq!(std::fs::read_to_string(&first.offline).unwrap(), offline1);
        assert_eq!(first.offline_bytes, offline1.len());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
