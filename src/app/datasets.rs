//! Which dataset the explorer shows: the bundled one, or a file the user
//! loads (a file picker, or a file dropped anywhere on the page). A file is
//! read and checked by exactly the validator the build's tests use; a file
//! with errors never replaces the data on screen, and its problems are
//! listed in plain language. Also the downloads: the bundled dataset as a
//! template, and the current view as CSV or JSON.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::file::callbacks::FileReader;
use gloo::file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::shared::Shared;
use crate::explorer::Explorer;
use crate::validate::{load_bytes, summary, Problem, SUMMARY_MAX};

/// A file that was read but not shown, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub file: String,
    /// Up to [`SUMMARY_MAX`] problems, as sentences, and how many more.
    pub problems: Vec<String>,
    pub more: usize,
}

/// The dataset on screen, where it came from, and the last refused file.
#[derive(Clone, PartialEq)]
pub struct Datasets {
    pub data: Shared<Explorer>,
    /// The file name of a loaded dataset; `None` for the bundled one.
    pub file: Option<String>,
    pub refused: Option<Refused>,
}

/// What loading `bytes` from `file` leads to: the new datasets state.
fn load(current: &Datasets, file: String, bytes: &[u8]) -> Datasets {
    let loaded = load_bytes(bytes);
    let errors = loaded.errors().count();
    if errors > 0 {
        let (listed, more) = summary(&loaded.problems, SUMMARY_MAX);
        let problems = listed.iter().map(|p: &&Problem| p.to_string()).collect();
        return Datasets { refused: Some(Refused { file, problems, more }), ..current.clone() };
    }
    Datasets { data: Shared::new(Rc::new(Explorer::new(loaded))), file: Some(file), refused: None }
}

/// The datasets state, and the callbacks that load a file and return to the bundled data.
#[hook]
pub fn use_datasets() -> (Datasets, Callback<web_sys::File>, Callback<()>) {
    let bundled = use_memo((), |_| Explorer::bundled());
    let state = use_state(|| Datasets { data: Shared::new(Rc::clone(&bundled)), file: None, refused: None });
    // The reader must live until it calls back.
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let on_file = {
        let (state, reader) = (state.clone(), Rc::clone(&reader));
        Callback::from(move |file: web_sys::File| {
            let file = File::from(file);
            let name = file.name();
            let state = state.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |bytes| {
                let next = match bytes {
                    Ok(bytes) => load(&state, name, &bytes),
                    Err(e) => Datasets {
                        refused: Some(Refused {
                            file: name,
                            problems: vec![format!("The file could not be read: {e}")],
                            more: 0,
                        }),
                        ..(*state).clone()
                    },
                };
                state.set(next);
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |()| {
            state.set(Datasets { data: Shared::new(Rc::clone(&bundled)), file: None, refused: None })
        })
    };
    // A file dropped anywhere on the page is loaded.
    {
        let on_file = on_file.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
            let over = EventListener::new_with_options(
                &doc,
                "dragover",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                |e| e.prevent_default(),
            );
            let drop = EventListener::new_with_options(
                &doc,
                "drop",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |e| {
                    let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
                    let file = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0));
                    if let Some(file) = file {
                        e.prevent_default();
                        on_file.emit(file);
                    }
                },
            );
            move || drop_both(over, drop)
        });
    }
    ((*state).clone(), on_file, on_reset)
}

fn drop_both(a: EventListener, b: EventListener) {
    drop(a);
    drop(b);
}

thread_local! {
    /// The last download's object URL, revoked when the next one starts:
    /// revoking at once could cut a download that is still being read.
    static LAST_DOWNLOAD: RefCell<Option<ObjectUrl>> = const { RefCell::new(None) };
}

/// Offers `text` as a file called `name`: no server, so it works offline
/// and from `file://`.
pub fn download(name: &str, mime: &str, text: &str) {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(a) = doc.create_element("a").map(|a| a.unchecked_into::<web_sys::HtmlAnchorElement>()) else { return };
    a.set_href(&url);
    a.set_download(name);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
        a.click();
        a.remove();
    }
    LAST_DOWNLOAD.with(|last| *last.borrow_mut() = Some(url));
}

#[derive(Properties, PartialEq)]
pub struct DatasetPanelProps {
    pub datasets: Datasets,
    pub on_file: Callback<web_sys::File>,
    pub on_reset: Callback<()>,
}

/// Says which dataset is shown, and loads, resets and downloads.
#[function_component(DatasetPanel)]
pub fn dataset_panel(p: &DatasetPanelProps) -> Html {
    let ds = &p.datasets.data.catalog.dataset;
    let counts = format!(
        "{} sources, {} claims, {} diplomacy events, {} actors, {} places",
        ds.sources.len(),
        ds.claims.len(),
        ds.diplomacy.len(),
        ds.actors.len(),
        ds.places.len()
    );
    let which = match &p.datasets.file {
        Some(file) => format!("Dataset: your file “{file}” ({counts})."),
        None => format!("Dataset: the five bundled articles of September and October 2020 ({counts}). Load your own…"),
    };
    let onchange = p.on_file.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let file = input.files().and_then(|f| f.get(0)).expect("a chosen file");
        input.set_value("");
        file
    });
    let template = {
        let data = p.datasets.data.clone();
        Callback::from(move |_: MouseEvent| {
            let catalog = &data.catalog;
            let claims: Vec<_> = catalog.dataset.claims.iter().collect();
            let events: Vec<_> = catalog.dataset.diplomacy.iter().collect();
            download("karabakh-2020-dataset.json", "application/json", &crate::export::json(catalog, &claims, &events));
        })
    };
    let reset = p.on_reset.reform(|_: MouseEvent| ());
    html! {
        <section class="dataset-panel" aria-label="Dataset">
            <details open={p.datasets.file.is_some() || p.datasets.refused.is_some()}>
                <summary class="dataset-which" id="dataset-which">{ which }</summary>
                <div class="dataset-controls">
                    <label class="file-label" for="dataset-file">{ "Load your own dataset (JSON, or drop a file on the page)" }</label>
                    <input id="dataset-file" type="file" accept=".json,application/json" {onchange} />
                    <button type="button" onclick={template}>{ "Download this dataset as a template" }</button>
                    if p.datasets.file.is_some() {
                        <button type="button" id="back-to-bundled" onclick={reset}>{ "Back to the bundled data" }</button>
                    }
                </div>
            </details>
            if let Some(r) = &p.datasets.refused {
                <div class="notice refused" role="alert">
                    <p>{ format!("“{}” was not loaded: it has errors. The data on screen is unchanged.", r.file) }</p>
                    <ul>{ for r.problems.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                    if r.more > 0 { <p>{ format!("and {} more.", r.more) }</p> }
                </div>
            }
        </section>
    }
}
