#![cfg(not(target_arch = "wasm32"))]
//! The casualty chart's geometry: on the bundled data, promises that hold
//! for any sensible dataset; on hand-made claims, exact coordinates.

mod support;

use chrono::NaiveDate;
use karabakh::bundled::load_bundled;
use karabakh::chart::{
    camp_of, casualty_points, date_frame, fact_points, layout, summary, text_rows, CasualtyPoint, ChartGeometry,
    ChartSize,
};
use karabakh::facts::FactClusters;
use karabakh::model::{
    Camp, Category, Claim, DateRef, Figure, Link, Metric, Population, Precision, Qualifier, Quote, Relation, Rule,
    Side, Whose,
};
use karabakh::names::Names;

fn date(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// The bundled dataset's names of its sides (`data/meta.json`).
fn names() -> Names {
    Names::new(&load_bundled().dataset)
}

fn bundled() -> (Vec<Claim>, Vec<CasualtyPoint>, ChartGeometry) {
    let claims = load_bundled().dataset.claims;
    let points = casualty_points(&claims);
    let geometry = layout(&points, &ChartSize::default(), date_frame(&points), &names());
    (claims, points, geometry)
}

#[test]
fn every_bundled_point_is_a_figure_of_its_claim() {
    let (claims, points, _) = bundled();
    for p in &points {
        let c = claims.iter().find(|c| c.id == p.claim_id).unwrap_or_else(|| panic!("{} is not a claim", p.claim_id));
        assert!(
            c.figures.iter().any(|f| f.metric == p.metric
                && f.value == p.value
                && f.qualifier == p.qualifier
                && f.population == p.population
                && f.cumulative == p.cumulative
                && f.raw == p.raw
                && camp_of(f.whose) == Some(p.camp)),
            "{}: no figure {p:?}",
            c.id
        );
        assert_eq!(Some(p.date), c.occurred.sort_key());
        assert_eq!((&p.quote, &p.source, &p.claimant), (&c.quote.text, &c.quote.source, &c.claimant));
        assert_eq!(p.claimed_by, c.side.camp());
    }
    let expected = claims
        .iter()
        .flat_map(|c| &c.figures)
        .filter(|f| matches!(f.metric, Metric::Killed | Metric::Wounded) && camp_of(f.whose).is_some())
        .count();
    assert_eq!(points.len(), expected, "one point per killed or wounded figure of either side");
}

#[test]
fn bundled_points_lie_in_the_plot_and_larger_values_lie_higher() {
    let (_, points, g) = bundled();
    let drawn: Vec<_> = g.series.iter().flat_map(|s| &s.points).collect();
    assert_eq!(drawn.len(), points.len());
    for d in &drawn {
        assert!((g.plot_left..=g.plot_right).contains(&d.x), "{} x {} outside the plot", d.claim_id, d.x);
        assert!((g.plot_top..=g.plot_bottom).contains(&d.y), "{} y {} outside the plot", d.claim_id, d.y);
        assert!(g.start < d.date && d.date < g.end);
        assert!(d.value <= g.y_max);
    }
    for a in &drawn {
        for b in &drawn {
            if a.value < b.value {
                assert!(a.y >= b.y, "{} ({}) drawn above {} ({})", a.claim_id, a.value, b.claim_id, b.value);
            } else if a.value == b.value {
                assert_eq!(a.y, b.y);
            }
        }
    }
    let first = points.iter().map(|p| p.date).min().unwrap();
    let last = points.iter().map(|p| p.date).max().unwrap();
    assert_eq!((g.start, g.end), (first.pred_opt().unwrap(), last.succ_opt().unwrap()), "a day either side");
}

#[test]
fn bundled_series_paths_pass_through_their_points_in_date_order() {
    let (points, g) = {
        let (_, p, g) = bundled();
        (p, g)
    };
    let mut keys: Vec<_> = g.series.iter().map(|s| s.key).collect();
    keys.dedup();
    assert_eq!(keys.len(), g.series.len(), "one geometry per series");
    for s in &g.series {
        assert!(!s.points.is_empty());
        assert!(s.points.windows(2).all(|w| w[0].date <= w[1].date), "{} in date order", s.label);
        for d in &s.points {
            assert_eq!(points[d.index].series(), s.key);
            assert_eq!(points[d.index].claim_id, d.claim_id);
        }
        assert_eq!(s.joined, s.key.cumulative && s.points.len() > 1, "only running totals are joined: {}", s.label);
    }
}

#[test]
fn bundled_ticks_and_text_rows_agree_with_the_drawing() {
    let (_, points, g) = bundled();
    assert!(g.x_ticks.iter().all(|t| (g.plot_left..=g.plot_right).contains(&t.pos)));
    assert!(g.x_ticks.windows(2).all(|w| w[0].pos < w[1].pos && w[0].label != w[1].label));
    assert_eq!(g.y_ticks.first().map(|t| (t.pos, t.label.as_str())), Some((g.plot_bottom, "0")));
    assert_eq!(g.y_ticks.last().map(|t| t.pos), Some(g.plot_top));
    assert!(g.y_ticks.windows(2).all(|w| w[0].pos > w[1].pos));
    let rows = text_rows(&points, &names());
    let drawn: Vec<usize> = g.series.iter().flat_map(|s| s.points.iter().map(|p| p.index)).collect();
    assert_eq!(rows.iter().map(|r| r.index).collect::<Vec<_>>(), drawn, "the table lists the points as drawn");
    // casualty_points already returns them in drawing order.
    assert_eq!(drawn, (0..points.len()).collect::<Vec<_>>());
    // Read off data/records: the highest figure either side gave is the
    // Armenian side's "at least 772" soldiers killed, as of 20 October.
    let said = summary(&points, &names());
    assert!(said.starts_with(&format!("{} claimed casualty figures", points.len())), "{said}");
    assert!(said.contains("the highest, at least 772 killed (military) as of 20 Oct 2020"), "{said}");
}

// Hand-made claims.

fn range(start: &str, end: &str) -> DateRef {
    DateRef {
        date: Some(date(start)),
        end: Some(date(end)),
        precision: Precision::Range,
        raw: None,
        rule: Rule::Inferred,
        anchor: None,
        note: Some("test".into()),
    }
}

fn on(d: &str) -> DateRef {
    DateRef {
        date: Some(date(d)),
        end: None,
        precision: Precision::Day,
        raw: None,
        rule: Rule::Inferred,
        anchor: None,
        note: Some("test".into()),
    }
}

fn claim(id: &str, side: Side, occurred: DateRef, figures: Vec<Figure>) -> Claim {
    Claim {
        id: id.into(),
        claimant: format!("{}-speaker", side.as_str()),
        side,
        asserted: on("2020-10-21"),
        occurred,
        category: Category::Casualties,
        places: vec![],
        figures,
        summary: format!("summary of {id}"),
        quote: Quote { source: "src-test".into(), start: 0, end: 5, text: format!("quote of {id}") },
        reported_via: vec![],
        links: vec![],
        verification: vec![],
        flags: vec![],
    }
}

fn hand_made() -> Vec<Claim> {
    use Population::*;
    vec![
        claim(
            "c-4",
            Side::Azerbaijan,
            on("2020-10-01"),
            vec![support::figure(Metric::Killed, 10, Civilian, Whose::Azerbaijan, false)],
        ),
        claim(
            "c-1",
            Side::Armenia,
            range("2020-09-27", "2020-09-30"),
            vec![support::figure(Metric::Killed, 104, Military, Whose::Armenia, true)],
        ),
        claim(
            "c-2",
            Side::NagornoKarabakh,
            range("2020-09-27", "2020-10-05"),
            vec![Figure {
                qualifier: Qualifier::AtLeast,
                ..support::figure(Metric::Killed, 200, Military, Whose::NagornoKarabakh, true)
            }],
        ),
        // Another article's report of the same figure.
        claim(
            "c-3",
            Side::Armenia,
            range("2020-09-27", "2020-10-05"),
            vec![support::figure(Metric::Killed, 200, Military, Whose::ArmenianSide, true)],
        ),
        claim(
            "c-5",
            Side::Press,
            on("2020-10-02"),
            vec![
                support::figure(Metric::Killed, 400, Unspecified, Whose::Both, true),
                support::figure(Metric::Wounded, 9, Civilian, Whose::Unspecified, false),
                support::figure(Metric::Displaced, 1000, Civilian, Whose::Azerbaijan, true),
            ],
        ),
    ]
}

/// 260 units for the 26 days from 27 Sep to 23 Oct: ten a day.
fn small() -> ChartSize {
    ChartSize::uniform(280.0, 120.0, 10.0)
}

#[test]
fn hand_made_claims_are_drawn_at_exact_positions() {
    let claims = hand_made();
    let points = casualty_points(&claims);
    assert_eq!(
        points.iter().map(|p| p.claim_id.as_str()).collect::<Vec<_>>(),
        ["c-1", "c-2", "c-3", "c-4"],
        "figures of both sides or of nobody are left out"
    );
    let g = layout(&points, &small(), Some((date("2020-09-27"), date("2020-10-23"))), &names());
    assert_eq!((g.start, g.end, g.y_max), (date("2020-09-27"), date("2020-10-23"), 200));
    let ticks = |t: &[karabakh::chart::Tick]| t.iter().map(|t| (t.pos, t.label.clone())).collect::<Vec<_>>();
    let own = |v: &[(f64, &str)]| v.iter().map(|&(p, l)| (p, l.to_owned())).collect::<Vec<_>>();
    assert_eq!(ticks(&g.x_ticks), own(&[(10.0, "27 Sep"), (80.0, "4 Oct"), (150.0, "11 Oct"), (220.0, "18 Oct")]));
    assert_eq!(ticks(&g.y_ticks), own(&[(110.0, "0"), (85.0, "50"), (60.0, "100"), (35.0, "150"), (10.0, "200")]));

    assert_eq!(g.series.len(), 2);
    let total = &g.series[0];
    assert_eq!(total.label, "Armenian side · killed · military (running total)");
    assert!(total.joined);
    let at: Vec<(&str, f64, f64)> = total.points.iter().map(|p| (p.claim_id.as_str(), p.x, p.y)).collect();
    // 30 Sep: x = 10 + 3 × 10, y = 110 − 104 / 2; the two reports of 5 Oct are 6 apart.
    assert_eq!(at, [("c-1", 40.0, 58.0), ("c-2", 87.0, 10.0), ("c-3", 93.0, 10.0)]);
    assert_eq!(total.points[1].label, "at least 200 killed (military), as of 5 Oct 2020");

    let single = &g.series[1];
    assert_eq!(single.label, "Azerbaijan · killed · civilian (one day or event)");
    assert!(!single.joined);
    assert_eq!((single.points[0].x, single.points[0].y), (50.0, 105.0));
    assert_eq!(single.points[0].label, "10 killed (civilian), for 1 Oct 2020");

    let rows = text_rows(&points, &names());
    let row =
        |i: usize| (rows[i].series.as_str(), rows[i].date.as_str(), rows[i].value.as_str(), rows[i].claim_id.as_str());
    assert_eq!(
        row(1),
        ("Armenian side · killed · military (running total)", "as of 5 Oct 2020", "at least 200", "c-2")
    );
    assert_eq!(row(3), ("Azerbaijan · killed · civilian (one day or event)", "for 1 Oct 2020", "10", "c-4"));
    assert_eq!(
        summary(&points, &names()),
        "4 claimed casualty figures, each fact counted once, from 4 reports in 2 series, dated 30 Sep 2020 to 5 Oct 2020; the highest, at least 200 killed (military) as of 5 Oct 2020, is in the series Armenian side · killed · military (running total)."
    );
}

#[test]
fn the_default_size_keeps_filtered_charts_on_one_scale() {
    let claims = hand_made();
    let all = casualty_points(&claims);
    let only_azerbaijan = casualty_points(claims.iter().filter(|c| c.side == Side::Azerbaijan));
    let frame = date_frame(&all);
    assert_eq!(frame, Some((date("2020-09-29"), date("2020-10-06"))));
    let a = layout(&all, &ChartSize::default(), frame, &names());
    let b = layout(&only_azerbaijan, &ChartSize::default(), frame, &names());
    assert_eq!((a.start, a.end), (b.start, b.end));
    assert_eq!(a.x_ticks, b.x_ticks);
    // Plot 56..704 over 7 days; 1 Oct is 2 days in: 56 + 2/7 × 648.
    assert_eq!(b.series[0].points[0].x, 241.1);
    assert_eq!(a.series[1].points[0].x, 241.1);
}

#[test]
fn one_sides_count_of_the_others_losses_is_a_series_of_its_own() {
    let claims = vec![
        claim(
            "c-own",
            Side::Armenia,
            range("2020-09-27", "2020-10-10"),
            vec![support::figure(Metric::Killed, 500, Population::Military, Whose::Armenia, true)],
        ),
        claim(
            "c-theirs",
            Side::Azerbaijan,
            range("2020-09-27", "2020-10-12"),
            vec![support::figure(Metric::Killed, 2000, Population::Military, Whose::Armenia, true)],
        ),
        claim(
            "c-wounded",
            Side::Azerbaijan,
            on("2020-10-03"),
            vec![support::figure(Metric::Wounded, 7, Population::Civilian, Whose::Azerbaijan, false)],
        ),
    ];
    let points = casualty_points(&claims);
    assert_eq!(points.iter().map(|p| p.camp).collect::<Vec<_>>(), [Camp::Armenian, Camp::Armenian, Camp::Azerbaijani]);
    let g = layout(&points, &ChartSize::default(), None, &names());
    let labels: Vec<&str> = g.series.iter().map(|s| s.label.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Armenian side · killed · military (running total)",
            "Armenian side · killed · military (running total), as claimed by Azerbaijan",
            "Azerbaijan · wounded · civilian (one day or event)",
        ]
    );
    assert!(g.series.iter().all(|s| !s.joined), "no line joins one side's figure to the other's");
    assert_eq!(g.series[1].key.claimed_by, Camp::Azerbaijani);
    assert_eq!(g.series[1].key.short_label(&names()), "killed · military, as claimed by Azerbaijan");
    assert_eq!(g.y_max, 2000);
}

#[test]
fn a_fact_reported_by_two_articles_is_one_point_naming_both() {
    use Population::*;
    let mut twin = claim(
        "c-twin",
        Side::NagornoKarabakh,
        range("2020-09-27", "2020-10-20"),
        vec![support::figure(Metric::Killed, 772, Military, Whose::NagornoKarabakh, true)],
    );
    twin.links.push(Link { relation: Relation::SameFact, target: "c-first".into() });
    let claims = vec![
        claim(
            "c-first",
            Side::Armenia,
            range("2020-09-27", "2020-10-20"),
            vec![
                support::figure(Metric::Killed, 772, Military, Whose::Armenia, true),
                support::figure(Metric::Killed, 36, Civilian, Whose::Armenia, true),
            ],
        ),
        twin,
        claim(
            "c-other",
            Side::Azerbaijan,
            on("2020-10-14"),
            vec![support::figure(Metric::Killed, 63, Civilian, Whose::Azerbaijan, true)],
        ),
    ];
    let facts = FactClusters::new(&claims);
    let got = |shown: &[usize]| -> Vec<(String, u64, Vec<String>)> {
        fact_points(&claims, &facts, shown).into_iter().map(|p| (p.claim_id, p.value, p.also)).collect()
    };
    let own =
        |id: &str, v: u64, also: &[&str]| (id.to_owned(), v, also.iter().map(|a| a.to_string()).collect::<Vec<_>>());
    // The representative (first in file order) stands for the fact; its twin
    // is named. Drawing order: the military series before the civilian.
    assert_eq!(
        got(&[0, 1, 2]),
        [own("c-first", 772, &["c-twin"]), own("c-first", 36, &["c-twin"]), own("c-other", 63, &[])]
    );
    // Filtered down to the twin alone, the twin stands for the fact.
    assert_eq!(got(&[1]), [own("c-twin", 772, &["c-first"])]);
}

#[test]
fn the_bundled_chart_counts_each_fact_once() {
    let claims = load_bundled().dataset.claims;
    let facts = FactClusters::new(&claims);
    let all: Vec<usize> = (0..claims.len()).collect();
    let points = fact_points(&claims, &facts, &all);
    let at = |id: &str| claims.iter().position(|c| c.id == id).unwrap();
    let mut seen = std::collections::HashSet::new();
    for p in &points {
        let key = (facts.cluster_of(at(&p.claim_id)), p.metric, p.population, p.camp);
        assert!(seen.insert(key), "{} is a second point for one fact", p.claim_id);
    }
    let fives: Vec<&str> = points.iter().filter(|p| p.value == 772).map(|p| p.claim_id.as_str()).collect();
    assert_eq!(fives.len(), 1, "772 is drawn once: {fives:?}");
    assert!(points.len() < casualty_points(&claims).len(), "twins were merged");
}
