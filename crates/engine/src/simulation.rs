//! Layer 3, the simulation: the ordered timeline of a plan, prorations,
//! notifications, and the run that gives the day series and invoice lines
//! ([`outcome`]). Uses only the model and the primitives.

pub mod notify;
pub mod outcome;
pub mod proration;
pub mod simulate;
pub mod timeline;
