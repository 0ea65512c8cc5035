//! Starting the loader worker and listening to it: web-sys glue only (what
//! is said is `crate::loader::protocol`). The worker's script and wasm are
//! fetched only now, when a file is to be read: a first visit never loads
//! them. The offline page carries both inline, and the worker is then
//! started from a blob URL its Content-Security-Policy allows.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, MessageEvent, Url, Worker};

use crate::loader::protocol::{decode, Report};

/// The worker's script in the served site (Trunk's loader shim, which
/// imports the glue and starts the wasm).
const WORKER_SCRIPT: &str = "./loader_loader.js";
/// `id`s of the offline page's inert blocks holding the worker's glue and
/// its wasm (gzip, in base64); see tools/offline-bundle.
const INLINE_GLUE_ID: &str = "karabakh-loader-js";
const INLINE_WASM_ID: &str = "karabakh-loader-wasm-gzip";

/// What the page hears: a report with its body, or why the loader failed.
pub type Heard = Rc<dyn Fn(Result<(Report, Vec<u8>), String>)>;

/// Something that reads a file as the worker does, for the browser tests
/// of the page, which have no worker script to fetch: it is handed the
/// file and where to send each message.
pub type StandIn = Rc<dyn Fn(JsValue, Heard)>;

thread_local! {
    static STAND_IN: RefCell<Option<StandIn>> = const { RefCell::new(None) };
}

/// Makes every later load use `stand_in` instead of a worker.
pub fn install_stand_in(stand_in: StandIn) {
    STAND_IN.with(|s| *s.borrow_mut() = Some(stand_in));
}

/// A running load; dropping it stops the worker.
pub struct Loader {
    worker: Option<Worker>,
    /// The blob URL of the offline page's worker, revoked with it.
    url: Option<String>,
    _listeners: Vec<EventListener>,
}

impl Drop for Loader {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
        if let Some(url) = &self.url {
            let _ = Url::revoke_object_url(url);
        }
    }
}

/// Starts a loader on `file` (a `File`, or the text kept in IndexedDB);
/// `heard` receives every message until the loader is dropped.
pub fn start(file: JsValue, heard: Heard) -> Loader {
    if let Some(stand_in) = STAND_IN.with(|s| s.borrow().clone()) {
        stand_in(file, heard);
        return Loader { worker: None, url: None, _listeners: Vec::new() };
    }
    let (worker, url) = match spawn() {
        Ok(w) => w,
        Err(e) => {
            heard(Err(format!("the browser would not start the loader: {}", describe(&e))));
            return Loader { worker: None, url: None, _listeners: Vec::new() };
        }
    };
    let on_message = {
        let (worker, heard) = (worker.clone(), Rc::clone(&heard));
        EventListener::new(&worker.clone(), "message", move |e| {
            let Some(e) = e.dyn_ref::<MessageEvent>() else { return };
            let pair: js_sys::Array = e.data().unchecked_into();
            let head = pair.get(0).as_string().unwrap_or_default();
            let body = pair.get(1).dyn_into::<js_sys::Uint8Array>().map(|b| b.to_vec()).unwrap_or_default();
            match decode(&head) {
                // The worker is listening: send it the file, once.
                Ok(Report::Ready) => {
                    if let Err(e) = worker.post_message(&file) {
                        heard(Err(format!("the file could not be handed to the loader: {}", describe(&e))));
                    }
                }
                Ok(report) => heard(Ok((report, body))),
                Err(why) => heard(Err(why)),
            }
        })
    };
    let on_error = EventListener::new(&worker, "error", move |e| {
        let detail = e.dyn_ref::<web_sys::ErrorEvent>().map(|e| e.message()).unwrap_or_default();
        heard(Err(format!("the loader stopped ({})", if detail.is_empty() { "no reason given" } else { &detail })));
    });
    Loader { worker: Some(worker), url, _listeners: vec![on_message, on_error] }
}

/// The worker, and the blob URL it was started from: from the offline
/// page's inline copy when there is one.
fn spawn() -> Result<(Worker, Option<String>), JsValue> {
    let doc = web_sys::window().and_then(|w| w.document()).ok_or_else(|| JsValue::from_str("no document"))?;
    let (Some(glue), Some(wasm)) = (doc.get_element_by_id(INLINE_GLUE_ID), doc.get_element_by_id(INLINE_WASM_ID))
    else {
        return Ok((Worker::new(WORKER_SCRIPT)?, None));
    };
    let wasm: String = wasm.text_content().unwrap_or_default().split_whitespace().collect();
    // The no-modules glue defines `wasm_bindgen`; started as the offline
    // page's own wasm is: decoded from base64, inflated as it compiles.
    let start = format!(
        ";\n(() => {{ const b = atob('{wasm}'); const u = new Uint8Array(b.length); \
         for (let i = 0; i < b.length; i++) u[i] = b.charCodeAt(i); \
         const s = new Blob([u]).stream().pipeThrough(new DecompressionStream('gzip')); \
         wasm_bindgen({{ module_or_path: new Response(s, {{ headers: {{ 'Content-Type': 'application/wasm' }} }}) }}); }})();"
    );
    let parts = js_sys::Array::of2(&glue.text_content().unwrap_or_default().into(), &start.into());
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    Ok((Worker::new(&url)?, Some(url)))
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_default()
}
