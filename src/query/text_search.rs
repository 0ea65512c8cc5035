//! Free text over records (a claim's summary and quote, a diplomacy event's,
//! an article's paragraph, a name): an inverted index of their words, each
//! folded once when indexed ([`super::fold`]) in every form a query may
//! take. A query word matches a record when it occurs inside one of the
//! record's forms, so a query word is looked for once in the vocabulary
//! (the distinct forms, far fewer than the words of the records) and the
//! records of every form that holds it are taken from their lists; per-
//! record letter and letter-pair masks answer the first keystrokes, whose
//! one or two letters occur in most forms. The index holds no state
//! between queries: a caller that keeps an earlier answer may hand it back
//! so that typing on only looks up the word that changed.

use super::fold::Folding;
use crate::fast_hash::FastMap;

/// Which records the words of one query matched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TextHits {
    words: Vec<String>,
    hits: Vec<bool>,
}

/// Records' text, indexed for search.
#[derive(Debug, Default)]
pub struct TextIndex {
    /// Every distinct form of the records' words, each followed by a NUL
    /// so that no match runs across two forms. One scan of this string
    /// finds every form that holds a query word.
    vocabulary: String,
    /// Where each form starts in `vocabulary`; a form's number is its place here.
    form_starts: Vec<usize>,
    /// A form's number, from its text: while indexing, each form is added once.
    numbers: FastMap<Box<str>, u32>,
    /// Per form, the records that hold it, ascending, each once.
    postings: Vec<Vec<u32>>,
    /// Per record, which ASCII letters and digits its text holds: answers a
    /// one-character word (the first keystroke) without reading any text.
    alnum: Vec<u64>,
    /// Per record, which pairs of ASCII letters ("ga", "an") its forms
    /// hold, [`PAIR_WORDS`] words each: answers a two-letter word (the
    /// second keystroke, when most records still match) without reading any
    /// text.
    pairs: Vec<u64>,
}

/// Words of 64 bits holding one record's 26 × 26 letter-pair bits.
const PAIR_WORDS: usize = (26 * 26_usize).div_ceil(64);

/// Position of a pair of ASCII lower-case letters among the 26 × 26.
fn pair_index(a: u8, b: u8) -> Option<usize> {
    (a.is_ascii_lowercase() && b.is_ascii_lowercase()).then(|| usize::from(a - b'a') * 26 + usize::from(b - b'a'))
}

/// The bit of an ASCII letter or digit in a record's `alnum` mask.
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
        let record = u32::try_from(self.alnum.len()).expect("fewer than 4 billion records");
        let folding = Folding::bundled();
        let (mut alnum, mut pairs) = (0u64, [0u64; PAIR_WORDS]);
        for part in parts {
            folding.forms(part, |_, form| {
                let number = self.number(form);
                let list = &mut self.postings[number as usize];
                if list.last() == Some(&record) {
                    return;
                }
                list.push(record);
                alnum |= form.bytes().filter_map(alnum_bit).fold(0, |m, b| m | b);
                for w in form.as_bytes().windows(2) {
                    if let Some(i) = pair_index(w[0], w[1]) {
                        pairs[i / 64] |= 1 << (i % 64);
                    }
                }
            });
        }
        self.alnum.push(alnum);
        self.pairs.extend_from_slice(&pairs);
    }

    /// The number of `form`, added to the vocabulary if it is new.
    fn number(&mut self, form: &str) -> u32 {
        if let Some(&n) = self.numbers.get(form) {
            return n;
        }
        let n = u32::try_from(self.form_starts.len()).expect("fewer than 4 billion forms");
        self.form_starts.push(self.vocabulary.len());
        self.vocabulary.push_str(form);
        self.vocabulary.push('\0');
        self.numbers.insert(form.into(), n);
        self.postings.push(Vec::new());
        n
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

    /// Which records contain `word` inside one of their forms.
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
        let mut last_form = None;
        for (pos, _) in self.vocabulary.match_indices(word) {
            // The form the match starts in: the last one starting at or before it.
            let form = self.form_starts.partition_point(|&s| s <= pos) - 1;
            if last_form == Some(form) {
                continue;
            }
            last_form = Some(form);
            for &r in &self.postings[form] {
                hits[r as usize] = true;
            }
        }
        hits
    }

    /// Which records contain every word of `text`; `None` when it has no
    /// words. `earlier` is a previous answer: when `text` only lengthens its
    /// last word or adds words, only the words it lacked or changed are
    /// looked up, among the records it matched. The answer is the same with
    /// or without it.
    pub(crate) fn hits(&self, text: &str, earlier: Option<&TextHits>) -> Option<TextHits> {
        let words = Folding::bundled().query(text);
        if words.is_empty() {
            return None;
        }
        // NUL separates forms in the vocabulary; no form holds one.
        if words.iter().any(|w| w.contains('\0')) {
            return Some(TextHits { words, hits: vec![false; self.count()] });
        }
        // Earlier words that stand unchanged need no new look-up.
        let kept = earlier
            .filter(|e| {
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
            })
            .map(|e| (e.words.len() - 1, e.hits.clone()));
        let (from, mut hits) = kept.unwrap_or_else(|| (1, self.scan(&words[0])));
        for word in &words[from..] {
            if !hits.contains(&true) {
                break;
            }
            for (h, found) in hits.iter_mut().zip(self.scan(word)) {
                *h &= found;
            }
        }
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
