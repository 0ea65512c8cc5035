//! Small pieces used everywhere: links that open a filtered list, badges,
//! dates. Plain functions of the catalog: a link leads to the same place
//! whatever view or filters it is shown in.

use yew::prelude::*;

use crate::catalog::Catalog;
use crate::model::{DateRef, Side};
use crate::query::FacetKey;
use crate::url_state::{Route, UrlState};

/// An actor's name; following it lists that actor's claims.
pub fn actor_link(catalog: &Catalog, id: &str) -> Html {
    let name = catalog.actor_name(id).to_owned();
    let href = UrlState::claims_with(FacetKey::Claimant(id.to_owned())).to_hash();
    let title = catalog.actor(id).map(|a| format!("{} — show claims by {}", a.role, catalog.actor_name(id)));
    html! { <a class="actor-link" {href} {title}>{ name }</a> }
}

/// A place's name; following it lists the claims about that place.
pub fn place_link(catalog: &Catalog, id: &str) -> Html {
    let name = catalog.place_name(id).to_owned();
    let href = UrlState::claims_with(FacetKey::Place(id.to_owned())).to_hash();
    let title = format!("Show claims about {name}");
    html! { <a class="place-link" {href} {title}>{ name }</a> }
}

/// A source's outlet and date; following it lists that article's claims.
pub fn source_link(catalog: &Catalog, id: &str) -> Html {
    let label = catalog.source(id).map_or_else(|| id.to_owned(), |s| s.short_label());
    let href = UrlState::claims_with(FacetKey::Source(id.to_owned())).to_hash();
    html! { <a class="source-link" {href} title="Show claims from this article">{ label }</a> }
}

/// Several actors' links, separated by spaces.
pub fn actor_links(catalog: &Catalog, ids: &[String]) -> Html {
    ids.iter().map(|id| html! { <>{ actor_link(catalog, id) }{ " " }</> }).collect()
}

/// Several places' links, separated by spaces.
pub fn place_links(catalog: &Catalog, ids: &[String]) -> Html {
    ids.iter().map(|id| html! { <>{ place_link(catalog, id) }{ " " }</> }).collect()
}

/// The address of a record's page.
pub fn record_href(id: &str) -> String {
    UrlState::new(Route::Record(id.to_owned())).to_hash()
}

/// A side, as the dataset names it.
pub fn side_badge(catalog: &Catalog, side: Side) -> Html {
    html! { <span class={classes!("badge", "side", format!("side-{}", side.as_str()))}>{ catalog.names.side(side) }</span> }
}

/// A date as the source gives it, with the raw phrase on hover.
pub fn date_text(d: &DateRef) -> Html {
    let shown = crate::format::date_ref(d);
    let title = match (&d.raw, &d.note) {
        (Some(raw), _) => format!("“{raw}” — {}", d.rule.label()),
        (None, Some(note)) => note.clone(),
        (None, None) => d.rule.label().to_owned(),
    };
    html! { <time datetime={d.sort_key().map(|d| d.to_string()).unwrap_or_default()} {title}>{ shown }</time> }
}
