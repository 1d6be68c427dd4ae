//! The TypeScript declarations of the JavaScript API, generated from the Rust
//! types (ts-rs). Run with `--features ts`; `UPDATE_SNAPSHOTS=1` rewrites
//! `www/api/types.d.ts` after a deliberate change to the types.
#![cfg(all(feature = "ts", not(target_arch = "wasm32")))]

use tierwise::engine::{advisor, audit, error, outcome, scenario};
use ts_rs::{Config, TS};

fn declarations() -> String {
    let cfg = Config::default();
    let mut out = String::from(
        "// Generated from the Rust types by tests/typescript.rs. Do not edit.\n\
         // Money is a decimal string (\"1234.50\"); instants are RFC 3339 with offset.\n\n",
    );
    macro_rules! decl {
        ($($t:ty),* $(,)?) => { $( out.push_str(&format!("export {}\n\n", <$t>::decl(&cfg))); )* };
    }
    decl!(
        scenario::Scenario,
        scenario::Account,
        scenario::Contacts,
        scenario::EventSpec,
        scenario::Assumptions,
        scenario::PriceBookSpec,
        scenario::EditionPricesSpec,
        scenario::BandSpec,
        scenario::Edition,
        scenario::Term,
        scenario::Action,
        scenario::Every,
        scenario::Proration,
        scenario::Rounding,
        scenario::Lines,
        scenario::MonthEnd,
        scenario::RuleEdition,
        scenario::HistoryRow,
        scenario::InvoiceCharge,
        outcome::Outcome,
        outcome::Day,
        outcome::Upgrade,
        outcome::UpgradeCause,
        outcome::Downgrade,
        outcome::Notification,
        outcome::InvoiceLine,
        outcome::LineKind,
        outcome::Explain,
        outcome::ProrationExplain,
        outcome::Advice,
        outcome::StayInTier,
        outcome::Warning,
        outcome::WarningKind,
        audit::Audit,
        audit::ChargeStatus,
        audit::AuditedCharge,
        audit::MissingLine,
        audit::Change,
        audit::Combination,
        advisor::Questions,
        advisor::Advisor,
        advisor::Cost,
        advisor::StayAnswer,
        advisor::Forecast,
        advisor::Crossing,
        advisor::Marginal,
        advisor::Timing,
        advisor::DayCost,
        advisor::DayNote,
        advisor::TermOption,
        advisor::CapAnswer,
        error::Error,
        error::ErrorCode,
    );
    out.push_str("export type SimulateResult = { ok: true; result: Outcome } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type ValidateResult = { ok: boolean; errors: Array<Error> };\n\n");
    out.push_str("export type SearchResult = { ok: true; result: Array<Combination> } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type HistoryResult = { ok: true; result: Array<HistoryRow> } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type AdviseResult = { ok: true; result: Advisor } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type InvoiceResult = { ok: true; result: Array<InvoiceCharge> } | { ok: false; errors: Array<Error> };\n");
    out
}

#[test]
fn the_typescript_declarations_match_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/www/api/types.d.ts");
    let got = declarations();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(stored == got, "www/api/types.d.ts is out of date; run UPDATE_SNAPSHOTS=1 cargo test --features ts --test typescript");
    assert!(got.contains("export type Scenario = {"));
    assert!(got.contains("amount: string"));
}
