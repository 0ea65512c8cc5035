//! The Yew components: thin views over the pure modules. [`App`] owns the
//! state, keeps it and the URL fragment in step, and picks the view.

mod casualty_chart;
mod claim_card;
mod claims_view;
mod compare_view;
mod context;
mod diplomacy_view;
pub mod fatal;
mod filters;
mod links;
mod record_view;
mod sources_view;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use self::claims_view::ClaimsView;
use self::compare_view::CompareView;
use self::context::{use_app, AppContext};
use self::diplomacy_view::DiplomacyView;
use self::record_view::RecordView;
use self::sources_view::SourcesView;
use crate::catalog::Catalog;
use crate::state::{Action, AppState, History};
use crate::url_state::Route;
use crate::validate::Severity;

fn current_hash() -> String {
    web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default()
}

/// The fragments the app has written whose `hashchange` has not come back
/// yet. Those echoes are ignored: by the time one arrives the user may have
/// typed on, and reading it back would undo the newer keystrokes.
#[derive(Default)]
struct Echoes(RefCell<VecDeque<String>>);

impl Echoes {
    /// Whether `hash` is one of ours; forgets it and any older ones.
    fn take(&self, hash: &str) -> bool {
        let mut pending = self.0.borrow_mut();
        match pending.iter().position(|h| h == hash) {
            Some(i) => {
                pending.drain(..=i);
                true
            }
            None => false,
        }
    }
}

/// Writes the state's fragment to the address bar: a new history entry for
/// a deliberate change, a rewrite for typing and tidying.
fn write_hash(hash: &str, history: History, echoes: &Echoes) {
    let Some(location) = web_sys::window().map(|w| w.location()) else { return };
    if history == History::Keep || location.hash().ok().as_deref() == Some(hash) {
        return;
    }
    let written = match history {
        History::Push => location.set_hash(hash),
        _ => location.replace(hash),
    };
    if written.is_ok() {
        // Record what the browser reports back, which may be escaped further.
        let now = location.hash().unwrap_or_else(|_| hash.to_owned());
        echoes.0.borrow_mut().push_back(now);
    }
}

/// The fragment of a URL, with its `#`.
fn fragment(url: &str) -> &str {
    url.find('#').map_or("", |i| &url[i..])
}

#[function_component(App)]
pub fn app() -> Html {
    let catalog = use_memo((), |_| Catalog::bundled());
    let state = use_reducer(|| AppState::from_hash(&current_hash()));
    let echoes = use_memo((), |_| Echoes::default());
    {
        let (state, echoes) = (state.clone(), Rc::clone(&echoes));
        use_effect_with((), move |_| {
            let window = web_sys::window().expect("a browser window");
            let listener = EventListener::new(&window, "hashchange", move |event| {
                let new_url = event.dyn_ref::<web_sys::HashChangeEvent>().map(|e| e.new_url()).unwrap_or_default();
                if !echoes.take(fragment(&new_url)) {
                    state.dispatch(Action::FromUrl(current_hash()));
                }
            });
            move || drop(listener)
        });
    }
    {
        let echoes = Rc::clone(&echoes);
        use_effect_with(state.clone(), move |s| write_hash(&s.url.to_hash(), s.history, &echoes));
    }
    // One context per state, so consumers re-render exactly when it changes.
    let context = (*use_memo((*state).clone(), |_| AppContext::new(Rc::clone(&catalog), &state))).clone();
    html! {
        <ContextProvider<AppContext> {context}>
            <a class="skip-link" href="#content" onclick={Callback::from(focus_content)}>{ "Skip to content" }</a>
            <Header />
            <Notices />
            <div id="content" tabindex="-1">
                <CurrentView />
            </div>
            <footer class="site-footer">
                <p>{ "Every record quotes one of five news articles from September and October 2020, word for word. Claims are attributed to whoever made them; they are not presented as established facts." }</p>
            </footer>
        </ContextProvider<AppContext>>
    }
}

/// The skip link must not change the fragment (it holds the state), so it moves focus itself.
fn focus_content(e: MouseEvent) {
    e.prevent_default();
    let el = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("content"));
    if let Some(el) = el.and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok()) {
        let _ = el.focus();
    }
}

#[function_component(Header)]
fn header() -> Html {
    let app = use_app();
    let route = &app.url().route;
    let item = |target: Route, label: &str| {
        let current = *route == target;
        let href = app.url().at(target).to_hash();
        html! { <li><a {href} aria-current={current.then_some("page")}>{ label }</a></li> }
    };
    html! {
        <header class="site-header">
            <p class="site-title">{ "Karabakh 2020: claims explorer" }</p>
            <nav aria-label="Views">
                <ul>
                    { item(Route::Claims, "Claims") }
                    { item(Route::Compare, "Side by side") }
                    { item(Route::Diplomacy, "Diplomacy") }
                    { item(Route::Sources, "Sources") }
                </ul>
            </nav>
        </header>
    }
}

/// Problems found in the dataset, and parts of the link that were not understood.
#[function_component(Notices)]
fn notices() -> Html {
    let app = use_app();
    let problems = &app.catalog.problems;
    let errors = problems.iter().filter(|p| p.severity == Severity::Error).count();
    let ignored = &app.url().ignored;
    html! {
        <>
            if !ignored.is_empty() {
                <div class="notice" role="status">
                    { "Parts of this link were not understood and were left out: " }{ ignored.join("; ") }{ "." }
                </div>
            }
            if !problems.is_empty() {
                <details class="notice problems">
                    <summary>{ format!("The dataset has {errors} errors and {} warnings; {} records could not be read and are not shown.", problems.len() - errors, app.catalog.rejected.len()) }</summary>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
                </details>
            }
        </>
    }
}

#[function_component(CurrentView)]
fn current_view() -> Html {
    let app = use_app();
    match &app.url().route {
        Route::Claims => html! { <ClaimsView /> },
        Route::Compare => html! { <CompareView /> },
        Route::Diplomacy => html! { <DiplomacyView /> },
        Route::Sources => html! { <SourcesView /> },
        Route::Record(id) => html! { <RecordView id={id.clone()} /> },
    }
}
