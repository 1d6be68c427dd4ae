//! Processing time zones (SPEC R5): the supported list, the region presets,
//! and the one rule for turning a local date-time into an instant.
//!
//! The zone is always a vendor subsidiary's, never the viewer's. The list is
//! short so that the browser bundle links only these zones: the build keeps
//! chrono-tz's data to the same list through `CHRONO_TZ_TIMEZONE_FILTER` in
//! `.cargo/config.toml`, and a test checks that the two agree.

use chrono::{Duration, LocalResult, NaiveDateTime, TimeZone};
use chrono_tz::Tz;

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

/// Looks up a supported zone by its exact IANA name.
///
/// # Errors
/// `None` when the name is not in [`SUPPORTED_ZONES`].
pub fn parse_zone(name: &str) -> Option<Tz> {
    if !SUPPORTED_ZONES.contains(&name) {
        return None;
    }
    name.parse::<Tz>().ok()
}

/// The regular expression that `.cargo/config.toml` must give chrono-tz, so
/// that exactly the supported zones are linked in.
pub fn zone_filter_regex() -> String {
    let mut zones: Vec<&str> = SUPPORTED_ZONES.to_vec();
    super::order::sort_by_key(&mut zones, |z| *z);
    format!("^({})$", zones.join("|"))
}

/// The instant (Unix seconds) of a local date-time in `tz`.
///
/// A local time that happens twice (a fall-back fold) resolves to the earlier
/// instant. A local time that does not exist (a spring-forward gap) resolves to
/// the first valid instant after the gap, which is the moment of the
/// transition: the day's events stay on their own local date.
pub fn instant(tz: &Tz, local: NaiveDateTime) -> i64 {
    match tz.from_local_datetime(&local) {
        LocalResult::Single(t) => t.timestamp(),
        LocalResult::Ambiguous(a, b) => a.timestamp().min(b.timestamp()),
        LocalResult::None => {
            // Gaps are minute-aligned and at most a day long (Samoa, 2011).
            for minutes in 1..=(26 * 60) {
                let probe = local + Duration::minutes(minutes);
                match tz.from_local_datetime(&probe) {
                    LocalResult::Single(t) => return t.timestamp(),
                    LocalResult::Ambiguous(a, b) => return a.timestamp().min(b.timestamp()),
                    LocalResult::None => {}
                }
            }
            // Unreachable for real zone data; fall back to reading it as UTC.
            local.and_utc().timestamp()
        }
    }
}

/// The local date-time in `tz` of an instant (Unix seconds).
pub fn local(tz: &Tz, instant: i64) -> NaiveDateTime {
    tz.timestamp_opt(instant, 0)
        .single()
        .map(|t| t.naive_local())
        .unwrap_or_default()
}

/// The RFC 3339 text, with the zone's offset, of an instant (Unix seconds).
pub fn rfc3339(tz: &Tz, instant: i64) -> String {
    match tz.timestamp_opt(instant, 0).single() {
        Some(t) => t.to_rfc3339_opts(chrono::SecondsFormat::Secs, false),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zone_data_starts_in_2000_and_is_exact_from_then_on() {
        use chrono::{Datelike, NaiveDate, Offset, TimeZone};
        let offset = |tz: Tz, y: i32, m: u32, d: u32| {
            let t = NaiveDate::from_ymd_opt(y, m, d)
                .unwrap()
                .and_hms_opt(12, 0, 0)
                .unwrap();
            tz.offset_from_utc_datetime(&t).fix().local_minus_utc() / 3600
        };
        let ny = chrono_tz::America::New_York;
        // From 2000 on, real rules: EST in winter, EDT in summer.
        assert_eq!(offset(ny, 2000, 1, 1), -5);
        assert_eq!(offset(ny, 2000, 7, 1), -4);
        assert_eq!(
            offset(ny, 2007, 3, 12),
            -4,
            "2007 rules: DST from the 2nd Sunday of March"
        );
        assert_eq!(offset(ny, 2026, 11, 26), -5);
        assert_eq!(offset(ny, 2099, 7, 1), -4, "DST through 2099");
        // None after 2099: the engine's latest date, 2098-12-31, leaves a
        // year of margin (plan::MAX_DATE).
        assert_eq!(offset(ny, 2100, 7, 1), -5, "no DST data after 2099");
        assert!(crate::engine::plan::MAX_DATE.year() < 2099);
        assert_eq!(offset(chrono_tz::Europe::Dublin, 2026, 7, 1), 1);
        assert_eq!(offset(chrono_tz::Australia::Sydney, 2000, 1, 1), 11);
        assert_eq!(
            offset(chrono_tz::America::Sao_Paulo, 2026, 1, 1),
            -3,
            "no DST since 2019"
        );
        // Before 2000 the data is trimmed (CHRONO_TZ_SINCE in .cargo/config.toml):
        // July 1990 reads as the offset in force at the end of 1999, EST.
        assert_eq!(
            offset(ny, 1990, 7, 1),
            -5,
            "the chrono-tz trim is not in effect"
        );
    }

    #[test]
    fn every_supported_zone_is_in_the_linked_zone_data() {
        for name in SUPPORTED_ZONES {
            assert!(parse_zone(name).is_some(), "{name} is not linked in");
        }
    }

    #[test]
    fn every_region_preset_is_a_supported_zone() {
        for region in REGIONS {
            assert!(SUPPORTED_ZONES.contains(&region.zone), "{}", region.code);
        }
    }

    #[test]
    fn the_build_filter_matches_the_supported_list() {
        let config = include_str!("../../.cargo/config.toml");
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
