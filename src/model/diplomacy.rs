//! Meetings, calls, visits, ceasefires and statements by mediators and third parties.

use serde::{Deserialize, Serialize};

use super::common::{DateRef, Flag, Link, Quote, Verification};
use crate::labelled_enum;

labelled_enum! {
    EventKind {
        Meeting = "meeting", "meeting";
        PhoneCall = "phone_call", "phone call";
        Visit = "visit", "visit";
        Ceasefire = "ceasefire", "ceasefire";
        SecurityCouncil = "security_council", "Security Council";
        Statement = "statement", "statement";
    }
}

labelled_enum! {
    Status {
        Happened = "happened", "happened";
        Scheduled = "scheduled", "scheduled";
        Expected = "expected", "expected";
        RuledOut = "ruled_out", "ruled out";
        Denied = "denied", "denied";
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiplomacyEvent {
    pub id: String,
    pub kind: EventKind,
    pub status: Status,
    pub date: DateRef,
    /// Actor id of who announced or reported it.
    #[serde(default)]
    pub reported_by: Option<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    #[serde(default)]
    pub mediators: Vec<String>,
    #[serde(default)]
    pub venue: Option<String>,
    #[serde(default)]
    pub outcome: Option<String>,
    pub summary: String,
    pub quote: Quote,
    #[serde(default)]
    pub links: Vec<Link>,
    #[serde(default)]
    pub verification: Vec<Verification>,
    #[serde(default)]
    pub flags: Vec<Flag>,
}
