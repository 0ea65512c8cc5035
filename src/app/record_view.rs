//! `#/record/<id>`: one claim or diplomacy event in full, with the records
//! linked to it in both directions.

use yew::prelude::*;

use super::cite_control::{CiteControl, CiteTarget};
use super::links::{actor_links, date_text, place_link, place_links, record_href, side_badge, source_link};
use super::shared::Shared;
use crate::catalog::{Catalog, Record};
use crate::explorer::Explorer;
use crate::model::{Flag, Link};
use crate::sides::side_adds_to;
use crate::url_state::UrlState;

#[derive(Properties, PartialEq)]
pub struct RecordViewProps {
    pub data: Shared<Explorer>,
    pub id: AttrValue,
    /// Where "← Claims" leads.
    pub back: AttrValue,
}

#[function_component(RecordView)]
pub fn record_view(p: &RecordViewProps) -> Html {
    let catalog = &p.data.catalog;
    let Some(record) = catalog.record(&p.id) else {
        return html! {
            <main data-route="record">
                <h1>{ "Record not found" }</h1>
                <p>{ format!("No claim or diplomacy event has the id “{}”. ", p.id) }<a href="#/claims">{ "Back to the claims" }</a></p>
            </main>
        };
    };
    let q = record.quote();
    let body = match record {
        Record::Claim(c) => html! {
            <dl class="facts">
                <dt>{ "Claimed by" }</dt><dd>{ actor_links(catalog, std::slice::from_ref(&c.claimant)) }
                    if side_adds_to(catalog.actor_name(&c.claimant), catalog.names.side(c.side)) { { side_badge(catalog, c.side) } }</dd>
                <dt>{ "Claimed on" }</dt><dd>{ date_text(&c.asserted) }{ date_detail(&c.asserted) }</dd>
                <dt>{ "About" }</dt><dd>{ date_text(&c.occurred) }{ date_detail(&c.occurred) }</dd>
                <dt>{ "Category" }</dt><dd>{ c.category.label() }</dd>
                if !c.places.is_empty() { <dt>{ "Places" }</dt><dd>{ place_links(catalog, &c.places) }</dd> }
                if !c.figures.is_empty() {
                    <dt>{ "Figures" }</dt>
                    <dd><ul>{ for c.figures.iter().map(|f| html! { <li>{ f.describe() }{ format!(" — whose: {}; {}; in the text: “{}”", catalog.names.whose(f.whose), if f.cumulative { "running total" } else { "single report" }, f.raw) }</li> }) }</ul></dd>
                }
                if !c.reported_via.is_empty() { <dt>{ "Reported via" }</dt><dd>{ actor_links(catalog, &c.reported_via) }</dd> }
            </dl>
        },
        Record::Event(e) => html! {
            <dl class="facts">
                <dt>{ "Kind" }</dt><dd>{ e.kind.label() }</dd>
                <dt>{ "Status" }</dt><dd>{ e.status.label() }</dd>
                <dt>{ "Date" }</dt><dd>{ date_text(&e.date) }{ date_detail(&e.date) }</dd>
                if let Some(a) = &e.announced { <dt>{ "Announced" }</dt><dd>{ date_text(a) }{ date_detail(a) }</dd> }
                if !e.participants.is_empty() { <dt>{ "Participants" }</dt><dd>{ actor_links(catalog, &e.participants) }</dd> }
                if !e.addressees.is_empty() { <dt>{ "Addressed to" }</dt><dd>{ actor_links(catalog, &e.addressees) }</dd> }
                if !e.mediators.is_empty() { <dt>{ "Mediators" }</dt><dd>{ actor_links(catalog, &e.mediators) }</dd> }
                if let Some(v) = &e.venue { <dt>{ "Venue" }</dt><dd>{ place_link(catalog, v) }</dd> }
                <dt>{ "Outcome" }</dt><dd>{ e.outcome.clone().unwrap_or_else(|| "The article does not say.".into()) }</dd>
                if let Some(r) = &e.reported_by { <dt>{ "Reported by" }</dt><dd>{ actor_links(catalog, std::slice::from_ref(r)) }</dd> }
            </dl>
        },
    };
    let (verification, flags) = match record {
        Record::Claim(c) => (&c.verification, &c.flags),
        Record::Event(e) => (&e.verification, &e.flags),
    };
    let backlinks = catalog.backlinks(&p.id);
    html! {
        <main data-route="record" class="record-view" data-record-id={p.id.to_string()}>
            <p class="screen-only"><a href={p.back.clone()}>{ "← Claims" }</a></p>
            <h1>{ record.summary() }</h1>
            <figure class="quote-figure">
                <blockquote class="quote">{ &q.text }</blockquote>
                <figcaption>
                    { source_link(catalog, &q.source) }
                    { format!(" · characters {}–{}", q.start, q.end) }
                    <span class="screen-only">{ " · " }</span>
                    <a class="screen-only" href={UrlState::in_source(&q.source, Some(&p.id)).to_hash()}>{ "See it in its paragraph" }</a>
                </figcaption>
            </figure>
            <CiteControl data={p.data.clone()} target={CiteTarget::Record(p.id.clone())} />
            { body }
            { for verification.iter().map(|v| html! { <p class="verification">{ "⚠ " }{ &v.note }{ " — “" }{ &v.quote.text }{ "”" }</p> }) }
            { flag_list(flags) }
            { link_list(catalog, "Links from this record", record.links()) }
            if !backlinks.is_empty() {
                <section class="links">
                    <h2>{ "Records linking here" }</h2>
                    <ul>{ for backlinks.iter().map(|b| linked(catalog, b.relation.inverse_label(), &b.from)) }</ul>
                </section>
            }
        </main>
    }
}

fn date_detail(d: &crate::model::DateRef) -> Html {
    let mut parts = vec![d.precision.label().to_owned()];
    if let Some(raw) = &d.raw {
        parts.push(format!("the text says “{raw}”, resolved as {}", d.rule.label()));
    }
    if let Some(note) = &d.note {
        parts.push(note.clone());
    }
    html! { <span class="date-detail">{ format!(" ({})", parts.join("; ")) }</span> }
}

fn flag_list(flags: &[Flag]) -> Html {
    if flags.is_empty() {
        return html! {};
    }
    html! {
        <section class="flags">
            <h2>{ "Problems in the source" }</h2>
            <ul>{ for flags.iter().map(|f| html! { <li><strong>{ f.code.label() }</strong>{ ": " }{ &f.message }</li> }) }</ul>
        </section>
    }
}

fn link_list(catalog: &Catalog, title: &str, links: &[Link]) -> Html {
    if links.is_empty() {
        return html! {};
    }
    html! {
        <section class="links">
            <h2>{ title }</h2>
            <ul>{ for links.iter().map(|l| linked(catalog, l.relation.label(), &l.target)) }</ul>
        </section>
    }
}

fn linked(catalog: &Catalog, relation: &str, id: &str) -> Html {
    let summary = catalog.record(id).map_or("(unknown record)", |r| r.summary());
    html! { <li><span class="relation">{ relation }</span>{ " " }<a href={record_href(id)} data-record-id={id.to_owned()}>{ summary }</a></li> }
}
