//! The stay-in-tier advice works when it is followed (SPEC §4,
//! `advice.stay_in_tier`, revised 2026-12-07; issue 24, item 2).
//!
//! Each check applies the advice to the scenario itself (its counts
//! lowered, or contacts set to non-marketing before a deadline) and
//! simulates that scenario like any other: nothing here calls the advice's
//! own replays.
//!
//! The property runs 1,000 cases on a fixed seed (`PROPTEST_CASES` and
//! `PROPTEST_RNG_SEED` override). Its scenarios use a small price book
//! (tiers of 20 or 30 contacts and packs of 5 or 10), so that a brute-force
//! search over every way to shrink up to three events stays cheap; the rules
//! are the same at any scale.
#![cfg(not(target_arch = "wasm32"))]

use chrono::{Duration, NaiveDate};
use proptest::prelude::*;
use rust_decimal::Decimal;
use serde_json::{json, Value};
use tierwise_engine::{
    self as engine,
    calendar::same_day_months_later,
    outcome::{NoDeadline, StayInTier, Unavoidable, UpgradeCause},
    simulate::{self, Mode},
    timeline::Timeline,
    Plan,
};

fn date(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn day(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(&text[..10], "%Y-%m-%d").unwrap()
}

/// An automatic upgrade: its instant, and the tiers it moves between.
type Upgrade = (i64, u64, u64);

/// What a plain simulation gives, without the advice: the total and the
/// automatic upgrades (their instant and tiers); `None` when
/// the scenario does not simulate (a removal takes more than exists).
fn bare(v: &Value) -> Option<(Decimal, Vec<Upgrade>)> {
    let s = engine::from_value(v.clone()).expect("generated scenarios parse");
    let plan = Plan::new(&s).expect("generated scenarios check");
    let run = simulate::run(&plan, &Timeline::new(&plan), Mode::default()).ok()?;
    let automatic = run
        .upgrades
        .iter()
        .filter(|u| u.cause == UpgradeCause::Automatic)
        .map(|u| (u.at.unix, u.from_tier, u.to_tier))
        .collect();
    Some((run.total, automatic))
}

/// The field that holds an event's count: `per_day` or `count`.
fn count_field(e: &Value) -> &'static str {
    if e.get("per_day").is_some() {
        "per_day"
    } else {
        "count"
    }
}

/// `v` with each event `i` of `fewer` adding `n` fewer per occurrence.
fn shrunk(v: &Value, fewer: &[(usize, u64)]) -> Value {
    let mut v = v.clone();
    for &(i, n) in fewer {
        let e = &mut v["events"][i];
        let field = count_field(e);
        let now = e[field].as_u64().unwrap();
        assert!(n <= now, "advice shrinks event {i} by {n}, below nothing");
        e[field] = json!(now - n);
    }
    v
}

/// The changes of an advice, as (event, contacts).
fn changes(advice: &[StayInTier]) -> Vec<(usize, u64)> {
    advice
        .iter()
        .filter(|a| a.unavoidable.is_none())
        .map(|a| {
            (
                a.event
                    .and_then(|e| e.event())
                    .expect("a change names its event"),
                a.contacts,
            )
        })
        .collect()
}

/// How many times event `i` happens from `as_of` through `until`.
fn occurrences(v: &Value, i: usize) -> u64 {
    let e = &v["events"][i];
    let until = day(v["until"].as_str().unwrap());
    if let Some(from) = e.get("from").and_then(Value::as_str) {
        let to = day(e["to"].as_str().unwrap()).min(until);
        return ((to - day(from)).num_days() + 1).max(0) as u64;
    }
    let at = day(e["at"].as_str().unwrap());
    match e.get("through").and_then(Value::as_str) {
        None => u64::from(at <= until),
        Some(through) => (0..)
            .map(|n| same_day_months_later(at, n))
            .take_while(|d| *d <= day(through) && *d <= until)
            .count() as u64,
    }
}

/// The contacts a set of changes gives up over the horizon.
fn cost(v: &Value, fewer: &[(usize, u64)]) -> u64 {
    fewer.iter().map(|&(i, n)| n * occurrences(v, i)).sum()
}

/// The local minute before an RFC 3339 instant (`2027-01-01T00:00:00-05:00`).
fn minute_before(stamp: &str) -> String {
    let t = chrono::DateTime::parse_from_rfc3339(stamp).unwrap();
    let local = t.naive_local() - Duration::minutes(1);
    local.format("%Y-%m-%dT%H:%M").to_string()
}

/// Every way to shrink the events in `events` (each from nothing to all of
/// it): the fewest contacts given up with no automatic upgrade left, if
/// any way avoids them all.
fn brute_force(v: &Value, events: &[usize]) -> Option<(u64, Vec<(usize, u64)>)> {
    let amounts: Vec<u64> = events
        .iter()
        .map(|&i| {
            v["events"][i][count_field(&v["events"][i])]
                .as_u64()
                .unwrap()
        })
        .collect();
    let mut best: Option<(u64, Vec<(usize, u64)>)> = None;
    let mut pick = vec![0u64; events.len()];
    loop {
        let fewer: Vec<(usize, u64)> = events.iter().copied().zip(pick.iter().copied()).collect();
        let c = cost(v, &fewer);
        if best.as_ref().is_none_or(|b| c < b.0)
            && bare(&shrunk(v, &fewer)).is_some_and(|(_, up)| up.is_empty())
        {
            best = Some((c, fewer));
        }
        // The next combination, like an odometer.
        let mut k = 0;
        loop {
            if k == pick.len() {
                return best;
            }
            if pick[k] < amounts[k] {
                pick[k] += 1;
                break;
            }
            pick[k] = 0;
            k += 1;
        }
    }
}

/// The events that can shrink: imports and `set_marketing`, with a count.
fn adjustable(v: &Value) -> Vec<usize> {
    v["events"]
        .as_array()
        .unwrap()
        .iter()
        .enumerate()
        .filter(|(_, e)| {
            matches!(
                e["action"].as_str(),
                Some("add_marketing" | "set_marketing")
            )
        })
        .filter(|(_, e)| e[count_field(e)].as_u64().is_some_and(|n| n > 0))
        .map(|(i, _)| i)
        .collect()
}

/// The checks, on one scenario. Returns whether the brute force ran.
fn check_advice(v: &Value) -> Result<bool, TestCaseError> {
    let s = engine::from_value(v.clone()).unwrap();
    let o = match engine::evaluate(&s, engine::Options::FULL) {
        Ok(o) => o,
        Err(_) => return Ok(false),
    };
    let advice = &o.advice.stay_in_tier;
    let automatic = o
        .upgrades
        .iter()
        .filter(|u| u.cause == UpgradeCause::Automatic)
        .count();
    prop_assert_eq!(
        advice.is_empty(),
        automatic == 0,
        "advice without upgrades, or none with"
    );
    let mut unavoidable: Vec<Upgrade> = advice
        .iter()
        .filter(|a| a.unavoidable.is_some())
        .map(|a| (a.upgrade_at.unix, a.from_tier, a.to_tier))
        .collect();
    unavoidable.sort();
    prop_assert!(advice
        .iter()
        .all(|a| a.unavoidable != Some(Unavoidable::SearchLimit)));
    let fewer = changes(advice);
    // Applied together, the changes leave only the upgrades said to be
    // unavoidable.
    let (total, left) = bare(&shrunk(v, &fewer))
        .ok_or_else(|| TestCaseError::fail("the advice, followed, does not simulate"))?;
    prop_assert_eq!(
        &left,
        &unavoidable,
        "upgrades left after following the advice"
    );
    // Each entry's saving is that of it and every change before it (none
    // when only the whole advice simulates: see `StayInTier::saving`).
    for (n, a) in advice
        .iter()
        .filter(|a| a.unavoidable.is_none())
        .enumerate()
    {
        let prefix = bare(&shrunk(v, &fewer[..=n])).map(|(t, _)| o.total - t);
        prop_assert_eq!(a.saving, prefix, "saving of entry {}", n);
    }
    if let Some(last) = advice.iter().rfind(|a| a.unavoidable.is_none()) {
        prop_assert_eq!(last.saving, Some(o.total - total));
    }
    // A deadline works too: the same count set to non-marketing a minute
    // before it, instead of the smaller import, with the other changes.
    for (n, a) in advice
        .iter()
        .filter(|a| a.unavoidable.is_none())
        .enumerate()
    {
        let Some(deadline) = &a.deadline else {
            continue;
        };
        let mut others = fewer.clone();
        others.remove(n);
        let mut w = shrunk(v, &others);
        w["events"].as_array_mut().unwrap().push(json!({
            "at": minute_before(&deadline.rfc3339()),
            "action": "set_non_marketing",
            "count": a.contacts,
        }));
        let (_, left) = bare(&w).ok_or_else(|| {
            TestCaseError::fail(format!("entry {n}'s deadline, followed, does not simulate"))
        })?;
        prop_assert_eq!(
            &left,
            &unavoidable,
            "upgrades left after entry {}'s deadline",
            n
        );
    }
    // "No update date comes before it" is said only when none does.
    for a in advice
        .iter()
        .filter(|a| a.no_deadline == Some(NoDeadline::NoUpdateDate))
    {
        let i = a.event.and_then(|e| e.event()).unwrap();
        let at = v["events"][i]["at"].as_str().unwrap();
        let at = if at.len() == 10 {
            format!("{at}T00:00")
        } else {
            at.to_string()
        };
        let start = format!("{}T00:00", date(o.days[0].date));
        let between = o
            .update_dates
            .iter()
            .map(|u| u.rfc3339()[..16].to_string())
            .find(|u| *u > start && *u <= at);
        prop_assert_eq!(
            between,
            None,
            "event {} at {} has an update date before it",
            i,
            at
        );
    }
    // The fewest: one contact less on any change brings an upgrade back.
    for k in 0..fewer.len() {
        let mut less = fewer.clone();
        less[k].1 -= 1;
        let back = bare(&shrunk(v, &less))
            .is_none_or(|(_, up)| up.iter().any(|u| !unavoidable.contains(u)));
        prop_assert!(back, "change {} works with one contact less", k);
    }
    // And no way to shrink up to three events gives up fewer contacts.
    let events = adjustable(v);
    let combinations: u64 = events
        .iter()
        .map(|&i| {
            v["events"][i][count_field(&v["events"][i])]
                .as_u64()
                .unwrap()
                + 1
        })
        .product();
    if events.len() > 3 || combinations > 2000 || !unavoidable.is_empty() || automatic == 0 {
        return Ok(false);
    }
    let best = brute_force(v, &events);
    prop_assert_eq!(
        best.as_ref().map(|b| b.0),
        Some(cost(v, &fewer)),
        "the brute force finds another minimum: {:?}, not {:?}",
        best,
        fewer
    );
    Ok(true)
}

prop_compose! {
    /// One event of the plan: an import or `set_marketing` (once, monthly,
    /// or daily), or something else that moves contacts or the tier.
    fn event(horizon: i64)(
        offset in prop_oneof![prop::sample::select(vec![0i64, 3, 3, 10, 20]), 0..horizon],
        time in prop::sample::select(vec!["", "", "T00:00", "T12:00", "T09:30"]),
        shape in 0u8..10,
        adds in prop::sample::select(vec!["add_marketing", "add_marketing", "set_marketing"]),
        other in prop::sample::select(vec!["set_non_marketing", "set_non_marketing", "delete_marketing", "add_non_marketing", "delete_non_marketing", "request_downgrade"]),
        count in 1u64..9,
        per_day in 1u64..4,
        span in 1i64..9,
        months in 1u32..4,
    ) -> (i64, Value) {
        let v = match shape {
            0..=3 => json!({ "at": format!("D{offset}{time}"), "action": adds, "count": count }),
            4 => json!({ "at": format!("D{offset}{time}"), "action": adds, "count": count.min(4), "every": "month", "through": months }),
            5 => json!({ "from": format!("D{offset}"), "to": format!("D{}", offset + span), "action": adds, "per_day": per_day }),
            _ if other == "request_downgrade" => json!({ "at": format!("D{offset}{time}"), "action": other, "tier": 0 }),
            _ => json!({ "at": format!("D{offset}{time}"), "action": other, "count": count }),
        };
        (offset, v)
    }
}

prop_compose! {
    fn scenario()(
        included in prop::sample::select(vec![20i64, 30]),
        pack in prop::sample::select(vec![5i64, 10]),
        band in any::<bool>(),
        term in prop::sample::select(vec!["annual", "annual", "monthly"]),
        billing in prop::sample::select(vec!["monthly", "annual"]),
        start in 0i64..400,
        gap in 0i64..60,
        horizon in 20i64..150,
        zone in prop::sample::select(vec!["America/New_York", "Europe/Stockholm", "Australia/Sydney", "UTC"]),
        processing in prop::sample::select(vec!["00:00", "00:00", "12:00"]),
        below in 0i64..10,
        non_marketing in 0i64..40,
        pending in prop_oneof![Just(0i64), 0i64..6],
        explicit_tier in any::<bool>(),
        cap in prop::option::of(0i64..25),
    )(
        events in prop::collection::vec(event(horizon), 1..7),
        included in Just(included), pack in Just(pack), band in Just(band), term in Just(term),
        billing in Just(billing), start in Just(start), gap in Just(gap), horizon in Just(horizon),
        zone in Just(zone), processing in Just(processing), below in Just(below),
        non_marketing in Just(non_marketing), pending in Just(pending),
        explicit_tier in Just(explicit_tier), cap in Just(cap),
    ) -> Value {
        let start_d = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap() + Duration::days(start);
        let as_of = start_d + Duration::days(gap);
        let until = as_of + Duration::days(horizon);
        let marketing = included - below;
        let events: Vec<Value> = events.into_iter().map(|(_, mut e)| {
            for key in ["at", "from", "to"] {
                if let Some(text) = e.get(key).and_then(Value::as_str).map(str::to_string) {
                    let (n, time) = text[1..].split_once('T').map_or((&text[1..], ""), |(n, _)| (n, &text[text.find('T').unwrap()..]));
                    let d = as_of + Duration::days(n.parse::<i64>().unwrap());
                    e[key] = json!(format!("{}{time}", date(d)));
                }
            }
            if let Some(m) = e.get("through").and_then(Value::as_u64) {
                e["through"] = json!(date(same_day_months_later(day(e["at"].as_str().unwrap()), m as u32)));
            }
            if e.get("tier").is_some() {
                e["tier"] = json!(included);
            }
            e
        }).collect();
        let mut bands = Vec::new();
        if band {
            bands.push(json!({ "from": included + 2 * pack + 1, "pack_price": "6.00" }));
        }
        let mut account = json!({
            "edition": "professional", "term": term, "billing": billing,
            "start": date(start_d), "as_of": date(as_of),
            "timezone": zone, "processing_time": processing,
        });
        if explicit_tier {
            account["tier"] = json!(included + pack);
        }
        if let Some(c) = cap {
            account["max_marketing"] = json!(included + c);
        }
        json!({
            "version": 1,
            "account": account,
            "prices": { "name": "Small", "currency": "USD", "editions": { "professional": {
                "included": included, "base": "100.00", "pack_size": pack, "pack_price": "10.00", "bands": bands,
            } } },
            "contacts": { "marketing": marketing, "non_marketing": non_marketing, "pending_non_marketing": pending },
            "events": events,
            "until": date(until),
        })
    }
}

fn config() -> ProptestConfig {
    let mut c = ProptestConfig::with_cases(1000);
    if let Some(n) = std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
    {
        c.cases = n;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        c.rng_seed = proptest::test_runner::RngSeed::Fixed(20_261_207);
    }
    c
}

proptest! {
    #![proptest_config(config())]

    /// Applied together, the advice avoids every upgrade but those it says
    /// are unavoidable; each saving is what its changes save; a deadline
    /// works in place of its change; one contact less on any change brings
    /// an upgrade back; and, for up to three events that can shrink, no way
    /// to shrink them gives up fewer contacts.
    #[test]
    fn the_advice_works_when_followed(v in scenario()) {
        check_advice(&v)?;
    }
}

/// The generator reaches the cases that matter: upgrades to avoid, and
/// many of them small enough to search by brute force.
#[test]
fn the_generator_makes_upgrades_to_avoid() {
    use proptest::strategy::ValueTree;
    let mut runner = proptest::test_runner::TestRunner::new(config());
    let (mut upgrading, mut searched, mut several) = (0, 0, 0);
    for _ in 0..200 {
        let v = scenario().new_tree(&mut runner).unwrap().current();
        let s = engine::from_value(v.clone()).unwrap();
        let Ok(o) = engine::evaluate(&s, engine::Options::FULL) else {
            continue;
        };
        if o.upgrades
            .iter()
            .any(|u| u.cause == UpgradeCause::Automatic)
        {
            upgrading += 1;
            several += usize::from(changes(&o.advice.stay_in_tier).len() > 1);
            searched += usize::from(check_advice(&v).unwrap());
        }
    }
    assert!(upgrading >= 80, "{upgrading} of 200 upgrade");
    assert!(several >= 20, "{several} of 200 need several changes");
    assert!(
        searched >= 50,
        "{searched} of 200 compared with a brute force"
    );
}

fn scenario_with(events: Value) -> Value {
    json!({
        "version": 1,
        "account": { "edition": "professional", "term": "annual", "billing": "monthly",
                     "start": "2026-01-01", "as_of": "2026-11-26", "tier": 7000 },
        "contacts": { "marketing": 5200, "non_marketing": 20000 },
        "events": events,
        "until": "2027-12-31"
    })
}

/// A careless user's report: with imports on Dec 20 and Feb 10, the
/// advice said of the Feb 10 import that "no update date comes before it",
/// though Jan 1 and Feb 1 do. The engine now says why there is no deadline,
/// and only says "no update date" when there is none.
#[test]
fn a_missing_deadline_says_why_and_only_what_is_true() {
    let v = json!({
        "version": 1,
        "account": { "edition": "professional", "term": "annual", "billing": "monthly",
                     "start": "2026-01-01", "as_of": "2026-12-07", "tier": 2000 },
        "contacts": { "marketing": 1800, "non_marketing": 12000 },
        "events": [
            { "at": "2026-12-20", "action": "add_marketing", "count": 1000 },
            { "at": "2027-02-10", "action": "add_marketing", "count": 3000 },
        ],
        "until": "2027-12-31"
    });
    let o = engine::evaluate(&engine::from_value(v).unwrap(), engine::Options::FULL).unwrap();
    let advice = &o.advice.stay_in_tier;
    let feb = advice
        .iter()
        .find(|a| a.event.and_then(|e| e.event()) == Some(1))
        .expect("an entry for the Feb 10 import");
    // 3,000 contacts to set aside before Feb 1, when 2,000 are marketing.
    assert!(feb.deadline.is_none());
    assert_eq!(feb.no_deadline, Some(NoDeadline::DoesNotAvoid), "{feb:?}");
    let dec = advice
        .iter()
        .find(|a| a.event.and_then(|e| e.event()) == Some(0))
        .expect("an entry for the Dec 20 import");
    assert!(dec.deadline.is_none());
    assert_eq!(dec.no_deadline, Some(NoDeadline::NoUpdateDate));
}

/// Issue 24, item 2: two imports on one day. The old advice named the
/// first one's excess only (1,200) and its saving read 0.00, because the
/// second import upgraded the account anyway.
#[test]
fn two_imports_on_one_day_are_covered_together() {
    let v = scenario_with(json!([
        { "at": "2026-12-20", "action": "add_marketing", "count": 3000 },
        { "at": "2026-12-20", "action": "add_marketing", "count": 3000 },
    ]));
    let o = engine::evaluate(
        &engine::from_value(v.clone()).unwrap(),
        engine::Options::FULL,
    )
    .unwrap();
    let advice = &o.advice.stay_in_tier;
    // 5,200 + 6,000 = 11,200: 4,200 over 7,000, all on that day.
    assert_eq!(cost(&v, &changes(advice)), 4200);
    assert_eq!(
        advice.last().unwrap().saving,
        Some(o.total - bare(&shrunk(&v, &changes(advice))).unwrap().0)
    );
    assert!(advice.last().unwrap().saving.unwrap() > Decimal::ZERO);
    assert!(check_advice(&v).is_ok());
}

/// A series: 1,000 every month. Each occurrence adds 1,000 fewer... no:
/// 5,200 + 1,000 × n must stay within 7,000 for every month of the series,
/// so each occurrence must add fewer, the same count each time.
#[test]
fn a_monthly_series_is_reduced_per_occurrence() {
    let v = scenario_with(json!([
        { "at": "2027-01-05", "action": "add_marketing", "count": 1000, "every": "month", "through": "2027-06-05" },
    ]));
    let o = engine::evaluate(
        &engine::from_value(v.clone()).unwrap(),
        engine::Options::FULL,
    )
    .unwrap();
    let fewer = changes(&o.advice.stay_in_tier);
    // Six occurrences: 5,200 + 6 × (1,000 − k) ≤ 7,000, so k ≥ 700.
    assert_eq!(fewer, [(0, 700)]);
    assert!(bare(&shrunk(&v, &fewer)).unwrap().1.is_empty());
    assert!(check_advice(&v).is_ok());
}

/// A usage history that rose over the tier is the past: its entry says so
/// and names no number to follow.
#[test]
fn an_upgrade_in_the_history_is_said_to_be_unavoidable() {
    let v: Value = serde_json::from_str(include_str!(
        "../../../tests/fixtures/march-audit-inline.json"
    ))
    .unwrap();
    let o = engine::evaluate(&engine::from_value(v).unwrap(), engine::Options::FULL).unwrap();
    let a = &o.advice.stay_in_tier[0];
    assert_eq!(a.unavoidable, Some(Unavoidable::History));
    assert_eq!((a.event, a.contacts, a.saving), (None, 0, None));
}
