//! The Yew components: thin views over the pure modules. [`App`] reads the
//! address bar (the only state), picks the view, and hands each component
//! the data and callbacks it needs as props.

mod casualty_chart;
mod chip_bar;
mod cite_control;
mod claim_card;
mod claim_line;
mod claims_view;
mod compare_view;
mod contested_table;
mod datasets;
mod diplomacy_view;
pub mod fatal;
mod filters;
mod keyboard;
mod links;
mod loader_worker;
mod location;
mod map_view;
mod marked;
mod navigation;
mod next_turn;
mod query_hook;
mod record_view;
mod results_bar;
pub(crate) mod search_view;
mod shared;
mod side_facet;
mod sources_view;
mod storage;
mod time_axis_view;

use yew::prelude::*;

use self::claims_view::ClaimsView;
use self::compare_view::CompareView;
use self::diplomacy_view::DiplomacyView;
pub use self::loader_worker::{install_stand_in, Heard, StandIn};
use self::location::use_location;
use self::map_view::MapView;
use self::record_view::RecordView;
use self::search_view::SearchView;
pub use self::shared::Shared;
use self::sources_view::SourcesView;
use crate::explorer::{Explorer, LoadReport};
use crate::link_dataset::{check, notice, LinkCheck};
use crate::names::site_title;
use crate::state::Action;
use crate::url_state::{Route, UrlState};

/// What every list view is given.
#[derive(Properties, PartialEq)]
pub struct ViewProps {
    pub data: Shared<Explorer>,
    pub url: UrlState,
    pub on_action: Callback<Action>,
}

#[function_component(App)]
pub fn app() -> Html {
    let (parsed, on_action) = use_location();
    let (datasets, controls) = datasets::use_datasets(parsed.state.data.clone());
    let data = datasets.data.clone();
    let link_notice = use_link_dataset(&parsed.state, &datasets, &on_action);
    let help = use_state(|| false);
    keyboard::use_shortcuts(help.clone());
    let close_help = {
        let help = help.clone();
        Callback::from(move |()| help.set(false))
    };
    let url = parsed.state;
    let title = crate::page_title::page_title(&url, &data.catalog, data.catalog.names.title());
    let memory = navigation::use_navigation(&url, title);
    let tabs: Vec<(Route, String)> = [Route::Claims, Route::Compare, Route::Diplomacy, Route::Map, Route::Sources]
        .into_iter()
        .map(|r| (r.clone(), memory.borrow().tab(r, &url).to_hash()))
        .collect();
    let props = |url: &UrlState| ViewProps { data: data.clone(), url: url.clone(), on_action: on_action.clone() };
    let view = match &url.route {
        Route::Claims => html! { <ClaimsView ..props(&url) /> },
        Route::Compare => html! { <CompareView ..props(&url) /> },
        Route::Diplomacy => html! { <DiplomacyView ..props(&url) /> },
        Route::Map => html! { <MapView ..props(&url) /> },
        Route::Sources => html! { <SourcesView ..props(&url) /> },
        Route::Search => html! { <SearchView ..props(&url) /> },
        Route::Record(id) => {
            // The claims as they were last left: filters, search, page.
            let back = AttrValue::from(memory.borrow().tab(Route::Claims, &url).to_hash());
            html! { <RecordView data={data.clone()} id={AttrValue::from(id.clone())} {back} /> }
        }
    };
    html! {
        <>
            <a class="skip-link" href="#content" onclick={Callback::from(skip_to_results)}>{ "Skip to results" }</a>
            <Header url={url.clone()} title={site_title(&data.catalog.names)} on_action={on_action.clone()} {tabs} />
            <datasets::DatasetPanel datasets={datasets.clone()} {controls} />
            <Notices ignored={parsed.ignored.clone()} data={data.clone()} link={link_notice} />
            <PrintHeading data={data.clone()} url={url.clone()} />
            <div id="content" tabindex="-1">{ view }</div>
            if *help { <keyboard::ShortcutHelp on_close={close_help} /> }
            <footer class="site-footer">
                <p>{ data.catalog.names.description() }{ " Claims are attributed to whoever made them; they are not presented as established facts." }</p>
            </footer>
        </>
    }
}

/// The skip link jumps past the header and the filters to the view's
/// results (`data-results`), or to its content. It must not change the
/// fragment (which holds the state), so it moves focus itself.
fn skip_to_results(e: MouseEvent) {
    e.prevent_default();
    let doc = web_sys::window().and_then(|w| w.document());
    let target =
        doc.and_then(|d| d.query_selector("[data-results]").ok().flatten().or_else(|| d.get_element_by_id("content")));
    if let Some(el) = target {
        keyboard::focus_and_show(&el);
    }
}

#[derive(Properties, PartialEq)]
struct HeaderProps {
    url: UrlState,
    /// The site's title for the dataset shown ([`site_title`]).
    title: AttrValue,
    on_action: Callback<Action>,
    /// Each tab's view and where it leads: the view as last left.
    tabs: Vec<(Route, String)>,
}

#[function_component(Header)]
fn header(p: &HeaderProps) -> Html {
    let item = |target: Route, label: &str| {
        let current = p.url.route == target;
        let href = p.tabs.iter().find(|(r, _)| *r == target).map(|(_, h)| h.clone()).unwrap_or_default();
        html! { <li><a {href} aria-current={current.then_some("page")}>{ label }</a></li> }
    };
    // On the search page typing searches as it goes; elsewhere Enter opens
    // the search page, so that typing here does not leave the view at once.
    let searching = p.url.route == Route::Search;
    let on_input = p
        .on_action
        .reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let input = use_node_ref();
    let on_submit = {
        let input = input.clone();
        p.on_action.reform(move |e: SubmitEvent| {
            e.prevent_default();
            Action::SearchAll(input.cast::<web_sys::HtmlInputElement>().map(|i| i.value()).unwrap_or_default())
        })
    };
    html! {
        <header class="site-header">
            <p class="site-title">{ p.title.clone() }</p>
            <form class="site-search" role="search" onsubmit={on_submit}>
                <label for="site-search" class="visually-hidden">{ "Search everything" }</label>
                <input id="site-search" ref={input} name="q" type="search" autocomplete="off"
                       placeholder="Search everything"
                       value={if searching { p.url.search.clone() } else { String::new() }}
                       oninput={searching.then_some(on_input)} />
                <button type="submit">{ "Search" }</button>
            </form>
            <nav aria-label="Views">
                <ul>
                    { item(Route::Claims, "Claims") }
                    { item(Route::Compare, "Side by side") }
                    { item(Route::Diplomacy, "Diplomacy") }
                    { item(Route::Map, "Map") }
                    { item(Route::Sources, "Sources") }
                </ul>
            </nav>
        </header>
    }
}

#[derive(Properties, PartialEq)]
struct NoticesProps {
    /// Parts of the address that were not understood.
    ignored: Vec<String>,
    data: Shared<Explorer>,
    /// That the link was made with a dataset that is not shown, and what
    /// leaves it.
    link: Option<LinkNotice>,
}

/// The notice of a link made with a dataset that is not shown.
#[derive(Clone, PartialEq)]
struct LinkNotice {
    text: String,
    /// Makes the link name the dataset shown instead.
    on_keep: Callback<MouseEvent>,
}

/// Keeps the address naming the dataset shown: a dataset loaded or left is
/// written to it (`data=`, rewriting the current entry), and an address
/// that names none while a user's file is shown is completed. An address
/// naming another dataset is left as it is, and the notice returned says so.
#[hook]
fn use_link_dataset(url: &UrlState, datasets: &datasets::Datasets, on_action: &Callback<Action>) -> Option<LinkNotice> {
    let shown = datasets.file.clone();
    {
        // Not at mount: the link's own dataset may still be on its way.
        let (on_action, mounted) = (on_action.clone(), use_mut_ref(|| false));
        use_effect_with(shown.clone(), move |shown| {
            if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                on_action.emit(Action::SetData(shown.clone()));
            }
        });
    }
    let checked = check(url.data.as_deref(), shown.as_deref());
    {
        let on_action = on_action.clone();
        use_effect_with(checked.clone(), move |checked| {
            if let LinkCheck::Name(file) = checked {
                on_action.emit(Action::SetData(Some(file.clone())));
            }
        });
    }
    match checked {
        LinkCheck::Differs { link, shown } if datasets.checked && !datasets.loading() => Some(LinkNotice {
            text: notice(&link, shown.as_deref()),
            on_keep: on_action.reform(move |_| Action::SetData(shown.clone())),
        }),
        _ => None,
    }
}

/// Problems found in the dataset, and parts of the link that were not understood.
#[function_component(Notices)]
fn notices(p: &NoticesProps) -> Html {
    let report: &LoadReport = &p.data.report;
    let (problems, errors) = (&report.problems, report.errors());
    html! {
        <>
            if let Some(link) = &p.link {
                <div class="notice link-dataset" role="status">
                    <p>{ &link.text }</p>
                    <button type="button" id="link-keep-shown" onclick={link.on_keep.clone()}>{ "Make this link show the data on screen" }</button>
                </div>
            }
            if !p.ignored.is_empty() {
                <div class="notice" role="status">
                    { "Parts of this link were not understood and were left out: " }{ p.ignored.join("; ") }{ "." }
                </div>
            }
            if !problems.is_empty() {
                <details class="notice problems">
                    <summary>{ format!("The dataset has {errors} errors and {} warnings; {} records could not be read and are not shown.", problems.len() - errors, report.rejected.len()) }</summary>
                    <ul>{ for problems.iter().map(|p| html! { <li>{ p.to_string() }</li> }) }</ul>
                </details>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct PrintHeadingProps {
    data: Shared<Explorer>,
    url: UrlState,
}

/// On paper only: the explorer, the view and its filters on one line, and
/// the address it was printed from.
#[function_component(PrintHeading)]
fn print_heading(p: &PrintHeadingProps) -> Html {
    let parts = crate::cite::filter_parts(&p.data.catalog, &p.url);
    let filters = if parts.is_empty() { "no filters".to_owned() } else { parts.join("; ") };
    let ctx = cite_control::page_context(&p.data);
    let address = ctx.url_of(&p.url).unwrap_or_else(|| p.url.to_hash());
    html! {
        <p class="print-heading">
            <strong>{ format!("{}: {}", ctx.title, crate::cite::view_title(&p.data.catalog, &p.url.route)) }</strong>
            { format!(" · Filters: {filters} · {address}") }
        </p>
    }
}
