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
        /// Proposed or possible, not yet agreed ("a possible meeting", "to organise").
        Proposed = "proposed", "proposed";
        /// Not arranged, without anyone excluding it ("have not been scheduled", "was not planned").
        NotScheduled = "not_scheduled", "not scheduled";
        /// In progress as the article writes ("are meeting today", "in talks with").
        UnderWay = "under_way", "under way";
    }
}

impl Status {
    /// An event that has not taken place as the article writes: it has no
    /// `not_after` date ("on or before publication" would read as if it had).
    pub const fn is_future(self) -> bool {
        matches!(
            self,
            Status::Scheduled | Status::Expected | Status::Proposed | Status::NotScheduled | Status::RuledOut
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiplomacyEvent {
    pub id: String,
    pub kind: EventKind,
    pub status: Status,
    pub date: DateRef,
    /// When it was announced or reported, where that differs from `date`
    /// (a future meeting announced on 8 Oct); `null` otherwise.
    #[serde(default)]
    pub announced: Option<DateRef>,
    /// Actor id of who announced or reported it.
    #[serde(default)]
    pub reported_by: Option<String>,
    #[serde(default)]
    pub participants: Vec<String>,
    /// The participants acting as go-betweens; each is also a participant.
    #[serde(default)]
    pub mediators: Vec<String>,
    /// Actor ids of those a statement or demand is addressed to; they did not take part.
    #[serde(default)]
    pub addressees: Vec<String>,
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
