//! # Tierwise's JavaScript API
//!
//! The JavaScript API for sales tools, built as the npm package `tierwise`
//! (`dist/api/`) by `scripts/build-api.sh`; the README's section on it is
//! the package's README.
//!
//! ```js
//! import init, { simulate } from 'tierwise';
//! await init();
//! const r = simulate({ version: 1, account: { edition: 'professional', term: 'annual',
//!   start: '2026-01-01' }, contacts: { marketing: 1900 }, until: '2026-12-31' });
//! if (r.ok) console.log(r.result.total); else console.log(r.errors[0].path, r.errors[0].message);
//! ```
//!
//! Each export is an adapter: a scenario object is read straight from the JS
//! value by serde-wasm-bindgen (JSON text goes through serde_json), the
//! engine runs, and the result comes back as a plain object, with no JSON
//! text in between. Errors are values (`{ ok: false, errors }`) with field
//! paths; nothing throws and nothing panics. The TypeScript types are
//! generated from the Rust types.
#![deny(missing_docs)]

use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;

use tierwise_engine::format::json::field_error;
use tierwise_engine::{self as engine, zone, Error, ErrorCode, Scenario};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("../types.d.ts");

/// A plain JS object as a serde_json value, read by serde-wasm-bindgen
/// (no JSON text in between). The typed read goes through this value
/// because serde-wasm-bindgen reads only a struct's known fields, so
/// `deny_unknown_fields` would never see a misspelt one
/// (RReverser/serde-wasm-bindgen#39); serde_json's value sees them all.
fn plain(js: &JsValue) -> Result<serde_json::Value, Error> {
    serde_wasm_bindgen::from_value(without_undefined(js)).map_err(|e| {
        Error::new(
            "",
            ErrorCode::InvalidValue,
            format!("not a plain JSON-like value ({e})"),
        )
        .with("detail", e.to_string())
    })
}

/// A copy of a plain object without its `undefined` properties, at every
/// depth, as JSON would have it: serde-wasm-bindgen reads `undefined` as
/// `null`, and `{ events: undefined }` means no events, not a null list.
fn without_undefined(js: &JsValue) -> JsValue {
    if js_sys::Array::is_array(js) {
        let items: &js_sys::Array = js.unchecked_ref();
        return items
            .iter()
            .map(|x| without_undefined(&x))
            .collect::<js_sys::Array>()
            .into();
    }
    if !js.is_object() || js.is_function() {
        return js.clone();
    }
    let out = js_sys::Object::new();
    for entry in js_sys::Object::entries(js.unchecked_ref()).iter() {
        let pair: &js_sys::Array = entry.unchecked_ref();
        let value = pair.get(1);
        if !value.is_undefined() {
            let _ = js_sys::Reflect::set(&out, &pair.get(0), &without_undefined(&value));
        }
    }
    out.into()
}

/// True for an object literal (`{ days: false }`, or one made with
/// `Object.create(null)`): not an array, a `Map`, a `Date` or a function.
fn is_plain_object(js: &JsValue) -> bool {
    if !js.is_object() || js.is_function() || js_sys::Array::is_array(js) {
        return false;
    }
    let proto = js_sys::Object::get_prototype_of(js);
    let literal = js_sys::Object::get_prototype_of(&js_sys::Object::new().into());
    proto.is_null() || JsValue::from(proto) == JsValue::from(literal)
}

/// Reads one of the API's types from a plain JS object, naming the path of
/// the first problem under `at`.
fn read<T: DeserializeOwned>(js: &JsValue, at: &str) -> Result<T, Error> {
    let value = plain(js)?;
    serde_path_to_error::deserialize(value).map_err(|e| {
        let inner = e.path().to_string();
        let path = match inner.as_str() {
            "." => at.to_string(),
            _ if at.is_empty() => inner,
            _ => format!("{at}.{inner}"),
        };
        field_error(&path, e.inner())
    })
}

/// The scenario from JSON text or a plain object, its version checked first.
fn scenario_of(js: &JsValue) -> Result<Scenario, Error> {
    if let Some(text) = js.as_string() {
        return engine::parse(&text);
    }
    engine::from_value(plain(js)?)
}

/// The reply as a plain JS object (maps as objects, not `Map`s).
fn reply<T: Serialize>(value: &T) -> JsValue {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL)
}

#[derive(Serialize)]
struct Failure<'a> {
    ok: bool,
    errors: &'a [Error],
}

fn failure(errors: &[Error]) -> JsValue {
    reply(&Failure { ok: false, errors })
}

#[derive(Serialize)]
struct Success<'a, T> {
    ok: bool,
    result: &'a T,
}

fn success<T: Serialize>(result: Result<T, Vec<Error>>) -> JsValue {
    match result {
        Ok(r) => reply(&Success {
            ok: true,
            result: &r,
        }),
        Err(errors) => failure(&errors),
    }
}

/// What a caller of `simulate` leaves out of the result.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct SimulateOptions {
    /// `false`: the result's `days` is empty. A quote needs the invoice
    /// lines and the total, not a row for every day; the day series is most
    /// of the result (1,096 of a 3-year plan's 1,181 objects) and of the time
    /// it takes to hand it to JavaScript.
    #[serde(default = "yes")]
    days: bool,
}

fn yes() -> bool {
    true
}

/// Simulates a scenario (an object or JSON text in the scenario format).
/// Returns `{ ok: true, result }` or `{ ok: false, errors }`. With
/// `{ days: false }` the result's `days` is empty (everything else is the
/// same).
#[wasm_bindgen(js_name = simulate, unchecked_return_type = "SimulateResult")]
pub fn simulate(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "SimulateOptions")] options: Option<JsValue>,
) -> JsValue {
    console_error_panic_hook::set_once();
    let options = match options.filter(|o| !o.is_undefined() && !o.is_null()) {
        None => SimulateOptions { days: true },
        // Only a plain object: serde-wasm-bindgen would read `[false]` as
        // `{ days: false }`, and a `Map` or a `Date` as no options at all.
        Some(o) if !is_plain_object(&o) => {
            return failure(&[Error::new(
                "options",
                ErrorCode::InvalidValue,
                "must be a plain object such as { days: false }",
            )
            .with("detail", "not an object")])
        }
        Some(o) => match read::<SimulateOptions>(&o, "options") {
            Ok(o) => o,
            Err(e) => return failure(&[e]),
        },
    };
    success(
        scenario_of(&scenario)
            .map_err(|e| vec![e])
            .and_then(|s| engine::evaluate(&s, engine::Options::FULL))
            .map(|mut outcome| {
                if !options.days {
                    outcome.days = Vec::new();
                }
                outcome
            }),
    )
}

/// Checks a scenario and lists every problem: `{ ok, errors }`.
#[wasm_bindgen(js_name = validate, unchecked_return_type = "ValidateResult")]
pub fn validate(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    let errors = match scenario_of(&scenario) {
        Ok(s) => engine::evaluate(&s, engine::Options::FIGURES)
            .err()
            .unwrap_or_default(),
        Err(e) => vec![e],
    };
    #[derive(Serialize)]
    struct Validated<'a> {
        ok: bool,
        errors: &'a [Error],
    }
    reply(&Validated {
        ok: errors.is_empty(),
        errors: &errors,
    })
}

/// "Try every assumption": the combinations of the discrete assumptions under
/// which the simulation matches the scenario's `invoice` exactly.
#[wasm_bindgen(js_name = tryEveryAssumption, unchecked_return_type = "SearchResult")]
pub fn try_every_assumption(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
) -> JsValue {
    console_error_panic_hook::set_once();
    success(
        scenario_of(&scenario)
            .and_then(|s| engine::try_every_assumption(&s))
            .map_err(|e| vec![e]),
    )
}

/// The advisor's answers for a scenario and, optionally, the questions
/// (growth, import size, timing window, cap; each optional): `{ ok, result }`
/// or `{ ok: false, errors }`.
#[wasm_bindgen(js_name = advise, unchecked_return_type = "AdviseResult")]
pub fn advise(
    #[wasm_bindgen(unchecked_param_type = "Scenario | string")] scenario: JsValue,
    #[wasm_bindgen(unchecked_optional_param_type = "Questions | string")] questions: Option<
        JsValue,
    >,
) -> JsValue {
    console_error_panic_hook::set_once();
    let questions = questions.unwrap_or(JsValue::UNDEFINED);
    let questions: Result<engine::advisor::Questions, Error> =
        if questions.is_undefined() || questions.is_null() {
            Ok(Default::default())
        } else if let Some(text) = questions.as_string() {
            engine::format::json::read(&text).map_err(|e| {
                let path = match e.path() {
                    "" => "advisor".to_string(),
                    p => format!("advisor.{p}"),
                };
                e.at(path)
            })
        } else {
            read(&questions, "advisor")
        };
    success(
        questions
            .and_then(|q| scenario_of(&scenario).and_then(|s| engine::advisor::advise(&s, &q)))
            .map_err(|e| vec![e]),
    )
}

/// Reads a usage-history CSV (`date,billed[,non_marketing]`) into the rows of
/// a scenario's `history`; errors name the line and column.
#[wasm_bindgen(js_name = parseHistoryCsv, unchecked_return_type = "HistoryResult")]
pub fn parse_history_csv(text: &str) -> JsValue {
    console_error_panic_hook::set_once();
    success(engine::format::history_csv::parse(text))
}

/// Reads pasted invoice charges (`YYYY-MM-DD, amount` a line) into a
/// scenario's `invoice`; errors name the line.
#[wasm_bindgen(js_name = parseInvoice, unchecked_return_type = "InvoiceResult")]
pub fn parse_invoice(text: &str) -> JsValue {
    console_error_panic_hook::set_once();
    success(engine::format::invoice_text::parse(text))
}

/// The supported processing zones.
#[wasm_bindgen(js_name = supportedZones, unchecked_return_type = "string[]")]
pub fn supported_zones() -> JsValue {
    reply(&zone::SUPPORTED_ZONES.as_slice())
}

/// The built-in example price book (not an official price list).
#[wasm_bindgen(js_name = examplePrices, unchecked_return_type = "PriceBookSpec")]
pub fn example_prices() -> JsValue {
    reply(&engine::price_book::example())
}
