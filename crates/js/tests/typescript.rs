//! The TypeScript declarations of the JavaScript API, generated from the Rust
//! types (ts-rs). Run with `--features ts`; `UPDATE_SNAPSHOTS=1` rewrites
//! `crates/js/types.d.ts` after a deliberate change to the types.
//!
//! The declarations say what the API takes and gives at run time: counts are
//! JavaScript numbers (serde-wasm-bindgen gives and takes numbers for the
//! engine's integers, all far below 2^53), a field the JSON lets a caller
//! leave out is optional, and money is a decimal string. Doc comments are
//! the Rust ones, without rustdoc's link brackets.
#![cfg(all(feature = "ts", not(target_arch = "wasm32")))]

use tierwise_engine::{advisor, audit, error, outcome, scenario};
use ts_rs::{Config, TS};

fn declarations() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by crates/js/tests/typescript.rs. Do not edit.\n\
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
        outcome::Unavoidable,
        outcome::NoDeadline,
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
        error::ErrorShape,
        error::ErrorCode,
    );
    out.push_str("/**\n * What `simulate` leaves out: with `days: false` the result's `days` is\n * empty (everything else is the same), for a caller that needs the invoice\n * lines and the total, not a row for every day.\n */\nexport type SimulateOptions = { days?: boolean };\n\n");
    out.push_str("export type SimulateResult = { ok: true; result: Outcome } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type ValidateResult = { ok: boolean; errors: Array<Error> };\n\n");
    out.push_str("export type SearchResult = { ok: true; result: Array<Combination> } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type HistoryResult = { ok: true; result: Array<HistoryRow> } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type AdviseResult = { ok: true; result: Advisor } | { ok: false; errors: Array<Error> };\n\n");
    out.push_str("export type InvoiceResult = { ok: true; result: Array<InvoiceCharge> } | { ok: false; errors: Array<Error> };\n");
    closers_on_their_own_lines(&plain_links(&out))
}

/// ts-rs writes a type's closing brace after its last field
/// (`total: string, };`); wasm-bindgen indents the declarations by the
/// braces that end and start a line. So each closing brace starts a line,
/// and a union variant's tag starts the line after its opening brace, for
/// declarations that read as a person would indent them.
fn closers_on_their_own_lines(text: &str) -> String {
    let text = text.replace(", }", ",\n}");
    let mut lines = Vec::new();
    for line in text.lines() {
        let line = line.trim_end();
        if let Some(at) = line.rfind("{ \"code\": ") {
            if line.ends_with(',') && !line[at..].contains('}') {
                lines.push(line[..=at].to_string());
                lines.push(line[at + 2..].to_string());
                continue;
            }
        }
        lines.push(line.to_string());
    }
    lines.join("\n") + "\n"
}

/// Rustdoc's intra-doc links as plain code: "[`Options::FULL`]" becomes
/// "`Options::FULL`", "[`crate::history`]" becomes "`history`".
fn plain_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("[`") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        match after[1..].find("`]") {
            Some(end) => {
                let name = &after[1..1 + end];
                out.push('`');
                out.push_str(name.trim_start_matches("crate::"));
                out.push('`');
                rest = &after[end + 3..];
            }
            None => {
                out.push('[');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn the_typescript_declarations_match_the_rust_types() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/types.d.ts");
    let got = declarations();
    if std::env::var_os("UPDATE_SNAPSHOTS").is_some() {
        std::fs::write(path, &got).unwrap();
    }
    let stored = std::fs::read_to_string(path).unwrap_or_default();
    assert!(stored == got, "crates/js/types.d.ts is out of date; run UPDATE_SNAPSHOTS=1 cargo test -p tierwise-js --features ts --test typescript");
    assert!(got.contains("export type Scenario = {"));
    assert!(got.contains("amount: string"));
    assert!(!got.contains("bigint"), "counts are numbers at run time");
    assert!(!got.contains("[`"), "no rustdoc link syntax");
    assert!(!got.contains("issue "), "no issue numbers");
    assert!(
        got.contains("timezone?: string"),
        "a field with a default may be left out"
    );
    let missing = undeclared(&got);
    assert!(
        missing.is_empty(),
        "types used but not declared: {missing:?}"
    );
}

/// Type names the declarations use but do not declare (outside comments
/// and string literals): a type added to the engine but not to the list
/// above leaves the package's types unusable under `tsc --strict`.
fn undeclared(text: &str) -> Vec<String> {
    let code: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !(t.starts_with("//") || t.starts_with("/*") || t.starts_with('*'))
        })
        .collect();
    let declared: std::collections::BTreeSet<&str> = code
        .iter()
        .filter_map(|l| l.strip_prefix("export type "))
        .filter_map(|l| l.split([' ', '=', '<']).next())
        .collect();
    let mut missing = std::collections::BTreeSet::new();
    for line in &code {
        let unquoted: String = line.split('"').step_by(2).collect::<Vec<_>>().join(" ");
        for word in unquoted.split(|c: char| !c.is_ascii_alphanumeric() && c != '_') {
            let builtin = matches!(word, "Array" | "Record" | "Partial");
            if word.starts_with(|c: char| c.is_ascii_uppercase())
                && !builtin
                && !declared.contains(word)
            {
                missing.insert(word.to_string());
            }
        }
    }
    missing.into_iter().collect()
}
