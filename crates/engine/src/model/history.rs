//! A usage history: daily billed counts that replace the contact events on
//! their own dates.
//!
//! The account's usage page charts one billed count per local day (R11). A
//! history holds those counts, one row per day, ascending; a missing day
//! carries the previous count forward. Simulating with a history:
//! - starts on the history's first date, with its count as the marketing
//!   contacts (nothing pending) and the scenario's tier, if given, as the tier
//!   on that date;
//! - turns each day's change into an event at 00:00 local that day: a rise
//!   adds marketing contacts (R1, counted at once), a fall deletes them (R6,
//!   capacity freed at once, the tier kept). Only the billed count matters to
//!   tiers, upgrades, notifications and charges, so this reproduces them;
//! - drops the scenario's contact events on the history's dates: the history
//!   already holds what happened. Tier events (`request_downgrade`,
//!   `change_tier`) stay, and planned events after the last date continue
//!   from the last count;
//! - simulates at least through the last date.

use chrono::{NaiveDate, NaiveTime};

use crate::error::{Error, ErrorCode};
use crate::event::{EventRef, PlannedEvent, When};
use crate::fields as plan;
use crate::scenario::{Action, HistoryRow};

/// The most rows a history may have (50 years of days).
pub const MAX_ROWS: usize = 18_300;

/// A checked history.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct History {
    /// The first date, where the simulation begins.
    pub first: NaiveDate,
    /// The last date; contact events up to it are replaced.
    pub last: NaiveDate,
    /// Billed count on the first date.
    pub billed: u64,
    /// Non-marketing count on the first date.
    pub non_marketing: u64,
    /// The changes after the first date, as events.
    pub events: Vec<PlannedEvent>,
}

/// The error for a history over [`MAX_ROWS`], from a file or a scenario.
fn too_many_rows(rows: usize) -> Error {
    Error::too_many("history", rows, MAX_ROWS, "rows")
}

/// Checks history rows (paths `history[i].date` and so on) and turns them
/// into events. `start` is the purchase date; no row may come before it.
/// `non_marketing` is the count on the first date when its row has none.
///
/// # Errors
/// Every bad row: an unparsable date or count, a date out of order, repeated,
/// or before the purchase, or too many rows.
pub fn check(
    rows: &[HistoryRow],
    start: Option<NaiveDate>,
    non_marketing: u64,
) -> Result<Option<History>, Vec<Error>> {
    if rows.is_empty() {
        return Ok(None);
    }
    if rows.len() > MAX_ROWS {
        return Err(vec![too_many_rows(rows.len())]);
    }
    let mut errors = Vec::new();
    let mut parsed: Vec<(NaiveDate, u64, Option<u64>)> = Vec::with_capacity(rows.len());
    let mut previous: Option<NaiveDate> = None;
    for (i, row) in rows.iter().enumerate() {
        let p = |f: &str| format!("history[{i}].{f}");
        let date = match plan::parse_date(&row.date, &p("date")) {
            Ok(d) => Some(d),
            Err(e) => {
                errors.push(e);
                None
            }
        };
        if let Some(d) = date {
            if let Some(prev) = previous {
                if d <= prev {
                    errors.push(
                        Error::new(
                            p("date"),
                            ErrorCode::HistoryOutOfOrder,
                            format!("{d} does not come after the previous row's {prev}; rows must be ascending, one per day"),
                        )
                        .with("date", d)
                        .with("previous", prev),
                    );
                }
            } else if let Some(start) = start.filter(|&s| d < s) {
                errors.push(
                    Error::new(
                        p("date"),
                        ErrorCode::AsOfBeforeStart,
                        format!("{d} is before the purchase date {start}"),
                    )
                    .with("as_of", d)
                    .with("start", start),
                );
            }
            previous = Some(d);
        }
        let billed = plan::count(row.billed, &p("billed"))
            .map_err(|e| errors.push(e))
            .ok();
        let non_marketing = match row.non_marketing {
            Some(n) => match plan::count(n, &p("non_marketing")) {
                Ok(n) => Some(Some(n)),
                Err(e) => {
                    errors.push(e);
                    None
                }
            },
            None => Some(None),
        };
        if let (Some(d), Some(b), Some(n)) = (date, billed, non_marketing) {
            parsed.push((d, b, n));
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let (first, billed, first_nm) = parsed[0];
    let non_marketing = first_nm.unwrap_or(non_marketing);
    let mut events = Vec::new();
    let (mut b, mut n) = (billed, non_marketing);
    for (row, &(date, nb, nn)) in parsed.iter().enumerate().skip(1) {
        let at = When::At(date.and_time(NaiveTime::MIN));
        let mut push = |action, amount| {
            events.push(PlannedEvent {
                index: EventRef::HistoryRow(row),
                when: at,
                action,
                amount,
            });
        };
        // Non-marketing first: an import that arrives as non-marketing and a
        // rise in marketing on the same day never remove what is not there.
        if let Some(new) = nn {
            if new > n {
                push(Action::AddNonMarketing, new - n);
            } else if new < n {
                push(Action::DeleteNonMarketing, n - new);
            }
            n = new;
        }
        if nb > b {
            push(Action::AddMarketing, nb - b);
        } else if nb < b {
            push(Action::DeleteMarketing, b - nb);
        }
        b = nb;
    }
    Ok(Some(History {
        first,
        last: parsed[parsed.len() - 1].0,
        billed,
        non_marketing,
        events,
    }))
}
