//! What one side or another asserted.

use serde::{Deserialize, Serialize};

use super::actor::Side;
use super::common::{DateRef, Flag, Link, Quote, Verification};
use crate::labelled_enum;

labelled_enum! {
    Category {
        Casualties = "casualties", "casualties";
        Attack = "attack", "attack or shelling";
        TerritorialGain = "territorial_gain", "territorial gain";
        Denial = "denial", "denial";
        Accusation = "accusation", "accusation";
        MilitaryOperation = "military_operation", "military operation";
        Humanitarian = "humanitarian", "humanitarian";
        Position = "position", "position or statement";
        Background = "background", "background";
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    pub id: String,
    /// Actor id of who asserted it.
    pub claimant: String,
    /// Must equal the claimant's side.
    pub side: Side,
    pub asserted: DateRef,
    pub occurred: DateRef,
    pub category: Category,
    #[serde(default)]
    pub places: Vec<String>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    pub summary: String,
    pub quote: Quote,
    #[serde(default)]
    pub reported_via: Vec<String>,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub verification: Vec<Verification>,
    #[serde(default)]
    pub flags: Vec<Flag>,
}

labelled_enum! {
    Metric {
        Killed = "killed", "killed";
        Wounded = "wounded", "wounded";
        Displaced = "displaced", "displaced";
        HomesUninhabitable = "homes_uninhabitable", "homes made uninhabitable";
        BuildingsUninhabitable = "buildings_uninhabitable", "apartment buildings made uninhabitable";
        FacilitiesDamaged = "facilities_damaged", "civilian facilities damaged";
        Disarmed = "disarmed", "disarmed";
        Inhabitants = "inhabitants", "inhabitants";
        AircraftDowned = "aircraft_downed", "aircraft downed";
    }
}

labelled_enum! {
    Qualifier {
        Exact = "exact", "";
        AtLeast = "at_least", "at least";
        About = "about", "about";
        Almost = "almost", "almost";
        MoreThan = "more_than", "more than";
        FewerThan = "fewer_than", "fewer than";
    }
}

labelled_enum! {
    Population {
        Military = "military", "military";
        Civilian = "civilian", "civilian";
        Mixed = "mixed", "military and civilian";
        Unspecified = "unspecified", "unspecified";
    }
}

labelled_enum! {
    /// Whose losses a figure counts.
    Whose {
        Armenia = "armenia", "Armenia";
        NagornoKarabakh = "nagorno_karabakh", "Nagorno-Karabakh";
        ArmenianSide = "armenian_side", "the Armenian side";
        Azerbaijan = "azerbaijan", "Azerbaijan";
        Both = "both", "both sides";
        Unspecified = "unspecified", "unspecified";
    }
}

labelled_enum! {
    /// What part of `value` the figure counts, when the text gives a
    /// proportion of a whole rather than a count ("most of a battalion of
    /// about 400", "half of the approximately 140,000 inhabitants").
    Share {
        Most = "most", "most of";
        Half = "half", "half of";
        AlmostAll = "almost_all", "almost all of";
    }
}

/// A number a claim states, with what it counts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Figure {
    pub metric: Metric,
    pub value: u64,
    pub qualifier: Qualifier,
    pub population: Population,
    pub whose: Whose,
    /// A running total since the fighting began, rather than one day's count.
    pub cumulative: bool,
    /// `null` when `value` is the count itself; else the part of `value`
    /// counted, which is then the size of the whole, not a count to chart.
    #[serde(default)]
    pub share: Option<Share>,
    /// The words of the quote that give the number.
    pub raw: String,
}

impl Figure {
    /// "at least 772 killed (military)".
    pub fn describe(&self) -> String {
        let q = self.qualifier.label();
        let sep = if q.is_empty() { "" } else { " " };
        let share = self.share.map(|s| format!("{} ", s.label())).unwrap_or_default();
        format!("{share}{q}{sep}{} {} ({})", group_thousands(self.value), self.metric.label(), self.population.label())
    }
}

/// 1981 -> "1,981".
pub fn group_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}
