//! The claims filters: free text, dates, and a checkbox list per facet with
//! live counts.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::shared::Shared;
use crate::explorer::Explorer;
use crate::query::{DateField, Facet, FacetKey, FacetValue, Filters, QueryResult};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub data: Shared<Explorer>,
    pub filters: Filters,
    pub result: Rc<QueryResult>,
    pub on_action: Callback<Action>,
}

/// How many values a facet shows before "show all".
const SHORT_LIST: usize = 8;

#[function_component(FilterPanel)]
pub fn filter_panel(p: &FilterPanelProps) -> Html {
    let f = &p.filters;
    let on_text =
        p.on_action.reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value()));
    let on_field = p.on_action.reform(|e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetDateField(DateField::parse(&v).unwrap_or_default())
    });
    let date = |e: Event| crate::day::parse_iso(&e.target_unchecked_into::<HtmlInputElement>().value());
    let on_from = p.on_action.reform(move |e: Event| Action::SetFrom(date(e)));
    let on_to = p.on_action.reform(move |e: Event| Action::SetTo(date(e)));
    let on_clear = p.on_action.reform(|_: MouseEvent| Action::ClearFilters);
    let on_toggle = p.on_action.reform(Action::ToggleFacet);
    let fmt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
    let (min, max) = p.data.claim_dates.map_or((None, None), |(a, b)| (Some(a.to_string()), Some(b.to_string())));
    let field_option = |field: DateField, label: &str| {
        html! { <option value={field.as_str()} selected={f.date_field == field}>{ label }</option> }
    };
    html! {
        <form class="filters" aria-label="Filter claims" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
            <div class="field">
                <label for="claims-search">{ "Search summaries and quotes" }</label>
                <input id="claims-search" type="search" value={f.text.clone()} oninput={on_text}
                       placeholder="e.g. Ganja, ceasefire" autocomplete="off" />
            </div>
            <fieldset class="dates">
                <legend>{ "Dates" }</legend>
                <label for="date-field">{ "Date of" }</label>
                <select id="date-field" onchange={on_field}>
                    { field_option(DateField::Asserted, "the claim (when asserted)") }
                    { field_option(DateField::Occurred, "what it is about (when it happened)") }
                </select>
                <label for="date-from">{ "From" }</label>
                <input id="date-from" type="date" value={fmt(f.from)} onchange={on_from} min={min.clone()} max={max.clone()} />
                <label for="date-to">{ "To" }</label>
                <input id="date-to" type="date" value={fmt(f.to)} onchange={on_to} {min} {max} />
            </fieldset>
            <super::side_facet::SideFacet values={p.result.facet(Facet::Side).to_vec()} names={p.data.catalog.names.clone()} on_action={p.on_action.clone()} />
            { for Facet::ALL.iter().filter(|&&f| f != Facet::Side).map(|&facet| {
                let values: Vec<(FacetValue, String)> = p.result.facet(facet).iter()
                    .map(|v| (v.clone(), p.data.catalog.facet_label(&v.key)))
                    .collect();
                html! { <FacetList {facet} {values} on_toggle={on_toggle.clone()} /> }
            }) }
            <button type="button" id="clear-filters" onclick={on_clear} disabled={f.is_empty()}>{ "Clear all" }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct FacetListProps {
    pub facet: Facet,
    /// Each value with its label.
    pub values: Vec<(FacetValue, String)>,
    pub on_toggle: Callback<FacetKey>,
}

#[function_component(FacetList)]
pub fn facet_list(p: &FacetListProps) -> Html {
    let expanded = use_state(|| false);
    // Chosen values always show, so they can be unchosen.
    let long = p.values.len() > SHORT_LIST;
    let shown = p.values.iter().enumerate().filter(|(i, (v, _))| *expanded || !long || *i < SHORT_LIST || v.selected);
    let toggle_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let facet = p.facet;
    html! {
        <fieldset class="facet" data-facet-group={facet.key()}>
            <legend>{ facet.label() }</legend>
            <ul>
                { for shown.map(|(_, (v, label))| {
                    let id = format!("facet-{}-{}", facet.key(), v.key.value());
                    let key = v.key.clone();
                    let onchange = p.on_toggle.reform(move |_: Event| key.clone());
                    html! {
                        <li class={classes!((v.count == 0 && !v.selected).then_some("empty"))}>
                            <input type="checkbox" id={id.clone()} data-facet={facet.key()} data-value={v.key.value().to_owned()}
                                   checked={v.selected} {onchange} />
                            <label for={id}>{ label }<span class="count" aria-label={format!("{} claims", crate::format::count(v.count))}>{ crate::format::count(v.count) }</span></label>
                        </li>
                    }
                }) }
            </ul>
            if long {
                <button type="button" class="link-button" onclick={toggle_all} aria-expanded={expanded.to_string()}>
                    { if *expanded { "Show fewer".to_owned() } else { format!("Show all {}", p.values.len()) } }
                </button>
            }
        </fieldset>
    }
}
