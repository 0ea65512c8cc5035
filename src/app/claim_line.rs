//! One claim as one line (summary, claimant, date) that opens in place to
//! show its quote, places and source: the side-by-side view's rows.

use yew::prelude::*;

use super::cite_control::{CiteControl, CiteTarget};
use super::links::{actor_link, date_text, place_links, record_href, source_link};
use super::shared::Shared;
use crate::explorer::Explorer;

#[derive(Properties, PartialEq)]
pub struct ClaimLineProps {
    pub data: Shared<Explorer>,
    /// Position in `Dataset::claims`.
    pub index: usize,
    /// Whether the details show.
    pub open: bool,
    /// Opens or closes it: given the claim's id.
    pub on_toggle: Callback<String>,
}

#[function_component(ClaimLine)]
pub fn claim_line(p: &ClaimLineProps) -> Html {
    let catalog = &p.data.catalog;
    let Some(c) = catalog.dataset.claims.get(p.index) else { return html! {} };
    let details_id = format!("details-{}", c.id);
    let onclick = {
        let id = c.id.clone();
        p.on_toggle.reform(move |_: MouseEvent| id.clone())
    };
    let facts = &p.data.facts;
    let reports = facts.members(facts.cluster_of(p.index)).len();
    html! {
        <div class={classes!("claim-line", format!("camp-{}", c.side.as_str()), p.open.then_some("open"))} data-record-id={c.id.clone()}>
            <button type="button" class="line-toggle" aria-expanded={p.open.to_string()} aria-controls={details_id.clone()} {onclick}>
                <span class="line-summary" title={c.summary.clone()}>{ &c.summary }</span>
            </button>
            <span class="line-meta">
                { actor_link(catalog, &c.claimant) }{ ", " }{ date_text(&c.asserted) }
                if reports > 1 { <span class="also-count">{ format!(" · in {reports} articles") }</span> }
            </span>
            // Rendered closed too, so that print (and find-in-page) has every quote.
            <div class="line-details" id={details_id} hidden={!p.open}>
                <blockquote class="quote">{ &c.quote.text }</blockquote>
                if !c.places.is_empty() { <p class="places">{ "Places: " }{ place_links(catalog, &c.places) }</p> }
                <p class="line-source">
                    { "About: " }{ date_text(&c.occurred) }{ " · Source: " }{ source_link(catalog, &c.quote.source) }{ " · " }
                    <a class="details" href={record_href(&c.id)} data-record-id={c.id.clone()}>{ "Details and links" }<span class="visually-hidden">{ format!(" for {}", c.summary) }</span></a>
                </p>
                <CiteControl data={p.data.clone()} target={CiteTarget::Record(AttrValue::from(c.id.clone()))} />
            </div>
        </div>
    }
}
