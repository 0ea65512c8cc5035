//! `#/sources`: the five articles, what each contributes, and each record's
//! quote in the context of its paragraph.

use yew::prelude::*;

use super::links::record_href;
use super::marked::SearchHint;
use super::results_bar::ResultsBar;
use super::search_view::ParagraphHit;
use super::shared::Shared;
use super::ViewProps;
use crate::explorer::Explorer;
use crate::format::{day_label, paragraphs};
use crate::model::Source;
use crate::query::FacetKey;
use crate::state::Action;
use crate::url_state::UrlState;

#[function_component(SourcesView)]
pub fn sources_view(p: &ViewProps) -> Html {
    let catalog = &p.data.catalog;
    let ds = &catalog.dataset;
    let open = p.url.source.clone();
    let found = {
        let data = p.data.clone();
        use_memo(p.url.search.clone(), move |q| crate::search::search(&data, q))
    };
    let on_text = p
        .on_action
        .reform(|e: InputEvent| Action::SetText(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()));
    let q = p.url.search.trim().to_owned();
    html! {
        <main data-route="sources" class="sources-view">
            <h1>{ "Sources" }</h1>
            <p class="lede">{ "The five articles every record quotes. Open one to read it with each record's quote marked in its paragraph." }</p>
            <ResultsBar data={p.data.clone()} url={p.url.clone()} count={format!("{} articles", ds.sources.len())} count_id="source-count" active=0 />
            <form class="filters sources-search" role="search" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <label for="sources-search">{ "Search the articles" }</label>
                <input id="sources-search" type="search" value={p.url.search.clone()} oninput={on_text}
                       placeholder="e.g. Minsk Group" autocomplete="off" />
            </form>
            if !found.words.is_empty() {
                <section class="paragraph-hits" aria-labelledby="paragraph-count">
                    <p id="paragraph-count" role="status">{ format!("{} that mention “{q}”", crate::search::Kind::Articles.count(found.paragraphs.len())) }</p>
                    <SearchHint data={p.data.clone()} here={crate::search::Kind::Articles} query={q.clone()} />
                    <ol class="paragraph-list">
                        { for found.paragraphs.iter().map(|&i| html! { <ParagraphHit data={p.data.clone()} index={i} words={found.words.clone()} /> }) }
                    </ol>
                </section>
            }
            if let Some(id) = &open {
                if let Some(source) = catalog.source(id) {
                    <ArticleText data={p.data.clone()} source={source.id.clone()} highlight={p.url.highlight.clone()} />
                } else {
                    <p class="notice">{ format!("No source has the id “{id}”.") }</p>
                }
            }
            <ul class="source-cards" data-results="" tabindex="-1">
                { for ds.sources.iter().map(|s| html! { <SourceCard data={p.data.clone()} id={s.id.clone()} open={open.as_deref() == Some(s.id.as_str())} /> }) }
            </ul>
        </main>
    }
}

#[derive(Properties, PartialEq)]
struct SourceCardProps {
    data: Shared<Explorer>,
    id: AttrValue,
    open: bool,
}

#[function_component(SourceCard)]
fn source_card(p: &SourceCardProps) -> Html {
    let catalog = &p.data.catalog;
    let Some(s) = catalog.source(&p.id) else { return html! {} };
    let stats = catalog.source_stats(&s.id);
    let published = match &s.published.time {
        Some(t) => format!("{} at {t}", day_label(s.published.date)),
        None => day_label(s.published.date),
    };
    html! {
        <li class={classes!("source-card", p.open.then_some("open"))} data-source-id={s.id.clone()} data-result="">
            <h2>{ &s.headline }</h2>
            <p class="meta">
                <strong>{ s.outlet.clone().unwrap_or_else(|| "Outlet not named in the text".into()) }</strong>
                { " · " }<time datetime={s.published.date.to_string()} title={s.published.established_by.clone()}>{ published }</time>
                if let Some(b) = &s.byline { { " · " }{ b } }
            </p>
            if !s.agencies.is_empty() { <p class="meta">{ "Credits: " }{ s.agencies.join(", ") }</p> }
            <p class="contributes">{ format!("{} claims · {} diplomacy events · {} actors first quoted here · {} paragraphs without a record", stats.claims, stats.events, stats.actors, s.unrecorded.len()) }</p>
            { for s.notes.iter().map(|n| html! { <p class="note">{ n }</p> }) }
            { for s.flags.iter().map(|f| html! { <p class="note flag">{ format!("{}: {}", f.code.label(), f.message) }</p> }) }
            <p class="screen-only">
                <a href={UrlState::in_source(&s.id, None).to_hash()}>{ "Read the article with its quotes marked" }</a>
                { " · " }
                <a href={UrlState::claims_with(FacetKey::Source(s.id.clone())).to_hash()}>{ "Its claims" }</a>
            </p>
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct ArticleProps {
    data: Shared<Explorer>,
    source: AttrValue,
    /// The record whose quote is marked and scrolled to.
    highlight: Option<String>,
}

/// The article, paragraph by paragraph, each quoted passage a link to its record.
#[function_component(ArticleText)]
fn article_text(p: &ArticleProps) -> Html {
    let catalog = &p.data.catalog;
    let highlight = p.highlight.clone();
    {
        let highlight = highlight.clone();
        use_effect_with(highlight, |h| {
            if let Some(id) = h {
                let el =
                    web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(&format!("q-{id}")));
                if let Some(el) = el {
                    el.scroll_into_view();
                }
            }
        });
    }
    let Some(source): Option<&Source> = catalog.source(&p.source) else { return html! {} };
    let Some(text) = &source.text else {
        return html! { <p class="notice">{ "This dataset does not include the article's text." }</p> };
    };
    let spans: Vec<(usize, usize, String)> =
        catalog.records_from(&source.id).map(|r| (r.quote().start, r.quote().end, r.id().to_owned())).collect();
    let mut first_seen = std::collections::HashSet::new();
    html! {
        <article class="article-text" aria-label={format!("Text of “{}”", source.headline)}>
            <h2>{ &source.headline }</h2>
            { for paragraphs(text, &spans).into_iter().map(|segments| html! {
                <p>
                { for segments.into_iter().map(|seg| {
                    if seg.records.is_empty() {
                        return html! { { seg.text } };
                    }
                    let lit = highlight.as_ref().is_some_and(|h| seg.records.contains(h));
                    let anchor = seg.records.iter().find(|r| first_seen.insert((*r).clone())).map(|r| format!("q-{r}"));
                    let title = seg.records.iter().filter_map(|r| catalog.record(r)).map(|r| r.summary()).collect::<Vec<_>>().join("\n");
                    html! {
                        <a class={classes!("quoted", lit.then_some("highlight"))} id={anchor} href={record_href(&seg.records[0])} data-record-id={seg.records[0].clone()} {title}>
                            <mark>{ seg.text }</mark>
                        </a>
                    }
                }) }
                </p>
            }) }
        </article>
    }
}
