//! Trunk's inline init script (its "loader"): which JS glue and which wasm
//! it loads, and where those files are in the built site.

use crate::error::{err, Error, Result};
use crate::html::{elements, Element};

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
