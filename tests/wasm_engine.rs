//! The engine in headless Chromium: the same fixture gives the same figures
//! in wasm as natively.
#![cfg(target_arch = "wasm32")]

use tierwise::engine;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_engine_runs_in_the_browser() {
    let scenario = engine::parse(include_str!("fixtures/import-on-the-20th.json")).expect("parses");
    let o = engine::simulate(&scenario).expect("simulates");
    assert_eq!(o.upgrades.len(), 1);
    assert_eq!(o.upgrades[0].charge_date.to_string(), "2026-12-21");
    assert_eq!(o.upgrades[0].amount.to_string(), "87.10");
    assert_eq!(o.total.to_string(), "16112.10");
}

#[wasm_bindgen_test]
fn wasm_output_matches_the_native_snapshot() {
    let got = engine::simulate_json(include_str!("fixtures/spec-example.json"), true)
        .expect("simulates")
        + "\n";
    assert_eq!(got, include_str!("fixtures/expected/spec-example.json"));
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_value_not_a_panic() {
    let e = engine::parse("{\"version\": 1, \"account\": 5}")
        .and_then(|s| engine::simulate(&s))
        .unwrap_err();
    assert_eq!(e.path, "account");
}
