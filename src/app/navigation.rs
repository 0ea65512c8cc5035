//! Keeping one's place across navigation: a new view starts at its top with
//! focus on its heading; Back and Forward return to where the page was
//! scrolled; coming back to the claims from a record shows that record's
//! card; each view's last state is kept for the tabs and "← Claims"
//! ([`ViewMemory`], in `sessionStorage`); the tab's title names the view.
//!
//! Scroll positions are kept per history entry: each entry gets a number
//! in `history.state` when first seen, and the position under that number
//! follows every scroll. An entry created by a link has no number yet, and
//! one the app writes for an action carries a number marked fresh: either
//! is how a new view is told from Back and Forward.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsValue;
use web_sys::Element;
use yew::prelude::*;

use super::keyboard::focus_and_show;
use crate::nav_memory::ViewMemory;
use crate::url_state::{Route, UrlState};

/// The `sessionStorage` key of [`ViewMemory`].
const MEMORY_KEY: &str = "karabakh-explorer:views";

thread_local! {
    /// Scroll position by history entry number.
    static SCROLL: RefCell<HashMap<u32, f64>> = RefCell::new(HashMap::new());
    static NEXT_ENTRY: Cell<u32> = const { Cell::new(1) };
    /// The number of the entry the app has just written, until a render
    /// has taken it as new.
    static FRESH: Cell<Option<u32>> = const { Cell::new(None) };
    /// The entry whose view is rendered and in place. Between Back and the
    /// render that follows it, the browser already reports the entry gone
    /// back to while the page still shows (and scrolls) the one left: those
    /// scrolls must not be saved under the entry gone back to.
    static SHOWN: Cell<Option<u32>> = const { Cell::new(None) };
}

fn session() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// The views' last states as this session left them; empty where the
/// browser keeps no session storage.
pub fn load_memory() -> ViewMemory {
    session()
        .and_then(|s| s.get_item(MEMORY_KEY).ok().flatten())
        .map_or_else(ViewMemory::default, |t| ViewMemory::from_text(&t))
}

fn save_memory(memory: &ViewMemory) {
    if let Some(s) = session() {
        // Storage may be full or refused: the tabs then fall back to the
        // current filters, which is what they did before.
        let _ = s.set_item(MEMORY_KEY, &memory.to_text());
    }
}

/// The current history entry's number, if it has one.
fn entry() -> Option<u32> {
    let state = web_sys::window()?.history().ok()?.state().ok()?;
    state.as_f64().map(|n| n as u32)
}

/// A number for a history entry not seen before. Numbers start from the
/// time, so that entries of an earlier page load (kept by the browser
/// across a reload) do not collide.
fn next_number() -> u32 {
    NEXT_ENTRY.with(|c| {
        let n = c.get().max((js_sys::Date::now() as u64 % 1_000_000_000) as u32);
        c.set(n + 1);
        n
    })
}

/// The state to write with an entry the app itself creates (or replaces):
/// its number already, which the next render takes as a new entry. One
/// `pushState` instead of a `pushState` and a `replaceState` that numbered
/// it: each History call costs a filter update about a millisecond.
pub(super) fn fresh_entry() -> JsValue {
    let n = next_number();
    FRESH.set(Some(n));
    JsValue::from(n)
}

/// The browser moved to another entry (Back, Forward, a link): the entry
/// the app wrote last, if no render took it, is no longer new.
pub(super) fn forget_fresh() {
    FRESH.set(None);
}

/// Numbers the current entry; whether it was new (had no number, or was
/// numbered by [`fresh_entry`] when the app wrote it).
fn number_entry() -> (u32, bool) {
    if let Some(n) = entry() {
        let fresh = FRESH.get() == Some(n);
        if fresh {
            FRESH.set(None);
        }
        return (n, fresh);
    }
    let n = next_number();
    if let Some(h) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = h.replace_state(&JsValue::from(n), "");
    }
    (n, true)
}

fn scroll_y() -> f64 {
    web_sys::window().and_then(|w| w.scroll_y().ok()).unwrap_or(0.0)
}

fn scroll_to(y: f64) {
    if let Some(w) = web_sys::window() {
        w.scroll_to_with_x_and_y(0.0, y);
    }
}

fn find(selector: &str) -> Option<Element> {
    web_sys::window()?.document()?.query_selector(selector).ok().flatten()
}

/// Focuses the view's heading, for screen readers, and shows the top.
fn focus_heading() {
    scroll_to(0.0);
    if let Some(h1) = find("#content h1") {
        focus_and_show(&h1);
    }
    scroll_to(0.0);
}

/// What the last render showed: its route and page.
#[derive(Clone, PartialEq)]
struct Seen {
    route: Route,
    page: usize,
}

/// Keeps the place as `url` changes, the views' memory and the title.
/// Returns the memory as it stands after `url`.
#[hook]
pub fn use_navigation(url: &UrlState, title: String) -> Rc<RefCell<ViewMemory>> {
    let memory = use_mut_ref(load_memory);
    memory.borrow_mut().remember(url);
    let seen = use_mut_ref(|| None::<Seen>);
    use_effect_with((), |_| {
        let window = web_sys::window().expect("a browser window");
        if let Ok(h) = window.history() {
            let _ = h.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
        }
        number_entry();
        let listener = EventListener::new(&window, "scroll", |_| {
            if let Some(n) = entry().filter(|&n| SHOWN.get() == Some(n)) {
                SCROLL.with(|s| s.borrow_mut().insert(n, scroll_y()));
            }
        });
        move || drop(listener)
    });
    {
        let memory = memory.clone();
        use_effect_with((url.clone(), title), move |(url, title)| {
            if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
                doc.set_title(title);
            }
            save_memory(&memory.borrow());
            let now = Seen { route: url.route.clone(), page: url.page };
            let before = seen.borrow_mut().replace(now.clone());
            let (n, new) = number_entry();
            SHOWN.set(Some(n));
            let Some(before) = before else { return };
            if !new {
                // Back or Forward: where this entry was left.
                if let Some(y) = SCROLL.with(|s| s.borrow().get(&n).copied()) {
                    scroll_to(y);
                }
                return;
            }
            if before == now {
                return;
            }
            // Back at the claims from a record: that record's card.
            if let (Route::Record(id), Route::Claims) = (&before.route, &now.route) {
                if let Some(card) = find(&format!(".claim-row[data-record-id=\"{}\"] a.details", css_escape(id))) {
                    focus_and_show(&card);
                    return;
                }
            }
            // Another page of the same list: the top of the results.
            if before.route == now.route {
                if let Some(results) = find("#content [data-results]") {
                    focus_and_show(&results);
                    results.scroll_into_view_with_bool(true);
                    return;
                }
            }
            focus_heading();
        });
    }
    memory
}

/// `s` safe inside a double-quoted CSS attribute selector.
fn css_escape(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}
