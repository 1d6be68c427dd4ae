//! Any bytes as scenario JSON: parse, check, simulate. Must never panic,
//! hang or allocate without bound; bad input is an error value.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tierwise_engine as engine;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(scenario) = engine::parse(text) {
        let _ = engine::evaluate(&scenario, engine::Options::FIGURES);
        if let Ok(outcome) = engine::evaluate(&scenario, engine::Options::FULL) {
            let sum: engine::money::Decimal = outcome.invoice_lines.iter().map(|l| l.amount).sum();
            assert_eq!(sum, outcome.total);
        }
    }
});
