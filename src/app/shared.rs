//! [`Shared`]: data handed to components as props, compared by identity.

use std::ops::Deref;
use std::rc::Rc;

/// An `Rc` that props compare by pointer. The explorer's data is built once
/// and never mutated, so the same pointer means the same data, and a
/// component whose props hold it re-renders only when the data itself is
/// replaced (not on every change of filters).
#[derive(Debug)]
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: Rc<T>) -> Self {
        Shared(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}
