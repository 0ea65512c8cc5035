//! The semantic checks: every reference resolves, every quote sits at its
//! offsets, every date resolves as recorded, every side agrees.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};

use super::coverage::coverage_gaps;
use super::text::SourceText;
use super::Problem;
use crate::dates::{resolve, weekday_mismatch};
use crate::model::{Dataset, DateRef, Flag, FlagCode, Link, Quote, Rule};

/// Which section an id belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Source,
    Actor,
    Place,
    Claim,
    Event,
}

impl Kind {
    const fn with_article(self) -> &'static str {
        match self {
            Kind::Actor => "an actor",
            Kind::Source => "a source",
            Kind::Place => "a place",
            Kind::Claim => "a claim",
            Kind::Event => "a diplomacy event",
        }
    }

    const fn noun(self) -> &'static str {
        match self {
            Kind::Source => "source",
            Kind::Actor => "actor",
            Kind::Place => "place",
            Kind::Claim => "claim",
            Kind::Event => "diplomacy event",
        }
    }
}

/// Every problem in `ds`, in file order. Pure: the same input gives the same
/// list, and nothing is changed.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut c = Checker::new(ds);
    c.sources();
    c.actors();
    c.places();
    c.claims();
    c.events();
    c.problems.extend(coverage_gaps(ds));
    c.problems
}

struct Checker<'a> {
    ds: &'a Dataset,
    kinds: HashMap<&'a str, Kind>,
    texts: HashMap<&'a str, SourceText<'a>>,
    published: HashMap<&'a str, NaiveDate>,
    problems: Vec<Problem>,
}

/// Where a record sits, for messages.
#[derive(Clone, Copy)]
struct At<'p> {
    path: &'p str,
    id: &'p str,
}

impl<'a> Checker<'a> {
    fn new(ds: &'a Dataset) -> Self {
        let mut c = Checker {
            ds,
            kinds: HashMap::new(),
            texts: HashMap::new(),
            published: HashMap::new(),
            problems: Vec::new(),
        };
        let ids = ds
            .sources
            .iter()
            .map(|r| (r.id.as_str(), Kind::Source, "sources"))
            .chain(ds.actors.iter().map(|r| (r.id.as_str(), Kind::Actor, "actors")))
            .chain(ds.places.iter().map(|r| (r.id.as_str(), Kind::Place, "places")))
            .chain(ds.claims.iter().map(|r| (r.id.as_str(), Kind::Claim, "claims")))
            .chain(ds.diplomacy.iter().map(|r| (r.id.as_str(), Kind::Event, "diplomacy")));
        let mut index_in: HashMap<&str, usize> = HashMap::new();
        let mut first_at: HashMap<&str, String> = HashMap::new();
        for (id, kind, section) in ids {
            let i = index_in.entry(section).or_default();
            let path = format!("$.{section}[{i}].id");
            *i += 1;
            if !is_kebab(id) {
                c.problems.push(Problem::error(
                    &path,
                    Some(id),
                    "ids are lower-case kebab-case: letters, digits and single hyphens",
                ));
            }
            if let Some(first) = first_at.get(id) {
                c.problems.push(Problem::error(&path, Some(id), format!("duplicate id; first used at {first}")));
            } else {
                first_at.insert(id, path);
                c.kinds.insert(id, kind);
            }
        }
        for s in &ds.sources {
            c.published.insert(&s.id, s.published.date);
            if let Some(text) = &s.text {
                c.texts.insert(&s.id, SourceText::new(text));
            }
        }
        c
    }

    fn push(&mut self, at: At<'_>, field: &str, message: impl Into<String>) {
        self.problems.push(Problem::error(format!("{}.{field}", at.path), Some(at.id), message));
    }

    fn sources(&mut self) {
        for (i, s) in self.ds.sources.iter().enumerate() {
            let path = format!("$.sources[{i}]");
            let at = At { path: &path, id: &s.id };
            if s.text.is_none() {
                self.problems.push(Problem::warning(
                    &path,
                    Some(&s.id),
                    "no text for this source: its quotes cannot be checked",
                ));
            }
            if let Some(q) = &s.published.quote {
                self.quote(at, "published.quote", q);
            }
            for (j, u) in s.unrecorded.iter().enumerate() {
                self.quote(at, &format!("unrecorded[{j}].quote"), &u.quote);
                if u.quote.source != s.id {
                    self.push(
                        at,
                        &format!("unrecorded[{j}].quote.source"),
                        "an unrecorded paragraph must come from its own source",
                    );
                }
            }
        }
    }

    fn actors(&mut self) {
        for (i, a) in self.ds.actors.iter().enumerate() {
            let path = format!("$.actors[{i}]");
            let at = At { path: &path, id: &a.id };
            self.quote(at, "quote", &a.quote);
            self.aliases(at, &a.aliases);
            if let Some(m) = &a.member_of {
                self.reference(at, "member_of", m, Kind::Actor);
            }
            self.flags(at, &a.flags);
        }
    }

    fn places(&mut self) {
        for (i, p) in self.ds.places.iter().enumerate() {
            let path = format!("$.places[{i}]");
            let at = At { path: &path, id: &p.id };
            self.quote(at, "quote", &p.quote);
            self.aliases(at, &p.aliases);
            if let Some(c) = &p.coordinates {
                if !(-90.0..=90.0).contains(&c.lat) || !(-180.0..=180.0).contains(&c.lon) {
                    self.push(at, "coordinates", format!("({}, {}) is not a point on Earth", c.lat, c.lon));
                }
                if c.basis.trim().is_empty() {
                    self.push(at, "coordinates.basis", "say where the coordinates come from");
                }
            }
            self.flags(at, &p.flags);
        }
    }

    fn claims(&mut self) {
        for (i, c) in self.ds.claims.iter().enumerate() {
            let path = format!("$.claims[{i}]");
            let at = At { path: &path, id: &c.id };
            self.quote(at, "quote", &c.quote);
            if self.reference(at, "claimant", &c.claimant, Kind::Actor) {
                let actor = self.ds.actors.iter().find(|a| a.id == c.claimant).expect("resolved above");
                if actor.side != c.side {
                    self.push(
                        at,
                        "side",
                        format!("`{}` but the claimant {} is `{}`", c.side.as_str(), actor.id, actor.side.as_str()),
                    );
                }
            }
            for (j, p) in c.places.iter().enumerate() {
                self.reference(at, &format!("places[{j}]"), p, Kind::Place);
            }
            for (j, v) in c.reported_via.iter().enumerate() {
                self.reference(at, &format!("reported_via[{j}]"), v, Kind::Actor);
            }
            let published = self.published.get(c.quote.source.as_str()).copied();
            self.date(at, "asserted", &c.asserted, &c.quote, &c.flags, published);
            self.date(at, "occurred", &c.occurred, &c.quote, &c.flags, published);
            if let Some(p) = published {
                if c.asserted.date > p {
                    self.push(
                        at,
                        "asserted.date",
                        format!("{} is after its article was published ({p})", c.asserted.date),
                    );
                }
            }
            for (j, f) in c.figures.iter().enumerate() {
                if !c.quote.text.contains(&f.raw) {
                    self.push(at, &format!("figures[{j}].raw"), format!("`{}` is not in the quote", f.raw));
                }
            }
            self.prose(at, "summary", &c.summary);
            self.common(at, &c.links, &c.verification, &c.flags);
        }
    }

    fn events(&mut self) {
        for (i, e) in self.ds.diplomacy.iter().enumerate() {
            let path = format!("$.diplomacy[{i}]");
            let at = At { path: &path, id: &e.id };
            self.quote(at, "quote", &e.quote);
            for (field, ids) in [("participants", &e.participants), ("mediators", &e.mediators)] {
                for (j, p) in ids.iter().enumerate() {
                    self.reference(at, &format!("{field}[{j}]"), p, Kind::Actor);
                }
            }
            if let Some(r) = &e.reported_by {
                self.reference(at, "reported_by", r, Kind::Actor);
            }
            if let Some(v) = &e.venue {
                self.reference(at, "venue", v, Kind::Place);
            }
            let published = self.published.get(e.quote.source.as_str()).copied();
            self.date(at, "date", &e.date, &e.quote, &e.flags, published);
            self.prose(at, "summary", &e.summary);
            self.common(at, &e.links, &e.verification, &e.flags);
        }
    }

    fn common(&mut self, at: At<'_>, links: &[Link], verification: &[crate::model::Verification], flags: &[Flag]) {
        for (j, l) in links.iter().enumerate() {
            let field = format!("links[{j}].target");
            if l.target == at.id {
                self.push(at, &field, "a record cannot link to itself");
            } else if !self.kinds.get(l.target.as_str()).is_some_and(|k| matches!(k, Kind::Claim | Kind::Event)) {
                self.push(at, &field, format!("`{}` is no claim or diplomacy event", l.target));
            }
        }
        for (j, v) in verification.iter().enumerate() {
            self.quote(at, &format!("verification[{j}].quote"), &v.quote);
        }
        self.flags(at, flags);
    }

    fn flags(&mut self, at: At<'_>, flags: &[Flag]) {
        for (j, f) in flags.iter().enumerate() {
            self.prose(at, &format!("flags[{j}].message"), &f.message);
        }
    }

    fn prose(&mut self, at: At<'_>, field: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(at, field, "must not be empty");
        }
    }

    /// Checks that `id` names a record of `kind`; true when it does.
    fn reference(&mut self, at: At<'_>, field: &str, id: &str, kind: Kind) -> bool {
        match self.kinds.get(id) {
            Some(k) if *k == kind => true,
            Some(k) => {
                self.push(at, field, format!("`{id}` is {}, not {}", k.with_article(), kind.with_article()));
                false
            }
            None => {
                self.push(at, field, format!("no {} has the id `{id}`", kind.noun()));
                false
            }
        }
    }

    fn aliases(&mut self, at: At<'_>, aliases: &[String]) {
        if self.texts.is_empty() {
            return;
        }
        for (j, alias) in aliases.iter().enumerate() {
            if !self.texts.values().any(|t| t.text().contains(alias.as_str())) {
                self.push(at, &format!("aliases[{j}]"), format!("`{alias}` appears in no source"));
            }
        }
    }

    fn quote(&mut self, at: At<'_>, field: &str, q: &Quote) {
        if q.text.is_empty() {
            self.push(at, &format!("{field}.text"), "a quote cannot be empty");
            return;
        }
        if !self.reference(at, &format!("{field}.source"), &q.source, Kind::Source) {
            return;
        }
        let Some(text) = self.texts.get(q.source.as_str()) else { return };
        if text.slice(q.start, q.end) == Some(q.text.as_str()) {
            return;
        }
        let found = text.find_all(&q.text);
        let hint = match found.as_slice() {
            [] => "and the text appears nowhere in the source".to_owned(),
            [s] => format!("it is at {}..{}", s, s + q.text.chars().count()),
            many => format!("it occurs at {many:?}: pick the one meant"),
        };
        let message = format!("the source does not hold this text at {}..{}; {hint}", q.start, q.end);
        self.push(at, field, message);
    }

    fn date(
        &mut self,
        at: At<'_>,
        field: &str,
        d: &DateRef,
        quote: &Quote,
        flags: &[Flag],
        published: Option<NaiveDate>,
    ) {
        use crate::model::Precision;
        match (d.precision, d.end) {
            (Precision::Range, None) => self.push(at, &format!("{field}.end"), "a range needs an end"),
            (Precision::Range, Some(end)) if end < d.date => {
                self.push(at, &format!("{field}.end"), "a range cannot end before it starts")
            }
            (p, Some(_)) if p != Precision::Range => self.push(at, &format!("{field}.end"), "only a range has an end"),
            _ => {}
        }
        let needs_raw = !matches!(d.rule, Rule::Publication | Rule::Inferred);
        match &d.raw {
            None if needs_raw => self.push(
                at,
                &format!("{field}.raw"),
                format!("rule `{}` resolves the source's words: give them", d.rule.as_str()),
            ),
            Some(raw) if needs_raw && !quote.text.contains(raw.as_str()) => {
                self.push(at, &format!("{field}.raw"), format!("`{raw}` is not in the quote"))
            }
            _ => {}
        }
        if d.rule == Rule::Inferred && d.note.as_deref().is_none_or(|n| n.trim().is_empty()) {
            self.push(at, &format!("{field}.note"), "an inferred date needs a note saying how it was worked out");
        }
        let Some(anchor) = d.anchor.or(published) else { return };
        if let Some(raw) = &d.raw {
            let flagged = flags.iter().any(|f| matches!(f.code, FlagCode::ImpossibleDate | FlagCode::Inconsistency));
            if let Some((named, actual)) = weekday_mismatch(raw, anchor.year()) {
                if !flagged {
                    let message =
                        format!("`{raw}` names a {named:?} but {actual} is a {:?}: flag it", actual.weekday());
                    self.push(at, &format!("{field}.raw"), message);
                }
            }
        }
        if d.rule == Rule::Inferred || (needs_raw && d.raw.is_none()) {
            return;
        }
        match resolve(d.rule, d.raw.as_deref(), anchor) {
            Some(r) if r == d.date => {}
            Some(r) => self.push(
                at,
                &format!("{field}.date"),
                format!("rule `{}` on {anchor} gives {r}, not {}", d.rule.as_str(), d.date),
            ),
            None => self.push(
                at,
                &format!("{field}.rule"),
                format!("rule `{}` cannot read a date from `{}`", d.rule.as_str(), d.raw.as_deref().unwrap_or("")),
            ),
        }
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}
