//! The semantic checks: every reference resolves, every quote sits at its
//! offsets, every date resolves as recorded, every side agrees.

use chrono::{Datelike, NaiveDate};

use super::coverage::coverage_gaps;
use super::source_text::SourceText;
use super::Problem;
use crate::dates::{resolve, weekday_mismatch};
use crate::facts::FactClusters;
use crate::fast_hash::{FastMap, FastSet};
use crate::model::{
    ActorKind, Dataset, DateRef, EventKind, Figure, Flag, FlagCode, Link, Precision, Qualifier, Quote, Relation, Rule,
};

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
    // The `same_fact` clusters, which two checks need: built once.
    let clusters = FactClusters::new(&ds.claims);
    c.links(&clusters);
    c.figures_agree(&clusters);
    c.problems.extend(coverage_gaps(ds));
    c.problems
}

struct Checker<'a> {
    ds: &'a Dataset,
    kinds: FastMap<&'a str, Kind>,
    texts: FastMap<&'a str, SourceText<'a>>,
    published: FastMap<&'a str, NaiveDate>,
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
            kinds: FastMap::default(),
            texts: FastMap::default(),
            published: FastMap::default(),
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
        // Where each id was first used: (section, index); the path is only
        // written out for a message.
        let mut first_at: FastMap<&str, (&str, usize)> = FastMap::default();
        let mut counts = [0usize; 5];
        for (id, kind, section) in ids {
            let slot = ["sources", "actors", "places", "claims", "diplomacy"]
                .iter()
                .position(|s| *s == section)
                .expect("one of the five sections");
            let i = counts[slot];
            counts[slot] += 1;
            let path = || format!("$.{section}[{i}].id");
            if !is_kebab(id) {
                c.problems.push(Problem::error(
                    path(),
                    Some(id),
                    "ids are lower-case kebab-case: letters, digits and single hyphens",
                ));
            }
            if let Some((s, j)) = first_at.get(id) {
                c.problems.push(Problem::error(path(), Some(id), format!("duplicate id; first used at $.{s}[{j}].id")));
            } else {
                first_at.insert(id, (section, i));
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
            if let (Some(p), Some(day)) = (published, c.asserted.earliest()) {
                if day > p {
                    self.push(at, "asserted.date", format!("{day} is after its article was published ({p})"));
                }
            }
            if c.asserted.precision == Precision::Unknown {
                self.push(at, "asserted.precision", "an assertion is dated at least by its article: not `unknown`");
            }
            for (j, f) in c.figures.iter().enumerate() {
                if !c.quote.text.contains(&f.raw) {
                    self.push(at, &format!("figures[{j}].raw"), format!("`{}` is not in the quote", f.raw));
                }
                if let Some(message) = figure_overstates(f) {
                    self.push(at, &format!("figures[{j}]"), message);
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
            for (j, p) in e.addressees.iter().enumerate() {
                self.reference(at, &format!("addressees[{j}]"), p, Kind::Actor);
                if e.participants.contains(p) {
                    self.push(
                        at,
                        &format!("addressees[{j}]"),
                        format!("`{p}` is both a participant and an addressee: who a statement is addressed to did not take part"),
                    );
                }
            }
            for (j, m) in e.mediators.iter().enumerate() {
                if !e.participants.contains(m) {
                    self.push(
                        at,
                        &format!("mediators[{j}]"),
                        format!(
                            "`{m}` is a mediator but not a participant: list every mediator among the participants"
                        ),
                    );
                }
            }
            if e.status.is_future() && e.date.precision == Precision::NotAfter {
                self.push(
                    at,
                    "date.precision",
                    format!(
                        "a `{}` event has not happened: give its day, or `not_before` or `unknown`, never `not_after`",
                        e.status.as_str()
                    ),
                );
            }
            if let Some(r) = &e.reported_by {
                if self.reference(at, "reported_by", r, Kind::Actor) && e.kind == EventKind::Statement {
                    let kind_of = |id: &str| self.ds.actors.iter().find(|a| a.id == id).map(|a| a.kind);
                    let speaker = e.participants.iter().find(|p| kind_of(p) == Some(ActorKind::Person));
                    if let (Some(ActorKind::Media), Some(speaker)) = (kind_of(r), speaker) {
                        self.push(
                            at,
                            "reported_by",
                            format!(
                                "`{r}` is an outlet, but `{speaker}` took part in this statement: a speaker's own statement is reported by the speaker"
                            ),
                        );
                    }
                }
            }
            if let Some(v) = &e.venue {
                self.reference(at, "venue", v, Kind::Place);
            }
            let published = self.published.get(e.quote.source.as_str()).copied();
            self.date(at, "date", &e.date, &e.quote, &e.flags, published);
            if let Some(a) = &e.announced {
                self.date(at, "announced", a, &e.quote, &e.flags, published);
                if let (Some(day), Some(p)) = (a.latest(), published) {
                    if day > p {
                        self.push(at, "announced.date", format!("announced {day}, after its article ({p})"));
                    }
                }
                if e.date.precision == Precision::Day && a.date.is_some() && a.date == e.date.date {
                    self.push(
                        at,
                        "announced",
                        "announced on the event's own day: leave `announced` null where it does not differ from `date`",
                    );
                }
                if a.precision == Precision::Unknown {
                    self.push(at, "announced.precision", "leave `announced` null rather than unknown");
                }
            }
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
            for (k, r) in f.related.iter().enumerate() {
                if !self.kinds.get(r.as_str()).is_some_and(|k| matches!(k, Kind::Claim | Kind::Event)) {
                    self.push(at, &format!("flags[{j}].related[{k}]"), format!("`{r}` is no claim or diplomacy event"));
                }
            }
            match (f.code, &f.prefer) {
                (FlagCode::PreferredFigure, None) => self.push(
                    at,
                    &format!("flags[{j}].prefer"),
                    "a `preferred_figure` flag names the record it prefers",
                ),
                (FlagCode::PreferredFigure, Some(p)) if self.kinds.get(p.as_str()) != Some(&Kind::Claim) => {
                    self.push(at, &format!("flags[{j}].prefer"), format!("`{p}` is no claim"))
                }
                (code, Some(_)) if code != FlagCode::PreferredFigure => {
                    self.push(at, &format!("flags[{j}].prefer"), "only a `preferred_figure` flag prefers a record")
                }
                _ => {}
            }
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
        let end_field = format!("{field}.end");
        match (d.precision, d.date, d.end) {
            (Precision::Unknown, Some(_), _) | (Precision::Unknown, _, Some(_)) => {
                self.push(at, &format!("{field}.date"), "an unknown date has `date` and `end` null")
            }
            (Precision::Unknown, None, None) => {}
            (_, None, _) => self.push(
                at,
                &format!("{field}.date"),
                "only precision `unknown` has no date; never put a placeholder day",
            ),
            (Precision::Range | Precision::Decade, Some(_), None) => self.push(at, &end_field, "a range needs an end"),
            (Precision::Range | Precision::Decade, Some(start), Some(end)) if end < start => {
                self.push(at, &end_field, "a range cannot end before it starts")
            }
            (Precision::Decade, Some(start), Some(end)) => {
                let decade = start.year() % 10 == 0
                    && (start.month(), start.day()) == (1, 1)
                    && end
                        == NaiveDate::from_ymd_opt(start.year() + 9, 12, 31).unwrap_or(end.succ_opt().unwrap_or(end));
                if !decade {
                    self.push(
                        at,
                        &end_field,
                        "a decade runs from 1 January of a year ending in 0 to 31 December nine years on",
                    );
                }
            }
            (p, _, Some(_)) if !matches!(p, Precision::Range | Precision::Decade) => {
                self.push(at, &end_field, "only a range or a decade has an end")
            }
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
        let Some(date) = d.date else {
            self.push(
                at,
                &format!("{field}.rule"),
                "an unknown date is not resolved by a rule: use `inferred` with a note",
            );
            return;
        };
        match resolve(d.rule, d.raw.as_deref(), anchor) {
            Some(r) if r == date => {}
            Some(r) => self.push(
                at,
                &format!("{field}.date"),
                format!("rule `{}` on {anchor} gives {r}, not {date}", d.rule.as_str()),
            ),
            None => self.push(
                at,
                &format!("{field}.rule"),
                format!("rule `{}` cannot read a date from `{}`", d.rule.as_str(), d.raw.as_deref().unwrap_or("")),
            ),
        }
    }
}

/// Words of a figure's `raw` that bound or divide the number, and the
/// qualifier or share they require: a figure never says more than its words.
fn figure_overstates(f: &Figure) -> Option<String> {
    let raw = f.raw.to_lowercase();
    let bounds: [(&str, &[Qualifier]); 7] = [
        ("at least", &[Qualifier::AtLeast]),
        ("more than", &[Qualifier::MoreThan]),
        ("over ", &[Qualifier::MoreThan]),
        ("fewer than", &[Qualifier::FewerThan]),
        ("less than", &[Qualifier::FewerThan]),
        ("almost", &[Qualifier::Almost]),
        ("about", &[Qualifier::About]),
    ];
    let approximate = ["approximately", "some ", "around"];
    for (words, allowed) in bounds {
        if raw.contains(words) && !allowed.contains(&f.qualifier) && f.share.is_none() {
            return Some(format!(
                "`{}` says “{words}”: the qualifier must say so, not `{}`",
                f.raw,
                f.qualifier.as_str()
            ));
        }
    }
    if f.qualifier == Qualifier::Exact && approximate.iter().any(|w| raw.contains(w)) {
        return Some(format!("`{}` is approximate: the qualifier cannot be `exact`", f.raw));
    }
    for (words, share) in [("most of", "most"), ("half of", "half"), ("almost all", "almost_all")] {
        if raw.contains(words) && f.share.map(|s| s.as_str()) != Some(share) {
            return Some(format!("`{}` gives a part of a whole: `share` must be `{share}`", f.raw));
        }
    }
    None
}

impl Checker<'_> {
    /// Every record's links as (path, from, relation, to), in file order.
    fn all_links(&self) -> Vec<(String, &str, Relation, &str)> {
        let claims = self.ds.claims.iter().enumerate().map(|(i, c)| (format!("$.claims[{i}]"), &c.id, &c.links));
        let events = self.ds.diplomacy.iter().enumerate().map(|(i, e)| (format!("$.diplomacy[{i}]"), &e.id, &e.links));
        claims
            .chain(events)
            .flat_map(|(path, id, links)| {
                links
                    .iter()
                    .enumerate()
                    .map(move |(j, l)| (format!("{path}.links[{j}]"), id.as_str(), l.relation, l.target.as_str()))
            })
            .collect()
    }

    /// Each link is stored once: never twice, never together with its
    /// reverse (the catalog derives reverses); `same_fact` never between
    /// records that contradict each other or that a flag calls inconsistent.
    fn links(&mut self, clusters: &FactClusters) {
        let links = self.all_links();
        // The relation stored from one record to another (the first, when
        // several are): finds a link's reverse without scanning every link.
        let mut stored: FastMap<(&str, &str), Relation> = FastMap::default();
        for (_, a, r, b) in &links {
            stored.entry((*a, *b)).or_insert(*r);
        }
        let mut seen: FastSet<(&str, Relation, &str)> = FastSet::default();
        let mut problems = Vec::new();
        for (path, from, rel, to) in &links {
            if !seen.insert((from, *rel, to)) {
                problems.push(Problem::error(
                    path.to_string(),
                    Some(from),
                    format!("`{}` to `{to}` is stored twice", rel.as_str()),
                ));
                continue;
            }
            let reverse = stored.get(&(*to, *from)).copied();
            if let Some(r) = reverse {
                // Report a symmetric pair once, at its second half.
                let second = rel.is_symmetric() && r == *rel && from > to;
                if !(rel.is_symmetric() && r == *rel) || second {
                    let message = if r == *rel {
                        format!("`{to}` already stores `{}` to this record: store a symmetric link once", rel.as_str())
                    } else {
                        format!(
                            "`{to}` already stores `{}` to this record; `{}` is derived from it, never stored",
                            r.as_str(),
                            r.inverse_str()
                        )
                    };
                    problems.push(Problem::error(format!("{path}.relation"), Some(from), message));
                }
            }
        }
        let index: FastMap<&str, usize> = self.ds.claims.iter().enumerate().map(|(i, c)| (c.id.as_str(), i)).collect();
        let flagged: FastSet<(&str, &str)> = self
            .ds
            .claims
            .iter()
            .map(|c| (c.id.as_str(), &c.flags))
            .chain(self.ds.diplomacy.iter().map(|e| (e.id.as_str(), &e.flags)))
            .flat_map(|(id, flags)| {
                flags
                    .iter()
                    .filter(|f| f.code == FlagCode::Inconsistency)
                    .flat_map(move |f| f.related.iter().flat_map(move |r| [(id, r.as_str()), (r.as_str(), id)]))
            })
            .collect();
        for (path, from, rel, to) in &links {
            match rel {
                Relation::Contradicts => {
                    if let (Some(&a), Some(&b)) = (index.get(from), index.get(to)) {
                        if clusters.same(a, b) {
                            problems.push(Problem::error(
                                format!("{path}.relation"),
                                Some(from),
                                format!("`{to}` is the same fact as this record (through `same_fact` links): it cannot contradict it"),
                            ));
                        }
                    }
                }
                Relation::SameFact if flagged.contains(&(*from, *to)) => problems.push(Problem::error(
                    format!("{path}.relation"),
                    Some(from),
                    format!(
                        "a flag calls this record and `{to}` inconsistent: link them `contradicts`, not `same_fact`"
                    ),
                )),
                _ => {}
            }
        }
        self.problems.extend(problems);
    }

    /// Within one `same_fact` cluster, figures for the same count (metric,
    /// population) must agree unless a `preferred_figure` flag decides which
    /// record the charts use.
    fn figures_agree(&mut self, clusters: &FactClusters) {
        let claims = &self.ds.claims;
        let mut problems = Vec::new();
        for id in 0..clusters.len() {
            let members = clusters.members(id);
            if members.len() < 2 {
                continue;
            }
            let decided = members.iter().flat_map(|&m| claims[m].flags.iter()).any(|f| {
                f.code == FlagCode::PreferredFigure
                    && f.prefer.as_deref().is_some_and(|p| members.iter().any(|&m| claims[m].id == p))
            });
            if decided {
                continue;
            }
            let mut first: FastMap<(&str, &str), (usize, &Figure)> = FastMap::default();
            for &m in members {
                for f in &claims[m].figures {
                    let key = (f.metric.as_str(), f.population.as_str());
                    match first.get(&key) {
                        None => {
                            first.insert(key, (m, f));
                        }
                        Some((o, g))
                            if (g.value, g.qualifier, g.whose, g.share) != (f.value, f.qualifier, f.whose, f.share) =>
                        {
                            problems.push(Problem::error(
                                format!("$.claims[{m}].figures"),
                                Some(&claims[m].id),
                                format!(
                                    "“{}” conflicts with “{}” of `{}`, the same fact: add a `preferred_figure` flag naming the record the charts count",
                                    f.raw, g.raw, claims[*o].id
                                ),
                            ));
                        }
                        Some(_) => {}
                    }
                }
            }
        }
        self.problems.extend(problems);
    }
}

fn is_kebab(id: &str) -> bool {
    !id.is_empty()
        && id
            .split('-')
            .all(|part| !part.is_empty() && part.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
}
