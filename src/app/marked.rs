//! Search results as people see them: matched words wrapped in `<mark>`
//! (text nodes only, never parsed as HTML), and the hint a view gives when
//! it has no match but other views do.

use yew::prelude::*;

use super::shared::Shared;
use crate::explorer::Explorer;
use crate::search::{hint, search, Kind};

/// `text` with the words matching the folded query `words` marked.
pub fn marked(text: &str, words: &[String]) -> Html {
    if words.is_empty() {
        return html! { { text.to_owned() } };
    }
    crate::search::marked(text, words)
        .into_iter()
        .map(|(piece, hit)| {
            if hit {
                html! { <mark class="hit">{ piece }</mark> }
            } else {
                html! { { piece } }
            }
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct SearchHintProps {
    pub data: Shared<Explorer>,
    /// The view showing no match.
    pub here: Kind,
    /// Its free text, as typed.
    pub query: AttrValue,
}

/// "No claims mention “Pompeo” — 3 diplomacy events do", each count a link
/// to that view with the same words; nothing when no view has a match.
#[function_component(SearchHint)]
pub fn search_hint(p: &SearchHintProps) -> Html {
    let found = {
        let data = p.data.clone();
        use_memo(p.query.clone(), move |q| search(&data, q))
    };
    let Some(h) = hint(p.here, &p.query, &found) else { return html! {} };
    let n = h.elsewhere.len();
    html! {
        <p class="search-hint" role="status">
            { h.lead() }
            { for h.elsewhere.iter().enumerate().map(|(i, &(kind, count))| html! {
                <>
                    { if i == 0 { "" } else if i + 1 == n { " and " } else { ", " } }
                    <a href={kind.view(&p.query).to_hash()} data-hint={kind.label()}>{ kind.count(count) }</a>
                </>
            }) }
            { h.verb() }{ "." }
        </p>
    }
}
