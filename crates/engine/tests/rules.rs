//! One named test per rule of SPEC.md §2 and §3, with expected values worked
//! out by hand in the comments.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{base, day, dec, fails, run, texts, with};
use serde_json::json;
use tierwise_engine::{
    self as engine,
    outcome::{LineKind, UpgradeCause, WarningKind},
    ErrorCode,
};

/// A professional account, annual term billed monthly, bought 2026-03-15,
/// 1,900 marketing contacts in tier 2,000 (monthly prices 800 / 1,025).
fn monthly_billed() -> serde_json::Value {
    with(
        base(),
        &[
            ("account.billing", json!("monthly")),
            ("account.start", json!("2026-03-15")),
            ("account.as_of", json!("2026-03-15")),
            ("contacts.marketing", json!(1900)),
            ("until", json!("2026-05-31")),
        ],
    )
}

// ---------------------------------------------------------------- R1

/// R1: creating a contact as marketing, or setting one to marketing, counts at once.
#[test]
fn r1_marketing_counts_at_once() {
    let o = run(with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-04-10T09:00", "action": "add_marketing", "count": 100 },
                { "at": "2026-04-10T15:00", "action": "set_marketing", "count": 50 }
            ]),
        )],
    ));
    assert_eq!(day(&o, "2026-04-09").billed, 1000);
    let d = day(&o, "2026-04-10");
    assert_eq!((d.marketing, d.non_marketing, d.billed), (1150, 9950, 1150));
}

// ---------------------------------------------------------------- R2, R3

/// R2, the article's worked example (update date on the 1st): set to marketing
/// on Apr 30, it counts for May; set to non-marketing on May 15 it still
/// counts; from June 1 it does not. Reads the shared fixture.
#[test]
fn r2_article_worked_example() {
    let text = include_str!("../../../tests/fixtures/article-example.json");
    let o = engine::evaluate(&engine::parse(text).unwrap(), engine::Options::FULL).unwrap();
    assert_eq!(day(&o, "2026-04-29").billed, 1000);
    assert_eq!(day(&o, "2026-04-30").billed, 1001);
    let may15 = day(&o, "2026-05-15");
    assert_eq!(
        (may15.marketing, may15.pending_non_marketing, may15.billed),
        (1000, 1, 1001)
    );
    assert_eq!(day(&o, "2026-05-31").billed, 1001);
    let june1 = day(&o, "2026-06-01");
    assert_eq!(
        (
            june1.pending_non_marketing,
            june1.non_marketing,
            june1.billed
        ),
        (0, 1, 1000)
    );
    assert!(texts(&o.update_dates).contains(&"2026-06-01T00:00:00-04:00".to_string()));
}

/// R3: set to marketing and back in the same month: billed until the next update date.
#[test]
fn r3_marketing_then_non_marketing_in_one_month_counts_until_the_update_date() {
    let o = run(with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-05-03", "action": "set_marketing", "count": 10 },
                { "at": "2026-05-04", "action": "set_non_marketing", "count": 10 }
            ]),
        )],
    ));
    assert_eq!(day(&o, "2026-05-04").billed, 1010);
    assert_eq!(day(&o, "2026-05-31").billed, 1010);
    assert_eq!(day(&o, "2026-06-01").billed, 1000);
}

// ---------------------------------------------------------------- R4

fn monthly_term(start: &str, until: &str) -> serde_json::Value {
    with(
        base(),
        &[
            ("account.edition", json!("starter")),
            ("account.term", json!("monthly")),
            ("account.start", json!(start)),
            ("account.as_of", json!(start)),
            ("until", json!(until)),
        ],
    )
}

/// R4: a monthly contract bought Apr 15 updates on May 15 and Jun 15.
#[test]
fn r4_monthly_purchase_on_apr_15_updates_on_the_15th() {
    let o = run(monthly_term("2026-04-15", "2026-06-30"));
    assert_eq!(
        texts(&o.update_dates),
        ["2026-05-15T00:00:00-04:00", "2026-06-15T00:00:00-04:00"]
    );
    assert_eq!(o.renewals, o.update_dates);
}

/// R4 `clamp`: bought Jan 31 → Feb 28, Mar 31, Apr 30.
#[test]
fn r4_jan_31_clamps_to_the_end_of_shorter_months() {
    let o = run(monthly_term("2025-01-31", "2025-04-30"));
    assert_eq!(
        texts(&o.update_dates),
        [
            "2025-02-28T00:00:00-05:00",
            "2025-03-31T00:00:00-04:00",
            "2025-04-30T00:00:00-04:00"
        ]
    );
}

/// R4 `clamp` in a leap year: bought Jan 31, 2028 → Feb 29, Mar 31.
#[test]
fn r4_jan_31_in_a_leap_year_gives_feb_29() {
    let o = run(monthly_term("2028-01-31", "2028-03-31"));
    assert_eq!(
        texts(&o.update_dates),
        ["2028-02-29T00:00:00-05:00", "2028-03-31T00:00:00-04:00"]
    );
}

/// R4 `roll`: the 1st of the following month when the day does not exist.
#[test]
fn r4_roll_moves_a_missing_day_to_the_first_of_the_next_month() {
    let v = with(
        monthly_term("2025-01-31", "2025-05-15"),
        &[("assumptions", json!({ "month_end": "roll" }))],
    );
    let o = run(v);
    assert_eq!(
        texts(&o.update_dates),
        [
            "2025-03-01T00:00:00-05:00",
            "2025-03-31T00:00:00-04:00",
            "2025-05-01T00:00:00-04:00"
        ]
    );
}

/// R4: annual contracts update on the 1st of every month.
#[test]
fn r4_annual_contracts_update_on_the_first() {
    let o = run(base());
    assert_eq!(
        texts(&o.update_dates),
        [
            "2026-04-01T00:00:00-04:00",
            "2026-05-01T00:00:00-04:00",
            "2026-06-01T00:00:00-04:00"
        ]
    );
    assert!(
        o.renewals.is_empty(),
        "annual renewals are yearly: next on 2027-01-01"
    );
}

/// An annual contract bought on the 1st, simulated from its purchase date.
fn bought_on_june_1(processing: &str) -> serde_json::Value {
    with(
        base(),
        &[
            ("account.start", json!("2026-06-01")),
            ("account.as_of", json!("2026-06-01")),
            ("account.processing_time", json!(processing)),
            (
                "events",
                json!([{ "at": "2026-06-01T08:00", "action": "set_non_marketing", "count": 100 }]),
            ),
            ("until", json!("2026-08-15")),
        ],
    )
}

/// R4: the purchase date is never an update date. Bought Jun 1 at 00:00
/// processing: the first update date is Jul 1, so 100 contacts set to
/// non-marketing on Jun 1 at 08:00 count through June.
#[test]
fn r4_the_purchase_date_is_not_an_update_date_at_midnight() {
    let o = run(bought_on_june_1("00:00"));
    assert_eq!(
        texts(&o.update_dates),
        ["2026-07-01T00:00:00-04:00", "2026-08-01T00:00:00-04:00"]
    );
    assert_eq!(day(&o, "2026-06-01").billed, 1000);
    assert_eq!(day(&o, "2026-06-30").billed, 1000);
    assert_eq!(day(&o, "2026-07-01").billed, 900);
}

/// R4 at 12:00 processing: noon on the purchase day is no processing
/// instant either; a contact set to non-marketing at 08:00 on Jun 1 stops
/// counting at noon on Jul 1.
#[test]
fn r4_the_purchase_date_is_not_an_update_date_at_noon() {
    let o = run(bought_on_june_1("12:00"));
    assert_eq!(
        texts(&o.update_dates),
        ["2026-07-01T12:00:00-04:00", "2026-08-01T12:00:00-04:00"]
    );
    let june_1 = day(&o, "2026-06-01");
    assert_eq!((june_1.billed, june_1.pending_non_marketing), (1000, 100));
    assert_eq!(day(&o, "2026-06-30").billed, 1000);
    let july_1 = day(&o, "2026-07-01");
    assert_eq!((july_1.billed, july_1.peak_billed), (900, 1000));
}

// ---------------------------------------------------------------- R5

/// R5: New York processing instants follow EST/EDT on both sides of each change
/// (2026: EDT from Mar 8, EST from Nov 1 at 02:00, so midnight Nov 1 is still EDT).
#[test]
fn r5_new_york_processing_instants_across_dst() {
    let v = with(
        base(),
        &[
            ("account.as_of", json!("2026-02-15")),
            ("until", json!("2026-12-15")),
        ],
    );
    let o = run(v.clone());
    let got = texts(&o.update_dates);
    assert_eq!(got.first().unwrap(), "2026-03-01T00:00:00-05:00");
    assert_eq!(got[1], "2026-04-01T00:00:00-04:00");
    assert_eq!(got[8], "2026-11-01T00:00:00-04:00");
    assert_eq!(got[9], "2026-12-01T00:00:00-05:00");
    let noon = run(with(v, &[("account.processing_time", json!("12:00"))]));
    assert_eq!(texts(&noon.update_dates)[0], "2026-03-01T12:00:00-05:00");
    assert_eq!(texts(&noon.update_dates)[8], "2026-11-01T12:00:00-05:00");
}

/// R5: a local time inside the spring-forward gap resolves to the transition.
#[test]
fn r5_a_time_in_the_dst_gap_resolves_to_the_transition() {
    let v = with(
        base(),
        &[
            ("account.as_of", json!("2026-03-01")),
            ("contacts.marketing", json!(2000)),
            (
                "events",
                json!([{ "at": "2026-03-08T02:30", "action": "add_marketing", "count": 1 }]),
            ),
        ],
    );
    let o = run(v);
    assert_eq!(o.upgrades[0].at.rfc3339(), "2026-03-08T03:00:00-04:00");
}

/// R5: where midnight does not exist (Santiago, first Sunday of September),
/// the processing instant is the transition, on the same local date.
#[test]
fn r5_a_missing_midnight_resolves_to_the_transition() {
    let v = with(
        base(),
        &[
            ("account.timezone", json!("America/Santiago")),
            ("account.as_of", json!("2026-08-15")),
            ("until", json!("2026-09-30")),
        ],
    );
    let o = run(v);
    assert_eq!(texts(&o.update_dates), ["2026-09-01T00:00:00-04:00"]);
    let days: Vec<_> = o.days.iter().map(|d| d.date.to_string()).collect();
    assert!(
        days.contains(&"2026-09-06".to_string()),
        "the short day is still a day"
    );
}

/// R5: a local time that happens twice resolves to the earlier instant
/// (London, 2026-10-25 01:30 happens in BST and again in GMT).
#[test]
fn r5_a_repeated_local_time_resolves_to_the_earlier_instant() {
    let v = with(
        monthly_term("2026-09-25", "2026-10-31"),
        &[
            ("account.timezone", json!("Europe/London")),
            ("account.processing_time", json!("01:30")),
        ],
    );
    assert_eq!(texts(&run(v).update_dates), ["2026-10-25T01:30:00+01:00"]);
}

/// R5: a zone outside the supported list is an error that says how to list them.
#[test]
fn r5_an_unsupported_zone_is_refused_with_a_hint() {
    let e = fails(with(base(), &[("account.timezone", json!("Mars/Olympus"))]));
    assert_eq!(e.path(), "account.timezone");
    assert_eq!(e.code(), ErrorCode::UnsupportedTimezone);
    assert!(e.to_string().contains("tierwise zones"), "{e}");
}

// ---------------------------------------------------------------- R6

/// R6: deleting frees capacity at once but never lowers the tier.
#[test]
fn r6_deleting_frees_capacity_at_once_and_never_lowers_the_tier() {
    let v = with(
        monthly_billed(),
        &[(
            "events",
            json!([
                { "at": "2026-03-20", "action": "add_marketing", "count": 300 },
                { "at": "2026-03-25T10:00", "action": "delete_marketing", "count": 1000 }
            ]),
        )],
    );
    let o = run(v);
    let d = day(&o, "2026-03-25");
    assert_eq!((d.billed, d.peak_billed, d.tier), (1200, 2200, 7000));
    assert!(o
        .days
        .iter()
        .skip_while(|d| d.date.to_string().as_str() < "2026-03-20")
        .all(|d| d.tier == 7000));
}

// ---------------------------------------------------------------- R7

/// R7: the new tier is the smallest that holds the billed count, not just the next one.
#[test]
fn r7_upgrade_goes_to_the_smallest_tier_that_holds_the_count() {
    let v = with(
        base(),
        &[(
            "events",
            json!([{ "at": "2026-04-10", "action": "add_marketing", "count": 12000 }]),
        )],
    );
    let o = run(v);
    assert_eq!(o.upgrades.len(), 1);
    let u = &o.upgrades[0];
    assert_eq!((u.from_tier, u.to_tier, u.billed), (2000, 17000, 13000));
    assert_eq!(u.cause, UpgradeCause::Automatic);
}

/// R7: the count is checked after every single event, even at one instant.
#[test]
fn r7_the_count_is_checked_after_every_event() {
    let v = with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-04-10", "action": "add_marketing", "count": 1001 },
                { "at": "2026-04-10", "action": "delete_marketing", "count": 1001 }
            ]),
        )],
    );
    let o = run(v);
    assert_eq!(o.upgrades.len(), 1, "2,001 for an instant is over the tier");
    assert_eq!(day(&o, "2026-04-10").billed, 1000);
    assert_eq!(day(&o, "2026-04-10").tier, 7000);
}

/// R7 + R8: an upgrade on day D is charged on D+1. Worked by hand: the period is
/// Mar 15 – Apr 15 (31 days); from Mar 20 there are 26 days left;
/// (1,025.00 − 800.00) × 26 / 31 = 188.709… → 188.71.
#[test]
fn r7_upgrade_on_day_d_is_charged_on_d_plus_1() {
    let v = with(
        monthly_billed(),
        &[(
            "events",
            json!([{ "at": "2026-03-20T10:00", "action": "add_marketing", "count": 300 }]),
        )],
    );
    let o = run(v);
    let u = &o.upgrades[0];
    assert_eq!(u.at.rfc3339(), "2026-03-20T10:00:00-04:00");
    assert_eq!(u.charge_date.to_string(), "2026-03-21");
    assert_eq!(u.amount, dec("188.71"));
    let line = o
        .invoice_lines
        .iter()
        .find(|l| l.kind == LineKind::Proration)
        .unwrap();
    assert_eq!(line.date.to_string(), "2026-03-21");
    assert_eq!(line.amount.to_string(), "188.71");
    let p = line.explain.proration.as_ref().unwrap();
    assert_eq!((p.days_left, p.days_in_period), (26, 31));
    assert_eq!(p.old_price, dec("800"));
    assert_eq!(p.new_price, dec("1025"));
}

/// R7: an upgrade late in the evening is charged on the next *local* day.
#[test]
fn r7_the_next_day_is_a_local_day() {
    let v = with(
        monthly_billed(),
        &[(
            "events",
            json!([{ "at": "2026-03-20T23:30", "action": "add_marketing", "count": 300 }]),
        )],
    );
    assert_eq!(run(v).upgrades[0].charge_date.to_string(), "2026-03-21");
}

// ---------------------------------------------------------------- R8

fn upgrade_with(assumptions: serde_json::Value, at: &str) -> engine::Outcome {
    run(with(
        monthly_billed(),
        &[
            ("assumptions", assumptions),
            (
                "events",
                json!([{ "at": at, "action": "add_marketing", "count": 300 }]),
            ),
        ],
    ))
}

/// R8 `seconds`: from 2026-03-20T10:00-04:00 to 2026-04-15T00:00-04:00 is
/// 2,210,400 s of 2,678,400; 225 × 2,210,400 / 2,678,400 = 185.685… → 185.69.
#[test]
fn r8_seconds_proration_uses_exact_elapsed_time() {
    let o = upgrade_with(json!({ "proration": "seconds" }), "2026-03-20T10:00");
    assert_eq!(o.upgrades[0].amount, dec("185.69"));
    let p = o.invoice_lines[1].explain.proration.clone().unwrap();
    assert_eq!(
        (p.seconds_left, p.seconds_in_period),
        (2_210_400, 2_678_400)
    );
}

/// R8 `none`: the whole period's difference, 225.00.
#[test]
fn r8_no_proration_charges_the_whole_difference() {
    let o = upgrade_with(json!({ "proration": "none" }), "2026-03-20T10:00");
    assert_eq!(o.upgrades[0].amount, dec("225.00"));
}

/// R8 lines: with 7 of 31 days left (upgrade on Apr 8), net is
/// 225 × 7/31 = 50.806… → 50.81, but the pair rounds on its own:
/// 1,025 × 7/31 = 231.451… → 231.45 and −800 × 7/31 = −180.645… → −180.65,
/// so the pair sums to 50.80: one cent apart.
#[test]
fn r8_credit_and_charge_round_each_line_and_can_differ_by_a_cent() {
    let net = upgrade_with(json!({}), "2026-04-08");
    assert_eq!(net.upgrades[0].amount, dec("50.81"));
    let pair = upgrade_with(json!({ "lines": "credit_and_charge" }), "2026-04-08");
    let lines: Vec<_> = pair
        .invoice_lines
        .iter()
        .filter(|l| l.kind != LineKind::Recurring)
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(
        (lines[0].kind, lines[0].amount),
        (LineKind::Credit, dec("-180.65"))
    );
    assert_eq!(
        (lines[1].kind, lines[1].amount),
        (LineKind::Charge, dec("231.45"))
    );
    assert_eq!(pair.upgrades[0].amount, dec("50.80"));
    assert_eq!(pair.total - net.total, dec("-0.01"));
}

/// R8 rounding: a pack price of 22.65 prorated over 3 of 30 days is exactly
/// 2.265: half_up gives 2.27, half_even 2.26.
#[test]
fn r8_half_up_and_half_even_differ_on_a_tie() {
    let prices = json!({
        "currency": "USD",
        "editions": { "professional": { "included": 2000, "base": "800.00", "pack_size": 5000, "pack_price": "22.65" } }
    });
    // Billing period Apr 15 – May 15 has 30 days; from May 12, 3 are left.
    let at = |rounding: &str| {
        let v = with(
            monthly_billed(),
            &[
                ("prices", prices.clone()),
                ("assumptions", json!({ "rounding": rounding })),
                (
                    "events",
                    json!([{ "at": "2026-05-12", "action": "add_marketing", "count": 300 }]),
                ),
            ],
        );
        run(v).upgrades[0].amount
    };
    assert_eq!(at("half_up"), dec("2.27"));
    assert_eq!(at("half_even"), dec("2.26"));
}

/// R8 annual billing: the period is the contract year. Jul 2 → Jan 1 is 183 of
/// 365 days; (12 × 1,025 − 12 × 800) × 183 / 365 = 1,353.698… → 1,353.70.
#[test]
fn r8_annual_billing_prorates_over_the_contract_year() {
    let v = with(
        base(),
        &[
            ("account.as_of", json!("2026-01-01")),
            ("until", json!("2026-12-31")),
            ("contacts.marketing", json!(1900)),
            (
                "events",
                json!([{ "at": "2026-07-02", "action": "add_marketing", "count": 300 }]),
            ),
        ],
    );
    let o = run(v);
    assert_eq!(
        o.invoice_lines[0].amount,
        dec("9600.00"),
        "800 × 12 in advance on Jan 1"
    );
    assert_eq!(o.upgrades[0].amount, dec("1353.70"));
    assert_eq!(o.total, dec("10953.70"));
}

/// R8: a monthly term multiplies prices by the book's factor (example: 1.2).
/// Starter tier 1,000 costs 20 × 1.2 = 24.00; the upgrade to 2,000 on Jan 20
/// (21 of 31 days left) costs 45 × 1.2 × 21 / 31 = 36.580… → 36.58.
#[test]
fn r8_monthly_terms_use_the_monthly_term_factor() {
    let v = with(
        monthly_term("2026-01-10", "2026-02-09"),
        &[
            ("contacts.marketing", json!(900)),
            (
                "events",
                json!([{ "at": "2026-01-20", "action": "add_marketing", "count": 200 }]),
            ),
        ],
    );
    let o = run(v);
    assert_eq!(o.invoice_lines[0].amount, dec("24.00"));
    assert_eq!(o.upgrades[0].amount, dec("36.58"));
}

// ---------------------------------------------------------------- R9

/// R9: after an upgrade every later invoice uses the higher price, even when
/// the count falls back.
#[test]
fn r9_later_invoices_keep_the_higher_price_when_the_count_falls() {
    let v = with(
        monthly_billed(),
        &[(
            "events",
            json!([
                { "at": "2026-03-20", "action": "add_marketing", "count": 300 },
                { "at": "2026-03-22", "action": "delete_marketing", "count": 1500 }
            ]),
        )],
    );
    let o = run(v);
    let recurring: Vec<_> = o
        .invoice_lines
        .iter()
        .filter(|l| l.kind == LineKind::Recurring)
        .map(|l| l.amount)
        .collect();
    assert_eq!(recurring, [dec("800.00"), dec("1025.00"), dec("1025.00")]);
}

fn starter_with_downgrade(delete: i64) -> engine::Outcome {
    run(with(
        monthly_term("2026-01-10", "2026-02-20"),
        &[
            ("contacts.marketing", json!(900)),
            (
                "events",
                json!([
                    { "at": "2026-01-20", "action": "add_marketing", "count": 600 },
                    { "at": "2026-01-22", "action": "delete_marketing", "count": delete },
                    { "at": "2026-01-25", "action": "request_downgrade", "tier": 1000 }
                ]),
            ),
        ],
    ))
}

/// R9: a downgrade requested before a renewal takes effect at it when the
/// new tier holds the count; the renewal comes before that period's charge (§3).
#[test]
fn r9_a_downgrade_is_accepted_at_renewal() {
    let o = starter_with_downgrade(600);
    assert_eq!(day(&o, "2026-02-09").tier, 2000, "never before the renewal");
    assert_eq!(day(&o, "2026-02-10").tier, 1000);
    assert_eq!(o.downgrades.len(), 1);
    assert_eq!(o.downgrades[0].at.rfc3339(), "2026-02-10T00:00:00-05:00");
    let feb = o
        .invoice_lines
        .iter()
        .find(|l| l.date.to_string() == "2026-02-10")
        .unwrap();
    assert_eq!(
        feb.amount,
        dec("24.00"),
        "the new period is billed at the lower tier"
    );
}

/// R9: a downgrade that would not hold the count is refused, with both numbers.
#[test]
fn r9_a_downgrade_that_does_not_fit_is_refused_with_both_numbers() {
    let o = starter_with_downgrade(100);
    assert_eq!(day(&o, "2026-02-10").tier, 2000);
    let refused = o.warnings.iter().find_map(|w| match &w.kind {
        WarningKind::DowngradeRefused {
            requested_tier,
            billed,
            ..
        } => Some((*requested_tier, *billed)),
        _ => None,
    });
    assert_eq!(refused, Some((1000, 1400)));
    let feb = o
        .invoice_lines
        .iter()
        .find(|l| l.date.to_string() == "2026-02-10")
        .unwrap();
    assert_eq!(feb.amount, dec("78.00"), "65 × 1.2");
}

/// R9: on an annual contract the tier stays up at monthly update dates and
/// comes down only at the yearly renewal.
#[test]
fn r9_annual_contracts_downgrade_only_at_the_anniversary() {
    let v = with(
        base(),
        &[
            ("contacts.marketing", json!(1900)),
            ("until", json!("2027-01-31")),
            (
                "events",
                json!([
                    { "at": "2026-04-10", "action": "add_marketing", "count": 300 },
                    { "at": "2026-04-11", "action": "delete_marketing", "count": 1000 },
                    { "at": "2026-04-12", "action": "request_downgrade", "tier": 2000 }
                ]),
            ),
        ],
    );
    let o = run(v);
    assert_eq!(day(&o, "2026-12-31").tier, 7000);
    assert_eq!(day(&o, "2027-01-01").tier, 2000);
    assert_eq!(texts(&o.renewals), ["2027-01-01T00:00:00-05:00"]);
}

// ---------------------------------------------------------------- R10

/// R10: 75, 90 and 98 % and exceeding, each with its 24–48 h window; exceeding
/// is notified for the tier that was exceeded.
#[test]
fn r10_notifications_at_75_90_98_and_exceeding_with_windows() {
    let v = with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-04-10T09:00", "action": "add_marketing", "count": 500 },
                { "at": "2026-04-11T09:00", "action": "add_marketing", "count": 300 },
                { "at": "2026-04-12T09:00", "action": "add_marketing", "count": 160 },
                { "at": "2026-04-13T09:00", "action": "add_marketing", "count": 41 }
            ]),
        )],
    );
    let o = run(v);
    let got: Vec<_> = o
        .notifications
        .iter()
        .map(|n| (n.threshold, n.reached_at.rfc3339(), n.tier))
        .collect();
    assert_eq!(
        got,
        [
            (75, "2026-04-10T09:00:00-04:00".to_string(), 2000),
            (90, "2026-04-11T09:00:00-04:00".to_string(), 2000),
            (98, "2026-04-12T09:00:00-04:00".to_string(), 2000),
            (100, "2026-04-13T09:00:00-04:00".to_string(), 2000),
        ]
    );
    let first = &o.notifications[0];
    assert_eq!(first.window_start.rfc3339(), "2026-04-11T09:00:00-04:00");
    assert_eq!(first.window_end.rfc3339(), "2026-04-12T09:00:00-04:00");
    assert_eq!(o.upgrades[0].at, o.notifications[3].reached_at);
}

/// R10: the window is 24–48 real hours, across a DST change.
#[test]
fn r10_windows_are_real_hours_across_dst() {
    let v = with(
        base(),
        &[
            ("until", json!("2026-11-30")),
            (
                "events",
                json!([{ "at": "2026-10-31T09:00", "action": "add_marketing", "count": 500 }]),
            ),
        ],
    );
    let n = &run(v).notifications[0];
    assert_eq!(n.window_end.rfc3339(), "2026-11-02T08:00:00-05:00");
}

/// R10: one jump fires several thresholds; a threshold re-arms after the
/// count falls below it (here at the June 1 processing instant).
#[test]
fn r10_one_jump_fires_several_and_a_fall_re_arms() {
    let v = with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-05-10", "action": "add_marketing", "count": 800 },
                { "at": "2026-05-11", "action": "set_non_marketing", "count": 300 },
                { "at": "2026-05-20", "action": "add_marketing", "count": 10 },
                { "at": "2026-06-02", "action": "add_marketing", "count": 300 }
            ]),
        )],
    );
    let o = run(v);
    let got: Vec<_> = o
        .notifications
        .iter()
        .map(|n| (n.threshold, n.reached_at.local().date().to_string()))
        .collect();
    // 1,800 = 90 %: 75 and 90 fire. Pending keeps 1,810 billed in May (nothing
    // re-arms). On Jun 1 the count drops to 1,510 (< 90 %): 90 re-arms and fires
    // again at 1,810 on Jun 2.
    assert_eq!(
        got,
        [
            (75, "2026-05-10".to_string()),
            (90, "2026-05-10".to_string()),
            (90, "2026-06-02".to_string())
        ]
    );
}

/// R10: thresholds already reached at the start, or after a tier change,
/// count as notified.
#[test]
fn r10_thresholds_already_reached_count_as_notified() {
    let v = with(
        base(),
        &[
            ("contacts.marketing", json!(1900)),
            (
                "events",
                json!([
                    { "at": "2026-04-10", "action": "add_marketing", "count": 10 },
                    { "at": "2026-04-11", "action": "add_marketing", "count": 60 },
                    { "at": "2026-04-12", "action": "add_marketing", "count": 5100 }
                ]),
            ),
        ],
    );
    let o = run(v);
    let got: Vec<_> = o
        .notifications
        .iter()
        .map(|n| (n.threshold, n.tier))
        .collect();
    // 1,970 reaches 98 % only; 7,070 exceeds 2,000 → tier 12,000, where 7,070 is
    // 58.9 %: nothing more.
    assert_eq!(got, [(98, 2000), (100, 2000)]);
    assert_eq!(o.upgrades[0].to_tier, 12000);
}

// ---------------------------------------------------------------- R11

/// R11: one entry per local day, with end-of-day values and the day's peak.
#[test]
fn r11_the_day_series_has_end_of_day_values_and_the_peak() {
    let v = with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-04-10T09:00", "action": "add_marketing", "count": 500 },
                { "at": "2026-04-10T17:00", "action": "delete_marketing", "count": 500 }
            ]),
        )],
    );
    let o = run(v);
    assert_eq!(o.days.len(), 91, "Apr 1 – Jun 30");
    let d = day(&o, "2026-04-10");
    assert_eq!((d.billed, d.peak_billed), (1000, 1500));
    assert_eq!(day(&o, "2026-04-11").peak_billed, 1000);
}

// ---------------------------------------------------------------- R12

/// R12: the cap keeps contacts non-marketing, loses none, and says how many.
#[test]
fn r12_the_cap_blocks_new_marketing_contacts_and_keeps_them() {
    let v = with(
        base(),
        &[
            ("account.max_marketing", json!(1200)),
            (
                "events",
                json!([
                    { "at": "2026-04-10", "action": "add_marketing", "count": 500 },
                    { "at": "2026-04-11", "action": "set_marketing", "count": 50 }
                ]),
            ),
        ],
    );
    let o = run(v);
    let d = day(&o, "2026-04-11");
    assert_eq!(
        (d.marketing, d.non_marketing, d.billed),
        (1200, 10300, 1200)
    );
    let blocked: Vec<u64> = o
        .warnings
        .iter()
        .filter_map(|w| match w.kind {
            WarningKind::CapBlocked { blocked, .. } => Some(blocked),
            _ => None,
        })
        .collect();
    assert_eq!(blocked, [300, 50]);
}

/// R12: a daily flow's warning counts every contact the flow asked for,
/// not just those of the days the cap blocked: 25 a day for 28 days is 700
/// asked for, of which the cap keeps 500 (a careless user read "kept 500
/// of 500").
#[test]
fn r12_a_flows_cap_warning_counts_every_contact_it_asked_for() {
    let v = with(
        base(),
        &[
            ("account.max_marketing", json!(1200)),
            (
                "events",
                json!([
                    { "from": "2026-05-01", "to": "2026-05-28", "action": "add_marketing", "per_day": 25 }
                ]),
            ),
        ],
    );
    let o = run(v);
    let start = day(&o, "2026-04-30").marketing;
    let kept: Vec<(u64, u64)> = o
        .warnings
        .iter()
        .filter_map(|w| match w.kind {
            WarningKind::CapBlocked {
                requested, blocked, ..
            } => Some((requested, blocked)),
            _ => None,
        })
        .collect();
    assert_eq!(kept, [(700, 700 - (1200 - start))]);
}

/// R12: a capped `set_marketing` takes plain non-marketing contacts while the
/// cap has room, then pending ones, which the cap never blocks; only the rest
/// is blocked. The case the split property found: 4,569 marketing over a cap
/// of 1,503; 445 set to non-marketing, then 2,378 set to marketing. The cap
/// has no room, so none of the 2,377 plain ones move; all 445 pending ones
/// return to marketing; 2,378 − 445 = 1,933 are blocked. Split 1 + 2,377 it
/// is the same.
#[test]
fn r12_a_capped_set_marketing_takes_pending_contacts_the_cap_cannot_block() {
    let scenario = |counts: &[u64]| {
        let mut events =
            vec![json!({ "action": "set_non_marketing", "at": "2026-06-12", "count": 445 })];
        events.extend(
            counts
                .iter()
                .map(|n| json!({ "action": "set_marketing", "at": "2026-06-12", "count": n })),
        );
        json!({"version":1,"name":"split","account":{"as_of":"2026-04-09","billing":"monthly","edition":"starter",
            "max_marketing":1503,"processing_time":"12:00","start":"2025-04-11","term":"monthly","timezone":"Asia/Kolkata"},
            "assumptions":{"lines":"net","month_end":"roll","proration":"seconds","rounding":"half_even"},
            "contacts":{"marketing":4569,"non_marketing":2377,"pending_non_marketing":0},
            "events": events, "until":"2026-07-13"})
    };
    let blocked = |o: &engine::Outcome| -> u64 {
        o.warnings
            .iter()
            .filter_map(|w| match w.kind {
                WarningKind::CapBlocked { blocked, .. } => Some(blocked),
                _ => None,
            })
            .sum()
    };
    let whole = run(scenario(&[2378]));
    let d = day(&whole, "2026-06-12");
    assert_eq!(
        (
            d.marketing,
            d.pending_non_marketing,
            d.non_marketing,
            d.billed
        ),
        (4569, 0, 2377, 4569)
    );
    assert_eq!(blocked(&whole), 1933);
    for parts in [&[1, 2377][..], &[2377, 1], &[445, 1933], &[1000, 1000, 378]] {
        let split = run(scenario(parts));
        assert_eq!(split.days, whole.days, "split {parts:?}");
        assert_eq!(blocked(&split), 1933, "split {parts:?}");
        assert_eq!(split.total, whole.total, "split {parts:?}");
    }
}

/// R12: while the cap has room, plain non-marketing contacts go first, and
/// pending ones serve the rest: cap 1,100 over 1,000 billed (900 marketing,
/// 100 pending) leaves room for 100; `set_marketing` 150 takes 100 plain and
/// 50 pending (1,050 marketing, 50 pending, 1,100 billed), and blocks none.
#[test]
fn r12_plain_contacts_first_while_the_cap_has_room() {
    let v = with(
        base(),
        &[
            ("account.max_marketing", json!(1100)),
            (
                "events",
                json!([
                    { "at": "2026-04-10", "action": "set_non_marketing", "count": 100 },
                    { "at": "2026-04-10", "action": "set_marketing", "count": 150 }
                ]),
            ),
        ],
    );
    let o = run(v);
    let d = day(&o, "2026-04-10");
    assert_eq!(
        (
            d.marketing,
            d.pending_non_marketing,
            d.non_marketing,
            d.billed
        ),
        (1050, 50, 9900, 1100)
    );
    assert!(!o
        .warnings
        .iter()
        .any(|w| matches!(w.kind, WarningKind::CapBlocked { .. })));
}

// ---------------------------------------------------------------- R13

/// R13: Professional and Enterprise are annual; Starter is either. Other
/// combinations warn but still simulate.
#[test]
fn r13_unsold_term_combinations_warn() {
    let warns = |edition: &str, term: &str| {
        let o = run(with(
            base(),
            &[
                ("account.edition", json!(edition)),
                ("account.term", json!(term)),
            ],
        ));
        o.warnings
            .iter()
            .any(|w| matches!(w.kind, WarningKind::TermNotSold { .. }))
    };
    assert!(warns("professional", "monthly"));
    assert!(warns("enterprise", "monthly"));
    assert!(!warns("professional", "annual"));
    assert!(!warns("starter", "monthly"));
    assert!(!warns("starter", "annual"));
}

// ---------------------------------------------------------------- §3 order, pools

/// §3: an event at exactly a processing instant comes after that processing,
/// so a contact set to non-marketing then waits for the next one.
#[test]
fn order_an_event_at_a_processing_instant_comes_after_it() {
    let v = with(
        base(),
        &[(
            "events",
            json!([{ "at": "2026-05-01T00:00", "action": "set_non_marketing", "count": 10 }]),
        )],
    );
    let o = run(v);
    assert_eq!(day(&o, "2026-05-31").billed, 1000);
    assert_eq!(day(&o, "2026-06-01").billed, 990);
}

/// §3 with noon processing: a change at 11:59 is processed at 12:00 that day.
#[test]
fn order_noon_processing_takes_changes_made_that_morning() {
    let v = with(
        base(),
        &[
            ("account.processing_time", json!("12:00")),
            (
                "events",
                json!([{ "at": "2026-05-01T11:59", "action": "set_non_marketing", "count": 10 }]),
            ),
        ],
    );
    let d = *day(&run(v), "2026-05-01");
    assert_eq!((d.billed, d.peak_billed), (990, 1000));
}

/// Pools: set_marketing takes plain non-marketing first, then pending.
#[test]
fn pools_set_marketing_takes_plain_non_marketing_before_pending() {
    let v = with(
        base(),
        &[
            (
                "contacts",
                json!({ "marketing": 1000, "non_marketing": 5, "pending_non_marketing": 10 }),
            ),
            (
                "events",
                json!([{ "at": "2026-04-10", "action": "set_marketing", "count": 8 }]),
            ),
        ],
    );
    let d = *day(&run(v), "2026-04-10");
    assert_eq!(
        (
            d.marketing,
            d.pending_non_marketing,
            d.non_marketing,
            d.billed
        ),
        (1008, 7, 0, 1015)
    );
}

/// Pools: delete_non_marketing takes plain first, then pending (which frees capacity, R6).
#[test]
fn pools_delete_non_marketing_takes_plain_before_pending() {
    let v = with(
        base(),
        &[
            (
                "contacts",
                json!({ "marketing": 1000, "non_marketing": 5, "pending_non_marketing": 10 }),
            ),
            (
                "events",
                json!([{ "at": "2026-04-10", "action": "delete_non_marketing", "count": 8 }]),
            ),
        ],
    );
    let d = *day(&run(v), "2026-04-10");
    assert_eq!(
        (d.pending_non_marketing, d.non_marketing, d.billed),
        (7, 0, 1007)
    );
}

/// Pending contacts given at `as_of` count until the next processing instant.
#[test]
fn pending_contacts_at_as_of_count_until_processing() {
    let v = with(
        base(),
        &[
            ("account.as_of", json!("2026-04-02")),
            (
                "contacts",
                json!({ "marketing": 1000, "pending_non_marketing": 50 }),
            ),
        ],
    );
    let o = run(v);
    assert_eq!(day(&o, "2026-04-30").billed, 1050);
    assert_eq!(day(&o, "2026-05-01").billed, 1000);
}

/// `every: "month"` repeats on the same day, clamped at month end.
#[test]
fn monthly_repeats_clamp_at_month_end() {
    let v = with(
        base(),
        &[
            ("account.as_of", json!("2026-01-01")),
            (
                "events",
                json!([{ "at": "2026-01-31", "action": "add_marketing", "count": 10, "every": "month", "through": "2026-04-30" }]),
            ),
        ],
    );
    let o = run(v);
    for (date, billed) in [
        ("2026-01-31", 1010),
        ("2026-02-27", 1010),
        ("2026-02-28", 1020),
        ("2026-03-31", 1030),
        ("2026-04-30", 1040),
        ("2026-05-31", 1040),
    ] {
        assert_eq!(day(&o, date).billed, billed, "{date}");
    }
}

/// `per_day` flows add at 00:00 local each day, both ends included.
#[test]
fn daily_flows_include_both_ends() {
    let v = with(
        base(),
        &[(
            "events",
            json!([{ "from": "2026-04-01", "to": "2026-04-10", "action": "add_marketing", "per_day": 25 }]),
        )],
    );
    let o = run(v);
    assert_eq!(day(&o, "2026-04-01").billed, 1025);
    assert_eq!(day(&o, "2026-04-10").billed, 1250);
    assert_eq!(day(&o, "2026-04-11").billed, 1250);
}

/// An event that removes more contacts than exist is an error naming the event.
#[test]
fn removing_more_than_exist_names_the_event() {
    let v = with(
        base(),
        &[(
            "events",
            json!([
                { "at": "2026-04-10", "action": "add_marketing", "count": 5 },
                { "at": "2026-04-11T08:00", "action": "delete_marketing", "count": 5000 }
            ]),
        )],
    );
    let e = fails(v);
    assert_eq!(e.path(), "events[1].count");
    assert_eq!(e.code(), ErrorCode::RemovesTooMany);
    assert_eq!(e.count("available"), Some(1005));
    assert!(e.to_string().contains("2026-04-11T08:00"), "{e}");
}

/// A daily flow that runs dry names its per_day field.
#[test]
fn a_daily_flow_that_runs_dry_names_per_day() {
    let v = with(
        base(),
        &[(
            "events",
            json!([{ "from": "2026-04-01", "to": "2026-04-30", "action": "set_non_marketing", "per_day": 100 }]),
        )],
    );
    let e = fails(v);
    assert_eq!(e.path(), "events[0].per_day");
    assert!(e.to_string().contains("2026-04-11"), "{e}");
}

/// The page's figures leave the stay-in-tier advice to the advisor: the
/// same outcome as the full evaluation, audit included, less the advice.
#[test]
fn the_figures_are_the_full_evaluation_less_the_advice() {
    let mut s = tierwise_engine::parse(include_str!(
        "../../../tests/fixtures/import-on-the-20th.json"
    ))
    .unwrap();
    s.invoice = vec![tierwise_engine::scenario::InvoiceCharge {
        date: "2026-12-01".into(),
        amount: "800.00".into(),
    }];
    let full = tierwise_engine::evaluate(&s, tierwise_engine::Options::FULL).unwrap();
    assert!(full.audit.is_some());
    assert!(!full.advice.stay_in_tier.is_empty());
    let mut less = tierwise_engine::evaluate(&s, tierwise_engine::Options::FIGURES).unwrap();
    assert_eq!(less.audit, full.audit);
    assert!(less.advice.stay_in_tier.is_empty());
    less.advice = full.advice.clone();
    assert_eq!(less, full);
}
