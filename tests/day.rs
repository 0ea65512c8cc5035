//! The small date code that replaces chrono's parser and strftime
//! (`karabakh::day`): hand-written cases, including what must be refused.

use chrono::NaiveDate;
use karabakh::day::{day_month, day_month_year, parse_iso};
use karabakh::model::{DateRef, Source};

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn reads_days_written_yyyy_mm_dd() {
    assert_eq!(parse_iso("2020-09-29"), Some(ymd(2020, 9, 29)));
    assert_eq!(parse_iso("2020-10-01"), Some(ymd(2020, 10, 1)));
    assert_eq!(parse_iso("1900-01-01"), Some(ymd(1900, 1, 1)));
    assert_eq!(parse_iso("2100-12-31"), Some(ymd(2100, 12, 31)));
    assert_eq!(parse_iso("2020-02-29"), Some(ymd(2020, 2, 29)), "2020 is a leap year");
}

#[test]
fn refuses_what_is_not_a_calendar_day_in_that_shape() {
    for bad in [
        "",
        "2020-9-29",
        "2020-09-1",
        "20-09-29",
        "20200-09-29",
        "2020/09/29",
        "2020-09-29 ",
        " 2020-09-29",
        "2020-09-31",
        "2021-02-29",
        "2020-13-01",
        "2020-00-10",
        "2020-01-00",
        "+020-01-01",
        "2020-0a-01",
        "29 Sep 2020",
        "２０２０-09-29",
    ] {
        assert_eq!(parse_iso(bad), None, "{bad:?} was read as a day");
    }
}

#[test]
fn writes_the_day_unpadded_and_the_month_short() {
    assert_eq!(day_month(ymd(2020, 9, 29)), "29 Sep");
    assert_eq!(day_month(ymd(2020, 10, 1)), "1 Oct");
    assert_eq!(day_month(ymd(2021, 1, 4)), "4 Jan");
    assert_eq!(day_month(ymd(2020, 12, 31)), "31 Dec");
    assert_eq!(day_month_year(ymd(2020, 9, 27)), "27 Sep 2020");
    assert_eq!(day_month_year(ymd(2021, 1, 4)), "4 Jan 2021");
    assert_eq!(day_month_year(ymd(2020, 5, 9)), "9 May 2020");
}

#[test]
fn dataset_dates_are_read_with_it_and_a_bad_one_is_named() {
    let r: DateRef = serde_json::from_str(r#"{"date":"2020-10-08","precision":"day","rule":"explicit"}"#).unwrap();
    assert_eq!(r.date, Some(ymd(2020, 10, 8)));
    assert_eq!(r.end, None);
    let r: DateRef = serde_json::from_str(r#"{"date":null,"precision":"unknown","rule":"inferred"}"#).unwrap();
    assert_eq!(r.date, None);
    let r: DateRef = serde_json::from_str(r#"{"precision":"unknown","rule":"inferred"}"#).unwrap();
    assert_eq!(r.date, None, "a missing date reads as null, as before");
    let e = serde_json::from_str::<DateRef>(r#"{"date":"8 Oct 2020","precision":"day","rule":"explicit"}"#)
        .unwrap_err()
        .to_string();
    assert!(e.starts_with("`8 Oct 2020` is not a date (YYYY-MM-DD)"), "{e}");
    let e = serde_json::from_str::<DateRef>(
        r#"{"date":"2020-10-08","end":"2020-10-32","precision":"range","rule":"explicit"}"#,
    )
    .unwrap_err()
    .to_string();
    assert!(e.starts_with("`2020-10-32` is not a date (YYYY-MM-DD)"), "{e}");
}

#[test]
fn a_source_is_labelled_with_its_outlet_and_day() {
    let source: Source = serde_json::from_str(
        r#"{"id":"s","file":"f.txt","outlet":"China Daily","headline":"h",
            "published":{"date":"2020-09-30","established_by":"the dateline"}}"#,
    )
    .unwrap();
    assert_eq!(source.short_label(), "China Daily, 30 Sep 2020");
}
