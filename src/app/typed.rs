//! How the text of each kind of field reads: one parser per kind, each
//! giving the value or the reason it does not read. Every field on the page
//! keeps what was typed the same way (`ui::components::inputs::use_typed`),
//! with one of these; they are plain Rust and tested here.

use rust_decimal::Decimal;

use crate::app::i18n::T;

/// How a field's text reads: its value, or why it does not.
pub type Parser<V> = fn(&str) -> Result<V, T>;

/// The characters people put between digit groups: `3,000`, `3 000`,
/// `3'000`, `3_000` (and the no-break spaces `Intl` writes).
fn grouping(c: char) -> bool {
    matches!(c, ' ' | ',' | '_' | '\'' | '\u{a0}' | '\u{202f}')
}

/// A whole number as people type it, group separators ignored. Letters are
/// "not a whole number" however many there are; only digits make a number
/// too large.
pub fn count(text: &str) -> Result<i64, T> {
    let cleaned: String = text.chars().filter(|c| !grouping(*c)).collect();
    if cleaned.is_empty() {
        return Err(T::EnterNumber);
    }
    let digits = cleaned.strip_prefix('-').unwrap_or(&cleaned);
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return Err(T::WholeNumber);
    }
    // Fifteen digits keep every count exact in JavaScript too.
    if digits.len() > 15 {
        return Err(T::NumberTooLarge);
    }
    cleaned.parse::<i64>().map_err(|_| T::WholeNumber)
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

/// A price as English writes it: `225`, `225.00`, `1,225.50` (commas group
/// digits); kept as the decimal string the price book holds.
pub fn price(text: &str) -> Result<String, T> {
    let cleaned: String = text.chars().filter(|c| !grouping(*c)).collect();
    decimal(&cleaned)
}

/// A price as Swedish and Polish write it: `225`, `225,00`, `1 225,50`
/// (spaces group digits; a comma or a point is the decimal mark).
pub fn price_decimal_comma(text: &str) -> Result<String, T> {
    let cleaned: String = text
        .chars()
        .filter(|c| *c == ',' || !grouping(*c))
        .map(|c| if c == ',' { '.' } else { c })
        .collect();
    decimal(&cleaned)
}

/// The price parser for a language.
pub fn price_for(lang: crate::app::i18n::Lang) -> Parser<String> {
    match lang {
        crate::app::i18n::Lang::En => price,
        _ => price_decimal_comma,
    }
}

fn decimal(cleaned: &str) -> Result<String, T> {
    match crate::engine::money::parse(cleaned) {
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

    #[test]
    fn prices_and_thresholds_read_as_people_write_them() {
        assert_eq!(price("1,225.50"), Ok("1225.50".into()));
        assert_eq!(price("150"), Ok("150".into()));
        assert_eq!(price("-1"), Err(T::EnterPrice));
        assert_eq!(price("abc"), Err(T::EnterPrice));
        assert_eq!(price_decimal_comma("1 225,50"), Ok("1225.50".into()));
        assert_eq!(price_decimal_comma("225.5"), Ok("225.5".into()));
        assert_eq!(price_decimal_comma("1,2,3"), Err(T::EnterPrice));
        assert_eq!(thresholds("75, 90;98%"), Ok(vec![75, 90, 98]));
        assert_eq!(thresholds("75, x"), Err(T::NotifyError));
    }
}
