//! The address bar as the app's only state. [`use_location`] reads the
//! fragment, and re-reads it whenever the browser changes it (a link, Back,
//! Forward, an address edited by hand). Actions are applied to the fragment
//! as it stands at that moment and written with `pushState` or
//! `replaceState`, which fire no event: the app never hears its own writes,
//! so nothing has to tell its own changes from the user's.

use gloo::events::EventListener;
use yew::prelude::*;

use crate::state::{apply, Action, History};
use crate::url_state::{Parsed, UrlState};

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The fragment as the app reads it now.
fn read() -> Parsed {
    UrlState::parse(&current_hash())
}

/// Writes `hash` as a new history entry or over the current one, with the
/// entry's number for keeping its scroll position (`super::navigation`).
/// Works from `file://` too: the fragment is all that changes.
fn write(hash: &str, history: History) {
    let Some(h) = web_sys::window().and_then(|w| w.history().ok()) else { return };
    let number = super::navigation::fresh_entry();
    let written = match history {
        History::Push => h.push_state_with_url(&number, "", Some(hash)),
        History::Replace => h.replace_state_with_url(&number, "", Some(hash)),
    };
    if let Err(e) = written {
        web_sys::console::warn_2(&"could not write the address:".into(), &e);
    }
}

/// The parsed fragment, and the callback that carries out an action.
#[hook]
pub fn use_location() -> (Parsed, Callback<Action>) {
    let parsed = use_state_eq(read);
    {
        let parsed = parsed.clone();
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a browser window");
            // Back and Forward fire `popstate`; a followed link or an edited
            // address fires `popstate` and `hashchange` (older browsers only
            // the latter). Re-reading twice is harmless: equal states do not
            // re-render.
            let listeners = ["popstate", "hashchange"].map(|event| {
                let parsed = parsed.clone();
                EventListener::new(&window, event, move |_| {
                    super::navigation::forget_fresh();
                    parsed.set(read());
                })
            });
            move || drop(listeners)
        });
    }
    // One callback for the app's life (the state handle's setter is the
    // same in every render): views given it re-render only when their data
    // or state change, not at every render of the app (a file's progress).
    let dispatch = {
        let parsed = parsed.clone();
        use_callback((), move |action: Action, _| {
            if let Some((next, history)) = apply(&read().state, action) {
                write(&next.to_hash(), history);
                parsed.set(read());
            }
        })
    };
    ((*parsed).clone(), dispatch)
}
