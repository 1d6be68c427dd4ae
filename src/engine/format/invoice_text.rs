//! Invoice charges pasted as text, as invoices write them.

use rust_decimal::Decimal;

use crate::engine::error::{Error, ErrorCode};
use crate::engine::fields as plan;
use crate::engine::invoice::{check, MAX_CHARGES};
use crate::engine::money;
use crate::engine::scenario::InvoiceCharge;

/// Reads invoice charges pasted as text: one charge a line, an ISO date and
/// an amount, such as `2026-12-11, $1,234.50` or `2026-12-11;-12,50 kr`.
/// A first line that is a header is skipped, as are blank lines. Amounts may
/// carry a currency sign or code, thousands separators, a decimal comma, and
/// parentheses or a minus for credits.
///
/// # Errors
/// Every line that is not a date and an amount, naming the line.
pub fn parse(text: &str) -> Result<Vec<InvoiceCharge>, Vec<Error>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut out = Vec::new();
    let mut errors = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        let l = raw.trim();
        if l.is_empty() {
            continue;
        }
        let (date, rest) = l.split_at(l.char_indices().nth(10).map_or(l.len(), |(b, _)| b));
        let parsed = plan::parse_date(date, "")
            .ok()
            .and_then(|d| amount(rest).map(|a| (d, a)));
        match parsed {
            Some((d, a)) => out.push(InvoiceCharge {
                date: d.to_string(),
                amount: a.to_string(),
            }),
            // A header such as "date,amount" on the first line.
            None if out.is_empty()
                && errors.is_empty()
                && !l.starts_with(|c: char| c.is_ascii_digit()) => {}
            None => errors.push(
                Error::new(
                    format!("line {line}"),
                    ErrorCode::InvoiceLine,
                    format!("\"{l}\" is not a date and an amount such as \"2026-12-11, 123.45\""),
                )
                .with("line", line)
                .with("found", l),
            ),
        }
        if errors.len() >= 50 || out.len() > MAX_CHARGES {
            break;
        }
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    check(&out).map(|_| out)
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
