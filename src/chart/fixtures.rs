//! Points for the chart's unit tests.

use chrono::NaiveDate;

use super::points::CasualtyPoint;
use crate::model::{Camp, Dataset, Meta, Metric, Population, Qualifier};
use crate::names::Names;

/// The bundled data's names of the two camps, as `data/meta.json` gives them.
pub(super) fn names() -> Names {
    let camps = [(Camp::Armenian, "Armenian side"), (Camp::Azerbaijani, "Azerbaijan")];
    let meta = Meta { camps: camps.into_iter().map(|(c, n)| (c, n.to_owned())).collect(), ..Meta::default() };
    Names::new(&Dataset { meta: Some(meta), ..Dataset::default() })
}

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
