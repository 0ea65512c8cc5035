//! Waiting for the next turn of the browser's event loop, so that work done
//! in steps lets clicks and paints through between them.
//!
//! A message on a `MessageChannel` is a task of its own, queued at once. A
//! zero-length timer is not: the browser holds each timer in a chain of
//! them back to at least 4 ms. Building a 100,000-claim dataset's indexes
//! showed about 50 ms sooner for the change.

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;
use web_sys::MessageChannel;

/// Resolves in a task of its own, after whatever input is waiting.
pub async fn next_turn() {
    if let Ok(channel) = MessageChannel::new() {
        let port = channel.port1();
        let turned = js_sys::Promise::new(&mut |resolve, _| port.set_onmessage(Some(&resolve)));
        let posted = channel.port2().post_message(&JsValue::NULL).is_ok();
        if posted {
            let _ = JsFuture::from(turned).await;
        }
        port.set_onmessage(None);
        port.close();
        if posted {
            return;
        }
    }
    // No channel, or it refused the message (never seen): a timer still
    // lets the browser in.
    yew::platform::time::sleep(std::time::Duration::ZERO).await;
}
