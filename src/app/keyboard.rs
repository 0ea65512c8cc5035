//! The keyboard shortcuts of [`crate::keys`], carried out on the page: `j`
//! and `k` move focus between the results (every element marked
//! `data-result`), `/` focuses the view's search box (the header's search of
//! everything on views without one), `Esc` leaves it, and
//! `?` opens the list of shortcuts.

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use crate::keys::{shortcut, step, Shortcut, HELP};

fn document() -> Option<web_sys::Document> {
    web_sys::window().and_then(|w| w.document())
}

/// Whether `el` takes typed text (so that letters there are not shortcuts).
fn takes_text(el: &Element) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(el.get_attribute("type").as_deref(), Some("checkbox" | "radio" | "button" | "submit")),
        _ => el.dyn_ref::<HtmlElement>().is_some_and(|h| h.is_content_editable()),
    }
}

/// Focuses `el` (making it focusable if it is not) and scrolls it into view.
pub fn focus_and_show(el: &Element) {
    if !el.has_attribute("tabindex") && el.tag_name() != "A" && el.tag_name() != "BUTTON" {
        let _ = el.set_attribute("tabindex", "-1");
    }
    if let Some(h) = el.dyn_ref::<HtmlElement>() {
        let _ = h.focus();
    }
    let options = ScrollIntoViewOptions::new();
    options.set_block(ScrollLogicalPosition::Nearest);
    el.scroll_into_view_with_scroll_into_view_options(&options);
}

/// Focuses the element matching `selector` inside the element the key
/// event was heard on (an SVG whose marks are moved between with the arrow keys).
pub fn focus_within(e: &KeyboardEvent, selector: &str) {
    let host: Option<Element> = e.current_target().and_then(|t| t.dyn_into().ok());
    let mark = host.and_then(|h| h.query_selector(selector).ok().flatten());
    if let Some(el) = mark.and_then(|m| m.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = el.focus();
    }
}

/// Moves focus to the next or previous result.
fn move_among_results(forward: bool) {
    let Some(doc) = document() else { return };
    let Ok(list) = doc.query_selector_all("[data-result]") else { return };
    let results: Vec<Element> = (0..list.length()).filter_map(|i| list.item(i)?.dyn_into().ok()).collect();
    let active = doc.active_element().and_then(|a| a.closest("[data-result]").ok().flatten());
    let current = active.and_then(|a| results.iter().position(|r| *r == a));
    if let Some(i) = step(current, results.len(), forward) {
        focus_and_show(&results[i]);
    }
}

/// Focuses the view's search box, opening the panel it sits in.
fn focus_search() -> bool {
    let Some(doc) = document() else { return false };
    // The view's own search box; the header's, on views without one.
    let found = |selector: &str| doc.query_selector(selector).ok().flatten();
    let Some(search) = found("main input[type=search]").or_else(|| found("header input[type=search]")) else {
        return false;
    };
    if let Some(details) = search.closest("details").ok().flatten() {
        let _ = details.set_attribute("open", "");
    }
    focus_and_show(&search);
    true
}

/// Listens for the shortcuts; `help` is whether the list of them shows.
#[hook]
pub fn use_shortcuts(help: UseStateHandle<bool>) {
    use_effect_with((), move |_| {
        let doc = document().expect("a document");
        let listener = EventListener::new(&doc, "keydown", move |event| {
            let Some(e) = event.dyn_ref::<KeyboardEvent>() else { return };
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let typing = target.as_ref().is_some_and(takes_text);
            let modified = e.ctrl_key() || e.alt_key() || e.meta_key();
            let Some(action) = shortcut(&e.key(), modified, typing) else { return };
            match action {
                Shortcut::Next | Shortcut::Previous => move_among_results(action == Shortcut::Next),
                Shortcut::Search => {
                    if !focus_search() {
                        return;
                    }
                }
                Shortcut::Help => help.set(true),
                Shortcut::Leave if *help => help.set(false),
                Shortcut::Leave => match target.and_then(|t| t.dyn_into::<HtmlElement>().ok()) {
                    Some(field) if typing => {
                        let _ = field.blur();
                    }
                    _ => return,
                },
            }
            e.prevent_default();
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
pub struct HelpProps {
    pub on_close: Callback<()>,
}

/// The list of shortcuts, as a dialog that takes focus and gives it back.
#[function_component(ShortcutHelp)]
pub fn shortcut_help(p: &HelpProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            let before = document().and_then(|d| d.active_element());
            if let Some(b) = close_ref.cast::<HtmlElement>() {
                let _ = b.focus();
            }
            move || {
                if let Some(el) = before.and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
                    let _ = el.focus();
                }
            }
        });
    }
    let close = p.on_close.reform(|_: MouseEvent| ());
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title">
                <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                <dl class="shortcuts">
                    { for HELP.iter().map(|(key, what)| html! { <><dt><kbd>{ *key }</kbd></dt><dd>{ *what }</dd></> }) }
                </dl>
                <p class="dialog-note">{ "Shortcuts never fire while you type in a field." }</p>
                <button type="button" ref={close_ref} onclick={close}>{ "Close" }</button>
            </div>
        </div>
    }
}
