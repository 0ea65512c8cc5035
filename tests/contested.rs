#![cfg(not(target_arch = "wasm32"))]
//! The contested-figures table: on hand-made claims with exact expected
//! cells, and on the bundled data with expectations read off data/records.

mod support;

use karabakh::catalog::Catalog;
use karabakh::contested::{contested, Measure};
use karabakh::facts::FactClusters;
use karabakh::model::{Camp, Category, Claim, Dataset, Figure, Metric, Population, Relation, Side, Whose};
use support::*;

fn killed(value: u64, population: Population, whose: Whose, cumulative: bool) -> Figure {
    figure(Metric::Killed, value, population, whose, cumulative)
}

fn with_figures(mut c: Claim, figures: Vec<Figure>, occurred: &str) -> Claim {
    c.figures = figures;
    c.occurred = on_day(occurred);
    c
}

/// One filled cell: the measure, the column, the claims shown (latest
/// first), and for each the other reports and the disputes named beside it.
type FilledCell = (String, usize, Vec<String>, Vec<Vec<String>>);

/// The table's filled cells.
fn cells(claims: Vec<Claim>) -> Vec<FilledCell> {
    let catalog = Catalog::new(Dataset { claims, ..Dataset::default() });
    let facts = FactClusters::new(&catalog.dataset.claims);
    let all: Vec<usize> = (0..catalog.dataset.claims.len()).collect();
    let ids = |v: &[usize]| v.iter().map(|&i| catalog.dataset.claims[i].id.clone()).collect::<Vec<_>>();
    contested(&catalog, &facts, &all)
        .into_iter()
        .flat_map(|row| {
            row.cells
                .into_iter()
                .enumerate()
                .filter(|(_, c)| !c.figures.is_empty())
                .map(|(k, c)| {
                    let shown = c.figures.iter().map(|s| catalog.dataset.claims[s.claim].id.clone()).collect();
                    let extra = c.figures.iter().map(|s| [ids(&s.also), ids(&s.disputed_by)].concat()).collect();
                    (row.measure.label(), k, shown, extra)
                })
                .collect::<Vec<_>>()
        })
        .collect()
}

#[test]
fn each_side_on_its_own_and_the_others_losses_latest_total_first_each_fact_once() {
    use Population::*;
    let claims = vec![
        with_figures(
            claim("c-am-day", Side::NagornoKarabakh, "nk", Category::Casualties, "31 killed"),
            vec![killed(31, Military, Whose::NagornoKarabakh, false)],
            "2020-09-27",
        ),
        with_figures(
            claim("c-am-total", Side::Armenia, "am", Category::Casualties, "320 killed"),
            vec![killed(320, Military, Whose::Armenia, true)],
            "2020-10-07",
        ),
        linked(
            with_figures(
                claim("c-am-twin", Side::NagornoKarabakh, "nk", Category::Casualties, "320 killed too"),
                vec![killed(320, Military, Whose::NagornoKarabakh, true)],
                "2020-10-07",
            ),
            Relation::SameFact,
            "c-am-total",
        ),
        with_figures(
            claim("c-az-says", Side::Azerbaijan, "az", Category::Casualties, "2000 enemy killed"),
            vec![killed(2000, Military, Whose::Armenia, true)],
            "2020-10-10",
        ),
        linked(claim("c-am-denies", Side::Armenia, "am", Category::Denial, "lies"), Relation::Denies, "c-az-says"),
        with_figures(
            claim("c-press", Side::Press, "wire", Category::Casualties, "400 dead"),
            vec![killed(400, Unspecified, Whose::Both, true)],
            "2020-10-08",
        ),
    ];
    let own = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
    assert_eq!(
        cells(claims),
        vec![
            // Soldiers killed: the Armenian side's own, the running total first
            // (its twin named), then the day's count; Azerbaijan's count of
            // Armenian losses with the denial beside it. The press's figure
            // for both sides is no side's claim.
            ("soldiers killed".to_owned(), 0, own(&["c-am-total", "c-am-day"]), vec![own(&["c-am-twin"]), vec![]]),
            ("soldiers killed".to_owned(), 3, own(&["c-az-says"]), vec![own(&["c-am-denies"])]),
        ]
    );
}

#[test]
fn measures_are_named_for_who_or_what_they_count() {
    let m = |metric, population| Measure { metric, population }.label();
    assert_eq!(m(Metric::Killed, Population::Military), "soldiers killed");
    assert_eq!(m(Metric::Wounded, Population::Civilian), "civilians wounded");
    assert_eq!(m(Metric::Displaced, Population::Unspecified), "people displaced");
    assert_eq!(m(Metric::HomesUninhabitable, Population::Civilian), "homes made uninhabitable");
    assert_eq!(m(Metric::AircraftDowned, Population::Unspecified), "aircraft downed");
    assert_eq!(Camp::Armenian, karabakh::contested::COLUMNS[0].0);
}

#[test]
fn the_bundled_table_as_read_off_the_data() {
    let explorer = karabakh::explorer::Explorer::bundled();
    let claims = &explorer.catalog.dataset.claims;
    let all: Vec<usize> = (0..claims.len()).collect();
    let rows = contested(&explorer.catalog, &explorer.facts, &all);
    let id = |i: usize| claims[i].id.as_str();
    let row =
        |label: &str| rows.iter().find(|r| r.measure.label() == label).unwrap_or_else(|| panic!("no row {label}"));
    // Soldiers killed, the Armenian side on its own losses: the "at least
    // 772" of 20 October leads (the record the preferred_figure flag names,
    // its twin from article 001 named beside it), then 320 as of 7 October,
    // then the daily counts of 28 and 27 September.
    let own = &row("soldiers killed").cells[0].figures;
    assert_eq!(
        own.iter().map(|s| id(s.claim)).collect::<Vec<_>>(),
        [
            "c-002-nk-772-troops-killed",
            "c-003-nk-320-military-killed",
            "c-004-nk-soldiers-killed-monday",
            "c-004-nk-31-killed-200-wounded-sunday"
        ]
    );
    assert_eq!(own[0].also.iter().map(|&i| id(i)).collect::<Vec<_>>(), ["c-001-armenia-772-soldiers-killed"]);
    assert!(row("soldiers killed").cells[1..].iter().all(|c| c.figures.is_empty()), "no counterpart from Azerbaijan");
    // The plane: the Armenian side's claim about Azerbaijan's loss, with Baku's denial beside it.
    let plane = &row("aircraft downed").cells[1].figures;
    assert_eq!(plane.iter().map(|s| id(s.claim)).collect::<Vec<_>>(), ["c-001-am-mod-plane-downed"]);
    assert_eq!(plane[0].disputed_by.iter().map(|&i| id(i)).collect::<Vec<_>>(), ["c-001-az-denies-plane-downed"]);
}
