//! `#/claims`: the filters beside the list, "N of M claims shown", paged.

use std::rc::Rc;

use yew::prelude::*;

use super::claim_card::ClaimCard;
use super::context::use_app;
use super::filters::FilterPanel;
use crate::query::{Filters, QueryResult};
use crate::state::Action;

/// Claims per page. Pages keep the DOM small however large the dataset.
pub const PAGE_SIZE: usize = 25;

/// Runs the claims query for the current filters, once per change of them.
#[hook]
pub fn use_query() -> Rc<QueryResult> {
    let app = use_app();
    let catalog = app.catalog.clone();
    let filters: Filters = app.url().filters.clone();
    let result = use_memo(filters, move |f| catalog.claim_index.run(f));
    // `use_memo` hands out an `Rc<QueryResult>` already.
    result
}

#[function_component(ClaimsView)]
pub fn claims_view() -> Html {
    let app = use_app();
    let result = use_query();
    let shown = result.matches.len();
    let pages = shown.div_ceil(PAGE_SIZE).max(1);
    let page = app.url().page.min(pages);
    let first = (page - 1) * PAGE_SIZE;
    let slice = &result.matches[first.min(shown)..(first + PAGE_SIZE).min(shown)];
    let go = |p: usize| app.callback(move |_: MouseEvent| Action::SetPage(p));
    let pager = (pages > 1).then(|| {
        html! {
            <nav class="pager" aria-label="Pages of claims">
                <button type="button" onclick={go(page - 1)} disabled={page == 1}>{ "← Previous" }</button>
                <span>{ format!("Page {page} of {pages}") }</span>
                <button type="button" onclick={go(page + 1)} disabled={page == pages}>{ "Next →" }</button>
            </nav>
        }
    });
    html! {
        <main data-route="claims" class="claims-view">
            <h1>{ "Claims" }</h1>
            <p class="lede">{ "What each side and others asserted, as the five articles report it. Every claim is attributed and carries the article's own words." }</p>
            <div class="with-sidebar">
                <FilterPanel result={result.clone()} />
                <section aria-labelledby="result-count" class="results">
                    <p id="result-count" role="status" aria-live="polite">
                        { format!("{shown} of {} claims shown", result.total) }
                        if shown > PAGE_SIZE { { format!(" (showing {}–{})", first + 1, first + slice.len()) } }
                    </p>
                    if shown == 0 {
                        <p class="empty-state">{ "No claim matches these filters. Clear a filter or try other words." }</p>
                    }
                    <ol class="claim-list" start={(first + 1).to_string()}>
                        { for slice.iter().map(|&i| html! { <li class="claim-row" key={i} data-record-id={app.catalog.dataset.claims[i].id.clone()}><ClaimCard index={i} /></li> }) }
                    </ol>
                    { pager }
                </section>
            </div>
        </main>
    }
}
