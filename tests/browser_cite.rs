#![cfg(target_arch = "wasm32")]
//! The Filters drawer and the Cite controls in a real browser, used as a
//! person would: open the drawer, tick a side, open a citation, copy it.
//! (The phone's width itself is checked in tests/ui/phone.test.mjs.)

mod browser_support;

use browser_support::*;
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// A property of an element (`value`, `selectionEnd`…).
fn prop(el: &web_sys::Element, name: &str) -> JsValue {
    Reflect::get(el, &name.into()).unwrap()
}

/// Whether the Filters drawer is open.
fn is_open(m: &Mounted) -> bool {
    m.find("#filter-drawer").get_attribute("class").unwrap_or_default().split(' ').any(|c| c == "open")
}

/// The page's address without its fragment: what a served permalink starts with.
fn page_base() -> String {
    let href = web_sys::window().unwrap().location().href().unwrap();
    href.split('#').next().unwrap().to_owned()
}

#[wasm_bindgen_test]
async fn the_filters_drawer_opens_narrows_the_list_and_counts_its_filters() {
    let m = mount("#/claims").await;
    let toggle = m.find(".filters-toggle");
    assert_eq!(toggle.text_content().unwrap(), "Filters");
    assert_eq!(toggle.get_attribute("aria-expanded").as_deref(), Some("false"));
    assert!(!is_open(&m));
    let (all, _) = n_of_m(&m.text("#result-count"));

    click(&toggle).await;
    assert!(is_open(&m), "the drawer opens");
    assert_eq!(m.find(".filters-toggle").get_attribute("aria-expanded").as_deref(), Some("true"));
    let armenia = facet_count(&m, "side", "armenia");
    click(&m.find("#filter-drawer input[data-facet=\"side\"][data-value=\"armenia\"]")).await;
    let (shown, _) = n_of_m(&m.text("#result-count"));
    assert_eq!(shown, armenia);
    assert!(shown < all, "ticking a side narrows the list");
    assert_eq!(m.text("#filter-drawer .drawer-title"), "Filters (1)");
    assert_eq!(m.text(".filters-toggle"), "Filters (1)");
    assert_eq!(m.text("#filter-drawer .drawer-close"), format!("Show {shown} claims"));

    click(&m.find("#filter-drawer .drawer-close")).await;
    assert!(!is_open(&m), "the close button closes it");
    click(&m.find(".results-bar .clear-all")).await;
    assert_eq!(n_of_m(&m.text("#result-count")).0, all, "clear all, at the top of the results");
    assert_eq!(m.text(".filters-toggle"), "Filters");
}

#[wasm_bindgen_test]
async fn a_cards_cite_control_holds_the_quote_and_the_records_permalink() {
    let m = mount("#/claims").await;
    let row = m.find(".claim-row");
    let id = row.get_attribute("data-record-id").unwrap();
    let quote = m.text(".claim-row .quote");
    assert!(m.try_find(".claim-row .cite-text").is_none(), "closed until asked");
    click(&m.find(".claim-row .cite-toggle")).await;
    let text = prop(&m.find(".claim-row .cite-text"), "value").as_string().unwrap();
    assert!(text.contains(&format!("“{quote}”")), "the quote in full: {text}");
    let permalink = format!("{}#/record/{id}", page_base());
    assert!(text.ends_with(&permalink), "{text} ends with {permalink}");

    // CSL-JSON, for a reference manager.
    let csl_button =
        m.all(".claim-row .cite-formats button").into_iter().find(|b| b.text_content().unwrap() == "CSL-JSON").unwrap();
    click(&csl_button).await;
    let csl = prop(&m.find(".claim-row .cite-text"), "value").as_string().unwrap();
    let parsed = js_sys::JSON::parse(&csl).expect("CSL-JSON parses");
    let item = Reflect::get(&parsed, &0.into()).unwrap();
    assert_eq!(Reflect::get(&item, &"archive_location".into()).unwrap().as_string().as_deref(), Some(id.as_str()));
    assert_eq!(Reflect::get(&item, &"URL".into()).unwrap().as_string(), Some(permalink));

    // Copy: on the clipboard, or else selected for Ctrl+C.
    click(&m.find(".claim-row .cite-copy")).await;
    let area = m.find(".claim-row .cite-text");
    until(&m, "the copy's outcome", |m| !m.text(".claim-row .cite-status").is_empty()).await;
    let status = m.text(".claim-row .cite-status");
    if status.starts_with("Selected") {
        assert_eq!(prop(&area, "selectionStart").as_f64(), Some(0.0));
        assert_eq!(prop(&area, "selectionEnd").as_f64(), Some(csl.encode_utf16().count() as f64), "all of it selected");
    } else {
        assert_eq!(status, "Copied to the clipboard.");
    }
}

#[wasm_bindgen_test]
async fn a_record_page_and_a_view_can_be_cited() {
    let m = mount("#/record/c-004-aliyev-10-civilians-killed").await;
    click(&m.find(".record-view .cite-toggle")).await;
    let text = prop(&m.find(".record-view .cite-text"), "value").as_string().unwrap();
    assert!(
        text.starts_with(
            "Ilham Aliyev, 29 Sep 2020, via Interfax: “Azerbaijani President Ilham Aliyev said on Tuesday"
        ),
        "{text}"
    );
    assert!(text.ends_with(&format!("{}#/record/c-004-aliyev-10-civilians-killed", page_base())), "{text}");
    drop(m);

    let m = mount("#/claims?side=azerbaijan&q=Ganja").await;
    click(&m.find(".results-bar .cite-toggle")).await;
    let text = prop(&m.find(".results-bar .cite-text"), "value").as_string().unwrap();
    assert!(text.contains("Claims, filtered by Side: Azerbaijan; Text: “Ganja”."), "{text}");
    assert!(text.ends_with(&format!("{}#/claims?side=azerbaijan&q=Ganja", page_base())), "{text}");
}
