//! The filters a view applies, as chips above its results: each one a
//! link that removes it, and when nothing is left, which filter emptied
//! the list with a one-click way out. ("Clear all" sits in the results
//! bar above, beside the count.)

use yew::prelude::*;

use crate::chips::{chips, emptying_filter, Chip};
use crate::url_state::UrlState;

#[derive(Properties, PartialEq)]
pub struct ChipBarProps {
    pub chips: Vec<Chip>,
    /// How many results the view shows.
    pub shown: usize,
    /// When it shows none: the filter whose removal alone brings results
    /// back, and how many.
    pub emptying: Option<(Chip, usize)>,
    /// "claims", "events".
    pub noun: &'static str,
}

#[function_component(ChipBar)]
pub fn chip_bar(p: &ChipBarProps) -> Html {
    if p.chips.is_empty() {
        return html! {};
    }
    let empty = (p.shown == 0).then(|| match &p.emptying {
        Some((chip, n)) => html! {
            <p class="empty-state emptied-by" role="status">
                { format!("No {} match: “{}” rules out the rest. ", p.noun, chip.label()) }
                <a href={chip.remove.to_hash()} class="way-out">{ format!("Remove it to see {n} {}", p.noun) }</a>
            </p>
        },
        None => html! {
            <p class="empty-state emptied-by" role="status">
                { format!("No {} match, and no single filter is to blame: clear them all to start again.", p.noun) }
            </p>
        },
    });
    html! {
        <div class="chip-bar">
            <ul class="chips" aria-label="Filters applied">
                { for p.chips.iter().map(|c| html! {
                    <li>
                        <a class="chip" href={c.remove.to_hash()} title="Remove this filter">
                            <span class="chip-kind">{ format!("{}:", c.kind) }</span>{ " " }{ &c.value }
                            <span class="chip-x" aria-hidden="true">{ "×" }</span>
                            <span class="visually-hidden">{ " (remove)" }</span>
                        </a>
                    </li>
                }) }
            </ul>
            { empty }
        </div>
    }
}

/// The chip bar of the view `p` shows: `shown` results, `count` telling how
/// many another state would show (only asked when nothing is shown).
pub fn view_chips(p: &super::ViewProps, shown: usize, noun: &'static str, count: impl Fn(&UrlState) -> usize) -> Html {
    let chips = chips(&p.url, &p.data.catalog);
    let emptying = (shown == 0).then(|| emptying_filter(&chips, count)).flatten().map(|(c, n)| (c.clone(), n));
    html! { <ChipBar {chips} {shown} {emptying} {noun} /> }
}
