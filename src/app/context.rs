//! What every component can reach: the catalog and the state.

use std::rc::Rc;

use yew::prelude::*;

use crate::catalog::Catalog;
use crate::state::{Action, AppState};
use crate::url_state::UrlState;

/// Shared by all views through a context provider.
///
/// It holds the state as rendered (not the reducer's handle), so that a
/// change of state compares unequal and reaches every consumer.
#[derive(Clone)]
pub struct AppContext {
    pub catalog: Rc<Catalog>,
    state: Rc<AppState>,
    dispatcher: UseReducerDispatcher<AppState>,
}

impl PartialEq for AppContext {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.catalog, &other.catalog) && Rc::ptr_eq(&self.state, &other.state)
    }
}

impl AppContext {
    pub fn new(catalog: Rc<Catalog>, handle: &UseReducerHandle<AppState>) -> Self {
        let state = Rc::new(AppState::clone(handle));
        AppContext { catalog, state, dispatcher: handle.dispatcher() }
    }

    pub fn url(&self) -> &UrlState {
        &self.state.url
    }

    /// A callback that dispatches the action made from its argument.
    pub fn callback<E: 'static>(&self, make: impl Fn(E) -> Action + 'static) -> Callback<E> {
        let dispatcher = self.dispatcher.clone();
        Callback::from(move |e| dispatcher.dispatch(make(e)))
    }
}

#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("components are rendered inside App")
}
