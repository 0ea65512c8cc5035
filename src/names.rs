//! What the page calls the loaded dataset and its sides: its title, the
//! sentence about it, and the display names of the side codes and of the
//! side-by-side view's three camps. Read from the dataset's `meta`; what it
//! leaves out falls back to neutral wording derived from the data, never to
//! the bundled dataset's words. Returns strings; views decide markup.

use crate::model::{Camp, Dataset, Meta, Side, Whose};

/// The title of a dataset that gives none.
pub const UNTITLED: &str = "Untitled dataset";

/// The names one dataset uses, resolved once when it is loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Names {
    title: String,
    description: String,
    sides: Vec<(Side, String)>,
    camps: Vec<(Camp, String)>,
}

impl Default for Names {
    fn default() -> Self {
        Names::new(&Dataset::default())
    }
}

/// A name that is present and not blank.
fn given(name: Option<&String>) -> Option<String> {
    name.map(|s| s.trim()).filter(|s| !s.is_empty()).map(str::to_owned)
}

impl Names {
    pub fn new(ds: &Dataset) -> Self {
        let empty = Meta::default();
        let meta = ds.meta.as_ref().unwrap_or(&empty);
        let sides: Vec<(Side, String)> =
            Side::ALL.iter().map(|&s| (s, given(meta.sides.get(&s)).unwrap_or_else(|| s.label().to_owned()))).collect();
        let camps = Camp::ALL
            .iter()
            .map(|&c| {
                let derived = || {
                    let members: Vec<&str> =
                        sides.iter().filter(|(s, _)| s.camp() == c).map(|(_, n)| n.as_str()).collect();
                    join_and(&members)
                };
                (c, given(meta.camps.get(&c)).unwrap_or_else(derived))
            })
            .collect();
        Names {
            title: given(meta.title.as_ref()).unwrap_or_else(|| UNTITLED.to_owned()),
            description: given(meta.description.as_ref()).unwrap_or_else(|| described(ds)),
            sides,
            camps,
        }
    }

    /// The dataset's title ("Untitled dataset" when it gives none).
    pub fn title(&self) -> &str {
        &self.title
    }

    /// One sentence about the dataset, for the footer and the dataset panel.
    pub fn description(&self) -> &str {
        &self.description
    }

    /// The title as a file name's stem: "karabakh-2020".
    pub fn slug(&self) -> String {
        let words: Vec<String> =
            self.title.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
        if words.is_empty() {
            "dataset".to_owned()
        } else {
            words.join("-")
        }
    }

    /// What this dataset calls `side`.
    pub fn side(&self, side: Side) -> &str {
        self.sides.iter().find(|(s, _)| *s == side).map_or(side.label(), |(_, n)| n.as_str())
    }

    /// What this dataset calls `camp`; without a name of its own, the names
    /// of its sides ("Armenia and Nagorno-Karabakh authorities").
    pub fn camp(&self, camp: Camp) -> &str {
        self.camps.iter().find(|(c, _)| *c == camp).map_or(camp.label(), |(_, n)| n.as_str())
    }

    /// Whose losses a figure counts, in this dataset's names.
    pub fn whose(&self, whose: Whose) -> &str {
        match whose {
            Whose::Armenia => self.side(Side::Armenia),
            Whose::NagornoKarabakh => self.side(Side::NagornoKarabakh),
            Whose::ArmenianSide => self.camp(Camp::Armenian),
            Whose::Azerbaijan => self.side(Side::Azerbaijan),
            Whose::Both | Whose::Unspecified => whose.label(),
        }
    }
}

/// The site's title for a dataset, in the header and `document.title`:
/// its title, then what the page is.
pub fn site_title(names: &Names) -> String {
    format!("{}: claims explorer", names.title())
}

/// "a", "a and b", "a, b and c".
fn join_and(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// The sentence for a dataset that gives none: what it holds.
fn described(ds: &Dataset) -> String {
    let n = ds.sources.len();
    format!("Every record quotes one of this dataset's {n} source{}, word for word.", if n == 1 { "" } else { "s" })
}
