//! Layer 4, analysis: questions answered by re-simulating. The full result
//! of a scenario ([`report`]), stay-in-tier advice, the bill check (invoice
//! audit and "try every assumption") and the advisor. Uses the layers below.

pub mod advice;
pub mod advisor;
pub mod audit;
pub mod report;
