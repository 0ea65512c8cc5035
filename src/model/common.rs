//! Shapes shared by every kind of record: quotes, dates, flags, links.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::labelled_enum;

/// A verbatim passage of a source, located by character offsets.
///
/// Offsets count Unicode scalar values (what `str::chars` yields), not bytes,
/// so that the same numbers work in Python, JavaScript tooling and by eye.
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DateRef {
    pub date: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<NaiveDate>,
    pub precision: Precision,
    /// The source's own words, verbatim.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub raw: Option<String>,
    pub rule: Rule,
    /// The day relative phrases count from; the article's publication date when absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl DateRef {
    /// The last day the date covers: `end` for a range, else `date`.
    pub fn last_day(&self) -> NaiveDate {
        self.end.unwrap_or(self.date)
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
    }
}

/// A problem in the source, recorded rather than silently fixed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Flag {
    pub code: FlagCode,
    pub message: String,
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
