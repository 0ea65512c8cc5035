//! What the validator reports.

use std::fmt;

/// How serious a problem is. Errors make data wrong; warnings make it
/// less useful (an unverifiable quote, an unexplained paragraph).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, located by JSON path (`$.claims[3].quote.start`).
/// Serde: the loader worker hands a valid file's warnings to the page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Problem {
    pub severity: Severity,
    pub path: String,
    /// Id of the record concerned, when it has one.
    pub record: Option<String>,
    pub message: String,
}

impl Problem {
    pub fn error(path: impl Into<String>, record: Option<&str>, message: impl Into<String>) -> Self {
        Self {
            severity: Severity::Error,
            path: path.into(),
            record: record.map(str::to_owned),
            message: message.into(),
        }
    }

    pub fn warning(path: impl Into<String>, record: Option<&str>, message: impl Into<String>) -> Self {
        Self { severity: Severity::Warning, ..Self::error(path, record, message) }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let level = match self.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
        };
        write!(f, "{level} at {}", self.path)?;
        if let Some(id) = &self.record {
            write!(f, " ({id})")?;
        }
        write!(f, ": {}", self.message)
    }
}
