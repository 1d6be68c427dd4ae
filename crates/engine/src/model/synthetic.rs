//! Synthetic scenarios of a chosen size, for benchmarks and load tests.
//!
//! Deterministic (a fixed linear congruential generator): the same size and
//! seed give the same scenario on every machine, natively and in wasm, so
//! native and browser timings measure the same work.

use chrono::{Duration, NaiveDate};

use crate::scenario::{
    Account, Action, Assumptions, Contacts, Edition, EventSpec, Scenario, Term, FORMAT_VERSION,
};

/// A growing Professional account (annual term, monthly billing) over
/// `years` from 2026-01-01, with `events` events spread evenly: imports, flips
/// to non-marketing, deletions, daily flows and monthly repeats. Removals never
/// take more than exist.
pub fn scenario(events: usize, years: u32, seed: u64) -> Scenario {
    let start = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default();
    let until = crate::calendar::anniversary(start, years * 12, crate::scenario::MonthEnd::Clamp)
        - Duration::days(1);
    let days = (until - start).num_days().max(1);
    let mut rng = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut next = |bound: u64| {
        rng = rng
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (rng >> 33) % bound.max(1)
    };
    // Conservative running counts: removals are sized from these.
    let (mut marketing, mut others) = (5000u64, 20000u64);
    let mut list = Vec::with_capacity(events);
    for i in 0..events {
        let day = start + Duration::days((i as i64 * days) / events.max(1) as i64);
        let at = if next(3) == 0 {
            format!("{day}T{:02}:{:02}", next(24), next(60))
        } else {
            day.to_string()
        };
        let roll = next(100);
        let mut e = EventSpec {
            at: Some(at),
            ..EventSpec::default()
        };
        if roll < 45 {
            let n = 1 + next(40);
            marketing += n;
            e.action = Action::AddMarketing;
            e.count = Some(n as i64);
        } else if roll < 60 {
            let n = next(30);
            others += n;
            e.action = Action::AddNonMarketing;
            e.count = Some(n as i64);
        } else if roll < 75 {
            let n = next(marketing / 100 + 1).min(marketing);
            marketing -= n;
            others += n;
            e.action = Action::SetNonMarketing;
            e.count = Some(n as i64);
        } else if roll < 85 {
            let n = next(others / 200 + 1).min(others);
            others -= n;
            marketing += n;
            e.action = Action::SetMarketing;
            e.count = Some(n as i64);
        } else if roll < 93 {
            let n = next(marketing / 200 + 1).min(marketing);
            marketing -= n;
            e.action = Action::DeleteMarketing;
            e.count = Some(n as i64);
        } else if roll < 97 {
            let n = next(others / 200 + 1).min(others);
            others -= n;
            e.action = Action::DeleteNonMarketing;
            e.count = Some(n as i64);
        } else {
            // A short daily flow of imports.
            let span = 1 + next(10) as i64;
            let per_day = 1 + next(5);
            marketing += per_day * span as u64;
            e.at = None;
            e.from = Some(day.to_string());
            e.to = Some((day + Duration::days(span - 1)).to_string());
            e.action = Action::AddMarketing;
            e.per_day = Some(per_day as i64);
        }
        list.push(e);
    }
    Scenario {
        version: FORMAT_VERSION,
        name: Some(format!("Synthetic: {events} events over {years} years")),
        account: Account {
            edition: Edition::Professional,
            term: Term::Annual,
            billing: Some(Term::Monthly),
            start: start.to_string(),
            as_of: None,
            timezone: "America/New_York".to_string(),
            processing_time: "00:00".to_string(),
            tier: None,
            max_marketing: None,
        },
        prices: None,
        contacts: Contacts {
            marketing: 5000,
            non_marketing: 20000,
            pending_non_marketing: 0,
        },
        events: list,
        until: until.to_string(),
        assumptions: Assumptions::default(),
        history: Vec::new(),
        invoice: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn synthetic_scenarios_simulate_and_grow() {
        for (events, years) in [(0, 1), (50, 3), (1000, 10), (10_000, 10)] {
            let s = scenario(events, years, 1);
            let o = crate::evaluate(&s, crate::Options::FULL)
                .unwrap_or_else(|e| panic!("{events}/{years}: {e:?}"));
            assert_eq!(
                o.days.len() as i64,
                (NaiveDate::parse_from_str(&s.until, "%Y-%m-%d").unwrap()
                    - NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
                .num_days()
                    + 1
            );
        }
        assert_eq!(scenario(50, 3, 7), scenario(50, 3, 7));
    }
}
