//! Character-offset access to source texts.

/// A source text with a table from character offsets to byte offsets, so
/// quotes located by characters can be sliced in constant time.
pub struct SourceText<'a> {
    text: &'a str,
    /// Byte offset of every character, plus the text's length at the end.
    bytes_at: Vec<usize>,
}

impl<'a> SourceText<'a> {
    pub fn new(text: &'a str) -> Self {
        let bytes_at = text.char_indices().map(|(b, _)| b).chain(std::iter::once(text.len())).collect();
        Self { text, bytes_at }
    }

    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Length in characters.
    pub fn chars(&self) -> usize {
        self.bytes_at.len() - 1
    }

    /// Characters `start..end`, or `None` when out of range.
    pub fn slice(&self, start: usize, end: usize) -> Option<&'a str> {
        (start <= end && end <= self.chars()).then(|| &self.text[self.bytes_at[start]..self.bytes_at[end]])
    }

    /// Character offset of a byte offset that falls on a character boundary.
    pub fn char_at_byte(&self, byte: usize) -> usize {
        self.bytes_at.partition_point(|&b| b < byte)
    }

    /// Every character offset at which `needle` starts.
    pub fn find_all(&self, needle: &str) -> Vec<usize> {
        if needle.is_empty() {
            return Vec::new();
        }
        self.text.match_indices(needle).map(|(b, _)| self.char_at_byte(b)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_count_characters_not_bytes() {
        let t = SourceText::new("“Hi” – said");
        assert_eq!(t.chars(), 11);
        assert_eq!(t.slice(1, 3), Some("Hi"));
        assert_eq!(t.slice(5, 6), Some("–"));
        assert_eq!(t.slice(0, 12), None);
        assert_eq!(t.find_all("said"), vec![7]);
    }
}
