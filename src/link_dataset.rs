//! Which dataset a link was made with, against the dataset on screen. The
//! fragment's `data=<file name>` names a user's dataset; a link without it
//! was made with the bundled data (or names none). A link that names a
//! dataset that is not shown is never silently shown as if it were: the
//! page says so, and keeps the link as it is.

/// How a link's dataset and the dataset shown relate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkCheck {
    /// The link names the dataset shown, or neither names a user's dataset.
    Agrees,
    /// The link names no dataset while the user's `file` is shown: the
    /// address should name it (rewriting the current entry).
    Name(String),
    /// The link names `link`, which is not the dataset shown (`shown`:
    /// `None` for the bundled data).
    Differs { link: String, shown: Option<String> },
}

/// Compares the link's `data=` with the file shown (`None`: the bundled data).
pub fn check(link: Option<&str>, shown: Option<&str>) -> LinkCheck {
    match (link, shown) {
        (Some(l), Some(s)) if l == s => LinkCheck::Agrees,
        (None, None) => LinkCheck::Agrees,
        (None, Some(s)) => LinkCheck::Name(s.to_owned()),
        (Some(l), shown) => LinkCheck::Differs { link: l.to_owned(), shown: shown.map(str::to_owned) },
    }
}

/// What the page says when a link names a dataset that is not shown.
pub fn notice(link: &str, shown: Option<&str>) -> String {
    let seeing = match shown {
        None => "the bundled data".to_owned(),
        Some(file) => format!("“{file}”"),
    };
    format!("This link was made with “{link}”; you are seeing {seeing}. Load {link} to see what it showed.")
}

/// Whether the dataset kept in this browser (the file `kept`) is shown when
/// the page opens at a link naming `link`: when the link names that file,
/// or names none (a visit of the bare page), but never in place of another
/// file the link names.
pub fn show_kept_at_start(link: Option<&str>, kept: &str) -> bool {
    link.is_none_or(|l| l == kept)
}
