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
        let result = Rc::new(data.claims.run_after(f, previous.as_deref()));
        *earlier.borrow_mut() = Some((data.clone(), Rc::clone(&result)));
        result
    });
    Rc::clone(&result)
}
