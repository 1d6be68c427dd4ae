//! The web app's logic in plain Rust, compiled and tested natively: the
//! state reducer, chart geometry, and the sentences built from the engine's
//! codes and numbers. The Yew components in `ui` (wasm32 only) are thin
//! adapters over these.

pub mod advice_text;
pub mod ask;
pub mod chart;
pub mod export;
pub mod field;
pub mod i18n;
pub mod markup;
pub mod panels;
pub mod share;
pub mod state;
pub mod storage;
pub mod text;
pub mod typed;
