//! Content-Security-Policy assembly. The policy is what enforces "no
//! network": `default-src 'none'`, inline code only by hash, and for the
//! served site nothing beyond its own origin.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use sha2::{Digest, Sha256};

use crate::html::{elements, splice};

/// The CSP hash source (`'sha256-…'`) for an inline script's or style's text.
///
/// Browsers hash the text after the HTML parser's newline normalisation
/// (CRLF and lone CR become LF), so the same is done here.
pub fn sha256_source(text: &str) -> String {
    let normalised;
    let text = if text.contains('\r') {
        normalised = text.replace("\r\n", "\n").replace('\r', "\n");
        normalised.as_str()
    } else {
        text
    };
    format!("'sha256-{}'", STANDARD.encode(Sha256::digest(text.as_bytes())))
}

/// A policy: directives in order, each with its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Policy {
    directives: Vec<(String, Vec<String>)>,
}

impl Policy {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a directive. Sources are de-duplicated (first occurrence kept);
    /// an empty list becomes `'none'`.
    pub fn directive<I, S>(mut self, name: &str, sources: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        let mut list: Vec<String> = Vec::new();
        for s in sources {
            let s = s.into();
            if !list.contains(&s) {
                list.push(s);
            }
        }
        if list.is_empty() {
            list.push("'none'".into());
        }
        self.directives.push((name.to_string(), list));
        self
    }

    /// The sources of directive `name`, if present.
    pub fn sources(&self, name: &str) -> Option<&[String]> {
        self.directives.iter().find(|(n, _)| n == name).map(|(_, s)| s.as_slice())
    }

    /// The policy as a header / meta value.
    pub fn render(&self) -> String {
        self.directives.iter().map(|(n, s)| format!("{n} {}", s.join(" "))).collect::<Vec<_>>().join("; ")
    }

    /// The `<meta http-equiv>` element carrying this policy.
    pub fn meta_tag(&self) -> String {
        format!(r#"<meta http-equiv="Content-Security-Policy" content="{}">"#, crate::html::escape_attr(&self.render()))
    }
}

/// The policy of the served site (`dist/index.html`): its own files from its
/// own origin, inline scripts and styles only by hash, wasm compilation, and
/// no other origin.
pub fn served_policy(script_hashes: &[String], style_hashes: &[String]) -> Policy {
    let scripts = ["'self'".to_string()]
        .into_iter()
        .chain(script_hashes.iter().cloned())
        .chain(["'wasm-unsafe-eval'".to_string()]);
    let styles = ["'self'".to_string()].into_iter().chain(style_hashes.iter().cloned());
    Policy::new()
        .directive("default-src", ["'none'"])
        .directive("script-src", scripts)
        .directive("style-src", styles)
        .directive("connect-src", ["'self'"])
        .directive("worker-src", ["'self'"])
        .directive("img-src", ["'self'", "data:"])
        .directive("font-src", ["'self'"])
        .directive("base-uri", ["'none'"])
        .directive("form-action", ["'none'"])
}

/// The policy of the single-file offline build: nothing may be fetched at
/// all (no 'self' either); only the hashed inline code runs, and the loader
/// worker, which the page starts from a blob URL of code it carries inline.
pub fn offline_policy(script_hashes: &[String], style_hashes: &[String]) -> Policy {
    let scripts = script_hashes.iter().cloned().chain(["'wasm-unsafe-eval'".to_string()]);
    Policy::new()
        .directive("default-src", ["'none'"])
        .directive("script-src", scripts)
        .directive("style-src", style_hashes.iter().cloned())
        .directive("worker-src", ["blob:"])
        .directive("img-src", ["data:"])
        .directive("base-uri", ["'none'"])
        .directive("form-action", ["'none'"])
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

/// How many elements have a `style` attribute, which a policy without
/// 'unsafe-inline' blocks.
pub fn style_attributes(html: &str) -> usize {
    elements(html).iter().filter(|e| e.has_attr("style")).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_known_value() {
        // printf 'alert(1);' | openssl dgst -sha256 -binary | base64
        assert_eq!(sha256_source("alert(1);"), "'sha256-5jFwrAK0UV47oFbVg/iCCBbxD8X1w+QvoOUepu4C2YA='");
        assert_eq!(sha256_source(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
    }

    #[test]
    fn hash_sees_newlines_as_the_browser_does() {
        assert_eq!(sha256_source("a\r\nb\rc"), sha256_source("a\nb\nc"));
    }

    #[test]
    fn served_policy_allows_self_hashes_and_wasm_only() {
        let p = served_policy(&["'sha256-A'".into(), "'sha256-B'".into(), "'sha256-A'".into()], &[]);
        assert_eq!(
            p.render(),
            "default-src 'none'; script-src 'self' 'sha256-A' 'sha256-B' 'wasm-unsafe-eval'; style-src 'self'; \
             connect-src 'self'; worker-src 'self'; img-src 'self' data:; font-src 'self'; base-uri 'none'; \
             form-action 'none'"
        );
    }

    #[test]
    fn offline_policy_allows_no_fetch_at_all() {
        let p = offline_policy(&["'sha256-S'".into()], &["'sha256-C'".into()]);
        assert_eq!(
            p.render(),
            "default-src 'none'; script-src 'sha256-S' 'wasm-unsafe-eval'; style-src 'sha256-C'; worker-src blob:; \
             img-src data:; base-uri 'none'; form-action 'none'"
        );
        assert!(!p.render().contains("'self'"));
        assert!(!p.render().contains("unsafe-inline"));
        assert_eq!(offline_policy(&[], &[]).sources("style-src").unwrap(), ["'none'"]);
    }

    #[test]
    fn meta_tag_is_well_formed() {
        let p = Policy::new().directive("default-src", ["'none'"]);
        assert_eq!(p.meta_tag(), r#"<meta http-equiv="Content-Security-Policy" content="default-src 'none'">"#);
    }
}
