//! # Tierwise
//!
//! A billing simulator for marketing-contact subscriptions (HubSpot-style
//! Marketing Hub): contact tiers, monthly update dates, pending non-marketing
//! changes, automatic upgrades with a prorated charge the next day, and no
//! downgrade before renewal.
//!
//! - [`engine`]: the rules, pure Rust and deterministic (native and wasm).
#![deny(missing_docs)]

#[cfg(all(target_arch = "wasm32", feature = "api"))]
pub mod api;
pub mod app;
pub mod engine;
#[cfg(target_arch = "wasm32")]
pub mod ui;
