//! The served site's `index.html`: the page exactly as Trunk wrote it, plus a
//! Content-Security-Policy `<meta>` that allows its inline code by hash and
//! nothing from any other origin.

use crate::csp::{inline_hashes, served_policy, strip_csp_meta, style_attributes};
use crate::error::{err, Error, Result};
use crate::html::insert_early_in_head;

/// `index.html` with a CSP that fits the served site (computed from the page
/// exactly as Trunk wrote it, its own init script included). Idempotent: an
/// earlier policy is replaced.
pub fn served_index(html: &str) -> Result<String> {
    let html = strip_csp_meta(html);
    let (scripts, styles) = inline_hashes(&html);
    if style_attributes(&html) > 0 {
        return err("index.html has style=\"…\" attributes, which the CSP would block; use classes instead");
    }
    let meta = served_policy(&scripts, &styles).meta_tag();
    insert_early_in_head(&html, &meta).ok_or_else(|| Error("index.html has no <head>".into()))
}
