//! A dataset's own wording: its title, one sentence about it, and what it
//! calls its sides and camps. Optional: a dataset about another conflict
//! keeps the schema's side codes (`armenia`, `azerbaijan`, ...) as its
//! closed vocabulary and names them its own way here. Nothing in it is a
//! fact about the conflict; `crate::names` supplies neutral wording for
//! whatever it leaves out.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{Camp, Side};

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Meta {
    /// The dataset's title: the page's title and its header.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// One sentence saying what the records are drawn from: the footer and
    /// the dataset panel.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// What each side code is called in this dataset.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sides: BTreeMap<Side, String>,
    /// What the three camps of the side-by-side view are called.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub camps: BTreeMap<Camp, String>,
}

/// The keys a `meta` object may hold.
pub const META_FIELDS: [&str; 4] = ["title", "description", "sides", "camps"];
