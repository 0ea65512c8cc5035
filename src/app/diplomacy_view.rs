//! `#/diplomacy`: meetings, calls, visits, ceasefires and Security Council
//! steps in date order, with what followed each ceasefire.

use yew::prelude::*;

use super::chip_bar::view_chips;
use super::cite_control::{CiteControl, CiteTarget};
use super::claim_card::ClaimCard;
use super::links::{actor_links, date_text, place_link, record_href, source_link};
use super::marked::{marked, SearchHint};
use super::results_bar::{use_drawer, FilterDrawer, ResultsBar};
use super::shared::Shared;
use super::time_axis_view::EventAxisView;
use super::ViewProps;
use crate::explorer::Explorer;
use crate::format::day_label;
use crate::search::Kind;
use crate::state::Action;
use crate::timeline::{aftermath, facets_with, timeline_with, TimelineRole};

#[function_component(DiplomacyView)]
pub fn diplomacy_view(p: &ViewProps) -> Html {
    let catalog = &p.data.catalog;
    let events = &catalog.dataset.diplomacy;
    let f = &p.url.timeline;
    let (days, counts) = {
        let data = p.data.clone();
        let memo = use_memo(f.clone(), move |f| {
            let events = &data.catalog.dataset.diplomacy;
            let hits = data.search.events(&f.text);
            (timeline_with(events, f, hits.as_deref()), facets_with(events, f, hits.as_deref()))
        });
        (memo.0.clone(), memo.1.clone())
    };
    let shown: usize = days.iter().map(|d| d.events.len()).sum();
    let chooser = |role: TimelineRole| {
        let key = role.key();
        html! {
            <fieldset class="facet" data-facet-group={key}>
                <legend>{ role.label() }</legend>
                <ul>
                { for counts.of(role).iter().map(|(id, n)| {
                    let dom_id = format!("tl-{key}-{id}");
                    let actor = id.clone();
                    let onchange = p.on_action.reform(move |_: Event| Action::ToggleTimeline(role, actor.clone()));
                    html! {
                        <li>
                            <input type="checkbox" id={dom_id.clone()} data-facet={key} data-value={id.clone()} checked={f.chosen(role).contains(id)} {onchange} />
                            <label for={dom_id}>{ catalog.actor_name(id) }<span class="count">{ n }</span></label>
                        </li>
                    }
                }) }
                </ul>
            </fieldset>
        }
    };
    let clear = p.on_action.reform(|_: MouseEvent| Action::ClearFilters);
    let on_range = p.on_action.reform(|(from, to)| Action::SetEventDates(Some(from), Some(to)));
    let date = |e: Event| crate::day::parse_iso(&e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let (from, to) = (f.from, f.to);
    let on_from = p.on_action.reform(move |e: Event| Action::SetEventDates(date(e), to));
    let on_to = p.on_action.reform(move |e: Event| Action::SetEventDates(from, date(e)));
    let fmt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let words = crate::query::Folding::bundled().query(&f.text);
    let on_text = p
        .on_action
        .reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let shown_events: Vec<usize> = days.iter().flat_map(|d| d.events.iter().copied()).collect();
    let (drawer_open, toggle_drawer) = use_drawer();
    let active = f.active_count();
    let count = crate::format::shown_of(shown, events.len(), "events");
    html! {
        <main data-route="diplomacy" class="diplomacy-view">
            <h1>{ "Diplomacy" }</h1>
            <p class="lede">{ "What was tried while the fighting went on, as the articles report it: what happened, what was scheduled or expected, what was ruled out or denied." }</p>
            <div class="with-sidebar">
                <FilterDrawer open={drawer_open} {active} on_close={toggle_drawer.clone()} show={format!("Show {shown} events")}>
                <form class="filters" aria-label="Filter the timeline" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <div class="field">
                        <label for="events-search">{ "Search summaries and quotes" }</label>
                        <input id="events-search" type="search" value={f.text.clone()} oninput={on_text}
                               placeholder="e.g. Pompeo, truce" autocomplete="off" />
                    </div>
                    <fieldset class="dates">
                        <legend>{ "Dates" }</legend>
                        <label for="events-from">{ "From" }</label>
                        <input id="events-from" type="date" value={fmt(f.from)} onchange={on_from} />
                        <label for="events-to">{ "To" }</label>
                        <input id="events-to" type="date" value={fmt(f.to)} onchange={on_to} />
                    </fieldset>
                    { for TimelineRole::ALL.into_iter().map(chooser) }
                    <button type="button" onclick={clear.clone()} disabled={f.is_empty()}>{ "Clear all" }</button>
                </form>
                </FilterDrawer>
                <section class="timeline results" aria-labelledby="timeline-count" data-results="" tabindex="-1">
                    <ResultsBar data={p.data.clone()} url={p.url.clone()} {count} count_id="timeline-count" {active} on_clear={Some(clear)} drawer={Some((drawer_open, toggle_drawer))} />
                    <EventAxisView data={p.data.clone()} shown={shown_events} {on_range} />
                    { view_chips(p, shown, "events", |s| {
                        let hits = p.data.search.events(&s.timeline.text);
                        timeline_with(events, &s.timeline, hits.as_deref()).iter().map(|d| d.events.len()).sum()
                    }) }
                    if shown == 0 {
                        <SearchHint data={p.data.clone()} here={Kind::Events} query={f.text.clone()} />
                    }
                    <ol class="days">
                    { for days.iter().map(|d| html! {
                        <li class="day">
                            <h2>
                                if let Some(date) = d.date { <time datetime={date.to_string()}>{ day_label(date) }</time> }
                                else { { "Date not given in the articles" } }
                            </h2>
                            { for d.events.iter().map(|&i| html! { <EventCard data={p.data.clone()} index={i} words={words.clone()} /> }) }
                        </li>
                    }) }
                    </ol>
                </section>
            </div>
        </main>
    }
}

#[derive(Properties, PartialEq)]
pub struct EventCardProps {
    pub data: Shared<Explorer>,
    /// Position in `Dataset::diplomacy`.
    pub index: usize,
    /// The search's words, folded: those in the summary and quote are marked.
    #[prop_or_default]
    pub words: Vec<String>,
}

#[function_component(EventCard)]
pub fn event_card(p: &EventCardProps) -> Html {
    let catalog = &p.data.catalog;
    let Some(e) = catalog.dataset.diplomacy.get(p.index) else { return html! {} };
    let after = aftermath(catalog, e);
    html! {
        <article class={classes!("event-card", format!("status-{}", e.status.as_str()), format!("kind-{}", e.kind.as_str()))} data-record-id={e.id.clone()} data-result="">
            <header>
                <span class="badge kind">{ e.kind.label() }</span>
                <span class={classes!("badge", "status", format!("status-{}", e.status.as_str()))}>{ e.status.label() }</span>
                { date_text(&e.date) }
            </header>
            <p class="summary">{ marked(&e.summary, &p.words) }</p>
            <blockquote class="quote">{ marked(&e.quote.text, &p.words) }</blockquote>
            <dl class="facts">
                if let Some(a) = &e.announced { <dt>{ "Announced" }</dt><dd>{ date_text(a) }</dd> }
                if !e.participants.is_empty() { <dt>{ "Participants" }</dt><dd>{ actor_links(catalog, &e.participants) }</dd> }
                if !e.addressees.is_empty() { <dt>{ "Addressed to" }</dt><dd>{ actor_links(catalog, &e.addressees) }</dd> }
                if !e.mediators.is_empty() { <dt>{ "Mediators" }</dt><dd>{ actor_links(catalog, &e.mediators) }</dd> }
                if let Some(v) = &e.venue { <dt>{ "Venue" }</dt><dd>{ place_link(catalog, v) }</dd> }
                if let Some(o) = &e.outcome { <dt>{ "Outcome" }</dt><dd>{ o }</dd> }
                if let Some(r) = &e.reported_by { <dt>{ "Reported by" }</dt><dd>{ actor_links(catalog, std::slice::from_ref(r)) }</dd> }
                <dt>{ "Source" }</dt><dd>{ source_link(catalog, &e.quote.source) }</dd>
            </dl>
            if !after.is_empty() {
                <details class="aftermath" open=true>
                    <summary>{ format!("What followed: {} claims of fighting and accusations", after.len()) }</summary>
                    { for after.iter().map(|&i| html! { <ClaimCard data={p.data.clone()} index={i} compact=true /> }) }
                </details>
            }
            <div class="record-actions">
                <a class="details" href={record_href(&e.id)} data-record-id={e.id.clone()}>{ "Details and links" }</a>
                <CiteControl data={p.data.clone()} target={CiteTarget::Record(AttrValue::from(e.id.clone()))} />
            </div>
        </article>
    }
}
