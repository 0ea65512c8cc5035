//! Shapes shared by every kind of record: quotes, dates, flags, links.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::labelled_enum;

/// A verbatim passage of a source, located by character offsets.
///
/// Offsets count Unicode scalar values (what `str::chars` yields, and
/// Python's `str` indexes), not bytes. They are not JavaScript's string
/// indices, which count UTF-16 units and run ahead by one after every
/// character beyond the Basic Multilingual Plane (the corpus has none).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// Id of the source record.
    pub source: String,
    /// First character, counted from 0.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The passage, byte for byte as in the source.
    pub text: String,
}

labelled_enum! {
    /// How exact a [`DateRef`] is.
    Precision {
        Day = "day", "that day";
        Range = "range", "over a range of days";
        Approximate = "approximate", "around that day";
        NotAfter = "not_after", "on or before that day";
        /// On or after `date`, with no end given ("after the ceasefire", a
        /// meeting still to be arranged): an open range.
        NotBefore = "not_before", "on or after that day";
        /// The ten years from `date` (a year ending in 0) to `end` ("in the 1990s").
        Decade = "decade", "in that decade";
        /// The source gives no date at all: `date` and `end` are null.
        Unknown = "unknown", "date unknown";
    }
}

labelled_enum! {
    /// How a [`DateRef`]'s date was resolved from the source's words.
    Rule {
        Explicit = "explicit", "written in full";
        Publication = "publication", "the publication date";
        SameDay = "same_day", "the same day";
        PreviousDay = "previous_day", "the day before";
        WeekdayOnOrBefore = "weekday_on_or_before", "the last such weekday";
        WeekdayAfter = "weekday_after", "the next such weekday";
        Inferred = "inferred", "inferred from context";
    }
}

/// A date as a source gives it (`raw`) and as resolved (`date`).
///
/// Consumers never read `date` and `end` directly to place a record in time:
/// they call [`DateRef::earliest`], [`DateRef::latest`] or
/// [`DateRef::sort_key`], which say `None` where the source gives no bound,
/// so that an unknown date is never put on a day by accident.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRef {
    /// The resolved day, or the start of a range; `null` only with precision `unknown`.
    #[serde(default, deserialize_with = "crate::day::serde_opt_day")]
    pub date: Option<NaiveDate>,
    /// The last day of a `range` or `decade`; `null` otherwise.
    #[serde(default, deserialize_with = "crate::day::serde_opt_day")]
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    /// The source's own words, verbatim.
    #[serde(default)]
    pub raw: Option<String>,
    pub rule: Rule,
    /// The day relative phrases count from; the article's publication date when absent.
    #[serde(default, deserialize_with = "crate::day::serde_opt_day")]
    pub anchor: Option<NaiveDate>,
    #[serde(default)]
    pub note: Option<String>,
}

impl DateRef {
    /// `date` exactly, resolved as the article's own publication day: what
    /// synthetic data and hand-made test records use for a plain date.
    pub fn publication_day(date: NaiveDate) -> DateRef {
        DateRef {
            date: Some(date),
            end: None,
            precision: Precision::Day,
            raw: None,
            rule: Rule::Publication,
            anchor: None,
            note: None,
        }
    }

    /// The first day it can be: `None` when unknown or when only an upper
    /// bound is given (`not_after`).
    pub fn earliest(&self) -> Option<NaiveDate> {
        match self.precision {
            Precision::Unknown | Precision::NotAfter => None,
            _ => self.date,
        }
    }

    /// The last day it can be: `None` when unknown or open-ended (`not_before`).
    pub fn latest(&self) -> Option<NaiveDate> {
        match self.precision {
            Precision::Unknown | Precision::NotBefore => None,
            Precision::Range | Precision::Decade => self.end.or(self.date),
            _ => self.date,
        }
    }

    /// The day to place it on a time axis: the last known day (a running
    /// total sits at the day it counts up to), else the first. `None` for an
    /// unknown date, which has no place on an axis.
    pub fn sort_key(&self) -> Option<NaiveDate> {
        self.latest().or_else(|| self.earliest())
    }

    /// The days it may cover, for date-range filters: open ends collapse onto
    /// the known bound (`not_after 30 Sep` covers 30 Sep), and an unknown date
    /// covers none, so it never matches a filter.
    pub fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        let (a, b) = (self.earliest(), self.latest());
        Some((a.or(b)?, b.or(a)?))
    }
}

labelled_enum! {
    /// What kind of problem in a source a [`Flag`] records.
    FlagCode {
        ImpossibleDate = "impossible_date", "impossible date";
        Misspelling = "misspelling", "misspelling";
        Typo = "typo", "typo";
        Inconsistency = "inconsistency", "inconsistency";
        Unclear = "unclear", "unclear";
        UncertainIdentification = "uncertain_identification", "uncertain identification";
        /// Machine-readable: the records of one fact give different figures,
        /// and `prefer` names the record whose figures the charts count.
        PreferredFigure = "preferred_figure", "preferred figure";
    }
}

/// A problem in the source, recorded rather than silently fixed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub code: FlagCode,
    pub message: String,
    /// Ids of the other records the problem concerns (the other half of an
    /// inconsistency); records named here are never linked `same_fact`.
    #[serde(default)]
    pub related: Vec<String>,
    /// With `preferred_figure`: the record whose figures count.
    #[serde(default)]
    pub prefer: Option<String>,
}

labelled_enum! {
    /// How a record relates to the record its [`Link`] points at.
    Relation {
        Answers = "answers", "answers";
        Denies = "denies", "denies";
        Contradicts = "contradicts", "contradicts";
        SameFact = "same_fact", "same fact as";
        Updates = "updates", "updates";
        About = "about", "is about";
    }
}

impl Relation {
    /// Whether the link sets one side's word against another's.
    pub const fn is_counter(self) -> bool {
        matches!(self, Relation::Answers | Relation::Denies | Relation::Contradicts)
    }

    /// Whether `a R b` says the same as `b R a`: such a pair is stored once.
    pub const fn is_symmetric(self) -> bool {
        matches!(self, Relation::SameFact | Relation::Contradicts)
    }

    /// The name of the derived reverse relation (`answered_by`), never stored.
    pub const fn inverse_str(self) -> &'static str {
        match self {
            Relation::Answers => "answered_by",
            Relation::Denies => "denied_by",
            Relation::Contradicts => "contradicts",
            Relation::SameFact => "same_fact",
            Relation::Updates => "updated_by",
            Relation::About => "discussed_by",
        }
    }

    /// The wording seen from the target's end ("denied by").
    pub const fn inverse_label(self) -> &'static str {
        match self {
            Relation::Answers => "answered by",
            Relation::Denies => "denied by",
            Relation::Contradicts => "contradicted by",
            Relation::SameFact => "same fact as",
            Relation::Updates => "updated by",
            Relation::About => "discussed by",
        }
    }
}

/// A typed pointer from one record to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Link {
    pub relation: Relation,
    pub target: String,
}

/// The outlet's own words on what it could not verify.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    pub note: String,
    pub quote: Quote,
}
