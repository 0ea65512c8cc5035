//! `#/map`: where the claims are. The South Caucasus drawn from Natural
//! Earth's outlines, and again closer where the places crowd; a mark per
//! place sized by its claims under the current filters; choosing one applies
//! it as the place filter and lists its claims below. Places outside the
//! frame are listed beside it, and a table gives the same in text.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use super::chip_bar::view_chips;

use super::claim_card::ClaimCard;
use super::keyboard::focus_within;
use super::query_hook::use_query;
use super::results_bar::ResultsBar;
use super::ViewProps;
use crate::keys::{mark_key, MarkKey};
use crate::map::{bundled_outlines, detail_frame, MapGeometry, MapSize, MarkInput, Outlines, PlacedMark, TextAnchor};
use crate::model::PlaceKind;
use crate::query::{Facet, FacetKey};
use crate::state::Action;
use crate::tenths::{tenths, Tenths as T};
use crate::url_state::Route;

/// Claims listed under the map; the rest are a link away.
const LISTED: usize = 10;

/// SVG path data of a country's rings (closed, drawn with the even-odd rule).
fn rings_path(rings: &[Vec<(f64, f64)>]) -> String {
    let mut d = String::new();
    for ring in rings {
        for (i, (x, y)) in ring.iter().enumerate() {
            d.push_str(if i == 0 { "M" } else { "L" });
            d.push_str(&format!("{} {} ", T(*x), T(*y)));
        }
        d.push('Z');
    }
    d
}

fn anchor(a: TextAnchor) -> &'static str {
    match a {
        TextAnchor::Start => "start",
        TextAnchor::Middle => "middle",
        TextAnchor::End => "end",
    }
}

fn claims_word(n: usize) -> String {
    format!("{n} claim{}", if n == 1 { "" } else { "s" })
}

#[derive(Properties, PartialEq)]
struct MapSvgProps {
    geometry: Rc<MapGeometry>,
    /// `"overview"` or `"detail"`, for styling.
    class: AttrValue,
    /// The places chosen as the place filter.
    selected: BTreeSet<String>,
    on_toggle: Callback<String>,
    label: AttrValue,
}

/// One map: outlines, then the marks; each mark a button that toggles its
/// place, reached by Tab once and then by the arrow keys.
#[function_component(MapSvg)]
fn map_svg(p: &MapSvgProps) -> Html {
    let g = &p.geometry;
    let focused = use_state(|| 0usize);
    // Arrow keys visit the marks west to east.
    let order: Vec<usize> = {
        let mut o: Vec<usize> = (0..g.marks.len()).collect();
        o.sort_by(|&a, &b| g.marks[a].x.total_cmp(&g.marks[b].x));
        o
    };
    let current = (*focused).min(order.len().saturating_sub(1));
    let onkeydown = {
        let focused = focused.clone();
        let ids: Vec<String> = order.iter().map(|&i| g.marks[i].id.clone()).collect();
        let on_toggle = p.on_toggle.clone();
        Callback::from(move |e: KeyboardEvent| {
            match mark_key(&e.key(), current, ids.len()) {
                Some(MarkKey::Choose) => on_toggle.emit(ids[current].clone()),
                Some(MarkKey::Focus(k)) => {
                    focused.set(k);
                    focus_within(&e, &format!("[data-order=\"{k}\"]"));
                }
                None => return,
            }
            e.prevent_default();
        })
    };
    let (w, h) = (g.projection.width(), g.projection.height());
    let mark = |(k, &i): (usize, &usize)| {
        let m: &PlacedMark = &g.marks[i];
        let chosen = p.selected.contains(&m.id);
        let name = format!("{}: {}", m.name, claims_word(m.count));
        let id = m.id.clone();
        let onclick = p.on_toggle.reform(move |_: MouseEvent| id.clone());
        html! {
            <g class={classes!("place-mark", m.is_region.then_some("region"), chosen.then_some("chosen"), (m.count == 0).then_some("none"))}
               data-place={m.id.clone()} data-order={k.to_string()} role="button" aria-pressed={chosen.to_string()}
               tabindex={if k == current { "0" } else { "-1" }} aria-label={name.clone()} {onclick}>
                if m.r > 0.0 { <circle cx={tenths(m.x)} cy={tenths(m.y)} r={tenths(m.r)} /> }
                if let Some(l) = &m.label {
                    <text x={tenths(l.text_x())} y={tenths(l.text_y())} text-anchor={anchor(l.anchor())}>{ &m.name }</text>
                }
                <title>{ name }</title>
            </g>
        }
    };
    html! {
        <svg class={classes!("map-svg", p.class.to_string())} viewBox={format!("0 0 {} {}", T(w), T(h))} role="group" aria-label={p.label.clone()} {onkeydown}>
            <g class="countries" aria-hidden="true">
                { for g.countries.iter().map(|c| html! {
                    <path class="country" d={rings_path(&c.rings)} fill-rule="evenodd" data-country={c.id.clone()} />
                }) }
                { for g.countries.iter().filter_map(|c| {
                    let (x, y) = c.label_point()?;
                    // A country's name gives way to a place named there.
                    let free = g.marks.iter().all(|m| (m.x - x).hypot(m.y - y) > 60.0);
                    (free && x > 20.0 && x < w - 20.0 && y > 10.0 && y < h - 10.0)
                        .then(|| html! { <text class="country-name" x={tenths(x)} y={tenths(y)} text-anchor="middle">{ &c.name }</text> })
                }) }
            </g>
            { for order.iter().enumerate().map(mark) }
        </svg>
    }
}

#[function_component(MapView)]
pub fn map_view(p: &ViewProps) -> Html {
    let result = use_query(&p.data, &p.url.filters);
    let outlines: Rc<Outlines> = use_memo((), |_| bundled_outlines());
    let catalog = &p.data.catalog;
    let inputs: Vec<MarkInput> = {
        let counts = result.facet(Facet::Place);
        catalog
            .dataset
            .places
            .iter()
            .filter_map(|pl| {
                let c = pl.coordinates.as_ref()?;
                let count = counts.iter().find(|v| v.key == FacetKey::Place(pl.id.clone())).map_or(0, |v| v.count);
                let is_region = matches!(pl.kind, PlaceKind::Region | PlaceKind::Country);
                Some(MarkInput { id: pl.id.clone(), name: pl.name.clone(), lon: c.lon, lat: c.lat, count, is_region })
            })
            .collect()
    };
    let maps = use_memo(inputs.clone(), {
        let outlines = Rc::clone(&outlines);
        move |inputs| {
            let overview = Rc::new(MapGeometry::new(&outlines, inputs, &MapSize::new(800.0)));
            let detail = detail_frame(inputs, outlines.frame, 0.3).map(|frame| {
                let zoomed = Outlines { frame, ..(*outlines).clone() };
                // Drawn narrower, so that at its shown size its labels stay as large as the overview's.
                Rc::new(MapGeometry::new(&zoomed, inputs, &MapSize::new(440.0)))
            });
            (overview, detail)
        }
    });
    let (overview, detail) = (maps.0.clone(), maps.1.clone());
    let selected = p.url.filters.places.clone();
    let on_toggle = p.on_action.reform(|id: String| Action::ToggleFacet(FacetKey::Place(id)));
    let listed = &result.matches[..result.matches.len().min(LISTED)];
    let toggle_button = |id: &str, name: &str, count: usize| {
        let chosen = selected.contains(id);
        let key = id.to_owned();
        let onclick = p.on_action.reform(move |_: MouseEvent| Action::ToggleFacet(FacetKey::Place(key.clone())));
        html! {
            <button type="button" class="link-button" aria-pressed={chosen.to_string()} {onclick}>
                { format!("{name}: {}", claims_word(count)) }
            </button>
        }
    };
    html! {
        <main data-route="map" class="map-view">
            <h1>{ "Map" }</h1>
            <p class="lede">{ "Where the claims are. Each place is marked by how many claims name it under the current filters; choose one to see its claims." }</p>
            <ResultsBar data={p.data.clone()} url={p.url.clone()} count={crate::format::shown_of(result.matches.len(), result.total, "claims")}
                        count_id="result-count" active={p.url.filters.active_count()} on_clear={Some(p.on_action.reform(|_: MouseEvent| Action::ClearFilters))} />
            <div class="map-layout">
                <figure class="map-figure">
                    <MapSvg class="overview" geometry={overview.clone()} selected={selected.clone()} on_toggle={on_toggle.clone()} label="Map of the South Caucasus with the places the claims name; arrow keys move between places, Enter chooses one" />
                    if let Some(detail) = detail.clone() {
                        <MapSvg class="detail" geometry={detail} selected={selected.clone()} on_toggle={on_toggle.clone()} label="Closer: the places around Nagorno-Karabakh" />
                    }
                    <figcaption class="map-caption">
                        { "Outlines: Natural Earth (public domain), the de facto lines as Natural Earth draws them. The explorer takes no position on any boundary. Place coordinates are public geographic facts, not taken from the articles; regions are named, not drawn as points." }
                    </figcaption>
                </figure>
                <section class="map-side" aria-labelledby="map-results">
                    { view_chips(p, result.matches.len(), "claims", |s| p.data.claims.run(&s.filters).matches.len()) }
                    <h2 id="map-results">
                        if selected.is_empty() { { format!("All {} claims under these filters", result.matches.len()) } }
                        else { { format!("{} for the chosen places", claims_word(result.matches.len())) } }
                    </h2>
                    if !overview.far_away.is_empty() {
                        <div class="far-away">
                            <h3>{ "Far away" }</h3>
                            <ul>
                                { for overview.far_away.iter().map(|m| html! { <li>{ toggle_button(&m.id, &m.name, m.count) }</li> }) }
                            </ul>
                        </div>
                    }
                    <ol class="claim-list" data-results="" tabindex="-1">
                        { for listed.iter().map(|&i| html! {
                            <li class="claim-row" key={i} data-record-id={catalog.dataset.claims[i].id.clone()} data-result="">
                                <ClaimCard data={p.data.clone()} index={i} compact=true />
                            </li>
                        }) }
                    </ol>
                    if result.matches.len() > LISTED {
                        <p><a href={p.url.at(Route::Claims).to_hash()}>{ format!("All {} in the claims view", result.matches.len()) }</a></p>
                    }
                </section>
            </div>
            <details class="map-table">
                <summary>{ "The places as a table" }</summary>
                <table>
                    <caption>{ "Every place with coordinates, and its claims under the current filters." }</caption>
                    <thead><tr><th scope="col">{ "Place" }</th><th scope="col">{ "Kind" }</th><th scope="col">{ "Claims" }</th></tr></thead>
                    <tbody>
                        { for inputs.iter().map(|m| {
                            let kind = catalog.place(&m.id).map_or("", |pl| pl.kind.label());
                            html! { <tr><th scope="row">{ toggle_button(&m.id, &m.name, m.count) }</th><td>{ kind }</td><td>{ m.count }</td></tr> }
                        }) }
                    </tbody>
                </table>
            </details>
        </main>
    }
}
