//! Dates that recur: update dates (R4), renewals (R9) and billing periods (R8).
//!
//! Every recurring date is an *anniversary* of the purchase date, computed from
//! the purchase date itself (never from the previous anniversary), so a
//! purchase on Jan 31 gives Feb 28 and then Mar 31 under `clamp`. Annual
//! contracts' update dates are the 1st of every month instead.
//!
//! Each date becomes an instant at the processing time of day in the
//! subsidiary's zone, except the purchase itself, which opens the first
//! billing period at 00:00 local on the start date.

use crate::zone::Zone;
use chrono::{Datelike, Months, NaiveDate, NaiveTime};

use crate::zone;
use serde::{Deserialize, Serialize};

/// The number of days in a month.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or_default();
    let next = first
        .checked_add_months(Months::new(1))
        .unwrap_or(first + chrono::Duration::days(31));
    (next - first).num_days() as u32
}

/// The `n`-th monthly anniversary of `start` (n = 0 is `start` itself).
///
/// When the anniversary day does not exist in the target month, `clamp` gives
/// the month's last day and `roll` the 1st of the following month (R4).
pub fn anniversary(start: NaiveDate, n: u32, month_end: MonthEnd) -> NaiveDate {
    let first = NaiveDate::from_ymd_opt(start.year(), start.month(), 1).unwrap_or(start);
    let Some(month_first) = first.checked_add_months(Months::new(n)) else {
        return NaiveDate::MAX;
    };
    let last = days_in_month(month_first.year(), month_first.month());
    if start.day() <= last {
        month_first.with_day(start.day()).unwrap_or(month_first)
    } else {
        match month_end {
            MonthEnd::Clamp => month_first.with_day(last).unwrap_or(month_first),
            MonthEnd::Roll => month_first
                .checked_add_months(Months::new(1))
                .unwrap_or(month_first),
        }
    }
}

/// The same day of month as `day_of`, in the month `n` months after it,
/// clamped at month end (for `every: "month"` repeats).
pub fn same_day_months_later(day_of: NaiveDate, n: u32) -> NaiveDate {
    anniversary(day_of, n, MonthEnd::Clamp)
}

/// Whole months from `a` to `b` (ignoring days), never negative.
fn months_between(a: NaiveDate, b: NaiveDate) -> u32 {
    let m = (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    m.max(0) as u32
}

/// The 1st of every month in `[first, last]`.
fn firsts_of_month(first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    let mut d = NaiveDate::from_ymd_opt(first.year(), first.month(), 1).unwrap_or(first);
    while d <= last {
        if d >= first {
            out.push(d);
        }
        match d.checked_add_months(Months::new(1)) {
            Some(next) => d = next,
            None => break,
        }
    }
    out
}

/// The account's calendar: zone, processing time and the purchase date.
#[derive(Debug, Clone)]
pub struct Calendar {
    /// Processing zone.
    pub tz: Zone,
    /// Processing time of day.
    pub processing: NaiveTime,
    /// Purchase date.
    pub start: NaiveDate,
    /// Month-end rule.
    pub month_end: MonthEnd,
    /// Which edition of the rules decides the update dates.
    pub rule_edition: RuleEdition,
}

/// A billing period: `[start, end)` as instants and as local dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    /// Instant the period begins.
    pub start: i64,
    /// Instant the next period begins.
    pub end: i64,
    /// Local date the period begins.
    pub start_date: NaiveDate,
    /// Local date the next period begins.
    pub end_date: NaiveDate,
}

impl Calendar {
    /// The processing instant on a local date.
    pub fn processing_instant(&self, date: NaiveDate) -> i64 {
        zone::instant(&self.tz, date.and_time(self.processing))
    }

    /// 00:00 local on a date.
    pub fn midnight(&self, date: NaiveDate) -> i64 {
        zone::instant(&self.tz, date.and_time(NaiveTime::MIN))
    }

    /// Update dates (R4) from `first` to `last` inclusive, as processing instants.
    ///
    /// Under the 2020 rules, pending contacts clear on "the 1st of the next
    /// month or the renewal date, whichever is earlier": every 1st and every
    /// renewal date is then an update date.
    pub fn update_dates(&self, term: Term, first: NaiveDate, last: NaiveDate) -> Vec<i64> {
        let mut dates: Vec<NaiveDate> = match (self.rule_edition, term) {
            (RuleEdition::Current, Term::Monthly) => self.anniversaries(1, first, last),
            (RuleEdition::Current, Term::Annual) => firsts_of_month(first, last),
            (RuleEdition::Y2020, _) => {
                let mut d = firsts_of_month(first, last);
                d.extend(self.anniversaries(term.months(), first, last));
                d
            }
        };
        dates.sort();
        dates.dedup();
        // R4: the purchase date itself is never an update date.
        dates
            .into_iter()
            .filter(|&d| d > self.start)
            .map(|d| self.processing_instant(d))
            .collect()
    }

    /// Renewal instants (R9) from `first` to `last` inclusive: each monthly
    /// anniversary for a monthly term, each yearly one for an annual term.
    pub fn renewals(&self, term: Term, first: NaiveDate, last: NaiveDate) -> Vec<i64> {
        self.anniversaries(term.months(), first, last)
            .into_iter()
            .map(|d| self.processing_instant(d))
            .collect()
    }

    /// Anniversaries (n ≥ 1) every `step` months that fall in `[first, last]`.
    fn anniversaries(&self, step: u32, first: NaiveDate, last: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        // Roll can push an anniversary into the next month: start one step early.
        let mut n = (months_between(self.start, first) / step)
            .saturating_sub(1)
            .max(1);
        loop {
            let d = anniversary(self.start, n * step, self.month_end);
            if d > last {
                break;
            }
            if d >= first {
                out.push(d);
            }
            n += 1;
        }
        out
    }

    /// The instant period `n` begins (n = 0 is the purchase, at 00:00 local).
    fn period_boundary(&self, step: u32, n: u32) -> (i64, NaiveDate) {
        if n == 0 {
            (self.midnight(self.start), self.start)
        } else {
            let d = anniversary(self.start, n * step, self.month_end);
            (self.processing_instant(d), d)
        }
    }

    /// Billing periods of `billing` that overlap `[from, to)` (instants), in order.
    pub fn periods(&self, billing: Term, from: i64, to: i64) -> Vec<Period> {
        let step = billing.months();
        let from_date = zone::local(&self.tz, from).date();
        let mut n = (months_between(self.start, from_date) / step).saturating_sub(1);
        let mut out = Vec::new();
        let mut current = self.period_boundary(step, n);
        loop {
            let next = self.period_boundary(step, n + 1);
            if next.0 > from && current.0 < to {
                out.push(Period {
                    start: current.0,
                    end: next.0,
                    start_date: current.1,
                    end_date: next.1,
                });
            }
            if next.0 >= to {
                break;
            }
            current = next;
            n += 1;
        }
        out
    }
}

/// A contract term or a billing frequency.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Term {
    /// Renews (or bills) every month.
    Monthly,
    /// Renews (or bills) every year.
    Annual,
}

impl Term {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [Term] = <Term as strum::VariantArray>::VARIANTS;

    /// Months in one term or billing period.
    pub fn months(self) -> u32 {
        match self {
            Term::Monthly => 1,
            Term::Annual => 12,
        }
    }

    /// The JSON word for this term.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// Update dates for purchases on the 29th–31st (assumption R4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum MonthEnd {
    /// The last day of a shorter month.
    #[default]
    Clamp,
    /// The 1st of the following month.
    Roll,
}

impl MonthEnd {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [MonthEnd] = <MonthEnd as strum::VariantArray>::VARIANTS;

    /// The JSON word.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The edition of the help article whose rules apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum RuleEdition {
    /// The rules in SPEC.md: pending contacts clear on the next update date.
    #[default]
    #[serde(rename = "current")]
    Current,
    /// The 2020 article: pending contacts clear on the 1st of the next month
    /// or the renewal date, whichever is earlier.
    #[serde(rename = "2020")]
    #[strum(serialize = "2020")]
    Y2020,
}

impl RuleEdition {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [RuleEdition] = <RuleEdition as strum::VariantArray>::VARIANTS;

    /// True for the default edition (it is left out of written scenarios).
    pub fn is_current(&self) -> bool {
        *self == RuleEdition::Current
    }

    /// The JSON word for this edition.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn clamp_and_roll_differ_only_in_short_months() {
        let jan31 = d("2025-01-31");
        assert_eq!(anniversary(jan31, 1, MonthEnd::Clamp), d("2025-02-28"));
        assert_eq!(anniversary(jan31, 1, MonthEnd::Roll), d("2025-03-01"));
        assert_eq!(anniversary(jan31, 2, MonthEnd::Clamp), d("2025-03-31"));
        assert_eq!(anniversary(jan31, 2, MonthEnd::Roll), d("2025-03-31"));
        assert_eq!(
            anniversary(d("2024-01-30"), 1, MonthEnd::Clamp),
            d("2024-02-29")
        );
        assert_eq!(
            anniversary(d("2024-02-29"), 12, MonthEnd::Clamp),
            d("2025-02-28")
        );
        assert_eq!(
            anniversary(d("2024-02-29"), 12, MonthEnd::Roll),
            d("2025-03-01")
        );
        assert_eq!(
            anniversary(d("2024-02-29"), 48, MonthEnd::Clamp),
            d("2028-02-29")
        );
    }

    #[test]
    fn days_in_month_knows_leap_years() {
        assert_eq!(days_in_month(2024, 2), 29);
        assert_eq!(days_in_month(2025, 2), 28);
        assert_eq!(days_in_month(2100, 2), 28);
        assert_eq!(days_in_month(2000, 2), 29);
        assert_eq!(days_in_month(2025, 12), 31);
    }
}
