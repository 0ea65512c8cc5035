//! A deterministic generator of synthetic datasets in the real schema, of
//! any size, for benchmarks and for testing large files: the same size and
//! seed always give the same bytes. Every claim quotes its source verbatim
//! at its offsets, so a generated file passes the validator like real data.
//! `cargo run --release --example synth -- 100000 > big.json`

use chrono::{Days, NaiveDate};

use crate::model::{
    Actor, ActorKind, Category, Claim, Coordinates, Dataset, DateRef, DiplomacyEvent, EventKind, Figure, Metric, Place,
    PlaceKind, Population, Published, Qualifier, Quote, Rule, Side, Source, Status, Unrecorded, Whose,
};

/// A small, fast, seedable generator (SplitMix64): no dependency, and the
/// same sequence on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number below `n` (n > 0).
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const PLACES: [(&str, &str, f64, f64); 12] = [
    ("ganja", "Ganja", 40.68, 46.36),
    ("stepanakert", "Stepanakert", 39.82, 46.75),
    ("martakert", "Martakert", 40.21, 46.81),
    ("fizuli", "Fizuli", 39.6, 47.14),
    ("jabrayil", "Jabrayil", 39.4, 47.03),
    ("terter", "Terter", 40.34, 46.93),
    ("barda", "Barda", 40.37, 47.13),
    ("agdam", "Agdam", 39.99, 46.93),
    ("goranboy", "Goranboy", 40.61, 46.79),
    ("aghjabadi", "Aghjabadi", 40.05, 47.46),
    ("shusha", "Shusha", 39.76, 46.75),
    ("hadrut", "Hadrut", 39.52, 47.03),
];

/// Id, full name, the short name wire copy uses after the first mention
/// ("Baku said…"), and side.
const ACTORS: [(&str, &str, &str, Side); 8] = [
    ("az-mod", "Azerbaijan's defence ministry", "Baku", Side::Azerbaijan),
    ("az-prosecutor", "Azerbaijan's prosecutor general", "Azerbaijan's prosecutor", Side::Azerbaijan),
    ("am-mod", "Armenia's defence ministry", "Yerevan", Side::Armenia),
    ("am-mfa", "Armenia's foreign ministry", "Armenia's foreign ministry", Side::Armenia),
    ("nk-mod", "The Karabakh defence ministry", "Stepanakert", Side::NagornoKarabakh),
    ("nk-ombudsman", "The Karabakh ombudsman", "The Karabakh ombudsman", Side::NagornoKarabakh),
    ("osce-minsk", "The OSCE Minsk Group", "The OSCE", Side::Mediator),
    ("red-cross", "The International Committee of the Red Cross", "The ICRC", Side::ThirdParty),
];

/// What an actor says, the claim's one-line summary (with `{}` for the
/// place), and its category. Short, as wire reports are: the 100,000-claim
/// file must stay well under the 50 MB a file may have.
const VERBS: [(&str, &str, Category); 6] = [
    ("reported shelling near", "Shelling near {}", Category::Attack),
    ("accused the enemy of shelling", "Accused of shelling {}", Category::Accusation),
    ("said it took positions near", "Positions taken near {}", Category::TerritorialGain),
    ("denied fighting near", "Denies fighting at {}", Category::Denial),
    ("called for aid to", "Aid wanted in {}", Category::Humanitarian),
    ("called the front calm near", "Front calm near {}", Category::Position),
];

/// The text of one source so far, counted in characters as quotes are.
struct Article {
    text: String,
    chars: usize,
}

impl Article {
    /// Appends `paragraph` as a line of its own; where it starts and ends.
    fn push(&mut self, paragraph: &str) -> (usize, usize) {
        let start = self.chars;
        self.text.push_str(paragraph);
        self.text.push('\n');
        let len = paragraph.chars().count();
        self.chars += len + 1;
        (start, start + len)
    }
}

/// How many claims each generated article quotes.
const CLAIMS_PER_SOURCE: usize = 200;

/// A dataset of `claims` claims (and one diplomacy event per 20), from
/// sources of [`CLAIMS_PER_SOURCE`] claims each, dated over the first
/// weeks of the war. `seed` varies the content; the same arguments give
/// the same dataset.
pub fn synthetic(claims: usize, seed: u64) -> Dataset {
    let mut rng = Rng(seed);
    let first_day = NaiveDate::from_ymd_opt(2020, 9, 27).expect("a date");
    let sources = claims.div_ceil(CLAIMS_PER_SOURCE).max(1);
    let places: Vec<Place> = PLACES
        .iter()
        .map(|&(id, name, lat, lon)| Place {
            id: id.into(),
            name: name.into(),
            aliases: vec![],
            kind: PlaceKind::Town,
            coordinates: Some(Coordinates { lat, lon, basis: "public_geographic_fact".into() }),
            quote: Quote { source: "syn-000".into(), start: 0, end: 0, text: String::new() },
            flags: vec![],
        })
        .collect();
    let mut ds = Dataset { places, ..Dataset::default() };
    let mut articles: Vec<Article> = (0..sources).map(|_| Article { text: String::new(), chars: 0 }).collect();
    let mut published: Vec<NaiveDate> = Vec::with_capacity(sources);
    // Per source: the paragraphs that hold no record, with why.
    let mut unrecorded: Vec<Vec<Unrecorded>> = Vec::with_capacity(sources);
    for (s, article) in articles.iter_mut().enumerate() {
        let date = first_day.checked_add_days(Days::new((s % 28) as u64 + 1)).expect("a date");
        published.push(date);
        let title = format!("Synthetic report {s} on the fighting, {date}");
        let (start, end) = article.push(&title);
        let quote = Quote { source: format!("syn-{s:03}"), start, end, text: title };
        unrecorded.push(vec![Unrecorded { quote, reason: "the headline".into() }]);
    }
    // Every actor and place is introduced in the first article, as real data does.
    for &(id, name, _, side) in &ACTORS {
        let line = format!("{name} spoke.");
        let (start, end) = articles[0].push(&line);
        let text = Quote { source: "syn-000".into(), start, end, text: line };
        unrecorded[0].push(Unrecorded { quote: text, reason: "introduces an actor".into() });
        let quote = Quote { source: "syn-000".into(), start, end: start + name.chars().count(), text: name.into() };
        ds.actors.push(Actor {
            id: id.into(),
            name: name.into(),
            aliases: vec![],
            kind: ActorKind::Government,
            side,
            role: "synthetic".into(),
            member_of: None,
            quote,
            flags: vec![],
        });
    }
    for p in &mut ds.places {
        let line = format!("{} was mentioned.", p.name);
        let (start, end) = articles[0].push(&line);
        let text = Quote { source: "syn-000".into(), start, end, text: line };
        unrecorded[0].push(Unrecorded { quote: text, reason: "introduces a place".into() });
        p.quote = Quote { source: "syn-000".into(), start, end: start + p.name.chars().count(), text: p.name.clone() };
    }
    for n in 0..claims {
        let s = n / CLAIMS_PER_SOURCE;
        let &(actor, _, name, side) = rng.pick(&ACTORS);
        let &(verb, summary, category) = rng.pick(&VERBS);
        let &(place, place_name, _, _) = rng.pick(&PLACES);
        let (figure, count) = if category == Category::Attack && rng.below(3) == 0 {
            let v = 1 + rng.below(400) as u64;
            (format!("; {v} soldiers were killed"), Some(v))
        } else {
            (String::new(), None)
        };
        let sentence = format!("{name} {verb} {place_name}{figure}.");
        let (start, end) = articles[s].push(&sentence);
        let asserted = published[s];
        let earlier = if rng.below(3) == 0 { 1 + rng.below(2) as u64 } else { 0 };
        let occurred = asserted.checked_sub_days(Days::new(earlier)).unwrap_or(asserted);
        // A claim about the day of the report is dated by the report;
        // one about an earlier day says how that was worked out.
        let occurred = if occurred == asserted {
            DateRef::publication_day(asserted)
        } else {
            DateRef { rule: Rule::Inferred, note: Some("an earlier day".into()), ..DateRef::publication_day(occurred) }
        };
        let figures = count
            .map(|v| Figure {
                metric: Metric::Killed,
                value: v,
                qualifier: Qualifier::Exact,
                population: Population::Military,
                whose: match side {
                    Side::Azerbaijan => Whose::Azerbaijan,
                    Side::NagornoKarabakh => Whose::NagornoKarabakh,
                    _ => Whose::Armenia,
                },
                cumulative: false,
                share: None,
                raw: format!("{v} soldiers"),
            })
            .into_iter()
            .filter(|_| matches!(side, Side::Azerbaijan | Side::Armenia | Side::NagornoKarabakh))
            .collect();
        ds.claims.push(Claim {
            id: format!("c-syn-{n:06}"),
            claimant: actor.into(),
            side,
            asserted: DateRef::publication_day(asserted),
            occurred,
            category,
            places: vec![place.into()],
            figures,
            summary: summary.replace("{}", place_name),
            quote: Quote { source: format!("syn-{s:03}"), start, end, text: sentence },
            reported_via: vec![],
            links: vec![],
            verification: vec![],
            flags: vec![],
        });
        if n % 20 == 19 {
            let sentence = format!("Mediators held talks on {place_name}.");
            let (start, end) = articles[s].push(&sentence);
            ds.diplomacy.push(DiplomacyEvent {
                id: format!("d-syn-{n:06}"),
                kind: EventKind::Meeting,
                status: Status::Happened,
                date: DateRef::publication_day(asserted),
                announced: None,
                reported_by: Some("osce-minsk".into()),
                participants: vec!["osce-minsk".into()],
                mediators: vec!["osce-minsk".into()],
                addressees: vec![],
                venue: None,
                outcome: None,
                summary: format!("Mediators met over {place_name}."),
                quote: Quote { source: format!("syn-{s:03}"), start, end, text: sentence },
                links: vec![],
                verification: vec![],
                flags: vec![],
            });
        }
    }
    ds.sources = articles
        .into_iter()
        .zip(unrecorded)
        .enumerate()
        .map(|(s, (a, unrecorded))| Source {
            id: format!("syn-{s:03}"),
            file: format!("syn-{s:03}.txt"),
            outlet: Some(format!("Synthetic Wire {}", s % 7)),
            outlet_basis: Some("generated".into()),
            headline: format!("Synthetic report {s}"),
            byline: None,
            published: Published { date: published[s], time: None, established_by: "generated".into(), quote: None },
            agencies: vec![],
            notes: vec!["Generated by karabakh::synth for benchmarks; not news.".into()],
            flags: vec![],
            unrecorded,
            text: Some(a.text),
        })
        .collect();
    ds
}

/// `ds` as compact JSON in the single-file format, leaving out what a
/// reader fills in by itself (`null`, and empty lists inside records), as
/// a careful exporter would: the 100,000-claim file is then some 40 MB
/// instead of some 80 MB of `"links":[]` and `"note":null`.
pub fn compact_json(ds: &Dataset) -> String {
    fn strip(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(fields) => {
                fields.retain(|_, f| !f.is_null() && !f.as_array().is_some_and(Vec::is_empty));
                fields.values_mut().for_each(strip);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(strip),
            _ => {}
        }
    }
    let mut value = serde_json::to_value(ds).expect("a dataset is JSON");
    if let serde_json::Value::Object(sections) = &mut value {
        for records in sections.values_mut() {
            if let serde_json::Value::Array(items) = records {
                items.iter_mut().for_each(strip);
            }
        }
    }
    value.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::validate;

    #[test]
    fn a_synthetic_dataset_is_valid_and_the_same_every_time() {
        let ds = synthetic(450, 7);
        assert_eq!((ds.claims.len(), ds.diplomacy.len(), ds.sources.len()), (450, 22, 3));
        let problems = validate(&ds);
        assert!(problems.is_empty(), "{problems:#?}");
        assert_eq!(ds, synthetic(450, 7));
        assert_ne!(ds.claims, synthetic(450, 8).claims, "the seed varies the content");
    }
}
