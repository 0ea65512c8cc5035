//! The last line of defence: a panic shows a message instead of a blank or
//! frozen page.

use wasm_bindgen::JsCast;

/// Installs a panic hook that reveals `#fatal-error` (creating it if the
/// page lacks one) with the panic's message, and logs it to the console.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        let message = info.to_string();
        web_sys::console::error_1(&message.clone().into());
        show_fatal_error(&message);
    }));
}

/// Shows `message` in the page's error box, above everything else.
pub fn show_fatal_error(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let el = doc.get_element_by_id("fatal-error").or_else(|| {
        let el = doc.create_element("div").ok()?;
        el.set_id("fatal-error");
        doc.body()?.prepend_with_node_1(&el).ok()?;
        Some(el)
    });
    let Some(el) = el else { return };
    el.set_attribute("role", "alert").ok();
    el.set_inner_html("");
    let Ok(heading) = doc.create_element("strong") else { return };
    heading
        .set_text_content(Some("The explorer stopped because of an internal error. Reloading the page usually helps."));
    let Ok(detail) = doc.create_element("pre") else { return };
    detail.set_text_content(Some(message));
    el.append_with_node_2(&heading, &detail).ok();
    if let Some(html_el) = el.dyn_ref::<web_sys::HtmlElement>() {
        html_el.set_hidden(false);
    }
}
