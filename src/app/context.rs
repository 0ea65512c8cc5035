//! What every component can reach: the catalog and the state.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::Catalog;
use crate::state::{Action, AppState};
use crate::url_state::UrlState;

/// Shared by all views through a context provider.
#[derive(Clone)]
pub struct AppContext {
    pub catalog: Rc<Catalog>,
    pub state: UseReducerHandle<AppState>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &other.catalog) && self.state.url == other.state.url
    }
}

impl AppContext {
    pub fn url(&self) -> &UrlState {
        &self.state.url
    }

    /// A callback that dispatches the action made from its argument.
    pub fn callback<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let state = self.state.clone();
        Callback::from(move |e| state.dispatch(make(e)))
    }
}

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App")
}
