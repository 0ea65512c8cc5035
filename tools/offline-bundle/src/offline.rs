//! The single-file offline page: built from `index.html` as Trunk wrote it,
//! with the CSS inline, the JS glue inline as a module script, and the wasm
//! inline as gzip in base64 (in a data block that never runs), under a CSP
//! that allows no request at all.
//!
//! Gzip before base64 makes the page about 2.7 times smaller (base64 alone
//! adds a third; the wasm itself compresses to 37%). The browser's own
//! `DecompressionStream` inflates it while it compiles (Chromium 80, Firefox
//! 113, Safari 16.4: the versions the app needs for other reasons too).

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use flate2::read::GzDecoder;
use flate2::write::GzEncoder;
use flate2::Compression;

use crate::csp::{inline_hashes, offline_policy, strip_csp_meta, style_attributes};
use crate::error::{err, Error, Result};
use crate::glue::inline_glue;
use crate::html::{elements, escape_attr, insert_early_in_head, splice};
use crate::loader::{find_trunk_loader, local_path};
use crate::self_contained::{check_css, external_references};

/// File name of the offline build, next to `index.html`.
pub const OFFLINE_FILE: &str = "karabakh-explorer.html";
/// `id` of the data block holding the wasm (gzip, base64) in the offline build.
pub const WASM_DATA_ID: &str = "karabakh-wasm-gzip";
/// `type` of that data block: not a JavaScript type, so never executed.
pub const WASM_DATA_TYPE: &str = "application/x-wasm-gzip-base64";
/// The loader worker as Trunk writes it (`data-type="worker"`, no file hash):
/// its no-modules glue and its wasm.
pub const WORKER_GLUE: &str = "loader.js";
pub const WORKER_WASM: &str = "loader_bg.wasm";
/// `id`s of the inert blocks holding them in the offline page; the page
/// starts the worker from a blob URL of both (src/app/loader_worker.rs).
pub const WORKER_GLUE_ID: &str = "karabakh-loader-js";
pub const WORKER_WASM_ID: &str = "karabakh-loader-wasm-gzip";
/// `type` of the glue's block: not a JavaScript type, so never executed here.
pub const WORKER_GLUE_TYPE: &str = "text/x-worker-glue";

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
            let media = el.attr("media").map(|m| format!(r#" media="{}""#, escape_attr(m))).unwrap_or_default();
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
            "{}<script type=\"{WASM_DATA_TYPE}\" id=\"{WASM_DATA_ID}\">\n{}</script>\n<script type=\"module\">{}</script>",
            worker_blocks(&load)?,
            base64_lines(&gzip(&wasm)?),
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

/// The loader worker's glue and wasm as inert blocks, when the site has the
/// worker (a site built without one gets none).
fn worker_blocks(load: &dyn Fn(&str) -> Result<Vec<u8>>) -> Result<String> {
    let (Ok(glue), Ok(wasm)) = (load(WORKER_GLUE), load(WORKER_WASM)) else { return Ok(String::new()) };
    let glue = String::from_utf8(glue).map_err(|_| Error(format!("{WORKER_GLUE} is not UTF-8")))?;
    // Whole-line comments go (one holds a documentation URL).
    let glue: String = glue.lines().filter(|l| !l.trim_start().starts_with("//")).map(|l| format!("{l}\n")).collect();
    if glue.to_ascii_lowercase().contains("</script") {
        return err(format!("{WORKER_GLUE} contains `</script`, which cannot be inlined"));
    }
    if !wasm.starts_with(b"\0asm") {
        return err(format!("{WORKER_WASM} is not a WebAssembly module"));
    }
    Ok(format!(
        "<script type=\"{WORKER_GLUE_TYPE}\" id=\"{WORKER_GLUE_ID}\">\n{glue}</script>\n\
         <script type=\"{WASM_DATA_TYPE}\" id=\"{WORKER_WASM_ID}\">\n{}</script>\n",
        base64_lines(&gzip(&wasm)?)
    ))
}

/// The module script of the offline build: the glue, then a loader that
/// decodes the wasm from its data block and hands it, inflating, to the
/// glue's async init (so the browser compiles it as it streams in).
pub fn offline_module_script(glue: &str, init: &str) -> String {
    format!(
        r#"
{glue}
// Offline loader (tools/offline-bundle): the wasm is in the page as gzip in
// base64; the browser inflates it as it compiles (a Response with the wasm
// type, so that compilation streams).
{{
  const data = document.getElementById('{WASM_DATA_ID}');
  try {{
    const text = data.textContent.replace(/\s+/g, '');
    data.remove();
    const binary = atob(text);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    const response = new Response(inflated, {{ headers: {{ 'Content-Type': 'application/wasm' }} }});
    const wasm = await {init}({{ module_or_path: response }});
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

/// The bytes as gzip at the highest level (deterministic: no name, no time).
fn gzip(bytes: &[u8]) -> Result<Vec<u8>> {
    use std::io::Write;
    let mut encoder = GzEncoder::new(Vec::with_capacity(bytes.len() / 2), Compression::best());
    encoder.write_all(bytes).and_then(|()| encoder.finish()).map_err(|e| Error(format!("gzip failed: {e}")))
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

/// Decodes and inflates the wasm held by an offline page (for checks and tests).
pub fn wasm_of_offline_page(html: &str) -> Result<Vec<u8>> {
    data_block(html, WASM_DATA_ID)
}

/// Decodes and inflates the loader worker's wasm held by an offline page, if it has one.
pub fn worker_wasm_of_offline_page(html: &str) -> Result<Option<Vec<u8>>> {
    if !html.contains(WORKER_WASM_ID) {
        return Ok(None);
    }
    data_block(html, WORKER_WASM_ID).map(Some)
}

fn data_block(html: &str, id: &str) -> Result<Vec<u8>> {
    let el = elements(html)
        .into_iter()
        .find(|e| e.tag == "script" && e.attr("id") == Some(id))
        .ok_or_else(|| Error(format!("no <script id=\"{id}\"> in the page")))?;
    let text: String = el.text(html).chars().filter(|c| !c.is_ascii_whitespace()).collect();
    let gz = STANDARD.decode(text).map_err(|e| Error(format!("the wasm data block {id} is not valid base64: {e}")))?;
    let mut wasm = Vec::new();
    std::io::Read::read_to_end(&mut GzDecoder::new(&gz[..]), &mut wasm)
        .map_err(|e| Error(format!("the wasm data block {id} is not valid gzip: {e}")))?;
    Ok(wasm)
}
