//! The orders the claims list offers: by when a claim was made, by when
//! what it is about happened, or as the articles tell it. Each order is
//! ranked once at load, so sorting a result compares plain integers.

use crate::model::{Claim, DateRef};

/// How the claims list is ordered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum SortOrder {
    /// When the claim was made (the default).
    #[default]
    Claimed,
    /// When what it is about happened.
    About,
    /// Article by article, in the order of the text.
    Article,
}

impl SortOrder {
    pub const ALL: [SortOrder; 3] = [SortOrder::Claimed, SortOrder::About, SortOrder::Article];

    /// The spelling in URLs and form values.
    pub const fn as_str(self) -> &'static str {
        match self {
            SortOrder::Claimed => "claimed",
            SortOrder::About => "about",
            SortOrder::Article => "article",
        }
    }

    pub const fn label(self) -> &'static str {
        match self {
            SortOrder::Claimed => "date claimed",
            SortOrder::About => "date it is about",
            SortOrder::Article => "article order",
        }
    }

    pub fn parse(s: &str) -> Option<SortOrder> {
        SortOrder::ALL.into_iter().find(|o| o.as_str() == s)
    }
}

/// Every claim's rank in each order.
#[derive(Debug, Clone, Default)]
pub struct ClaimOrder {
    claimed: Vec<u32>,
    about: Vec<u32>,
    article: Vec<u32>,
}

/// A date's first day as a number; an unknown date sorts last.
fn day(d: &DateRef) -> i64 {
    d.bounds().map_or(i64::MAX, |(a, _)| i64::from(chrono::Datelike::num_days_from_ce(&a)))
}

fn ranks(n: usize, key: impl Fn(usize) -> (i64, usize, usize)) -> Vec<u32> {
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by_key(|&i| (key(i), i));
    let mut rank = vec![0u32; n];
    for (r, &i) in order.iter().enumerate() {
        rank[i] = r as u32;
    }
    rank
}

impl ClaimOrder {
    /// Ranks `claims`; `source_order` ranks a source id in file order. Ties
    /// in dates fall back to article order.
    pub fn new(claims: &[Claim], source_order: impl Fn(&str) -> usize) -> Self {
        let text: Vec<(usize, usize)> = claims.iter().map(|c| (source_order(&c.quote.source), c.quote.start)).collect();
        ClaimOrder {
            claimed: ranks(claims.len(), |i| (day(&claims[i].asserted), text[i].0, text[i].1)),
            about: ranks(claims.len(), |i| (day(&claims[i].occurred), text[i].0, text[i].1)),
            article: ranks(claims.len(), |i| (0, text[i].0, text[i].1)),
        }
    }

    /// `matches` (positions in `Dataset::claims`) in `order`.
    pub fn sorted(&self, matches: &[usize], order: SortOrder) -> Vec<usize> {
        let rank = match order {
            SortOrder::Claimed => &self.claimed,
            SortOrder::About => &self.about,
            SortOrder::Article => &self.article,
        };
        let mut out = matches.to_vec();
        out.sort_by_key(|&i| rank.get(i).copied().unwrap_or(u32::MAX));
        out
    }
}
