//! What keeps the offline page one file: a stylesheet inlined into it may
//! pull nothing in, and no attribute may point at another file.

use crate::error::{err, Result};
use crate::html::elements;

/// A stylesheet inlined into the offline page may not pull anything in.
pub fn check_css(href: &str, css: &str) -> Result<()> {
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
