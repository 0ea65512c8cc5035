//! Citations: "Cite this record" and "Cite this view" as plain text,
//! Markdown and CSL-JSON (for Zotero and other reference managers).
//!
//! Pure: the views hand in a [`CiteContext`] (the explorer's name and the
//! address the permalinks start from) and show the strings returned here.

mod record;
mod view;

pub use record::cite_record;
pub use view::{cite_view, filter_parts, view_title};

use crate::model::Source;
use crate::url_state::{Route, UrlState};

/// What a citation needs beyond the record: who publishes the explorer, and
/// where it lives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CiteContext {
    /// The explorer's (or the dataset's) name.
    pub title: String,
    /// The page's address without its fragment (`https://example.org/k/`),
    /// or `None` when there is none to give (a file opened from disk with no
    /// canonical address set at build time).
    pub base: Option<String>,
}

impl CiteContext {
    /// `title` is the explorer's name for the dataset shown
    /// ([`crate::names::site_title`]).
    pub fn new(title: String, base: Option<String>) -> Self {
        CiteContext { title, base }
    }

    /// The full address of `state`, or `None` without a base.
    pub fn url_of(&self, state: &UrlState) -> Option<String> {
        self.base.as_ref().map(|b| format!("{b}{}", state.to_hash()))
    }

    /// A record's permalink: its full address, or its bare id without a base.
    pub fn record_permalink(&self, id: &str) -> String {
        self.url_of(&UrlState::new(Route::Record(id.to_owned()))).unwrap_or_else(|| id.to_owned())
    }
}

/// The address a citation starts from: the page's own when it is served
/// (`http:`/`https:`), else the canonical address set at build time (an
/// empty one counts as unset), else none. `href` is the page's full address.
pub fn base_address(href: &str, canonical: Option<&str>) -> Option<String> {
    let without_fragment = href.split('#').next().unwrap_or(href);
    // The scheme alone is compared: the offline build refuses any "http" URL
    // text in the WebAssembly.
    let scheme = href.split_once(':').map_or("", |(s, _)| s).to_ascii_lowercase();
    if scheme == "http" || scheme == "https" {
        return Some(without_fragment.to_owned());
    }
    let canonical = canonical.map(str::trim).filter(|c| !c.is_empty())?;
    Some(canonical.split('#').next().unwrap_or(canonical).to_owned())
}

/// One citation in the three forms.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub plain: String,
    pub markdown: String,
    /// A CSL-JSON array holding one item.
    pub csl: serde_json::Value,
}

impl Citation {
    /// The CSL-JSON as indented text.
    pub fn csl_text(&self) -> String {
        serde_json::to_string_pretty(&self.csl).unwrap_or_default()
    }
}

/// An article as citations name it: its outlet and date ("China Daily,
/// 30 Sep 2020").
pub fn article_name(source: &Source) -> String {
    source.short_label()
}

/// `text` with Markdown's punctuation escaped, so that it shows as written.
pub fn markdown_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if matches!(ch, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// CSL's date: `{"date-parts": [[y, m, d]]}`.
fn csl_date(d: chrono::NaiveDate) -> serde_json::Value {
    use chrono::Datelike;
    serde_json::json!({ "date-parts": [[d.year(), d.month(), d.day()]] })
}
