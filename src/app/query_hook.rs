//! [`use_query`]: the claims query for the current filters, run once per
//! change of them.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::shared::Shared;
use crate::explorer::Explorer;
use crate::query::{Filters, QueryResult};

/// The last result, with the data it was computed on.
type Earlier = Option<(Shared<Explorer>, Rc<QueryResult>)>;

/// Runs the claims query, memoised by data and filters. The previous result
/// is handed back to the (pure) query so that typing on only re-examines
/// the claims that matched before; it is used only for the same data.
#[hook]
pub fn use_query(data: &Shared<Explorer>, filters: &Filters) -> Rc<QueryResult> {
    let earlier: Rc<RefCell<Earlier>> = use_mut_ref(|| None);
    let result = use_memo((data.clone(), filters.clone()), move |(data, f)| {
        let previous = earlier.borrow().as_ref().filter(|(d, _)| d == data).map(|(_, r)| Rc::clone(r));
        let timing = QueryTiming::start();
        let result = Rc::new(data.claims.run_after(f, previous.as_deref()));
        timing.end();
        *earlier.borrow_mut() = Some((data.clone(), Rc::clone(&result)));
        result
    });
    Rc::clone(&result)
}

/// Times each query as a User Timing measure named [`QUERY_MEASURE`], so
/// that `scripts/bench.sh` can set the wasm query beside its plain
/// JavaScript baseline. Only when the page was opened with
/// `window.karabakhTiming = true` (the benchmark sets it): marks cost some
/// 0.5 ms an update. Only the latest measure is kept.
struct QueryTiming(Option<web_sys::Performance>);

/// The measure's name, read by `scripts/bench.mjs`.
pub const QUERY_MEASURE: &str = "karabakh-query";
const QUERY_START: &str = "karabakh-query-start";

thread_local! {
    /// Whether the page asked for timings; read once.
    static TIMING: bool = web_sys::window()
        .and_then(|w| js_sys::Reflect::get(&w, &"karabakhTiming".into()).ok())
        .is_some_and(|v| v.is_truthy());
}

impl QueryTiming {
    fn start() -> Self {
        let performance = TIMING.with(|on| *on).then(|| web_sys::window().and_then(|w| w.performance())).flatten();
        if let Some(p) = &performance {
            p.clear_measures_with_measure_name(QUERY_MEASURE);
            p.clear_marks_with_mark_name(QUERY_START);
            let _ = p.mark(QUERY_START);
        }
        QueryTiming(performance)
    }

    fn end(self) {
        if let Some(p) = self.0 {
            let _ = p.measure_with_start_mark(QUERY_MEASURE, QUERY_START);
        }
    }
}
