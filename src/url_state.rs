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

use crate::query::{DateField, Facet, FacetKey, SortOrder};
use crate::timeline::{TimelineFilters, TimelineRole};

/// The views.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub enum Route {
    #[default]
    Claims,
    Compare,
    Diplomacy,
    Map,
    Sources,
    /// Search everything (`#/search?q=…`).
    Search,
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
            Route::Map => "/map".into(),
            Route::Sources => "/sources".into(),
            Route::Search => "/search".into(),
            Route::Record(id) => format!("/record/{}", encode(id)),
        }
    }

    /// Whether the view applies the claims filters (the claims list, the
    /// side-by-side view and the map do; diplomacy has its own).
    pub fn applies_claim_filters(&self) -> bool {
        matches!(self, Route::Claims | Route::Compare | Route::Map)
    }

    fn parse(path: &str) -> Option<Route> {
        let path = path.trim_end_matches('/');
        Some(match path {
            "" | "/" | "/claims" => Route::Claims,
            "/compare" => Route::Compare,
            "/diplomacy" => Route::Diplomacy,
            "/map" => Route::Map,
            "/sources" => Route::Sources,
            "/search" => Route::Search,
            _ => Route::Record(decode(path.strip_prefix("/record/")?)),
        })
    }
}

/// Everything the URL holds: the whole view state.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct UrlState {
    pub route: Route,
    /// The claims filters; the side-by-side view applies them too.
    pub filters: crate::query::Filters,
    /// Page of the claims list, from 1.
    pub page: usize,
    /// The claims list's order.
    pub sort: SortOrder,
    pub timeline: TimelineFilters,
    /// The article the sources view opens at.
    pub source: Option<String>,
    /// A record highlighted in its article, in the sources view.
    pub highlight: Option<String>,
    /// The side-by-side view's state.
    pub compare: CompareState,
    /// The free text of the sources view and of the search page (the
    /// claims' is in `filters`, the timeline's in `timeline`).
    pub search: String,
    /// The file name of the user's dataset the link was made with; `None`
    /// for the bundled data. See [`crate::link_dataset`].
    pub data: Option<String>,
}

/// What the side-by-side view has open and which rows it keeps.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct CompareState {
    /// Claims whose quote, places and source are open in place.
    pub open: BTreeSet<String>,
    /// Days whose statements by mediators, third parties and the press are open.
    pub others_open: BTreeSet<NaiveDate>,
    /// Every day's statements by others open at once.
    pub others_all: bool,
    /// Only the rows where the two sides answer each other.
    pub contested: bool,
}

/// A fragment as read: the state it describes, and beside it what could not
/// be read, so that the view can say so.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Parsed {
    pub state: UrlState,
    /// One plain-language note per key or value that was left out.
    pub ignored: Vec<String>,
}

/// The longest dataset file name `data=` may give.
pub const MAX_DATA_NAME: usize = 255;

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

fn list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().map(encode).collect::<Vec<_>>().join(",")
}

impl UrlState {
    pub fn new(route: Route) -> Self {
        UrlState { route, page: 1, ..UrlState::default() }
    }

    /// Reads a fragment, with or without its `#`. Never fails: what cannot
    /// be read is noted and the rest is kept. A value given twice counts
    /// once.
    pub fn parse(hash: &str) -> Parsed {
        let hash = hash.strip_prefix('#').unwrap_or(hash);
        let (path, query) = hash.split_once('?').unwrap_or((hash, ""));
        let mut parsed = Parsed { state: UrlState::new(Route::Claims), ignored: Vec::new() };
        match Route::parse(path) {
            Some(r) => parsed.state.route = r,
            None => parsed.ignored.push(format!("unknown view `{}`", decode(path))),
        }
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (key, raw) = pair.split_once('=').unwrap_or((pair, ""));
            parsed.read(key, raw);
        }
        parsed
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
        let chosen = f.chosen();
        for facet in Facet::ALL {
            if facet == Facet::Source && self.route == Route::Sources {
                continue;
            }
            put(facet.key(), list(chosen.iter().filter(|k| k.facet() == facet).map(FacetKey::value)));
        }
        if f.date_field != DateField::default() {
            put("on", f.date_field.as_str().into());
        }
        // `from` and `to` are the diplomacy timeline's own on its view, the
        // claims filters' everywhere else.
        let (from, to) =
            if self.route == Route::Diplomacy { (self.timeline.from, self.timeline.to) } else { (f.from, f.to) };
        put("from", from.map(|d| d.to_string()).unwrap_or_default());
        put("to", to.map(|d| d.to_string()).unwrap_or_default());
        put("q", encode(self.text()));
        if self.page > 1 {
            put("page", self.page.to_string());
        }
        if self.sort != SortOrder::default() {
            put("sort", self.sort.as_str().into());
        }
        for role in [TimelineRole::Participant, TimelineRole::Mediator] {
            put(role.key(), list(self.timeline.chosen(role).iter().map(String::as_str)));
        }
        if self.route == Route::Sources {
            put(Facet::Source.key(), self.source.as_deref().map(encode).unwrap_or_default());
        }
        put("hl", self.highlight.as_deref().map(encode).unwrap_or_default());
        let c = &self.compare;
        if c.contested {
            put("contested", "1".into());
        }
        put("open", list(c.open.iter().map(String::as_str)));
        if c.others_all {
            put("others", "all".into());
        } else {
            put("others", c.others_open.iter().map(|d| d.to_string()).collect::<Vec<_>>().join(","));
        }
        put("data", self.data.as_deref().map(encode).unwrap_or_default());
        let path = self.route.path();
        if q.is_empty() {
            format!("#{path}")
        } else {
            format!("#{path}?{}", q.join("&"))
        }
    }

    /// The free text of this state's view: `q` in its fragment.
    pub fn text(&self) -> &str {
        match self.route {
            Route::Diplomacy => &self.timeline.text,
            Route::Sources | Route::Search => &self.search,
            _ => &self.filters.text,
        }
    }

    /// The free text of this state's view, to change.
    pub fn text_mut(&mut self) -> &mut String {
        match self.route {
            Route::Diplomacy => &mut self.timeline.text,
            Route::Sources | Route::Search => &mut self.search,
            _ => &mut self.filters.text,
        }
    }

    /// The same filters on another view, where that view applies them: the
    /// claims filters go between the claims list, the side-by-side view and
    /// the map, the timeline's stay on diplomacy, so no view's filters leak
    /// into another's address. View-specific state (page, article,
    /// highlight, what is open) is not carried over.
    pub fn at(&self, route: Route) -> UrlState {
        let mut next = UrlState::new(route.clone());
        // The dataset goes everywhere: a link never silently changes it.
        next.data = self.data.clone();
        if route.applies_claim_filters() && self.route.applies_claim_filters() {
            next.filters = self.filters.clone();
        }
        if route == Route::Diplomacy && self.route == Route::Diplomacy {
            next.timeline = self.timeline.clone();
        }
        next
    }

    /// The claims view showing what `key` alone selects: where a link on an
    /// actor, a place or an article leads, whatever view it is on.
    pub fn claims_with(key: FacetKey) -> UrlState {
        let mut next = UrlState::new(Route::Claims);
        next.filters.insert(key);
        next
    }

    /// This state's claims filters with `key` chosen too, on `route`.
    pub fn narrowed(&self, route: Route, key: FacetKey) -> UrlState {
        let mut next = self.at(route);
        next.filters.insert(key);
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

impl Parsed {
    /// Reads one `key=value` pair of the fragment's query.
    fn read(&mut self, key: &str, raw: &str) {
        let values = || raw.split(',').filter(|v| !v.is_empty()).map(decode);
        let st = &mut self.state;
        if let Some(facet) = Facet::from_key(key) {
            if facet == Facet::Source && st.route == Route::Sources {
                st.source = values().next();
                return;
            }
            for v in values() {
                match FacetKey::parse(facet, &v) {
                    Some(k) => st.filters.insert(k),
                    None => self.ignored.push(format!("unknown {key} `{v}`")),
                }
            }
            return;
        }
        if let Some(role) = TimelineRole::from_key(key) {
            st.timeline.chosen_mut(role).extend(values());
            return;
        }
        let on_timeline = st.route == Route::Diplomacy;
        let f = &mut st.filters;
        let mut date = || {
            let parsed = crate::day::parse_iso(&decode(raw));
            if parsed.is_none() {
                self.ignored.push(format!("`{key}={}` is not a date (YYYY-MM-DD)", decode(raw)));
            }
            parsed
        };
        match key {
            "from" if on_timeline => st.timeline.from = date(),
            "to" if on_timeline => st.timeline.to = date(),
            "from" => f.from = date(),
            "to" => f.to = date(),
            "on" => match DateField::parse(raw) {
                Some(field) => f.date_field = field,
                None => self.ignored.push(format!("unknown date field `{}`", decode(raw))),
            },
            "q" => *st.text_mut() = decode(raw),
            "sort" => match SortOrder::parse(raw) {
                Some(order) => st.sort = order,
                None => self.ignored.push(format!("unknown order `{}`", decode(raw))),
            },
            "page" => match raw.parse::<usize>() {
                Ok(p) if p >= 1 => st.page = p,
                _ => self.ignored.push(format!("`page={}` is not a page number", decode(raw))),
            },
            "hl" => st.highlight = values().next(),
            "data" => match decode(raw) {
                name if name.trim().is_empty() => self.ignored.push("`data=` names no dataset".to_owned()),
                name if name.chars().count() > MAX_DATA_NAME => {
                    self.ignored.push(format!("`data=` is longer than {MAX_DATA_NAME} characters"))
                }
                name => st.data = Some(name),
            },
            "open" => st.compare.open.extend(values()),
            "contested" => match raw {
                "1" => st.compare.contested = true,
                _ => self.ignored.push(format!("`contested={}` is not 1", decode(raw))),
            },
            "others" if raw == "all" => st.compare.others_all = true,
            "others" => {
                for v in values() {
                    match crate::day::parse_iso(&v) {
                        Some(d) => {
                            st.compare.others_open.insert(d);
                        }
                        None => self.ignored.push(format!("`others={v}` is not a date (YYYY-MM-DD) or `all`")),
                    }
                }
            }
            _ => self.ignored.push(format!("unknown setting `{}`", decode(key))),
        }
    }
}
