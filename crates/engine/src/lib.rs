//! # Tierwise's engine
//!
//! The billing rules of marketing-contacts subscriptions (HubSpot-style
//! Marketing Hub): contact tiers, monthly update dates, pending
//! non-marketing changes, automatic upgrades with a prorated charge the next
//! day, and no downgrade before renewal. Pure Rust, deterministic, no web
//! crates.
//!
//! # Use
//! ```
//! use tierwise_engine as engine;
//! let json = r#"{
//!   "version": 1,
//!   "account": { "edition": "professional", "term": "annual", "start": "2026-01-01" },
//!   "contacts": { "marketing": 1900 },
//!   "events": [ { "at": "2026-01-20", "action": "add_marketing", "count": 300 } ],
//!   "until": "2026-01-31"
//! }"#;
//! let scenario = engine::parse(json).map_err(|e| vec![e])?;
//! let outcome = engine::evaluate(&scenario, engine::Options::FULL)?;
//! assert_eq!(outcome.upgrades[0].to_tier, 7000);
//! assert_eq!(outcome.upgrades[0].charge_date.to_string(), "2026-01-21");
//! # Ok::<(), Vec<engine::Error>>(())
//! ```
//!
//! # Determinism
//! Nothing here reads the machine's clock or time zone: every instant is
//! computed in the scenario's zone from the scenario's dates, and every map
//! that reaches the output is ordered.
//!
//! # Layers
//! Each layer uses only itself and the layers above it in this list;
//! `tests/layers.rs` fails on a use of a higher layer or an import cycle.
//! 1. [`primitives`]: errors, money, calendars, time zones, checked fields.
//! 2. [`model`]: the scenario format's types, the price book, events,
//!    history rows, invoice charges, and the checked plan.
//! 3. [`simulation`]: the timeline, prorations, notifications, the run, and
//!    the day series and invoice lines it gives.
//! 4. [`analysis`]: the full result, stay-in-tier advice, the bill check and
//!    the advisor, each by re-simulating.
//! 5. [`format`](mod@format), at the edge: scenario JSON, the usage-history CSV, pasted
//!    invoice text.
#![deny(missing_docs)]
pub mod analysis;
pub mod format;
pub mod model;
pub mod primitives;
pub mod simulation;

// Every module by its own name too (`engine::money`, `engine::plan`), so
// that callers need not know the layer.
pub use analysis::{advice, advisor, audit, report};
pub use model::{event, history, invoice, plan, price_book, scenario, synthetic};
pub use primitives::{calendar, error, fields, money, zone};
pub use simulation::{notify, outcome, proration, simulate, timeline};

pub use error::{Error, ErrorCode};
pub use outcome::Outcome;
pub use plan::Plan;
pub use scenario::{Scenario, FORMAT_VERSION};

pub use format::json::{check_version, from_value, parse, MAX_INPUT_BYTES};
pub use report::{evaluate, evaluate_plan, try_every_assumption, Options};
