//! Acting on the rendered app as a person would, for the browser tests.
#![allow(dead_code)]

use js_sys::Promise;
use karabakh::app::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::{AddEventListenerOptions, Element, EventInit, HtmlElement, HtmlInputElement};
use yew::AppHandle;

pub fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The app mounted in its own element; unmounted when dropped.
pub struct Mounted {
    pub root: Element,
    handle: Option<AppHandle<App>>,
}

impl Drop for Mounted {
    fn drop(&mut self) {
        if let Some(h) = self.handle.take() {
            h.destroy();
        }
        self.root.remove();
    }
}

impl Mounted {
    pub fn find(&self, selector: &str) -> Element {
        self.root.query_selector(selector).unwrap().unwrap_or_else(|| panic!("nothing matches `{selector}`"))
    }

    pub fn try_find(&self, selector: &str) -> Option<Element> {
        self.root.query_selector(selector).unwrap()
    }

    pub fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length()).map(|i| list.item(i).unwrap().dyn_into().unwrap()).collect()
    }

    pub fn text(&self, selector: &str) -> String {
        self.find(selector).text_content().unwrap_or_default()
    }
}

/// Resolves at the next `hashchange` of the window.
fn next_hashchange() -> JsFuture {
    let promise = Promise::new(&mut |resolve, _| {
        let opts = AddEventListenerOptions::new();
        opts.set_once(true);
        web_sys::window()
            .unwrap()
            .add_event_listener_with_callback_and_add_event_listener_options("hashchange", &resolve, &opts)
            .unwrap();
    });
    JsFuture::from(promise)
}

/// Sets the address's fragment and waits until the app has taken it in.
pub async fn go(hash: &str) {
    let location = web_sys::window().unwrap().location();
    if location.hash().unwrap() != hash {
        let changed = next_hashchange();
        location.set_hash(hash).unwrap();
        until_hashchange_to(changed, hash).await;
    }
    yew::scheduler::flush().await;
}

/// The test runner serves no loader worker script, so the page's loader is
/// run here instead, as the worker runs it: the same bytes through the
/// same `protocol::answer`, each message delivered in a task of its own.
fn install_loader_stand_in() {
    let stand_in: karabakh::app::StandIn =
        std::rc::Rc::new(|file: wasm_bindgen::JsValue, heard: karabakh::app::Heard| {
            wasm_bindgen_futures::spawn_local(async move {
                let bytes = match file.as_string() {
                    Some(text) => text.into_bytes(),
                    None => {
                        let blob: web_sys::Blob = file.unchecked_into();
                        let buffer = JsFuture::from(blob.array_buffer()).await.unwrap();
                        js_sys::Uint8Array::new(&buffer).to_vec()
                    }
                };
                let mut messages = Vec::new();
                karabakh::loader::protocol::answer(&bytes, &mut |m| messages.push(m));
                for m in messages {
                    queued_tasks().await;
                    heard(karabakh::loader::protocol::decode(&m.head).map(|r| (r, m.body)));
                }
            });
        });
    karabakh::app::install_stand_in(stand_in);
}

/// Mounts the app at `hash` in a fresh element.
pub async fn mount(hash: &str) -> Mounted {
    install_loader_stand_in();
    go(hash).await;
    let root = document().create_element("div").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    let handle = yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;
    Mounted { root, handle: Some(handle) }
}

/// Types into a text field, as a keyboard would: value, then `input`.
pub async fn type_into(el: &Element, text: &str) {
    key_in(el, text);
    yew::scheduler::flush().await;
}

/// Sets a field's value and fires `input`, without letting the app render.
pub fn key_in(el: &Element, text: &str) {
    let input: HtmlInputElement = el.clone().dyn_into().unwrap();
    input.set_value(text);
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("input", &init).unwrap()).unwrap();
}

/// Lets the browser run the tasks already queued (events such as
/// `hashchange`), by waiting for a task queued after them.
pub async fn queued_tasks() {
    let promise = Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback(&resolve).unwrap();
    });
    JsFuture::from(promise).await.unwrap();
}

/// Waits, task by task and at most 200 tasks, until `done` holds: for what
/// happens asynchronously (a file read, a clipboard promise).
pub async fn until(m: &Mounted, what: &str, done: impl Fn(&Mounted) -> bool) {
    for _ in 0..200 {
        if done(m) {
            return;
        }
        queued_tasks().await;
        yew::scheduler::flush().await;
    }
    panic!("timed out waiting for {what}");
}

/// Clicks a control that changes state in place (checkbox, button).
pub async fn click(el: &Element) {
    match el.clone().dyn_into::<HtmlElement>() {
        Ok(html) => html.click(),
        // An SVG element has no click(): dispatch the event a click fires.
        Err(svg) => {
            let init = web_sys::MouseEventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            let event = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).unwrap();
            svg.dispatch_event(&event).unwrap();
        }
    }
    yew::scheduler::flush().await;
}

/// Clicks a link and waits for the fragment it points at to be taken in.
pub async fn follow(el: &Element) {
    let href = el.get_attribute("href").expect("a link");
    let changed = next_hashchange();
    el.clone().dyn_into::<HtmlElement>().unwrap().click();
    until_hashchange_to(changed, &href).await;
}

/// Waits, from a listener set before the change, until the window's
/// `hashchange` for `hash` has been dispatched (the app listens first, so it
/// has taken the fragment in by then), skipping older pending events.
async fn until_hashchange_to(mut changed: JsFuture, hash: &str) {
    loop {
        let event: web_sys::HashChangeEvent = changed.await.unwrap().dyn_into().unwrap();
        if event.new_url().ends_with(hash) {
            break;
        }
        changed = next_hashchange();
    }
    yew::scheduler::flush().await;
}

/// Goes back in history until the address is `hash` again.
pub async fn back_to(hash: &str) {
    let changed = next_hashchange();
    web_sys::window().unwrap().history().unwrap().back().unwrap();
    until_hashchange_to(changed, hash).await;
}

/// Presses `key` where focus is (or on the body), as a keyboard would.
pub async fn press(key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    let target: web_sys::Element = document().active_element().unwrap_or_else(|| document().body().unwrap().into());
    target.dispatch_event(&event).unwrap();
    yew::scheduler::flush().await;
}

/// The `data-record-id` of the result that holds the focus.
pub fn focused_result() -> Option<String> {
    document().active_element()?.closest("[data-result]").ok()??.get_attribute("data-record-id")
}

/// Goes forward in history until the address is `hash` again.
pub async fn forward_to(hash: &str) {
    let changed = next_hashchange();
    web_sys::window().unwrap().history().unwrap().forward().unwrap();
    until_hashchange_to(changed, hash).await;
}

/// "12 of 140 claims shown" -> (12, 140).
pub fn n_of_m(text: &str) -> (usize, usize) {
    let mut nums = text.split(|c: char| !c.is_ascii_digit()).filter(|s| !s.is_empty()).map(|s| s.parse().unwrap());
    (nums.next().expect("N"), nums.next().expect("M"))
}

/// The number shown beside a facet value.
pub fn facet_count(m: &Mounted, facet: &str, value: &str) -> usize {
    let id = format!("facet-{facet}-{value}");
    let label = m.find(&format!("label[for=\"{id}\"] .count"));
    label.text_content().unwrap().trim().parse().unwrap()
}
