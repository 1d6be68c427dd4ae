//! Everything that happens in the horizon, as one ordered list (SPEC §3).
//!
//! At one instant: processing, then renewal, then the recurring charge of a
//! billing period that starts then, then events in the order of their `at` and,
//! for equal `at`, in the order listed. The timeline is built once per
//! scenario and can be replayed (the advisor replays it with changes).

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::calendar::{self, Period};

use crate::outcome::WarningKind;
use crate::plan::{EventRef, Plan, When};
use crate::scenario::Action;
use crate::zone;

/// What happens at an item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Pending contacts become non-marketing (R2).
    Processing,
    /// A renewal: a requested downgrade is decided (R9).
    Renewal,
    /// A billing period starts: its recurring charge (R8). Index into `periods`.
    PeriodStart(usize),
    /// One occurrence of an event.
    Event {
        /// The event it comes from.
        index: EventRef,
        /// Which occurrence (0 for one-off events).
        occurrence: u32,
        /// What it does.
        action: Action,
        /// Contacts, or the tier.
        amount: u64,
        /// Its local date-time.
        local: NaiveDateTime,
    },
}

/// One thing at one instant.
#[derive(Debug, Clone, Copy)]
pub struct Item {
    /// Unix seconds.
    pub at: i64,
    /// What happens.
    pub kind: Kind,
}

impl Item {
    fn key(&self) -> (i64, u8, usize, Option<EventRef>, u32) {
        match self.kind {
            Kind::Processing => (self.at, 0, 0, None, 0),
            Kind::Renewal => (self.at, 1, 0, None, 0),
            Kind::PeriodStart(i) => (self.at, 2, i, None, 0),
            Kind::Event {
                index, occurrence, ..
            } => (self.at, 3, 0, Some(index), occurrence),
        }
    }
}

/// The ordered horizon.
#[derive(Debug, Clone)]
pub struct Timeline {
    /// Everything, in order.
    pub items: Vec<Item>,
    /// Instants where each local day starts: `days + 1` entries.
    pub day_starts: Vec<i64>,
    /// The local dates, `days` entries.
    pub dates: Vec<NaiveDate>,
    /// Billing periods overlapping the horizon, in order.
    pub periods: Vec<Period>,
    /// Processing instants.
    pub update_dates: Vec<i64>,
    /// Renewal instants.
    pub renewals: Vec<i64>,
    /// Warnings found while building (events after `until`).
    pub warnings: Vec<WarningKind>,
}

impl Timeline {
    /// Lays out the horizon of a checked plan.
    pub fn new(plan: &Plan) -> Timeline {
        let cal = &plan.calendar;
        let mut dates = Vec::new();
        let mut d = plan.as_of;
        while d <= plan.until {
            dates.push(d);
            d = d.succ_opt().unwrap_or(d);
            if dates.len() > 20_000 {
                break;
            }
        }
        let mut day_starts: Vec<i64> = dates.iter().map(|d| cal.midnight(*d)).collect();
        let end_date = plan.until.succ_opt().unwrap_or(plan.until);
        let (start, end) = (cal.midnight(plan.as_of), cal.midnight(end_date));
        day_starts.push(end);

        let in_horizon = |t: &i64| *t >= start && *t < end;
        let update_dates: Vec<i64> = cal
            .update_dates(plan.term, plan.as_of, plan.until)
            .into_iter()
            .filter(in_horizon)
            .collect();
        let renewals: Vec<i64> = cal
            .renewals(plan.term, plan.as_of, plan.until)
            .into_iter()
            .filter(in_horizon)
            .collect();
        let periods = cal.periods(plan.billing, start, end);

        let mut items = Vec::with_capacity(
            update_dates.len() + renewals.len() + periods.len() + plan.events.len(),
        );
        // The counts given at `as_of` are the state at its first instant, after
        // any processing then: pending contacts wait for the next processing
        // instant (the reading that bills more).
        items.extend(
            update_dates
                .iter()
                .filter(|&&at| at > start)
                .map(|&at| Item {
                    at,
                    kind: Kind::Processing,
                }),
        );
        items.extend(renewals.iter().map(|&at| Item {
            at,
            kind: Kind::Renewal,
        }));
        for (i, p) in periods.iter().enumerate() {
            if in_horizon(&p.start) {
                items.push(Item {
                    at: p.start,
                    kind: Kind::PeriodStart(i),
                });
            }
        }
        let mut warnings = Vec::new();
        for e in &plan.events {
            let before = items.len();
            let mut replaced = false;
            let mut push = |occurrence: u32, local: NaiveDateTime| {
                if let Some((_, last)) = plan.history {
                    if matches!(e.index, EventRef::Event(_))
                        && !e.action.takes_tier()
                        && local.date() <= last
                    {
                        replaced = true;
                        return;
                    }
                }
                items.push(Item {
                    at: zone::instant(&cal.tz, local),
                    kind: Kind::Event {
                        index: e.index,
                        occurrence,
                        action: e.action,
                        amount: e.amount,
                        local,
                    },
                });
            };
            match e.when {
                When::At(at) => {
                    if at.date() <= plan.until {
                        push(0, at);
                    }
                }
                When::Monthly { at, through } => {
                    for n in 0.. {
                        let day = calendar::same_day_months_later(at.date(), n);
                        if day > through || day > plan.until {
                            break;
                        }
                        push(n, day.and_time(at.time()));
                    }
                }
                When::Daily { from, to } => {
                    let mut day = from;
                    let mut n = 0;
                    while day <= to && day <= plan.until {
                        push(n, day.and_time(NaiveTime::MIN));
                        n += 1;
                        match day.succ_opt() {
                            Some(next) => day = next,
                            None => break,
                        }
                    }
                }
            }
            if items.len() == before && !replaced {
                warnings.push(WarningKind::EventAfterUntil {
                    event: e.index,
                    until: plan.until,
                });
            }
        }
        items.sort_by_key(Item::key);
        Timeline {
            items,
            day_starts,
            dates,
            periods,
            update_dates,
            renewals,
            warnings,
        }
    }

    /// The billing period that contains instant `at`.
    pub fn period_at(&self, at: i64) -> Option<&Period> {
        let i = self.periods.partition_point(|p| p.start <= at);
        i.checked_sub(1).and_then(|i| self.periods.get(i))
    }
}
