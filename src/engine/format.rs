//! Formats at the edge: the scenario as JSON. The layers below never see
//! text.

pub mod json;
