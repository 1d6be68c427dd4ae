//! From a written [`Scenario`] to a checked [`Plan`]: every value parsed, every
//! limit enforced, every problem reported with its field path.
//!
//! Limits (documented in SECURITY.md): counts and tiers ≤ 10⁹; dates in
//! 2000-01-01..=2098-12-31; a horizon of at most 50 years; at most 100,000
//! events expanding to at most 1,000,000 occurrences; names ≤ 200 characters.

use crate::zone::Zone;
use chrono::NaiveDate;

use crate::calendar::{self, Calendar};
use crate::error::{Error, ErrorCode};
use rust_decimal::Decimal;

use crate::price_book::{self, EditionPrices, PriceBook};
use crate::scenario::{Action, Assumptions, Edition, EventSpec, Scenario, Term};
use crate::zone;
use crate::{history, invoice};

pub use crate::event::{EventRef, PlannedEvent, When};
pub use crate::fields::{
    count, format_minute, parse_date, parse_date_time, parse_time, MAX_DATE, MIN_DATE,
};

/// The longest horizon, in years.
pub const MAX_YEARS: i64 = 50;
/// The most events a scenario may list.
pub const MAX_EVENTS: usize = 100_000;
/// The most occurrences the events may expand to.
pub const MAX_OCCURRENCES: usize = 1_000_000;
/// The longest scenario or price-book name, in characters.
pub const MAX_NAME: usize = 200;

/// Contact counts by pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Live marketing contacts.
    pub marketing: u64,
    /// Set to non-marketing, still counted until the next processing instant.
    pub pending: u64,
    /// Non-marketing contacts, not counted.
    pub non_marketing: u64,
}

impl Counts {
    /// The billed count: marketing + pending.
    pub fn billed(&self) -> u64 {
        self.marketing + self.pending
    }

    /// Splits `n` contacts between plain non-marketing and pending, plain
    /// first: the pool order of `set_marketing` and `delete_non_marketing`
    /// (SPEC "Contact pools"). `n` must not exceed the two pools together.
    pub fn plain_first(&self, n: u64) -> (u64, u64) {
        let plain = n.min(self.non_marketing);
        (plain, n - plain)
    }
}

/// The most any period price is multiplied by before a result is rounded
/// or divided: a `seconds` proration multiplies the price difference by the
/// seconds left (up to 31,622,400 in a leap year) before it divides, and a
/// total adds up to 50 years of monthly periods with their upgrade lines
/// (far fewer than 100,000 amounts). 10⁸ covers both with room.
const MOST_AMOUNTS_SUMMED: u64 = 100_000_000;

/// Checks that every amount the simulation can compute is representable, so
/// that its arithmetic never overflows: the price of the largest tier the
/// scenario can reach, for one billing period, times [`MOST_AMOUNTS_SUMMED`].
/// Prices grow with the tier, and a proration is a fraction of at most one
/// period's difference, so that bound holds for every line, every
/// intermediate product and every total.
#[allow(clippy::too_many_arguments)]
fn amounts_fit(
    book: &PriceBook,
    prices: &EditionPrices,
    tier: u64,
    contacts: Counts,
    events: &[PlannedEvent],
    until: Option<NaiveDate>,
    term: crate::scenario::Term,
    billing: crate::scenario::Term,
) -> Option<Error> {
    let mut most = contacts.billed().saturating_add(contacts.non_marketing);
    let mut most_tier = tier;
    for e in events {
        match e.action {
            Action::AddMarketing | Action::AddNonMarketing => {
                let n = u64::try_from(e.occurrences(until)).unwrap_or(u64::MAX);
                most = most.saturating_add(e.amount.saturating_mul(n));
            }
            Action::ChangeTier | Action::RequestDowngrade => most_tier = most_tier.max(e.amount),
            _ => {}
        }
    }
    let most_tier = most_tier.max(prices.tier_for(most));
    let fits = book
        .checked_period_price(prices, most_tier, term, billing)
        .and_then(|v| v.checked_mul(Decimal::from(MOST_AMOUNTS_SUMMED)))
        .is_some();
    (!fits).then(|| {
        Error::new(
            "prices",
            ErrorCode::AmountTooLarge,
            format!(
                "the price of tier {most_tier}, which this scenario can reach, is too large to compute exactly"
            ),
        )
        .with("tier", most_tier)
    })
}

/// A checked scenario, ready to simulate.
#[derive(Debug, Clone)]
pub struct Plan {
    /// Edition.
    pub edition: Edition,
    /// Contract term.
    pub term: Term,
    /// Billing frequency.
    pub billing: Term,
    /// Zone, processing time, purchase date, month-end rule.
    pub calendar: Calendar,
    /// First simulated day.
    pub as_of: NaiveDate,
    /// Last simulated day.
    pub until: NaiveDate,
    /// Tier at `as_of`.
    pub tier: u64,
    /// Optional cap on the billed count.
    pub max_marketing: Option<u64>,
    /// The price book.
    pub book: PriceBook,
    /// The edition's prices.
    pub prices: EditionPrices,
    /// Counts at `as_of`.
    pub contacts: Counts,
    /// Checked events, in listed order.
    pub events: Vec<PlannedEvent>,
    /// Assumptions (thresholds checked, sorted and deduplicated).
    pub assumptions: Assumptions,
    /// Thresholds in percent, sorted.
    pub thresholds: Vec<u32>,
    /// The first and last dates of a usage history: contact events up to the
    /// last are replaced by it (see [`crate::history`]).
    pub history: Option<(NaiveDate, NaiveDate)>,
    /// Charges from a real invoice to audit (see [`crate::audit`]).
    pub invoice: Vec<(NaiveDate, rust_decimal::Decimal)>,
}

/// Collects errors while checking, so a person sees every problem at once.
struct Checker {
    errors: Vec<Error>,
}

impl Checker {
    fn take<T>(&mut self, r: Result<T, Error>) -> Option<T> {
        r.map_err(|e| self.errors.push(e)).ok()
    }
}

impl Plan {
    /// Checks a scenario.
    ///
    /// # Errors
    /// Every problem found, in document order, each naming its field.
    pub fn new(s: &Scenario) -> Result<Plan, Vec<Error>> {
        let mut c = Checker { errors: Vec::new() };
        if let Some(name) = &s.name {
            let n = name.chars().count();
            if n > MAX_NAME {
                c.errors.push(
                    Error::new(
                        "name",
                        ErrorCode::TooLong,
                        format!("is {n} characters long; the most is {MAX_NAME}"),
                    )
                    .with("length", n)
                    .with("max", MAX_NAME),
                );
            }
        }
        let a = &s.account;
        let start = c.take(parse_date(&a.start, "account.start"));
        let given_non_marketing = c
            .take(count(s.contacts.non_marketing, "contacts.non_marketing"))
            .unwrap_or(0);
        let history = match history::check(&s.history, start, given_non_marketing) {
            Ok(h) => h,
            Err(e) => {
                c.errors.extend(e);
                None
            }
        };
        let as_of = match (&history, &a.as_of) {
            (Some(h), _) => Some(h.first),
            (None, Some(t)) => c.take(parse_date(t, "account.as_of")),
            (None, None) => start,
        };
        let invoice = match invoice::check(&s.invoice) {
            Ok(i) => i,
            Err(e) => {
                c.errors.extend(e);
                Vec::new()
            }
        };
        // A history and an invoice are simulated through their last dates.
        let until = c.take(parse_date(&s.until, "until")).map(|u| {
            let u = history.as_ref().map_or(u, |h| u.max(h.last));
            invoice.iter().map(|c| c.0).fold(u, NaiveDate::max)
        });
        let tz = c.take(zone::parse_zone(&a.timezone).ok_or_else(|| {
            Error::new(
                "account.timezone",
                ErrorCode::UnsupportedTimezone,
                format!("\"{}\" is not a supported processing time zone; run `tierwise zones` to list them", a.timezone),
            )
            .with("value", &a.timezone)
        }));
        let processing = c.take(parse_time(&a.processing_time, "account.processing_time"));
        if let (Some(start), Some(as_of), None) = (start, as_of, &history) {
            if as_of < start {
                c.errors.push(
                    Error::new(
                        "account.as_of",
                        ErrorCode::AsOfBeforeStart,
                        format!("{as_of} is before the purchase date {start}"),
                    )
                    .with("as_of", as_of)
                    .with("start", start),
                );
            }
        }
        if let (Some(as_of), Some(until)) = (as_of, until) {
            if until < as_of {
                c.errors.push(
                    Error::new(
                        "until",
                        ErrorCode::UntilBeforeAsOf,
                        format!("{until} is before as_of {as_of}"),
                    )
                    .with("until", until)
                    .with("as_of", as_of),
                );
            } else if calendar::anniversary(
                as_of,
                (MAX_YEARS * 12) as u32,
                crate::scenario::MonthEnd::Clamp,
            ) < until
            {
                let days = (until - as_of).num_days() + 1;
                c.errors.push(
                    Error::new(
                        "until",
                        ErrorCode::HorizonTooLong,
                        format!("the horizon of {days} days is longer than {MAX_YEARS} years"),
                    )
                    .with("days", days)
                    .with("max_years", MAX_YEARS),
                );
            }
        }
        let mut contacts = Counts {
            marketing: c
                .take(count(s.contacts.marketing, "contacts.marketing"))
                .unwrap_or(0),
            non_marketing: given_non_marketing,
            pending: c
                .take(count(
                    s.contacts.pending_non_marketing,
                    "contacts.pending_non_marketing",
                ))
                .unwrap_or(0),
        };
        if let Some(h) = &history {
            // The history's first row is the state on its first date.
            contacts = Counts {
                marketing: h.billed,
                pending: 0,
                non_marketing: h.non_marketing,
            };
        }
        let max_marketing = a
            .max_marketing
            .and_then(|m| c.take(count(m, "account.max_marketing")));

        let builtin;
        let (book_spec, book_path) = match &s.prices {
            Some(p) => (p, "prices"),
            None => {
                builtin = price_book::example();
                (&builtin, "prices")
            }
        };
        if let Some(name) = &book_spec.name {
            let n = name.chars().count();
            if n > MAX_NAME {
                c.errors.push(
                    Error::new(
                        "prices.name",
                        ErrorCode::TooLong,
                        format!("is {n} characters long; the most is {MAX_NAME}"),
                    )
                    .with("length", n)
                    .with("max", MAX_NAME),
                );
            }
        }
        let book = match PriceBook::from_spec(book_spec, book_path) {
            Ok(b) => Some(b),
            Err(e) => {
                c.errors.extend(e);
                None
            }
        };
        let prices = book
            .as_ref()
            .and_then(|b| match b.editions.get(&a.edition) {
                Some(p) => Some(p.clone()),
                None => {
                    c.errors.push(
                        Error::new(
                            "prices.editions",
                            ErrorCode::EditionNotInBook,
                            format!(
                                "the price book has no prices for the {} edition",
                                a.edition.code()
                            ),
                        )
                        .with("edition", a.edition.code()),
                    );
                    None
                }
            });
        let billed = contacts.billed();
        let tier = match (&prices, a.tier) {
            (Some(p), Some(t)) => c.take(count(t, "account.tier")).and_then(|t| {
                c.take(check_tier(p, t, "account.tier")).and_then(|t| {
                    if t < billed {
                        c.errors.push(Error::new("account.tier", ErrorCode::TierBelowCount, format!("tier {t} is below the {billed} billed contacts (marketing + pending) at as_of")).with("tier", t).with("count", billed));
                        None
                    } else {
                        Some(t)
                    }
                })
            }),
            (Some(p), None) => Some(p.tier_for(billed)),
            (None, _) => None,
        };
        if s.assumptions.notify_at.len() > 20 {
            c.errors.push(
                Error::new(
                    "assumptions.notify_at",
                    ErrorCode::TooBig,
                    "has more than 20 thresholds",
                )
                .with("value", s.assumptions.notify_at.len())
                .with("max", 20),
            );
        }
        let mut thresholds = Vec::new();
        for (i, &p) in s.assumptions.notify_at.iter().enumerate().take(20) {
            if (1..=99).contains(&p) {
                thresholds.push(p as u32);
            } else {
                c.errors.push(Error::new(format!("assumptions.notify_at[{i}]"), ErrorCode::InvalidThreshold, format!("{p} is not a percentage from 1 to 99 (exceeding the tier is always notified)")).with("value", p));
            }
        }
        thresholds.sort();
        thresholds.dedup();

        if s.events.len() > MAX_EVENTS {
            c.errors.push(Error::too_many(
                "events",
                s.events.len(),
                MAX_EVENTS,
                "events",
            ));
        }
        let mut events = Vec::with_capacity(s.events.len().min(MAX_EVENTS));
        let mut occurrences = 0usize;
        for (i, e) in s.events.iter().enumerate().take(MAX_EVENTS) {
            // With a history, contact events on its dates are replaced, not
            // refused for coming before its first date.
            let since = match &history {
                Some(_) if !e.action.takes_tier() => None,
                _ => as_of,
            };
            if let Some(ev) = check_event(&mut c, i, e, prices.as_ref(), since) {
                occurrences = occurrences.saturating_add(ev.occurrences(until));
                events.push(ev);
            }
        }
        if let Some(h) = &history {
            occurrences += h.events.len();
            events.extend(h.events.iter().copied());
        }
        if occurrences > MAX_OCCURRENCES {
            c.errors.push(
                Error::new(
                    "events",
                    ErrorCode::TooManyEvents,
                    format!("expand to {occurrences} occurrences; the most is {MAX_OCCURRENCES}"),
                )
                .with("count", occurrences)
                .with("max", MAX_OCCURRENCES),
            );
        }

        if let (Some(b), Some(p), Some(t)) = (&book, &prices, tier) {
            let billing = a.billing.unwrap_or(a.term);
            if let Some(e) = amounts_fit(b, p, t, contacts, &events, until, a.term, billing) {
                c.errors.push(e);
            }
        }

        if !c.errors.is_empty() {
            return Err(c.errors);
        }
        // Every Option below is Some when no error was recorded.
        let (
            Some(start),
            Some(as_of),
            Some(until),
            Some(tz),
            Some(processing),
            Some(book),
            Some(prices),
            Some(tier),
        ) = (start, as_of, until, tz, processing, book, prices, tier)
        else {
            return Err(vec![Error::new(
                "",
                ErrorCode::InvalidValue,
                "the scenario could not be checked",
            )]);
        };
        let month_end = s.assumptions.month_end;
        Ok(Plan {
            edition: a.edition,
            term: a.term,
            billing: a.billing.unwrap_or(a.term),
            calendar: Calendar {
                tz,
                processing,
                start,
                month_end,
                rule_edition: s.assumptions.rule_edition,
            },
            as_of,
            until,
            tier,
            max_marketing,
            book,
            prices,
            contacts,
            events,
            assumptions: s.assumptions.clone(),
            thresholds,
            history: history.map(|h| (h.first, h.last)),
            invoice,
        })
    }

    /// The processing zone.
    pub fn tz(&self) -> &Zone {
        &self.calendar.tz
    }
}

/// Checks that `tier` is one of the price book's tiers.
fn check_tier(p: &EditionPrices, tier: u64, path: &str) -> Result<u64, Error> {
    if p.is_tier(tier) {
        return Ok(tier);
    }
    let (below, above) = p.neighbours(tier);
    let near = match below {
        Some(b) => format!("{b} or {above}"),
        None => format!("{above}"),
    };
    let e = Error::new(
        path,
        ErrorCode::TierNotInBook,
        format!("{tier} is not a tier in the price book (nearest: {near})"),
    )
    .with("tier", tier)
    .with("above", above);
    // Below the smallest tier there is no tier below.
    Err(match below {
        Some(b) => e.with("below", b),
        None => e,
    })
}

fn check_event(
    c: &mut Checker,
    i: usize,
    e: &EventSpec,
    prices: Option<&EditionPrices>,
    as_of: Option<NaiveDate>,
) -> Option<PlannedEvent> {
    // Paths are built only when an error needs one.
    let path = || format!("events[{i}]");
    let before = c.errors.len();
    let p = |f: &str| format!("events[{i}].{f}");
    let unexpected = |c: &mut Checker, field: &str| {
        c.errors.push(
            Error::new(
                p(field),
                ErrorCode::UnexpectedField,
                format!("{} does not take {field}", e.action.code()),
            )
            .with("field", field)
            .with("action", e.action.code()),
        );
    };
    let missing = |c: &mut Checker, field: &str| {
        c.errors.push(
            Error::new(
                p(field),
                ErrorCode::MissingField,
                format!("{} needs {field}", e.action.code()),
            )
            .with("field", field),
        );
    };

    // Schedule.
    let when = match (&e.at, &e.from, &e.to) {
        (Some(at), None, None) => {
            let at = c.take(parse_date_time(at, &p("at")));
            if e.per_day.is_some() {
                c.errors.push(
                    Error::new(
                        p("per_day"),
                        ErrorCode::BadSchedule,
                        "per_day goes with from and to, not with at",
                    )
                    .with("detail", "per_day_with_at"),
                );
            }
            match (e.every, &e.through) {
                (None, None) => at.map(When::At),
                (Some(_), Some(t)) => {
                    let through = c.take(parse_date(t, &p("through")));
                    match (at, through) {
                        (Some(at), Some(through)) if through < at.date() => {
                            c.errors.push(
                                Error::new(
                                    p("through"),
                                    ErrorCode::EndBeforeStart,
                                    format!(
                                        "{through} is before the first occurrence {}",
                                        at.date()
                                    ),
                                )
                                .with("start", at.date())
                                .with("end", through),
                            );
                            None
                        }
                        (Some(at), Some(through)) => Some(When::Monthly { at, through }),
                        _ => None,
                    }
                }
                (Some(_), None) => {
                    missing(c, "through");
                    None
                }
                (None, Some(_)) => {
                    c.errors.push(
                        Error::new(
                            p("through"),
                            ErrorCode::BadSchedule,
                            "through goes with every: \"month\"",
                        )
                        .with("detail", "through_without_every"),
                    );
                    None
                }
            }
        }
        (None, Some(from), Some(to)) => {
            let from = c.take(parse_date(from, &p("from")));
            let to = c.take(parse_date(to, &p("to")));
            if e.every.is_some() {
                unexpected(c, "every");
            }
            if e.through.is_some() {
                unexpected(c, "through");
            }
            match (from, to) {
                (Some(f), Some(t)) if t < f => {
                    c.errors.push(
                        Error::new(
                            p("to"),
                            ErrorCode::EndBeforeStart,
                            format!("{t} is before from {f}"),
                        )
                        .with("start", f)
                        .with("end", t),
                    );
                    None
                }
                (Some(from), Some(to)) => Some(When::Daily { from, to }),
                _ => None,
            }
        }
        (None, None, None) => {
            c.errors.push(
                Error::new(
                    p("at"),
                    ErrorCode::BadSchedule,
                    "needs at (a date), or from and to (a daily flow)",
                )
                .with("detail", "no_schedule"),
            );
            None
        }
        _ => {
            c.errors.push(
                Error::new(
                    path(),
                    ErrorCode::BadSchedule,
                    "needs either at, or from and to, not both",
                )
                .with("detail", "mixed_schedule"),
            );
            None
        }
    };
    if let (Some(w), Some(as_of)) = (when, as_of) {
        let first = match w {
            When::At(at) | When::Monthly { at, .. } => at.date(),
            When::Daily { from, .. } => from,
        };
        if first < as_of {
            let field = if matches!(w, When::Daily { .. }) {
                "from"
            } else {
                "at"
            };
            c.errors.push(
                Error::new(
                    p(field),
                    ErrorCode::EventBeforeAsOf,
                    format!(
                        "{first} is before as_of {as_of}; the counts at as_of already include it"
                    ),
                )
                .with("at", first)
                .with("as_of", as_of),
            );
        }
    }

    if e.action.takes_tier() && matches!(when, Some(When::Daily { .. })) {
        c.errors.push(
            Error::new(
                path(),
                ErrorCode::BadSchedule,
                format!(
                    "{} happens once: give it at, not from and to",
                    e.action.code()
                ),
            )
            .with("detail", "tier_action_daily"),
        );
    }

    // Amount.
    let daily = matches!(when, Some(When::Daily { .. })) || (e.from.is_some() && e.at.is_none());
    let amount = if e.action.takes_tier() {
        for (field, present) in [
            ("count", e.count.is_some()),
            ("per_day", e.per_day.is_some()),
        ] {
            if present {
                unexpected(c, field);
            }
        }
        match e.tier {
            None => {
                missing(c, "tier");
                None
            }
            Some(t) => c
                .take(count(t, &p("tier")))
                .and_then(|t| prices.and_then(|pr| c.take(check_tier(pr, t, &p("tier"))))),
        }
    } else {
        if e.tier.is_some() {
            unexpected(c, "tier");
        }
        let (want, other) = if daily {
            ("per_day", "count")
        } else {
            ("count", "per_day")
        };
        let (value, stray) = if daily {
            (e.per_day, e.count)
        } else {
            (e.count, e.per_day)
        };
        if stray.is_some() && !(other == "per_day" && e.at.is_some()) {
            unexpected(c, other);
        }
        match value {
            None => {
                missing(c, want);
                None
            }
            Some(v) => c.take(count(v, &p(want))),
        }
    };
    if c.errors.len() > before {
        return None;
    }
    Some(PlannedEvent {
        index: EventRef::Event(i),
        when: when?,
        action: e.action,
        amount: amount?,
    })
}
