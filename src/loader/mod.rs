//! Loading a person's dataset file without freezing the page: the pure
//! parts. The file is read and validated in a Web Worker (its own small
//! wasm, `src/bin/loader.rs`, fetched only when a file is opened), which
//! reports progress and hands the page the validated records in parts
//! ([`protocol`]); the page reads each part as it arrives and builds the
//! explorer's indexes a slice at a time ([`build`]), so that between any
//! two pieces of work the page answers clicks.

pub mod build;
pub mod progress;
pub mod protocol;
