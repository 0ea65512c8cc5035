//! Free text over records (a claim's summary and quote, a diplomacy event's,
//! an article's paragraph, a name): one corpus of their words folded once
//! when indexed ([`super::fold`]), searched in a single pass per query
//! word, and per-record letter and letter-pair masks for the first
//! keystrokes. The index holds no state between queries: a caller that
//! keeps an earlier answer may hand it back so that typing on only
//! re-examines the records that matched before.

use super::fold::Folding;

/// Which records the words of one query matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHits {
    words: Vec<String>,
    hits: Vec<bool>,
}

/// Records' text, indexed for search.
#[derive(Debug, Default)]
pub struct TextIndex {
    /// Every record's words in every folded form ([`Folding::forms`]),
    /// separated by spaces, record after record, each followed by a NUL so
    /// that no match runs across two records. One scan of this string
    /// answers a word for all records.
    corpus: String,
    /// Where each claim's text starts in `corpus`.
    starts: Vec<usize>,
    /// Per claim, which ASCII letters and digits its text holds: answers a
    /// one-character word (the first keystroke) without reading any text.
    alnum: Vec<u64>,
    /// Per claim, which pairs of ASCII letters ("ga", "an") its text holds,
    /// [`PAIR_WORDS`] words each: answers a two-letter word (the second
    /// keystroke, when most claims still match) without reading any text.
    pairs: Vec<u64>,
}

/// Words of 64 bits holding one claim's 26 × 26 letter-pair bits.
const PAIR_WORDS: usize = (26 * 26_usize).div_ceil(64);

/// Position of a pair of ASCII lower-case letters among the 26 × 26.
fn pair_index(a: u8, b: u8) -> Option<usize> {
    (a.is_ascii_lowercase() && b.is_ascii_lowercase()).then(|| usize::from(a - b'a') * 26 + usize::from(b - b'a'))
}

/// The bit of an ASCII letter or digit in a claim's `alnum` mask.
fn alnum_bit(b: u8) -> Option<u64> {
    match b {
        b'a'..=b'z' => Some(1 << (b - b'a')),
        b'0'..=b'9' => Some(1 << (26 + b - b'0')),
        _ => None,
    }
}

impl TextIndex {
    /// Indexes `records`, each given as its searchable parts.
    pub fn new<'a, R: IntoIterator<Item = &'a str>>(records: impl IntoIterator<Item = R>) -> TextIndex {
        let mut ix = TextIndex::default();
        records.into_iter().for_each(|parts| ix.push(parts));
        ix
    }

    /// Adds the next record's searchable parts, each word in every form.
    pub(crate) fn push<'a>(&mut self, parts: impl IntoIterator<Item = &'a str>) {
        let start = self.corpus.len();
        self.starts.push(start);
        let folding = Folding::bundled();
        for part in parts {
            folding.forms(part, |_, form| {
                self.corpus.push_str(form);
                self.corpus.push(' ');
            });
            self.corpus.push('\n');
        }
        self.corpus.push('\0');
        let text = &self.corpus.as_bytes()[start..];
        self.alnum.push(text.iter().copied().filter_map(alnum_bit).fold(0, |m, b| m | b));
        let mut pairs = [0u64; PAIR_WORDS];
        for w in text.windows(2) {
            if let Some(i) = pair_index(w[0], w[1]) {
                pairs[i / 64] |= 1 << (i % 64);
            }
        }
        self.pairs.extend_from_slice(&pairs);
    }

    /// Which records match every word of `text`, in index order; `None`
    /// when it has no words.
    pub fn matching(&self, text: &str) -> Option<Vec<usize>> {
        let hits = self.hits(text, None)?;
        Some(hits.hits.iter().enumerate().filter(|(_, &h)| h).map(|(i, _)| i).collect())
    }

    /// How many records it holds.
    pub fn count(&self) -> usize {
        self.alnum.len()
    }

    /// Where claim `i`'s text ends (the next one's start, or the corpus end).
    fn end_of(&self, i: usize) -> usize {
        self.starts.get(i + 1).copied().unwrap_or(self.corpus.len())
    }

    /// Claim `i`'s lower-cased text.
    fn text_of(&self, i: usize) -> &str {
        &self.corpus[self.starts[i]..self.end_of(i)]
    }

    /// Which claims contain `word`: one substring search over the whole
    /// corpus (a single searcher, never restarted), ignoring further matches
    /// inside a claim already found.
    fn scan(&self, word: &str) -> Vec<bool> {
        if let (Some(bit), 1) = (word.bytes().next().and_then(alnum_bit), word.len()) {
            return self.alnum.iter().map(|m| m & bit != 0).collect();
        }
        if let [a, b] = word.as_bytes() {
            if let Some(i) = pair_index(*a, *b) {
                let (at, bit) = (i / 64, 1u64 << (i % 64));
                return self.pairs.chunks_exact(PAIR_WORDS).map(|p| p[at] & bit != 0).collect();
            }
        }
        let mut hits = vec![false; self.count()];
        let (mut row, mut row_end) = (0, 0);
        for (pos, _) in self.corpus.match_indices(word) {
            if pos < row_end {
                continue;
            }
            while self.end_of(row) <= pos {
                row += 1;
            }
            hits[row] = true;
            row_end = self.end_of(row);
        }
        hits
    }

    /// Which claims contain every word of `text`; `None` when it has no
    /// words. `earlier` is a previous answer: when `text` only lengthens its
    /// last word or adds words, only the claims it matched are looked at
    /// again. The answer is the same with or without it.
    pub(crate) fn hits(&self, text: &str, earlier: Option<&TextHits>) -> Option<TextHits> {
        let words = Folding::bundled().query(text);
        if words.is_empty() {
            return None;
        }
        // NUL separates claims in the corpus; no claim's text holds one.
        if words.iter().any(|w| w.contains('\0')) {
            return Some(TextHits { words, hits: vec![false; self.count()] });
        }
        let narrows = earlier.filter(|e| {
            !e.words.is_empty()
                && e.hits.len() == self.count()
                && words.len() >= e.words.len()
                && e.words.iter().zip(&words).enumerate().all(|(i, (old, new))| {
                    if i + 1 == e.words.len() {
                        new.starts_with(old.as_str())
                    } else {
                        old == new
                    }
                })
        });
        let hits: Vec<bool> = match narrows.map(|e| (e, e.hits.iter().filter(|&&h| h).count())) {
            // Few candidates left: look at each of them.
            Some((e, n)) if n * 8 < self.count() => (0..self.count())
                .map(|i| e.hits[i] && words.iter().all(|w| self.text_of(i).contains(w.as_str())))
                .collect(),
            // Otherwise scan for the longest word, then check the rest per hit.
            _ => {
                let longest = words.iter().max_by_key(|w| w.len()).expect("at least one word");
                let mut hits = self.scan(longest);
                for (i, h) in hits.iter_mut().enumerate().filter(|(_, h)| **h) {
                    *h = words.iter().all(|w| self.text_of(i).contains(w.as_str()));
                }
                hits
            }
        };
        Some(TextHits { words, hits })
    }
}

impl TextHits {
    /// The query's words, folded: what highlighting looks for.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether record `i` matched.
    pub fn matched(&self, i: usize) -> bool {
        self.hits[i]
    }
}
