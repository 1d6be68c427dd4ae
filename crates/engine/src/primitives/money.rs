//! Money: decimal amounts, one rounding policy, decimal strings in JSON.
//!
//! No floating point anywhere. An amount that appears on an invoice is rounded
//! once to the currency's minor unit with the scenario's rounding assumption,
//! and carries exactly that many decimals (`"800.00"`, never `"800"`).

use rust_decimal::RoundingStrategy;

/// Money's type: rust_decimal's exact decimal.
pub use rust_decimal::Decimal;

use serde::{Deserialize, Serialize};

/// Decimals in the minor unit of an ISO 4217 currency (2 unless listed).
pub fn minor_units(currency: &str) -> u32 {
    match currency {
        "BIF" | "CLP" | "DJF" | "GNF" | "ISK" | "JPY" | "KMF" | "KRW" | "PYG" | "RWF" | "UGX"
        | "UYI" | "VND" | "VUV" | "XAF" | "XOF" | "XPF" => 0,
        "BHD" | "IQD" | "JOD" | "KWD" | "LYD" | "OMR" | "TND" => 3,
        _ => 2,
    }
}

/// Rounds to `dp` decimals with the scenario's rule, and fixes the scale so the
/// amount prints with exactly `dp` decimals.
pub fn round(amount: Decimal, dp: u32, rounding: Rounding) -> Decimal {
    let strategy = match rounding {
        Rounding::HalfUp => RoundingStrategy::MidpointAwayFromZero,
        Rounding::HalfEven => RoundingStrategy::MidpointNearestEven,
    };
    let mut r = amount.round_dp_with_strategy(dp, strategy);
    r.rescale(dp);
    // A rounded-away credit prints as `0.00`, never `-0.00`.
    if r.is_zero() {
        r.set_sign_positive(true);
    }
    r
}

/// Parses a decimal string such as `"800.00"`. Refuses exponents, spaces and
/// anything but an optional sign, digits and one point.
pub fn parse(text: &str) -> Option<Decimal> {
    let body = text.strip_prefix('-').unwrap_or(text);
    let mut parts = body.splitn(2, '.');
    let int = parts.next().unwrap_or("");
    let frac = parts.next();
    let digits_ok = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !digits_ok(int) || frac.is_some_and(|f| !digits_ok(f)) {
        return None;
    }
    if int.len() > 15 || frac.is_some_and(|f| f.len() > 10) {
        return None;
    }
    text.parse::<Decimal>().ok()
}

/// A decimal with up to `max_dp` decimals, for display of fractions and rates.
pub fn trimmed(value: Decimal, max_dp: u32) -> String {
    value
        .round_dp_with_strategy(max_dp, RoundingStrategy::MidpointAwayFromZero)
        .normalize()
        .to_string()
}

/// Rounding to the currency's minor unit (assumption R8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Rounding {
    /// Half away from zero, also for credits.
    #[default]
    HalfUp,
    /// Half to even (banker's rounding).
    HalfEven,
}

impl Rounding {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [Rounding] = <Rounding as strum::VariantArray>::VARIANTS;

    /// The JSON word.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dec(s: &str) -> Decimal {
        s.parse().unwrap()
    }

    #[test]
    fn half_up_rounds_halves_away_from_zero_also_for_credits() {
        assert_eq!(round(dec("0.125"), 2, Rounding::HalfUp).to_string(), "0.13");
        assert_eq!(
            round(dec("-0.125"), 2, Rounding::HalfUp).to_string(),
            "-0.13"
        );
        assert_eq!(round(dec("0.135"), 2, Rounding::HalfUp).to_string(), "0.14");
    }

    #[test]
    fn half_even_rounds_halves_to_even() {
        assert_eq!(
            round(dec("0.125"), 2, Rounding::HalfEven).to_string(),
            "0.12"
        );
        assert_eq!(
            round(dec("-0.125"), 2, Rounding::HalfEven).to_string(),
            "-0.12"
        );
        assert_eq!(
            round(dec("0.135"), 2, Rounding::HalfEven).to_string(),
            "0.14"
        );
    }

    #[test]
    fn rounded_amounts_always_print_their_minor_units() {
        assert_eq!(round(dec("800"), 2, Rounding::HalfUp).to_string(), "800.00");
        assert_eq!(
            round(dec("1234.5"), 2, Rounding::HalfUp).to_string(),
            "1234.50"
        );
        assert_eq!(
            round(dec("1234.5"), 0, Rounding::HalfUp).to_string(),
            "1235"
        );
        assert_eq!(
            round(dec("-0.001"), 2, Rounding::HalfUp).to_string(),
            "0.00"
        );
    }

    #[test]
    fn only_plain_decimal_strings_parse() {
        assert_eq!(parse("800.00"), Some(dec("800.00")));
        assert_eq!(parse("-5"), Some(dec("-5")));
        for bad in [
            "", "1e3", " 1", "1.", ".5", "1,5", "abc", "1.2.3", "+1", "NaN",
        ] {
            assert_eq!(parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn minor_units_follow_iso_4217() {
        assert_eq!(minor_units("USD"), 2);
        assert_eq!(minor_units("JPY"), 0);
        assert_eq!(minor_units("KWD"), 3);
    }
}
