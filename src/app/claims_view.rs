//! `#/claims`: the filters beside the list, "N of M claims shown", paged.

use yew::prelude::*;

use super::claim_card::ClaimCard;
use super::filters::FilterPanel;
use super::query_hook::use_query;
use super::ViewProps;
use crate::state::Action;

/// Claims per page. Pages keep the DOM small however large the dataset.
pub const PAGE_SIZE: usize = 25;

#[function_component(ClaimsView)]
pub fn claims_view(p: &ViewProps) -> Html {
    let result = use_query(&p.data, &p.url.filters);
    let shown = result.matches.len();
    let pages = shown.div_ceil(PAGE_SIZE).max(1);
    let page = p.url.page.min(pages);
    let first = (page - 1) * PAGE_SIZE;
    let slice = &result.matches[first.min(shown)..(first + PAGE_SIZE).min(shown)];
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
    html! {
        <main data-route="claims" class="claims-view">
            <h1>{ "Claims" }</h1>
            <p class="lede">{ "What each side and others asserted, as the five articles report it. Every claim is attributed and carries the article's own words." }</p>
            <div class="with-sidebar">
                <FilterPanel data={p.data.clone()} filters={p.url.filters.clone()} result={result.clone()} on_action={p.on_action.clone()} />
                <section aria-labelledby="result-count" class="results" data-results="" tabindex="-1">
                    <p id="result-count" role="status" aria-live="polite">
                        { format!("{shown} of {} claims shown", result.total) }
                        if shown > PAGE_SIZE { { format!(" (showing {}–{})", first + 1, first + slice.len()) } }
                    </p>
                    if shown == 0 {
                        <p class="empty-state">{ "No claim matches these filters. Clear a filter or try other words." }</p>
                    }
                    <ol class="claim-list" start={(first + 1).to_string()}>
                        { for slice.iter().map(|&i| html! {
                            <li class="claim-row" key={i} data-record-id={claims[i].id.clone()} data-result="">
                                <ClaimCard data={p.data.clone()} index={i} />
                            </li>
                        }) }
                    </ol>
                    { pager }
                </section>
            </div>
        </main>
    }
}
