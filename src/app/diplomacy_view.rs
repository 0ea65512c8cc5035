//! `#/diplomacy`: meetings, calls, visits, ceasefires and Security Council
//! steps in date order, with what followed each ceasefire.

use yew::prelude::*;

use super::claim_card::ClaimCard;
use super::links::{actor_links, date_text, place_link, record_href, source_link};
use super::shared::Shared;
use super::time_axis_view::EventAxisView;
use super::ViewProps;
use crate::explorer::Explorer;
use crate::format::day_label;
use crate::state::Action;
use crate::timeline::{aftermath, facets, timeline, TimelineRole};

#[function_component(DiplomacyView)]
pub fn diplomacy_view(p: &ViewProps) -> Html {
    let catalog = &p.data.catalog;
    let events = &catalog.dataset.diplomacy;
    let f = &p.url.timeline;
    let (days, counts) = {
        let data = p.data.clone();
        let memo = use_memo(f.clone(), move |f| {
            let events = &data.catalog.dataset.diplomacy;
            (timeline(events, f), facets(events, f))
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
    let clear = p.on_action.reform(|_: MouseEvent| Action::ClearTimeline);
    let on_range = p.on_action.reform(|(from, to)| Action::SetEventDates(Some(from), Some(to)));
    let date = |e: Event| crate::day::parse_iso(&e.target_unchecked_into::<web_sys::HtmlInputElement>().value());
    let (from, to) = (f.from, f.to);
    let on_from = p.on_action.reform(move |e: Event| Action::SetEventDates(date(e), to));
    let on_to = p.on_action.reform(move |e: Event| Action::SetEventDates(from, date(e)));
    let fmt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let shown_events: Vec<usize> = days.iter().flat_map(|d| d.events.iter().copied()).collect();
    html! {
        <main data-route="diplomacy" class="diplomacy-view">
            <h1>{ "Diplomacy" }</h1>
            <p class="lede">{ "What was tried while the fighting went on, as the articles report it: what happened, what was scheduled or expected, what was ruled out or denied." }</p>
            <div class="with-sidebar">
                <form class="filters" aria-label="Filter the timeline" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    <fieldset class="dates">
                        <legend>{ "Dates" }</legend>
                        <label for="events-from">{ "From" }</label>
                        <input id="events-from" type="date" value={fmt(f.from)} onchange={on_from} />
                        <label for="events-to">{ "To" }</label>
                        <input id="events-to" type="date" value={fmt(f.to)} onchange={on_to} />
                    </fieldset>
                    { for TimelineRole::ALL.into_iter().map(chooser) }
                    <button type="button" onclick={clear} disabled={f.is_empty()}>{ "Clear timeline filters" }</button>
                </form>
                <section class="timeline" aria-labelledby="timeline-count" data-results="" tabindex="-1">
                    <EventAxisView data={p.data.clone()} shown={shown_events} {on_range} />
                    <p id="timeline-count" role="status">{ format!("{shown} of {} events shown", events.len()) }</p>
                    <ol class="days">
                    { for days.iter().map(|d| html! {
                        <li class="day">
                            <h2>
                                if let Some(date) = d.date { <time datetime={date.to_string()}>{ day_label(date) }</time> }
                                else { { "Date not given in the articles" } }
                            </h2>
                            { for d.events.iter().map(|&i| html! { <EventCard data={p.data.clone()} index={i} /> }) }
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
            <p class="summary">{ &e.summary }</p>
            <blockquote class="quote">{ &e.quote.text }</blockquote>
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
            <a class="details" href={record_href(&e.id)}>{ "Details and links" }</a>
        </article>
    }
}
