//! The JavaScript API for sales tools (wasm32 only), built as its own ES
//! module by `scripts/build-api.sh`:
//!
//! ```js
//! import init, { simulate, validate } from './api/tierwise.js';
//! await init();
//! const r = simulate({ version: 1, account: { edition: 'professional', term: 'annual',
//!   start: '2026-01-01' }, contacts: { marketing: 1900 }, until: '2026-12-31' });
//! if (r.ok) console.log(r.result.total); else console.log(r.errors[0].path, r.errors[0].message);
//! ```
//!
//! Each export is an adapter: the scenario (an object or JSON text) goes in as
//! JSON text, the engine runs, the result comes back as a plain object.
//! Errors are values (`{ ok: false, errors }`) with field paths; nothing throws
//! and nothing panics. The TypeScript types are generated from the Rust types.

use wasm_bindgen::prelude::*;

use crate::engine::{self, zone, Error, ErrorCode};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../www/api/types.d.ts");

fn text_of(scenario: &JsValue) -> Result<String, Error> {
    if let Some(text) = scenario.as_string() {
        return Ok(text);
    }
    js_sys::JSON::stringify(scenario)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| {
            Error::new(
                "",
                ErrorCode::InvalidValue,
                "the scenario is not a JSON value (a cycle, a BigInt or a function?)",
            )
        })
}

fn value(json: &serde_json::Value) -> JsValue {
    js_sys::JSON::parse(&json.to_string()).unwrap_or(JsValue::NULL)
}

fn failure(errors: Vec<Error>) -> JsValue {
    value(&serde_json::json!({ "ok": false, "errors": errors }))
}

/// Simulates a scenario (an object or JSON text in the scenario format).
/// Returns `{ ok: true, result }` or `{ ok: false, errors }`.
#[wasm_bindgen(js_name = simulate, unchecked_return_type = "SimulateResult")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    let result = text_of(&scenario)
        .and_then(|t| engine::parse(&t))
        .and_then(|s| engine::simulate(&s));
    match result {
        // Straight to text and one JSON.parse: no intermediate JSON value.
        Ok(outcome) => match serde_json::to_string(&outcome) {
            Ok(text) => js_sys::JSON::parse(&format!("{{\"ok\":true,\"result\":{text}}}"))
                .unwrap_or(JsValue::NULL),
            Err(e) => failure(vec![Error::new("", ErrorCode::InvalidValue, e.to_string())]),
        },
        Err(e) => failure(vec![e]),
    }
}

/// Checks a scenario and lists every problem: `{ ok, errors }`.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "ValidateResult")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    let errors = match text_of(&scenario).and_then(|t| engine::parse(&t)) {
        Ok(s) => engine::check(&s),
        Err(e) => vec![e],
    };
    value(&serde_json::json!({ "ok": errors.is_empty(), "errors": errors }))
}

fn success<T: serde::Serialize>(result: Result<T, Vec<Error>>) -> JsValue {
    match result {
        Ok(r) => value(&serde_json::json!({ "ok": true, "result": r })),
        Err(errors) => failure(errors),
    }
}

/// "Try every assumption": the combinations of the discrete assumptions under
/// which the simulation matches the scenario's `invoice` exactly.
#[wasm_bindgen(js_name = tryEveryAssumption, unchecked_return_type = "SearchResult")]
pub fn try_every_assumption(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    success(
        text_of(&scenario)
            .and_then(|t| engine::parse(&t))
            .and_then(|s| engine::try_every_assumption(&s))
            .map_err(|e| vec![e]),
    )
}

/// The advisor's answers for a scenario and the user's questions (growth,
/// import size, timing window, cap); see the `Questions` type.
#[wasm_bindgen(js_name = advise, unchecked_return_type = "AdviseResult")]
pub fn advise(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
    #[wasm_bindgen(unchecked_param_type = "Questions")] questions: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    let questions: Result<engine::advisor::Questions, Error> =
        if questions.is_undefined() || questions.is_null() {
            Ok(Default::default())
        } else {
            text_of(&questions).and_then(|t| {
                serde_json::from_str(&t).map_err(|e| {
                    Error::new("advisor", ErrorCode::InvalidValue, e.to_string()).with("detail", e)
                })
            })
        };
    success(
        questions
            .and_then(|q| {
                text_of(&scenario)
                    .and_then(|t| engine::parse(&t))
                    .and_then(|s| engine::advisor::advise(&s, &q))
            })
            .map_err(|e| vec![e]),
    )
}

/// Reads a usage-history CSV (`date,billed[,non_marketing]`) into the rows of
/// a scenario's `history`; errors name the line and column.
#[wasm_bindgen(js_name = parseHistoryCsv, unchecked_return_type = "HistoryResult")]
pub fn parse_history_csv(text: &str) -> JsValue {
    console_error_panic_hook::set_once();
    success(engine::history::parse_csv(text))
}

/// Reads pasted invoice charges (`YYYY-MM-DD, amount` a line) into a
/// scenario's `invoice`; errors name the line.
#[wasm_bindgen(js_name = parseInvoice, unchecked_return_type = "InvoiceResult")]
pub fn parse_invoice(text: &str) -> JsValue {
    console_error_panic_hook::set_once();
    success(engine::audit::parse_invoice_text(text))
}

/// The supported processing zones.
#[wasm_bindgen(js_name = supportedZones, unchecked_return_type = "string[]")]
pub fn supported_zones() -> JsValue {
    value(&serde_json::json!(zone::SUPPORTED_ZONES.as_slice()))
}

/// The built-in example price book (not an official price list).
#[wasm_bindgen(js_name = examplePrices, unchecked_return_type = "PriceBookSpec")]
pub fn example_prices() -> JsValue {
    value(&serde_json::to_value(engine::price_book::example()).unwrap_or_default())
}
