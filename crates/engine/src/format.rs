//! Formats at the edge: the scenario as JSON, the usage-history CSV, pasted invoice
//! charges. The
//! layers below never see text.

pub mod history_csv;
pub mod invoice_text;
pub mod json;
