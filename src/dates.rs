//! Resolving the articles' date phrases ("on Tuesday", "Sept. 27",
//! "the day earlier") against the day they count from.
//!
//! News copy dates past events by the last such weekday and announced
//! events by the next one, so the direction is part of the recorded rule
//! rather than guessed here.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use crate::model::Rule;

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("monday", Weekday::Mon),
    ("tuesday", Weekday::Tue),
    ("wednesday", Weekday::Wed),
    ("thursday", Weekday::Thu),
    ("friday", Weekday::Fri),
    ("saturday", Weekday::Sat),
    ("sunday", Weekday::Sun),
];

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

fn words(raw: &str) -> Vec<String> {
    raw.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect()
}

/// The weekday a phrase names ("on Thursday", "Thursday’s talks").
pub fn weekday_in(raw: &str) -> Option<Weekday> {
    words(raw).iter().find_map(|w| {
        let w = w.strip_suffix('s').filter(|s| s.ends_with("day")).unwrap_or(w);
        WEEKDAYS.iter().find(|(name, _)| *name == w).map(|&(_, d)| d)
    })
}

/// "Sept", "Oct", "October" -> month number: a word of three letters or more
/// that begins a month's name.
fn month_of(word: &str) -> Option<u32> {
    if word.len() < 3 {
        return None;
    }
    let index = MONTHS.iter().position(|name| name.starts_with(word))?;
    u32::try_from(index + 1).ok()
}

/// A calendar date written in a phrase: "Sept. 27", "27 September",
/// "October 17", "08/10/2020" (day first). Without a year, `year` is used.
pub fn explicit_in(raw: &str, year: i32) -> Option<NaiveDate> {
    if let Some(d) = numeric_date(raw) {
        return Some(d);
    }
    let ws = words(raw);
    let day_at = |i: usize| ws.get(i).and_then(|w| w.parse::<u32>().ok()).filter(|d| (1..=31).contains(d));
    let year_in = ws.iter().filter_map(|w| w.parse::<i32>().ok()).find(|y| (1900..=2100).contains(y));
    ws.iter().enumerate().find_map(|(i, w)| {
        let month = month_of(w)?;
        let day = day_at(i + 1).or_else(|| i.checked_sub(1).and_then(day_at))?;
        NaiveDate::from_ymd_opt(year_in.unwrap_or(year), month, day)
    })
}

/// `DD/MM/YYYY`, as European datelines print it.
fn numeric_date(raw: &str) -> Option<NaiveDate> {
    raw.split(|c: char| c.is_whitespace() || c == ',').find_map(|tok| {
        let mut parts = tok.split('/');
        let (d, m, y) = (parts.next()?, parts.next()?, parts.next()?);
        let year: i32 = y.trim_end_matches(|c: char| !c.is_ascii_digit()).parse().ok()?;
        NaiveDate::from_ymd_opt(year, m.parse().ok()?, d.parse().ok()?)
    })
}

/// Resolves `raw` by `rule` from `anchor`. `None` for [`Rule::Inferred`]
/// (worked out by a person, not by rule) and for phrases the rule cannot read.
pub fn resolve(rule: Rule, raw: Option<&str>, anchor: NaiveDate) -> Option<NaiveDate> {
    match rule {
        Rule::Publication | Rule::SameDay => Some(anchor),
        Rule::PreviousDay => anchor.checked_sub_days(Days::new(1)),
        Rule::Explicit => explicit_in(raw?, anchor.year()),
        Rule::WeekdayOnOrBefore => {
            let want = weekday_in(raw?)?;
            let back = (7 + anchor.weekday().num_days_from_monday() - want.num_days_from_monday()) % 7;
            anchor.checked_sub_days(Days::new(back.into()))
        }
        Rule::WeekdayAfter => {
            let want = weekday_in(raw?)?;
            let ahead = (7 + want.num_days_from_monday() - anchor.weekday().num_days_from_monday()) % 7;
            anchor.checked_add_days(Days::new(if ahead == 0 { 7 } else { ahead.into() }))
        }
        Rule::Inferred => None,
    }
}

/// A phrase that names both a weekday and a calendar date that falls on
/// another weekday ("Monday, December 12" in 2020): `(named, actual)`.
pub fn weekday_mismatch(raw: &str, year: i32) -> Option<(Weekday, NaiveDate)> {
    let named = weekday_in(raw)?;
    let date = explicit_in(raw, year)?;
    (date.weekday() != named).then_some((named, date))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn weekdays_resolve_backwards_including_the_same_day() {
        let wed = d("2020-09-30");
        assert_eq!(resolve(Rule::WeekdayOnOrBefore, Some("on Tuesday"), wed), Some(d("2020-09-29")));
        assert_eq!(resolve(Rule::WeekdayOnOrBefore, Some("on Sunday"), wed), Some(d("2020-09-27")));
        assert_eq!(resolve(Rule::WeekdayOnOrBefore, Some("on Wednesday morning"), wed), Some(wed));
        assert_eq!(resolve(Rule::WeekdayOnOrBefore, Some("Thursday’s talks"), d("2020-10-08")), Some(d("2020-10-08")));
    }

    #[test]
    fn weekdays_resolve_forwards_strictly_after() {
        assert_eq!(resolve(Rule::WeekdayAfter, Some("in Moscow on Monday"), d("2020-10-08")), Some(d("2020-10-12")));
        assert_eq!(resolve(Rule::WeekdayAfter, Some("on Friday"), d("2020-10-21")), Some(d("2020-10-23")));
        assert_eq!(resolve(Rule::WeekdayAfter, Some("on Thursday"), d("2020-10-08")), Some(d("2020-10-15")));
    }

    #[test]
    fn explicit_dates_in_the_shapes_the_articles_use() {
        assert_eq!(explicit_in("since it broke out on Sept. 27", 2020), Some(d("2020-09-27")));
        assert_eq!(explicit_in("the October 10 and October 17 agreements", 2020), Some(d("2020-10-10")));
        assert_eq!(explicit_in("Published on 08/10/2020 at 17:30", 1999), Some(d("2020-10-08")));
        assert_eq!(explicit_in("Sept 29, 2020", 1999), Some(d("2020-09-29")));
        assert_eq!(explicit_in("27 September", 2020), Some(d("2020-09-27")));
        assert_eq!(explicit_in("in September", 2020), None);
        assert_eq!(explicit_in("may be", 2020), None);
    }

    #[test]
    fn relative_days() {
        let thu = d("2020-10-08");
        assert_eq!(resolve(Rule::PreviousDay, Some("yesterday, Wednesday"), thu), Some(d("2020-10-07")));
        assert_eq!(resolve(Rule::SameDay, Some("today"), thu), Some(thu));
        assert_eq!(resolve(Rule::Publication, None, thu), Some(thu));
        assert_eq!(resolve(Rule::Inferred, Some("overnight"), thu), None);
        assert_eq!(resolve(Rule::WeekdayAfter, Some("soon"), thu), None);
    }

    #[test]
    fn a_weekday_that_cannot_match_its_date_is_detected() {
        let (named, actual) = weekday_mismatch("on Monday, December 12", 2020).unwrap();
        assert_eq!(named, Weekday::Mon);
        assert_eq!(actual.weekday(), Weekday::Sat);
        assert_eq!(weekday_mismatch("on Monday, October 12", 2020), None);
    }
}
