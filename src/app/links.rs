//! Small pieces used everywhere: links that apply a filter, badges, dates.

use yew::prelude::*;

use super::context::use_app;
use crate::model::{DateRef, Side};
use crate::query::Facet;
use crate::url_state::{Route, UrlState};

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub id: AttrValue,
}

/// An actor's name; following it filters the claims by that claimant.
#[function_component(ActorLink)]
pub fn actor_link(p: &IdProps) -> Html {
    let app = use_app();
    let name = app.catalog.actor_name(&p.id).to_owned();
    let href = app.url().claims_with(Facet::Claimant, &p.id).to_hash();
    let title = app.catalog.actor(&p.id).map(|a| format!("{} — show claims by {}", a.role, a.name));
    html! { <a class="actor-link" {href} {title}>{ name }</a> }
}

/// A place's name; following it filters the claims by that place.
#[function_component(PlaceLink)]
pub fn place_link(p: &IdProps) -> Html {
    let app = use_app();
    let name = app.catalog.place_name(&p.id).to_owned();
    let href = app.url().claims_with(Facet::Place, &p.id).to_hash();
    let title = format!("Show claims about {name}");
    html! { <a class="place-link" {href} {title}>{ name }</a> }
}

/// A source's outlet and date; following it filters the claims by that article.
#[function_component(SourceLink)]
pub fn source_link(p: &IdProps) -> Html {
    let app = use_app();
    let label = app.catalog.source(&p.id).map_or_else(|| p.id.to_string(), |s| s.short_label());
    let href = app.url().claims_with(Facet::Source, &p.id).to_hash();
    html! { <a class="source-link" {href} title="Show claims from this article">{ label }</a> }
}

/// "Details" link to a record's page.
pub fn record_href(id: &str) -> String {
    UrlState::new(Route::Record(id.to_owned())).to_hash()
}

#[derive(Properties, PartialEq)]
pub struct SideProps {
    pub side: Side,
}

#[function_component(SideBadge)]
pub fn side_badge(p: &SideProps) -> Html {
    html! { <span class={classes!("badge", "side", format!("side-{}", p.side.as_str()))}>{ p.side.label() }</span> }
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
