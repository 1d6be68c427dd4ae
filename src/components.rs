//! The app's components, one per file.

pub mod account;
pub mod advisor;
pub mod answers;
pub mod assumptions;
pub mod audit;
pub mod chart;
pub mod compare;
pub mod figures;
pub mod inputs;
pub mod ledger;
pub mod prices;
pub mod share;
pub mod timeline;
