//! The claims filters: free text, dates, and a checkbox list per facet with
//! live counts.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::context::use_app;
use crate::model::{Category, Side};
use crate::query::{DateField, Facet, FacetValue, QueryResult};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct FilterPanelProps {
    pub result: std::rc::Rc<QueryResult>,
}

/// How many values a facet shows before "show all".
const SHORT_LIST: usize = 8;

#[function_component(FilterPanel)]
pub fn filter_panel(p: &FilterPanelProps) -> Html {
    let app = use_app();
    let f = &app.url().filters;
    let on_text = app.callback(|e: InputEvent| Action::SetText(e.target_unchecked_into::<HtmlInputElement>().value()));
    let on_field = app.callback(|e: Event| {
        let v = e.target_unchecked_into::<HtmlSelectElement>().value();
        Action::SetDateField(if v == "occurred" { DateField::Occurred } else { DateField::Asserted })
    });
    let date = |e: Event| e.target_unchecked_into::<HtmlInputElement>().value().parse().ok();
    let on_from = app.callback(move |e: Event| Action::SetFrom(date(e)));
    let on_to = app.callback(move |e: Event| Action::SetTo(date(e)));
    let on_clear = app.callback(|_: MouseEvent| Action::ClearFilters);
    let fmt = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
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
                    <option value="asserted" selected={f.date_field == DateField::Asserted}>{ "the claim (when asserted)" }</option>
                    <option value="occurred" selected={f.date_field == DateField::Occurred}>{ "what it is about (when it happened)" }</option>
                </select>
                <label for="date-from">{ "From" }</label>
                <input id="date-from" type="date" value={fmt(f.from)} onchange={on_from} min="2020-09-01" max="2020-12-31" />
                <label for="date-to">{ "To" }</label>
                <input id="date-to" type="date" value={fmt(f.to)} onchange={on_to} min="2020-09-01" max="2020-12-31" />
            </fieldset>
            { for Facet::ALL.iter().map(|&facet| html! { <FacetList {facet} values={p.result.facet(facet).to_vec()} /> }) }
            <button type="button" id="clear-filters" onclick={on_clear} disabled={f.is_empty()}>{ "Clear all filters" }</button>
        </form>
    }
}

#[derive(Properties, PartialEq)]
pub struct FacetListProps {
    pub facet: Facet,
    pub values: Vec<FacetValue>,
}

#[function_component(FacetList)]
pub fn facet_list(p: &FacetListProps) -> Html {
    let app = use_app();
    let expanded = use_state(|| false);
    let label_of = |v: &str| -> String {
        match p.facet {
            Facet::Side => v.parse::<Side>().map_or(v.to_owned(), |s| s.label().to_owned()),
            Facet::Category => v.parse::<Category>().map_or(v.to_owned(), |c| c.label().to_owned()),
            Facet::Claimant => app.catalog.actor_name(v).to_owned(),
            Facet::Place => app.catalog.place_name(v).to_owned(),
            Facet::Source => app.catalog.source(v).map_or(v.to_owned(), |s| s.short_label()),
        }
    };
    // Chosen values always show, so they can be unchosen.
    let long = p.values.len() > SHORT_LIST;
    let shown: Vec<&FacetValue> = p
        .values
        .iter()
        .enumerate()
        .filter(|(i, v)| *expanded || !long || *i < SHORT_LIST || v.selected)
        .map(|(_, v)| v)
        .collect();
    let toggle_all = {
        let expanded = expanded.clone();
        Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
    };
    let facet = p.facet;
    html! {
        <fieldset class="facet" data-facet-group={facet.key()}>
            <legend>{ facet.label() }</legend>
            <ul>
                { for shown.into_iter().map(|v| {
                    let id = format!("facet-{}-{}", facet.key(), v.value);
                    let value = v.value.clone();
                    let onchange = app.callback(move |_: Event| Action::ToggleFacet(facet, value.clone()));
                    html! {
                        <li class={classes!((v.count == 0 && !v.selected).then_some("empty"))}>
                            <input type="checkbox" id={id.clone()} data-facet={facet.key()} data-value={v.value.clone()}
                                   checked={v.selected} {onchange} />
                            <label for={id}>{ label_of(&v.value) }<span class="count" aria-label={format!("{} claims", v.count)}>{ v.count }</span></label>
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
