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
use crate::link_dataset::show_kept_at_start;
use crate::validate::{load_bytes, summary, Loaded, Problem, SUMMARY_MAX};

/// A file that was read but not shown, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub file: String,
    /// Up to [`SUMMARY_MAX`] problems, as sentences, and how many more.
    pub problems: Vec<String>,
    pub more: usize,
}

/// The dataset on screen, where it came from, what is kept for the next
/// visit, and the last refused file.
#[derive(Clone, PartialEq)]
pub struct Datasets {
    bundled: Shared<Explorer>,
    pub data: Shared<Explorer>,
    /// The file name of a loaded dataset; `None` for the bundled one.
    pub file: Option<String>,
    /// The name of the dataset kept in this browser for the next visit.
    pub kept: Option<String>,
    pub refused: Option<Refused>,
    /// Why this browser would not keep or read a dataset, when it would not.
    pub storage: Option<String>,
    /// Whether this browser's kept dataset has been looked for yet: until
    /// then a link's dataset may still be on its way.
    pub checked: bool,
}

/// What happens to the datasets.
pub enum Change {
    /// A file was read and checked: show it, or refuse it with its problems.
    Read {
        file: String,
        loaded: Loaded,
    },
    /// The file could not be read at all.
    Unreadable {
        file: String,
        why: String,
    },
    Bundled,
    Kept(Option<String>),
    Storage(String),
}

impl Reducible for Datasets {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Read { file, loaded } => {
                if loaded.errors().count() > 0 {
                    let (listed, more) = summary(&loaded.problems, SUMMARY_MAX);
                    let problems = listed.iter().map(|p: &&Problem| p.to_string()).collect();
                    next.refused = Some(Refused { file, problems, more });
                } else {
                    next.data = Shared::new(Rc::new(Explorer::new(loaded)));
                    next.file = Some(file);
                    next.refused = None;
                }
            }
            Change::Unreadable { file, why } => {
                next.refused =
                    Some(Refused { file, problems: vec![format!("The file could not be read: {why}")], more: 0 })
            }
            Change::Bundled => {
                next.data = next.bundled.clone();
                next.file = None;
                next.refused = None;
            }
            Change::Kept(name) => {
                next.kept = name;
                next.checked = true;
            }
            Change::Storage(why) => {
                next.storage = Some(why);
                next.checked = true;
            }
        }
        Rc::new(next)
    }
}

/// What the dataset panel can ask for.
#[derive(Clone, PartialEq)]
pub struct DatasetControls {
    pub on_file: Callback<web_sys::File>,
    pub on_bundled: Callback<()>,
    /// Shows the dataset kept from an earlier visit.
    pub on_show_kept: Callback<()>,
    pub on_forget: Callback<()>,
}

/// Checks `name`'s `bytes` once, shows them or says why not, and keeps a
/// file that is shown for the next visit (it is UTF-8, or it would not load).
fn read_and_keep(state: UseReducerDispatcher<Datasets>, name: String, bytes: Vec<u8>) {
    let loaded = load_bytes(&bytes);
    let shown = loaded.errors().count() == 0;
    state.dispatch(Change::Read { file: name.clone(), loaded });
    if let Some(text) = String::from_utf8(bytes).ok().filter(|_| shown) {
        yew::platform::spawn_local(async move {
            match super::storage::keep(&name, &text).await {
                Ok(()) => state.dispatch(Change::Kept(Some(name))),
                Err(why) => state.dispatch(Change::Storage(why)),
            }
        });
    }
}

/// Reads the dataset kept in this browser, and shows it when `show` says
/// so of its file name; otherwise only notes that it is kept.
fn read_kept(dispatcher: UseReducerDispatcher<Datasets>, show: impl Fn(&str) -> bool + 'static) {
    yew::platform::spawn_local(async move {
        match super::storage::kept().await {
            Ok(Some((name, text))) => {
                // Shown before it is marked as looked for, so that no notice
                // flashes for a link naming it.
                if show(&name) {
                    let loaded = load_bytes(text.as_bytes());
                    dispatcher.dispatch(Change::Read { file: name.clone(), loaded });
                }
                dispatcher.dispatch(Change::Kept(Some(name)));
            }
            Ok(None) => dispatcher.dispatch(Change::Kept(None)),
            Err(why) => dispatcher.dispatch(Change::Storage(why)),
        }
    });
}

/// The datasets state and the controls of the dataset panel. A dataset
/// kept from an earlier visit is shown again at start, unless the link
/// opened names another dataset (`link`, its `data=`): see
/// [`show_kept_at_start`].
#[hook]
pub fn use_datasets(link: Option<String>) -> (Datasets, DatasetControls) {
    let bundled = Shared::new(use_memo((), |_| Explorer::bundled()));
    let state = use_reducer(|| Datasets {
        bundled: bundled.clone(),
        data: bundled,
        file: None,
        kept: None,
        refused: None,
        storage: None,
        checked: false,
    });
    // The reader must live until it calls back.
    let reader: Rc<RefCell<Option<FileReader>>> = use_mut_ref(|| None);
    let on_file = {
        let (dispatcher, reader) = (state.dispatcher(), Rc::clone(&reader));
        Callback::from(move |file: web_sys::File| {
            let file = File::from(file);
            let name = file.name();
            let dispatcher = dispatcher.clone();
            let task = gloo::file::callbacks::read_as_bytes(&file, move |bytes| match bytes {
                Ok(bytes) => read_and_keep(dispatcher, name, bytes),
                Err(e) => dispatcher.dispatch(Change::Unreadable { file: name, why: e.to_string() }),
            });
            *reader.borrow_mut() = Some(task);
        })
    };
    let show_kept = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| read_kept(dispatcher.clone(), |_| true))
    };
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| read_kept(dispatcher, move |kept| show_kept_at_start(link.as_deref(), kept)));
    }
    let on_forget = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| {
            let dispatcher = dispatcher.clone();
            dispatcher.dispatch(Change::Bundled);
            yew::platform::spawn_local(async move {
                match super::storage::forget().await {
                    Ok(()) => dispatcher.dispatch(Change::Kept(None)),
                    Err(why) => dispatcher.dispatch(Change::Storage(why)),
                }
            });
        })
    };
    let on_bundled = {
        let dispatcher = state.dispatcher();
        Callback::from(move |()| dispatcher.dispatch(Change::Bundled))
    };
    // A file dropped anywhere on the page is loaded.
    {
        let on_file = on_file.clone();
        use_effect_with((), move |_| {
            let doc = web_sys::window().and_then(|w| w.document()).expect("a document");
            let options = gloo::events::EventListenerOptions::enable_prevent_default;
            let over = EventListener::new_with_options(&doc, "dragover", options(), |e| e.prevent_default());
            let drop = EventListener::new_with_options(&doc, "drop", options(), move |e| {
                let Some(e) = e.dyn_ref::<web_sys::DragEvent>() else { return };
                if let Some(file) = e.data_transfer().and_then(|d| d.files()).and_then(|f| f.get(0)) {
                    e.prevent_default();
                    on_file.emit(file);
                }
            });
            move || drop_both(over, drop)
        });
    }
    ((*state).clone(), DatasetControls { on_file, on_bundled, on_show_kept: show_kept, on_forget })
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
    pub controls: DatasetControls,
}

/// Says which dataset is shown, and loads, keeps, forgets and downloads.
#[function_component(DatasetPanel)]
pub fn dataset_panel(p: &DatasetPanelProps) -> Html {
    let d = &p.datasets;
    let ds = &d.data.catalog.dataset;
    let counts = format!(
        "{} sources, {} claims, {} diplomacy events, {} actors, {} places",
        ds.sources.len(),
        ds.claims.len(),
        ds.diplomacy.len(),
        ds.actors.len(),
        ds.places.len()
    );
    let title = d.data.catalog.names.title();
    let which = match &d.file {
        Some(file) => format!("Dataset: “{title}” from your file “{file}” ({counts})."),
        None => format!("Dataset: “{title}”, bundled with the explorer ({counts}). Load your own…"),
    };
    let onchange = p.controls.on_file.reform(|e: Event| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let file = input.files().and_then(|f| f.get(0)).expect("a chosen file");
        input.set_value("");
        file
    });
    let template = {
        let data = d.data.clone();
        Callback::from(move |_: MouseEvent| {
            let catalog = &data.catalog;
            let claims: Vec<_> = catalog.dataset.claims.iter().collect();
            let events: Vec<_> = catalog.dataset.diplomacy.iter().collect();
            let name = format!("{}-dataset.json", catalog.names.slug());
            download(&name, "application/json", &crate::export::json(catalog, &claims, &events));
        })
    };
    let bundled = p.controls.on_bundled.reform(|_: MouseEvent| ());
    let show_kept = p.controls.on_show_kept.reform(|_: MouseEvent| ());
    let forget = p.controls.on_forget.reform(|_: MouseEvent| ());
    let showing_kept = d.kept.is_some() && d.kept == d.file;
    html! {
        <section class="dataset-panel" aria-label="Dataset">
            <details open={d.file.is_some() || d.refused.is_some() || d.storage.is_some()}>
                <summary class="dataset-which" id="dataset-which">{ which }</summary>
                <p class="dataset-description">{ d.data.catalog.names.description() }</p>
                <div class="dataset-controls">
                    <label class="file-label" for="dataset-file">{ "Load your own dataset (JSON, or drop a file on the page)" }</label>
                    <input id="dataset-file" type="file" accept=".json,application/json" {onchange} />
                    <button type="button" onclick={template}>{ "Download this dataset as a template" }</button>
                    if d.file.is_some() {
                        <button type="button" id="back-to-bundled" onclick={bundled}>{ "Back to the bundled data" }</button>
                    }
                    if let Some(kept) = &d.kept {
                        <span class="kept">
                            { format!("“{kept}” is kept in this browser for your next visit. ") }
                            if !showing_kept { <button type="button" id="show-kept" onclick={show_kept}>{ "Show it" }</button> }
                            <button type="button" id="forget-kept" onclick={forget}>{ "Forget it" }</button>
                        </span>
                    }
                </div>
                if let Some(why) = &d.storage { <p class="notice storage" role="status">{ why }{ ". Your dataset is shown until you close the page." }</p> }
            </details>
            if let Some(r) = &d.refused {
                <div class="notice refused" role="alert">
                    <p>{ format!("“{}” was not loaded: it has errors. The data on screen is unchanged.", r.file) }</p>
                    <ul>{ for r.problems.iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                    if r.more > 0 { <p>{ format!("and {} more.", r.more) }</p> }
                </div>
            }
        </section>
    }
}
