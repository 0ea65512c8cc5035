//! `#/compare`: the contested figures first, the casualty chart, then the
//! two camps facing each other (named as the dataset names them), a claim and its
//! counter-claim on one row, each claim one line that opens in place.
//! Statements by the others (mediators, third parties and the press in the
//! bundled data) collapse to one line per day.

use std::rc::Rc;

use yew::prelude::*;

use super::casualty_chart::CasualtyChart;
use super::chip_bar::view_chips;
use super::claim_line::ClaimLine;
use super::contested_table::ContestedTable;
use super::filters::FilterPanel;
use super::query_hook::use_query;
use super::results_bar::ResultsBar;
use super::ViewProps;
use crate::align::CompareRow;
use crate::compare::compare;
use crate::format::day_label;
use crate::model::{Camp, Category};
use crate::query::FacetKey;
use crate::state::Action;
use crate::url_state::Route;

#[function_component(CompareView)]
pub fn compare_view(p: &ViewProps) -> Html {
    let result = use_query(&p.data, &p.url.filters);
    let contested_only = p.url.compare.contested;
    let cmp = {
        let data = p.data.clone();
        use_memo((result.clone(), contested_only), move |(r, only)| {
            compare(&data.catalog, &data.facts, &r.matches, *only)
        })
    };
    let points = Rc::new(cmp.points.clone());
    let figures = Rc::new(cmp.figures.clone());
    let names = {
        let data = p.data.clone();
        use_callback(data, |id: String, data| data.catalog.actor_name(&id).to_owned())
    };
    let on_toggle = p.on_action.reform(Action::ToggleOpen);
    let on_contested = p.on_action.reform(move |_: Event| Action::SetContested(!contested_only));
    let all_others = p.url.compare.others_all;
    let on_all_others = p.on_action.reform(move |_: MouseEvent| Action::SetOthersAll(!all_others));
    let active = p.url.filters.active_count();
    let background_href = p.url.narrowed(Route::Claims, FacetKey::Category(Category::Background)).to_hash();
    let camps = &p.data.catalog.names;
    let (first, second, others) = (camps.camp(Camp::Armenian), camps.camp(Camp::Azerbaijani), camps.camp(Camp::Others));
    let row = |r: &CompareRow| {
        let line = |&i: &usize| {
            let open = p.url.compare.open.contains(&p.data.catalog.dataset.claims[i].id);
            html! { <ClaimLine data={p.data.clone()} index={i} {open} on_toggle={on_toggle.clone()} /> }
        };
        let others_open = all_others || p.url.compare.others_open.contains(&r.date);
        let date = r.date;
        let on_others = p.on_action.reform(move |_: MouseEvent| Action::ToggleOthers(date));
        let others_id = format!("others-{date}");
        let n = r.others.len();
        html! {
            <div class={classes!("compare-row", r.counter.is_some().then_some("paired"))} role="row" data-date={r.date.to_string()} data-result="">
                <span role="rowheader" class="row-date">
                    { day_label(r.date) }
                    if let (Some(rel), Some(by)) = (r.counter, r.counter_by) {
                        <span class="badge counter">{ format!("{} {}", camps.camp(by), rel.label()) }</span>
                    }
                </span>
                <div role="cell" class="col-armenian" aria-label={first.to_owned()}>{ for r.armenian.iter().map(line) }</div>
                <div role="cell" class="col-azerbaijani" aria-label={second.to_owned()}>{ for r.azerbaijani.iter().map(line) }</div>
                if n > 0 {
                    <div role="cell" class="others-line">
                        <button type="button" class="link-button" aria-expanded={others_open.to_string()} aria-controls={others_id.clone()} onclick={on_others}>
                            { format!("{others}: {n} statement{}", if n == 1 { "" } else { "s" }) }
                        </button>
                        <div id={others_id} hidden={!others_open}>
                            { for r.others.iter().map(line) }
                        </div>
                    </div>
                }
            </div>
        }
    };
    html! {
        <main data-route="compare" class="compare-view">
            <h1>{ "Side by side" }</h1>
            <p class="lede">{ format!("{first} and {second} face each other: figures first, then claims by day.") }</p>
            <details class="compare-filters" open={active > 0}>
                <summary>{ if active > 0 { format!("Filters ({active})") } else { "Filters".to_owned() } }</summary>
                <FilterPanel data={p.data.clone()} filters={p.url.filters.clone()} result={result.clone()} on_action={p.on_action.clone()} />
            </details>
            <ResultsBar data={p.data.clone()} url={p.url.clone()} count={crate::format::shown_of(result.matches.len(), result.total, "claims")}
                        count_id="result-count" {active} on_clear={Some(p.on_action.reform(|_: MouseEvent| Action::ClearFilters))} />
            { view_chips(p, result.matches.len(), "claims", |s| p.data.claims.run(&s.filters).matches.len()) }
            <section aria-labelledby="figures-heading">
                <h2 id="figures-heading">{ "Contested figures" }</h2>
                <ContestedTable data={p.data.clone()} rows={figures} />
            </section>
            <section aria-labelledby="chart-heading">
                <h2 id="chart-heading">{ "Casualties each side claimed" }</h2>
                <CasualtyChart {points} frame={p.data.chart_frame} {names} sides={camps.clone()} />
            </section>
            <section aria-labelledby="rows-heading">
                <h2 id="rows-heading">{ "Claims and counter-claims" }</h2>
                <div class="compare-tools">
                    <label><input type="checkbox" id="only-contested" checked={contested_only} onchange={on_contested} />{ " Only contested: rows where the two sides answer each other" }</label>
                    <button type="button" id="all-others" aria-pressed={all_others.to_string()} onclick={on_all_others}>
                        { if all_others { "Collapse statements by others" } else { "Show all statements by others" } }
                    </button>
                    if !cmp.background.is_empty() {
                        <span class="background-note">
                            { format!("{} background statements (history, context) are not aligned: ", cmp.background.len()) }
                            <a href={background_href}>{ "read them in the claims view" }</a>
                        </span>
                    }
                </div>

                <div class="compare-grid" role="table" aria-label="Claims side by side" data-results="" tabindex="-1">
                    <div class="compare-row compare-head" role="row">
                        <span role="columnheader">{ "Date" }</span>
                        <span role="columnheader">{ first }</span>
                        <span role="columnheader">{ second }</span>
                    </div>
                    { for cmp.rows.iter().map(row) }
                    if cmp.rows.is_empty() {
                        <p class="empty-state">{ "No claims match. Clear a filter, or untick “Only contested”." }</p>
                    }
                </div>
            </section>
        </main>
    }
}
