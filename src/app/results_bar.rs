//! The top of every list view's results: "N of M", clear all, "Cite this
//! view", and on a phone the "Filters (N)" button that opens the filters'
//! drawer. [`FilterDrawer`] holds the filters: beside the results on a wide
//! screen, a full-screen panel over them on a phone.

use yew::prelude::*;

use super::cite_control::{CiteControl, CiteTarget};
use super::shared::Shared;
use crate::explorer::Explorer;
use crate::url_state::UrlState;

/// "Filters (2)", or "Filters" when none is on.
fn filters_label(active: usize) -> String {
    if active > 0 {
        format!("Filters ({active})")
    } else {
        "Filters".to_owned()
    }
}

/// Whether the drawer is open, and the callback that opens or closes it.
#[hook]
pub fn use_drawer() -> (bool, Callback<MouseEvent>) {
    let open = use_state(|| false);
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    (*open, toggle)
}

#[derive(Properties, PartialEq)]
pub struct ResultsBarProps {
    pub data: Shared<Explorer>,
    pub url: UrlState,
    /// "12 of 114 claims shown".
    pub count: AttrValue,
    /// The id of the count line (`result-count`, `timeline-count`).
    pub count_id: AttrValue,
    /// How many filters are on.
    pub active: usize,
    /// Clears every filter; `None` where the view has none to clear.
    #[prop_or_default]
    pub on_clear: Option<Callback<MouseEvent>>,
    /// The drawer's state and toggle, where the view has one.
    #[prop_or_default]
    pub drawer: Option<(bool, Callback<MouseEvent>)>,
}

#[function_component(ResultsBar)]
pub fn results_bar(p: &ResultsBarProps) -> Html {
    html! {
        <div class="results-bar">
            if let Some((open, toggle)) = &p.drawer {
                <button type="button" class="filters-toggle" aria-expanded={open.to_string()} aria-controls="filter-drawer" onclick={toggle.clone()}>
                    { filters_label(p.active) }
                </button>
            }
            <p id={p.count_id.clone()} class="result-count" role="status" aria-live="polite">{ p.count.clone() }</p>
            if let Some(on_clear) = &p.on_clear {
                <button type="button" class="clear-all" onclick={on_clear.clone()} disabled={p.active == 0}>{ "Clear all" }</button>
            }
            <CiteControl data={p.data.clone()} target={CiteTarget::View(std::rc::Rc::new(p.url.clone()))} label="Cite this view" />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct FilterDrawerProps {
    pub open: bool,
    pub active: usize,
    pub on_close: Callback<MouseEvent>,
    /// What the close button shows: "Show 12 claims".
    pub show: AttrValue,
    pub children: Html,
}

#[function_component(FilterDrawer)]
pub fn filter_drawer(p: &FilterDrawerProps) -> Html {
    let close = use_node_ref();
    {
        // Opened, the drawer takes the focus, so that a keyboard or a screen
        // reader is inside it.
        let close = close.clone();
        use_effect_with(p.open, move |&open| {
            if open {
                if let Some(b) = close.cast::<web_sys::HtmlElement>() {
                    let _ = b.focus();
                }
            }
        });
    }
    html! {
        <div id="filter-drawer" class={classes!("filter-drawer", p.open.then_some("open"))}>
            <div class="drawer-head">
                <h2 class="drawer-title">{ filters_label(p.active) }</h2>
                <button type="button" class="drawer-close" ref={close} onclick={p.on_close.clone()}>{ p.show.clone() }</button>
            </div>
            { p.children.clone() }
        </div>
    }
}
