//! Invoice charges as the scenario writes them (`invoice[i]`), checked:
//! a date and an amount each, at most [`MAX_CHARGES`].

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::error::{Error, ErrorCode};
use crate::fields as plan;
use crate::money;
use crate::scenario::InvoiceCharge;

/// The most charges an invoice may list.
pub const MAX_CHARGES: usize = 1000;

/// Checks invoice charges (paths `invoice[i].date`, `invoice[i].amount`).
///
/// # Errors
/// Every unreadable date or amount, or too many charges.
pub fn check(charges: &[InvoiceCharge]) -> Result<Vec<(NaiveDate, Decimal)>, Vec<Error>> {
    if charges.len() > MAX_CHARGES {
        return Err(vec![Error::too_many(
            "invoice",
            charges.len(),
            MAX_CHARGES,
            "charges",
        )]);
    }
    let mut out = Vec::with_capacity(charges.len());
    let mut errors = Vec::new();
    for (i, c) in charges.iter().enumerate() {
        let date =
            plan::parse_date(&c.date, &format!("invoice[{i}].date")).map_err(|e| errors.push(e));
        let amount = money::parse(&c.amount).ok_or_else(|| {
            errors.push(
                Error::new(
                    format!("invoice[{i}].amount"),
                    ErrorCode::InvalidMoney,
                    format!("\"{}\" is not an amount such as \"123.45\"", c.amount),
                )
                .with("value", &c.amount),
            );
        });
        if let (Ok(d), Ok(a)) = (date, amount) {
            out.push((d, a));
        }
    }
    if errors.is_empty() {
        Ok(out)
    } else {
        Err(errors)
    }
}
