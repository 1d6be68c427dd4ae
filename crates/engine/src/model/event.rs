//! Planned events: what happens, when, and what it comes from.

use chrono::{NaiveDate, NaiveDateTime};

use crate::scenario::Action;

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Once, at a local date-time.
    At(NaiveDateTime),
    /// On the same day of each month from `at` through a date, clamped at month end.
    Monthly {
        /// The first occurrence.
        at: NaiveDateTime,
        /// The last date an occurrence may fall on.
        through: NaiveDate,
    },
    /// At 00:00 local each day from `from` to `to` inclusive.
    Daily {
        /// The first day.
        from: NaiveDate,
        /// The last day.
        to: NaiveDate,
    },
}

/// What a planned event comes from. At one instant, the scenario's events
/// happen first (in the order listed), then a history's rows, then the
/// advisor's trial import.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventRef {
    /// `events[i]` of the scenario.
    Event(usize),
    /// Row `i` of the scenario's usage `history`.
    HistoryRow(usize),
    /// The import the advisor's timing answer tries on each day.
    TrialImport,
    /// Contacts set to non-marketing before a deadline, which the
    /// stay-in-tier advice tries instead of a smaller import.
    Alternative,
}

impl EventRef {
    /// Its field path: `events[3]`, `history[5]`.
    pub fn path(self) -> String {
        match self {
            EventRef::Event(i) => format!("events[{i}]"),
            EventRef::HistoryRow(i) => format!("history[{i}]"),
            EventRef::TrialImport => "advisor.import".to_string(),
            EventRef::Alternative => "advice.stay_in_tier".to_string(),
        }
    }

    /// The index into the scenario's `events`, for one of them.
    pub fn event(self) -> Option<usize> {
        match self {
            EventRef::Event(i) => Some(i),
            _ => None,
        }
    }
}

impl std::fmt::Display for EventRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.path())
    }
}

/// In results, a scenario event is its index (`"event": 3`) and anything
/// else its path (`"event": "history[5]"`).
impl serde::Serialize for EventRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            EventRef::Event(i) => s.serialize_u64(*i as u64),
            other => s.serialize_str(&other.path()),
        }
    }
}

/// A checked event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlannedEvent {
    /// What it comes from.
    pub index: EventRef,
    /// Its schedule.
    pub when: When,
    /// What it does.
    pub action: Action,
    /// Contacts per occurrence, or the tier for tier actions.
    pub amount: u64,
}

impl PlannedEvent {
    /// How many times this event happens up to `until` (an upper bound when
    /// `until` is unknown).
    pub(crate) fn occurrences(&self, until: Option<NaiveDate>) -> usize {
        match self.when {
            When::At(_) => 1,
            When::Daily { from, to } => {
                let to = until.map_or(to, |u| to.min(u));
                ((to - from).num_days() + 1).max(0) as usize
            }
            When::Monthly { at, through } => {
                let through = until.map_or(through, |u| through.min(u));
                let months =
                    (chrono::Datelike::year(&through) - chrono::Datelike::year(&at.date())) * 12
                        + chrono::Datelike::month(&through) as i32
                        - chrono::Datelike::month(&at.date()) as i32;
                (months + 1).max(0) as usize
            }
        }
    }
}
