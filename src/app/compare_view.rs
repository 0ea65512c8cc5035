//! `#/compare`: the Armenian side and Azerbaijan side by side, claim and
//! counter-claim on one row, mediators and others apart; and the chart of
//! what each side claimed its casualties were.

use std::rc::Rc;

use yew::prelude::*;

use super::casualty_chart::CasualtyChart;
use super::claim_card::ClaimCard;
use super::query_hook::use_query;
use super::ViewProps;
use crate::compare::compare;
use crate::format::day_label;
use crate::model::Category;
use crate::query::FacetKey;
use crate::url_state::Route;

#[function_component(CompareView)]
pub fn compare_view(p: &ViewProps) -> Html {
    let result = use_query(&p.data, &p.url.filters);
    let cmp = {
        let data = p.data.clone();
        use_memo(result.clone(), move |r| compare(&data.catalog.dataset.claims, &data.facts, &r.matches))
    };
    let points = Rc::new(cmp.points.clone());
    let names = {
        let data = p.data.clone();
        use_callback(data, |id: String, data| data.catalog.actor_name(&id).to_owned())
    };
    let filtered = !p.url.filters.is_empty();
    let cell = |items: &[usize]| {
        items.iter().map(|&i| html! { <ClaimCard data={p.data.clone()} index={i} compact=true /> }).collect::<Html>()
    };
    let background_href = p.url.narrowed(Route::Claims, FacetKey::Category(Category::Background)).to_hash();
    html! {
        <main data-route="compare" class="compare-view">
            <h1>{ "Side by side" }</h1>
            <p class="lede">
                { "Claims by Armenia and the Nagorno-Karabakh authorities beside Azerbaijan's, by the day they are about. A claim and the counter-claim answering it share a row. What mediators, third parties and the press said stands apart." }
            </p>
            if filtered {
                <p class="notice">
                    { format!("Showing the {} of {} claims that match your filters. ", result.matches.len(), result.total) }
                    <a href={p.url.at(Route::Claims).to_hash()}>{ "Change the filters" }</a>
                </p>
            }
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ "Casualties each side claimed" }</h2>
                <CasualtyChart {points} frame={p.data.chart_frame} {names} />
            </section>
            <section aria-labelledby="rows-heading">
                <h2 id="rows-heading">{ "Claims and counter-claims" }</h2>
                if !cmp.background.is_empty() {
                    <p class="notice">
                        { format!("{} background statements (history and context, mostly in the outlets' own voice) are not aligned here. ", cmp.background.len()) }
                        <a href={background_href}>{ "Read them in the claims view" }</a>
                    </p>
                }
                <div class="compare-grid" role="table" aria-label="Claims side by side">
                    <div class="compare-row compare-head" role="row">
                        <span role="columnheader">{ "Date" }</span>
                        <span role="columnheader">{ "Armenian side" }</span>
                        <span role="columnheader">{ "Azerbaijan" }</span>
                        <span role="columnheader">{ "Mediators, third parties, press" }</span>
                    </div>
                    { for cmp.rows.iter().map(|r| html! {
                        <div class={classes!("compare-row", r.counter.is_some().then_some("paired"))} role="row"
                             data-date={r.date.to_string()}>
                            <span role="rowheader" class="row-date">
                                { day_label(r.date) }
                                if let Some(rel) = r.counter { <span class="badge counter">{ format!("counter-claim: {}", rel.label()) }</span> }
                            </span>
                            <div role="cell" class="col-armenian" aria-label="Armenian side">{ cell(&r.armenian) }</div>
                            <div role="cell" class="col-azerbaijani" aria-label="Azerbaijan">{ cell(&r.azerbaijani) }</div>
                            <div role="cell" class="col-others" aria-label="Mediators, third parties, press">{ cell(&r.others) }</div>
                        </div>
                    }) }
                </div>
            </section>
        </main>
    }
}
