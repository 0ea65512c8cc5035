//! "Cite this record": a claim or a diplomacy event, with its quote, who
//! said it, the article that reports it, and where to find it again.

use serde_json::{json, Map, Value};

use super::{article_name, csl_date, markdown_escape, Citation, CiteContext};
use crate::catalog::{Catalog, Record};
use crate::format::date_ref;

/// Who or what, and when: "Ilham Aliyev, 29 Sep 2020, via Interfax" for a
/// claim, "Ceasefire (happened), 17 Oct 2020, reported by Al Jazeera" for
/// an event.
fn attribution(catalog: &Catalog, record: &Record) -> String {
    match record {
        Record::Claim(c) => {
            let mut s = format!("{}, {}", catalog.actor_name(&c.claimant), date_ref(&c.asserted));
            if !c.reported_via.is_empty() {
                let via: Vec<&str> = c.reported_via.iter().map(|a| catalog.actor_name(a)).collect();
                s.push_str(&format!(", via {}", via.join(" and ")));
            }
            s
        }
        Record::Event(e) => {
            let kind = e.kind.label();
            let mut kind_cap: String = kind.chars().next().map(|c| c.to_uppercase().collect()).unwrap_or_default();
            kind_cap.push_str(&kind[kind.chars().next().map_or(0, char::len_utf8)..]);
            let mut s = format!("{kind_cap} ({}), {}", e.status.label(), date_ref(&e.date));
            if let Some(r) = &e.reported_by {
                s.push_str(&format!(", reported by {}", catalog.actor_name(r)));
            }
            s
        }
    }
}

/// The record `id` cited; `None` when no record has that id.
pub fn cite_record(catalog: &Catalog, ctx: &CiteContext, id: &str) -> Option<Citation> {
    let record = catalog.record(id)?;
    let quote = record.quote();
    let source = catalog.source(&quote.source);
    let who = attribution(catalog, &record);
    let article = source.map_or_else(|| quote.source.clone(), article_name);
    let headline = source.map(|s| s.headline.as_str());
    let url = ctx.base.is_some().then(|| ctx.record_permalink(id));

    let in_article = match headline {
        Some(h) => format!("{article}, “{h}”"),
        None => article.clone(),
    };
    // A quote that does not end a sentence gets the full stop after it.
    let stop = if quote.text.trim_end().ends_with(['.', '!', '?']) { "" } else { "." };
    let mut plain = format!("{who}: “{}”{stop} Reported in {in_article}. {}, record {id}", quote.text, ctx.title);
    if let Some(u) = &url {
        plain.push_str(&format!(": {u}"));
    }

    let md_article = match (source, headline) {
        (Some(s), Some(h)) => {
            let outlet = s
                .outlet
                .as_deref()
                .map_or_else(|| "Unnamed outlet".to_owned(), |o| format!("*{}*", markdown_escape(o)));
            format!("{outlet}, {}, “{}”", crate::format::day_label(s.published.date), markdown_escape(h))
        }
        _ => markdown_escape(&article),
    };
    let quoted: Vec<String> = quote.text.lines().map(|l| format!("> {}", markdown_escape(l))).collect();
    let here = format!("{}, record `{id}`", markdown_escape(&ctx.title));
    let here = match &url {
        Some(u) => format!("[{here}](<{u}>)"),
        None => here,
    };
    let markdown = format!("{}\n\n— {}. Reported in {md_article}. {here}", quoted.join("\n"), markdown_escape(&who));

    let mut item = Map::new();
    item.insert("id".into(), json!(id));
    item.insert("type".into(), json!("article-newspaper"));
    if let Some(s) = source {
        item.insert("title".into(), json!(s.headline));
        if let Some(o) = &s.outlet {
            item.insert("container-title".into(), json!(o));
        }
        if let Some(b) = &s.byline {
            item.insert("author".into(), json!([{ "literal": b }]));
        }
        item.insert("issued".into(), csl_date(s.published.date));
    }
    item.insert("archive".into(), json!(ctx.title));
    item.insert("archive_location".into(), json!(id));
    if let Some(u) = &url {
        item.insert("URL".into(), json!(u));
    }
    item.insert("note".into(), json!(format!("{who}: “{}”", quote.text)));
    Some(Citation { plain, markdown, csl: Value::Array(vec![Value::Object(item)]) })
}
