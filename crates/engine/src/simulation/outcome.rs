//! What a simulation returns (SPEC §4 "Result").
//!
//! Codes and numbers are the vocabulary: each [`Warning`] is a typed
//! [`WarningKind`] with its numbers as fields, plus an English `message` for
//! the CLI; each [`InvoiceLine`] has an [`Explain`] with the numbers behind it.
//! Interfaces in other languages build their sentences from those.

use crate::zone::Zone;
use chrono::{NaiveDate, NaiveDateTime};
use rust_decimal::Decimal;
use serde::{Serialize, Serializer};

use crate::event::EventRef;
use crate::scenario::{Edition, Lines, MonthEnd, Proration, Rounding, Term};

/// An instant with the account zone's offset at that instant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Stamp {
    /// Unix seconds.
    pub unix: i64,
    /// The zone's offset from UTC at that instant, in seconds.
    pub offset: i32,
}

impl Stamp {
    /// The instant `unix` in `tz`.
    pub fn new(tz: &Zone, unix: i64) -> Stamp {
        Stamp {
            unix,
            offset: tz.offset_at(unix),
        }
    }

    /// The local date-time in the account's zone.
    pub fn local(&self) -> NaiveDateTime {
        chrono::DateTime::from_timestamp(self.unix + i64::from(self.offset), 0)
            .map(|t| t.naive_utc())
            .unwrap_or_default()
    }

    /// RFC 3339 with the offset, such as `2026-12-01T00:00:00-05:00`.
    pub fn rfc3339(&self) -> String {
        let t = self.local();
        let local = format!(
            "{}:{:02}",
            crate::fields::format_minute(t),
            chrono::Timelike::second(&t)
        );
        let sign = if self.offset < 0 { '-' } else { '+' };
        let abs = self.offset.unsigned_abs();
        format!("{local}{sign}{:02}:{:02}", abs / 3600, abs % 3600 / 60)
    }
}

impl Serialize for Stamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.rfc3339())
    }
}

/// The simulation's full result.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Outcome {
    /// One entry per local date from `as_of` to `until` (R11).
    pub days: Vec<Day>,
    /// Processing instants in the horizon (R4, R5).
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub update_dates: Vec<Stamp>,
    /// Renewal instants in the horizon (R9).
    #[cfg_attr(feature = "ts", ts(type = "string[]"))]
    pub renewals: Vec<Stamp>,
    /// Tier upgrades, automatic (R7) and manual.
    pub upgrades: Vec<Upgrade>,
    /// Requested downgrades that took effect at a renewal (R9).
    pub downgrades: Vec<Downgrade>,
    /// Threshold notifications (R10).
    pub notifications: Vec<Notification>,
    /// Invoice lines dated from `as_of` to `until`.
    pub invoice_lines: Vec<InvoiceLine>,
    /// Sum of the invoice lines.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub total: Decimal,
    /// ISO 4217 code of every amount.
    pub currency: String,
    /// Things a person should know, with their numbers.
    pub warnings: Vec<Warning>,
    /// Ways to pay less.
    pub advice: Advice,
    /// The audit of the scenario's `invoice`, when it has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub audit: Option<Audit>,
}

/// Counts at the end of one local day, plus the day's peak (R11).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Day {
    /// Local date.
    pub date: NaiveDate,
    /// Live marketing contacts.
    pub marketing: u64,
    /// Pending non-marketing contacts (still billed).
    pub pending_non_marketing: u64,
    /// Non-marketing contacts.
    pub non_marketing: u64,
    /// Billed count: marketing + pending.
    pub billed: u64,
    /// Highest billed count at any moment of the day.
    pub peak_billed: u64,
    /// Tier at the end of the day.
    pub tier: u64,
}

/// Why a tier went up.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum UpgradeCause {
    /// The billed count exceeded the tier (R7).
    Automatic,
    /// A `change_tier` event.
    Manual,
}

/// A tier upgrade and its prorated charge.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Upgrade {
    /// When it happened.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: Stamp,
    /// Tier before.
    pub from_tier: u64,
    /// Tier after.
    pub to_tier: u64,
    /// The following local day, when the prorated charge is dated.
    pub charge_date: NaiveDate,
    /// The prorated amount (net of any credit).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// Automatic or manual.
    pub cause: UpgradeCause,
    /// Billed count at that moment.
    pub billed: u64,
    /// Index of the event that caused it.
    #[cfg_attr(feature = "ts", ts(type = "number | string"))]
    pub event: EventRef,
}

/// A requested downgrade that took effect.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Downgrade {
    /// The renewal instant.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub at: Stamp,
    /// Tier before.
    pub from_tier: u64,
    /// Tier after.
    pub to_tier: u64,
    /// Billed count at that instant.
    pub billed: u64,
    /// Index of the requesting event.
    #[cfg_attr(feature = "ts", ts(type = "number | string"))]
    pub event: EventRef,
}

/// A threshold notification and its delivery window (R10).
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Notification {
    /// Percent of the tier; 100 means the tier was exceeded.
    pub threshold: u32,
    /// When the count reached it.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub reached_at: Stamp,
    /// Earliest delivery: reached + 24 h.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub window_start: Stamp,
    /// Latest delivery: reached + 48 h.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub window_end: Stamp,
    /// The tier in force.
    pub tier: u64,
    /// The billed count.
    pub billed: u64,
}

/// The kind of an invoice line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum LineKind {
    /// A billing period's charge, in advance.
    Recurring,
    /// A net prorated upgrade charge.
    Proration,
    /// Credit for the old tier's unused time.
    Credit,
    /// Charge for the new tier's remaining time.
    Charge,
}

/// One invoice line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct InvoiceLine {
    /// Date on the invoice.
    pub date: NaiveDate,
    /// Kind.
    pub kind: LineKind,
    /// Amount, rounded to the currency's minor unit.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// English description.
    pub description: String,
    /// The numbers behind the amount.
    pub explain: Explain,
}

/// The numbers behind an invoice line.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Explain {
    /// The SPEC rule (`"R8"`).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub rule: &'static str,
    /// Billing frequency.
    pub billing: Term,
    /// Rounding assumption used.
    pub rounding: Rounding,
    /// Tier billed (recurring) or the new tier (proration).
    pub tier: u64,
    /// The billing period.
    pub period_start: NaiveDate,
    /// The next period's first day.
    pub period_end: NaiveDate,
    /// Monthly list price of `tier`.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub monthly_price: Decimal,
    /// Months in the billing period.
    pub months: u32,
    /// Monthly-term factor applied (1 for annual terms).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub term_factor: Decimal,
    /// Details of a proration (`explain.proration`); absent for recurring lines.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub proration: Option<ProrationExplain>,
    /// The amount before rounding.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub unrounded: Decimal,
}

/// The proration part of an [`Explain`].
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct ProrationExplain {
    /// Fraction convention.
    pub convention: Proration,
    /// Lines style.
    pub lines: Lines,
    /// Tier before the upgrade.
    pub from_tier: u64,
    /// Period price of the old tier.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub old_price: Decimal,
    /// Period price of the new tier.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub new_price: Decimal,
    /// The price this line prorates: new − old (net), old (credit) or new (charge).
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub prorated_price: Decimal,
    /// Days from the upgrade's local date to the period end (`daily`).
    pub days_left: i64,
    /// Days in the billing period.
    pub days_in_period: i64,
    /// Seconds from the upgrade to the period end.
    pub seconds_left: i64,
    /// Seconds in the billing period.
    pub seconds_in_period: i64,
    /// The fraction applied, as a decimal string (up to 10 decimals).
    pub fraction: String,
}

/// Ways to pay less.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Advice {
    /// Changes that, applied together, avoid every automatic upgrade the
    /// plan causes through `until` (SPEC §4, revised 2026-12-07), in the
    /// order of the first upgrade each helps avoid; then one entry for each
    /// upgrade no change to the plan avoids, saying why.
    pub stay_in_tier: Vec<StayInTier>,
}

/// One change that helps stay in the tier, or an upgrade no change to the
/// plan avoids.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct StayInTier {
    /// The first moment this change keeps the count within the tier: the
    /// instant an upgrade would happen without it.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub upgrade_at: Stamp,
    /// The tier then.
    pub from_tier: u64,
    /// The tier the account would move to then.
    pub to_tier: u64,
    /// The planned event to shrink (its index in `events`), or `null` when
    /// no planned event is involved (an unavoidable upgrade).
    #[cfg_attr(feature = "ts", ts(type = "number | null"))]
    pub event: Option<EventRef>,
    /// How many contacts fewer the event adds (or sets to marketing), per
    /// occurrence for a recurring or daily event; 0 for an unavoidable
    /// upgrade. The entries together name the fewest contacts in all.
    pub contacts: u64,
    /// For a one-off event: the processing instant before which setting
    /// `contacts` contacts to non-marketing does the same (R2: at the instant
    /// is too late), or `null` when only not adding them helps.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub deadline: Option<Stamp>,
    /// For a one-off change without a `deadline`: why setting the contacts
    /// to non-marketing is no way to make it; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub no_deadline: Option<NoDeadline>,
    /// What applying this entry and every entry before it saves over the
    /// horizon, so the last change's saving is the whole plan's; `null`
    /// for an unavoidable upgrade, and for a change whose earlier changes,
    /// without the later ones, leave a later removal more contacts than
    /// exist (a `set_marketing` made smaller leaves more non-marketing
    /// contacts for a later removal, and the reverse).
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub saving: Option<Decimal>,
    /// Why no change to the plan avoids this upgrade, for an entry that is
    /// not a change; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "ts", ts(optional))]
    pub unavoidable: Option<Unavoidable>,
}

/// Why a one-off change has no `deadline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum NoDeadline {
    /// No update date comes between the start and the event, so contacts
    /// set to non-marketing before it would still count (R2).
    NoUpdateDate,
    /// Setting the contacts to non-marketing before the last update date
    /// before the event, with the other changes made, does not avoid every
    /// upgrade (or there are not that many contacts to set then).
    DoesNotAvoid,
    /// The advice's search reached its limit before trying it.
    NotTried,
}

/// Why no change to the plan avoids an upgrade.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Unavoidable {
    /// A row of the usage history, which is the past, took the count over.
    History,
    /// Only a smaller import avoids it, and the plan later removes more
    /// contacts (deletes them, or moves them between marketing and
    /// non-marketing) than a smaller import would leave.
    Removals,
    /// The advice's search stopped at its limit before reaching it (a plan
    /// with very many upgrades); see the `advice_limited` warning.
    SearchLimit,
}

/// A warning: a code, its numbers, and an English sentence.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Warning {
    /// The code and numbers.
    #[serde(flatten)]
    pub kind: WarningKind,
    /// English text.
    pub message: String,
}

impl From<WarningKind> for Warning {
    fn from(kind: WarningKind) -> Self {
        let message = kind.english();
        Warning { kind, message }
    }
}

/// Everything the engine warns about.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "code", rename_all = "snake_case")]
#[derive(strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum WarningKind {
    /// The built-in example price book was used.
    ExamplePrices,
    /// R13: an edition and term that are not sold together.
    TermNotSold {
        /// Edition.
        edition: Edition,
        /// Term.
        term: Term,
    },
    /// Billing annually on a monthly term: downgrades get no credit.
    BillingLongerThanTerm {
        /// Billing frequency.
        billing: Term,
        /// Term.
        term: Term,
    },
    /// The cap is already below the billed count at `as_of`.
    CapBelowCurrent {
        /// The cap.
        cap: u64,
        /// Billed count at `as_of`.
        billed: u64,
    },
    /// R12: contacts kept non-marketing by the cap (one warning per event,
    /// summed over a repeating event's occurrences).
    CapBlocked {
        /// Event index.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// The first instant the cap blocked this event.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        at: Stamp,
        /// Contacts the event asked for over the horizon, blocked or not.
        requested: u64,
        /// Contacts kept non-marketing.
        blocked: u64,
        /// The cap.
        cap: u64,
    },
    /// R9: a downgrade refused at renewal because the tier would not hold the count.
    DowngradeRefused {
        /// Event index.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// The renewal instant.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        at: Stamp,
        /// Tier asked for.
        requested_tier: u64,
        /// Billed count then.
        billed: u64,
    },
    /// A downgrade request for a tier that is not lower.
    DowngradeNotLower {
        /// Event index.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// Tier asked for.
        requested_tier: u64,
        /// Tier in force.
        tier: u64,
    },
    /// A later downgrade request replaced an earlier one.
    DowngradeReplaced {
        /// Event index of the new request.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// Tier of the replaced request.
        previous_tier: u64,
        /// Tier asked for now.
        requested_tier: u64,
    },
    /// `change_tier` to a tier that is not higher: ignored.
    ChangeTierNotHigher {
        /// Event index.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// Tier asked for.
        requested_tier: u64,
        /// Tier in force.
        tier: u64,
    },
    /// An event entirely after `until`: not simulated.
    EventAfterUntil {
        /// Event index.
        #[cfg_attr(feature = "ts", ts(type = "number | string"))]
        event: EventRef,
        /// The last simulated day.
        until: NaiveDate,
    },
    /// An upgrade's prorated charge falls after `until`, so it is not in the total.
    ChargeAfterUntil {
        /// The upgrade.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        upgrade_at: Stamp,
        /// The charge date.
        charge_date: NaiveDate,
        /// The amount left out of the total.
        #[cfg_attr(feature = "ts", ts(type = "string"))]
        amount: Decimal,
    },
    /// Savings were computed only for the first upgrades.
    AdviceLimited {
        /// Automatic upgrades in the result.
        upgrades: usize,
        /// Upgrades whose saving was computed.
        computed: usize,
    },
}

impl WarningKind {
    /// The warning's `code` in the result JSON.
    pub fn code(&self) -> &'static str {
        self.into()
    }

    /// The English sentence for this warning.
    pub fn english(&self) -> String {
        use WarningKind::*;
        match self {
            ExamplePrices => "Prices come from the built-in example price book, not an official price list.".into(),
            TermNotSold { edition, term } => format!(
                "The {} edition is not sold on a {} contract (R13); the result may not match a real bill.",
                edition.code(),
                term.code()
            ),
            BillingLongerThanTerm { .. } => "Annual billing on a monthly contract: a downgrade at a monthly renewal is not credited.".into(),
            CapBelowCurrent { cap, billed } => format!("The marketing cap of {cap} is below the {billed} billed contacts at as_of."),
            CapBlocked { event, at, requested, blocked, cap } => format!(
                "{} from {}: the cap of {cap} kept {blocked} of {requested} contacts non-marketing (R12).",
                event.path(),
                at.rfc3339()
            ),
            DowngradeRefused { event, at, requested_tier, billed } => format!(
                "{event}: the downgrade to tier {requested_tier} was refused at the renewal on {}: {billed} contacts are billed (R9).",
                at.rfc3339()
            ),
            DowngradeNotLower { event, requested_tier, tier } => format!(
                "{event}: tier {requested_tier} is not below the current tier {tier}; the request was ignored."
            ),
            DowngradeReplaced { event, previous_tier, requested_tier } => format!(
                "{event}: the request for tier {requested_tier} replaces the earlier request for tier {previous_tier}."
            ),
            ChangeTierNotHigher { event, requested_tier, tier } => format!(
                "{event}: change_tier to {requested_tier} is not above the current tier {tier} and was ignored; a lower tier needs request_downgrade (R9)."
            ),
            EventAfterUntil { event, until } => format!("{event} falls after until ({until}) and was not simulated."),
            ChargeAfterUntil { upgrade_at, charge_date, amount } => format!(
                "The upgrade at {} is charged {amount} on {charge_date}, after until; the total leaves it out.",
                upgrade_at.rfc3339()
            ),
            AdviceLimited { upgrades: 1, computed: 0 } => {
                "The search stopped before it could work out a saving for the upgrade.".into()
            }
            AdviceLimited { upgrades, computed: 0 } => format!(
                "The search stopped before it could work out a saving for any of the {upgrades} upgrades."
            ),
            AdviceLimited { upgrades, computed: 1 } => format!(
                "Savings were worked out for the first of {upgrades} upgrades only."
            ),
            AdviceLimited { upgrades, computed } => format!(
                "Savings were worked out for the first {computed} of {upgrades} upgrades only."
            ),
        }
    }
}
// ---- The bill check's result (computed by `engine::audit`).

/// The audit of an invoice against the simulation.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Audit {
    /// One entry per invoice charge, in the order given.
    pub charges: Vec<AuditedCharge>,
    /// Simulated lines within the invoice's dates that no charge accounts for.
    pub missing: Vec<MissingLine>,
    /// True when every charge matches and nothing is missing.
    pub matches: bool,
}

/// How one invoice charge compares.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ChargeStatus {
    /// A simulated line (or a credit-and-charge pair) has the same date and amount.
    Matches,
    /// A simulated line that date has another amount.
    Differs,
    /// The simulation has no line that date.
    NotSimulated,
}

/// One invoice charge and what it was paired with.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct AuditedCharge {
    /// Date on the invoice.
    pub date: NaiveDate,
    /// Amount on the invoice.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// The verdict.
    pub status: ChargeStatus,
    /// Indexes into `invoice_lines` of the simulated lines it was paired with.
    pub lines: Vec<usize>,
    /// The simulated amount, when paired.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub simulated: Option<Decimal>,
    /// Invoice minus simulation, when paired.
    #[cfg_attr(feature = "ts", ts(type = "string | null"))]
    pub difference: Option<Decimal>,
    /// Sets of changed assumptions under which this charge would match, the
    /// fewest changes first; empty when it matches or nothing explains it.
    pub explained_by: Vec<Vec<Change>>,
}

/// A simulated line that the invoice does not show.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct MissingLine {
    /// Index into `invoice_lines`.
    pub line: usize,
    /// Its date.
    pub date: NaiveDate,
    /// Its amount.
    #[cfg_attr(feature = "ts", ts(type = "string"))]
    pub amount: Decimal,
    /// Its kind.
    pub kind: LineKind,
}

/// One assumption set to another value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(tag = "setting", content = "value", rename_all = "snake_case")]
pub enum Change {
    /// `account.processing_time`: `"00:00"` or `"12:00"`.
    ProcessingTime(#[cfg_attr(feature = "ts", ts(type = "string"))] &'static str),
    /// `assumptions.proration`.
    Proration(Proration),
    /// `assumptions.rounding`.
    Rounding(Rounding),
    /// `assumptions.lines`.
    Lines(Lines),
    /// `assumptions.month_end`.
    MonthEnd(MonthEnd),
}
