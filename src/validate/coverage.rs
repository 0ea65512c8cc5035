//! Coverage: every paragraph of every source holds a record's quote, or is
//! listed as unrecorded with a reason. A paragraph that silently holds no
//! record is how a claim goes missing.

use super::source_text::SourceText;
use super::Problem;
use crate::model::{Dataset, Quote};

/// One warning per paragraph (non-blank line) that no quote touches.
pub fn coverage_gaps(ds: &Dataset) -> Vec<Problem> {
    let quotes: Vec<&Quote> = ds
        .claims
        .iter()
        .flat_map(|c| std::iter::once(&c.quote).chain(c.verification.iter().map(|v| &v.quote)))
        .chain(
            ds.diplomacy.iter().flat_map(|e| std::iter::once(&e.quote).chain(e.verification.iter().map(|v| &v.quote))),
        )
        .chain(ds.sources.iter().flat_map(|s| s.unrecorded.iter().map(|u| &u.quote).chain(s.published.quote.as_ref())))
        .collect();
    let mut problems = Vec::new();
    for (i, source) in ds.sources.iter().enumerate() {
        let Some(text) = &source.text else { continue };
        let st = SourceText::new(text);
        let spans: Vec<(usize, usize)> =
            quotes.iter().filter(|q| q.source == source.id).map(|q| (q.start, q.end)).collect();
        let mut byte = 0;
        for line in text.split_inclusive('\n') {
            let trimmed = line.trim();
            if !trimmed.is_empty() {
                let lead = line.len() - line.trim_start().len();
                let start = st.char_at_byte(byte + lead);
                let end = start + trimmed.chars().count();
                if !spans.iter().any(|&(s, e)| s < end && e > start) {
                    let preview: String = trimmed.chars().take(70).collect();
                    let message = format!(
                        "paragraph at {start}..{end} holds no record and is not listed as unrecorded: “{preview}…”"
                    );
                    problems.push(Problem::warning(format!("$.sources[{i}]"), Some(&source.id), message));
                }
            }
            byte += line.len();
        }
    }
    problems
}
