//! Any text as a usage-history CSV and as pasted invoice charges: read, then
//! simulate and audit a small scenario with what was read. Never a panic; a
//! history that reads writes back to the same rows.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tierwise_engine::{
    self as engine,
    format::{history_csv, invoice_text},
};

const BASE: &str = r#"{ "version": 1,
  "account": { "edition": "professional", "term": "annual", "billing": "monthly", "start": "2000-01-01" },
  "contacts": { "marketing": 100 }, "until": "2000-01-01" }"#;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let (csv, invoice) = text.split_once('\u{0}').unwrap_or((text, text));
    let mut s = engine::parse(BASE).expect("the base scenario parses");
    if let Ok(rows) = history_csv::parse(csv) {
        assert_eq!(history_csv::parse(&history_csv::write(&rows)).expect("written rows read"), rows);
        s.history = rows;
    }
    if let Ok(charges) = invoice_text::parse(invoice) {
        s.invoice = charges;
    }
    if !s.history.is_empty() || !s.invoice.is_empty() {
        let _ = engine::evaluate(&s, engine::Options::FULL);
    }
});
