//! `#/search?q=…`: everything that mentions the words, grouped by kind
//! (claims, diplomacy events, actors, places, article paragraphs), each
//! result a link to its record or view, each group a link to its whole list.

use yew::prelude::*;

use super::links::{record_href, side_badge};
use super::marked::marked;
use super::shared::Shared;
use super::ViewProps;
use crate::explorer::Explorer;
use crate::query::FacetKey;
use crate::search::{search, Found, Kind};
use crate::timeline::TimelineRole;
use crate::url_state::{Route, UrlState};

/// Results shown per group; the group's link lists them all.
const PER_GROUP: usize = 10;

#[function_component(SearchView)]
pub fn search_view(p: &ViewProps) -> Html {
    let found = {
        let data = p.data.clone();
        use_memo(p.url.search.clone(), move |q| search(&data, q))
    };
    let q = p.url.search.trim();
    let status = if found.words.is_empty() {
        "Type words in the search box above: every claim, diplomacy event, actor, place and article paragraph that mentions them is listed here.".to_owned()
    } else if found.total() == 0 {
        format!("Nothing mentions “{q}”.")
    } else {
        let parts: Vec<String> =
            Kind::ALL.iter().filter(|&&k| !found.of(k).is_empty()).map(|&k| k.count(found.of(k).len())).collect();
        format!("“{q}”: {}.", crate::search::join_and(&parts))
    };
    html! {
        <main data-route="search" class="search-view">
            <h1>{ "Search" }</h1>
            <p id="search-count" role="status">{ status }</p>
            <div class="search-groups" data-results="" tabindex="-1">
                { for Kind::ALL.into_iter().filter(|&k| !found.of(k).is_empty()).map(|kind| html! {
                    <Group data={p.data.clone()} {kind} found={found.clone()} query={AttrValue::from(q.to_owned())} />
                }) }
            </div>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct GroupProps {
    data: Shared<Explorer>,
    kind: Kind,
    found: std::rc::Rc<Found>,
    query: AttrValue,
}

/// One kind's results: its heading with the count, the first few, and a
/// link to the view listing them all.
#[function_component(Group)]
fn group(p: &GroupProps) -> Html {
    let hits = p.found.of(p.kind);
    let words = &p.found.words;
    let catalog = &p.data.catalog;
    let ds = &catalog.dataset;
    let item = |i: usize| -> Html {
        match p.kind {
            Kind::Claims => {
                let c = &ds.claims[i];
                html! { <li data-result=""><a href={record_href(&c.id)}>{ marked(&c.summary, words) }</a>{ " " }{ side_badge(catalog, c.side) }</li> }
            }
            Kind::Events => {
                let e = &ds.diplomacy[i];
                html! { <li data-result=""><a href={record_href(&e.id)}>{ marked(&e.summary, words) }</a></li> }
            }
            Kind::Actors => {
                let a = &ds.actors[i];
                let claims = ds.claims.iter().filter(|c| c.claimant == a.id).count();
                let events = ds
                    .diplomacy
                    .iter()
                    .filter(|e| e.participants.contains(&a.id) || e.mediators.contains(&a.id))
                    .count();
                let mut in_events = UrlState::new(Route::Diplomacy);
                let role = if ds.diplomacy.iter().any(|e| e.mediators.contains(&a.id)) {
                    TimelineRole::Mediator
                } else {
                    TimelineRole::Participant
                };
                in_events.timeline.chosen_mut(role).insert(a.id.clone());
                html! {
                    <li data-result="">
                        <strong>{ marked(&a.name, words) }</strong>{ format!(" — {}", a.role) }
                        if claims > 0 { { " · " }<a href={UrlState::claims_with(FacetKey::Claimant(a.id.clone())).to_hash()}>{ Kind::Claims.count(claims) }</a> }
                        if events > 0 { { " · " }<a href={in_events.to_hash()}>{ Kind::Events.count(events) }</a> }
                    </li>
                }
            }
            Kind::Places => {
                let pl = &ds.places[i];
                html! { <li data-result=""><a href={UrlState::claims_with(FacetKey::Place(pl.id.clone())).to_hash()}>{ marked(&pl.name, words) }</a>{ " — claims about it" }</li> }
            }
            Kind::Articles => html! { <ParagraphHit data={p.data.clone()} index={i} words={words.clone()} /> },
        }
    };
    let all = p.kind.view(&p.query);
    let more = hits.len() > PER_GROUP && all.route != Route::Search;
    html! {
        <section class="search-group" data-kind={p.kind.label()} aria-labelledby={format!("group-{:?}", p.kind)}>
            <h2 id={format!("group-{:?}", p.kind)}>{ format!("{} ({})", p.kind.label(), hits.len()) }</h2>
            <ul>{ for hits.iter().take(if matches!(p.kind, Kind::Actors | Kind::Places) { usize::MAX } else { PER_GROUP }).map(|&i| item(i)) }</ul>
            if more || (all.route != Route::Search && !hits.is_empty()) {
                <p class="see-all"><a href={all.to_hash()}>{ format!("All {} in their view →", p.kind.count(hits.len())) }</a></p>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
pub struct ParagraphHitProps {
    pub data: Shared<Explorer>,
    /// Position in [`crate::search::SearchIndex::paragraph_at`].
    pub index: usize,
    pub words: Vec<String>,
}

/// One paragraph that matched, its words marked, under its article's name,
/// with a link to read it in place.
#[function_component(ParagraphHit)]
pub fn paragraph_hit(p: &ParagraphHitProps) -> Html {
    let ds = &p.data.catalog.dataset;
    let Some(at) = p.data.search.paragraph_at.get(p.index) else { return html! {} };
    let source = &ds.sources[at.source];
    let text = source.text.as_deref().and_then(|t| t.get(at.at.clone())).unwrap_or("");
    html! {
        <li class="paragraph-hit" data-result="">
            <p class="meta"><strong>{ source.short_label() }</strong>{ " · " }{ &source.headline }</p>
            <blockquote class="quote">{ marked(text, &p.words) }</blockquote>
            <a href={UrlState::in_source(&source.id, None).to_hash()}>{ "Read it in the article" }</a>
        </li>
    }
}
