//! Processing time zones (SPEC R5): the supported list, the region presets,
//! and the one rule for turning a local date-time into an instant.
//!
//! The zone is always a vendor subsidiary's, never the viewer's, so the list
//! is short. Each zone's offsets from 2000 on live in [`table`], generated
//! from chrono-tz (the IANA tz database): the transitions up to the year the
//! zone's current rules began, then those rules ("second Sunday of March at
//! 02:00"), which give every later year. That is about 1 KB where chrono-tz's
//! own tables, one 24-byte row per transition through 2099, were 14 KB of the
//! gzipped browser bundle. chrono-tz stays the source and the test oracle:
//! the tests regenerate the table from it and compare every transition and a
//! sample of every day from 2000 to 2099.

use std::sync::OnceLock;

use chrono::{Datelike, Days, NaiveDate, NaiveDateTime};

#[rustfmt::skip]
mod table;

/// A region preset: the subsidiary a customer bought through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    /// Stable code, for translations.
    pub code: &'static str,
    /// The region's processing zone.
    pub zone: &'static str,
}

/// Region presets (assumption: the article states only North America).
pub const REGIONS: [Region; 6] = [
    Region {
        code: "north_america",
        zone: "America/New_York",
    },
    Region {
        code: "europe",
        zone: "Europe/Dublin",
    },
    Region {
        code: "asia_pacific",
        zone: "Asia/Singapore",
    },
    Region {
        code: "australia_new_zealand",
        zone: "Australia/Sydney",
    },
    Region {
        code: "japan",
        zone: "Asia/Tokyo",
    },
    Region {
        code: "latin_america",
        zone: "America/Bogota",
    },
];

/// Every zone the engine accepts: the presets, `UTC`, and major business zones.
/// Sorted, so the UI can list it as it is.
pub const SUPPORTED_ZONES: [&str; 34] = [
    "Africa/Johannesburg",
    "America/Argentina/Buenos_Aires",
    "America/Bogota",
    "America/Chicago",
    "America/Denver",
    "America/Los_Angeles",
    "America/Mexico_City",
    "America/New_York",
    "America/Phoenix",
    "America/Santiago",
    "America/Sao_Paulo",
    "America/Toronto",
    "Asia/Dubai",
    "Asia/Hong_Kong",
    "Asia/Kolkata",
    "Asia/Seoul",
    "Asia/Shanghai",
    "Asia/Singapore",
    "Asia/Tokyo",
    "Australia/Melbourne",
    "Australia/Perth",
    "Australia/Sydney",
    "Europe/Amsterdam",
    "Europe/Berlin",
    "Europe/Dublin",
    "Europe/Helsinki",
    "Europe/London",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Stockholm",
    "Europe/Warsaw",
    "Europe/Zurich",
    "Pacific/Auckland",
    "UTC",
];

/// The end of the changes each zone expands once (2110-01-01T00:00:00Z),
/// past any date a scenario reaches; later instants use the rules directly.
const EXPANDED_UNTIL: i64 = 4_417_977_600;

/// The UTC year of an instant.
fn year_of(instant: i64) -> i32 {
    chrono::DateTime::from_timestamp(instant, 0).map_or(2000, |t| t.year())
}

/// A supported processing zone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Zone(u8);

/// How a yearly rule names its day of the month.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Day {
    /// The first `weekday` on or after this day of the month ("Sun>=8").
    OnOrAfter(u8),
    /// The last `weekday` of the month ("lastSun").
    Last,
}

/// One yearly change of offset, as the tz database states it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Rule {
    /// Month, 1–12.
    pub month: u8,
    /// Which day of the month.
    pub day: Day,
    /// Weekday, counted from Monday = 0.
    pub weekday: u8,
    /// The local wall-clock time of the change, in seconds after midnight, on
    /// the clock as it runs before the change.
    pub at: i32,
    /// The offset from UTC after the change, in seconds.
    pub offset: i32,
}

/// A zone's offsets from 2000 on.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ZoneData {
    /// IANA name.
    pub name: &'static str,
    /// Offset in force at the start of 2000, in seconds.
    pub initial: i32,
    /// Changes before `from_year`: (instant, offset from then on).
    pub changes: &'static [(i64, i32)],
    /// The first year the rules give all changes.
    pub from_year: i32,
    /// The two yearly rules, if the zone still changes its clocks.
    pub rules: Option<[Rule; 2]>,
}

impl Rule {
    /// The local date of the change in `year`.
    fn date(&self, year: i32) -> Option<NaiveDate> {
        let weekday = |d: NaiveDate| d.weekday().num_days_from_monday();
        let month = u32::from(self.month);
        let target = u32::from(self.weekday);
        match self.day {
            Day::OnOrAfter(day) => {
                let d = NaiveDate::from_ymd_opt(year, month, u32::from(day))?;
                d.checked_add_days(Days::new(u64::from((7 + target - weekday(d)) % 7)))
            }
            Day::Last => {
                let next = if month == 12 {
                    NaiveDate::from_ymd_opt(year + 1, 1, 1)
                } else {
                    NaiveDate::from_ymd_opt(year, month + 1, 1)
                }?;
                let last = next.pred_opt()?;
                last.checked_sub_days(Days::new(u64::from((7 + weekday(last) - target) % 7)))
            }
        }
    }

    /// The instant of the change in `year`, when the offset before it is `before`.
    fn instant(&self, year: i32, before: i32) -> Option<i64> {
        let midnight = self.date(year)?.and_time(chrono::NaiveTime::MIN);
        Some(midnight.and_utc().timestamp() + i64::from(self.at) - i64::from(before))
    }
}

/// The two changes a pair of yearly rules makes in `year`, in order:
/// (instant, offset from then on). Each rule's change happens on the clock
/// the other rule set.
fn year_changes(rules: &[Rule; 2], year: i32) -> Option<[(i64, i32); 2]> {
    let change = |i: usize| {
        let at = rules[i].instant(year, rules[1 - i].offset)?;
        Some((at, rules[i].offset))
    };
    let (a, b) = (change(0)?, change(1)?);
    Some(if a.0 <= b.0 { [a, b] } else { [b, a] })
}

impl Zone {
    /// The zone's IANA name.
    pub fn name(self) -> &'static str {
        self.data().name
    }

    fn data(self) -> &'static ZoneData {
        &table::ZONES[usize::from(self.0)]
    }

    /// The offset from UTC, in seconds, in force at an instant (Unix seconds).
    pub fn offset_at(self, instant: i64) -> i32 {
        let d = self.data();
        if instant > EXPANDED_UNTIL && d.rules.is_some() {
            return self.offset_by_rules(instant);
        }
        let changes = self.changes();
        match changes.partition_point(|&(at, _)| at <= instant) {
            0 => d.initial,
            i => changes[i - 1].1,
        }
    }

    /// Every change from 2000 to [`EXPANDED_UNTIL`], made once per zone
    /// from the table's changes and rules: a lookup is then a binary search,
    /// as fast as chrono-tz's tables.
    fn changes(self) -> &'static [(i64, i32)] {
        static EXPANDED: [OnceLock<Vec<(i64, i32)>>; SUPPORTED_ZONES.len()] =
            [const { OnceLock::new() }; SUPPORTED_ZONES.len()];
        EXPANDED[usize::from(self.0)].get_or_init(|| {
            let d = self.data();
            let mut out = d.changes.to_vec();
            if let Some(rules) = &d.rules {
                let last_year = year_of(EXPANDED_UNTIL);
                for year in d.from_year..=last_year {
                    if let Some(pair) = year_changes(rules, year) {
                        out.extend_from_slice(&pair);
                    }
                }
            }
            out
        })
    }

    /// The offset at an instant from the yearly rules alone (the zone has rules).
    fn offset_by_rules(self, instant: i64) -> i32 {
        let d = self.data();
        let Some(rules) = &d.rules else {
            return d.initial;
        };
        let year = year_of(instant);
        let mut offset = d.initial;
        for y in (year - 1).max(d.from_year)..=year {
            for &(at, after) in year_changes(rules, y).iter().flatten() {
                if at <= instant {
                    offset = after;
                }
            }
        }
        offset
    }

    /// The earliest instant whose local wall-clock time is `wall` (local
    /// seconds since 1970-01-01 00:00), or, when `wall` falls in a
    /// spring-forward gap, `Err` with the instant of the change.
    fn resolve(self, wall: i64) -> Result<i64, i64> {
        // Offsets lie within ±14 h and changes are months apart, so the
        // instants that read `wall` lie within 15 h of it, on one side or
        // the other of at most one change.
        let window = 15 * 3600;
        let (early, next) = if wall + window <= EXPANDED_UNTIL {
            // One binary search: the offset 15 h before, and the next change.
            let changes = self.changes();
            let i = changes.partition_point(|&(at, _)| at <= wall - window);
            let early = i
                .checked_sub(1)
                .map_or(self.data().initial, |j| changes[j].1);
            (
                early,
                changes.get(i).filter(|c| c.0 <= wall + window).copied(),
            )
        } else {
            // Past the expanded years: the rules, lookup by lookup.
            let early = self.offset_at(wall - window);
            let late = self.offset_at(wall + window);
            let next = (late != early).then(|| {
                let (mut lo, mut hi) = (wall - window, wall + window);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if self.offset_at(mid) == early {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                (hi, late)
            });
            (early, next)
        };
        // Read on the clock before the change, and on the one after it. In a
        // fold both are valid and the first is the earlier; in a gap neither.
        let before = wall - i64::from(early);
        match next {
            Some((change, late)) if before >= change => {
                let after = wall - i64::from(late);
                if after >= change {
                    Ok(after)
                } else {
                    Err(change)
                }
            }
            _ => Ok(before),
        }
    }
}

/// Looks up a supported zone by its exact IANA name.
///
/// # Errors
/// `None` when the name is not in [`SUPPORTED_ZONES`].
pub fn parse_zone(name: &str) -> Option<Zone> {
    let i = SUPPORTED_ZONES.iter().position(|z| *z == name)?;
    u8::try_from(i).ok().map(Zone)
}

/// The regular expression that `.cargo/config.toml` gives chrono-tz, so that
/// the tests' oracle builds only the supported zones.
pub fn zone_filter_regex() -> String {
    let mut zones: Vec<&str> = SUPPORTED_ZONES.to_vec();
    zones.sort_by_key(|z| *z);
    format!("^({})$", zones.join("|"))
}

/// The instant (Unix seconds) of a local date-time in `zone`.
///
/// A local time that happens twice (a fall-back fold) resolves to the earlier
/// instant. A local time that does not exist (a spring-forward gap) resolves to
/// the first valid instant after the gap, which is the moment of the
/// transition: the day's events stay on their own local date.
pub fn instant(zone: &Zone, local: NaiveDateTime) -> i64 {
    match zone.resolve(local.and_utc().timestamp()) {
        Ok(at) | Err(at) => at,
    }
}

/// The local date-time in `zone` of an instant (Unix seconds).
pub fn local(zone: &Zone, instant: i64) -> NaiveDateTime {
    chrono::DateTime::from_timestamp(instant + i64::from(zone.offset_at(instant)), 0)
        .map(|t| t.naive_utc())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{Offset, TimeZone};
    use chrono_tz::Tz;

    /// 2000-01-01T00:00:00Z, less a day: the earliest instant a scenario reaches.
    const SINCE: i64 = 946_684_800 - 86_400;
    /// 2100-01-01T00:00:00Z: the end of chrono-tz's daylight-saving data.
    const UNTIL: i64 = 4_102_444_800;

    fn oracle(name: &str) -> Tz {
        name.parse()
            .expect("the oracle builds every supported zone")
    }

    fn oracle_offset(tz: Tz, at: i64) -> i32 {
        let t = chrono::DateTime::from_timestamp(at, 0).unwrap().naive_utc();
        tz.offset_from_utc_datetime(&t).fix().local_minus_utc()
    }

    /// Every change of offset in `[SINCE, UNTIL)`: (instant, before, after).
    fn oracle_changes(tz: Tz) -> Vec<(i64, i32, i32)> {
        let mut out = Vec::new();
        let step = 6 * 3600;
        let mut t = SINCE;
        let mut before = oracle_offset(tz, t);
        while t < UNTIL {
            let next = t + step;
            let after = oracle_offset(tz, next);
            if after != before {
                // The first second of the new offset, by bisection.
                let (mut lo, mut hi) = (t, next);
                while hi - lo > 1 {
                    let mid = lo + (hi - lo) / 2;
                    if oracle_offset(tz, mid) == before {
                        lo = mid;
                    } else {
                        hi = mid;
                    }
                }
                out.push((hi, before, after));
            }
            before = after;
            t = next;
        }
        out
    }

    /// The local year in which a change happens.
    fn local_year(change: (i64, i32, i32)) -> i32 {
        chrono::DateTime::from_timestamp(change.0 + i64::from(change.1), 0)
            .unwrap()
            .year()
    }

    /// The rules that could describe a change.
    fn candidates(change: (i64, i32, i32)) -> Vec<Rule> {
        let wall = chrono::DateTime::from_timestamp(change.0 + i64::from(change.1), 0)
            .unwrap()
            .naive_utc();
        let date = wall.date();
        let at = i32::try_from(
            wall.time()
                .signed_duration_since(chrono::NaiveTime::MIN)
                .num_seconds(),
        )
        .unwrap();
        let base = Rule {
            month: u8::try_from(date.month()).unwrap(),
            day: Day::Last,
            weekday: u8::try_from(date.weekday().num_days_from_monday()).unwrap(),
            at,
            offset: change.2,
        };
        let mut out = vec![base];
        for day in date.day().saturating_sub(6).max(1)..=date.day() {
            out.push(Rule {
                day: Day::OnOrAfter(u8::try_from(day).unwrap()),
                ..base
            });
        }
        out
    }

    /// The changes two rules give in a year, in order.
    fn by_rules(rules: [Rule; 2], year: i32) -> Vec<(i64, i32, i32)> {
        year_changes(&rules, year)
            .map(|[a, b]| vec![(a.0, b.1, a.1), (b.0, a.1, b.1)])
            .unwrap_or_default()
    }

    /// A zone's table entry, derived from the oracle: the rules that give the
    /// most years up to 2099, and the changes before them one by one.
    fn derive(name: &'static str) -> ZoneData {
        let tz = oracle(name);
        let changes = oracle_changes(tz);
        let initial = oracle_offset(tz, SINCE);
        let in_year = |y: i32| -> Vec<(i64, i32, i32)> {
            changes
                .iter()
                .copied()
                .filter(|c| local_year(*c) == y)
                .collect()
        };
        let last = in_year(2099);
        let mut best: Option<([Rule; 2], i32)> = None;
        if last.len() == 2 {
            for a in candidates(last[0]) {
                for b in candidates(last[1]) {
                    let rules = [a, b];
                    let mut from = 2100;
                    while from > 2000 && by_rules(rules, from - 1) == in_year(from - 1) {
                        from -= 1;
                    }
                    if from <= 2099 && best.is_none_or(|(_, f)| from < f) {
                        best = Some((rules, from));
                    }
                }
            }
        }
        let (rules, from_year) = match best {
            Some((rules, from)) => (Some(rules), from),
            None => (None, 2100),
        };
        let before: Vec<(i64, i32)> = changes
            .iter()
            .filter(|c| local_year(**c) < from_year)
            .map(|c| (c.0, c.2))
            .collect();
        ZoneData {
            name,
            initial,
            changes: Box::leak(before.into_boxed_slice()),
            from_year,
            rules,
        }
    }

    fn rule_text(r: &Rule) -> String {
        let day = match r.day {
            Day::OnOrAfter(d) => format!("Day::OnOrAfter({d})"),
            Day::Last => "Day::Last".to_string(),
        };
        format!(
            "Rule {{ month: {}, day: {day}, weekday: {}, at: {}, offset: {} }}",
            r.month, r.weekday, r.at, r.offset
        )
    }

    /// The text of `table.rs`.
    fn table_text() -> String {
        let mut out = String::from(
            "//! Generated from chrono-tz by `TIERWISE_WRITE_ZONES=1 cargo test --lib zone::tests::the_table_is_generated_from_the_tz_database`.\n\
             //! Do not edit: the test fails when this text differs from what it derives.\n\n\
             use super::{Day, Rule, ZoneData};\n\n",
        );
        out.push_str(&format!(
            "/// The supported zones, in the order of `SUPPORTED_ZONES`.\npub(super) static ZONES: [ZoneData; {}] = [\n",
            SUPPORTED_ZONES.len()
        ));
        for name in SUPPORTED_ZONES {
            let d = derive(name);
            let changes: Vec<String> = d
                .changes
                .iter()
                .map(|(t, o)| format!("({t}, {o})"))
                .collect();
            let rules = match d.rules {
                Some([a, b]) => format!("Some([{}, {}])", rule_text(&a), rule_text(&b)),
                None => "None".to_string(),
            };
            out.push_str(&format!(
                "    ZoneData {{\n        name: \"{}\",\n        initial: {},\n        changes: &[{}],\n        from_year: {},\n        rules: {},\n    }},\n",
                d.name,
                d.initial,
                changes.join(", "),
                d.from_year,
                rules
            ));
        }
        out.push_str("];\n");
        out
    }

    #[test]
    fn the_table_is_generated_from_the_tz_database() {
        let text = table_text();
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/primitives/zone/table.rs");
        if std::env::var_os("TIERWISE_WRITE_ZONES").is_some() {
            std::fs::write(path, &text).unwrap();
        }
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == text,
            "crates/engine/src/primitives/zone/table.rs is stale (a new chrono-tz or a changed zone list): run scripts/zones.sh"
        );
    }

    #[test]
    fn every_offset_from_2000_to_2099_matches_the_tz_database() {
        for name in SUPPORTED_ZONES {
            let zone = parse_zone(name).unwrap();
            let tz = oracle(name);
            // Each change, a second and an hour either side.
            for (at, _, _) in oracle_changes(tz) {
                for t in [at - 3600, at - 1, at, at + 1, at + 3600] {
                    assert_eq!(zone.offset_at(t), oracle_offset(tz, t), "{name} at {t}");
                }
            }
            // Every day, at an hour that moves from day to day.
            let mut t = SINCE;
            while t < UNTIL {
                assert_eq!(zone.offset_at(t), oracle_offset(tz, t), "{name} at {t}");
                t += 86_400 + 3_607;
            }
        }
    }

    /// The conversion as chrono-tz does it, with the same gap rule.
    fn oracle_instant(tz: Tz, local: NaiveDateTime) -> i64 {
        use chrono::LocalResult;
        let mut probe = local;
        loop {
            match tz.from_local_datetime(&probe) {
                LocalResult::Single(t) => return t.timestamp(),
                LocalResult::Ambiguous(a, b) => return a.timestamp().min(b.timestamp()),
                LocalResult::None => probe += chrono::Duration::minutes(1),
            }
        }
    }

    #[test]
    fn local_times_convert_as_in_the_tz_database_in_gaps_and_folds_too() {
        for name in SUPPORTED_ZONES {
            let zone = parse_zone(name).unwrap();
            let tz = oracle(name);
            // Every quarter hour of the local days around each change.
            for (at, before, _) in oracle_changes(tz) {
                let day = local(&zone, at - 1).date() - chrono::Duration::days(1);
                let first = day.and_time(chrono::NaiveTime::MIN);
                for quarter in 0..(3 * 96) {
                    let wall = first + chrono::Duration::minutes(15 * quarter);
                    let ours = instant(&zone, wall);
                    assert_eq!(
                        ours,
                        oracle_instant(tz, wall),
                        "{name} {wall} (change at {at}, from {before})"
                    );
                    assert!(local(&zone, ours) >= wall, "{name} {wall}");
                }
            }
            // A processing time every few days across the century.
            let mut d = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap();
            let end = NaiveDate::from_ymd_opt(2099, 12, 31).unwrap();
            let mut n = 0i64;
            while d < end {
                let wall =
                    d.and_time(chrono::NaiveTime::MIN) + chrono::Duration::minutes(n * 97 % 1440);
                let ours = instant(&zone, wall);
                assert_eq!(ours, oracle_instant(tz, wall), "{name} {wall}");
                if tz.from_local_datetime(&wall).earliest().is_some() {
                    assert_eq!(local(&zone, ours), wall, "{name} {wall} round trip");
                } else {
                    assert!(local(&zone, ours) > wall, "{name} {wall} is in a gap");
                }
                d += chrono::Duration::days(5);
                n += 1;
            }
        }
    }

    #[test]
    fn zone_rules_carry_the_known_changes() {
        let offset = |name: &str, y: i32, m: u32, d: u32| {
            let t = NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap();
            parse_zone(name).unwrap().offset_at(t.and_utc().timestamp()) / 3600
        };
        let ny = "America/New_York";
        assert_eq!(offset(ny, 2000, 1, 1), -5);
        assert_eq!(offset(ny, 2000, 7, 1), -4);
        assert_eq!(
            offset(ny, 2007, 3, 12),
            -4,
            "2007 rules: DST from the 2nd Sunday of March"
        );
        assert_eq!(
            offset(ny, 2006, 3, 20),
            -5,
            "before 2007: DST from the 1st Sunday of April"
        );
        assert_eq!(offset(ny, 2026, 11, 26), -5);
        assert_eq!(offset(ny, 2099, 7, 1), -4, "DST through 2099");
        // Past the years each zone expands once, the rules still hold.
        assert_eq!(offset(ny, 2150, 7, 1), -4);
        assert_eq!(offset(ny, 2150, 12, 1), -5);
        assert_eq!(offset("Australia/Sydney", 2150, 1, 1), 11);
        assert_eq!(offset("Asia/Tokyo", 2150, 1, 1), 9);
        assert_eq!(offset("Europe/Dublin", 2026, 7, 1), 1);
        assert_eq!(offset("Europe/Dublin", 2026, 1, 1), 0);
        assert_eq!(offset("Australia/Sydney", 2000, 1, 1), 11);
        assert_eq!(offset("Australia/Sydney", 2026, 7, 1), 10);
        assert_eq!(
            offset("America/Sao_Paulo", 2026, 1, 1),
            -3,
            "no DST since 2019"
        );
        assert_eq!(offset("America/Sao_Paulo", 2018, 1, 1), -2);
        assert_eq!(offset("Asia/Kolkata", 2050, 1, 1) * 3600, 5 * 3600);
        assert_eq!(parse_zone("Asia/Kolkata").unwrap().offset_at(0), 19_800);
    }

    #[test]
    fn past_the_expanded_years_gaps_and_folds_still_resolve() {
        let ny = parse_zone("America/New_York").unwrap();
        let mut d = NaiveDate::from_ymd_opt(2150, 1, 1).unwrap();
        let (mut gaps, mut folds) = (0, 0);
        while d.year() == 2150 {
            for minute in (0..24 * 60).step_by(30) {
                let wall = d.and_time(chrono::NaiveTime::MIN) + chrono::Duration::minutes(minute);
                let at = instant(&ny, wall);
                let back = local(&ny, at);
                if back != wall {
                    // In the spring gap: the moment the clocks jump, 03:00.
                    assert!(back > wall, "{wall}");
                    assert_eq!(
                        back.time(),
                        chrono::NaiveTime::from_hms_opt(3, 0, 0).unwrap()
                    );
                    gaps += 1;
                } else if local(&ny, at + 3600) == wall {
                    // In the autumn fold, the earlier of the two instants.
                    folds += 1;
                }
            }
            d = d.succ_opt().unwrap();
        }
        assert_eq!(
            (gaps, folds),
            (2, 2),
            "02:00 and 02:30 in March, 01:00 and 01:30 in November"
        );
    }

    #[test]
    fn the_table_lists_the_supported_zones_in_order() {
        for (i, name) in SUPPORTED_ZONES.iter().enumerate() {
            assert_eq!(table::ZONES[i].name, *name);
            assert_eq!(parse_zone(name).map(Zone::name), Some(*name));
        }
        assert!(crate::plan::MAX_DATE.year() < 2099);
    }

    #[test]
    fn every_region_preset_is_a_supported_zone() {
        for region in REGIONS {
            assert!(SUPPORTED_ZONES.contains(&region.zone), "{}", region.code);
        }
    }

    #[test]
    fn the_build_filter_matches_the_supported_list() {
        let config = include_str!("../../../../.cargo/config.toml");
        let expected = format!("CHRONO_TZ_TIMEZONE_FILTER = \"{}\"", zone_filter_regex());
        assert!(
            config.contains(&expected),
            ".cargo/config.toml must contain: {expected}"
        );
    }

    #[test]
    fn an_unlisted_zone_is_refused() {
        assert!(parse_zone("Europe/Kyiv").is_none());
        assert!(parse_zone("america/new_york").is_none());
    }
}
