//! The time axes, drawn from [`crate::time_axis`]: the diplomacy events as
//! marks (shape by status, ceasefires as spans, open dates hollow), and the
//! claims per day by side as a histogram. Dragging across either sets the
//! view's date range; on the event axis the arrow keys move between marks
//! and Enter opens the event in the list.

use chrono::NaiveDate;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::keyboard::{focus_and_show, focus_within};
use super::shared::Shared;
use crate::explorer::Explorer;
use crate::format::day_label;
use crate::keys::{mark_key, MarkKey};
use crate::model::{Camp, Status};
use crate::query::DateField as ClaimDate;
use crate::tenths::{closed_path, tenths, Tenths as T};
use crate::time_axis::{claims_histogram, event_days, event_marks, DateField, EventMark, Honesty, Lanes, TimeScale};

/// The drawing's width in SVG units, and the plot's edges within it.
const WIDTH: f64 = 800.0;
const LEFT: f64 = 12.0;
const RIGHT: f64 = 788.0;

/// What a drag across an axis has covered so far, in SVG units.
#[derive(Clone, Copy, PartialEq)]
struct Drag {
    from: f64,
    to: f64,
}

/// `x` of a mouse event in the SVG's own units.
fn svg_x(e: &MouseEvent) -> Option<f64> {
    let svg: web_sys::Element = e.current_target()?.dyn_into().ok()?;
    let rect = svg.get_bounding_client_rect();
    (rect.width() > 0.0).then(|| (f64::from(e.client_x()) - rect.left()) / rect.width() * WIDTH)
}

/// Mouse handlers that turn a drag into a date range on `scale`; a click
/// without a drag does nothing.
#[hook]
fn use_brush(
    scale: Option<TimeScale>,
    on_range: Callback<(NaiveDate, NaiveDate)>,
) -> (Option<Drag>, Callback<MouseEvent>, Callback<MouseEvent>, Callback<MouseEvent>) {
    let drag = use_state(|| None::<Drag>);
    let down = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| {
            if let Some(x) = svg_x(&e) {
                drag.set(Some(Drag { from: x, to: x }));
            }
        })
    };
    let over = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| {
            if let (Some(d), Some(x)) = (*drag, svg_x(&e)) {
                drag.set(Some(Drag { to: x, ..d }));
            }
        })
    };
    let up = {
        let drag = drag.clone();
        Callback::from(move |e: MouseEvent| {
            if let (Some(d), Some(x), Some(scale)) = (*drag, svg_x(&e), scale) {
                // Less than a third of a day is a click, not a range.
                if (x - d.from).abs() > scale.day_width() / 3.0 {
                    on_range.emit(scale.days_between(d.from, x));
                }
            }
            drag.set(None);
        })
    };
    (*drag, down, over, up)
}

/// The axis line and its day ticks at `y`.
fn ticks(scale: &TimeScale, y: f64) -> Html {
    html! {
        <g class="axis-ticks" aria-hidden="true">
            <line class="axis-line" x1={tenths(LEFT)} x2={tenths(RIGHT)} y1={tenths(y)} y2={tenths(y)} />
            { for scale.ticks().iter().map(|t| html! {
                <>
                    <line class="tick" x1={tenths(t.pos)} x2={tenths(t.pos)} y1={tenths(y)} y2={tenths(y + 4.0)} />
                    <text class="tick-label" x={tenths(t.pos)} y={tenths(y + 16.0)} text-anchor="middle">{ &t.label }</text>
                </>
            }) }
        </g>
    }
}

/// The band a drag covers, while dragging.
fn drag_band(drag: Option<Drag>, height: f64) -> Html {
    let Some(d) = drag else { return html! {} };
    let (x0, x1) = (d.from.min(d.to), d.from.max(d.to));
    html! { <rect class="brush" x={tenths(x0)} y="0" width={tenths(x1 - x0)} height={tenths(height)} /> }
}

/// A status's mark: its shape says what became of the event.
pub fn status_shape(status: Status, x: f64, y: f64, hollow: bool) -> Html {
    let r = 4.5;
    let fill = if hollow { "var(--panel)" } else { "currentColor" };
    let class = classes!("mark", format!("status-{}", status.as_str()));
    match status {
        Status::Happened | Status::UnderWay => {
            html! { <circle {class} cx={tenths(x)} cy={tenths(y)} r={tenths(r)} {fill} stroke="currentColor" /> }
        }
        Status::Scheduled | Status::Expected => html! {
            <rect {class} x={tenths(x - r)} y={tenths(y - r)} width={tenths(2.0 * r)} height={tenths(2.0 * r)}
                  fill={if status == Status::Expected { "var(--panel)" } else { fill }} stroke="currentColor" />
        },
        Status::Proposed | Status::NotScheduled => {
            let d = closed_path(&[(x, y - r * 1.2), (x + r * 1.2, y), (x, y + r * 1.2), (x - r * 1.2, y)]);
            html! { <path {class} {d} fill={if status == Status::NotScheduled { "var(--panel)" } else { fill }} stroke="currentColor" /> }
        }
        Status::RuledOut => {
            let d = format!(
                "M {} {} L {} {} M {} {} L {} {}",
                T(x - r),
                T(y - r),
                T(x + r),
                T(y + r),
                T(x - r),
                T(y + r),
                T(x + r),
                T(y - r)
            );
            html! { <path {class} {d} fill="none" stroke="currentColor" stroke-width="2" /> }
        }
        Status::Denied => {
            let d = closed_path(&[(x, y - r * 1.2), (x + r * 1.1, y + r * 0.9), (x - r * 1.1, y + r * 0.9)]);
            html! { <path {class} {d} fill="var(--panel)" stroke="currentColor" stroke-width="1.5" /> }
        }
    }
}

/// How sure the date is, in words, for a mark's accessible name.
fn date_words(m: &EventMark) -> String {
    match m.honesty {
        Honesty::Day => day_label(m.day),
        Honesty::Range => format!("over days up to {}", day_label(m.day)),
        Honesty::Approximate => format!("around {}", day_label(m.day)),
        Honesty::NotAfter => format!("by {}", day_label(m.day)),
        Honesty::NotBefore => format!("{} or later", day_label(m.day)),
    }
}

#[derive(Properties, PartialEq)]
pub struct EventAxisProps {
    pub data: Shared<Explorer>,
    /// The events the timeline shows (positions in `Dataset::diplomacy`).
    pub shown: Vec<usize>,
    pub on_range: Callback<(NaiveDate, NaiveDate)>,
}

/// The diplomacy events on a time axis: one mark per event, ceasefires as spans.
#[function_component(EventAxisView)]
pub fn event_axis_view(p: &EventAxisProps) -> Html {
    let events = &p.data.catalog.dataset.diplomacy;
    // The scale covers every event, so that filtering keeps it steady.
    let scale = TimeScale::covering(event_days(events), LEFT, RIGHT);
    let (drag, down, over, up) = use_brush(scale, p.on_range.clone());
    let focused = use_state(|| 0usize);
    let Some(scale) = scale else { return html! {} };
    let shown: Vec<_> = p.shown.iter().map(|&i| events[i].clone()).collect();
    let step = 11.0;
    let axis = event_marks(&shown, &scale, Lanes { top: 14.0, step });
    let axis_y = 14.0 + axis.lanes as f64 * step + 4.0;
    let height = axis_y + 22.0;
    let current = (*focused).min(axis.marks.len().saturating_sub(1));
    let select = |k: usize| {
        let id = axis.marks[k].id.clone();
        move || {
            let doc = web_sys::window().and_then(|w| w.document());
            if let Some(card) =
                doc.and_then(|d| d.query_selector(&format!(".event-card[data-record-id=\"{id}\"]")).ok().flatten())
            {
                focus_and_show(&card);
            }
        }
    };
    let onkeydown = {
        let focused = focused.clone();
        let open: Vec<Box<dyn Fn()>> = (0..axis.marks.len()).map(|k| Box::new(select(k)) as Box<dyn Fn()>).collect();
        Callback::from(move |e: KeyboardEvent| {
            match mark_key(&e.key(), current, open.len()) {
                Some(MarkKey::Choose) => open[current](),
                Some(MarkKey::Focus(k)) => {
                    focused.set(k);
                    focus_within(&e, &format!("[data-mark=\"{k}\"]"));
                }
                None => return,
            }
            e.prevent_default();
        })
    };
    html! {
        <figure class="time-axis event-axis">
            <svg viewBox={format!("0 0 {} {}", T(WIDTH), T(height))} role="group" aria-label="The events on a time axis. Arrow keys move between events, Enter opens one in the list; drag across the axis to choose dates."
                 onmousedown={down} onmousemove={over} onmouseup={up.clone()} onmouseleave={up} {onkeydown}>
                { for axis.spans.iter().map(|s| html! {
                    <rect class="ceasefire-span" x={tenths(s.x0)} y="2" width={tenths((s.x1 - s.x0).max(1.0))} height={tenths(axis_y - 2.0)}>
                        <title>{ format!("Ceasefire of {}: the days until {}", day_label(s.start), day_label(s.end)) }</title>
                    </rect>
                }) }
                { ticks(&scale, axis_y) }
                { for axis.marks.iter().enumerate().map(|(k, m)| {
                    let e = &shown[m.event];
                    let name = format!("{}, {}: {} ({})", date_words(m), e.kind.label(), e.summary, e.status.label());
                    let open = select(k);
                    let onclick = Callback::from(move |_: MouseEvent| open());
                    html! {
                        <g class={classes!("event-mark", format!("kind-{}", m.kind.as_str()))} data-mark={k.to_string()} data-record-id={m.id.clone()}
                           tabindex={if k == current { "0" } else { "-1" }} role="button" aria-label={name.clone()} {onclick}>
                            if m.x1 > m.x0 {
                                <line class={classes!("extent", format!("honesty-{}", honesty_class(m.honesty)))} x1={tenths(m.x0)} x2={tenths(m.x1)} y1={tenths(m.y)} y2={tenths(m.y)} />
                            }
                            { status_shape(m.status, m.x, m.y, m.honesty.is_open()) }
                            <title>{ name }</title>
                        </g>
                    }
                }) }
                { drag_band(drag, height) }
            </svg>
            <figcaption class="axis-legend">
                <span>{ "Shapes: " }</span>
                { for [Status::Happened, Status::Scheduled, Status::Expected, Status::Proposed, Status::NotScheduled, Status::RuledOut, Status::Denied].into_iter().map(|s| html! {
                    <span class="legend-entry"><svg viewBox="0 0 14 14" width="14" height="14" aria-hidden="true">{ status_shape(s, 7.0, 7.0, false) }</svg>{ s.label() }</span>
                }) }
                <span class="legend-entry"><span class="span-swatch" aria-hidden="true"></span>{ "the days a ceasefire was meant to hold" }</span>
                <span class="legend-entry">{ "hollow: only “by” or “from” a day is known" }</span>
            </figcaption>
        </figure>
    }
}

fn honesty_class(h: Honesty) -> &'static str {
    match h {
        Honesty::Day => "day",
        Honesty::Range => "range",
        Honesty::Approximate => "approximate",
        Honesty::NotAfter => "not-after",
        Honesty::NotBefore => "not-before",
    }
}

#[derive(Properties, PartialEq)]
pub struct HistogramProps {
    pub data: Shared<Explorer>,
    /// The matching claims (positions in `Dataset::claims`).
    pub shown: std::rc::Rc<Vec<usize>>,
    pub field: ClaimDate,
    pub on_range: Callback<(NaiveDate, NaiveDate)>,
}

/// Claims per day, stacked by side; dragging across it sets the date range.
#[function_component(ClaimsHistogramView)]
pub fn claims_histogram_view(p: &HistogramProps) -> Html {
    let events = &p.data.catalog.dataset.diplomacy;
    // The same span as the diplomacy axis, the weeks the articles cover; a
    // dataset without diplomacy spans its claims' days instead.
    let claims = &p.data.catalog.dataset.claims;
    let scale = TimeScale::covering(event_days(events), LEFT, RIGHT).or_else(|| {
        let days = claims.iter().flat_map(|c| [c.asserted.sort_key(), c.occurred.sort_key()]).flatten();
        TimeScale::covering(days, LEFT, RIGHT)
    });
    let (drag, down, over, up) = use_brush(scale, p.on_range.clone());
    let Some(scale) = scale else { return html! {} };
    let field = match p.field {
        ClaimDate::Asserted => DateField::Asserted,
        ClaimDate::Occurred => DateField::Occurred,
    };
    let plot = 70.0;
    let h = claims_histogram(p.shown.iter().map(|&i| &claims[i]), field, &scale, plot);
    let height = plot + 24.0;
    let camp = |c: Camp| c.as_str();
    let names = &p.data.catalog.names;
    let legend = |c: Camp| {
        html! { <span class="legend-entry"><span class={classes!("swatch", format!("camp-{}", camp(c)))} aria-hidden="true"></span>{ names.camp(c) }</span> }
    };
    let elsewhere = h.undated + h.outside;
    html! {
        <figure class="time-axis claims-histogram">
            <svg viewBox={format!("0 0 {} {}", T(WIDTH), T(height))} role="img"
                 aria-label={format!("Claims per day by side, {} days with claims; drag across to choose dates", h.bars.len())}
                 onmousedown={down} onmousemove={over} onmouseup={up.clone()} onmouseleave={up}>
                { for h.bars.iter().map(|b| html! {
                    <g class="day-bar">
                        { for b.segments.iter().map(|s| html! {
                            <rect class={classes!("bar", format!("camp-{}", camp(s.camp)))} x={tenths(b.x0 + 1.0)} y={tenths(s.y1)}
                                  width={tenths((b.x1 - b.x0 - 2.0).max(1.0))} height={tenths(s.y0 - s.y1)} />
                        }) }
                        <title>{ format!("{}: {} claims", day_label(b.day), b.total) }</title>
                    </g>
                }) }
                { ticks(&scale, plot) }
                { drag_band(drag, height) }
            </svg>
            <figcaption class="axis-legend">
                { for [Camp::Armenian, Camp::Azerbaijani, Camp::Others].into_iter().map(legend) }
                <span>{ format!("Claims per day {}, up to {} a day. Drag across to choose dates.", if field == DateField::Asserted { "made" } else { "they are about" }, crate::model::group_thousands(h.y_max)) }</span>
                if elsewhere > 0 { <span>{ format!(" {elsewhere} more are undated or outside these weeks.") }</span> }
            </figcaption>
        </figure>
    }
}
