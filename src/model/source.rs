//! The articles the dataset quotes.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::common::{Flag, Quote};

/// One article of the corpus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    pub id: String,
    /// File name under `data/sources/`.
    pub file: String,
    /// The outlet, or `None` when the text does not name it.
    pub outlet: Option<String>,
    /// What in the text names the outlet.
    #[serde(default)]
    pub outlet_basis: Option<String>,
    pub headline: String,
    #[serde(default)]
    pub byline: Option<String>,
    pub published: Published,
    #[serde(default)]
    pub agencies: Vec<String>,
    #[serde(default)]
    pub notes: Vec<String>,
    #[serde(default)]
    pub flags: Vec<Flag>,
    /// Paragraphs that hold no record, each with the reason.
    #[serde(default)]
    pub unrecorded: Vec<Unrecorded>,
    /// The article text itself. The bundled data fills it from
    /// `data/sources/`; a user's dataset may give it inline, and its quotes
    /// are then checked against it.
    #[serde(default)]
    pub text: Option<String>,
}

impl Source {
    /// "China Daily, 30 Sep 2020"; "Unnamed outlet, 8 Oct 2020" when the
    /// text names none.
    pub fn short_label(&self) -> String {
        let who = self.outlet.as_deref().unwrap_or("Unnamed outlet");
        format!("{who}, {}", crate::day::day_month_year(self.published.date))
    }
}

/// When an article was published and how we know.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    #[serde(deserialize_with = "crate::day::serde_day")]
    pub date: NaiveDate,
    /// `HH:MM` where printed; the time zone is never given.
    #[serde(default)]
    pub time: Option<String>,
    pub established_by: String,
    #[serde(default)]
    pub quote: Option<Quote>,
}

/// A paragraph deliberately left without a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unrecorded {
    pub quote: Quote,
    pub reason: String,
}
