//! Keyboard shortcuts, as plain values: which key does what, and where `j`
//! and `k` move to. The app's keyboard hook only reads the key and carries
//! out what this says.

/// What a key press asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// `j`: the next result.
    Next,
    /// `k`: the previous result.
    Previous,
    /// `/`: the search box.
    Search,
    /// `Esc`: leave the field being typed in, or close the help.
    Leave,
    /// `?`: the list of shortcuts.
    Help,
}

/// The shortcuts, as the help dialog lists them.
pub const HELP: [(&str, &str); 6] = [
    ("j", "next result (claim, event or row)"),
    ("k", "previous result"),
    ("/", "search"),
    ("Esc", "leave the search box, or close this list"),
    ("?", "this list of shortcuts"),
    ("← →", "on a time axis or the map: move between marks; Enter selects one"),
];

/// The shortcut for `key` (a `KeyboardEvent.key`). `modified` is whether
/// Ctrl, Alt or Meta is held (those keys belong to the browser), and
/// `typing` whether focus is in a text field: there only `Esc` counts, so
/// that a person typing "j" gets a "j".
pub fn shortcut(key: &str, modified: bool, typing: bool) -> Option<Shortcut> {
    if modified {
        return None;
    }
    match (key, typing) {
        ("Escape", _) => Some(Shortcut::Leave),
        (_, true) => None,
        ("j", false) => Some(Shortcut::Next),
        ("k", false) => Some(Shortcut::Previous),
        ("/", false) => Some(Shortcut::Search),
        ("?", false) => Some(Shortcut::Help),
        _ => None,
    }
}

/// Where `j` (`forward`) or `k` goes among `len` results from `current`
/// (the focused result, if any): the first or last when none is focused,
/// and no further than either end. `None` when there are no results.
pub fn step(current: Option<usize>, len: usize, forward: bool) -> Option<usize> {
    let last = len.checked_sub(1)?;
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => last,
        (Some(i), true) => (i + 1).min(last),
        (Some(i), false) => i.saturating_sub(1).min(last),
    })
}

/// What a key does among `len` marks (on a time axis or the map) with mark
/// `current` focused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MarkKey {
    /// Move the focus to this mark.
    Focus(usize),
    /// Enter or Space: choose the focused mark.
    Choose,
}

/// `→`/`↓` the next mark, `←`/`↑` the previous, Home and End the first and
/// last, Enter and Space choose; `None` for other keys, and at either end.
pub fn mark_key(key: &str, current: usize, len: usize) -> Option<MarkKey> {
    let last = len.checked_sub(1)?;
    match key {
        "ArrowRight" | "ArrowDown" => (current < last).then_some(MarkKey::Focus(current + 1)),
        "ArrowLeft" | "ArrowUp" => current.checked_sub(1).map(MarkKey::Focus),
        "Home" => Some(MarkKey::Focus(0)),
        "End" => Some(MarkKey::Focus(last)),
        "Enter" | " " => Some(MarkKey::Choose),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_are_shortcuts_only_outside_text_fields() {
        assert_eq!(shortcut("j", false, false), Some(Shortcut::Next));
        assert_eq!(shortcut("k", false, false), Some(Shortcut::Previous));
        assert_eq!(shortcut("/", false, false), Some(Shortcut::Search));
        assert_eq!(shortcut("?", false, false), Some(Shortcut::Help));
        assert_eq!(shortcut("j", false, true), None, "typing a j in the search box");
        assert_eq!(shortcut("/", false, true), None);
        assert_eq!(shortcut("Escape", false, true), Some(Shortcut::Leave));
        assert_eq!(shortcut("j", true, false), None, "Ctrl+J is the browser's");
        assert_eq!(shortcut("J", false, false), None);
    }

    #[test]
    fn arrow_keys_walk_the_marks_and_enter_chooses() {
        assert_eq!(mark_key("ArrowRight", 0, 3), Some(MarkKey::Focus(1)));
        assert_eq!(mark_key("ArrowDown", 1, 3), Some(MarkKey::Focus(2)));
        assert_eq!(mark_key("ArrowRight", 2, 3), None, "no wrapping at the end");
        assert_eq!(mark_key("ArrowLeft", 0, 3), None);
        assert_eq!(mark_key("ArrowUp", 2, 3), Some(MarkKey::Focus(1)));
        assert_eq!((mark_key("Home", 2, 3), mark_key("End", 0, 3)), (Some(MarkKey::Focus(0)), Some(MarkKey::Focus(2))));
        assert_eq!(mark_key("Enter", 1, 3), Some(MarkKey::Choose));
        assert_eq!(mark_key(" ", 1, 3), Some(MarkKey::Choose));
        assert_eq!(mark_key("x", 1, 3), None);
        assert_eq!(mark_key("Enter", 0, 0), None, "no marks");
    }

    #[test]
    fn j_and_k_walk_the_results_and_stop_at_either_end() {
        assert_eq!(step(None, 3, true), Some(0));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(Some(0), 3, true), Some(1));
        assert_eq!(step(Some(2), 3, true), Some(2));
        assert_eq!(step(Some(0), 3, false), Some(0));
        assert_eq!(step(Some(1), 3, false), Some(0));
        assert_eq!(step(Some(7), 3, false), Some(2), "a result that has gone: back into range");
        assert_eq!(step(None, 0, true), None);
    }
}
