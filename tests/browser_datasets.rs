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

/// Forgets the dataset a test kept, so that the tests after it start from
/// the bundled data.
async fn forget_kept(m: &Mounted) {
    until(m, "the kept dataset's controls", |m| m.try_find("#forget-kept").is_some()).await;
    click(&m.find("#forget-kept")).await;
    until(m, "the forgetting", |m| m.try_find("#forget-kept").is_none()).await;
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
    let bar = m.find(".load-progress.finished progress");
    assert_eq!((bar.get_attribute("value"), bar.get_attribute("max")), (Some("1000".into()), Some("1000".into())));
    assert_eq!(m.text(".load-progress label"), "Loaded “mine.json”: 30 claims.");
    let first = m.text(".claim-row");
    assert!(ds.claims.iter().any(|c| first.contains(&c.summary)), "the list shows the loaded claims: {first}");
    click(&m.find("#back-to-bundled")).await;
    let total = Explorer::bundled().catalog.dataset.claims.len();
    assert_eq!(n_of_m(&m.text("#result-count")), (total, total));
    forget_kept(&m).await;
}

/// The files offered for download so far: name and blob URL.
type Offered = std::rc::Rc<std::cell::RefCell<Vec<(String, String)>>>;

/// Catches the files the page offers for download instead of letting the
/// browser save them.
fn catch_downloads() -> (gloo::events::EventListener, Offered) {
    let caught = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let sink = std::rc::Rc::clone(&caught);
    let options = gloo::events::EventListenerOptions::run_in_capture_phase();
    let listener = gloo::events::EventListener::new_with_options(&document(), "click", options, move |e| {
        let Some(a) = e.target().and_then(|t| t.dyn_into::<web_sys::HtmlAnchorElement>().ok()) else { return };
        if !a.download().is_empty() {
            e.prevent_default();
            sink.borrow_mut().push((a.download(), a.href()));
        }
    });
    (listener, caught)
}

/// The bytes behind a blob URL.
async fn read_bytes(url: &str) -> Vec<u8> {
    let response: web_sys::Response =
        wasm_bindgen_futures::JsFuture::from(web_sys::window().unwrap().fetch_with_str(url))
            .await
            .unwrap()
            .dyn_into()
            .unwrap();
    let buffer = wasm_bindgen_futures::JsFuture::from(response.array_buffer().unwrap()).await.unwrap();
    js_sys::Uint8Array::new(&buffer).to_vec()
}

#[wasm_bindgen_test]
async fn the_claims_shown_download_as_csv_and_json_that_read_back() {
    let m = mount("#/claims?side=azerbaijan").await;
    let (shown, _) = n_of_m(&m.text("#result-count"));
    let (_listener, caught) = catch_downloads();
    // Each file is read as soon as it is offered: the next download revokes
    // the one before.
    click(&m.find("#export-csv")).await;
    let csv_url = caught.borrow()[0].1.clone();
    let csv_bytes = read_bytes(&csv_url).await;
    click(&m.find("#export-json")).await;
    let json_url = caught.borrow()[1].1.clone();
    let json = String::from_utf8(read_bytes(&json_url).await).unwrap();
    let names: Vec<String> = caught.borrow().iter().map(|(name, _)| name.clone()).collect();
    assert_eq!(names, ["claims.csv", "claims.json"]);
    let reloaded = karabakh::validate::load_str(&json);
    assert_eq!(reloaded.errors().count(), 0, "{:?}", reloaded.problems);
    assert_eq!(reloaded.dataset.claims.len(), shown, "the JSON holds the claims shown");
    assert!(reloaded.dataset.claims.iter().all(|c| c.side == karabakh::model::Side::Azerbaijan));
    assert_eq!(csv_bytes[..3], [0xEF, 0xBB, 0xBF], "a UTF-8 byte-order mark, for spreadsheets");
    let csv = String::from_utf8(csv_bytes).unwrap();
    for c in &reloaded.dataset.claims {
        assert!(csv.contains(&c.id), "{} is in the CSV", c.id);
    }
}

#[wasm_bindgen_test]
async fn markup_in_a_loaded_dataset_is_shown_as_text_never_run() {
    let m = mount("#/claims").await;
    let mut ds = karabakh::synth::synthetic(3, 2);
    ds.claims[0].summary = "<img src=x onerror=\"window.__hostile = 1\"><script>window.__hostile = 2</script>".into();
    choose_file(&m, "hostile.json", &serde_json::to_string(&ds).unwrap()).await;
    until(&m, "the hostile dataset", |m| m.text("#dataset-which").contains("hostile.json")).await;
    queued_tasks().await;
    assert!(m.text(".claim-list").contains("<script>window.__hostile = 2</script>"), "the markup shows as text");
    assert!(m.try_find(".claim-list img, .claim-list script").is_none(), "no element was made from it");
    let hostile = js_sys::Reflect::get(&web_sys::window().unwrap(), &"__hostile".into()).unwrap();
    assert!(hostile.is_undefined(), "nothing ran");
    forget_kept(&m).await;
}

#[wasm_bindgen_test]
async fn a_loaded_dataset_survives_a_reload_until_it_is_forgotten() {
    let m = mount("#/claims").await;
    let text = serde_json::to_string(&karabakh::synth::synthetic(12, 3)).unwrap();
    choose_file(&m, "kept.json", &text).await;
    until(&m, "the file to be kept", |m| m.try_find("#forget-kept").is_some()).await;
    drop(m);
    // A new start of the app, as after a reload.
    let again = mount("#/claims").await;
    until(&again, "the kept dataset at start", |m| m.text("#dataset-which").contains("kept.json")).await;
    assert_eq!(n_of_m(&again.text("#result-count")), (12, 12));
    // Twelve synthetic claims and no diplomacy: the histogram spans the claims' own days.
    assert!(!again.all(".claims-histogram .bar").is_empty(), "a dataset without events still gets its histogram");
    click(&again.find("#forget-kept")).await;
    until(&again, "the forgetting", |m| m.try_find("#forget-kept").is_none()).await;
    let total = Explorer::bundled().catalog.dataset.claims.len();
    assert_eq!(n_of_m(&again.text("#result-count")), (total, total));
    drop(again);
    let last = mount("#/claims").await;
    for _ in 0..20 {
        queued_tasks().await;
    }
    yew::scheduler::flush().await;
    assert!(last.text("#dataset-which").contains("bundled"), "nothing is kept any more");
}

/// A small dataset about a made-up conflict, with its own title and names
/// for the sides: a test fixture, not data.
const NORTHLAND: &str = include_str!("fixtures/datasets/northland.json");

/// The words of the bundled data that must not appear once another dataset is shown.
fn assert_none_of_the_bundled_names(what: &str, text: &str) {
    for word in ["Armenia", "Karabakh", "Azerbaijan"] {
        assert!(!text.contains(word), "{what} still says {word}: {text}");
    }
}

fn location_hash() -> String {
    web_sys::window().unwrap().location().hash().unwrap()
}

#[wasm_bindgen_test]
async fn a_dataset_about_another_conflict_is_shown_in_its_own_names() {
    let m = mount("#/claims").await;
    choose_file(&m, "northland.json", NORTHLAND).await;
    until(&m, "the made-up dataset", |m| m.text("#dataset-which").contains("northland.json")).await;
    let title = "Northland 2031 (test fixture): claims explorer";
    assert_eq!(m.text(".site-title"), title);
    // The tab's title: the view, then the dataset's own title.
    assert_eq!(document().title(), "Claims — Northland 2031 (test fixture)");
    let footer = m.text(".site-footer");
    assert!(footer.starts_with("Every record quotes one invented wire report about a made-up conflict"), "{footer}");
    assert!(m.text("#dataset-which").contains("“Northland 2031 (test fixture)”"));
    // Each side's label without its count.
    let sides: Vec<String> = m
        .all("[data-facet-group=\"side\"] label")
        .iter()
        .map(|l| {
            let count = l.query_selector(".count").unwrap().and_then(|c| c.text_content()).unwrap_or_default();
            l.text_content().unwrap_or_default().trim_end_matches(&count).trim().to_owned()
        })
        .collect();
    assert_eq!(
        sides,
        [
            "Northland side",
            "Northland",
            "Northland militia",
            "Southmark",
            "Council, onlookers and wire",
            "Lake Council",
            "Onlookers",
            "Wire"
        ]
    );
    assert!(location_hash().ends_with("data=northland.json"), "the address names the file: {}", location_hash());
    for what in [".site-header", ".site-footer", ".dataset-panel", "[data-facet-group=\"side\"]", ".claims-histogram"] {
        assert_none_of_the_bundled_names(what, &m.text(what));
    }
    let link = m.find(".site-header a[href^=\"#/compare\"]");
    follow(&link).await;
    let headings: Vec<String> =
        m.all(".compare-head [role=columnheader]").iter().map(|h| h.text_content().unwrap_or_default()).collect();
    assert_eq!(headings, ["Date", "Northland side", "Southmark side"]);
    let contested = m.text("table.contested thead");
    assert!(contested.contains("Northland side on its own losses"), "{contested}");
    let legend = m.text(".chart-legend");
    assert!(legend.contains("Northland side"), "{legend}");
    for what in [".compare-view .lede", ".compare-head", "table.contested", ".chart-legend", ".compare-grid"] {
        assert_none_of_the_bundled_names(what, &m.text(what));
    }
    assert!(location_hash().starts_with("#/compare") && location_hash().ends_with("data=northland.json"));
    // Back to the bundled data: the address no longer names a file.
    click(&m.find("#back-to-bundled")).await;
    assert!(!location_hash().contains("data="), "{}", location_hash());
    assert_eq!(m.text(".site-title"), "Karabakh 2020: claims explorer");
    forget_kept(&m).await;
}

#[wasm_bindgen_test]
async fn a_link_made_with_another_file_says_so_and_the_kept_file_it_names_is_shown() {
    let m = mount("#/claims").await;
    choose_file(&m, "northland.json", NORTHLAND).await;
    until(&m, "the file to be kept", |m| m.try_find("#forget-kept").is_some()).await;
    drop(m);
    // A link made with the kept file opens it.
    let same = mount("#/claims?data=northland.json").await;
    until(&same, "the kept dataset", |m| m.text("#dataset-which").contains("northland.json")).await;
    assert!(same.try_find(".link-dataset").is_none(), "no notice when the link's dataset is shown");
    drop(same);
    // A link made with a file this browser does not have: the bundled data,
    // said plainly, and the link left as it is.
    let other = mount("#/compare?data=elsewhere.json").await;
    until(&other, "the notice", |m| m.try_find(".link-dataset").is_some()).await;
    assert_eq!(
        other.text(".link-dataset p"),
        "This link was made with “elsewhere.json”; you are seeing the bundled data. Load elsewhere.json to see what it showed."
    );
    assert!(other.text("#dataset-which").contains("bundled"));
    assert_eq!(location_hash(), "#/compare?data=elsewhere.json");
    // The reader may keep the link to what is on screen instead.
    click(&other.find("#link-keep-shown")).await;
    assert_eq!(location_hash(), "#/compare");
    assert!(other.try_find(".link-dataset").is_none());
    forget_kept(&other).await;
}
