//! Proration of an upgrade (R8).
//!
//! ```text
//! fraction = days_left / days_in_period            (daily: from the upgrade's local
//!                                                   date, inclusive, to the period end)
//!          = seconds_left / seconds_in_period      (seconds)
//!          = 1                                     (none)
//! net      = round((new_price − old_price) × fraction)
//! credit   = round(−old_price × fraction)          (credit_and_charge)
//! charge   = round(new_price × fraction)
//! ```
//! Prices are for the whole billing period. Multiplication comes before
//! division, so the only rounding is the final one.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::calendar::Period;
use crate::money;
use crate::outcome::{Explain, InvoiceLine, LineKind, ProrationExplain};
use crate::plan::Plan;
use crate::scenario::{Lines, Proration};
use crate::zone;

/// An upgrade to prorate.
#[derive(Debug, Clone, Copy)]
pub struct UpgradeFacts {
    /// Instant of the upgrade.
    pub at: i64,
    /// Tier before.
    pub from: u64,
    /// Tier after.
    pub to: u64,
    /// Date the charge is dated (the next local day).
    pub charge_date: NaiveDate,
}

/// The invoice lines for an upgrade within `period`, and their net sum.
pub fn upgrade_lines(plan: &Plan, period: &Period, u: UpgradeFacts) -> (Vec<InvoiceLine>, Decimal) {
    let book = &plan.book;
    let old = book.period_price(&plan.prices, u.from, plan.term, plan.billing);
    let new = book.period_price(&plan.prices, u.to, plan.term, plan.billing);
    let at_date = zone::local(plan.tz(), u.at).date();
    let days_left = (period.end_date - at_date).num_days().max(0);
    let days_in = (period.end_date - period.start_date).num_days().max(1);
    let secs_left = (period.end - u.at).max(0);
    let secs_in = (period.end - period.start).max(1);
    let convention = plan.assumptions.proration;
    let (num, den) = match convention {
        Proration::Daily => (days_left, days_in),
        Proration::Seconds => (secs_left, secs_in),
        Proration::None => (1, 1),
    };
    let (num, den) = (Decimal::from(num), Decimal::from(den));
    let fraction = money::trimmed(num / den, 10);
    let dp = book.minor_units;
    let rounding = plan.assumptions.rounding;
    let lines_style = plan.assumptions.lines;

    let line = |kind: LineKind, prorated: Decimal, description: String| {
        let unrounded = prorated * num / den;
        let amount = money::round(unrounded, dp, rounding);
        InvoiceLine {
            date: u.charge_date,
            kind,
            amount,
            description,
            explain: Explain {
                rule: "R8",
                billing: plan.billing,
                rounding,
                tier: u.to,
                period_start: period.start_date,
                period_end: period.end_date,
                monthly_price: plan.prices.monthly_price(u.to),
                months: plan.billing.months(),
                term_factor: plan.book.term_factor(plan.term),
                proration: Some(ProrationExplain {
                    convention,
                    lines: lines_style,
                    from_tier: u.from,
                    old_price: old,
                    new_price: new,
                    prorated_price: prorated,
                    days_left,
                    days_in_period: days_in,
                    seconds_left: secs_left,
                    seconds_in_period: secs_in,
                    fraction: fraction.clone(),
                }),
                unrounded: unrounded.round_dp(10).normalize(),
            },
        }
    };
    let share = match convention {
        Proration::Daily => format!("{days_left}/{days_in} days"),
        Proration::Seconds => format!("{fraction} of the period"),
        Proration::None => "the whole period".to_string(),
    };
    let lines = match lines_style {
        Lines::Net => vec![line(
            LineKind::Proration,
            new - old,
            format!(
                "Upgrade from tier {} to {}: {share} of the price difference",
                u.from, u.to
            ),
        )],
        Lines::CreditAndCharge => vec![
            line(
                LineKind::Credit,
                -old,
                format!("Credit for unused tier {}: {share}", u.from),
            ),
            line(
                LineKind::Charge,
                new,
                format!("Tier {} for the rest of the period: {share}", u.to),
            ),
        ],
    };
    let net = lines.iter().map(|l| l.amount).sum();
    (lines, net)
}
