//! The engine in headless Chromium: the same fixture gives the same figures
//! in wasm as natively.
#![cfg(target_arch = "wasm32")]

use tierwise_engine as engine;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// The full result of a scenario as the CLI writes it (pretty, a newline).
fn result_json(text: &str) -> String {
    let scenario = engine::parse(text).expect("parses");
    let o = engine::evaluate(&scenario, engine::Options::FULL).expect("simulates");
    serde_json::to_string_pretty(&o).unwrap() + "\n"
}

#[wasm_bindgen_test]
fn the_engine_runs_in_the_browser() {
    let scenario = engine::parse(include_str!(
        "../../../tests/fixtures/import-on-the-20th.json"
    ))
    .expect("parses");
    let o = engine::evaluate(&scenario, engine::Options::FULL).expect("simulates");
    assert_eq!(o.upgrades.len(), 1);
    assert_eq!(o.upgrades[0].charge_date.to_string(), "2026-12-21");
    assert_eq!(o.upgrades[0].amount.to_string(), "87.10");
    assert_eq!(o.total.to_string(), "16112.10");
}

#[wasm_bindgen_test]
fn wasm_output_matches_the_native_snapshot() {
    let got = result_json(include_str!("../../../tests/fixtures/spec-example.json"));
    assert_eq!(
        got,
        include_str!("../../../tests/fixtures/expected/spec-example.json")
    );
}

#[wasm_bindgen_test]
fn bad_input_is_an_error_value_not_a_panic() {
    let e = engine::parse("{\"version\": 1, \"account\": 5}").unwrap_err();
    assert_eq!(e.path(), "account");
}

#[wasm_bindgen_test]
fn history_audit_and_advisor_give_the_native_figures_in_wasm() {
    // The audit fixture's full result, as natively.
    let got = result_json(include_str!(
        "../../../tests/fixtures/march-audit-inline.json"
    ));
    assert_eq!(
        got,
        include_str!("../../../tests/fixtures/expected/march-audit-inline.json")
    );
    let s = engine::parse(include_str!(
        "../../../tests/fixtures/march-audit-inline.json"
    ))
    .unwrap();
    assert_eq!(engine::try_every_assumption(&s).unwrap().len(), 8);
    // The advisor's hand-worked figures (tests/advisor.rs).
    let s = engine::parse(include_str!("../../../tests/fixtures/june-advice.json")).unwrap();
    let q = engine::advisor::Questions {
        growth_per_day: Some(10),
        ..Default::default()
    };
    let a = engine::advisor::advise(&s, &q).unwrap();
    let m = a.marginal.unwrap();
    assert_eq!(m.import_cost.until_renewal.to_string(), "1575.00");
    let up = &a.forecast.unwrap().crossings[1];
    assert_eq!(up.at.rfc3339(), "2026-06-11T00:00:00-04:00");
    assert_eq!(up.cost_until_renewal.unwrap().to_string(), "1500.00");
    assert_eq!(a.timing.unwrap().days.len(), 61);
}
