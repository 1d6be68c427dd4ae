//! Invoice charges pasted as text, as invoices write them.

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::{Error, ErrorCode};
use crate::fields as plan;
use crate::invoice::{check, MAX_CHARGES};
use crate::money;
use crate::scenario::InvoiceCharge;

/// Reads invoice charges pasted as text: one charge a line, a date and an
/// amount, such as `2026-12-11, $1,234.50`, `Dec 11, 2026 $1,234.50`,
/// `December 11, 2026  1234.50 USD` or `11 Dec 2026;-12,50 kr`. Dates are
/// ISO (`YYYY-MM-DD`) or written with an English month name, before or
/// after the day; numeric dates such as `12/11/2026` are refused, since
/// they read differently in the US and in Europe. A first line without a
/// digit is a header and is skipped, as are blank lines. Amounts may carry
/// a currency sign or code, thousands separators, a decimal comma, and
/// parentheses or a minus for credits.
///
/// # Errors
/// Every line that is not a date and an amount, naming the line; a text
/// with lines but no charge at all.
pub fn parse(text: &str) -> Result<Vec<InvoiceCharge>, Vec<Error>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    let mut header = None;
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        let parsed = date_at_start(l).and_then(|(d, rest)| amount(rest).map(|a| (d, a)));
        match parsed {
            Some((d, a)) => out.push(InvoiceCharge {
                date: d.to_string(),
                amount: a.to_string(),
            }),
            // A header such as "Date, Amount" on the first line.
            None if out.is_empty()
                && errors.is_empty()
                && header.is_none()
                && !l.contains(|c: char| c.is_ascii_digit()) =>
            {
                header = Some((line, l));
            }
            None => errors.push(
                Error::new(
                    format!("line {line}"),
                    ErrorCode::InvoiceLine,
                    format!(
                        "\"{l}\" is not a date and an amount such as \"Dec 11, 2026, $123.45\""
                    ),
                )
                .with("line", line)
                .with("found", l),
            ),
        }
        if errors.len() >= 50 || out.len() > MAX_CHARGES {
            break;
        }
    }
    if let (true, true, Some((line, l))) = (out.is_empty(), errors.is_empty(), header) {
        errors.push(
            Error::new(
                format!("line {line}"),
                ErrorCode::InvoiceLine,
                format!("\"{l}\" is not a date and an amount such as \"Dec 11, 2026, $123.45\", and no line after it is"),
            )
            .with("line", line)
            .with("found", l),
        );
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check(&out).map(|_| out)
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month by its English name or its first three letters (`Sept` too).
fn month(word: &str) -> Option<u32> {
    let w = word.trim_end_matches(['.', ',']).to_ascii_lowercase();
    MONTHS
        .iter()
        .position(|m| {
            *m == w || (w.len() >= 3 && m.starts_with(&w) && (w.len() == 3 || w == "sept"))
        })
        .map(|i| i as u32 + 1)
}

/// A day of the month, with an optional `,` or `.` after it.
fn day(word: &str) -> Option<u32> {
    let d = word.trim_end_matches([',', '.']);
    (d.len() <= 2 && d.bytes().all(|b| b.is_ascii_digit()))
        .then(|| d.parse().ok())
        .flatten()
        .filter(|d| (1..=31).contains(d))
}

/// The date a line starts with, and the text after it.
fn date_at_start(l: &str) -> Option<(NaiveDate, &str)> {
    // ISO: the first ten characters.
    if let Some(iso) = l.get(..10) {
        if let Ok(d) = plan::parse_date(iso, "") {
            return Some((d, &l[10..]));
        }
    }
    // Three words: month day year, or day month year; the year's four
    // digits may run into what follows ("2026,$800.00").
    // Each word with the byte offset it starts at.
    let mut words = l
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - l.as_ptr() as usize, w));
    let ((_, a), (_, b), (year_at, c)) = (words.next()?, words.next()?, words.next()?);
    let (m, d) = match (month(a), day(b), day(a), month(b)) {
        (Some(m), Some(d), _, _) | (_, _, Some(d), Some(m)) => (m, d),
        _ => return None,
    };
    let year = c
        .get(..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    if c[4..].starts_with(|ch: char| ch.is_ascii_digit()) {
        return None;
    }
    let date = NaiveDate::from_ymd_opt(year.parse().ok()?, m, d)?;
    Some((date, &l[year_at + 4..]))
}

/// An amount as written on an invoice, as a decimal.
fn amount(text: &str) -> Option<Decimal> {
    let t = text.trim_start_matches(|c: char| c == ',' || c == ';' || c.is_whitespace());
    let negative =
        t.contains('-') || t.contains('\u{2212}') || (t.contains('(') && t.contains(')'));
    let kept: String = t
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.' || *c == ',')
        .collect();
    if !kept.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    // The last separator followed by one or two digits is the decimal one.
    let body = match kept.rfind(['.', ',']) {
        Some(p) if (1..=2).contains(&(kept.len() - p - 1)) => {
            let (int, frac) = kept.split_at(p);
            format!("{}.{}", int.replace(['.', ','], ""), &frac[1..])
        }
        _ => kept.replace(['.', ','], ""),
    };
    let v = money::parse(&body)?;
    Some(if negative { -v } else { v })
}
