//! Formats at the edge: the scenario as JSON, the usage-history CSV. The
//! layers below never see text.

pub mod history_csv;
pub mod json;
