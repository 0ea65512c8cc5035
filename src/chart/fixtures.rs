//! Points for the chart's unit tests.

use chrono::NaiveDate;

use super::points::CasualtyPoint;
use crate::model::{Camp, Metric, Population, Qualifier};

pub(super) fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub(super) fn point(camp: Camp, metric: Metric, cumulative: bool, d: &str, value: u64, id: &str) -> CasualtyPoint {
    CasualtyPoint {
        claim_id: id.into(),
        camp,
        claimed_by: camp,
        metric,
        population: Population::Military,
        cumulative,
        date: date(d),
        value,
        qualifier: Qualifier::Exact,
        raw: String::new(),
        quote: String::new(),
        source: "src".into(),
        claimant: "someone".into(),
        also: vec![],
    }
}
