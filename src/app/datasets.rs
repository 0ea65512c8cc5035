//! Which dataset the explorer shows: the bundled one, or a file the user
//! loads (a file picker, or a file dropped anywhere on the page). A file is
//! read and checked by exactly the validator the build's tests use; a file
//! with errors never replaces the data on screen, and its problems are
//! listed in plain language. Also the downloads: the bundled dataset as a
//! template, and the current view as CSV or JSON.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::file::{Blob, ObjectUrl};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::loader_worker::{self, Heard, Loader};
use super::shared::Shared;
use crate::explorer::Explorer;
use crate::link_dataset::show_kept_at_start;
use crate::loader::build::Build;
use crate::loader::progress::{position, Step, BAR_MAX};
use crate::loader::protocol::{Assembly, Report};

/// A file that was read but not shown, and why.
#[derive(Debug, Clone, PartialEq)]
pub struct Refused {
    pub file: String,
    /// Up to [`crate::validate::SUMMARY_MAX`] problems, as sentences, and how many more.
    pub problems: Vec<String>,
    pub more: usize,
}

/// A load under way, or the last one finished: what the progress bar shows.
#[derive(Debug, Clone, PartialEq)]
pub struct Progress {
    pub file: String,
    pub label: String,
    /// Out of [`BAR_MAX`].
    pub position: u32,
    pub finished: bool,
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
    pub progress: Option<Progress>,
    /// Whether this browser's kept dataset has been looked for yet: until
    /// then a link's dataset may still be on its way.
    pub checked: bool,
}

/// What happens to the datasets.
pub enum Change {
    /// A load moved on.
    Progress {
        file: String,
        step: Step,
        done: u64,
        total: u64,
    },
    /// A file was read and checked, and has errors: it is not shown.
    Refused(Refused),
    /// A valid file, read, checked and indexed: it is shown.
    Shown {
        file: String,
        explorer: Rc<Explorer>,
    },
    Bundled,
    Kept(Option<String>),
    Storage(String),
}

impl Datasets {
    /// Whether a file is being loaded: until it is shown or refused, a
    /// link naming it is not yet "another dataset".
    pub fn loading(&self) -> bool {
        self.progress.as_ref().is_some_and(|p| !p.finished)
    }
}

impl Reducible for Datasets {
    type Action = Change;

    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let mut next = (*self).clone();
        match change {
            Change::Progress { file, step, done, total } => {
                let label = format!("Loading “{file}”: {}…", step.label());
                next.progress = Some(Progress { file, label, position: position(step, done, total), finished: false });
            }
            Change::Refused(refused) => {
                next.refused = Some(refused);
                next.progress = None;
            }
            Change::Shown { file, explorer } => {
                let label = format!("Loaded “{file}”: {} claims.", crate::format::count(explorer.claims.len()));
                next.progress = Some(Progress { file: file.clone(), label, position: BAR_MAX, finished: true });
                next.data = Shared::new(explorer);
                next.file = Some(file);
                next.refused = None;
            }
            Change::Bundled => {
                next.data = next.bundled.clone();
                next.file = None;
                next.refused = None;
                next.progress = next.progress.filter(|p| !p.finished);
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

/// The load under way: a newer one replaces it (and stops its worker).
#[derive(Default)]
struct Slot {
    generation: u64,
    loader: Option<Loader>,
    assembly: Option<Assembly>,
}

/// Loads `file` (a `File`, or the text kept from an earlier visit) called
/// `name` in the loader worker, shows it or says why not, and, when
/// `keep`, keeps a file that is shown for the next visit.
fn load(slot: &Rc<RefCell<Slot>>, state: UseReducerDispatcher<Datasets>, name: String, file: JsValue, keep: bool) {
    let generation = {
        let mut s = slot.borrow_mut();
        s.generation += 1;
        s.loader = None;
        s.assembly = None;
        s.generation
    };
    state.dispatch(Change::Progress { file: name.clone(), step: Step::Start, done: 0, total: 1 });
    let heard: Heard = {
        let (slot, state, name, file) = (Rc::clone(slot), state.clone(), name.clone(), file.clone());
        Rc::new(move |heard| {
            if slot.borrow().generation != generation {
                return;
            }
            let progress = |step, (done, total)| Change::Progress { file: name.clone(), step, done, total };
            let refuse = |problems: Vec<String>, more| {
                let mut s = slot.borrow_mut();
                (s.loader, s.assembly) = (None, None);
                // Nothing more from this load counts, whatever still
                // delivers it: a part after a refusal must not start a new
                // assembly that a later verdict would complete.
                s.generation += 1;
                drop(s);
                state.dispatch(Change::Refused(Refused { file: name.clone(), problems, more }));
            };
            match heard {
                Err(why) => refuse(vec![format!("The file could not be read: {why}.")], 0),
                Ok((Report::Ready, _)) => {}
                Ok((Report::Progress { step, done, total }, _)) => state.dispatch(progress(step, (done, total))),
                Ok((Report::Refused { problems, more }, _)) => refuse(problems, more),
                Ok((Report::Accepted { warnings, parts, meta }, _)) => {
                    let mut s = slot.borrow_mut();
                    let assembly = s.assembly.get_or_insert_with(Assembly::default);
                    assembly.accept(warnings, parts, meta);
                    let received = assembly.progress();
                    drop(s);
                    state.dispatch(progress(Step::Receive, received));
                }
                Ok((Report::Part { section }, body)) => {
                    let mut s = slot.borrow_mut();
                    let assembly = s.assembly.get_or_insert_with(Assembly::default);
                    if let Err(why) = assembly.add(section, &body) {
                        drop(s);
                        return refuse(vec![why], 0);
                    }
                    // After the verdict, the bar moves every few parts: each
                    // move re-renders the panel. Before it, it says "Validating".
                    let (done, total) = assembly.progress();
                    if total > 0 && (done % 8 == 0 || done == total) {
                        state.dispatch(progress(Step::Receive, (done, total)));
                    }
                }
            }
            let complete = slot.borrow().assembly.as_ref().is_some_and(Assembly::is_complete);
            if complete {
                let assembly = {
                    let mut s = slot.borrow_mut();
                    s.loader = None;
                    s.assembly.take().expect("complete")
                };
                let (slot, state, name, file) = (Rc::clone(&slot), state.clone(), name.clone(), file.clone());
                yew::platform::spawn_local(async move {
                    build_in_steps(&slot, generation, &state, &name, assembly).await;
                    if keep && slot.borrow().generation == generation {
                        match super::storage::keep(&name, &file).await {
                            Ok(()) => state.dispatch(Change::Kept(Some(name))),
                            Err(why) => state.dispatch(Change::Storage(why)),
                        }
                    }
                });
            }
        })
    };
    let loader = loader_worker::start(file, heard);
    let mut s = slot.borrow_mut();
    if s.generation == generation {
        s.loader = Some(loader);
    }
}

/// How long the page builds before it lets the event loop turn: a click
/// waits at most this, plus one step.
const STEP_BUDGET_MS: f64 = 10.0;

/// Builds the explorer a few steps per turn of the event loop, so that the
/// page answers clicks throughout, then shows it.
async fn build_in_steps(
    slot: &Rc<RefCell<Slot>>,
    generation: u64,
    state: &UseReducerDispatcher<Datasets>,
    name: &str,
    assembly: Assembly,
) {
    let mut build = Build::new(assembly.finish());
    loop {
        super::next_turn::next_turn().await;
        if slot.borrow().generation != generation {
            return;
        }
        // Steps until some 10 ms have passed, then a turn of the event loop.
        let started = js_sys::Date::now();
        while js_sys::Date::now() - started < STEP_BUDGET_MS {
            if let Some(explorer) = build.step() {
                state.dispatch(Change::Shown { file: name.to_owned(), explorer: Rc::new(explorer) });
                return;
            }
        }
        let (done, total) = build.progress();
        state.dispatch(Change::Progress {
            file: name.to_owned(),
            step: Step::Index,
            done: done as u64,
            total: total as u64,
        });
    }
}

/// Looks for the dataset kept in this browser, and reads it (in the loader
/// worker) when `show` allows it by its file name. Its load starts before it
/// is marked as looked for, so that no notice flashes for a link naming it.
fn read_kept(
    slot: Rc<RefCell<Slot>>,
    dispatcher: UseReducerDispatcher<Datasets>,
    show: impl Fn(&str) -> bool + 'static,
) {
    yew::platform::spawn_local(async move {
        match super::storage::kept().await {
            Ok(Some((name, file))) => {
                if show(&name) {
                    load(&slot, dispatcher.clone(), name.clone(), file, false);
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
        progress: None,
        checked: false,
    });
    let slot: Rc<RefCell<Slot>> = use_mut_ref(Slot::default);
    let on_file = {
        let (dispatcher, slot) = (state.dispatcher(), Rc::clone(&slot));
        Callback::from(move |file: web_sys::File| {
            let name = file.name();
            load(&slot, dispatcher.clone(), name, file.into(), true);
        })
    };
    let show_kept = {
        let (dispatcher, slot) = (state.dispatcher(), Rc::clone(&slot));
        Callback::from(move |()| read_kept(Rc::clone(&slot), dispatcher.clone(), |_| true))
    };
    {
        let (dispatcher, slot) = (state.dispatcher(), Rc::clone(&slot));
        use_effect_with((), move |_| {
            read_kept(slot, dispatcher, move |kept| show_kept_at_start(link.as_deref(), kept))
        });
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
    let count = crate::format::count;
    let counts = format!(
        "{} sources, {} claims, {} diplomacy events, {} actors, {} places",
        count(ds.sources.len()),
        count(ds.claims.len()),
        count(ds.diplomacy.len()),
        count(ds.actors.len()),
        count(ds.places.len())
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
            if let Some(p) = &d.progress {
                <div class={classes!("load-progress", p.finished.then_some("finished"))} role="status">
                    <label for="load-progress">{ &p.label }</label>
                    <progress id="load-progress" max={BAR_MAX.to_string()} value={p.position.to_string()}>
                        { format!("{} %", p.position * 100 / BAR_MAX) }
                    </progress>
                </div>
            }
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
