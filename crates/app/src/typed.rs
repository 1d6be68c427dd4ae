//! How the text of each kind of field reads: one parser per kind, each
//! giving the value or the reason it does not read. Every field on the page
//! keeps what was typed the same way (`ui::components::inputs::use_typed`),
//! with one of these; they are plain Rust and tested here.

use rust_decimal::Decimal;

use crate::catalogue::T;

/// How a field's text reads: its value, or why it does not.
pub type Parser<V> = fn(&str) -> Result<V, T>;

/// The characters people put between digit groups: `3,000`, `3 000`,
/// `3'000`, `3_000` (and the no-break spaces `Intl` writes).
fn grouping(c: char) -> bool {
    matches!(c, ' ' | ',' | '_' | '\'' | '\u{a0}' | '\u{202f}')
}

/// The digits of a whole number written with or without digit groups, or
/// `None` when the groups are not thousands: `3,000` and `12 500 000` read,
/// `3,5` and `2,50` do not (a decimal comma, or a slip, never a count).
/// Groups are separated by one kind of separator (`is_group`), the first
/// of one to three digits, each later one of exactly three.
fn grouped_digits(text: &str, is_group: fn(char) -> bool) -> Option<String> {
    let mut separator = None;
    let mut groups = vec![String::new()];
    for c in text.chars() {
        if c.is_ascii_digit() {
            groups.last_mut()?.push(c);
        } else if is_group(c) && separator.is_none_or(|s| s == c) {
            separator = Some(c);
            groups.push(String::new());
        } else {
            return None;
        }
    }
    let (first, rest) = groups.split_first()?;
    let fits = if rest.is_empty() {
        !first.is_empty()
    } else {
        (1..=3).contains(&first.len()) && rest.iter().all(|g| g.len() == 3)
    };
    fits.then(|| groups.concat())
}

/// A whole number as people type it, with or without thousands groups.
/// Letters are "not a whole number" however many there are; only digits
/// make a number too large.
pub fn count(text: &str) -> Result<i64, T> {
    let text = text.trim();
    if text.is_empty() {
        return Err(T::EnterNumber);
    }
    let (sign, rest) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let digits = grouped_digits(rest, grouping).ok_or(T::WholeNumber)?;
    // Fifteen digits keep every count exact in JavaScript too.
    if digits.len() > 15 {
        return Err(T::NumberTooLarge);
    }
    format!("{sign}{digits}")
        .parse::<i64>()
        .map_err(|_| T::WholeNumber)
}

/// A count that may be left empty (no cap): `None` for an empty field.
pub fn optional_count(text: &str) -> Result<Option<i64>, T> {
    if text.trim().is_empty() {
        Ok(None)
    } else {
        count(text).map(Some)
    }
}

/// A date as a date input reports it: `YYYY-MM-DD`. The browser reports an
/// empty text while a date is half typed, and a year such as `0002` or
/// `20261` on the way to the year meant; neither is a date anyone means.
pub fn date(text: &str) -> Result<String, T> {
    let mut parts = text.split('-');
    let year = parts.next().unwrap_or_default();
    let whole =
        year.len() == 4 && year.parse::<u32>().is_ok_and(|y| y >= 1900) && parts.count() == 2;
    if whole {
        Ok(text.to_string())
    } else {
        Err(T::EnterDate)
    }
}

/// A date that may be left empty: `None` for an empty field.
pub fn optional_date(text: &str) -> Result<Option<String>, T> {
    if text.is_empty() {
        Ok(None)
    } else {
        date(text).map(Some)
    }
}

/// A time of day as a time input reports it: `HH:MM`.
pub fn time(text: &str) -> Result<String, T> {
    let ok = text.len() == 5
        && text.as_bytes()[2] == b':'
        && text[..2].parse::<u32>().is_ok_and(|h| h < 24)
        && text[3..].parse::<u32>().is_ok_and(|m| m < 60);
    if ok {
        Ok(text.to_string())
    } else {
        Err(T::EnterTime)
    }
}

/// An event's optional time: empty is midnight (and reads as empty).
pub fn optional_time(text: &str) -> Result<String, T> {
    if text.is_empty() {
        Ok(String::new())
    } else {
        time(text)
    }
}

/// Free text (a name): always reads.
pub fn text(text: &str) -> Result<String, T> {
    Ok(text.to_string())
}

/// A price as English writes it: `225`, `225.00`, `1,225.50` (commas or
/// spaces group thousands, a point marks the decimals); kept as the decimal
/// string the price book holds. `900,50` and `1.000,00` are not English
/// prices and do not read, rather than read as 90,050 or 1.
pub fn price(text: &str) -> Result<String, T> {
    let text = text.trim();
    let (whole, cents) = text.split_once('.').unwrap_or((text, ""));
    decimal(whole, cents, text.contains('.'), grouping)
}

/// A price as Swedish and Polish write it: `225`, `225,00`, `1 225,50`
/// (spaces group thousands; a comma or a point marks the decimals).
pub fn price_decimal_comma(text: &str) -> Result<String, T> {
    fn space(c: char) -> bool {
        matches!(c, ' ' | '_' | '\'' | '\u{a0}' | '\u{202f}')
    }
    let text = text.trim();
    let marks = text.matches([',', '.']).count();
    if marks > 1 {
        return Err(T::EnterPrice);
    }
    let (whole, cents) = text.split_once([',', '.']).unwrap_or((text, ""));
    decimal(whole, cents, marks == 1, space)
}

/// The price parser for a language.
pub fn price_for(lang: crate::catalogue::Lang) -> Parser<String> {
    if lang.decimal_comma() {
        price_decimal_comma
    } else {
        price
    }
}

/// A price from its whole part (thousands grouped by `is_group`) and its
/// decimals (digits only; `has_mark` when a decimal mark was written).
fn decimal(
    whole: &str,
    cents: &str,
    has_mark: bool,
    is_group: fn(char) -> bool,
) -> Result<String, T> {
    let whole = grouped_digits(whole, is_group).ok_or(T::EnterPrice)?;
    if has_mark && (cents.is_empty() || !cents.chars().all(|c| c.is_ascii_digit())) {
        return Err(T::EnterPrice);
    }
    let text = if has_mark {
        format!("{whole}.{cents}")
    } else {
        whole
    };
    match tierwise_engine::money::parse(&text) {
        Some(d) if d >= Decimal::ZERO => Ok(d.to_string()),
        _ => Err(T::EnterPrice),
    }
}

/// Notification thresholds: percentages separated by commas, spaces or
/// semicolons, each with or without `%`.
pub fn thresholds(text: &str) -> Result<Vec<i64>, T> {
    text.split([',', ' ', ';'])
        .filter(|p| !p.trim().is_empty())
        .map(|p| p.trim().trim_end_matches('%').parse::<i64>())
        .collect::<Result<Vec<_>, _>>()
        .map_err(|_| T::NotifyError)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 24, item 8: thirty letters are not "too large".
    #[test]
    fn letters_are_not_a_whole_number_however_many() {
        assert_eq!(count(&"a".repeat(30)), Err(T::WholeNumber));
        assert_eq!(count("3O00"), Err(T::WholeNumber));
        assert_eq!(count("1e6"), Err(T::WholeNumber));
        assert_eq!(count("-"), Err(T::WholeNumber));
        assert_eq!(count(&"9".repeat(16)), Err(T::NumberTooLarge));
        assert_eq!(count(""), Err(T::EnterNumber));
        assert_eq!(count("3,000"), Ok(3000));
        assert_eq!(count("3\u{202f}000"), Ok(3000));
        assert_eq!(count("-5"), Ok(-5));
        assert_eq!(optional_count("  "), Ok(None));
    }

    #[test]
    fn dates_read_only_when_whole() {
        assert_eq!(date("2026-12-31"), Ok("2026-12-31".into()));
        for half in ["", "0002-12-31", "20261-12-31", "2026-12"] {
            assert_eq!(date(half), Err(T::EnterDate), "{half}");
        }
        assert_eq!(optional_date(""), Ok(None));
        assert_eq!(time("12:30"), Ok("12:30".into()));
        assert_eq!(time("24:00"), Err(T::EnterTime));
        assert_eq!(optional_time(""), Ok(String::new()));
    }

    /// A comma that is not a thousands separator is not dropped: "3,5"
    /// is not 35 and "900,50" is not 90,050 (a careless user's slips).
    #[test]
    fn a_separator_that_does_not_group_thousands_does_not_read() {
        assert_eq!(count("3,000"), Ok(3000));
        assert_eq!(count("3 000"), Ok(3000));
        assert_eq!(count("12,500,000"), Ok(12_500_000));
        assert_eq!(count(" 2500 "), Ok(2500));
        assert_eq!(count("-5"), Ok(-5));
        for slip in [
            "3,5",
            "2,50",
            "30,00",
            "3,0000",
            ",300",
            "300,",
            "1,000 000",
            "3.000",
            "1,,000",
        ] {
            assert_eq!(count(slip), Err(T::WholeNumber), "{slip}");
        }
        assert_eq!(price("1,000.50"), Ok("1000.50".into()));
        for slip in [
            "900,50", "1.000,00", "1 000,00", "9,00", "1.2.3", "12.", ".50x", "$900",
        ] {
            assert_eq!(price(slip), Err(T::EnterPrice), "{slip}");
        }
        assert_eq!(price_decimal_comma("900,50"), Ok("900.50".into()));
        assert_eq!(price_decimal_comma("1 000,00"), Ok("1000.00".into()));
        for slip in ["1.000,00", "1 00,00", "9,"] {
            assert_eq!(price_decimal_comma(slip), Err(T::EnterPrice), "{slip}");
        }
    }

    #[test]
    fn prices_and_thresholds_read_as_people_write_them() {
        assert_eq!(price("1,225.50"), Ok("1225.50".into()));
        assert_eq!(price("150"), Ok("150".into()));
        assert_eq!(price("-1"), Err(T::EnterPrice));
        assert_eq!(price("abc"), Err(T::EnterPrice));
        assert_eq!(price_decimal_comma("1 225,50"), Ok("1225.50".into()));
        assert_eq!(price_decimal_comma("225.5"), Ok("225.5".into()));
        assert_eq!(price_decimal_comma("1,2,3"), Err(T::EnterPrice));
        assert_eq!(price("1 225.50"), Ok("1225.50".into()));
        assert_eq!(price(" 900.50 "), Ok("900.50".into()));
        assert_eq!(price_decimal_comma("1225"), Ok("1225".into()));
        assert_eq!(thresholds("75, 90;98%"), Ok(vec![75, 90, 98]));
        assert_eq!(thresholds("75, x"), Err(T::NotifyError));
    }
}
