//! Coverage: every paragraph of every source holds a record's quote, or is
//! listed as unrecorded with a reason. A paragraph that silently holds no
//! record is how a claim goes missing.

use super::source_text::SourceText;
use super::Problem;
use crate::fast_hash::FastMap;
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
    // Each source's quoted spans, grouped once: a dataset of 100,000 claims
    // has hundreds of sources, and filtering every quote per source compared
    // tens of millions of ids.
    let mut spans_of: FastMap<&str, Vec<(usize, usize)>> = FastMap::default();
    for q in quotes {
        spans_of.entry(q.source.as_str()).or_default().push((q.start, q.end));
    }
    let mut problems = Vec::new();
    for (i, source) in ds.sources.iter().enumerate() {
        let Some(text) = &source.text else { continue };
        let st = SourceText::new(text);
        let spans = spans_of.get(source.id.as_str()).map_or(&[][..], Vec::as_slice);
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
