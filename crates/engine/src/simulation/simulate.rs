//! The simulation: one pass over the timeline, day by day.
//!
//! Cost is linear in timeline items plus days. The state is three counters
//! (marketing, pending, non-marketing), the tier, a requested downgrade and
//! the notifier. After every event: notifications against the tier in force,
//! then the automatic upgrade (R7) with its prorated charge dated the next
//! local day (R8).

use chrono::{Duration, NaiveDateTime};
use rust_decimal::Decimal;

use crate::error::{Error, ErrorCode};
use crate::money;
use crate::notify::{Notifier, EXCEEDED};
use crate::outcome::{
    Day, Downgrade, Explain, InvoiceLine, LineKind, Notification, Stamp, Upgrade, UpgradeCause,
    Warning, WarningKind,
};
use crate::plan::{Counts, EventRef, Plan};
use crate::proration::{self, UpgradeFacts};
use crate::scenario::Action;
use crate::timeline::{Item, Kind, Timeline};

/// How to run.
#[derive(Debug, Clone, Copy, Default)]
pub struct Mode<'a> {
    /// Clamp removals to what exists instead of failing.
    pub lenient: bool,
    /// Contacts withheld from every occurrence of the scenario's events, by
    /// index into `events` (missing: none), for the stay-in-tier advice's
    /// "what if each occurrence added this many fewer" replays. It is the
    /// same as running the scenario with those counts lowered.
    pub withhold: &'a [u64],
    /// Record the day series.
    pub days: bool,
}

/// What the advice needs to know about an automatic upgrade.
#[derive(Debug, Clone, Copy)]
pub struct Trigger {
    /// Index into `upgrades`.
    pub upgrade: usize,
    /// The instant (Unix seconds).
    pub at: i64,
    /// The timeline item that caused it (index into `Timeline::items`).
    pub item: usize,
    /// The occurrence that caused it.
    pub index: EventRef,
    /// Which occurrence.
    pub occurrence: u32,
    /// Billed count right after the event.
    pub billed: u64,
    /// The billed count the event would have made without the cap: `billed`
    /// plus the contacts the cap kept non-marketing in this event (R12).
    pub wanted: u64,
    /// The last processing instant before the upgrade, with the marketing
    /// count just before it.
    pub last_processing: Option<(i64, u64)>,
}

/// The raw result of one run.
#[derive(Debug, Clone, Default)]
pub struct Run {
    /// Day series (empty unless asked for).
    pub days: Vec<Day>,
    /// Upgrades.
    pub upgrades: Vec<Upgrade>,
    /// Downgrades.
    pub downgrades: Vec<Downgrade>,
    /// Notifications.
    pub notifications: Vec<Notification>,
    /// Invoice lines, in date order.
    pub lines: Vec<InvoiceLine>,
    /// Sum of lines.
    pub total: Decimal,
    /// Warnings found while running.
    pub warnings: Vec<Warning>,
    /// Automatic upgrades, for advice.
    pub triggers: Vec<Trigger>,
}

struct Sim<'a> {
    plan: &'a Plan,
    timeline: &'a Timeline,
    mode: Mode<'a>,
    /// The timeline item being run.
    item: usize,
    /// Contacts the cap kept non-marketing in the event being run.
    blocked: u64,
    /// Contacts each event has asked for so far, while a cap is set: a
    /// warning says how many of them the cap kept back.
    asked: std::collections::BTreeMap<EventRef, u64>,
    counts: Counts,
    tier: u64,
    downgrade: Option<(u64, EventRef)>,
    notifier: Notifier,
    last_processing: Option<(i64, u64)>,
    out: Run,
}

/// Runs the plan over its timeline.
///
/// # Errors
/// An event that removes more contacts than exist at that moment (unless
/// `mode.lenient`).
pub fn run(plan: &Plan, timeline: &Timeline, mode: Mode<'_>) -> Result<Run, Error> {
    let counts = plan.contacts;
    let mut sim = Sim {
        plan,
        timeline,
        mode,
        item: 0,
        blocked: 0,
        asked: Default::default(),
        counts,
        tier: plan.tier,
        downgrade: None,
        notifier: Notifier::new(&plan.thresholds, counts.billed(), plan.tier),
        last_processing: None,
        out: Run::default(),
    };
    let mut next = 0;
    let items = &timeline.items;
    for (day, date) in timeline.dates.iter().enumerate() {
        let end = timeline.day_starts[day + 1];
        let mut peak = sim.counts.billed();
        while let Some(item) = items.get(next).filter(|i| i.at < end) {
            sim.item = next;
            sim.step(item)?;
            peak = peak.max(sim.counts.billed());
            next += 1;
        }
        if mode.days {
            let c = sim.counts;
            sim.out.days.push(Day {
                date: *date,
                marketing: c.marketing,
                pending_non_marketing: c.pending,
                non_marketing: c.non_marketing,
                billed: c.billed(),
                peak_billed: peak,
                tier: sim.tier,
            });
        }
    }
    let mut out = sim.out;
    // Recurring lines come first on a date, then prorations in the order they happened.
    out.lines
        .sort_by_key(|l| (l.date, l.kind != LineKind::Recurring));
    out.total = out.lines.iter().map(|l| l.amount).sum();
    out.total.rescale(plan.book.minor_units);
    Ok(out)
}

impl Sim<'_> {
    fn stamp(&self, at: i64) -> Stamp {
        Stamp::new(self.plan.tz(), at)
    }

    fn step(&mut self, item: &Item) -> Result<(), Error> {
        match item.kind {
            Kind::Processing => {
                self.last_processing = Some((item.at, self.counts.marketing));
                self.counts.non_marketing += self.counts.pending;
                self.counts.pending = 0;
                // Only re-arms: a falling count fires nothing.
                let _ = self.notifier.check(self.counts.billed(), self.tier).count();
            }
            Kind::Renewal => self.renew(item.at),
            Kind::PeriodStart(i) => self.recurring(i),
            Kind::Event {
                index,
                occurrence,
                action,
                amount,
                local,
            } => {
                self.event(item.at, index, occurrence, action, amount, local)?;
            }
        }
        Ok(())
    }

    fn renew(&mut self, at: i64) {
        let Some((requested, event)) = self.downgrade.take() else {
            return;
        };
        let billed = self.counts.billed();
        if requested >= self.tier {
            return;
        }
        if billed <= requested {
            self.out.downgrades.push(Downgrade {
                at: self.stamp(at),
                from_tier: self.tier,
                to_tier: requested,
                billed,
                event,
            });
            self.tier = requested;
            self.notifier.reset(billed, self.tier);
        } else {
            let at = self.stamp(at);
            self.warn(WarningKind::DowngradeRefused {
                event,
                at,
                requested_tier: requested,
                billed,
            });
        }
    }

    fn recurring(&mut self, i: usize) {
        let plan = self.plan;
        let period = self.timeline.periods[i];
        let price = plan
            .book
            .period_price(&plan.prices, self.tier, plan.term, plan.billing);
        let rounding = plan.assumptions.rounding;
        let amount = money::round(price, plan.book.minor_units, rounding);
        self.out.lines.push(InvoiceLine {
            date: period.start_date,
            kind: LineKind::Recurring,
            amount,
            description: format!(
                "{} tier {}, {} to {}",
                plan.edition.code(),
                self.tier,
                period.start_date,
                period.end_date
            ),
            explain: Explain {
                rule: "R8",
                billing: plan.billing,
                rounding,
                tier: self.tier,
                period_start: period.start_date,
                period_end: period.end_date,
                monthly_price: plan.prices.monthly_price(self.tier),
                months: plan.billing.months(),
                term_factor: plan.book.term_factor(plan.term),
                proration: None,
                unrounded: price.normalize(),
            },
        });
    }

    fn warn(&mut self, kind: WarningKind) {
        self.out.warnings.push(kind.into());
    }

    /// How many of `n` new billed contacts the cap lets through (R12).
    fn cap_allows(&self, n: u64) -> u64 {
        match self.plan.max_marketing {
            None => n,
            Some(cap) => n.min(cap.saturating_sub(self.counts.billed())),
        }
    }

    fn too_many(
        &self,
        index: EventRef,
        action: Action,
        n: u64,
        available: u64,
        local: NaiveDateTime,
    ) -> Error {
        let field = if self
            .plan
            .events
            .iter()
            .find(|e| e.index == index)
            .is_some_and(|e| matches!(e.when, crate::plan::When::Daily { .. }))
        {
            "per_day"
        } else {
            "count"
        };
        let at = crate::plan::format_minute(local);
        let pool = match action {
            Action::SetNonMarketing | Action::DeleteMarketing => "marketing",
            _ => "non-marketing or pending",
        };
        Error::new(
            format!("{index}.{field}"),
            ErrorCode::RemovesTooMany,
            format!(
                "{} of {n} at {at} needs {n} {pool} contacts, but only {available} exist then",
                action.code()
            ),
        )
        .with("action", action.code())
        .with("count", n)
        .with("available", available)
        .with("at", local)
    }

    /// Takes `n` from a pool of `available`, or fails (or clamps when lenient).
    fn take(
        &self,
        index: EventRef,
        action: Action,
        n: u64,
        available: u64,
        local: NaiveDateTime,
    ) -> Result<u64, Error> {
        if n <= available {
            Ok(n)
        } else if self.mode.lenient {
            Ok(available)
        } else {
            Err(self.too_many(index, action, n, available, local))
        }
    }

    fn event(
        &mut self,
        at: i64,
        index: EventRef,
        occurrence: u32,
        action: Action,
        amount: u64,
        local: NaiveDateTime,
    ) -> Result<(), Error> {
        let amount = match index {
            EventRef::Event(i) if !action.takes_tier() => {
                amount.saturating_sub(self.mode.withhold.get(i).copied().unwrap_or(0))
            }
            _ => amount,
        };
        let now = self.counts;
        self.blocked = 0;
        match action {
            Action::AddMarketing => {
                let n = amount;
                let allowed = self.cap_allows(n);
                let c = &mut self.counts;
                c.marketing += allowed;
                c.non_marketing += n - allowed;
                self.cap_warning(index, at, n, n - allowed);
            }
            Action::AddNonMarketing => self.counts.non_marketing += amount,
            Action::SetMarketing => {
                let n = self.take(
                    index,
                    action,
                    amount,
                    now.non_marketing + now.pending,
                    local,
                )?;
                // R12: plain non-marketing contacts while the cap has room,
                // then pending ones, which the cap never blocks (they are
                // billed already); only what is left is blocked.
                let (plain, _) = self.counts.plain_first(n);
                let from_plain = self.cap_allows(plain);
                let from_pending = (n - from_plain).min(now.pending);
                let c = &mut self.counts;
                c.non_marketing -= from_plain;
                c.pending -= from_pending;
                c.marketing += from_plain + from_pending;
                self.cap_warning(index, at, n, n - from_plain - from_pending);
            }
            Action::SetNonMarketing => {
                let n = self.take(index, action, amount, now.marketing, local)?;
                let c = &mut self.counts;
                c.marketing -= n;
                c.pending += n;
            }
            Action::DeleteMarketing => {
                let n = self.take(index, action, amount, now.marketing, local)?;
                self.counts.marketing -= n;
            }
            Action::DeleteNonMarketing => {
                let n = self.take(
                    index,
                    action,
                    amount,
                    now.non_marketing + now.pending,
                    local,
                )?;
                let (plain, pending) = self.counts.plain_first(n);
                let c = &mut self.counts;
                c.non_marketing -= plain;
                c.pending -= pending;
            }
            Action::RequestDowngrade => {
                if amount >= self.tier {
                    self.warn(WarningKind::DowngradeNotLower {
                        event: index,
                        requested_tier: amount,
                        tier: self.tier,
                    });
                } else {
                    if let Some((previous, _)) = self.downgrade {
                        self.warn(WarningKind::DowngradeReplaced {
                            event: index,
                            previous_tier: previous,
                            requested_tier: amount,
                        });
                    }
                    self.downgrade = Some((amount, index));
                }
            }
            Action::ChangeTier => {
                if amount > self.tier {
                    self.upgrade(at, amount, UpgradeCause::Manual, index);
                } else if amount < self.tier {
                    self.warn(WarningKind::ChangeTierNotHigher {
                        event: index,
                        requested_tier: amount,
                        tier: self.tier,
                    });
                }
            }
        }
        self.after_event(at, index, occurrence);
        Ok(())
    }

    /// One warning per event: a repeating event adds to its first warning,
    /// which keeps the first instant it blocked. It counts every contact the
    /// event asked for, blocked or not ("kept 500 of the 700").
    fn cap_warning(&mut self, event: EventRef, at: i64, requested: u64, blocked: u64) {
        self.blocked = blocked;
        let Some(cap) = self.plan.max_marketing else {
            return;
        };
        let asked = {
            let total = self.asked.entry(event).or_insert(0);
            *total += requested;
            *total
        };
        let existing = self
            .out
            .warnings
            .iter_mut()
            .find(|w| matches!(w.kind, WarningKind::CapBlocked { event: e, .. } if e == event));
        match existing {
            Some(w) => {
                if let WarningKind::CapBlocked {
                    requested: r,
                    blocked: b,
                    ..
                } = &mut w.kind
                {
                    *r = asked;
                    *b += blocked;
                }
                w.message = w.kind.english();
            }
            None if blocked > 0 => {
                let at = self.stamp(at);
                self.warn(WarningKind::CapBlocked {
                    event,
                    at,
                    requested: asked,
                    blocked,
                    cap,
                });
            }
            None => {}
        }
    }

    /// Notifications against the tier in force, then R7.
    fn after_event(&mut self, at: i64, index: EventRef, occurrence: u32) {
        let billed = self.counts.billed();
        let tier = self.tier;
        let (reached_at, window_start, window_end) = (
            self.stamp(at),
            self.stamp(at + 24 * 3600),
            self.stamp(at + 48 * 3600),
        );
        // Field borrows only: the notifier's iterator and the output list.
        for threshold in self.notifier.check(billed, tier) {
            self.out.notifications.push(Notification {
                threshold,
                reached_at,
                window_start,
                window_end,
                tier,
                billed,
            });
            debug_assert!(threshold != EXCEEDED || billed > tier);
        }
        if billed > self.tier {
            let to = self.plan.prices.tier_for(billed);
            self.out.triggers.push(Trigger {
                upgrade: self.out.upgrades.len(),
                at,
                item: self.item,
                index,
                occurrence,
                billed,
                wanted: billed + self.blocked,
                last_processing: self.last_processing,
            });
            self.upgrade(at, to, UpgradeCause::Automatic, index);
        }
    }

    fn upgrade(&mut self, at: i64, to: u64, cause: UpgradeCause, event: EventRef) {
        let plan = self.plan;
        let from = self.tier;
        let charge_date = crate::zone::local(plan.tz(), at).date() + Duration::days(1);
        let facts = UpgradeFacts {
            at,
            from,
            to,
            charge_date,
        };
        let (lines, amount) = match self.timeline.period_at(at) {
            Some(period) => proration::upgrade_lines(plan, period, facts),
            None => (Vec::new(), Decimal::ZERO),
        };
        let stamp = self.stamp(at);
        if charge_date > plan.until {
            self.warn(WarningKind::ChargeAfterUntil {
                upgrade_at: stamp,
                charge_date,
                amount,
            });
        } else {
            self.out.lines.extend(lines);
        }
        self.out.upgrades.push(Upgrade {
            at: stamp,
            from_tier: from,
            to_tier: to,
            charge_date,
            amount,
            cause,
            billed: self.counts.billed(),
            event,
        });
        self.tier = to;
        self.notifier.reset(self.counts.billed(), to);
    }
}
