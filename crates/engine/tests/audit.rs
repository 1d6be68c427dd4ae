//! Issue 9, "check a real bill": usage histories, invoice audits and the
//! 2020 rule edition. Expected figures are worked out by hand in comments.
//!
//! The March scenario: Professional, annual term, monthly billing, bought
//! 2026-01-01 in New York, tier 2,000. Example prices: tier 2,000 costs
//! 800.00 a month and tier 7,000 costs 800 + 225 = 1,025.00.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{day, run, with};
use rust_decimal::Decimal;
use serde_json::json;
use tierwise_engine::{
    self as engine,
    audit::{self, Change, ChargeStatus},
    format::{history_csv, invoice_text},
    scenario::{Lines, Rounding},
    ErrorCode,
};

const MARCH: &str = include_str!("../../../tests/fixtures/march-audit.json");
const MARCH_CSV: &str = include_str!("../../../tests/fixtures/march-history.csv");

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

fn march(invoice: &[(&str, &str)]) -> engine::Scenario {
    let mut s = engine::parse(MARCH).unwrap();
    s.history = history_csv::parse(MARCH_CSV).unwrap();
    s.invoice = invoice
        .iter()
        .map(|(d, a)| engine::scenario::InvoiceCharge {
            date: d.to_string(),
            amount: a.to_string(),
        })
        .collect();
    s
}

#[test]
fn a_csv_with_bom_crlf_and_a_blank_last_line_reads() {
    // The fixture starts with a BOM, ends lines with CRLF and has a blank last line.
    assert!(MARCH_CSV.starts_with('\u{feff}') && MARCH_CSV.contains("\r\n\r\n"));
    let rows = history_csv::parse(MARCH_CSV).unwrap();
    let got: Vec<(&str, i64)> = rows.iter().map(|r| (r.date.as_str(), r.billed)).collect();
    assert_eq!(
        got,
        [
            ("2026-03-01", 1800),
            ("2026-03-02", 1900),
            ("2026-03-24", 2100),
            ("2026-03-31", 1950)
        ]
    );
    // Semicolons, quotes and the optional non-marketing column.
    let rows = history_csv::parse(
        "\"date\";\"billed\";\"non_marketing\"\n2026-03-01;1800;5000\n2026-03-02;1900;\n",
    )
    .unwrap();
    assert_eq!(rows[0].non_marketing, Some(5000));
    assert_eq!(rows[1].non_marketing, None);
}

#[test]
fn a_malformed_row_names_its_line_and_column_and_nothing_is_imported() {
    let csv = "date,billed\n2026-03-01,1800\n2026-03-02,19x0\n2026-03-03\n2026-02-30,5\n";
    let errors = history_csv::parse(csv).unwrap_err();
    let found: Vec<(&str, ErrorCode)> = errors.iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(
        found,
        [
            ("line 3, column 2 (billed)", ErrorCode::NotACount),
            ("line 4", ErrorCode::CsvColumns),
            ("line 5, column 1 (date)", ErrorCode::InvalidDate),
        ]
    );
    assert_eq!(errors[0].count("line"), Some(3));
    assert_eq!(errors[0].count("column"), Some(2));
    assert!(
        errors[0].to_string().contains("\"19x0\""),
        "{}",
        errors[0].to_string()
    );
}

#[test]
fn headers_order_and_counts_are_checked() {
    let e = history_csv::parse("day,count\n2026-03-01,1\n").unwrap_err();
    assert_eq!(e[0].code(), ErrorCode::CsvHeader);
    assert_eq!(e[0].path(), "line 1");
    let e = history_csv::parse("date,billed\n").unwrap_err();
    assert_eq!(e[0].code(), ErrorCode::CsvHeader);
    let e = history_csv::parse("").unwrap_err();
    assert_eq!(e[0].code(), ErrorCode::CsvHeader);
    let e =
        history_csv::parse("date,billed\n2026-03-02,1\n2026-03-02,2\n2026-03-01,3\n").unwrap_err();
    assert_eq!(e.len(), 2);
    assert!(e.iter().all(|e| e.code() == ErrorCode::HistoryOutOfOrder));
    assert_eq!(e[1].path(), "line 4, column 1 (date)");
    let e = history_csv::parse("date,billed\n2026-03-01,-5\n").unwrap_err();
    assert_eq!(
        (e[0].path(), e[0].code()),
        ("line 2, column 2 (billed)", ErrorCode::Negative)
    );
}

#[test]
fn history_rows_in_a_scenario_are_checked_with_their_paths() {
    let mut s = engine::parse(MARCH).unwrap();
    s.history = vec![
        engine::scenario::HistoryRow {
            date: "2025-12-31".into(),
            billed: 10,
            non_marketing: None,
        },
        engine::scenario::HistoryRow {
            date: "2025-12-30".into(),
            billed: -1,
            non_marketing: None,
        },
    ];
    let errors = engine::evaluate(&s, engine::Options::FIGURES)
        .err()
        .unwrap_or_default();
    let found: Vec<(&str, ErrorCode)> = errors.iter().map(|e| (e.path(), e.code())).collect();
    assert_eq!(
        found,
        [
            ("history[0].date", ErrorCode::AsOfBeforeStart),
            ("history[1].date", ErrorCode::HistoryOutOfOrder),
            ("history[1].billed", ErrorCode::Negative),
        ]
    );
}

#[test]
fn a_history_drives_days_upgrades_and_charges() {
    let o = engine::evaluate(&march(&[]), engine::Options::FULL).unwrap();
    // The simulation covers the history's own dates, Mar 1..=Mar 31.
    assert_eq!(o.days.len(), 31);
    // A missing day carries the last count forward: Mar 2..23 stay at 1,900.
    assert_eq!(day(&o, "2026-03-23").billed, 1900);
    // Mar 24: 2,100 > 2,000 → tier 7,000 at 00:00, charged Mar 25 (R7).
    assert_eq!(o.upgrades.len(), 1);
    assert_eq!(o.upgrades[0].at.rfc3339(), "2026-03-24T00:00:00-04:00");
    assert_eq!(o.upgrades[0].charge_date.to_string(), "2026-03-25");
    // 8 days left (Mar 24..31) of 31: 225.00 × 8 / 31 = 58.0645… → 58.06 (R8).
    assert_eq!(o.upgrades[0].amount, dec("58.06"));
    // The fall to 1,950 on Mar 31 keeps the tier (R9).
    assert_eq!(day(&o, "2026-03-31").billed, 1950);
    assert_eq!(day(&o, "2026-03-31").tier, 7000);
    assert_eq!(day(&o, "2026-03-31").peak_billed, 2100);
    // 75 % (1,500) and 90 % (1,800) were reached at the start; 98 % (1,960)
    // and "exceeded" fire on Mar 24, then 7,000's thresholds are already met? No:
    // 2,100 is 30 % of 7,000, so nothing more.
    let fired: Vec<u32> = o.notifications.iter().map(|n| n.threshold).collect();
    assert_eq!(fired, [98, 100]);
    assert_eq!(o.total, dec("858.06"));
}

#[test]
fn planned_events_after_the_history_continue_from_its_last_count() {
    let mut s = march(&[]);
    s.until = "2026-04-30".into();
    s.events = serde_json::from_value(json!([
        // Inside the history: replaced by it, no error for being before as_of.
        { "at": "2026-02-10", "action": "add_marketing", "count": 9000 },
        { "at": "2026-03-10", "action": "add_marketing", "count": 9000 },
        // After it: continues from 1,950 → 2,950 on Apr 10.
        { "at": "2026-04-10", "action": "add_marketing", "count": 1000 },
        // A daily flow straddling the last date: only Apr 1..3 happen.
        { "from": "2026-03-29", "to": "2026-04-03", "action": "add_marketing", "per_day": 10 }
    ]))
    .unwrap();
    let o = engine::evaluate(&s, engine::Options::FULL).unwrap();
    assert_eq!(day(&o, "2026-03-31").billed, 1950);
    assert_eq!(day(&o, "2026-04-03").billed, 1980);
    assert_eq!(day(&o, "2026-04-10").billed, 2980);
    assert_eq!(o.upgrades.len(), 1, "the replaced 9,000s never happened");
    assert!(o
        .warnings
        .iter()
        .all(|w| !matches!(w.kind, engine::outcome::WarningKind::EventAfterUntil { .. })));
}

#[test]
fn an_audit_that_matches() {
    let o = engine::evaluate(
        &march(&[("2026-03-01", "800.00"), ("2026-03-25", "58.06")]),
        engine::Options::FULL,
    )
    .unwrap();
    let a = o.audit.unwrap();
    assert!(a.matches);
    assert!(a.charges.iter().all(|c| c.status == ChargeStatus::Matches));
    assert_eq!(a.charges[1].lines, [1]);
    assert!(a.missing.is_empty());
}

#[test]
fn an_audit_one_cent_off_is_explained_by_rounding_per_line() {
    // Credit and charge, each rounded: −800 × 8/31 = −206.4516… → −206.45 and
    // 1,025 × 8/31 = 264.5161… → 264.52; together 58.07, one cent more than
    // the net line's 58.06.
    let o = engine::evaluate(
        &march(&[("2026-03-01", "800.00"), ("2026-03-25", "58.07")]),
        engine::Options::FULL,
    )
    .unwrap();
    let a = o.audit.unwrap();
    assert!(!a.matches);
    let c = &a.charges[1];
    assert_eq!(c.status, ChargeStatus::Differs);
    assert_eq!(c.simulated, Some(dec("58.06")));
    assert_eq!(c.difference, Some(dec("0.01")));
    assert_eq!(
        c.explained_by,
        vec![vec![Change::Lines(Lines::CreditAndCharge)]]
    );
    assert_eq!(a.charges[0].status, ChargeStatus::Matches);
}

#[test]
fn try_every_assumption_lists_each_matching_combination() {
    let s = march(&[("2026-03-01", "800.00"), ("2026-03-25", "58.07")]);
    let found = engine::try_every_assumption(&s).unwrap();
    // Credit-and-charge lines with daily proration; processing time, rounding
    // and month end do not move these figures: 2 × 2 × 2 = 8 of 48.
    assert_eq!(found.len(), 8, "{found:?}");
    assert!(found
        .iter()
        .all(|c| c.lines == Lines::CreditAndCharge
            && c.proration == engine::scenario::Proration::Daily));
    assert!(found.iter().any(|c| c.rounding == Rounding::HalfEven));
    // The settings closest to the scenario's own come first.
    assert_eq!(
        found[0].changes_from(&audit::Combination::all()[0]).len(),
        1
    );
    // An invoice nothing explains finds nothing.
    let s = march(&[("2026-03-25", "99.99")]);
    assert!(engine::try_every_assumption(&s).unwrap().is_empty());
}

#[test]
fn missing_and_unexpected_charges_are_marked() {
    // The invoice leaves out the proration and has a charge nobody simulated.
    let o = engine::evaluate(
        &march(&[("2026-03-01", "800.00"), ("2026-03-26", "58.06")]),
        engine::Options::FULL,
    )
    .unwrap();
    let a = o.audit.unwrap();
    assert_eq!(a.charges[1].status, ChargeStatus::NotSimulated);
    assert_eq!(a.missing.len(), 1);
    assert_eq!(a.missing[0].date.to_string(), "2026-03-25");
    assert_eq!(a.missing[0].amount, dec("58.06"));
}

#[test]
fn a_recurring_charge_at_the_new_price_is_explained_by_processing_at_noon() {
    // 300 contacts at 06:00 on Apr 1 take 1,900 to 2,200 (> 2,000).
    let mut s = engine::parse(MARCH).unwrap();
    s.contacts.marketing = 1900;
    s.until = "2026-04-30".into();
    s.events = serde_json::from_value(json!([
        { "at": "2026-04-01T06:00", "action": "add_marketing", "count": 300 }
    ]))
    .unwrap();
    // Processing at 00:00: April's period opened at 00:00 at tier 2,000
    // (800.00); the upgrade at 06:00 has 30 of 30 days left: 225.00 on Apr 2.
    let o = engine::evaluate(&s, engine::Options::FULL).unwrap();
    assert_eq!(o.upgrades[0].amount, dec("225.00"));
    // Processing at 12:00: April's period opens at 12:00, after the upgrade,
    // so it bills tier 7,000 (1,025.00), and the upgrade falls on the last
    // day of March's period, which ends on Apr 1 (exclusive): 0 days, 0.00.
    s.invoice = serde_json::from_value(json!([
        { "date": "2026-04-01", "amount": "1025.00" },
        { "date": "2026-04-02", "amount": "0.00" }
    ]))
    .unwrap();
    let a = engine::evaluate(&s, engine::Options::FULL)
        .unwrap()
        .audit
        .unwrap();
    for (c, simulated) in a.charges.iter().zip(["800.00", "225.00"]) {
        assert_eq!(c.status, ChargeStatus::Differs);
        assert_eq!(c.simulated, Some(dec(simulated)));
        assert_eq!(c.explained_by, vec![vec![Change::ProcessingTime("12:00")]]);
    }
    assert_eq!(a.charges[0].difference, Some(dec("225.00")));
    // Every matching combination processes at noon with daily proration and
    // one net line (a credit-and-charge pair would show two 0.00 lines):
    // 2 roundings × 2 month-end rules.
    let found = engine::try_every_assumption(&s).unwrap();
    assert_eq!(found.len(), 4, "{found:?}");
    assert!(found
        .iter()
        .all(|c| c.processing_time == "12:00" && c.lines == Lines::Net));
}

#[test]
fn an_account_processing_at_another_hour_is_explained_by_midnight() {
    // Processing at 07:00, April's period opens after the 06:00 import: it
    // bills tier 7,000 (1,025.00), and the upgrade falls in March's last
    // hours (0.00). The invoice was made at 00:00: 800.00, then 225.00.
    let mut s = engine::parse(MARCH).unwrap();
    s.contacts.marketing = 1900;
    s.until = "2026-04-30".into();
    s.account.processing_time = "07:00".into();
    s.events = serde_json::from_value(json!([
        { "at": "2026-04-01T06:00", "action": "add_marketing", "count": 300 }
    ]))
    .unwrap();
    s.invoice = serde_json::from_value(json!([
        { "date": "2026-04-01", "amount": "800.00" },
        { "date": "2026-04-02", "amount": "225.00" }
    ]))
    .unwrap();
    let a = engine::evaluate(&s, engine::Options::FULL)
        .unwrap()
        .audit
        .unwrap();
    for (c, simulated) in a.charges.iter().zip(["1025.00", "0.00"]) {
        assert_eq!(c.status, ChargeStatus::Differs);
        assert_eq!(c.simulated, Some(dec(simulated)));
        assert_eq!(c.explained_by, vec![vec![Change::ProcessingTime("00:00")]]);
    }
}

/// Pasted invoice text as (date, amount) pairs.
fn charges(text: &str) -> Vec<(String, String)> {
    invoice_text::parse(text)
        .unwrap()
        .into_iter()
        .map(|c| (c.date, c.amount))
        .collect()
}

#[test]
fn pasted_invoices_read_symbols_commas_and_credits() {
    let text = "Date;Amount\n2026-03-01; $1,234.50\n2026-03-02\t-12,50 kr\n\n2026-03-03 (206.45)\n2026-03-04, USD 800\n";
    let got = charges(text);
    let want = [
        ("2026-03-01", "1234.50"),
        ("2026-03-02", "-12.50"),
        ("2026-03-03", "-206.45"),
        ("2026-03-04", "800"),
    ];
    assert_eq!(
        got,
        want.map(|(d, a)| (d.to_string(), a.to_string())).to_vec()
    );
    let e = invoice_text::parse("2026-03-01, 5\nnot a charge\n2026-13-01, 5\n").unwrap_err();
    let lines: Vec<&str> = e.iter().map(|e| e.path()).collect();
    assert_eq!(lines, ["line 2", "line 3"]);
    assert!(e.iter().all(|e| e.code() == ErrorCode::InvoiceLine));
}

#[test]
fn invoice_charges_in_a_scenario_are_checked_with_their_paths() {
    let v = with(
        serde_json::from_str(MARCH).unwrap(),
        &[(
            "invoice",
            json!([{ "date": "2026-03-01", "amount": "12,00" }, { "date": "soon", "amount": "1" }]),
        )],
    );
    let s = engine::from_value(v).unwrap();
    let found: Vec<(String, ErrorCode)> = engine::evaluate(&s, engine::Options::FIGURES)
        .err()
        .unwrap_or_default()
        .into_iter()
        .map(|e| (e.path().to_string(), e.code()))
        .collect();
    assert_eq!(
        found,
        [
            ("invoice[0].amount".to_string(), ErrorCode::InvalidMoney),
            ("invoice[1].date".to_string(), ErrorCode::InvalidDate),
        ]
    );
}

/// The 2020 article: pending contacts clear on "the 1st of the next month or
/// the renewal date, whichever is earlier".
#[test]
fn rule_edition_2020_clears_pending_at_the_earlier_of_the_1st_and_renewal() {
    // A monthly Starter contract bought Jan 15: current update dates are the
    // 15ths; under 2020 every 1st is one too.
    let base = json!({
        "version": 1,
        "account": { "edition": "starter", "term": "monthly", "start": "2026-01-15",
                     "as_of": "2026-03-01", "timezone": "America/New_York" },
        "contacts": { "marketing": 900, "non_marketing": 0 },
        "events": [ { "at": "2026-03-20", "action": "set_non_marketing", "count": 400 } ],
        "until": "2026-04-30"
    });
    let current = run(base.clone());
    assert_eq!(
        common::texts(&current.update_dates),
        ["2026-03-15T00:00:00-04:00", "2026-04-15T00:00:00-04:00"]
    );
    assert_eq!(
        day(&current, "2026-04-01").billed,
        900,
        "pending until Apr 15"
    );
    assert_eq!(day(&current, "2026-04-15").billed, 500);

    let old = run(with(
        base,
        &[("assumptions", json!({ "rule_edition": "2020" }))],
    ));
    assert_eq!(
        common::texts(&old.update_dates),
        [
            "2026-03-01T00:00:00-05:00",
            "2026-03-15T00:00:00-04:00",
            "2026-04-01T00:00:00-04:00",
            "2026-04-15T00:00:00-04:00"
        ]
    );
    assert_eq!(day(&old, "2026-03-31").billed, 900);
    assert_eq!(
        day(&old, "2026-04-01").billed,
        500,
        "the 1st comes before the renewal"
    );
}

#[test]
fn rule_edition_2020_uses_the_renewal_when_it_comes_first() {
    // Annual contract renewing Mar 20: a change on Mar 10 clears at the
    // renewal, Mar 20, before Apr 1. Under the current rules it waits for Apr 1.
    let base = json!({
        "version": 1,
        "account": { "edition": "professional", "term": "annual", "start": "2025-03-20",
                     "as_of": "2026-03-02", "timezone": "Europe/Dublin" },
        "contacts": { "marketing": 1900, "non_marketing": 0 },
        "events": [ { "at": "2026-03-10", "action": "set_non_marketing", "count": 900 } ],
        "until": "2026-04-05"
    });
    assert_eq!(day(&run(base.clone()), "2026-03-20").billed, 1900);
    let old = run(with(
        base,
        &[("assumptions", json!({ "rule_edition": "2020" }))],
    ));
    assert_eq!(day(&old, "2026-03-20").billed, 1000);
    // The edition round-trips, and the default is left out of written scenarios.
    let s = engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap();
    assert!(!serde_json::to_string(&s).unwrap().contains("rule_edition"));
    let e = common::fails(json!({
        "version": 1,
        "account": { "edition": "starter", "term": "monthly", "start": "2026-01-15" },
        "contacts": { "marketing": 1 }, "until": "2026-02-01",
        "assumptions": { "rule_edition": "2019" }
    }));
    assert_eq!(e.path(), "assumptions.rule_edition");
}

#[test]
fn a_cap_blocking_history_rows_names_the_row_not_an_event() {
    // A cap of 2,000 with the March history: the 2,100 on Mar 24 is capped.
    let mut s = march(&[]);
    s.account.max_marketing = Some(2000);
    let o = engine::evaluate(&s, engine::Options::FULL).unwrap();
    assert!(o.upgrades.is_empty());
    let w = o
        .warnings
        .iter()
        .find(|w| w.kind.code() == "cap_blocked")
        .expect("the cap warns");
    // Row 2 of the history (0-based) is 2026-03-24.
    assert!(
        w.message.starts_with(
            "history[2] from 2026-03-24T00:00:00-04:00: the cap of 2000 kept 100 of 200"
        ),
        "{}",
        w.message
    );
}

/// Quoted cells may hold the separator, and the csv reader keeps them whole:
/// `"1,800"` is one cell, not a whole number, and says so at its column.
/// A quoted date reads, and the written CSV reads back to the same rows.
#[test]
fn quoted_cells_stay_whole_and_written_rows_read_back() {
    let e = history_csv::parse("date,billed\n\"2026-03-01\",\"1,800\"\n").unwrap_err();
    assert_eq!(
        (e[0].path(), e[0].code()),
        ("line 2, column 2 (billed)", ErrorCode::NotACount)
    );
    assert!(
        e[0].to_string().contains("\"1,800\""),
        "{}",
        e[0].to_string()
    );
    let rows = history_csv::parse(
        "date,billed,non_marketing\r\n\r\n\"2026-03-01\" , 1800 ,\r\n2026-03-02,1900,7\r\n",
    )
    .unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!((rows[0].billed, rows[0].non_marketing), (1800, None));
    assert_eq!(
        history_csv::parse(&history_csv::write(&rows)).unwrap(),
        rows
    );
}

/// An upgrade caused by a usage history names the row, as an error would
/// (`"event": "history[2]"`); one caused by a scenario event keeps its
/// index (`"event": 0`). Rows are no longer event indexes offset by
/// 1,000,000,000.
#[test]
fn an_upgrade_names_the_history_row_or_the_event_that_caused_it() {
    let o = engine::evaluate(&march(&[]), engine::Options::FULL).unwrap();
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(v["upgrades"][0]["event"], json!("history[2]"));
    let o = run(with(
        common::base(),
        &[(
            "events",
            json!([{ "at": "2026-04-10", "action": "add_marketing", "count": 1500 }]),
        )],
    ));
    let v = serde_json::to_value(&o).unwrap();
    assert_eq!(v["upgrades"][0]["event"], json!(0));
}

/// Line numbers count every line of the file, as an editor shows them:
/// with CRLF line ends, after blank lines and after lines of spaces (which
/// are skipped like blank ones). The csv crate's own record positions are
/// off by one in both cases, so the reader counts lines itself.
#[test]
fn errors_name_the_line_an_editor_shows() {
    let line = |csv: &str| history_csv::parse(csv).unwrap_err()[0].path().to_string();
    assert_eq!(
        line("date,billed\r\n2026-03-01,1800\r\n2026-03-02,19x0\r\n"),
        "line 3, column 2 (billed)"
    );
    assert_eq!(
        line("date,billed\n\n2026-03-01,1800\n\n2026-03-02,19x0\n"),
        "line 5, column 2 (billed)"
    );
    assert_eq!(
        line("\u{feff}\r\n  \r\ndate,billed\r\n \t \r\n2026-03-01,x\r\n"),
        "line 5, column 2 (billed)"
    );
    assert_eq!(line("  \nday,count\n2026-03-01,1\n"), "line 2");
    let rows = history_csv::parse("date,billed\n  \n2026-03-01,1800\n \n").unwrap();
    assert_eq!(rows.len(), 1);
    let e = history_csv::parse("date,billed\r\n2026-03-02,1\r\n2026-03-01,2\r\n").unwrap_err();
    assert!(
        e[0].to_string().contains("on line 2"),
        "{}",
        e[0].to_string()
    );
    assert_eq!(e[0].path(), "line 3, column 1 (date)");
}

/// Invoices write dates with month names and amounts with signs and codes:
/// each of these lines reads, and the amount is exact.
#[test]
fn invoice_lines_read_as_invoices_write_them() {
    let text = "Date, Amount\n\
        Dec 1, 2026 $800.00\n\
        December 1, 2026  800.00 USD\n\
        1 Dec 2026;1.234,50 €\n\
        Sept 30, 2026,$(12.50)\n\
        2026-12-01, 5\n\
        dec. 2, 2026 – 1,000.00 kr\n";
    let got = charges(text);
    let want = [
        ("2026-12-01", "800.00"),
        ("2026-12-01", "800.00"),
        ("2026-12-01", "1234.50"),
        ("2026-09-30", "-12.50"),
        ("2026-12-01", "5"),
        ("2026-12-02", "1000.00"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(d, a)| (d.to_string(), a.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// What cannot be read is said line by line, and a text with no charge at
/// all is an error too, never an empty invoice: a numeric date that reads
/// differently in the US and in Europe, a date that does not exist, a first
/// line that is not a header.
#[test]
fn unreadable_invoice_lines_are_named_and_nothing_is_dropped() {
    let e = invoice_text::parse("12/01/2026 800.00\nFeb 30, 2026 5\nDec 1 2026\n").unwrap_err();
    let lines: Vec<&str> = e.iter().map(|e| e.path()).collect();
    assert_eq!(lines, ["line 1", "line 2", "line 3"]);
    let e = invoice_text::parse("Charges\n\n").unwrap_err();
    assert_eq!(
        (e[0].path(), e[0].code()),
        ("line 1", ErrorCode::InvoiceLine)
    );
    assert_eq!(invoice_text::parse("\n  \n").unwrap(), vec![]);
}

/// A spreadsheet or an image dropped as the history is not a CSV, and the
/// message says so instead of quoting its bytes.
#[test]
fn a_binary_file_is_not_a_csv() {
    for bytes in [
        &b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00"[..],
        &b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"[..],
    ] {
        let text = String::from_utf8_lossy(bytes);
        let e = history_csv::parse(&text).unwrap_err();
        assert_eq!(e.len(), 1);
        assert_eq!(e[0].code(), ErrorCode::NotCsv);
        assert!(
            e[0].to_string().contains("not a CSV"),
            "{}",
            e[0].to_string()
        );
        assert!(!e[0].to_string().contains("PK") && !e[0].to_string().contains("PNG"));
    }
}
