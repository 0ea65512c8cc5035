//! The contested figures, first on the side-by-side view: one row per
//! measure, what each side claimed about its own losses and the other's,
//! the latest figure first, the earlier ones on demand, and any denial
//! beside the figure it disputes.

use std::rc::Rc;

use yew::prelude::*;

use super::links::record_href;
use super::shared::Shared;
use crate::contested::{Cell, MeasureRow, Stated};
use crate::explorer::Explorer;
use crate::model::Camp;
use crate::names::Names;

#[derive(Properties, PartialEq)]
pub struct ContestedTableProps {
    pub data: Shared<Explorer>,
    pub rows: Rc<Vec<MeasureRow>>,
}

/// "Armenian side on its own losses", "Azerbaijan on the Armenian side's
/// losses", in the dataset's names of its camps.
fn column_label(names: &Names, by: Camp, about: Camp) -> String {
    if by == about {
        format!("{} on its own losses", names.camp(by))
    } else {
        format!("{} on {}'s losses", names.camp(by), names.camp(about))
    }
}

#[function_component(ContestedTable)]
pub fn contested_table(p: &ContestedTableProps) -> Html {
    if p.rows.is_empty() {
        return html! { <p class="empty-state">{ "No figures from either side among the claims shown." }</p> };
    }
    let head = &p.rows[0].cells;
    html! {
        <table class="contested">
            <caption>{ "What each side claimed about its own and the other side's losses: the latest figure first, with who disputes it." }</caption>
            <thead>
                <tr>
                    <th scope="col">{ "Measure" }</th>
                    { for head.iter().map(|c| html! { <th scope="col" class={format!("by-{}", camp_class(c.by))}>{ column_label(&p.data.catalog.names, c.by, c.about) }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for p.rows.iter().map(|row| html! {
                    <tr>
                        <th scope="row">{ row.measure.label() }</th>
                        { for row.cells.iter().map(|cell| html! { <CellView data={p.data.clone()} cell={cell.clone()} /> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    }
}

fn camp_class(camp: Camp) -> &'static str {
    match camp {
        Camp::Armenian => "armenian",
        Camp::Azerbaijani => "azerbaijani",
        Camp::Others => "others",
    }
}

#[derive(Properties, PartialEq)]
struct CellProps {
    data: Shared<Explorer>,
    cell: Cell,
}

#[function_component(CellView)]
fn cell_view(p: &CellProps) -> Html {
    let label = column_label(&p.data.catalog.names, p.cell.by, p.cell.about);
    let Some((latest, earlier)) = p.cell.figures.split_first() else {
        return html! { <td data-label={label} class="no-figure">{ "No figure given" }</td> };
    };
    html! {
        <td data-label={label} class={format!("by-{}", camp_class(p.cell.by))}>
            { stated(&p.data, latest) }
            if !earlier.is_empty() {
                <details class="earlier">
                    <summary>{ format!("{} earlier", earlier.len()) }</summary>
                    <ul>{ for earlier.iter().map(|s| html! { <li>{ stated(&p.data, s) }</li> }) }</ul>
                </details>
            }
        </td>
    }
}

/// A figure linked to its record, with its other reports and any dispute.
fn stated(data: &Explorer, s: &Stated) -> Html {
    let claims = &data.catalog.dataset.claims;
    let c = &claims[s.claim];
    let source = data.catalog.source(&c.quote.source).map_or_else(|| c.quote.source.clone(), |s| s.short_label());
    html! {
        <span class="stated">
            <a href={record_href(&c.id)} data-record-id={c.id.clone()} title={c.quote.text.clone()}>
                <strong>{ s.value_text(claims) }</strong>{ " " }{ s.date_text() }
            </a>
            <span class="stated-source">{ format!(" ({source}") }
                { for s.also.iter().map(|&m| html! { <>{ "; " }<a href={record_href(&claims[m].id)} data-record-id={claims[m].id.clone()}>{ "also reported" }</a></> }) }
                { ")" }
            </span>
            { for s.disputed_by.iter().map(|&d| {
                let by = &claims[d];
                html! {
                    <span class="disputed">
                        { format!("{} disputes it: ", data.catalog.actor_name(&by.claimant)) }
                        <a href={record_href(&by.id)} data-record-id={by.id.clone()}>{ format!("“{}”", by.quote.text) }</a>
                    </span>
                }
            }) }
        </span>
    }
}
