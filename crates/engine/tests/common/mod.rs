//! Helpers shared by the native test files.
#![allow(dead_code)]

use serde_json::{json, Value};
use tierwise_engine::{self as engine, outcome::Day, Error, Outcome};

/// A professional, annual, New York account bought 2026-01-01, simulated
/// from 2026-04-01 to 2026-06-30 with 1,000 marketing contacts.
pub fn base() -> Value {
    json!({
        "version": 1,
        "account": {
            "edition": "professional", "term": "annual",
            "start": "2026-01-01", "as_of": "2026-04-01",
            "timezone": "America/New_York", "processing_time": "00:00"
        },
        "contacts": { "marketing": 1000, "non_marketing": 10000 },
        "events": [],
        "until": "2026-06-30"
    })
}

/// `base()` with fields replaced: `with(&[("account.term", json!("monthly"))])`.
pub fn with(mut v: Value, changes: &[(&str, Value)]) -> Value {
    for (path, value) in changes {
        let mut target = &mut v;
        let parts: Vec<&str> = path.split('.').collect();
        for p in &parts[..parts.len() - 1] {
            target = target.get_mut(*p).expect("path exists");
        }
        target[parts[parts.len() - 1]] = value.clone();
    }
    v
}

/// Simulates, panicking on error (tests that expect success).
pub fn run(v: Value) -> Outcome {
    let scenario = engine::from_value(v).expect("scenario parses");
    engine::evaluate(&scenario, engine::Options::FULL).expect("scenario simulates")
}

/// Simulates, expecting an error: the first of them.
pub fn fails(v: Value) -> Error {
    match engine::from_value(v) {
        Err(e) => e,
        Ok(s) => engine::evaluate(&s, engine::Options::FULL)
            .expect_err("scenario should fail")
            .swap_remove(0),
    }
}

/// The day record for a date.
pub fn day<'a>(o: &'a Outcome, date: &str) -> &'a Day {
    o.days
        .iter()
        .find(|d| d.date.to_string() == date)
        .unwrap_or_else(|| panic!("no day {date}"))
}

/// RFC 3339 texts of a list of stamps.
pub fn texts(stamps: &[engine::outcome::Stamp]) -> Vec<String> {
    stamps.iter().map(|s| s.rfc3339()).collect()
}

/// A decimal from text.
pub fn dec(s: &str) -> rust_decimal::Decimal {
    s.parse().expect("decimal")
}
