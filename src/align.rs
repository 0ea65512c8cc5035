//! The side-by-side view's rows: the Armenian side's claims (Armenia and the
//! Nagorno-Karabakh authorities) against Azerbaijan's, aligned by the day
//! they are about, with each claim and the counter-claim answering it
//! sharing a row. Mediators, third parties and the press stand apart.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::model::{Camp, Claim, Relation};

/// One row of the comparison. Positions index `Dataset::claims`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompareRow {
    pub date: NaiveDate,
    pub armenian: Vec<usize>,
    pub azerbaijani: Vec<usize>,
    pub others: Vec<usize>,
    /// Set when the row joins claims and their counter-claims: how the
    /// first such link relates them.
    pub counter: Option<Relation>,
    /// Whose claim makes that link (who denies, answers or contradicts).
    pub counter_by: Option<Camp>,
}

/// Disjoint sets over positions, for joining counter-claim chains.
struct Groups(Vec<usize>);

impl Groups {
    fn find(&mut self, i: usize) -> usize {
        let mut root = i;
        while self.0[root] != root {
            root = self.0[root];
        }
        let mut at = i;
        while self.0[at] != root {
            at = std::mem::replace(&mut self.0[at], root);
        }
        root
    }

    fn join(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.0[ra.max(rb)] = ra.min(rb);
        }
    }
}

/// The day a claim is placed on: the last day of what it is about, so a
/// running total sits at the date it counts up to, not at the war's start.
/// When the source gives no date for what it is about, the claim sits at
/// when it was asserted, which the validator requires to be known.
fn day_of(c: &Claim) -> NaiveDate {
    c.occurred.sort_key().or_else(|| c.asserted.sort_key()).unwrap_or(NaiveDate::MIN)
}

/// Aligns the claims at positions `shown` (for instance a query's matches).
pub fn align(claims: &[Claim], shown: &[usize]) -> Vec<CompareRow> {
    let slot: HashMap<&str, usize> = shown.iter().enumerate().map(|(k, &i)| (claims[i].id.as_str(), k)).collect();
    let camp = |k: usize| claims[shown[k]].side.camp();
    let mut groups = Groups((0..shown.len()).collect());
    let mut relation: HashMap<usize, (Relation, Camp)> = HashMap::new();
    for (k, &i) in shown.iter().enumerate() {
        for link in claims[i].links.iter().filter(|l| l.relation.is_counter()) {
            let Some(&t) = slot.get(link.target.as_str()) else { continue };
            let sides = (camp(k), camp(t));
            if matches!(sides, (Camp::Armenian, Camp::Azerbaijani) | (Camp::Azerbaijani, Camp::Armenian)) {
                groups.join(k, t);
                relation.entry(k).or_insert((link.relation, camp(k)));
            }
        }
    }
    let mut members: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for k in 0..shown.len() {
        let root = groups.find(k);
        members.entry(root).or_default().push(k);
    }
    let mut rows = Vec::new();
    let mut by_day: BTreeMap<NaiveDate, CompareRow> = BTreeMap::new();
    for (_, ks) in members {
        if ks.len() > 1 {
            let mut row = CompareRow {
                date: NaiveDate::MAX,
                armenian: vec![],
                azerbaijani: vec![],
                others: vec![],
                counter: None,
                counter_by: None,
            };
            for &k in &ks {
                let i = shown[k];
                row.date = row.date.min(day_of(&claims[i]));
                if row.counter.is_none() {
                    if let Some(&(rel, by)) = relation.get(&k) {
                        (row.counter, row.counter_by) = (Some(rel), Some(by));
                    }
                }
                match camp(k) {
                    Camp::Armenian => row.armenian.push(i),
                    _ => row.azerbaijani.push(i),
                }
            }
            rows.push(row);
            continue;
        }
        let i = shown[ks[0]];
        let date = day_of(&claims[i]);
        let row = by_day.entry(date).or_insert_with(|| CompareRow {
            date,
            armenian: vec![],
            azerbaijani: vec![],
            others: vec![],
            counter: None,
            counter_by: None,
        });
        match camp(ks[0]) {
            Camp::Armenian => row.armenian.push(i),
            Camp::Azerbaijani => row.azerbaijani.push(i),
            Camp::Others => row.others.push(i),
        }
    }
    rows.extend(by_day.into_values());
    // Within a cell: by the day it is about, then when it was said, then
    // where it stands in its article, whatever order the input came in.
    let key = |&i: &usize| {
        let c = &claims[i];
        (day_of(c), c.asserted.sort_key(), c.quote.source.clone(), c.quote.start)
    };
    for row in &mut rows {
        for cell in [&mut row.armenian, &mut row.azerbaijani, &mut row.others] {
            cell.sort_by_key(key);
        }
    }
    // Paired rows first on a day: the exchange, then the rest of that day.
    rows.sort_by_key(|r| (r.date, r.counter.is_none()));
    rows
}
