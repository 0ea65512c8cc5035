//! All view and filter state, kept in the URL's fragment so that every view
//! can be bookmarked, shared and reloaded, and back and forward work, from
//! a static host and from a file opened from disk alike.
//!
//! Shape: `#/<route>?<key>=<value>&...`, lists comma-separated, values
//! percent-encoded. Keys left at their defaults are not written, so the
//! fragment stays short and [`UrlState::to_hash`] and [`UrlState::parse`]
//! round-trip.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::query::{DateField, Facet, Filters};

/// The views.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Route {
    #[default]
    Claims,
    Compare,
    Diplomacy,
    Sources,
    /// One record's detail.
    Record(String),
}

impl Route {
    /// The path after `#`, without the query.
    pub fn path(&self) -> String {
        match self {
            Route::Claims => "/claims".into(),
            Route::Compare => "/compare".into(),
            Route::Diplomacy => "/diplomacy".into(),
            Route::Sources => "/sources".into(),
            Route::Record(id) => format!("/record/{}", encode(id)),
        }
    }

    fn parse(path: &str) -> Option<Route> {
        let path = path.trim_end_matches('/');
        Some(match path {
            "" | "/" | "/claims" => Route::Claims,
            "/compare" => Route::Compare,
            "/diplomacy" => Route::Diplomacy,
            "/sources" => Route::Sources,
            _ => Route::Record(decode(path.strip_prefix("/record/")?)),
        })
    }
}

/// Filters of the diplomacy timeline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFilters {
    /// Events any of these actors took part in.
    pub participants: BTreeSet<String>,
    /// Events any of these actors mediated.
    pub mediators: BTreeSet<String>,
}

/// Everything the URL holds.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct UrlState {
    pub route: Route,
    /// The claims filters; the side-by-side view applies them too.
    pub filters: Filters,
    /// Page of the claims list, from 1.
    pub page: usize,
    pub timeline: TimelineFilters,
    /// The article the sources view opens at.
    pub source: Option<String>,
    /// A record highlighted in its article, in the sources view.
    pub highlight: Option<String>,
    /// Unknown keys and values that could not be read, so the view can say so.
    pub ignored: Vec<String>,
}

/// Bytes escaped in values: the fragment's own syntax, and what browsers
/// would escape themselves (so that the fragment reads back as written).
const RESERVED: &[u8] = b"%&=,#?/+ \"<>`{}|\\^[]'";

/// Percent-encodes what would break the fragment's syntax, and non-ASCII.
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_graphic() && !RESERVED.contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Reverses [`encode`]; `+` reads as a space, as in forms. Malformed
/// escapes are kept as written.
pub fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(hi), Some(lo)) => {
                    out.push(hi << 4 | lo);
                    i += 3;
                    continue;
                }
                _ => out.push(b'%'),
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

fn list<T: ToString>(items: impl IntoIterator<Item = T>) -> String {
    items.into_iter().map(|i| encode(&i.to_string())).collect::<Vec<_>>().join(",")
}

impl UrlState {
    pub fn new(route: Route) -> Self {
        UrlState { route, page: 1, ..UrlState::default() }
    }

    /// Reads a fragment, with or without its `#`. Never fails: what cannot
    /// be read is listed in `ignored` and the rest is kept.
    pub fn parse(hash: &str) -> Self {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut st = UrlState::new(Route::Claims);
        match Route::parse(path) {
            Some(r) => st.route = r,
            None => st.ignored.push(format!("unknown view `{}`", decode(path))),
        }
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            let values: Vec<String> = raw.split(',').filter(|v| !v.is_empty()).map(decode).collect();
            st.read(key, raw, values);
        }
        st
    }

    fn read(&mut self, key: &str, raw: &str, values: Vec<String>) {
        let f = &mut self.filters;
        let date = |v: &[String], ignored: &mut Vec<String>| {
            let parsed = v.first().and_then(|s| s.parse::<NaiveDate>().ok());
            if parsed.is_none() {
                ignored.push(format!("`{key}={}` is not a date (YYYY-MM-DD)", decode(raw)));
            }
            parsed
        };
        match key {
            "side" | "category" => {
                let facet = if key == "side" { Facet::Side } else { Facet::Category };
                for v in values {
                    let before = f.clone();
                    facet.toggle(f, &v);
                    if *f == before {
                        self.ignored.push(format!("unknown {key} `{v}`"));
                    }
                }
            }
            "claimant" => f.claimants.extend(values),
            "place" => f.places.extend(values),
            "source" if self.route == Route::Sources => self.source = values.into_iter().next(),
            "source" => f.sources.extend(values),
            "on" => match raw {
                "occurred" => f.date_field = DateField::Occurred,
                "asserted" => f.date_field = DateField::Asserted,
                _ => self.ignored.push(format!("unknown date field `{}`", decode(raw))),
            },
            "from" => f.from = date(&values, &mut self.ignored),
            "to" => f.to = date(&values, &mut self.ignored),
            "q" => f.text = decode(raw),
            "page" => match raw.parse::<usize>() {
                Ok(p) if p >= 1 => self.page = p,
                _ => self.ignored.push(format!("`page={}` is not a page number", decode(raw))),
            },
            "with" => self.timeline.participants.extend(values),
            "mediator" => self.timeline.mediators.extend(values),
            "hl" => self.highlight = values.into_iter().next(),
            _ => self.ignored.push(format!("unknown setting `{}`", decode(key))),
        }
    }

    /// The fragment, `#/claims?side=armenia`, holding everything but defaults.
    pub fn to_hash(&self) -> String {
        let f = &self.filters;
        let mut q: Vec<String> = Vec::new();
        let mut put = |k: &str, v: String| {
            if !v.is_empty() {
                q.push(format!("{k}={v}"));
            }
        };
        put("side", list(f.sides.iter().map(|s| s.as_str())));
        put("claimant", list(&f.claimants));
        put("category", list(f.categories.iter().map(|c| c.as_str())));
        put("place", list(&f.places));
        if self.route != Route::Sources {
            put("source", list(&f.sources));
        }
        if f.date_field != DateField::Asserted {
            put("on", f.date_field.as_str().into());
        }
        put("from", f.from.map(|d| d.to_string()).unwrap_or_default());
        put("to", f.to.map(|d| d.to_string()).unwrap_or_default());
        put("q", encode(&f.text));
        if self.page > 1 {
            put("page", self.page.to_string());
        }
        put("with", list(&self.timeline.participants));
        put("mediator", list(&self.timeline.mediators));
        if self.route == Route::Sources {
            put("source", self.source.as_deref().map(encode).unwrap_or_default());
        }
        put("hl", self.highlight.as_deref().map(encode).unwrap_or_default());
        let path = self.route.path();
        if q.is_empty() {
            format!("#{path}")
        } else {
            format!("#{path}?{}", q.join("&"))
        }
    }

    /// The same filters on another view. View-specific state (page,
    /// article, highlight) is not carried over.
    pub fn at(&self, route: Route) -> UrlState {
        UrlState {
            route,
            filters: self.filters.clone(),
            timeline: self.timeline.clone(),
            ..UrlState::new(Route::Claims)
        }
    }

    /// The claims view filtered on one more facet value (page reset).
    pub fn claims_with(&self, facet: Facet, value: &str) -> UrlState {
        let mut next = self.at(Route::Claims);
        if !facet.selected(&next.filters).iter().any(|v| v == value) {
            facet.toggle(&mut next.filters, value);
        }
        next
    }

    /// The sources view open at `source`, with `record` highlighted.
    pub fn in_source(source: &str, record: Option<&str>) -> UrlState {
        UrlState {
            source: Some(source.to_owned()),
            highlight: record.map(str::to_owned),
            ..UrlState::new(Route::Sources)
        }
    }
}
