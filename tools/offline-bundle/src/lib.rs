//! Build-time helpers for the explorer's static site (native only).
//!
//! Trunk runs the `offline-bundle post-build` binary as a `post_build` hook,
//! after it has written the site into its staging directory and before it
//! replaces `dist/` with it. The hook
//!
//! * adds a Content-Security-Policy `<meta>` to `index.html` that allows its
//!   inline scripts by sha256 hash, the site's own files ('self') and
//!   WebAssembly compilation, and nothing from any other origin;
//! * writes `karabakh-explorer.html`: one self-contained file (CSS inline,
//!   the JS glue inline as a module script, the wasm inline as base64 and
//!   instantiated asynchronously) that opens from disk with no server and no
//!   network, under a CSP that allows no request at all.
//!
//! The pure parts: [`html`] (just enough HTML scanning for the files Trunk
//! writes), [`csp`] (hashes and policies), [`served`] (the served
//! `index.html`), [`loader`] (Trunk's init script), [`glue`] (wasm-bindgen's
//! glue made inlinable), [`offline`] (the single-file page) with
//! [`self_contained`] (what it may not load), and [`origins`] (the "no
//! reference to any origin" check). [`site`] does both rewrites on disk;
//! [`serve`] is a minimal static file server used by `scripts/serve.sh` and
//! the end-to-end tests.

pub mod csp;
pub mod error;
pub mod glue;
pub mod html;
pub mod loader;
pub mod offline;
pub mod origins;
pub mod self_contained;
pub mod serve;
pub mod served;
pub mod site;
