#![cfg(target_arch = "wasm32")]
//! Loading a dataset file in a real browser, through the file input as a
//! person would: a bad file is refused with its problems listed and the data
//! on screen kept; a good one replaces it, and one control brings the
//! bundled data back.

mod browser_support;

use browser_support::*;
use karabakh::explorer::Explorer;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Chooses a file called `name` holding `text` in the dataset file input.
async fn choose_file(m: &Mounted, name: &str, text: &str) {
    let parts = js_sys::Array::of1(&text.into());
    let file = web_sys::File::new_with_str_sequence(&parts, name).unwrap();
    let transfer = web_sys::DataTransfer::new().unwrap();
    transfer.items().add_with_file(&file).unwrap();
    let input: web_sys::HtmlInputElement = m.find("#dataset-file").dyn_into().unwrap();
    input.set_files(Some(&transfer.files().unwrap()));
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&web_sys::Event::new_with_event_init_dict("change", &init).unwrap()).unwrap();
    yew::scheduler::flush().await;
}

/// Waits, task by task and at most 200 tasks, until `done` holds: the file
/// is read asynchronously.
async fn until(m: &Mounted, what: &str, done: impl Fn(&Mounted) -> bool) {
    for _ in 0..200 {
        if done(m) {
            return;
        }
        queued_tasks().await;
        yew::scheduler::flush().await;
    }
    panic!("timed out waiting for {what}");
}

#[wasm_bindgen_test]
async fn a_bad_file_is_refused_with_its_problems_and_the_data_on_screen_stays() {
    let m = mount("#/claims").await;
    let total = Explorer::bundled().catalog.dataset.claims.len();
    choose_file(&m, "broken.json", "{\"claims\": [").await;
    until(&m, "the refusal", |m| m.try_find(".notice.refused").is_some()).await;
    let refusal = m.text(".notice.refused");
    assert!(refusal.contains("“broken.json” was not loaded"), "{refusal}");
    assert!(refusal.contains("Line 1"), "a syntax error says where: {refusal}");
    assert_eq!(n_of_m(&m.text("#result-count")), (total, total), "the bundled data is still shown");
}

#[wasm_bindgen_test]
async fn a_good_file_replaces_the_data_and_the_bundled_data_comes_back() {
    let m = mount("#/claims").await;
    let ds = karabakh::synth::synthetic(30, 1);
    let text = serde_json::to_string(&ds).unwrap();
    choose_file(&m, "mine.json", &text).await;
    until(&m, "the new dataset", |m| m.text("#dataset-which").contains("mine.json")).await;
    assert_eq!(n_of_m(&m.text("#result-count")), (30, 30));
    assert!(m.text(".claim-row").contains("synthetic"), "the list shows the loaded claims");
    click(&m.find("#back-to-bundled")).await;
    let total = Explorer::bundled().catalog.dataset.claims.len();
    assert_eq!(n_of_m(&m.text("#result-count")), (total, total));
}
