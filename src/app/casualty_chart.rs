//! The chart of the killed and wounded figures each side claimed, drawn from
//! [`crate::chart::layout`], with a legend and the same figures as a table.
//!
//! Colours come from the stylesheet only: markers and lines are drawn in
//! `currentColor`, and each series carries the classes [`series_classes`]
//! gives it.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::links::record_href;
use crate::chart::{
    layout, summary, text_rows, CasualtyPoint, ChartGeometry, ChartSize, PointGeometry, SeriesGeometry, SeriesKey,
    POINT_RADIUS,
};
use crate::model::{Camp, Metric, Population};
use crate::names::Names;
use crate::tenths::{closed_path, tenths, Tenths as T};

/// The chart's title: what the sides said, not what happened.
pub const TITLE: &str = "Claimed casualties as reported by each side";

#[derive(Properties, PartialEq)]
pub struct CasualtyChartProps {
    /// From [`crate::chart::casualty_points`].
    pub points: Rc<Vec<CasualtyPoint>>,
    /// The days the whole dataset's figures span, so that filtering keeps the scale.
    #[prop_or_default]
    pub frame: Option<(NaiveDate, NaiveDate)>,
    /// An actor's name from its id; ids are shown as they are without it.
    #[prop_or_default]
    pub names: Option<Callback<String, String>>,
    /// What the dataset calls its sides: the legend and the series' labels.
    #[prop_or_default]
    pub sides: Names,
}

/// Whether the window is a phone's width, where the chart is drawn narrower.
fn narrow_screen() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).is_some_and(|w| w < 600.0)
}

/// A camp's spelling in class names.
fn camp_slug(camp: Camp) -> &'static str {
    match camp {
        Camp::Armenian => "armenian",
        Camp::Azerbaijani => "azerbaijani",
        Camp::Others => "others",
    }
}

/// The colour class a running total shares with the single counts of the
/// same losses: `s-armenian-killed-military`.
fn colour_class(key: &SeriesKey) -> String {
    format!("s-{}-{}-{}", camp_slug(key.camp), key.metric.as_str(), key.population.as_str())
}

/// Every class of a series: `series`, its colour class, `series-<camp>`,
/// `series-<metric>`, `series-total` or `series-single`, and
/// `series-other-claimant` when one side counts the other's losses.
fn series_classes(key: &SeriesKey) -> Classes {
    classes!(
        "series",
        colour_class(key),
        format!("series-{}", camp_slug(key.camp)),
        format!("series-{}", key.metric.as_str()),
        if key.cumulative { "series-total" } else { "series-single" },
        (key.claimed_by != key.camp).then_some("series-other-claimant"),
    )
}

/// The line's dash pattern, by what it counts, so that series of one side
/// stay apart without colour (for colour-blind readers, and on paper).
fn dash(key: &SeriesKey) -> Option<&'static str> {
    match (key.metric, key.population) {
        (Metric::Killed, Population::Military) => None,
        (Metric::Killed, Population::Civilian) => Some("2 3"),
        (Metric::Wounded, Population::Military) => Some("7 4"),
        (Metric::Wounded, Population::Civilian) => Some("8 3 2 3"),
        _ => Some("12 4"),
    }
}

/// A marker whose shape says whose losses it counts: a circle for the
/// Armenian side, a square for Azerbaijan, a triangle for one side's count
/// of the other's losses. Filled for a running total, hollow for one day.
fn marker(key: &SeriesKey, x: f64, y: f64, r: f64) -> Html {
    let class = if key.cumulative { "marker marker-filled" } else { "marker marker-hollow" };
    let fill = if key.cumulative { "currentColor" } else { "none" };
    if key.claimed_by != key.camp {
        let d = closed_path(&[(x, y - r * 1.2), (x + r * 1.1, y + r * 0.8), (x - r * 1.1, y + r * 0.8)]);
        return html! { <path {class} {d} {fill} stroke="currentColor" pointer-events="visible" /> };
    }
    match key.camp {
        Camp::Azerbaijani => {
            let side = r * 1.7;
            html! { <rect {class} x={tenths(x - side / 2.0)} y={tenths(y - side / 2.0)} width={tenths(side)} height={tenths(side)} {fill} stroke="currentColor" pointer-events="visible" /> }
        }
        _ => {
            html! { <circle {class} cx={tenths(x)} cy={tenths(y)} r={tenths(r)} {fill} stroke="currentColor" pointer-events="visible" /> }
        }
    }
}

/// SVG path data through the points, in order.
fn path_through(points: &[PointGeometry]) -> String {
    points
        .iter()
        .enumerate()
        .map(|(i, p)| format!("{} {} {}", if i == 0 { "M" } else { "L" }, T(p.x), T(p.y)))
        .collect::<Vec<_>>()
        .join(" ")
}

#[function_component(CasualtyChart)]
pub fn casualty_chart(p: &CasualtyChartProps) -> Html {
    let name = |id: &str| p.names.as_ref().map_or_else(|| id.to_owned(), |n| n.emit(id.to_owned()));
    let geometry =
        use_memo((p.points.clone(), p.frame, narrow_screen(), p.sides.clone()), |(points, frame, narrow, sides)| {
            layout(points, &if *narrow { ChartSize::narrow() } else { ChartSize::default() }, *frame, sides)
        });
    let points = &*p.points;
    let caption = html! {
        <figcaption class="chart-caption">
            { TITLE }{ ". Each point is one figure as a side stated it in one article, not a verified count. Running totals are filled and joined by a line; counts for a single day or event are hollow. Select a point to open its record." }
        </figcaption>
    };
    if points.is_empty() {
        return html! {
            <figure class="casualty-chart">
                { caption }
                <p class="chart-empty">{ summary(points, &p.sides) }</p>
            </figure>
        };
    }
    let drawn = |s: &SeriesGeometry| {
        html! {
            <g class={series_classes(&s.key)}>
                if s.joined {
                    <path class="series-line" d={path_through(&s.points)} fill="none" stroke="currentColor"
                          stroke-dasharray={dash(&s.key)} />
                }
                { for s.points.iter().map(|g| {
                    let point = &points[g.index];
                    let who = name(&point.claimant);
                    let aria = format!("{}: {}. Claimed by {who}: {}", s.label, g.label, point.quote);
                    let also = if point.also.is_empty() { String::new() } else { format!("\nAlso reported as {}", point.also.join(", ")) };
                    let title = format!("{}\n{}\nClaimed by {who}\n{}{also}", g.label, s.label, point.quote);
                    html! {
                        <a class="chart-point" href={record_href(&g.claim_id)} data-record-id={g.claim_id.clone()}
                           tabindex="0" aria-label={aria}>
                            { marker(&s.key, g.x, g.y, POINT_RADIUS) }
                            <title>{ title }</title>
                        </a>
                    }
                }) }
            </g>
        }
    };
    let g: &ChartGeometry = &geometry;
    html! {
        <figure class="casualty-chart">
            { caption }
            <svg class="chart-svg" viewBox={format!("0 0 {} {}", T(g.width), T(g.height))} role="group"
                 aria-labelledby="chart-title chart-desc">
                <title id="chart-title">{ TITLE }</title>
                <desc id="chart-desc">{ summary(points, &p.sides) }</desc>
                { axes(g) }
                { for g.series.iter().map(drawn) }
            </svg>
            { legend(g, &p.sides) }
            { data_table(points, &name, &p.sides) }
        </figure>
    }
}

/// Grid lines, axis lines and tick labels; hidden from assistive technology,
/// which gets the same information from the table.
fn axes(g: &ChartGeometry) -> Html {
    let (l, r, t, b) = (tenths(g.plot_left), tenths(g.plot_right), tenths(g.plot_top), tenths(g.plot_bottom));
    html! {
        <>
            <g class="chart-grid" aria-hidden="true">
                { for g.y_ticks.iter().map(|k| html! { <line class="grid-line" x1={l.clone()} x2={r.clone()} y1={tenths(k.pos)} y2={tenths(k.pos)} /> }) }
                { for g.x_ticks.iter().map(|k| html! { <line class="grid-line" x1={tenths(k.pos)} x2={tenths(k.pos)} y1={t.clone()} y2={b.clone()} /> }) }
            </g>
            <g class="chart-axis axis-x" aria-hidden="true">
                <line class="axis-line" x1={l.clone()} x2={r.clone()} y1={b.clone()} y2={b.clone()} />
                { for g.x_ticks.iter().map(|k| html! {
                    <>
                        <line class="tick" x1={tenths(k.pos)} x2={tenths(k.pos)} y1={b.clone()} y2={tenths(g.plot_bottom + 5.0)} />
                        <text class="tick-label" x={tenths(k.pos)} y={tenths(g.plot_bottom + 18.0)} text-anchor="middle">{ &k.label }</text>
                    </>
                }) }
            </g>
            <g class="chart-axis axis-y" aria-hidden="true">
                <line class="axis-line" x1={l.clone()} x2={l.clone()} y1={t.clone()} y2={b.clone()} />
                { for g.y_ticks.iter().map(|k| html! {
                    <text class="tick-label" x={tenths(g.plot_left - 6.0)} y={tenths(k.pos + 4.0)} text-anchor="end">{ &k.label }</text>
                }) }
                <text class="axis-title" x={tenths(g.plot_left + 4.0)} y={tenths((g.plot_top - 4.0).max(10.0))} text-anchor="start">{ "Number claimed" }</text>
            </g>
        </>
    }
}

/// The legend, grouped by side: one entry per kind of count (a running
/// total and one day's counts of it share a colour, shape and dash; the
/// caption says filled or hollow).
fn legend(g: &ChartGeometry, names: &Names) -> Html {
    let mut groups: Vec<(Camp, Vec<SeriesKey>)> = Vec::new();
    for s in &g.series {
        let key = SeriesKey { cumulative: true, ..s.key };
        match groups.iter_mut().find(|(camp, _)| *camp == key.camp) {
            Some((_, keys)) if keys.contains(&key) => {}
            Some((_, keys)) => keys.push(key),
            None => groups.push((key.camp, vec![key])),
        }
    }
    html! {
        <div class="chart-legend" role="group" aria-label="Legend">
            { for groups.into_iter().map(|(camp, keys)| html! {
                <div class="legend-group">
                    <h3>{ names.camp(camp) }</h3>
                    <ul>{ for keys.iter().map(|k| legend_item(k, names)) }</ul>
                </div>
            }) }
        </div>
    }
}

/// A kind of count with a swatch drawn as the chart draws it.
fn legend_item(key: &SeriesKey, names: &Names) -> Html {
    html! {
        <li class={classes!("legend-item", series_classes(key))}>
            <svg class="legend-swatch" viewBox="0 0 28 12" width="28" height="12" aria-hidden="true" focusable="false">
                <line x1="1" x2="27" y1="6" y2="6" stroke="currentColor" stroke-width="2" stroke-dasharray={dash(key)} />
                { marker(key, 14.0, 6.0, 3.5) }
            </svg>
            <span>{ key.short_label(names) }</span>
        </li>
    }
}

/// The text equivalent: one row per point, in the order drawn.
fn data_table(points: &[CasualtyPoint], name: &dyn Fn(&str) -> String, names: &Names) -> Html {
    html! {
        <details class="chart-data">
            <summary>{ "Data table" }</summary>
            <table class="chart-table">
                <caption>{ TITLE }{ ": one row per figure, in the order drawn." }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Series" }</th>
                        <th scope="col">{ "Date" }</th>
                        <th scope="col">{ "Figure claimed" }</th>
                        <th scope="col">{ "Claimed by" }</th>
                        <th scope="col">{ "Quote" }</th>
                        <th scope="col">{ "Record" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for text_rows(points, names).into_iter().map(|row| {
                        let point = &points[row.index];
                        html! {
                            <tr class={colour_class(&row.key)} data-record-id={row.claim_id.clone()}>
                                <th scope="row">{ &row.series }</th>
                                <td>{ &row.date }</td>
                                <td>{ &row.value }</td>
                                <td>{ name(&point.claimant) }</td>
                                <td class="quote">{ &point.quote }</td>
                                <td>
                                    <a href={record_href(&row.claim_id)} data-record-id={row.claim_id.clone()}>{ "Details" }<span class="visually-hidden">{ format!(" of {}", point.label()) }</span></a>
                                    { for point.also.iter().map(|id| html! { <>{ " · " }<a href={record_href(id)} data-record-id={id.clone()}>{ "also reported" }<span class="visually-hidden">{ format!(" as {id}") }</span></a></> }) }
                                </td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </details>
    }
}

#[cfg(all(test, target_arch = "wasm32"))]
mod browser_tests {
    use super::*;
    use crate::model::{Camp, Metric, Population, Qualifier};
    use wasm_bindgen::JsCast;
    use wasm_bindgen_test::*;

    wasm_bindgen_test_configure!(run_in_browser);

    fn point(id: &str, camp: Camp, cumulative: bool, date: &str, value: u64) -> CasualtyPoint {
        CasualtyPoint {
            claim_id: id.into(),
            camp,
            claimed_by: camp,
            metric: Metric::Killed,
            population: Population::Military,
            cumulative,
            date: date.parse().unwrap(),
            value,
            qualifier: Qualifier::Exact,
            raw: String::new(),
            quote: format!("the quote of {id}"),
            source: "src".into(),
            claimant: "speaker".into(),
            also: vec![],
        }
    }

    #[wasm_bindgen_test]
    async fn the_chart_renders_svg_links_a_legend_and_a_table() {
        let points = Rc::new(vec![
            point("c-1", Camp::Armenian, true, "2020-10-01", 100),
            point("c-2", Camp::Armenian, true, "2020-10-05", 200),
            point("c-3", Camp::Azerbaijani, false, "2020-10-02", 10),
        ]);
        let document = web_sys::window().unwrap().document().unwrap();
        let root = document.create_element("div").unwrap();
        document.body().unwrap().append_child(&root).unwrap();
        let handle = yew::Renderer::<CasualtyChart>::with_root_and_props(
            root.clone(),
            CasualtyChartProps { points, frame: None, names: None, sides: Default::default() },
        )
        .render();
        yew::scheduler::flush().await;
        let all = |sel: &str| root.query_selector_all(sel).unwrap();
        let svg = root.query_selector("figure.casualty-chart svg").unwrap().unwrap();
        assert_eq!(svg.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"));
        assert_eq!(svg.get_attribute("viewBox").as_deref(), Some("0 0 720 360"));
        assert_eq!(svg.get_attribute("aria-labelledby").as_deref(), Some("chart-title chart-desc"));
        let links = all("a.chart-point");
        assert_eq!(links.length(), 3);
        let a: web_sys::Element = links.item(0).unwrap().dyn_into().unwrap();
        assert_eq!(a.namespace_uri().as_deref(), Some("http://www.w3.org/2000/svg"));
        assert_eq!(a.get_attribute("href").as_deref(), Some("#/record/c-1"));
        assert!(a.text_content().unwrap().contains("the quote of c-1"));
        let focus: js_sys::Function = js_sys::Reflect::get(&a, &"focus".into()).unwrap().dyn_into().unwrap();
        focus.call0(&a).unwrap();
        assert_eq!(document.active_element().and_then(|e| e.get_attribute("data-record-id")).as_deref(), Some("c-1"));
        assert_eq!(all("path.series-line").length(), 1);
        assert_eq!(all(".marker-hollow").length(), 1, "the one-day count is hollow");
        assert_eq!(all(".chart-legend li").length(), 2, "killed · military, once under each side");
        assert_eq!(all(".chart-legend .legend-group").length(), 2, "grouped by side");
        assert_eq!(all(".chart-svg rect.marker").length(), 1, "Azerbaijan's marker is a square");
        assert_eq!(all("table tbody tr").length(), 3);
        assert_eq!(all("table thead th[scope=col]").length(), 6);
        assert!(root
            .query_selector("desc#chart-desc")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .starts_with("3 claimed casualty figures"));
        handle.destroy();
        root.remove();
    }
}
