//! Checked field values: dates, times and counts as the scenario writes
//! them, parsed with the path of the field in every error. Limits
//! (SECURITY.md): counts and tiers ≤ 10⁹; dates in 2000-01-01..=2098-12-31.

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};

use crate::error::{Error, ErrorCode};

/// The largest count or tier the engine accepts.
pub const MAX_COUNT: u64 = 1_000_000_000;

/// The earliest date the engine accepts.
pub const MIN_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2000, 1, 1) {
    Some(d) => d,
    None => NaiveDate::MIN,
};

/// The latest date the engine accepts. The zone table (`zone::table`) is
/// checked against the tz database, whose chrono-tz copy lists transitions
/// through 2099; this leaves a year for the renewal that the advisor and a
/// charge after `until` may reach.
pub const MAX_DATE: NaiveDate = match NaiveDate::from_ymd_opt(2098, 12, 31) {
    Some(d) => d,
    None => NaiveDate::MAX,
};

/// Checks a count: a whole number from 0 to 10⁹.
pub fn count(value: i64, path: &str) -> Result<u64, Error> {
    if value < 0 {
        return Err(Error::new(
            path,
            ErrorCode::Negative,
            format!("must not be negative (got {value})"),
        )
        .with("value", value));
    }
    let v = value as u64;
    if v > MAX_COUNT {
        return Err(Error::new(
            path,
            ErrorCode::TooBig,
            format!("must be at most 1,000,000,000 (got {value})"),
        )
        .with("value", value)
        .with("max", MAX_COUNT));
    }
    Ok(v)
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn date_shape(s: &str) -> Option<NaiveDate> {
    let b = s.as_bytes();
    if b.len() != 10
        || b[4] != b'-'
        || b[7] != b'-'
        || !digits(&s[0..4])
        || !digits(&s[5..7])
        || !digits(&s[8..10])
    {
        return None;
    }
    NaiveDate::from_ymd_opt(
        s[0..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    )
}

fn time_shape(s: &str) -> Option<NaiveTime> {
    let b = s.as_bytes();
    if b.len() != 5 || b[2] != b':' || !digits(&s[0..2]) || !digits(&s[3..5]) {
        return None;
    }
    NaiveTime::from_hms_opt(s[0..2].parse().ok()?, s[3..5].parse().ok()?, 0)
}

fn in_range(d: NaiveDate, text: &str, path: &str) -> Result<NaiveDate, Error> {
    if d < MIN_DATE || d > MAX_DATE {
        return Err(Error::new(
            path,
            ErrorCode::DateOutOfRange,
            format!("{text} is outside the supported dates {MIN_DATE} to {MAX_DATE}"),
        )
        .with("value", text)
        .with("min", MIN_DATE)
        .with("max", MAX_DATE));
    }
    Ok(d)
}

/// Parses a local date `YYYY-MM-DD` within the supported range.
pub fn parse_date(text: &str, path: &str) -> Result<NaiveDate, Error> {
    let d = date_shape(text).ok_or_else(|| {
        Error::new(
            path,
            ErrorCode::InvalidDate,
            format!("\"{text}\" is not a date (expected YYYY-MM-DD)"),
        )
        .with("value", text)
    })?;
    in_range(d, text, path)
}

/// Parses a local time of day `HH:MM`.
pub fn parse_time(text: &str, path: &str) -> Result<NaiveTime, Error> {
    time_shape(text).ok_or_else(|| {
        Error::new(
            path,
            ErrorCode::InvalidTime,
            format!("\"{text}\" is not a time of day (expected HH:MM, 00:00 to 23:59)"),
        )
        .with("value", text)
    })
}

/// Formats a local date-time as `YYYY-MM-DDTHH:MM` (without chrono's
/// strftime machinery, which would weigh on the browser bundle).
pub fn format_minute(t: NaiveDateTime) -> String {
    use chrono::Timelike;
    format!("{}T{:02}:{:02}", t.date(), t.hour(), t.minute())
}

/// Parses a local date `YYYY-MM-DD` (meaning 00:00) or date-time `YYYY-MM-DDTHH:MM`.
pub fn parse_date_time(text: &str, path: &str) -> Result<NaiveDateTime, Error> {
    let bad = || {
        Error::new(
            path,
            ErrorCode::InvalidDateTime,
            format!(
                "\"{text}\" is not a date or date-time (expected YYYY-MM-DD or YYYY-MM-DDTHH:MM)"
            ),
        )
        .with("value", text)
    };
    let (date, time) = match text.split_once('T') {
        None => (date_shape(text).ok_or_else(bad)?, NaiveTime::MIN),
        Some((d, t)) => (
            date_shape(d).ok_or_else(bad)?,
            time_shape(t).ok_or_else(bad)?,
        ),
    };
    Ok(in_range(date, text, path)?.and_time(time))
}
