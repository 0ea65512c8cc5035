//! One claim as a card: who claimed what, when, with the verbatim quote.

use yew::prelude::*;

use super::links::{actor_link, date_text, place_links, record_href, side_badge, source_link};
use super::shared::Shared;
use crate::explorer::Explorer;

#[derive(Properties, PartialEq)]
pub struct ClaimCardProps {
    pub data: Shared<Explorer>,
    /// Position in `Dataset::claims`.
    pub index: usize,
    /// A shorter card, for the side-by-side view and ceasefire aftermaths.
    #[prop_or_default]
    pub compact: bool,
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
    let facts = &p.data.facts;
    let others: Vec<usize> =
        facts.members(facts.cluster_of(p.index)).iter().copied().filter(|&m| m != p.index).collect();
    let also = (!others.is_empty()).then(|| {
        let label = |m: usize| {
            let other = &catalog.dataset.claims[m];
            catalog.source(&other.quote.source).map_or_else(|| other.id.clone(), |s| s.short_label())
        };
        html! {
            <p class="also">{ "Also reported by: " }
                { for others.iter().enumerate().map(|(n, &m)| html! {
                    <>{ if n > 0 { "; " } else { "" } }<a href={record_href(&catalog.dataset.claims[m].id)}>{ label(m) }</a></>
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
                { side_badge(&p.data.catalog, c.side) }
                <span class="badge category">{ c.category.label() }</span>
                { flags }
                <span class="claimed">{ actor_link(catalog, &c.claimant) }{ ", " }{ date_text(&c.asserted) }</span>
            </header>
            <p class="summary">{ &c.summary }</p>
            <blockquote class="quote">{ &c.quote.text }</blockquote>
            { figures }
            { also }
            { places }
            { for notes }
            <footer>
                <span>{ "About: " }{ date_text(&c.occurred) }</span>
                <span>{ "Source: " }{ source_link(catalog, &c.quote.source) }</span>
                <a class="details" href={record_href(&c.id)}>{ "Details and links" }<span class="visually-hidden">{ format!(" for {}", c.summary) }</span></a>
            </footer>
        </article>
    }
}
