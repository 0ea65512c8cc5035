//! The Side facet grouped by camp: a group's box ticks all its sides and
//! shows a mixed state when only some are ticked. A camp of one side (Azerbaijan) is
//! listed as that side alone.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::Side;
use crate::names::Names;
use crate::query::{FacetKey, FacetValue};
use crate::sides::{camp_key, side_groups, SideGroup, Tick};
use crate::state::Action;

#[derive(Properties, PartialEq)]
pub struct SideFacetProps {
    /// The Side facet's values as the query counted them.
    pub values: Vec<FacetValue>,
    /// The dataset's names for sides and camps.
    pub names: Names,
    pub on_action: Callback<Action>,
}

/// One side's box.
fn side_box(v: &FacetValue, names: &Names, on_action: &Callback<Action>) -> Html {
    let FacetKey::Side(side) = v.key else { return html! {} };
    let id = format!("facet-side-{}", side.as_str());
    let onchange = on_action.reform(move |_: Event| Action::ToggleFacet(FacetKey::Side(side)));
    html! {
        <li class={classes!((v.count == 0 && !v.selected).then_some("empty"))}>
            <input type="checkbox" id={id.clone()} data-facet="side" data-value={side.as_str()} checked={v.selected} {onchange} />
            <label for={id}>{ names.side(side) }<span class="count" aria-label={format!("{} claims", crate::format::count(v.count))}>{ crate::format::count(v.count) }</span></label>
        </li>
    }
}

#[function_component(SideFacet)]
pub fn side_facet(p: &SideFacetProps) -> Html {
    html! {
        <fieldset class="facet side-facet" data-facet-group="side">
            <legend>{ "Side" }</legend>
            <ul>
                { for side_groups(&p.values).into_iter().map(|g| {
                    if g.members.len() == 1 {
                        side_box(&g.members[0], &p.names, &p.on_action)
                    } else {
                        html! { <GroupBox group={g} names={p.names.clone()} on_action={p.on_action.clone()} /> }
                    }
                }) }
            </ul>
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct GroupBoxProps {
    group: SideGroup,
    names: Names,
    on_action: Callback<Action>,
}

/// A camp's box and its sides' boxes under it.
#[function_component(GroupBox)]
fn group_box(p: &GroupBoxProps) -> Html {
    let g = &p.group;
    let input = use_node_ref();
    let mixed = g.tick == Tick::Mixed;
    {
        // `indeterminate` is a property, not an attribute: set it after rendering.
        let input = input.clone();
        use_effect_with(mixed, move |mixed| {
            if let Some(el) = input.cast::<HtmlInputElement>() {
                el.set_indeterminate(*mixed);
            }
        });
    }
    let sides: Vec<Side> = g.sides();
    // Ticking a mixed or empty box ticks them all; an all-ticked box unticks them.
    let on = g.tick != Tick::On;
    let onchange = p.on_action.reform(move |_: Event| Action::SetSides(sides.clone(), on));
    let key = camp_key(g.camp);
    let id = format!("facet-camp-{key}");
    html! {
        <li class="side-group">
            <input type="checkbox" ref={input} id={id.clone()} data-camp={key} checked={g.tick == Tick::On}
                   {onchange} />
            <label for={id} class="group-label">{ p.names.camp(g.camp) }<span class="count" aria-label={format!("{} claims", crate::format::count(g.count))}>{ crate::format::count(g.count) }</span></label>
            <ul class="group-members">
                { for g.members.iter().map(|v| side_box(v, &p.names, &p.on_action)) }
            </ul>
        </li>
    }
}
