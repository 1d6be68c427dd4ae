//! The advisor: answers to the questions customers ask, each with
//! the numbers behind it so an interface can explain the reasoning.
//!
//! Every answer is worked out by simulating the scenario as it is and with
//! one change (a contact more, an import, a growth rate, another term, a
//! cap), never by a shortcut formula, so the rules (R1–R13) apply exactly as
//! in the main result. Costs are differences of invoice totals.
//!
//! # Now and the renewal
//! The advisor's "now" is `as_of`, or the day after a usage history. A tier
//! cannot come down before the renewal (R9), so every "until renewal" figure
//! runs to the day before the first renewal after now, even past `until`.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::error::{Error, ErrorCode};
use crate::money;
use crate::outcome::{InvoiceLine, Stamp, UpgradeCause, WarningKind};
use crate::plan::{self, Plan};
use crate::scenario::{Action, EventSpec, Scenario, Term};
use crate::simulate::{Mode, Run};
use crate::timeline::Timeline;

/// The longest timing window, in days.
pub const MAX_WINDOW_DAYS: i64 = 400;

/// The questions, with the user's numbers. Every field is optional.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[cfg_attr(feature = "ts", ts(optional_fields = nullable))]
#[serde(deny_unknown_fields, default)]
pub struct Questions {
    /// Growth in marketing contacts per day (linear), for the forecast.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub growth_per_day: Option<i64>,
    /// Growth in percent per month, compounding monthly, as a decimal string.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub growth_percent_per_month: Option<String>,
    /// The size of the next import (default: the scenario's next planned
    /// import of marketing contacts, or 1,000 when it plans none).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import: Option<i64>,
    /// First day of the timing window (default: now).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_from: Option<String>,
    /// Last day of the timing window (default: 60 days after its first).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub window_to: Option<String>,
    /// The cap to try (default: the current tier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<i64>,
}

/// Money at three horizons.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Cost {
    /// Charged today or tomorrow: the prorated charge is dated the next day (R7).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub today: Decimal,
    /// Charged until the day before the next renewal.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub until_renewal: Decimal,
    /// Charged from now to `until`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub horizon: Decimal,
}

/// All the answers.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Advisor {
    /// The day the answers start from.
    pub now: NaiveDate,
    /// The tier now.
    pub tier: u64,
    /// The billed count now.
    pub billed: u64,
    /// Contacts that fit before the tier is exceeded.
    pub headroom: u64,
    /// The first renewal after now, when the tier may come down (R9).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub next_renewal: Option<Stamp>,
    /// How each automatic upgrade could be avoided.
    pub stay_in_tier: Vec<StayAnswer>,
    /// Crossings under the growth rate, when one was given.
    pub forecast: Option<Forecast>,
    /// What one more contact, and the next import, cost.
    pub marginal: Option<Marginal>,
    /// The cheapest day for the import within the window.
    pub timing: Option<Timing>,
    /// The same usage under each term and billing frequency.
    pub terms: Vec<TermOption>,
    /// What a cap would change.
    pub cap: Option<CapAnswer>,
}

/// One change of the stay-in-tier advice (SPEC's `advice.stay_in_tier`), with
/// its context: the first upgrade it helps avoid and what that upgrade
/// would charge.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StayAnswer {
    /// The first moment this change keeps the count within the tier.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub upgrade_at: Stamp,
    /// The tier then.
    pub from_tier: u64,
    /// The tier the account would move to then.
    pub to_tier: u64,
    /// The billed count of the plan's own upgrade at that moment, when the
    /// plan as it is upgrades then.
    pub billed: Option<u64>,
    /// The planned event to shrink (index in `events`), or `null` for an
    /// upgrade no change to the plan avoids.
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub event: Option<plan::EventRef>,
    /// Contacts fewer per occurrence of the event.
    pub contacts: u64,
    /// For a one-off event: the processing instant before which setting as
    /// many contacts to non-marketing does the same, or `null`.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub deadline: Option<Stamp>,
    /// For a one-off change without a deadline: why not.
    pub no_deadline: Option<crate::outcome::NoDeadline>,
    /// What this change and every one before it save over the horizon.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub saving: Option<Decimal>,
    /// The prorated charge of the plan's own upgrade at that moment (R8),
    /// when the plan as it is upgrades then.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub charge: Option<Decimal>,
    /// Why no change to the plan avoids this upgrade, for such an entry.
    pub unavoidable: Option<crate::outcome::Unavoidable>,
}

/// A growth rate's crossings.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Forecast {
    /// Contacts per day, when the rate is linear.
    pub per_day: Option<u64>,
    /// Percent per month, when it compounds.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub percent_per_month: Option<Decimal>,
    /// The last day forecast.
    pub through: NaiveDate,
    /// Threshold and tier crossings, in time order.
    pub crossings: Vec<Crossing>,
    /// The billed count on the last day.
    pub billed_at_end: u64,
}

/// One crossing in the forecast.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Crossing {
    /// When the count reaches it.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: Stamp,
    /// Percent of `tier` (75, 90, 98), or 100 when the tier is exceeded.
    pub threshold: u32,
    /// The tier in force.
    pub tier: u64,
    /// The tier after an upgrade (threshold 100 only).
    pub to_tier: Option<u64>,
    /// The billed count then.
    pub billed: u64,
    /// An upgrade's cost until the renewal after it: its prorated charge plus
    /// the price difference of each later billing period before then.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub cost_until_renewal: Option<Decimal>,
    /// That renewal.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub renewal: Option<Stamp>,
}

/// What more contacts cost.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Marginal {
    /// One more marketing contact now.
    pub one: Cost,
    /// The import's size.
    pub import: u64,
    /// An import of that size now.
    pub import_cost: Cost,
    /// The tier the import would move to, if it exceeds the current one.
    pub import_tier: Option<u64>,
}

/// The cheapest day for an import.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Timing {
    /// The import's size.
    pub import: u64,
    /// The window's first day.
    pub from: NaiveDate,
    /// The window's last day.
    pub to: NaiveDate,
    /// Costs are counted through this day: the day before the first renewal
    /// after the window, or `until` if later.
    pub through: NaiveDate,
    /// The day the scenario plans this import, when the search is about
    /// moving it (each day's cost is then instead of that day's); `None`
    /// for an import on top of the plan.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub planned: Option<NaiveDate>,
    /// The cheapest day (the earliest of equals) and its cost.
    pub cheapest: DayCost,
    /// The dearest day and its cost.
    pub dearest: DayCost,
    /// The window's first day, update dates and the days either side, and
    /// the days after renewals.
    pub notable: Vec<DayCost>,
    /// Every day of the window.
    pub days: Vec<DayCost>,
}

/// The cost of importing on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct DayCost {
    /// The day (the import at 00:00 local).
    pub date: NaiveDate,
    /// What the import adds to the bill.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub cost: Decimal,
    /// Why the day is notable.
    pub note: DayNote,
}

/// Why a day in the timing window is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum DayNote {
    /// An ordinary day.
    None,
    /// The window's first day.
    WindowStart,
    /// The day before an update date.
    BeforeUpdate,
    /// An update date (the import comes after that day's processing).
    UpdateDate,
    /// The day after a renewal.
    AfterRenewal,
    /// The window's last day.
    WindowEnd,
}

/// One term and billing frequency.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct TermOption {
    /// Contract term.
    pub term: Term,
    /// Billing frequency.
    pub billing: Term,
    /// True for the scenario's own.
    pub current: bool,
    /// Total invoiced over the horizon, or `null` when it does not simulate.
    /// Annual billing charges a year in advance, so this depends on where
    /// the horizon falls.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub total: Option<Decimal>,
    /// The cost of the tiers used over the horizon, day by day: each day's
    /// tier at its monthly price (× the monthly-term factor) over the days
    /// in that month. Comparable across terms whatever the billing dates.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub accrued: Option<Decimal>,
    /// Automatic and manual upgrades.
    pub upgrades: usize,
    /// Tier on the last day.
    pub final_tier: u64,
    /// False when the edition is not sold on this term (R13).
    pub sold: bool,
}

/// What a maximum-marketing cap would change (R12). The cap tried takes the
/// place of the account's own `max_marketing`, if it has one: a higher cap
/// than the account's can then raise the bill while blocking nothing.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct CapAnswer {
    /// The cap tried.
    pub cap: u64,
    /// Total without it (the scenario as it is).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total_without: Decimal,
    /// Total with it.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total_with: Decimal,
    /// Upgrades without and with it.
    pub upgrades_without: usize,
    /// Upgrades with it.
    pub upgrades_with: usize,
    /// Contacts the cap kept non-marketing.
    pub blocked: u64,
}

/// One variant of the scenario, simulated for an answer: the checked plan and
/// the raw run, without the advice replays only the scenario itself needs.
struct Sim {
    plan: Plan,
    run: Run,
}

fn first(errors: Vec<Error>) -> Error {
    errors.into_iter().next().unwrap_or_else(|| {
        Error::new(
            "",
            ErrorCode::InvalidValue,
            "the scenario could not be checked",
        )
    })
}

fn sim(s: &Scenario, days: bool) -> Result<Sim, Error> {
    let plan = Plan::new(s).map_err(first)?;
    let timeline = Timeline::new(&plan);
    let mode = Mode {
        days,
        ..Mode::default()
    };
    let run = crate::simulate::run(&plan, &timeline, mode)?;
    Ok(Sim { plan, run })
}

/// The invoice total of lines dated on or before `through`.
fn total_through(lines: &[InvoiceLine], through: NaiveDate) -> Decimal {
    lines
        .iter()
        .filter(|l| l.date <= through)
        .map(|l| l.amount)
        .sum()
}

/// The first renewal strictly after `after` (an instant).
fn renewal_after(plan: &Plan, after: i64) -> Option<i64> {
    let from = crate::zone::local(plan.tz(), after).date();
    plan.calendar
        .renewals(plan.term, from, from + Duration::days(400))
        .into_iter()
        .find(|&r| r > after)
}

fn date_of(plan: &Plan, at: i64) -> NaiveDate {
    crate::zone::local(plan.tz(), at).date()
}

fn with_until(s: &Scenario, until: NaiveDate) -> Scenario {
    let mut s = s.clone();
    s.until = until.to_string();
    s
}

fn with_event(s: &Scenario, e: EventSpec) -> Scenario {
    let mut s = s.clone();
    s.events.push(e);
    s
}

fn import_on(date: NaiveDate, n: u64) -> EventSpec {
    EventSpec {
        at: Some(date.to_string()),
        action: Action::AddMarketing,
        count: Some(n as i64),
        ..EventSpec::default()
    }
}

/// Answers every question about a scenario.
///
/// # Errors
/// The scenario's first problem, or a question's (paths `advisor.…`).
pub fn advise(s: &Scenario, q: &Questions) -> Result<Advisor, Error> {
    let (mut answers, search) = advise_in_steps(s, q)?;
    if let Some(mut search) = search {
        while search.step()? {}
        answers.timing = Some(search.finish());
    }
    Ok(answers)
}

/// The import the person has planned: the count of the first one-off
/// import of marketing contacts from the advisor's now on (`as_of`, or the
/// day after a usage history), or 1,000 when the scenario plans none. The
/// timing and "what an import costs" answers are about it unless the
/// questions name another size.
pub fn planned_import(s: &Scenario) -> u64 {
    planned(s).map_or(1000, |(_, _, n)| n)
}

/// The planned import: its event's index, its day and its count.
fn planned(s: &Scenario) -> Option<(usize, NaiveDate, u64)> {
    let day = |d: &str| plan::parse_date(d.get(..10).unwrap_or(d), "").ok();
    let now = match s.history.last() {
        Some(row) => day(&row.date).map(|d| d + Duration::days(1)),
        None => day(s.account.as_of.as_deref().unwrap_or(&s.account.start)),
    };
    s.events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.action == Action::AddMarketing && e.every.is_none())
        .filter_map(|(i, e)| Some((i, day(e.at.as_deref()?)?, u64::try_from(e.count?).ok()?)))
        .filter(|&(_, d, n)| now.is_none_or(|now| d >= now) && n > 0)
        .min_by_key(|&(_, d, _)| d)
}

/// Every answer but the timing, and the timing search still to run, one
/// day per [`TimingSearch::step`], so an interface can stay responsive.
///
/// # Errors
/// As [`advise`].
pub fn advise_in_steps(
    s: &Scenario,
    q: &Questions,
) -> Result<(Advisor, Option<TimingSearch>), Error> {
    // The scenario itself, in full: its advice gives the stay-in-tier answers.
    let plan = &Plan::new(s).map_err(first)?;
    let outcome = crate::report::evaluate_plan(plan, crate::report::Options::FULL)?;
    let until = plan.until;
    let now = match plan.history {
        Some((_, last)) => last + Duration::days(1),
        None => plan.as_of,
    };
    let start_of_now = plan.calendar.midnight(now);
    let (tier, billed) = if now == plan.as_of {
        (plan.tier, plan.contacts.billed())
    } else {
        outcome
            .days
            .last()
            .map_or((plan.tier, plan.contacts.billed()), |d| (d.tier, d.billed))
    };
    let renewal = renewal_after(plan, start_of_now - 1);
    let renewal_date = renewal.map(|r| date_of(plan, r));
    let next_renewal = renewal.map(|r| Stamp::new(plan.tz(), r));

    let stay_in_tier = outcome
        .advice
        .stay_in_tier
        .iter()
        .map(|a| {
            let own = outcome
                .upgrades
                .iter()
                .find(|u| u.at == a.upgrade_at && u.from_tier == a.from_tier);
            StayAnswer {
                upgrade_at: a.upgrade_at,
                from_tier: a.from_tier,
                to_tier: a.to_tier,
                billed: own.map(|u| u.billed),
                event: a.event,
                contacts: a.contacts,
                deadline: a.deadline,
                no_deadline: a.no_deadline,
                saving: a.saving,
                charge: own.map(|u| u.amount),
                unavoidable: a.unavoidable,
            }
        })
        .collect();

    // Runs to the day before the renewal, so committed costs are counted.
    let ext_until = renewal_date
        .map(|r| r - Duration::days(1))
        .filter(|&r| r > until)
        .unwrap_or(until);
    let can_add = now <= until;
    let import = match q.import {
        Some(n) => plan::count(n, "advisor.import")?.max(1),
        None => planned(s).map_or(1000, |(_, _, n)| n),
    };

    let marginal = if can_add {
        let ext = with_until(s, ext_until);
        // The scenario's own lines serve when the horizon already reaches the renewal.
        let ext_run;
        let base_lines = if ext_until == until {
            &outcome.invoice_lines
        } else {
            ext_run = sim(&ext, false)?;
            &ext_run.run.lines
        };
        let cost = |n: u64| -> Result<(Cost, Option<u64>), Error> {
            let more = sim(&with_event(&ext, import_on(now, n)), false)?;
            let delta = |through: NaiveDate| {
                total_through(&more.run.lines, through) - total_through(base_lines, through)
            };
            let renewal_cut = renewal_date.map_or(ext_until, |r| r - Duration::days(1));
            let to_tier = more
                .run
                .upgrades
                .iter()
                // The plan's own tier changes are not the import's doing.
                .filter(|u| {
                    u.cause == UpgradeCause::Automatic && date_of(&more.plan, u.at.unix) == now
                })
                .map(|u| u.to_tier)
                .max()
                .filter(|&t| t > tier);
            Ok((
                Cost {
                    today: delta(now + Duration::days(1)),
                    until_renewal: delta(renewal_cut),
                    horizon: delta(until),
                },
                to_tier,
            ))
        };
        let (one, _) = cost(1)?;
        let (import_cost, import_tier) = cost(import)?;
        Some(Marginal {
            one,
            import,
            import_cost,
            import_tier,
        })
    } else {
        None
    };

    let forecast = forecast(s, q, plan, now, ext_until, billed)?;
    let search = if can_add {
        // Asked about the planned import, the search moves it: the base
        // is the scenario without it, and each day is tried in its place.
        match planned(s).filter(|_| q.import.is_none()) {
            Some((i, day, _)) => {
                let mut without = s.clone();
                without.events.remove(i);
                let mut search = TimingSearch::new(&without, q, plan, now, import)?;
                search.planned = Some(day);
                Some(search)
            }
            None => Some(TimingSearch::new(s, q, plan, now, import)?),
        }
    } else {
        None
    };

    let mut combos = vec![
        (Term::Monthly, Term::Monthly),
        (Term::Annual, Term::Monthly),
        (Term::Annual, Term::Annual),
    ];
    // A monthly term billed annually is unusual, but when it is the
    // scenario's own it is compared too.
    if !combos.contains(&(plan.term, plan.billing)) {
        combos.insert(1, (plan.term, plan.billing));
    }
    let terms = combos
        .into_iter()
        .map(|(term, billing)| {
            let mut t = s.clone();
            t.account.term = term;
            t.account.billing = Some(billing);
            let run = sim(&t, true).ok();
            let accrued = run.as_ref().map(|r| {
                let factor = r.plan.book.term_factor(term);
                let sum: Decimal = r
                    .run
                    .days
                    .iter()
                    .map(|d| {
                        r.plan.prices.monthly_price(d.tier) * factor
                            / Decimal::from(crate::calendar::days_in_month(
                                d.date.year(),
                                d.date.month(),
                            ))
                    })
                    .sum();
                money::round(
                    sum,
                    money::minor_units(&r.plan.book.currency),
                    crate::scenario::Rounding::HalfUp,
                )
            });
            TermOption {
                accrued,
                term,
                billing,
                current: term == plan.term && billing == plan.billing,
                total: run.as_ref().map(|r| r.run.total),
                upgrades: run.as_ref().map_or(0, |r| r.run.upgrades.len()),
                final_tier: run
                    .as_ref()
                    .and_then(|r| r.run.days.last().map(|d| d.tier))
                    .unwrap_or(0),
                sold: !matches!(
                    (plan.edition, term),
                    (
                        crate::scenario::Edition::Professional
                            | crate::scenario::Edition::Enterprise,
                        Term::Monthly
                    )
                ),
            }
        })
        .collect();

    let cap = {
        let value = match q.cap {
            Some(c) => plan::count(c, "advisor.cap")?,
            None => tier,
        };
        let mut c = s.clone();
        c.account.max_marketing = Some(value as i64);
        let with = sim(&c, false)?;
        let blocked = with
            .run
            .warnings
            .iter()
            .map(|w| match w.kind {
                WarningKind::CapBlocked { blocked, .. } => blocked,
                _ => 0,
            })
            .sum();
        Some(CapAnswer {
            cap: value,
            total_without: outcome.total,
            total_with: with.run.total,
            upgrades_without: outcome.upgrades.len(),
            upgrades_with: with.run.upgrades.len(),
            blocked,
        })
    };

    let answers = Advisor {
        now,
        tier,
        billed,
        headroom: tier.saturating_sub(billed),
        next_renewal,
        stay_in_tier,
        forecast,
        marginal,
        timing: None,
        terms,
        cap,
    };
    Ok((answers, search))
}

/// Growth as events, with the rate they came from (per day, or percent).
type Growth = (Vec<EventSpec>, Option<u64>, Option<Decimal>);

/// The growth rate as events: a daily flow, or monthly compounding spread
/// evenly over each month's days.
fn growth_events(
    q: &Questions,
    now: NaiveDate,
    through: NaiveDate,
    billed: u64,
) -> Result<Option<Growth>, Error> {
    match (q.growth_per_day, &q.growth_percent_per_month) {
        (Some(_), Some(_)) => Err(Error::new(
            "advisor.growth_percent_per_month",
            ErrorCode::BadSchedule,
            "give a growth per day or a percentage per month, not both",
        )
        .with("detail", "two_rates")),
        (Some(n), None) => {
            let n = plan::count(n, "advisor.growth_per_day")?;
            if n == 0 || now > through {
                return Ok(Some((Vec::new(), Some(n), None)));
            }
            Ok(Some((
                vec![EventSpec {
                    from: Some(now.to_string()),
                    to: Some(through.to_string()),
                    action: Action::AddMarketing,
                    per_day: Some(n as i64),
                    ..EventSpec::default()
                }],
                Some(n),
                None,
            )))
        }
        (None, Some(text)) => {
            let path = "advisor.growth_percent_per_month";
            let rate = money::parse(text.trim().trim_end_matches('%').trim()).ok_or_else(|| {
                Error::new(
                    path,
                    ErrorCode::InvalidMoney,
                    format!("\"{text}\" is not a percentage such as \"5\" or \"2.5\""),
                )
                .with("value", text)
            })?;
            if rate.is_sign_negative() {
                return Err(Error::new(
                    path,
                    ErrorCode::Negative,
                    format!("must not be negative (got {rate})"),
                )
                .with("value", rate));
            }
            if rate > Decimal::from(100) {
                return Err(Error::new(
                    path,
                    ErrorCode::TooBig,
                    format!("{rate} is not a percentage from 0 to 100"),
                )
                .with("value", rate)
                .with("max", 100));
            }
            let factor = Decimal::ONE + rate / Decimal::from(100);
            let mut events = Vec::new();
            let mut level = Decimal::from(billed);
            let mut added = 0u64;
            let mut month_start = now;
            let mut m = 1u32;
            while month_start <= through && !rate.is_zero() {
                let next = crate::calendar::same_day_months_later(now, m);
                let last = (next - Duration::days(1)).min(through);
                level = (level * factor).min(Decimal::from(crate::price_book::MAX_COUNT));
                // Whole contacts reached by the month's end, from the exact level.
                let target = money::round(level, 0, crate::scenario::Rounding::HalfUp)
                    .try_into()
                    .unwrap_or(u64::MAX)
                    .saturating_sub(billed);
                let grow = target.saturating_sub(added);
                let days = (next - month_start).num_days().max(1) as u64;
                // The month's growth, day by day: `per_day` a day, one more on
                // its last `rest` days, so the count rises as a compounding
                // one does (faster late in the month) and meets the month's
                // target on its last day, never ahead of it.
                let (per_day, rest) = (grow / days, grow % days);
                let faster = month_start + Duration::days((days - rest) as i64);
                for (from, to, n) in [
                    (month_start, (faster - Duration::days(1)).min(last), per_day),
                    (faster, last, per_day + 1),
                ] {
                    let span = (to - from).num_days() + 1;
                    if n > 0 && span > 0 {
                        events.push(EventSpec {
                            from: Some(from.to_string()),
                            to: Some(to.to_string()),
                            action: Action::AddMarketing,
                            per_day: Some(n as i64),
                            ..EventSpec::default()
                        });
                        added += n * span as u64;
                    }
                }
                month_start = next;
                m += 1;
                if m > 12 * 60 {
                    break;
                }
            }
            Ok(Some((events, None, Some(rate))))
        }
        (None, None) => Ok(None),
    }
}

fn forecast(
    s: &Scenario,
    q: &Questions,
    plan: &Plan,
    now: NaiveDate,
    through: NaiveDate,
    billed: u64,
) -> Result<Option<Forecast>, Error> {
    let Some((events, per_day, percent)) = growth_events(q, now, through, billed)? else {
        return Ok(None);
    };
    let mut g = with_until(s, through);
    g.events.extend(events);
    let grown = sim(&g, true)?;
    let start = plan.calendar.midnight(now);
    let pp = |tier: u64| {
        plan.book
            .period_price(&plan.prices, tier, plan.term, plan.billing)
    };
    let mut crossings: Vec<Crossing> = grown
        .run
        .notifications
        .iter()
        .filter(|n| n.threshold < 100 && n.reached_at.unix >= start)
        .map(|n| Crossing {
            at: n.reached_at,
            threshold: n.threshold,
            tier: n.tier,
            to_tier: None,
            billed: n.billed,
            cost_until_renewal: None,
            renewal: None,
        })
        .collect();
    // Only the upgrades the count causes are crossings (R7): a tier change the
    // plan makes itself (`change_tier`) exceeds nothing, and is the person's
    // own decision, not something the growth brings.
    for u in grown
        .run
        .upgrades
        .iter()
        .filter(|u| u.at.unix >= start && u.cause == UpgradeCause::Automatic)
    {
        let renewal = renewal_after(plan, u.at.unix);
        let later_periods = renewal.map_or(0, |r| {
            plan.calendar
                .periods(plan.billing, u.at.unix, r)
                .iter()
                .filter(|p| p.start > u.at.unix && p.start < r)
                .count()
        });
        crossings.push(Crossing {
            at: u.at,
            threshold: 100,
            tier: u.from_tier,
            to_tier: Some(u.to_tier),
            billed: u.billed,
            cost_until_renewal: Some(
                u.amount + Decimal::from(later_periods as u64) * (pp(u.to_tier) - pp(u.from_tier)),
            ),
            renewal: renewal.map(|r| Stamp::new(plan.tz(), r)),
        });
    }
    crossings.sort_by_key(|c| (c.at, c.threshold));
    Ok(Some(Forecast {
        per_day,
        percent_per_month: percent,
        through,
        billed_at_end: grown.run.days.last().map_or(0, |d| d.billed),
        crossings,
    }))
}

/// The timing search: the import's cost on each day of the window, one day
/// per step.
#[derive(Debug, Clone)]
pub struct TimingSearch {
    base: Plan,
    base_total: Decimal,
    import: u64,
    from: NaiveDate,
    to: NaiveDate,
    through: NaiveDate,
    updates: Vec<NaiveDate>,
    renewals: Vec<NaiveDate>,
    next: NaiveDate,
    days: Vec<DayCost>,
    planned: Option<NaiveDate>,
}

impl TimingSearch {
    fn new(
        s: &Scenario,
        q: &Questions,
        plan: &Plan,
        now: NaiveDate,
        import: u64,
    ) -> Result<TimingSearch, Error> {
        let from = match &q.window_from {
            Some(t) => plan::parse_date(t, "advisor.window_from")?,
            None => now,
        };
        let to = match &q.window_to {
            Some(t) => plan::parse_date(t, "advisor.window_to")?,
            None => (from + Duration::days(60)).min(plan.until.max(from)),
        };
        if from < now {
            return Err(Error::new(
                "advisor.window_from",
                ErrorCode::EventBeforeAsOf,
                format!("{from} is before {now}, where the advice starts"),
            )
            .with("at", from)
            .with("as_of", now));
        }
        if to < from {
            return Err(Error::new(
                "advisor.window_to",
                ErrorCode::EndBeforeStart,
                format!("{to} is before the window's first day {from}"),
            )
            .with("start", from)
            .with("end", to));
        }
        let days = (to - from).num_days() + 1;
        if days > MAX_WINDOW_DAYS {
            return Err(Error::new(
                "advisor.window_to",
                ErrorCode::TooBig,
                format!("the window has {days} days; the most is {MAX_WINDOW_DAYS}"),
            )
            .with("value", days)
            .with("max", MAX_WINDOW_DAYS));
        }
        // Count committed costs: through the day before the renewal after the window.
        let end_instant = plan.calendar.midnight(to + Duration::days(1));
        let through = renewal_after(plan, end_instant - 1)
            .map(|r| date_of(plan, r) - Duration::days(1))
            .unwrap_or(to)
            .max(plan.until)
            .max(to);
        let base = Plan::new(&with_until(s, through)).map_err(first)?;
        let base_total = run_total(&base)?;
        let updates = base
            .calendar
            .update_dates(base.term, from, to + Duration::days(1))
            .into_iter()
            .map(|t| date_of(&base, t))
            .collect();
        let renewals = base
            .calendar
            .renewals(base.term, from - Duration::days(1), to)
            .into_iter()
            .map(|t| date_of(&base, t))
            .collect();
        Ok(TimingSearch {
            base,
            base_total,
            import,
            from,
            to,
            through,
            updates,
            renewals,
            next: from,
            days: Vec::with_capacity(days as usize),
            planned: None,
        })
    }

    /// Days left to try.
    pub fn remaining(&self) -> usize {
        ((self.to - self.next).num_days() + 1).max(0) as usize
    }

    /// Tries the next day; false when every day has been tried.
    ///
    /// # Errors
    /// None in practice: adding contacts never removes too many.
    pub fn step(&mut self) -> Result<bool, Error> {
        let d = self.next;
        if d > self.to {
            return Ok(false);
        }
        let mut p = self.base.clone();
        p.events.push(plan::PlannedEvent {
            index: plan::EventRef::TrialImport,
            when: plan::When::At(d.and_time(chrono::NaiveTime::MIN)),
            action: Action::AddMarketing,
            amount: self.import,
        });
        let cost = run_total(&p)? - self.base_total;
        let note = if d == self.from {
            DayNote::WindowStart
        } else if self.updates.contains(&d) {
            DayNote::UpdateDate
        } else if self.updates.contains(&(d + Duration::days(1))) {
            DayNote::BeforeUpdate
        } else if self.renewals.contains(&(d - Duration::days(1))) {
            DayNote::AfterRenewal
        } else if d == self.to {
            DayNote::WindowEnd
        } else {
            DayNote::None
        };
        self.days.push(DayCost {
            date: d,
            cost,
            note,
        });
        self.next = d + Duration::days(1);
        Ok(self.next <= self.to)
    }

    /// The answer, from the days tried.
    pub fn finish(self) -> Timing {
        let first = self.days.first().copied().unwrap_or(DayCost {
            date: self.from,
            cost: Decimal::ZERO,
            note: DayNote::WindowStart,
        });
        let cheapest = self
            .days
            .iter()
            .copied()
            .min_by_key(|c| (c.cost, c.date))
            .unwrap_or(first);
        let dearest = self
            .days
            .iter()
            .copied()
            .max_by_key(|c| (c.cost, std::cmp::Reverse(c.date)))
            .unwrap_or(first);
        let notable = self
            .days
            .iter()
            .filter(|c| c.note != DayNote::None)
            .copied()
            .collect();
        Timing {
            import: self.import,
            from: self.from,
            to: self.to,
            through: self.through,
            planned: self.planned,
            cheapest,
            dearest,
            notable,
            days: self.days,
        }
    }
}

/// The invoice total of a plan, simulated without the day series.
fn run_total(plan: &Plan) -> Result<Decimal, Error> {
    let timeline = Timeline::new(plan);
    crate::simulate::run(plan, &timeline, Mode::default()).map(|r| r.total)
}
