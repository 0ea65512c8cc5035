//! "Cite" and "Cite this view": a button that opens the citation as plain
//! text, Markdown or CSL-JSON, ready to copy. The words come from
//! [`crate::cite`]; this view only shows them and copies them.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::shared::Shared;
use crate::cite::{base_address, cite_record, cite_view, Citation, CiteContext};
use crate::explorer::Explorer;
use crate::url_state::UrlState;

/// The canonical address of the explorer, set at build time
/// (`KARABAKH_CANONICAL_URL=https://example.org/karabakh/ trunk build`):
/// the permalinks of the offline file opened from disk start with it.
const CANONICAL: Option<&str> = option_env!("KARABAKH_CANONICAL_URL");

/// The citation context of this page for the dataset shown: served, its own
/// address; from disk, the canonical one or none.
pub fn page_context(data: &Explorer) -> CiteContext {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    CiteContext::new(crate::names::site_title(&data.catalog.names), base_address(&href, CANONICAL))
}

/// What is cited.
#[derive(Clone, PartialEq)]
pub enum CiteTarget {
    /// A claim or a diplomacy event, by id.
    Record(AttrValue),
    /// The view as the address describes it.
    View(std::rc::Rc<UrlState>),
}

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Plain,
    Markdown,
    Csl,
}

impl Format {
    const ALL: [Format; 3] = [Format::Plain, Format::Markdown, Format::Csl];
    fn label(self) -> &'static str {
        match self {
            Format::Plain => "Plain text",
            Format::Markdown => "Markdown",
            Format::Csl => "CSL-JSON",
        }
    }
    fn of(self, c: &Citation) -> String {
        match self {
            Format::Plain => c.plain.clone(),
            Format::Markdown => c.markdown.clone(),
            Format::Csl => c.csl_text(),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct CiteControlProps {
    pub data: Shared<Explorer>,
    pub target: CiteTarget,
    /// What the button says: "Cite" on a record, "Cite this view" on a view.
    #[prop_or(AttrValue::Static("Cite"))]
    pub label: AttrValue,
}

/// Calls `obj.name(args…)` when `obj` has such a method.
fn call(obj: &JsValue, name: &str, args: &[JsValue]) -> Option<JsValue> {
    let f: Function = Reflect::get(obj, &name.into()).ok()?.dyn_into().ok()?;
    let list: js_sys::Array = args.iter().collect();
    f.apply(obj, &list).ok()
}

/// `navigator.clipboard.writeText(text)`, if the browser offers it here.
fn clipboard_write(text: &str) -> Option<Promise> {
    let navigator = Reflect::get(&JsValue::from(web_sys::window()?), &"navigator".into()).ok()?;
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined())?;
    call(&clipboard, "writeText", &[text.into()])?.dyn_into().ok()
}

#[function_component(CiteControl)]
pub fn cite_control(p: &CiteControlProps) -> Html {
    let open = use_state(|| false);
    let format = use_state(|| Format::Plain);
    let status = use_state(String::new);
    let area = use_node_ref();
    let toggle = {
        let (open, status) = (open.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            open.set(!*open);
        })
    };
    let label = p.label.clone();
    if !*open {
        return html! {
            <div class="cite">
                <button type="button" class="cite-toggle" aria-expanded="false" onclick={toggle}>{ label }</button>
            </div>
        };
    }
    let citation = match &p.target {
        CiteTarget::Record(id) => cite_record(&p.data.catalog, &page_context(&p.data), id),
        CiteTarget::View(url) => Some(cite_view(&p.data.catalog, &page_context(&p.data), url)),
    };
    let Some(citation) = citation else { return html! {} };
    let text = format.of(&citation);
    let choose = |f: Format| {
        let (format, status) = (format.clone(), status.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(String::new());
            format.set(f);
        })
    };
    let copy = {
        let (area, status, text) = (area.clone(), status.clone(), text.clone());
        Callback::from(move |_: MouseEvent| {
            // Selected first: where the clipboard is refused, Ctrl+C is one key away.
            if let Some(el) = area.get() {
                if let Some(h) = el.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = h.focus();
                }
                call(&el, "select", &[]);
            }
            let selected = "Selected: press Ctrl+C (⌘C on a Mac) to copy.".to_owned();
            match clipboard_write(&text) {
                Some(promise) => {
                    let status = status.clone();
                    yew::platform::spawn_local(async move {
                        let done = JsFuture::from(promise).await.is_ok();
                        status.set(if done { "Copied to the clipboard.".to_owned() } else { selected });
                    });
                }
                None => status.set(selected),
            }
        })
    };
    html! {
        <div class="cite open">
            <button type="button" class="cite-toggle" aria-expanded="true" onclick={toggle}>{ label.clone() }</button>
            <div class="cite-panel" role="group" aria-label={format!("{label}: citation")}>
                <div class="cite-formats">
                    { for Format::ALL.iter().map(|&f| html! {
                        <button type="button" aria-pressed={(*format == f).to_string()} onclick={choose(f)}>{ f.label() }</button>
                    }) }
                </div>
                <textarea class="cite-text" readonly=true rows="6" aria-label={format!("Citation as {}", format.label())}
                          value={text} ref={area} />
                <div class="cite-actions">
                    <button type="button" class="cite-copy" onclick={copy}>{ "Copy" }</button>
                    <span class="cite-status" role="status">{ (*status).clone() }</span>
                </div>
            </div>
        </div>
    }
}
