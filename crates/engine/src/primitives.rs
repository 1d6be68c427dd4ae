//! Layer 1, primitives: errors, money, dates and calendars, time zones, and
//! checked field values. They use nothing else of the engine's.

pub mod calendar;
pub mod error;
pub mod fields;
pub mod money;
pub mod zone;
