//! Property tests: SPEC §5's invariants over random scenarios.
//!
//! The generator makes valid scenarios only; one whose events remove more
//! contacts than exist is rejected (that error is tested elsewhere). Cases:
//! proptest's default (256) in the test command; set `PROPTEST_CASES` for
//! longer runs.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;

use chrono::{Datelike, Duration, NaiveDate};
use proptest::prelude::*;
use serde_json::{json, Value};
use tierwise_engine::{
    self as engine,
    calendar::same_day_months_later,
    outcome::{LineKind, Outcome, UpgradeCause},
    ErrorCode,
};

const ZONES: [&str; 6] = [
    "America/New_York",
    "Europe/London",
    "Australia/Sydney",
    "America/Santiago",
    "UTC",
    "Asia/Kolkata",
];
const ACTIONS: [&str; 8] = [
    "add_marketing",
    "add_marketing",
    "add_non_marketing",
    "set_marketing",
    "set_non_marketing",
    "delete_marketing",
    "delete_non_marketing",
    "set_non_marketing",
];

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Tiers of the example book for an edition: included + k × pack.
fn tier(edition: &str, k: u64) -> u64 {
    match edition {
        "starter" | "basic" => 1000 + 1000 * k,
        "professional" => 2000 + 5000 * k,
        _ => 10000 + 10000 * k,
    }
}

prop_compose! {
    fn event(days: i64, edition: &'static str)(
        offset in 0..days + 5,
        hour in prop::option::of((0u32..24, prop::sample::select(vec![0u32, 30, 59]))),
        kind in 0..10u8,
        action in prop::sample::select(ACTIONS.to_vec()),
        count in prop_oneof![0i64..50, 0i64..3000],
        span in 0i64..40,
        k in 0u64..4,
        months in 0u32..6,
    ) -> (i64, Value) {
        let at = |d: i64| -> String {
            let day = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap() + Duration::days(d);
            match hour {
                Some((h, m)) => format!("{}T{h:02}:{m:02}", date(day)),
                None => date(day),
            }
        };
        let v = match kind {
            0 => json!({ "at": at(offset), "action": "request_downgrade", "tier": tier(edition, k) }),
            1 => json!({ "at": at(offset), "action": "change_tier", "tier": tier(edition, k + 1) }),
            2 => json!({ "from": at(offset).get(..10).unwrap(), "to": at(offset + span).get(..10).unwrap(), "action": action, "per_day": count / 20 }),
            3 => json!({ "at": at(offset), "action": action, "count": count, "every": "month", "through": "PLUS_MONTHS" }),
            _ => json!({ "at": at(offset), "action": action, "count": count }),
        };
        let mut v = v;
        if kind == 3 {
            v["through"] = json!(months);
        }
        (offset, v)
    }
}

prop_compose! {
    fn scenario()(
        edition in prop::sample::select(vec!["starter", "professional", "enterprise", "basic"]),
        term in prop::sample::select(vec!["monthly", "annual"]),
        billing in prop::option::of(prop::sample::select(vec!["monthly", "annual"])),
        start in 0i64..2500,
        as_of_gap in prop_oneof![Just(0i64), 0i64..500],
        horizon in 0i64..500,
        zone in prop::sample::select(ZONES.to_vec()),
        processing in prop::sample::select(vec!["00:00", "12:00", "02:30", "01:30", "23:59"]),
        marketing in 0i64..6000,
        non_marketing in 0i64..20000,
        pending in prop_oneof![Just(0i64), 0i64..400],
        cap in prop::option::of(0i64..15000),
        proration in prop::sample::select(vec!["daily", "seconds", "none"]),
        rounding in prop::sample::select(vec!["half_up", "half_even"]),
        lines in prop::sample::select(vec!["net", "credit_and_charge"]),
        month_end in prop::sample::select(vec!["clamp", "roll"]),
        seeds in prop::collection::vec(any::<u64>(), 0..1),
    )(
        events in prop::collection::vec(event(horizon + 1, edition), 0..20),
        edition in Just(edition), term in Just(term), billing in Just(billing), start in Just(start),
        as_of_gap in Just(as_of_gap), horizon in Just(horizon), zone in Just(zone), processing in Just(processing),
        marketing in Just(marketing), non_marketing in Just(non_marketing), pending in Just(pending), cap in Just(cap),
        proration in Just(proration), rounding in Just(rounding), lines in Just(lines), month_end in Just(month_end),
        _seeds in Just(seeds),
    ) -> Value {
        let day0 = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap();
        let start_d = day0 + Duration::days(start);
        let as_of = start_d + Duration::days(as_of_gap);
        let until = as_of + Duration::days(horizon);
        let epoch = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
        let shift = (as_of - epoch).num_days();
        // Events were generated relative to 2000-01-01; move them to as_of.
        let events: Vec<Value> = events.into_iter().map(|(_, mut e)| {
            for key in ["at", "from", "to"] {
                if let Some(text) = e.get(key).and_then(Value::as_str) {
                    let d = NaiveDate::parse_from_str(&text[..10], "%Y-%m-%d").unwrap() + Duration::days(shift);
                    e[key] = json!(format!("{}{}", date(d), &text[10..]));
                }
            }
            if let Some(m) = e.get("through").and_then(Value::as_u64) {
                let at = NaiveDate::parse_from_str(&e["at"].as_str().unwrap()[..10], "%Y-%m-%d").unwrap();
                e["through"] = json!(date(same_day_months_later(at, m as u32)));
            }
            e
        }).collect();
        let mut account = json!({
            "edition": edition, "term": term, "start": date(start_d), "as_of": date(as_of),
            "timezone": zone, "processing_time": processing,
        });
        if let Some(b) = billing { account["billing"] = json!(b); }
        if let Some(c) = cap { account["max_marketing"] = json!(c); }
        json!({
            "version": 1,
            "account": account,
            "contacts": { "marketing": marketing, "non_marketing": non_marketing, "pending_non_marketing": pending },
            "events": events,
            "until": date(until),
            "assumptions": { "proration": proration, "rounding": rounding, "lines": lines, "month_end": month_end },
        })
    }
}

/// Simulates; `None` for a scenario whose removals run out of contacts.
fn simulate(v: &Value) -> Option<Outcome> {
    let s = engine::from_value(v.clone()).expect("generated scenarios parse");
    match engine::evaluate(&s, engine::Options::FULL) {
        Ok(o) => Some(o),
        Err(e) if e[0].code() == ErrorCode::RemovesTooMany => None,
        Err(e) => panic!("generated scenario failed: {e:?}\n{v:#}"),
    }
}

/// Each occurrence's local date and its change to the total number of contacts.
fn contact_changes(v: &Value) -> Vec<(NaiveDate, i64)> {
    let until = NaiveDate::parse_from_str(v["until"].as_str().unwrap(), "%Y-%m-%d").unwrap();
    let d = |s: &str| NaiveDate::parse_from_str(&s[..10], "%Y-%m-%d").unwrap();
    let mut out = Vec::new();
    for e in v["events"].as_array().unwrap() {
        let sign = match e["action"].as_str().unwrap() {
            "add_marketing" | "add_non_marketing" => 1,
            "delete_marketing" | "delete_non_marketing" => -1,
            _ => 0,
        };
        if let Some(per_day) = e.get("per_day").and_then(Value::as_i64) {
            let mut day = d(e["from"].as_str().unwrap());
            while day <= d(e["to"].as_str().unwrap()) && day <= until {
                out.push((day, sign * per_day));
                day = day.succ_opt().unwrap();
            }
        } else if let Some(through) = e.get("through").and_then(Value::as_str) {
            let at = d(e["at"].as_str().unwrap());
            for n in 0.. {
                let day = same_day_months_later(at, n);
                if day > d(through) || day > until {
                    break;
                }
                out.push((day, sign * e["count"].as_i64().unwrap()));
            }
        } else if let Some(count) = e.get("count").and_then(Value::as_i64) {
            let day = d(e["at"].as_str().unwrap());
            if day <= until {
                out.push((day, sign * count));
            }
        }
    }
    out
}

fn local_dates(stamps: &[engine::outcome::Stamp]) -> Vec<NaiveDate> {
    stamps.iter().map(|s| s.local().date()).collect()
}

/// The seed of the test command's runs, so that one commit gives one verdict
/// on every machine. `scripts/explore.sh` sets `PROPTEST_RNG_SEED` to fresh
/// seeds instead, and prints the seed of any failure.
const FIXED_SEED: u64 = 20_261_201;

/// Default cases (or `PROPTEST_CASES`), with room for the scenarios that
/// run out of contacts and are rejected; a fixed seed unless
/// `PROPTEST_RNG_SEED` names one.
fn config() -> ProptestConfig {
    let mut c = ProptestConfig::default();
    c.max_global_rejects = c.cases.saturating_mul(10);
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        c.rng_seed = proptest::test_runner::RngSeed::Fixed(FIXED_SEED);
    }
    c
}

proptest! {
    #![proptest_config(config())]

    /// Contacts are conserved: the total changes only through add_* and delete_*.
    #[test]
    fn contacts_are_conserved(v in scenario()) {
        let Some(o) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let c = &v["contacts"];
        let initial = c["marketing"].as_i64().unwrap() + c["non_marketing"].as_i64().unwrap() + c["pending_non_marketing"].as_i64().unwrap();
        let changes = contact_changes(&v);
        for day in &o.days {
            let expected = initial + changes.iter().filter(|(d, _)| *d <= day.date).map(|(_, n)| n).sum::<i64>();
            let total = (day.marketing + day.pending_non_marketing + day.non_marketing) as i64;
            prop_assert_eq!(total, expected, "on {}", day.date);
            prop_assert_eq!(day.billed, day.marketing + day.pending_non_marketing);
            prop_assert!(day.peak_billed >= day.billed);
        }
    }

    /// The billed count falls only at a processing instant or through a deletion.
    #[test]
    fn billed_falls_only_at_processing_or_deletion(v in scenario()) {
        let Some(o) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let processing = local_dates(&o.update_dates);
        let deletions: Vec<NaiveDate> = contact_changes(&v).into_iter().filter(|(_, n)| *n < 0).map(|(d, _)| d).collect();
        for pair in o.days.windows(2) {
            if pair[1].billed < pair[0].billed {
                let d = pair[1].date;
                prop_assert!(processing.contains(&d) || deletions.contains(&d), "billed fell on {d} with no processing or deletion");
            }
        }
    }

    /// The tier never falls except at a renewal.
    #[test]
    fn the_tier_falls_only_at_a_renewal(v in scenario()) {
        let Some(o) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let renewals = local_dates(&o.renewals);
        for pair in o.days.windows(2) {
            if pair[1].tier < pair[0].tier {
                prop_assert!(renewals.contains(&pair[1].date), "tier fell on {}", pair[1].date);
            }
        }
        for d in &o.downgrades {
            prop_assert!(o.renewals.contains(&d.at));
        }
    }

    /// Every upgrade has exactly one prorated charge (or one credit-and-charge
    /// pair) dated the next local day, and every automatic one is preceded by
    /// an "exceeded" notification at the same instant, for the exceeded tier.
    #[test]
    fn every_upgrade_has_one_charge_the_next_day(v in scenario()) {
        let Some(o) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let until = o.days.last().unwrap().date;
        let mut expected: BTreeMap<NaiveDate, usize> = BTreeMap::new();
        for u in &o.upgrades {
            prop_assert_eq!(u.charge_date, u.at.local().date().succ_opt().unwrap());
            if u.charge_date <= until {
                *expected.entry(u.charge_date).or_default() += 1;
            }
            if u.cause == UpgradeCause::Automatic {
                prop_assert!(o.notifications.iter().any(|n| n.threshold == 100 && n.reached_at == u.at && n.tier == u.from_tier));
            }
        }
        let pair = v["assumptions"]["lines"] == "credit_and_charge";
        for kind in if pair { vec![LineKind::Credit, LineKind::Charge] } else { vec![LineKind::Proration] } {
            let mut got: BTreeMap<NaiveDate, usize> = BTreeMap::new();
            for l in o.invoice_lines.iter().filter(|l| l.kind == kind) {
                *got.entry(l.date).or_default() += 1;
            }
            prop_assert_eq!(&got, &expected);
        }
        let exceeded = o.notifications.iter().filter(|n| n.threshold == 100).count();
        let automatic = o.upgrades.iter().filter(|u| u.cause == UpgradeCause::Automatic).count();
        prop_assert_eq!(exceeded, automatic);
    }

    /// total = Σ invoice lines; every line is inside the horizon.
    #[test]
    fn the_total_is_the_sum_of_the_lines(v in scenario()) {
        let Some(o) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let sum: rust_decimal::Decimal = o.invoice_lines.iter().map(|l| l.amount).sum();
        prop_assert_eq!(o.total, sum);
        let (first, last) = (o.days[0].date, o.days.last().unwrap().date);
        prop_assert!(o.invoice_lines.iter().all(|l| l.date >= first && l.date <= last));
    }

    /// Same input, same output, to the byte.
    #[test]
    fn the_same_input_gives_the_same_bytes(v in scenario()) {
        let text = v.to_string();
        let run = || {
            let s = engine::parse(&text).unwrap();
            match engine::evaluate(&s, engine::Options::FULL) {
                Ok(o) => serde_json::to_string(&o).unwrap(),
                Err(e) => serde_json::to_string(&e).unwrap(),
            }
        };
        let (a, b) = (run(), run());
        prop_assert_eq!(a, b);
    }

    /// A `set_non_marketing` never lowers the billed count before the next
    /// processing instant: with or without it, every day before that instant's
    /// date bills the same count (R2).
    #[test]
    fn set_non_marketing_never_lowers_billed_before_processing(v in scenario(), pick in any::<prop::sample::Index>()) {
        let events = v["events"].as_array().unwrap();
        let candidates: Vec<usize> = (0..events.len())
            .filter(|&i| events[i]["action"] == "set_non_marketing" && events[i].get("at").is_some() && events[i].get("every").is_none())
            .collect();
        prop_assume!(!candidates.is_empty());
        let i = candidates[pick.index(candidates.len())];
        let Some(with) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let mut without_v = v.clone();
        without_v["events"].as_array_mut().unwrap().remove(i);
        let Some(without) = simulate(&without_v) else { return Err(TestCaseError::reject("ran out without it")) };
        let at = engine::plan::parse_date_time(events[i]["at"].as_str().unwrap(), "").unwrap();
        let next = with.update_dates.iter().map(|s| s.local()).find(|t| *t > at).map(|t| t.date());
        for (a, b) in with.days.iter().zip(&without.days) {
            if next.is_some_and(|n| a.date >= n) {
                break;
            }
            prop_assert_eq!(a.billed, b.billed, "on {} (event on {})", a.date, at);
        }
    }

    /// Splitting an event of N into a and N − a at the same instant changes
    /// nothing but the notifications' order: the day series always stays, and
    /// when no upgrade happens at the split, so do the notifications (as a
    /// set), the upgrades and the total. When the split event upgrades, R7 and
    /// R10 check after every single event, so the first part alone may upgrade
    /// and fire thresholds of the new tier: then the split makes at least as
    /// many upgrades, and when it makes the same ones the total stays.
    #[test]
    fn splitting_an_event_changes_nothing_but_notification_order(v in scenario(), pick in any::<prop::sample::Index>(), share in 0.0f64..1.0) {
        let events = v["events"].as_array().unwrap();
        let splittable: Vec<usize> = (0..events.len()).filter(|&i| events[i].get("count").and_then(Value::as_i64).is_some_and(|n| n >= 2) && events[i].get("every").is_none()).collect();
        prop_assume!(!splittable.is_empty());
        let i = splittable[pick.index(splittable.len())];
        let Some(whole) = simulate(&v) else { return Err(TestCaseError::reject("ran out of contacts")) };
        let n = events[i]["count"].as_i64().unwrap();
        let a = ((n as f64 * share) as i64).clamp(1, n - 1);
        let mut split = v.clone();
        let list = split["events"].as_array_mut().unwrap();
        let mut second = list[i].clone();
        list[i]["count"] = json!(a);
        second["count"] = json!(n - a);
        list.insert(i + 1, second);
        let parts = simulate(&split).expect("a split of a valid scenario is valid");
        prop_assert_eq!(&whole.days, &parts.days);
        let tiers = |o: &Outcome| o.upgrades.iter().map(|u| (u.at, u.from_tier, u.to_tier)).collect::<Vec<_>>();
        let upgraded_at_split = whole.upgrades.iter().any(|u| u.event.event() == Some(i)) || parts.upgrades.iter().any(|u| u.event.event() == Some(i) || u.event.event() == Some(i + 1));
        if !upgraded_at_split {
            let key = |o: &Outcome| { let mut k: Vec<_> = o.notifications.iter().map(|n| (n.reached_at, n.threshold, n.tier)).collect(); k.sort(); k };
            prop_assert_eq!(key(&whole), key(&parts));
            prop_assert_eq!(tiers(&whole), tiers(&parts));
        } else {
            prop_assert!(parts.upgrades.len() >= whole.upgrades.len());
        }
        if tiers(&whole) == tiers(&parts) {
            prop_assert_eq!(whole.total, parts.total);
        }
    }
}

#[test]
fn the_generator_makes_scenarios_that_mostly_simulate() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let mut ok = 0;
    let mut upgrades = 0;
    for _ in 0..200 {
        let v = scenario().new_tree(&mut runner).unwrap().current();
        if let Some(o) = simulate(&v) {
            ok += 1;
            upgrades += o.upgrades.len();
        }
    }
    assert!(ok > 100, "only {ok} of 200 generated scenarios simulate");
    assert!(
        upgrades > 20,
        "the generator rarely makes upgrades ({upgrades})"
    );
    let _ = NaiveDate::from_ymd_opt(2024, 1, 1).unwrap().year();
}

proptest! {
    #![proptest_config(config())]

    /// An invoice copied from the simulation's own lines audits as matching,
    /// and a replay of the scenario's own day series as a history gives the
    /// same upgrades: the audit and the history import agree with the engine.
    #[test]
    fn own_lines_audit_clean_and_own_days_replay_the_same_upgrades(v in scenario()) {
        let Some(o) = simulate(&v) else { return Ok(()) };
        let mut s = engine::from_value(v.clone()).unwrap();
        s.invoice = o
            .invoice_lines
            .iter()
            .map(|l| engine::scenario::InvoiceCharge { date: l.date.to_string(), amount: l.amount.to_string() })
            .collect();
        if !s.invoice.is_empty() {
            let a = engine::evaluate(&s, engine::Options::FULL).unwrap().audit.unwrap();
            prop_assert!(a.matches, "{:?}", a);
        }
        // The day series as a history: upgrades land on the same dates with
        // the same tiers (a history moves each change to 00:00, so times and
        // amounts may differ within the day, not the dates or tiers).
        let mut h = engine::from_value(v.clone()).unwrap();
        h.invoice.clear();
        h.events.retain(|e| e.action.takes_tier());
        h.account.tier = Some(o.days[0].tier as i64);
        h.history = o
            .days
            .iter()
            .map(|d| engine::scenario::HistoryRow { date: d.date.to_string(), billed: d.peak_billed as i64, non_marketing: None })
            .collect();
        // Peaks at 00:00 bill at least as early as the real peaks: the
        // replay's tier is never below the scenario's on any day. Not with a
        // requested downgrade: a request is used up at the renewal that
        // decides it, so the replay's higher peaks can refuse one request
        // and grant a later one that the scenario ignored (its tier was
        // already down), leaving the replay lower for a while.
        let downgrades = h.events.iter().any(|e| e.action == engine::scenario::Action::RequestDowngrade);
        if let (false, Ok(r)) = (downgrades, engine::evaluate(&h, engine::Options::FULL)) {
            for (a, b) in o.days.iter().zip(r.days.iter()) {
                prop_assert!(b.tier >= a.tier, "{}: history tier {} < scenario tier {}", a.date, b.tier, a.tier);
            }
        }
    }

    /// Every generated scenario survives its own JSON: written compact or
    /// pretty, it reads back to the same scenario.
    #[test]
    fn a_scenario_reads_back_from_its_json(v in scenario()) {
        let s = engine::from_value(v).unwrap();
        prop_assert_eq!(&engine::parse(&engine::format::json::to_text(&s)).unwrap(), &s);
        prop_assert_eq!(engine::parse(&engine::format::json::to_pretty(&s)).unwrap(), s);
    }

    /// Any text gives a scenario or an error with a code, never a panic;
    /// a syntax error names a line and column.
    #[test]
    fn any_text_parses_or_says_why(text in "[\\[\\]{}:,\" 0-9.eE+\\-a-z\\\\\n]{0,40}") {
        if let Err(e) = engine::parse(&text) {
            if e.code() == ErrorCode::Syntax {
                prop_assert!(e.param("line").is_some() && e.param("column").is_some());
            }
        }
    }

    /// Nothing a user pastes or drops makes the readers panic, and what they
    /// accept reads back the same.
    #[test]
    fn history_and_invoice_readers_take_any_text(text in "(?s)[0-9a-z,;\"\\-\\.\\r\\n \u{feff}é€$()]{0,200}") {
        if let Ok(rows) = engine::format::history_csv::parse(&text) {
            prop_assert_eq!(engine::format::history_csv::parse(&engine::format::history_csv::write(&rows)).unwrap(), rows);
        }
        let _ = engine::format::invoice_text::parse(&text);
        let csv = format!("date,billed\n{text}");
        let _ = engine::format::history_csv::parse(&csv);
        let _ = engine::format::invoice_text::parse(&format!("2026-01-01,{text}"));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: (config().cases / 4).max(16), ..config() })]

    /// The advisor's answers hold together on any scenario: on an account
    /// without a cap of its own, a cap the count never passes changes
    /// nothing; the timing's cheapest and dearest days bound
    /// every day; and a growth of zero forecasts the scenario's own automatic
    /// upgrades as crossings.
    #[test]
    fn the_advisor_answers_hold_together(v in scenario(), import in 1i64..4000) {
        let Some(o) = simulate(&v) else { return Ok(()) };
        let s = engine::from_value(v.clone()).unwrap();
        let q = engine::advisor::Questions { import: Some(import), growth_per_day: Some(0), ..Default::default() };
        let a = match engine::advisor::advise(&s, &q) {
            Ok(a) => a,
            // Extending to the renewal can run out of contacts in removals
            // the horizon did not reach.
            Err(e) if e.code() == ErrorCode::RemovesTooMany => return Ok(()),
            Err(e) => return Err(TestCaseError::fail(format!("{e}: {v:#}"))),
        };
        let cap = a.cap.as_ref().unwrap();
        prop_assert_eq!(cap.total_without, o.total);
        // The cap tried replaces the account's own: only without one does a
        // cap the count never passes change nothing (a looser cap can cost
        // more). "Blocks nothing" is not enough: under a cap, set_marketing
        // takes pending contacts where it would have taken plain ones (R12),
        // which can keep the count in its tier without blocking anyone.
        let peak = o.days.iter().map(|d| d.peak_billed).max().unwrap_or(0);
        if peak <= cap.cap && v["account"].get("max_marketing").is_none() {
            prop_assert_eq!(cap.blocked, 0);
            prop_assert_eq!(cap.total_with, cap.total_without);
            prop_assert_eq!(cap.upgrades_with, cap.upgrades_without);
        }
        if let Some(t) = &a.timing {
            prop_assert!(t.days.iter().all(|d| t.cheapest.cost <= d.cost && d.cost <= t.dearest.cost));
            prop_assert!(t.days.iter().filter(|d| d.cost == t.cheapest.cost).all(|d| d.date >= t.cheapest.date));
            prop_assert_eq!(t.days.len() as i64, (t.to - t.from).num_days() + 1);
        }
        // That the stay-in-tier advice works when followed is tests/advice.rs's.
        for st in &a.stay_in_tier {
            prop_assert!(st.to_tier > st.from_tier);
        }
        let f = a.forecast.as_ref().unwrap();
        let start = o.days.first().map(|d| d.date).unwrap();
        // Crossings are the upgrades the count causes; the plan's own tier
        // changes (change_tier) exceed nothing.
        let own_upgrades = o.upgrades.iter().filter(|u| u.cause == engine::outcome::UpgradeCause::Automatic && u.at.local().date() >= start && u.at.local().date() <= o.days.last().unwrap().date).count();
        let forecast_upgrades = f.crossings.iter().filter(|c| c.to_tier.is_some() && c.at.local().date() <= o.days.last().unwrap().date).count();
        prop_assert_eq!(forecast_upgrades, own_upgrades);
        prop_assert_eq!(a.terms.iter().filter(|t| t.current).count(), 1);
    }
}
