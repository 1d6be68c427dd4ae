//! Layer 2, the model: the scenario format's types, the price book, checked
//! events, history rows and invoice charges, and the checked [`plan::Plan`]
//! that the simulation runs. Uses only the primitives.

pub mod event;
pub mod history;
pub mod invoice;
pub mod plan;
pub mod price_book;
pub mod scenario;
pub mod synthetic;
