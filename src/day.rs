//! Calendar days as text: reading `YYYY-MM-DD` and writing "29 Sep 2020".
//!
//! Small code instead of chrono's general parser and strftime formatter,
//! which weigh some 26 KB in the app for these three shapes. The dataset's
//! date fields are read with [`serde_day`] and [`serde_opt_day`].

use chrono::{Datelike, NaiveDate};

const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/// `2020-09-29` -> 29 September 2020: four digits, two, two, nothing else,
/// and a day the calendar has (`2021-02-29` is `None`).
pub fn parse_iso(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b[range].iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

/// "29 Sep": the day without padding and the month's short name.
pub fn day_month(d: NaiveDate) -> String {
    format!("{} {}", d.day(), MONTHS[d.month0() as usize])
}

/// "29 Sep 2020".
pub fn day_month_year(d: NaiveDate) -> String {
    format!("{} {}", day_month(d), d.year())
}

/// Error text for a date field that is not `YYYY-MM-DD`.
fn not_a_date(s: &str) -> String {
    format!("`{s}` is not a date (YYYY-MM-DD)")
}

/// `#[serde(deserialize_with = "crate::day::serde_day")]` for a `NaiveDate`.
pub fn serde_day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let s = <String as serde::Deserialize>::deserialize(d)?;
    parse_iso(&s).ok_or_else(|| serde::de::Error::custom(not_a_date(&s)))
}

/// As [`serde_day`], for an `Option<NaiveDate>` that may be `null`.
pub fn serde_opt_day<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
    let s = <Option<String> as serde::Deserialize>::deserialize(d)?;
    s.map(|s| parse_iso(&s).ok_or_else(|| serde::de::Error::custom(not_a_date(&s)))).transpose()
}
