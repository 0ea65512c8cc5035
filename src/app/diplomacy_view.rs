//! `#/diplomacy`: meetings, calls, visits, ceasefires and Security Council
//! steps in date order, with what followed each ceasefire.

use yew::prelude::*;

use super::claim_card::ClaimCard;
use super::context::use_app;
use super::links::{date_text, record_href, ActorLink, PlaceLink, SourceLink};
use crate::format::day;
use crate::state::{Action, TimelineRole};
use crate::timeline::{aftermath, facets, timeline};

#[function_component(DiplomacyView)]
pub fn diplomacy_view() -> Html {
    let app = use_app();
    let events = &app.catalog.dataset.diplomacy;
    let f = &app.url().timeline;
    let days = timeline(events, f);
    let counts = facets(events, f);
    let shown: usize = days.iter().map(|d| d.events.len()).sum();
    let chooser = |role: TimelineRole, title: &str, values: &[(String, usize)]| {
        let chosen = match role {
            TimelineRole::Participant => &f.participants,
            TimelineRole::Mediator => &f.mediators,
        };
        let key = match role {
            TimelineRole::Participant => "with",
            TimelineRole::Mediator => "mediator",
        };
        html! {
            <fieldset class="facet" data-facet-group={key}>
                <legend>{ title }</legend>
                <ul>
                { for values.iter().map(|(id, n)| {
                    let dom_id = format!("tl-{key}-{id}");
                    let id2 = id.clone();
                    let onchange = app.callback(move |_: Event| Action::ToggleTimeline(role, id2.clone()));
                    html! {
                        <li>
                            <input type="checkbox" id={dom_id.clone()} data-facet={key} data-value={id.clone()} checked={chosen.contains(id)} {onchange} />
                            <label for={dom_id}>{ app.catalog.actor_name(id) }<span class="count">{ n }</span></label>
                        </li>
                    }
                }) }
                </ul>
            </fieldset>
        }
    };
    let clear = app.callback(|_: MouseEvent| Action::ClearTimeline);
    html! {
        <main data-route="diplomacy" class="diplomacy-view">
            <h1>{ "Diplomacy" }</h1>
            <p class="lede">{ "What was tried while the fighting went on, as the articles report it: what happened, what was scheduled or expected, what was ruled out or denied." }</p>
            <div class="with-sidebar">
                <form class="filters" aria-label="Filter the timeline" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { chooser(TimelineRole::Mediator, "Mediator", &counts.mediators) }
                    { chooser(TimelineRole::Participant, "Participant", &counts.participants) }
                    <button type="button" onclick={clear} disabled={f.participants.is_empty() && f.mediators.is_empty()}>{ "Clear timeline filters" }</button>
                </form>
                <section class="timeline" aria-labelledby="timeline-count">
                    <p id="timeline-count" role="status">{ format!("{shown} of {} events shown", events.len()) }</p>
                    <ol class="days">
                    { for days.iter().map(|d| html! {
                        <li class="day">
                            <h2><time datetime={d.date.to_string()}>{ day(d.date) }</time></h2>
                            { for d.events.iter().map(|&i| html! { <EventCard index={i} /> }) }
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
    pub index: usize,
}

#[function_component(EventCard)]
pub fn event_card(p: &EventCardProps) -> Html {
    let app = use_app();
    let Some(e) = app.catalog.dataset.diplomacy.get(p.index) else { return html! {} };
    let after = aftermath(&app.catalog, e);
    let actors =
        |ids: &[String]| ids.iter().map(|id| html! { <><ActorLink id={id.clone()} />{ " " }</> }).collect::<Html>();
    html! {
        <article class={classes!("event-card", format!("status-{}", e.status.as_str()), format!("kind-{}", e.kind.as_str()))} data-record-id={e.id.clone()}>
            <header>
                <span class="badge kind">{ e.kind.label() }</span>
                <span class={classes!("badge", "status", format!("status-{}", e.status.as_str()))}>{ e.status.label() }</span>
                { date_text(&e.date) }
            </header>
            <p class="summary">{ &e.summary }</p>
            <blockquote class="quote">{ &e.quote.text }</blockquote>
            <dl class="facts">
                if !e.participants.is_empty() { <dt>{ "Participants" }</dt><dd>{ actors(&e.participants) }</dd> }
                if !e.mediators.is_empty() { <dt>{ "Mediators" }</dt><dd>{ actors(&e.mediators) }</dd> }
                if let Some(v) = &e.venue { <dt>{ "Venue" }</dt><dd><PlaceLink id={v.clone()} /></dd> }
                if let Some(o) = &e.outcome { <dt>{ "Outcome" }</dt><dd>{ o }</dd> }
                if let Some(r) = &e.reported_by { <dt>{ "Reported by" }</dt><dd><ActorLink id={r.clone()} /></dd> }
                <dt>{ "Source" }</dt><dd><SourceLink id={e.quote.source.clone()} /></dd>
            </dl>
            if !after.is_empty() {
                <details class="aftermath" open=true>
                    <summary>{ format!("What followed: {} claims of fighting and accusations", after.len()) }</summary>
                    { for after.iter().map(|&i| html! { <ClaimCard index={i} compact=true /> }) }
                </details>
            }
            <a class="details" href={record_href(&e.id)}>{ "Details and links" }</a>
        </article>
    }
}
