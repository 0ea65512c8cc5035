//! `#/claims`: the filters beside the list, "N of M claims shown", paged.

use yew::prelude::*;

use web_sys::HtmlSelectElement;

use super::chip_bar::view_chips;
use super::claim_card::ClaimCard;
use super::datasets::download;
use super::filters::FilterPanel;
use super::marked::SearchHint;
use super::query_hook::use_query;
use super::results_bar::{use_drawer, FilterDrawer, ResultsBar};
use super::time_axis_view::ClaimsHistogramView;
use super::ViewProps;
use crate::query::SortOrder;
use crate::state::Action;

/// The formats the claims list downloads in.
#[derive(Clone, Copy)]
enum Format {
    Csv,
    Json,
}

/// Claims per page. Pages keep the DOM small however large the dataset.
pub const PAGE_SIZE: usize = 25;

#[function_component(ClaimsView)]
pub fn claims_view(p: &ViewProps) -> Html {
    let result = use_query(&p.data, &p.url.filters);
    // The histogram shows every day the other filters allow, so that a
    // chosen range can be widened again.
    // Without a date range that is the list's own result, so typing runs
    // one query per keystroke, not two.
    let context_matches = {
        let data = p.data.clone();
        let undated = crate::query::Filters { from: None, to: None, ..p.url.filters.clone() };
        let dated = undated != p.url.filters;
        use_memo((result.clone(), undated, dated), move |(result, undated, dated)| {
            if *dated {
                data.claims.run(undated).matches
            } else {
                result.matches.clone()
            }
        })
    };
    let on_range = p.on_action.reform(|(from, to)| Action::SetClaimDates(Some(from), Some(to)));
    let sorted = {
        let data = p.data.clone();
        use_memo((result.clone(), p.url.sort), move |(result, sort)| data.order.sorted(&result.matches, *sort))
    };
    let shown = sorted.len();
    let pages = shown.div_ceil(PAGE_SIZE).max(1);
    let page = p.url.page.min(pages);
    let first = (page - 1) * PAGE_SIZE;
    let slice = &sorted[first.min(shown)..(first + PAGE_SIZE).min(shown)];
    let chip_bar = view_chips(p, shown, "claims", |s| p.data.claims.run(&s.filters).matches.len());
    let on_sort = p.on_action.reform(|e: Event| {
        Action::SetSort(SortOrder::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default())
    });
    let sort_option = |order: SortOrder| {
        html! { <option value={order.as_str()} selected={p.url.sort == order}>{ order.label() }</option> }
    };
    let go = |n: usize| p.on_action.reform(move |_: MouseEvent| Action::SetPage(n));
    let pager = (pages > 1).then(|| {
        html! {
            <nav class="pager" aria-label="Pages of claims">
                <button type="button" onclick={go(page - 1)} disabled={page == 1}>{ "← Previous" }</button>
                <span>{ format!("Page {page} of {pages}") }</span>
                <button type="button" onclick={go(page + 1)} disabled={page == pages}>{ "Next →" }</button>
            </nav>
        }
    });
    let claims = &p.data.catalog.dataset.claims;
    let words: Vec<String> = result.words().to_vec();
    let export = |format: Format| {
        let (data, result) = (p.data.clone(), result.clone());
        Callback::from(move |_: MouseEvent| {
            let catalog = &data.catalog;
            let rows: Vec<&crate::model::Claim> = result.matches.iter().map(|&i| &catalog.dataset.claims[i]).collect();
            match format {
                Format::Csv => download("claims.csv", "text/csv;charset=utf-8", &crate::export::csv(&rows, catalog)),
                Format::Json => download("claims.json", "application/json", &crate::export::json(catalog, &rows, &[])),
            }
        })
    };
    let (drawer_open, toggle_drawer) = use_drawer();
    let active = p.url.filters.active_count();
    let on_clear = p.on_action.reform(|_: MouseEvent| Action::ClearFilters);
    let mut count = crate::format::shown_of(shown, result.total, "claims");
    if shown > PAGE_SIZE {
        let (from, to) = (crate::format::count(first + 1), crate::format::count(first + slice.len()));
        count.push_str(&format!(" (showing {from}–{to})"));
    }
    html! {
        <main data-route="claims" class="claims-view">
            <h1>{ "Claims" }</h1>
            <p class="lede">{ "What each side and others asserted, as the five articles report it. Every claim is attributed and carries the article's own words." }</p>
            <div class="with-sidebar">
                <FilterDrawer open={drawer_open} {active} on_close={toggle_drawer.clone()} show={format!("Show {shown} claims")}>
                    <FilterPanel data={p.data.clone()} filters={p.url.filters.clone()} result={result.clone()} on_action={p.on_action.clone()} />
                </FilterDrawer>
                <section aria-labelledby="result-count" class="results" data-results="" tabindex="-1">
                    <ResultsBar data={p.data.clone()} url={p.url.clone()} {count} count_id="result-count" {active} on_clear={Some(on_clear)} drawer={Some((drawer_open, toggle_drawer))} />
                    { chip_bar }
                    if shown == 0 && p.url.filters.is_empty() {
                        <p class="empty-state">{ "This dataset has no claims." }</p>
                    }
                    if shown == 0 && !p.url.filters.text.is_empty() {
                        <SearchHint data={p.data.clone()} here={crate::search::Kind::Claims} query={p.url.filters.text.clone()} />
                    }
                    <ClaimsHistogramView data={p.data.clone()} shown={context_matches} field={p.url.filters.date_field} {on_range} />
                    <div class="list-head">
                        <label class="sort-control">{ "Order by " }
                            <select id="sort-order" onchange={on_sort}>
                                { for SortOrder::ALL.into_iter().map(sort_option) }
                            </select>
                        </label>
                        <div class="export-controls">
                            <button type="button" id="export-csv" onclick={export(Format::Csv)}>{ "Download these claims as CSV" }</button>
                            <button type="button" id="export-json" onclick={export(Format::Json)}>{ "…as JSON" }</button>
                        </div>
                    </div>
                    <ol class="claim-list" start={(first + 1).to_string()}>
                        { for slice.iter().map(|&i| html! {
                            <li class="claim-row" key={i} data-record-id={claims[i].id.clone()} data-result="">
                                <ClaimCard data={p.data.clone()} index={i} words={words.clone()} />
                            </li>
                        }) }
                    </ol>
                    { pager }
                </section>
            </div>
        </main>
    }
}
