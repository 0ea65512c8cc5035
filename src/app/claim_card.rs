//! One claim as a card: who claimed what, when, with the verbatim quote.

use yew::prelude::*;

use super::cite_control::{CiteControl, CiteTarget};
use super::links::{actor_link, date_text, place_links, record_href, side_badge, source_link};
use super::marked::marked;
use super::shared::Shared;
use crate::explorer::Explorer;
use crate::relations::relation_line;
use crate::sides::side_adds_to;

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub data: Shared<Explorer>,
    /// Position in `Dataset::claims`.
    pub index: usize,
    /// A shorter card, for the side-by-side view and ceasefire aftermaths.
    #[prop_or_default]
    pub compact: bool,
    /// The search's words, folded: those in the summary and quote are marked.
    #[prop_or_default]
    pub words: Vec<String>,
}

#[function_component(ClaimCard)]
pub fn claim_card(p: &ClaimCardProps) -> Html {
    let catalog = &p.data.catalog;
    let Some(c) = catalog.dataset.claims.get(p.index) else { return html! {} };
    let figures = (!c.figures.is_empty()).then(|| {
        html! {
            <ul class="figures" aria-label="Figures claimed">
                { for c.figures.iter().map(|f| html! { <li>{ f.describe() }</li> }) }
            </ul>
        }
    });
    let places = (!p.compact && !c.places.is_empty())
        .then(|| html! { <p class="places">{ "Places: " }{ place_links(catalog, &c.places) }</p> });
    let relations = relation_line(catalog, &p.data.facts, p.index);
    let also = (!relations.is_empty()).then(|| {
        html! {
            <p class="relations">
                { for relations.iter().enumerate().map(|(n, r)| html! {
                    <>{ if n > 0 { " · " } else { "" } }<a href={record_href(&r.record)} data-record-id={r.record.clone()}>{ &r.text }</a></>
                }) }
            </p>
        }
    });
    let notes = c.verification.iter().map(|v| html! { <p class="verification">{ "⚠ " }{ &v.note }</p> });
    let flags = (!c.flags.is_empty()).then(|| {
        let text = c.flags.iter().map(|f| format!("{}: {}", f.code.label(), f.message)).collect::<Vec<_>>().join("\n");
        html! { <span class="badge flag" title={text}>{ format!("{} source note{}", c.flags.len(), if c.flags.len() == 1 { "" } else { "s" }) }</span> }
    });
    html! {
        <article class={classes!("claim-card", p.compact.then_some("compact"), format!("camp-{}", c.side.as_str()))}
                 data-record-id={c.id.clone()}>
            <header>
                if side_adds_to(catalog.actor_name(&c.claimant), catalog.names.side(c.side)) {
                    { side_badge(catalog, c.side) }
                    <span class="badge category">{ c.category.label() }</span>
                    { flags }
                    <span class="claimed">{ actor_link(catalog, &c.claimant) }{ ", " }{ date_text(&c.asserted) }</span>
                } else {
                    // The claimant is the side itself: its name once, as the badge.
                    <span class={classes!("badge", "side", "side-named", format!("side-{}", c.side.as_str()))}>{ actor_link(catalog, &c.claimant) }</span>
                    <span class="badge category">{ c.category.label() }</span>
                    { flags }
                    <span class="claimed">{ date_text(&c.asserted) }</span>
                }
            </header>
            <p class="summary">{ marked(&c.summary, &p.words) }</p>
            <blockquote class="quote">{ marked(&c.quote.text, &p.words) }</blockquote>
            { figures }
            { also }
            { places }
            { for notes }
            <footer>
                <span>{ "About: " }{ date_text(&c.occurred) }</span>
                <span>{ "Source: " }{ source_link(catalog, &c.quote.source) }</span>
                <a class="details" href={record_href(&c.id)} data-record-id={c.id.clone()}>{ "Details and links" }<span class="visually-hidden">{ format!(" for {}", c.summary) }</span></a>
                <CiteControl data={p.data.clone()} target={CiteTarget::Record(AttrValue::from(c.id.clone()))} />
            </footer>
        </article>
    }
}
