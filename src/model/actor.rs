//! Who speaks, meets and is spoken of.

use serde::{Deserialize, Serialize};

use super::common::{Flag, Quote};
use crate::labelled_enum;

labelled_enum! {
    /// Where an actor stands in the conflict.
    Side {
        Armenia = "armenia", "Armenia";
        NagornoKarabakh = "nagorno_karabakh", "Nagorno-Karabakh authorities";
        Azerbaijan = "azerbaijan", "Azerbaijan";
        Mediator = "mediator", "Mediators";
        ThirdParty = "third_party", "Third parties";
        Press = "press", "Press";
    }
}

labelled_enum! {
    /// The three columns of the side-by-side view. The labels are the
    /// bundled data's wording; a dataset names its camps in its `meta`.
    Camp {
        /// Armenia and the Nagorno-Karabakh authorities.
        Armenian = "armenian", "Armenian side";
        Azerbaijani = "azerbaijani", "Azerbaijan";
        /// Mediators, third parties and the press.
        Others = "others", "others";
    }
}

impl Side {
    pub const fn camp(self) -> Camp {
        match self {
            Side::Armenia | Side::NagornoKarabakh => Camp::Armenian,
            Side::Azerbaijan => Camp::Azerbaijani,
            Side::Mediator | Side::ThirdParty | Side::Press => Camp::Others,
        }
    }
}

labelled_enum! {
    /// What sort of body or person an actor is.
    ActorKind {
        Person = "person", "person";
        Government = "government", "government";
        Ministry = "ministry", "ministry";
        ArmedForces = "armed_forces", "armed forces";
        Organisation = "organisation", "organisation";
        Media = "media", "media";
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    pub id: String,
    pub name: String,
    /// Every spelling the articles use.
    #[serde(default)]
    pub aliases: Vec<String>,
    pub kind: ActorKind,
    pub side: Side,
    pub role: String,
    #[serde(default)]
    pub member_of: Option<String>,
    pub quote: Quote,
    #[serde(default)]
    pub flags: Vec<Flag>,
}
