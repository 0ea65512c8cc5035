//! The loader Web Worker: reads the file the page hands it, checks and
//! validates it with the very validator the build's tests use
//! (`karabakh::validate::load_bytes`), and reports back as
//! `karabakh::loader::protocol` says. Built by Trunk as its own small wasm
//! (`data-type="worker"` in index.html) and fetched only when a file is
//! opened. Web glue only: what is said is decided by `protocol::answer`.

use karabakh::loader::progress::Step;
use karabakh::loader::protocol::{answer, unreadable, Message, Report};
use karabakh::validate::too_large;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, DedicatedWorkerGlobalScope, FileReaderSync, MessageEvent};

/// Posts a message: its head as a string, its body (if any) as bytes in an
/// `ArrayBuffer` that is handed over, not copied.
fn post(scope: &DedicatedWorkerGlobalScope, m: Message) {
    if m.body.is_empty() {
        let _ = scope.post_message(&js_sys::Array::of1(&m.head.into()));
        return;
    }
    let body = js_sys::Uint8Array::from(m.body.as_slice());
    let message = js_sys::Array::of2(&m.head.into(), &body);
    if let Err(e) = scope.post_message_with_transfer(&message, &js_sys::Array::of1(&body.buffer())) {
        // A part the page never gets would leave it waiting: refuse instead.
        let why = format!("its records could not be handed to the page ({})", describe(&e));
        post(scope, Message::new(&unreadable(&why)));
    }
}

fn main() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let on_message = {
        let scope = scope.clone();
        Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let mut send = |m: Message| post(&scope, m);
            match read(&e.data(), &mut send) {
                Ok(Some(bytes)) => answer(&bytes, &mut send),
                Ok(None) => {}
                Err(why) => send(Message::new(&unreadable(&why))),
            }
        })
    };
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    post(&scope, Message::new(&Report::Ready));
}

/// The file's bytes: a `File` read at once, or the text kept by an
/// earlier version of the page. `None` when the file was refused for its
/// size alone (that refusal is sent): it is not read at all.
fn read(data: &JsValue, send: &mut dyn FnMut(Message)) -> Result<Option<Vec<u8>>, String> {
    if let Some(text) = data.as_string() {
        return Ok(Some(text.into_bytes()));
    }
    let blob: Blob = data.clone().dyn_into().map_err(|_| "the page sent no file".to_owned())?;
    let size = blob.size();
    if let Some(refused) = too_large(size as usize) {
        let problems = refused.problems.iter().map(ToString::to_string).collect();
        send(Message::new(&Report::Refused { problems, more: 0 }));
        return Ok(None);
    }
    // One read of the whole file: reading it in slices, so that the bar
    // moved while it read, took 2.5 times as long in Chromium (202 ms
    // against 77 ms for 48 MB).
    send(Message::new(&Report::Progress { step: Step::Read, done: 0, total: size as u64 }));
    let reader = FileReaderSync::new().map_err(|e| describe(&e))?;
    let buffer = reader.read_as_array_buffer(&blob).map_err(|e| describe(&e))?;
    let bytes = js_sys::Uint8Array::new(&buffer).to_vec();
    send(Message::new(&Report::Progress { step: Step::Read, done: size as u64, total: size as u64 }));
    Ok(Some(bytes))
}

fn describe(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_default()
}
