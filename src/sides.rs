//! The Side facet grouped by camp: Armenia and the Nagorno-Karabakh
//! authorities under "Armenian side", Azerbaijan alone, and mediators,
//! third parties and the press together. A group's box is ticked when all
//! its sides are, mixed when only some are.
//!
//! The names shown for sides and camps are the dataset's own
//! ([`crate::names::Names`]).

use crate::model::{Camp, Side};
use crate::query::{FacetKey, FacetValue};

/// A camp's key in element ids and tests.
pub const fn camp_key(camp: Camp) -> &'static str {
    match camp {
        Camp::Armenian => "armenian",
        Camp::Azerbaijani => "azerbaijani",
        Camp::Others => "others",
    }
}

/// The camps in the order the facet lists them.
pub const CAMPS: [Camp; 3] = [Camp::Armenian, Camp::Azerbaijani, Camp::Others];

/// The sides of `camp`, in schema order.
pub fn sides_of(camp: Camp) -> Vec<Side> {
    Side::ALL.iter().copied().filter(|s| s.camp() == camp).collect()
}

/// A group box's state.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tick {
    Off,
    /// Some of its sides are ticked, not all: drawn as a mixed box.
    Mixed,
    On,
}

/// One camp in the Side facet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SideGroup {
    pub camp: Camp,
    /// Its sides that the facet lists, in schema order.
    pub members: Vec<FacetValue>,
    pub tick: Tick,
    /// Claims the camp's sides would show together.
    pub count: usize,
}

impl SideGroup {
    /// The sides the group's box ticks or unticks.
    pub fn sides(&self) -> Vec<Side> {
        self.members
            .iter()
            .filter_map(|v| match v.key {
                FacetKey::Side(s) => Some(s),
                _ => None,
            })
            .collect()
    }
}

/// The Side facet's values (as the query counts them) grouped by camp;
/// camps with no value listed are left out.
pub fn side_groups(values: &[FacetValue]) -> Vec<SideGroup> {
    CAMPS
        .into_iter()
        .filter_map(|camp| {
            let members: Vec<FacetValue> = sides_of(camp)
                .into_iter()
                .filter_map(|s| values.iter().find(|v| v.key == FacetKey::Side(s)).cloned())
                .collect();
            if members.is_empty() {
                return None;
            }
            let ticked = members.iter().filter(|v| v.selected).count();
            let tick = match ticked {
                0 => Tick::Off,
                n if n == members.len() => Tick::On,
                _ => Tick::Mixed,
            };
            let count = members.iter().map(|v| v.count).sum();
            Some(SideGroup { camp, members, tick, count })
        })
        .collect()
}

/// Whether a claim's side says more than its claimant's name: not when the
/// claimant is named as the side itself ("Azerbaijan", side Azerbaijan),
/// so that names do not repeat.
pub fn side_adds_to(claimant_name: &str, side_name: &str) -> bool {
    !claimant_name.trim().eq_ignore_ascii_case(side_name.trim())
}
