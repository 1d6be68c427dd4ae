//! # Tierwise's app logic
//!
//! The web app's logic in plain Rust, compiled and tested natively: the
//! state reducer, chart geometry, share links and storage formats, and the
//! sentences built from the engine's codes and numbers. The Yew components
//! of the web crate are thin adapters over these.
#![deny(missing_docs)]

pub mod advice_text;
pub mod ask;
pub mod catalogue;
pub mod chart;
pub mod export;
pub mod field;
pub mod messages;
pub mod share;
pub mod state;
pub mod storage;
pub mod text;
pub mod typed;
