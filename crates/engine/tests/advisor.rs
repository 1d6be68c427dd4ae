//! Issue 8, the advisor. Every expected value is worked out by hand below.
//!
//! The June scenario: Professional, annual term billed monthly, bought
//! 2026-01-01 in New York (update dates on the 1st, renewal 2027-01-01),
//! as of 2026-06-01 with 1,900 marketing contacts in tier 2,000, to
//! 2026-12-31. Example prices: tier 2,000 costs 800.00 a month, tier 7,000
//! 1,025.00: 225.00 more.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use rust_decimal::Decimal;
use serde_json::json;
use tierwise_engine::{
    self as engine,
    advisor::{advise, DayNote, Questions},
    scenario::Term,
    ErrorCode, Scenario,
};

fn june(events: serde_json::Value) -> Scenario {
    let mut v: serde_json::Value =
        serde_json::from_str(include_str!("../../../tests/fixtures/june-advice.json")).unwrap();
    v["events"] = events;
    engine::from_value(v).unwrap()
}

fn dec(s: &str) -> Decimal {
    s.parse().unwrap()
}

#[test]
fn headroom_and_the_next_renewal() {
    let a = advise(&june(json!([])), &Questions::default()).unwrap();
    assert_eq!(a.now.to_string(), "2026-06-01");
    assert_eq!((a.tier, a.billed, a.headroom), (2000, 1900, 100));
    assert_eq!(
        a.next_renewal.unwrap().rfc3339(),
        "2027-01-01T00:00:00-05:00"
    );
}

#[test]
fn one_more_contact_within_the_headroom_costs_nothing() {
    let a = advise(&june(json!([])), &Questions::default()).unwrap();
    let m = a.marginal.unwrap();
    assert_eq!(m.one.today, Decimal::ZERO);
    assert_eq!(m.one.until_renewal, Decimal::ZERO);
    assert_eq!(m.one.horizon, Decimal::ZERO);
}

#[test]
fn the_next_import_costs_its_proration_now_and_the_difference_until_renewal() {
    // 1,000 more on Jun 1: 2,900 > 2,000 → tier 7,000 (R7). Charged Jun 2:
    // 225.00 × 30/30 = 225.00 (R8). Then Jul..Dec at +225.00: 1,350.00.
    let a = advise(&june(json!([])), &Questions::default()).unwrap();
    let m = a.marginal.unwrap();
    assert_eq!(m.import, 1000);
    assert_eq!(m.import_tier, Some(7000));
    assert_eq!(m.import_cost.today, dec("225.00"));
    assert_eq!(m.import_cost.until_renewal, dec("1575.00"));
    assert_eq!(m.import_cost.horizon, dec("1575.00"));
}

#[test]
fn until_renewal_runs_past_a_short_horizon() {
    // Horizon to Jun 30 only: the import's horizon cost is the proration,
    // but until renewal the tier stays 7,000 for six more months (R9).
    let mut s = june(json!([]));
    s.until = "2026-06-30".into();
    let m = advise(&s, &Questions::default()).unwrap().marginal.unwrap();
    assert_eq!(m.import_cost.horizon, dec("225.00"));
    assert_eq!(m.import_cost.until_renewal, dec("1575.00"));
}

#[test]
fn a_linear_growth_forecast_dates_each_crossing_and_prices_the_upgrade() {
    // 10 a day from Jun 1 (00:00 each day): 1,900 + 10k on day k.
    // 98 % of 2,000 = 1,960 on Jun 6; 2,010 > 2,000 on Jun 11 → 7,000.
    // 75 % and 90 % were already reached on Jun 1 (R10: not notified again).
    // The upgrade: 225.00 × 20/30 = 150.00 on Jun 12, then Jul..Dec
    // (six periods before the Jan 1 renewal) × 225.00 = 1,350.00.
    let q = Questions {
        growth_per_day: Some(10),
        ..Questions::default()
    };
    let f = advise(&june(json!([])), &q).unwrap().forecast.unwrap();
    let got: Vec<(String, u32, u64)> = f
        .crossings
        .iter()
        .map(|c| (c.at.rfc3339(), c.threshold, c.billed))
        .collect();
    assert_eq!(
        got,
        [
            ("2026-06-06T00:00:00-04:00".to_string(), 98, 1960),
            ("2026-06-11T00:00:00-04:00".to_string(), 100, 2010),
        ]
    );
    assert_eq!(f.crossings[1].to_tier, Some(7000));
    assert_eq!(f.crossings[1].cost_until_renewal, Some(dec("1500.00")));
    // 214 days of 10 (Jun 1..Dec 31).
    assert_eq!(f.billed_at_end, 1900 + 2140);
}

#[test]
fn a_monthly_percentage_compounds_monthly() {
    // 5 % a month on 1,900: 1,995 by the end of June, 2,094.75 → 2,095 by
    // the end of July. Each month's growth comes day by day, one more a day
    // on its last days, as compounding speeds up (never a jump on its first
    // day, which ran ahead of the rate). June adds 95: 3 a day for 25 days,
    // 4 a day for the last 5; 1,995 on Jun 30, no upgrade in June. July adds
    // 100: 3 a day for 24 days, then 4: 1,998 on Jul 1, 2,001 on Jul 2 >
    // 2,000 → tier 7,000 on Jul 2.
    let q = Questions {
        growth_percent_per_month: Some("5".into()),
        ..Questions::default()
    };
    let f = advise(&june(json!([])), &q).unwrap().forecast.unwrap();
    let up = f.crossings.iter().find(|c| c.threshold == 100).unwrap();
    assert_eq!(up.at.rfc3339(), "2026-07-02T00:00:00-04:00");
    assert_eq!(up.billed, 2001);
    // 225.00 × 30/31 = 217.74 on Jul 3, then Aug..Dec: 5 × 225.00.
    assert_eq!(up.cost_until_renewal, Some(dec("1342.74")));
    let q = Questions {
        growth_percent_per_month: Some("-5".into()),
        ..Questions::default()
    };
    let e = advise(&june(json!([])), &q).unwrap_err();
    assert_eq!(e.path(), "advisor.growth_percent_per_month");
    // A negative rate is "0 or more", not "at most 100".
    assert_eq!(e.code(), ErrorCode::Negative);
    let q = Questions {
        growth_per_day: Some(3),
        growth_percent_per_month: Some("5".into()),
        ..Questions::default()
    };
    assert_eq!(
        advise(&june(json!([])), &q).unwrap_err().code(),
        ErrorCode::BadSchedule
    );
}

#[test]
fn timing_finds_the_update_date_when_a_cleanup_is_pending() {
    // 800 set to non-marketing on Jun 10 stay billed until Jul 1 (R2).
    // Importing 700 before Jul 1 makes 2,600 > 2,000; on Jul 1, after the
    // processing, 1,100 + 700 = 1,800 fits. On Jun 30: 225.00 × 1/30 = 7.50,
    // then Jul..Dec × 225.00 = 1,350.00: 1,357.50.
    let s = june(json!([{ "at": "2026-06-10", "action": "set_non_marketing", "count": 800 }]));
    let q = Questions {
        import: Some(700),
        window_from: Some("2026-06-01".into()),
        window_to: Some("2026-07-31".into()),
        ..Questions::default()
    };
    let t = advise(&s, &q).unwrap().timing.unwrap();
    assert_eq!(t.cheapest.date.to_string(), "2026-07-01");
    assert_eq!(t.cheapest.cost, Decimal::ZERO);
    assert_eq!(t.cheapest.note, DayNote::UpdateDate);
    let jun30 = t
        .days
        .iter()
        .find(|d| d.date.to_string() == "2026-06-30")
        .unwrap();
    assert_eq!(jun30.cost, dec("1357.50"));
    assert_eq!(jun30.note, DayNote::BeforeUpdate);
    // Jun 1: 225.00 × 30/30 + 6 × 225.00.
    assert_eq!(t.dearest.date.to_string(), "2026-06-01");
    assert_eq!(t.dearest.cost, dec("1575.00"));
    assert_eq!(t.days.len(), 61);
}

#[test]
fn timing_windows_are_checked() {
    let s = june(json!([]));
    let q = |from: &str, to: &str| Questions {
        window_from: Some(from.into()),
        window_to: Some(to.into()),
        ..Questions::default()
    };
    let e = advise(&s, &q("2026-05-01", "2026-06-10")).unwrap_err();
    assert_eq!(
        (e.path(), e.code()),
        ("advisor.window_from", ErrorCode::EventBeforeAsOf)
    );
    let e = advise(&s, &q("2026-06-10", "2026-06-01")).unwrap_err();
    assert_eq!(e.code(), ErrorCode::EndBeforeStart);
    let e = advise(&s, &q("2026-06-01", "2027-12-01")).unwrap_err();
    assert_eq!(
        (e.path(), e.code()),
        ("advisor.window_to", ErrorCode::TooBig)
    );
}

#[test]
fn stay_in_tier_gives_contacts_deadline_and_saving() {
    // 300 on Jun 20: 2,200 > 2,000. 200 fewer keep it at 2,000. No
    // processing instant falls between now and Jun 20, so only not adding
    // them helps (deadline null). Saving: 225.00 × 11/30 = 82.50 charged
    // Jun 21, plus Jul..Dec × 225.00 = 1,350.00: 1,432.50.
    let s = june(json!([{ "at": "2026-06-20", "action": "add_marketing", "count": 300 }]));
    let a = advise(&s, &Questions::default()).unwrap();
    let st = &a.stay_in_tier[0];
    assert_eq!(
        (st.from_tier, st.to_tier, st.billed, st.contacts),
        (2000, 7000, Some(2200), 200)
    );
    assert_eq!(st.deadline, None);
    assert_eq!(st.charge, Some(dec("82.50")));
    assert_eq!(st.saving, Some(dec("1432.50")));
    // The same import in July: set 200 to non-marketing before Jul 1 00:00.
    let s = june(json!([{ "at": "2026-07-20", "action": "add_marketing", "count": 300 }]));
    let a = advise(&s, &Questions::default()).unwrap();
    assert_eq!(
        a.stay_in_tier[0].deadline.unwrap().rfc3339(),
        "2026-07-01T00:00:00-04:00"
    );
}

#[test]
fn a_cap_at_the_tier_blocks_the_overflow_and_saves_the_upgrade() {
    // Without a cap: 800.00 × 7 months (Jun..Dec at 2,000 before the upgrade)
    // = 5,600.00, plus the upgrade's 1,432.50 = 7,032.50. A cap of 2,000
    // keeps 200 of the 300 non-marketing (R12): 5,600.00.
    let s = june(json!([{ "at": "2026-06-20", "action": "add_marketing", "count": 300 }]));
    let c = advise(&s, &Questions::default()).unwrap().cap.unwrap();
    assert_eq!(c.cap, 2000);
    assert_eq!(c.total_without, dec("7032.50"));
    assert_eq!(c.total_with, dec("5600.00"));
    assert_eq!(
        (c.upgrades_without, c.upgrades_with, c.blocked),
        (1, 0, 200)
    );
    // A cap the user enters.
    let q = Questions {
        cap: Some(2100),
        ..Questions::default()
    };
    let c = advise(&s, &q).unwrap().cap.unwrap();
    assert_eq!((c.cap, c.blocked), (2100, 100));
}

#[test]
fn terms_side_by_side_accrue_the_same_usage() {
    // The upgrade on Jun 20 under each term. Accrued: June is 19 days at
    // 800/30 and 11 at 1,025/30 = 882.50; Jul..Dec 6 × 1,025 = 6,150.00:
    // 7,032.50 for annual terms, × 1.2 (the example book's monthly-term
    // factor) = 8,439.00 for a monthly term, which Professional is not sold on.
    let s = june(json!([{ "at": "2026-06-20", "action": "add_marketing", "count": 300 }]));
    let terms = advise(&s, &Questions::default()).unwrap().terms;
    let got: Vec<(Term, Term, bool, String, bool)> = terms
        .iter()
        .map(|t| {
            (
                t.term,
                t.billing,
                t.current,
                t.accrued.unwrap().to_string(),
                t.sold,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            (Term::Monthly, Term::Monthly, false, "8439.00".into(), false),
            (Term::Annual, Term::Monthly, true, "7032.50".into(), true),
            (Term::Annual, Term::Annual, false, "7032.50".into(), true),
        ]
    );
    // Annual billing charged the year on Jan 1, before the horizon: only the
    // upgrade is invoiced in it: 2,700.00 a year more × 195/365 = 1,442.47.
    assert_eq!(terms[2].total, Some(dec("1442.47")));
}

#[test]
fn a_planned_tier_change_is_not_forecast_as_a_crossing() {
    // Starter, monthly term, capped at 3,500 (R12) in tier 4,000, with a
    // manual change to 5,000 on Apr 1. At 15 a day from Jan 4 (00:00 each
    // day, Jan 4 the first), 2,900 reach 75 % of 4,000 = 3,000 on Jan 10
    // (2,900 + 7 × 15 = 3,005), then stop at the cap: 90 % (3,600) is never
    // reached and 4,000 never exceeded. The Apr 1 upgrade is the plan's own
    // change_tier, at 3,500 billed: no crossing, so the forecast does not
    // call it "4,000 exceeded".
    let s = engine::parse(include_str!(
        "../../../tests/fixtures/planned-tier-change.json"
    ))
    .unwrap();
    let q = Questions {
        growth_per_day: Some(15),
        ..Questions::default()
    };
    let a = advise(&s, &q).unwrap();
    let f = a.forecast.unwrap();
    let got: Vec<(String, u32, u64, u64, Option<u64>)> = f
        .crossings
        .iter()
        .map(|c| (c.at.rfc3339(), c.threshold, c.tier, c.billed, c.to_tier))
        .collect();
    assert_eq!(
        got,
        [(
            "2027-01-10T00:00:00-05:00".to_string(),
            75,
            4000,
            3005,
            None
        )]
    );
    assert_eq!(f.billed_at_end, 3500);
}

#[test]
fn a_planned_tier_change_today_is_not_the_imports_doing() {
    // A change_tier to 7,000 on Jun 1, the advisor's now: an import of 10
    // (1,910 ≤ 2,000) exceeds nothing and costs nothing; the upgrade that
    // day is the plan's, so the import does not "move the account" to 7,000.
    let s = june(json!([{ "at": "2026-06-01", "action": "change_tier", "tier": 7000 }]));
    let q = Questions {
        import: Some(10),
        ..Questions::default()
    };
    let m = advise(&s, &q).unwrap().marginal.unwrap();
    assert_eq!(m.import_cost.horizon, Decimal::ZERO);
    assert_eq!(m.import_tier, None);
}
