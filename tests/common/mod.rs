//! Shared harness of the native end-to-end tests (tests/e2e_*.rs): the built
//! site ([`dist`]), the CSP-violation recorder the tests add to a copy of it
//! ([`csp_recorder`]), WebDriver processes ([`driver`]), headless browser
//! sessions ([`session`]), what the tests do on a page ([`page`]), and the
//! history check ([`history`]).
#![allow(dead_code, unused_imports)]

pub mod csp_recorder;
pub mod dist;
pub mod driver;
pub mod history;
pub mod own_dataset;
pub mod page;
pub mod session;

use std::time::Duration;

pub use csp_recorder::TestCopy;
pub use dist::{dist_dir, offline_file};
pub use history::check_history;
pub use own_dataset::check_own_dataset;
pub use page::*;
pub use session::with_browser;

/// How long a page may take to show what a step waits for.
pub const TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Browser {
    Chromium,
    Firefox,
}
