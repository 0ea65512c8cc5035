//! Words as people write them. Search folds every word the same way in the
//! records (once, when they are indexed) and in what a person types: lower
//! case, accents dropped (é → e, ə → e), hyphens and a possessive 's
//! dropped (cease-fire → ceasefire, Baku's → baku), plurals made singular
//! (casualties → casualty), and the words of one synonym group
//! (`data/synonyms.json`) given the group's name (truce → ceasefire).
//!
//! A record's text is indexed as every *form* of each of its words: as
//! written, singular, and its group's name. A query word matches where it
//! occurs inside one form, so typing "tru" finds "truce" before the word is
//! complete, and "truce" (folded to "ceasefire") finds the records that say
//! either. Each form keeps the bytes of the original text it stands for,
//! which is what highlighting marks.

use std::borrow::Cow;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// The synonym table bundled with the app.
const SYNONYMS: &str = include_str!("../../data/synonyms.json");

/// One word of a text: where it is (bytes of the original) and how it is
/// spelt once folded (lower case, no accents, no hyphen or apostrophe).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Word {
    pub at: Range<usize>,
    pub spelled: String,
}

/// Hyphens that join two words into one (cease-fire).
fn joins(c: char) -> bool {
    matches!(c, '-' | '\u{2010}' | '\u{2011}' | '\u{00AD}')
}

fn apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{02BC}')
}

/// Combining accents, as in a decomposed "é" (e + U+0301).
fn combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}')
}

/// A lower-case letter without its accent; `None` when it has none to drop.
/// Latin-1, Latin Extended-A, and the letters of Azerbaijani and Turkish
/// names (ə, ı, ğ, ş).
fn plain(c: char) -> Option<&'static str> {
    Some(match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' => "d",
        'è'..='ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' | 'ə' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' | 'ǧ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì'..='ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' => "n",
        'ò'..='ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ß' => "ss",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'ù'..='ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
}

/// Appends `c` lower-cased and without accents.
fn push_folded(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return;
    }
    for l in c.to_lowercase().filter(|&l| !combining(l)) {
        match plain(l) {
            Some(p) => out.push_str(p),
            None => out.push(l),
        }
    }
}

/// A text's words folded into one buffer, without a string per word.
#[derive(Debug, Default)]
struct Folded {
    buf: String,
    /// Each word: its bytes in the text, and its folded spelling's in `buf`.
    words: Vec<(Range<usize>, Range<usize>)>,
}

impl Folded {
    fn spelled(&self, i: usize) -> &str {
        &self.buf[self.words[i].1.clone()]
    }
}

/// Folds `text`'s words into a [`Folded`].
fn fold_words(text: &str) -> Folded {
    let mut out = Folded { buf: String::with_capacity(text.len()), words: Vec::new() };
    // The word being read: where it started in the text and in `buf`.
    let mut current: Option<(usize, usize, usize)> = None;
    let mut chars = text.char_indices().peekable();
    let finish = |out: &mut Folded, current: &mut Option<(usize, usize, usize)>| {
        if let Some((start, end, from)) = current.take() {
            out.words.push((start..end, from..out.buf.len()));
        }
    };
    while let Some((i, c)) = chars.next() {
        let end = i + c.len_utf8();
        if c.is_alphanumeric() {
            let w = current.get_or_insert((i, end, out.buf.len()));
            push_folded(&mut out.buf, c);
            w.1 = end;
            continue;
        }
        if let Some(w) = current.as_mut() {
            if combining(c) {
                w.1 = end;
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            if next.is_some_and(char::is_alphanumeric) && (joins(c) || apostrophe(c)) {
                // A possessive 's ends the word and is dropped; any other
                // apostrophe or hyphen joins what is on either side.
                let mut after = text[end..].chars();
                let possessive = apostrophe(c)
                    && matches!(after.next(), Some('s' | 'S'))
                    && !after.next().is_some_and(char::is_alphanumeric);
                if possessive {
                    chars.next();
                } else {
                    continue;
                }
            }
        }
        finish(&mut out, &mut current);
    }
    finish(&mut out, &mut current);
    out
}

/// The words of `text`, folded, with where each sits in it.
pub fn words(text: &str) -> Vec<Word> {
    let f = fold_words(text);
    (0..f.words.len()).map(|i| Word { at: f.words[i].0.clone(), spelled: f.spelled(i).to_owned() }).collect()
}

/// Words ending in s that are not plurals.
const NOT_PLURAL: &[&str] = &[
    "always",
    "afterwards",
    "besides",
    "does",
    "headquarters",
    "means",
    "news",
    "paris",
    "perhaps",
    "series",
    "sometimes",
    "species",
    "tennis",
    "this",
    "towards",
    "whereas",
];

/// The singular of an English plural, `word` itself otherwise (casualties
/// → casualty, clashes → clash, claims → claim, Azeris → azeri; press,
/// status, crisis, was and news unchanged). A word's two spellings only have to fold alike; the
/// result need not be a dictionary word.
pub fn singular(word: &str) -> Cow<'_, str> {
    let n = word.len();
    if n <= 3
        || !word.ends_with('s')
        || word.ends_with("ss")
        || word.ends_with("us")
        || word.ends_with("sis")
        || NOT_PLURAL.contains(&word)
    {
        return Cow::Borrowed(word);
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return Cow::Owned(format!("{stem}y"));
    }
    if ["sses", "shes", "ches", "xes", "zes"].iter().any(|s| word.ends_with(s)) {
        return Cow::Borrowed(&word[..n - 2]);
    }
    Cow::Borrowed(&word[..n - 1])
}

/// Why a synonym table could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableError(pub String);

impl std::fmt::Display for TableError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(serde::Deserialize)]
struct TableFile {
    groups: Vec<Vec<String>>,
}

/// FNV-1a: the synonym lookup runs once per word of every record at load,
/// and the table's keys are a handful of short words chosen by us, so a
/// fast hash without flooding resistance is the right trade.
#[derive(Debug, Clone, Copy)]
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// How words fold: the rules above and a synonym table.
#[derive(Debug, Clone, Default)]
pub struct Folding {
    /// A one-word term (folded, singular) to its group's name.
    names: HashMap<String, String, std::hash::BuildHasherDefault<Fnv>>,
    /// A term of several words (folded, singular) and its group's name.
    phrases: Vec<(Vec<String>, String)>,
}

impl Folding {
    /// Reads a synonym table: `{"groups": [["ceasefire", "cease fire",
    /// "truce"], ...]}`, a group's first term naming it. A term in two
    /// groups, or one with no letters, is an error.
    pub fn from_json(json: &str) -> Result<Folding, TableError> {
        let file: TableFile = serde_json::from_str(json).map_err(|e| TableError(format!("synonyms: {e}")))?;
        let mut folding = Folding::default();
        let mut seen: HashMap<Vec<String>, usize> = HashMap::new();
        for (g, group) in file.groups.iter().enumerate() {
            let terms: Vec<Vec<String>> =
                group.iter().map(|t| words(t).iter().map(|w| singular(&w.spelled).into_owned()).collect()).collect();
            let Some(first) = terms.first() else { return Err(TableError(format!("synonym group {g} is empty"))) };
            let name = first.concat();
            for (term, written) in terms.iter().zip(group) {
                if term.is_empty() {
                    return Err(TableError(format!("synonym `{written}` has no letters")));
                }
                if let Some(other) = seen.insert(term.clone(), g).filter(|&o| o != g) {
                    return Err(TableError(format!("`{written}` is in synonym groups {other} and {g}")));
                }
                match term.as_slice() {
                    [one] => {
                        folding.names.insert(one.clone(), name.clone());
                    }
                    many => folding.phrases.push((many.to_vec(), name.clone())),
                }
            }
            folding.names.insert(name.clone(), name);
        }
        Ok(folding)
    }

    /// The folding with the bundled table, `data/synonyms.json`.
    pub fn bundled() -> &'static Folding {
        static BUNDLED: OnceLock<Folding> = OnceLock::new();
        BUNDLED.get_or_init(|| Folding::from_json(SYNONYMS).expect("data/synonyms.json is a valid synonym table"))
    }

    /// The phrase starting at `singulars[0]`, if any: how many words it
    /// takes and its group's name.
    fn phrase_at(&self, singulars: &[Cow<str>]) -> Option<(usize, &str)> {
        self.phrases
            .iter()
            .find(|(p, _)| p.len() <= singulars.len() && p.iter().zip(singulars).all(|(a, b)| a == b))
            .map(|(p, name)| (p.len(), name.as_str()))
    }

    /// Calls `found` with every form under which `text`'s words are
    /// searched, each with the bytes of `text` it stands for: the word as
    /// written (folded), its singular, its synonym group's name, and the
    /// name of a phrase starting there.
    pub fn forms(&self, text: &str, mut found: impl FnMut(Range<usize>, &str)) {
        let f = fold_words(text);
        let singulars: Vec<Cow<str>> = (0..f.words.len()).map(|i| singular(f.spelled(i))).collect();
        for (i, (at, _)) in f.words.iter().enumerate() {
            let spelled = f.spelled(i);
            found(at.clone(), spelled);
            let one = &singulars[i];
            if one != spelled {
                found(at.clone(), one);
            }
            if let Some(name) = self.names.get(one.as_ref()).filter(|n| *n != one) {
                found(at.clone(), name);
            }
            if !self.phrases.is_empty() {
                if let Some((len, name)) = self.phrase_at(&singulars[i..]) {
                    found(at.start..f.words[i + len - 1].0.end, name);
                }
            }
        }
    }

    /// The words a query looks for, folded: singular, or its synonym
    /// group's name, a phrase of the table taken as one word. Each must
    /// occur inside one form of a record's words.
    pub fn query(&self, text: &str) -> Vec<String> {
        let ws = words(text);
        let singulars: Vec<Cow<str>> = ws.iter().map(|w| singular(&w.spelled)).collect();
        let mut out: Vec<String> = Vec::new();
        let mut i = 0;
        while i < singulars.len() {
            let (len, word) = match self.phrase_at(&singulars[i..]) {
                Some((len, name)) => (len, name.to_owned()),
                None => {
                    (1, self.names.get(singulars[i].as_ref()).map_or_else(|| singulars[i].to_string(), Clone::clone))
                }
            };
            if !out.contains(&word) {
                out.push(word);
            }
            i += len;
        }
        out
    }

    /// Where in `text` the folded query `words` match: byte ranges of the
    /// original, in order, overlapping ones merged. What the view marks.
    pub fn highlights(&self, text: &str, words: &[String]) -> Vec<Range<usize>> {
        let mut hits: Vec<Range<usize>> = Vec::new();
        if words.is_empty() {
            return hits;
        }
        self.forms(text, |at, form| {
            if words.iter().any(|w| form.contains(w.as_str())) {
                hits.push(at);
            }
        });
        hits.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(hits.len());
        for r in hits {
            match merged.last_mut() {
                Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}
