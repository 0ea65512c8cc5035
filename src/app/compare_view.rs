//! `#/compare`: the Armenian side and Azerbaijan side by side, claim and
//! counter-claim on one row, mediators and others apart; and the chart of
//! what each side claimed its casualties were.

use std::rc::Rc;

use yew::prelude::*;

use super::casualty_chart::CasualtyChart;
use super::claim_card::ClaimCard;
use super::claims_view::use_query;
use super::context::use_app;
use crate::align::align;
use crate::chart::casualty_points;
use crate::format::day;
use crate::model::Category;
use crate::query::Facet;
use crate::url_state::Route;

#[function_component(CompareView)]
pub fn compare_view() -> Html {
    let app = use_app();
    let result = use_query();
    let claims = &app.catalog.dataset.claims;
    // History and context are not claims one side answers: they are listed
    // in the claims view, not aligned here.
    let (background, aligned): (Vec<usize>, Vec<usize>) =
        result.matches.iter().partition(|&&i| claims[i].category == Category::Background);
    let rows = align(claims, &aligned);
    let points = Rc::new(casualty_points(result.matches.iter().map(|&i| &claims[i])));
    let filtered = !app.url().filters.is_empty();
    let cell =
        |items: &[usize]| items.iter().map(|&i| html! { <ClaimCard index={i} compact=true /> }).collect::<Html>();
    html! {
        <main data-route="compare" class="compare-view">
            <h1>{ "Side by side" }</h1>
            <p class="lede">
                { "Claims by Armenia and the Nagorno-Karabakh authorities beside Azerbaijan's, by the day they are about. A claim and the counter-claim answering it share a row. What mediators, third parties and the press said stands apart." }
            </p>
            if filtered {
                <p class="notice">
                    { format!("Showing the {} of {} claims that match your filters. ", result.matches.len(), result.total) }
                    <a href={app.url().at(Route::Claims).to_hash()}>{ "Change the filters" }</a>
                </p>
            }
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ "Casualties each side claimed" }</h2>
                <CasualtyChart {points} />
            </section>
            <section aria-labelledby="rows-heading">
                <h2 id="rows-heading">{ "Claims and counter-claims" }</h2>
                if !background.is_empty() {
                    <p class="notice">
                        { format!("{} background statements (history and context, mostly in the outlets' own voice) are not aligned here. ", background.len()) }
                        <a href={app.url().claims_with(Facet::Category, Category::Background.as_str()).to_hash()}>{ "Read them in the claims view" }</a>
                    </p>
                }
                <div class="compare-grid" role="table" aria-label="Claims side by side">
                    <div class="compare-row compare-head" role="row">
                        <span role="columnheader">{ "Date" }</span>
                        <span role="columnheader">{ "Armenian side" }</span>
                        <span role="columnheader">{ "Azerbaijan" }</span>
                        <span role="columnheader">{ "Mediators, third parties, press" }</span>
                    </div>
                    { for rows.iter().map(|r| html! {
                        <div class={classes!("compare-row", r.counter.is_some().then_some("paired"))} role="row"
                             data-date={r.date.to_string()}>
                            <span role="rowheader" class="row-date">
                                { day(r.date) }
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
