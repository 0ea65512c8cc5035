//! Benchmark, not a test: prints how long indexing and filter updates take
//! on 100,000 claims, against the budget of one frame (16 ms). Run with
//! `cargo bench --bench query`. Numbers are native; the browser build runs
//! the same code as wasm, typically 1.5–3× slower.

use std::time::{Duration, Instant};

use chrono::Days;
use karabakh::explorer::Explorer;
use karabakh::model::Claim;
use karabakh::model::{Category, Side};
use karabakh::query::{ClaimIndex, DateField, FacetKey, Filters};

const TARGET: usize = 100_000;
const FRAME: Duration = Duration::from_millis(16);

/// The bundled claims, repeated with new ids, shifted dates and rotated
/// claimants and places, up to `TARGET`.
fn synthetic(base: &[Claim]) -> Vec<Claim> {
    assert!(!base.is_empty(), "the bundled dataset has claims");
    let claimants: Vec<String> = base.iter().map(|c| c.claimant.clone()).collect();
    let places: Vec<String> = base.iter().flat_map(|c| c.places.clone()).collect();
    (0..TARGET)
        .map(|n| {
            let mut c = base[n % base.len()].clone();
            let round = n / base.len();
            c.id = format!("{}-{round}", c.id);
            let shift = Days::new((round % 30) as u64);
            c.asserted.date = c.asserted.date.map(|d| d.checked_add_days(shift).unwrap());
            c.occurred.date = c.occurred.date.map(|d| d.checked_add_days(shift).unwrap());
            c.occurred.end = c.occurred.end.map(|e| e.checked_add_days(shift).unwrap());
            c.claimant = claimants[(n * 7) % claimants.len()].clone();
            if !places.is_empty() && round % 2 == 1 {
                c.places.push(places[(n * 13) % places.len()].clone());
            }
            c.summary = format!("{} (copy {round})", c.summary);
            c
        })
        .collect()
}

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) -> Duration {
    let mut worst = Duration::ZERO;
    let mut total = Duration::ZERO;
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        let d = t.elapsed();
        worst = worst.max(d);
        total += d;
    }
    let mean = total / runs;
    let verdict = if worst <= FRAME { "within one frame" } else { "OVER one frame" };
    println!(
        "{label:<48} mean {:>8.2} ms   worst {:>8.2} ms   {verdict}",
        mean.as_secs_f64() * 1e3,
        worst.as_secs_f64() * 1e3
    );
    worst
}

fn main() {
    let catalog = Explorer::bundled().catalog;
    let claims = synthetic(&catalog.dataset.claims);
    println!("{} synthetic claims from {} bundled ones", claims.len(), catalog.dataset.claims.len());
    let t = Instant::now();
    let ix = ClaimIndex::new(&claims, |s| catalog.source_index(s));
    println!("{:<48} {:>8.2} ms (once, at load)", "index build", t.elapsed().as_secs_f64() * 1e3);

    let none = Filters::default();
    time("no filter (all claims, all facet counts)", 20, || ix.run(&none));
    let mut side = Filters::default();
    side.toggle(FacetKey::Side(Side::Azerbaijan));
    time("one side ticked", 20, || ix.run(&side));
    let mut many = side.clone();
    many.toggle(FacetKey::Category(Category::Attack));
    many.toggle(FacetKey::Category(Category::Casualties));
    many.date_field = DateField::Occurred;
    many.from = "2020-10-01".parse().ok();
    many.to = "2020-10-20".parse().ok();
    time("side + two categories + occurred date range", 20, || ix.run(&many));
    // Typing: each keystroke is a new query given the previous result, as
    // the app does; the first letter scans everything.
    let mut worst = Duration::ZERO;
    let mut previous = None;
    for prefix in ["g", "ga", "gan", "ganj", "ganja"] {
        let f = Filters { text: prefix.into(), ..Filters::default() };
        let t = Instant::now();
        let result = ix.run_after(&f, previous.as_ref());
        let took = t.elapsed();
        println!("{:<48} {:>8.2} ms", format!("typing `{prefix}`"), took.as_secs_f64() * 1e3);
        worst = worst.max(took);
        previous = Some(result);
    }
    let cold = Filters { text: "ceasefire".into(), ..Filters::default() };
    let other = Filters { text: "shelling".into(), ..Filters::default() };
    let mut flip = false;
    time("a new word each time (no cache help)", 20, || {
        flip = !flip;
        ix.run(if flip { &cold } else { &other })
    });
    // Words folded at load: a synonym and a plural cost what any word does.
    let truce = Filters { text: "truce".into(), ..Filters::default() };
    time("a synonym (`truce`, searched as `ceasefire`)", 20, || ix.run(&truce));
    let casualty = Filters { text: "casualty".into(), ..Filters::default() };
    time("a singular (`casualty` finds `casualties`)", 20, || ix.run(&casualty));
    println!("worst keystroke while typing: {:.2} ms", worst.as_secs_f64() * 1e3);
}
