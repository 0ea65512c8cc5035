//! "Cite this view": the current view and its filters, named in words, with
//! the view's address as its permalink. The same words head a printed page.

use serde_json::json;

use super::{markdown_escape, Citation, CiteContext};
use crate::catalog::Catalog;
use crate::format::day_label;
use crate::query::DateField;
use crate::url_state::{Route, UrlState};

/// The view's name: "Claims", "Side by side", or a record's summary.
pub fn view_title(catalog: &Catalog, route: &Route) -> String {
    match route {
        Route::Record(id) => catalog.record(id).map_or_else(|| format!("Record {id}"), |r| r.summary().to_owned()),
        _ => crate::page_title::view_name(route).to_owned(),
    }
}

/// A date range in words: "from 1 Oct 2020 to 10 Oct 2020", "from …", "to …".
fn range(from: Option<chrono::NaiveDate>, to: Option<chrono::NaiveDate>) -> Option<String> {
    match (from, to) {
        (Some(a), Some(b)) => Some(format!("from {} to {}", day_label(a), day_label(b))),
        (Some(a), None) => Some(format!("from {}", day_label(a))),
        (None, Some(b)) => Some(format!("to {}", day_label(b))),
        (None, None) => None,
    }
}

/// The filters that apply to `url`'s view, each in words ("Side: Armenia,
/// Azerbaijan"); empty when nothing narrows it.
pub fn filter_parts(catalog: &Catalog, url: &UrlState) -> Vec<String> {
    let mut parts = Vec::new();
    match &url.route {
        Route::Claims | Route::Compare | Route::Map => {
            let f = &url.filters;
            let chosen = f.chosen();
            for facet in crate::query::Facet::ALL {
                let labels: Vec<String> =
                    chosen.iter().filter(|k| k.facet() == facet).map(|k| catalog.facet_label(k)).collect();
                if !labels.is_empty() {
                    parts.push(format!("{}: {}", facet.label(), labels.join(", ")));
                }
            }
            if let Some(r) = range(f.from, f.to) {
                let what = match f.date_field {
                    DateField::Asserted => "Claimed",
                    DateField::Occurred => "Happened",
                };
                parts.push(format!("{what} {r}"));
            }
            if !f.text.trim().is_empty() {
                parts.push(format!("Text: “{}”", f.text.trim()));
            }
            if url.route == Route::Compare && url.compare.contested {
                parts.push("Only contested".into());
            }
        }
        Route::Diplomacy => {
            let t = &url.timeline;
            for role in crate::timeline::TimelineRole::ALL {
                let names: Vec<&str> = t.chosen(role).iter().map(|id| catalog.actor_name(id)).collect();
                if !names.is_empty() {
                    parts.push(format!("{}: {}", role.label(), names.join(", ")));
                }
            }
            if let Some(r) = range(t.from, t.to) {
                parts.push(format!("Dates {r}"));
            }
            if !t.text.trim().is_empty() {
                parts.push(format!("Text: “{}”", t.text.trim()));
            }
        }
        Route::Search => {
            if !url.search.trim().is_empty() {
                parts.push(format!("Text: “{}”", url.search.trim()));
            }
        }
        Route::Sources => {
            if !url.search.trim().is_empty() {
                parts.push(format!("Text: “{}”", url.search.trim()));
            }
            if let Some(s) = &url.source {
                parts.push(format!("Article: {}", catalog.source(s).map_or_else(|| s.clone(), |s| s.short_label())));
            }
        }
        Route::Record(_) => {}
    }
    parts
}

/// The view `url` cited: its name, its filters in words, its address.
pub fn cite_view(catalog: &Catalog, ctx: &CiteContext, url: &UrlState) -> Citation {
    let title = view_title(catalog, &url.route);
    let parts = filter_parts(catalog, url);
    let filters = if parts.is_empty() { "no filters".to_owned() } else { format!("filtered by {}", parts.join("; ")) };
    let address = ctx.url_of(url).unwrap_or_else(|| url.to_hash());
    let plain = format!("{}: {title}, {filters}. {address}", ctx.title);
    let name = format!("{}: {}", markdown_escape(&ctx.title), markdown_escape(&title));
    let link = if ctx.base.is_some() { format!("[{name}](<{address}>)") } else { format!("{name} (`{address}`)") };
    let markdown = format!("{link}, {}.", markdown_escape(&filters));
    let mut item = json!({
        "id": format!("view{}", url.route.path().replace('/', "-")),
        "type": "dataset",
        "title": format!("{}: {title}", ctx.title),
        "note": filters,
    });
    if ctx.base.is_some() {
        item["URL"] = json!(address);
    }
    Citation { plain, markdown, csl: json!([item]) }
}
