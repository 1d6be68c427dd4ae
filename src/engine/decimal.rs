//! Decimal numbers for money: an `i128` count of `10^-scale` units.
//!
//! The engine's amounts are bounded (prices have at most 15 integer and 10
//! fractional digits, counts at most 10⁹), so a 128-bit mantissa holds every
//! exact sum and product it makes. A quotient that does not terminate keeps
//! 28 decimals, rounded half to even, as `rust_decimal` does; a result that
//! would pass 36 digits gives up decimals, rounded the same way. This type
//! replaced `rust_decimal` in the browser bundle, where that crate's general
//! 96-bit arithmetic was about 9 KB of the gzipped transfer (issue 7); the
//! tests compare every operation with `rust_decimal` on random operands.

use core::cmp::Ordering;
use core::fmt;
use core::ops::{Add, AddAssign, Div, Mul, Neg, Sub, SubAssign};
use core::str::FromStr;

/// The most decimals a value keeps.
pub const MAX_SCALE: u32 = 28;

/// Mantissas stay below this in magnitude, leaving room to align scales.
const LIMIT: u128 = 10u128.pow(36);

/// How to round a value that lies exactly halfway.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoundingStrategy {
    /// `0.125` → `0.12`, `0.135` → `0.14`.
    MidpointNearestEven,
    /// `0.125` → `0.13`, `-0.125` → `-0.13`.
    MidpointAwayFromZero,
}

/// A decimal number: `mantissa × 10^-scale`.
#[derive(Clone, Copy, Default)]
pub struct Decimal {
    mantissa: i128,
    scale: u32,
}

/// The error of a text that is not a decimal number.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseDecimalError;

impl fmt::Display for ParseDecimalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("not a decimal number")
    }
}

fn pow10(n: u32) -> u128 {
    10u128.pow(n)
}

/// `value / 10^digits`, rounded.
fn shift_down(value: u128, digits: u32, strategy: RoundingStrategy) -> u128 {
    if digits == 0 {
        return value;
    }
    if digits > 38 {
        return 0;
    }
    let p = pow10(digits);
    let (q, r) = (value / p, value % p);
    let rest = p - r;
    let up = match r.cmp(&rest) {
        Ordering::Greater => true,
        Ordering::Less => false,
        Ordering::Equal => match strategy {
            RoundingStrategy::MidpointAwayFromZero => true,
            RoundingStrategy::MidpointNearestEven => q % 2 == 1,
        },
    };
    q + u128::from(up)
}

impl Decimal {
    /// Zero.
    pub const ZERO: Decimal = Decimal {
        mantissa: 0,
        scale: 0,
    };
    /// One.
    pub const ONE: Decimal = Decimal {
        mantissa: 1,
        scale: 0,
    };

    /// `mantissa × 10^-scale`; a scale above [`MAX_SCALE`] is rounded down to it.
    pub fn new(mantissa: i64, scale: u32) -> Decimal {
        Decimal::from_parts(
            i128::from(mantissa) < 0,
            i128::from(mantissa).unsigned_abs(),
            scale,
        )
    }

    /// Builds a value from a sign and a magnitude of any size, giving up
    /// decimals (rounded half to even) until it fits.
    fn from_parts(negative: bool, magnitude: u128, scale: u32) -> Decimal {
        let (mut m, mut s) = (magnitude, scale);
        if s > MAX_SCALE {
            m = shift_down(m, s - MAX_SCALE, RoundingStrategy::MidpointNearestEven);
            s = MAX_SCALE;
        }
        while m >= LIMIT && s > 0 {
            m = shift_down(m, 1, RoundingStrategy::MidpointNearestEven);
            s -= 1;
        }
        // Past 10^36 with no decimals left: beyond any amount the engine
        // makes (its inputs are bounded); saturate rather than wrap.
        let m = i128::try_from(m.min(LIMIT)).unwrap_or(i128::MAX);
        Decimal {
            mantissa: if negative { -m } else { m },
            scale: s,
        }
    }

    fn magnitude(self) -> u128 {
        self.mantissa.unsigned_abs()
    }

    /// Whether the value is zero.
    pub fn is_zero(self) -> bool {
        self.mantissa == 0
    }

    /// Whether the value is below zero.
    pub fn is_sign_negative(self) -> bool {
        self.mantissa < 0
    }

    /// Whether the value is zero or above.
    pub fn is_sign_positive(self) -> bool {
        self.mantissa >= 0
    }

    /// The absolute value.
    pub fn abs(self) -> Decimal {
        Decimal {
            mantissa: self.mantissa.abs(),
            scale: self.scale,
        }
    }

    /// The number of decimals the value carries.
    pub fn scale(self) -> u32 {
        self.scale
    }

    /// Rounds to at most `dp` decimals; a value with fewer is unchanged.
    pub fn round_dp_with_strategy(self, dp: u32, strategy: RoundingStrategy) -> Decimal {
        if dp >= self.scale {
            return self;
        }
        let m = shift_down(self.magnitude(), self.scale - dp, strategy);
        Decimal::from_parts(self.is_sign_negative(), m, dp)
    }

    /// Rounds to at most `dp` decimals, halves to even.
    pub fn round_dp(self, dp: u32) -> Decimal {
        self.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven)
    }

    /// Sets the number of decimals to exactly `dp`: adds zeros, or rounds
    /// halves away from zero.
    pub fn rescale(&mut self, dp: u32) {
        let dp = dp.min(MAX_SCALE);
        if dp < self.scale {
            *self = self.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero);
        }
        if let Some(m) = (dp > self.scale)
            .then(|| self.mantissa.checked_mul(10i128.pow(dp - self.scale)))
            .flatten()
        {
            *self = Decimal {
                mantissa: m,
                scale: dp,
            };
        }
    }

    /// The same value without trailing zero decimals.
    pub fn normalize(self) -> Decimal {
        let (mut m, mut s) = (self.mantissa, self.scale);
        while s > 0 && m % 10 == 0 {
            m /= 10;
            s -= 1;
        }
        Decimal {
            mantissa: m,
            scale: s,
        }
    }

    /// Both values' mantissas at their common scale, when that fits.
    fn aligned(self, other: Decimal) -> Option<(i128, i128, u32)> {
        let s = self.scale.max(other.scale);
        let a = self.mantissa.checked_mul(10i128.pow(s - self.scale))?;
        let b = other.mantissa.checked_mul(10i128.pow(s - other.scale))?;
        Some((a, b, s))
    }

    /// `self + other`, giving up the smaller value's last decimals if the
    /// exact sum would not fit.
    fn sum(self, other: Decimal) -> Decimal {
        if let Some((a, b, s)) = self.aligned(other) {
            if let Some(m) = a.checked_add(b) {
                return Decimal::from_parts(m < 0, m.unsigned_abs(), s);
            }
        }
        // Only for values near the limit: round the finer one to the coarser
        // one's scale first.
        let s = self.scale.min(other.scale);
        let (a, b) = (self.round_dp(s), other.round_dp(s));
        let m = a.mantissa.saturating_add(b.mantissa);
        Decimal::from_parts(m < 0, m.unsigned_abs(), s)
    }

    /// The full 256-bit product of two magnitudes, as (high, low) halves.
    fn wide_mul(a: u128, b: u128) -> (u128, u128) {
        let mask = u128::from(u64::MAX);
        let (a1, a0) = (a >> 64, a & mask);
        let (b1, b0) = (b >> 64, b & mask);
        let low = a0 * b0;
        let mid1 = a1 * b0;
        let mid2 = a0 * b1;
        let high = a1 * b1;
        let (mid, carry_mid) = mid1.overflowing_add(mid2);
        let (low, carry_low) = low.overflowing_add(mid << 64);
        let high = high + (mid >> 64) + (u128::from(carry_mid) << 64) + u128::from(carry_low);
        (high, low)
    }

    /// Divides a 256-bit magnitude by 10, returning the remainder digit.
    fn wide_div10(high: &mut u128, low: &mut u128) -> u128 {
        let mut rem = 0u128;
        let mut out = [0u128; 4];
        let limbs = [
            *high >> 64,
            *high & u128::from(u64::MAX),
            *low >> 64,
            *low & u128::from(u64::MAX),
        ];
        for (i, limb) in limbs.iter().enumerate() {
            let cur = (rem << 64) | limb;
            out[i] = cur / 10;
            rem = cur % 10;
        }
        *high = (out[0] << 64) | out[1];
        *low = (out[2] << 64) | out[3];
        rem
    }

    fn product(self, other: Decimal) -> Decimal {
        if self.is_zero() || other.is_zero() {
            return Decimal::ZERO; // As rust_decimal: no decimals on a zero product.
        }
        let negative = self.is_sign_negative() != other.is_sign_negative();
        let scale = self.scale + other.scale;
        if let Some(m) = self.magnitude().checked_mul(other.magnitude()) {
            return Decimal::from_parts(negative, m, scale);
        }
        // Drop digits from the wide product until it fits in 128 bits,
        // remembering what was dropped for a half-to-even rounding.
        let (mut high, mut low) = Decimal::wide_mul(self.magnitude(), other.magnitude());
        let (mut s, mut last, mut sticky) = (scale, 0u128, false);
        while high != 0 && s > 0 {
            sticky |= last != 0;
            last = Decimal::wide_div10(&mut high, &mut low);
            s -= 1;
        }
        if high != 0 {
            return Decimal::from_parts(negative, u128::MAX, 0);
        }
        let up = last > 5 || (last == 5 && (sticky || low % 2 == 1));
        Decimal::from_parts(negative, low + u128::from(up), s)
    }

    fn quotient(self, other: Decimal) -> Decimal {
        if other.is_zero() {
            // The engine never divides by zero (every divisor is a count of
            // days, seconds or 100); a zero result is safer than a panic.
            return Decimal::ZERO;
        }
        if self.is_zero() {
            return Decimal::ZERO;
        }
        let negative = self.is_sign_negative() != other.is_sign_negative();
        let (a, b) = (self.magnitude(), other.magnitude());
        // The natural scale, self.scale - other.scale, may be below zero:
        // those digits are owed whatever the remainder.
        let natural = self.scale as i32 - other.scale as i32;
        let mut scale = natural;
        let (mut q, mut r) = (a / b, a % b);
        // Long division, a run of decimals per step: 9 in 64 bits for a
        // divisor below 2^32 (days, seconds, 100: one machine division each),
        // else as many as `r × 10^n` fits in 128 bits. It stops when exact
        // and nothing is owed, or at 28 decimals, or at 36 digits.
        let small = b < 1 << 32;
        let room = if small { 9 } else { (u128::MAX / b).ilog10() };
        let max_scale = MAX_SCALE as i32;
        while scale < 0 || (r != 0 && scale < max_scale && q < LIMIT / 10) {
            if q >= LIMIT / 10 {
                // An owed digit would pass 36: past any amount the engine
                // makes; saturate as from_parts does.
                return Decimal::from_parts(negative, LIMIT, 0);
            }
            let digits = if q == 0 { 0 } else { q.ilog10() + 1 };
            let wanted = if scale < 0 { -scale } else { max_scale - scale };
            let n = (wanted as u32).min(36 - digits).min(room).max(1);
            let p = pow10(n);
            let (run, rest) = if small {
                // r < b < 2^32, so r × 10^9 < 2^64.
                let (r64, b64) = (r as u64, b as u64);
                let rp = r64 * p as u64;
                (u128::from(rp / b64), u128::from(rp % b64))
            } else {
                // room ≥ 1 here, as b < LIMIT; r × 10^n < b × 10^room.
                let rp = r * p;
                (rp / b, rp % b)
            };
            q = q * p + run;
            r = rest;
            scale += n as i32;
        }
        // An exact quotient keeps no zeros past its natural scale.
        while r == 0 && scale > natural.max(0) && q % 10 == 0 {
            q /= 10;
            scale -= 1;
        }
        let scale = scale as u32;
        let rest = b - r;
        let up = r > rest || (r == rest && r != 0 && q % 2 == 1);
        Decimal::from_parts(negative, q + u128::from(up), scale)
    }

    /// The value with its fractional part dropped.
    pub fn trunc(self) -> Decimal {
        Decimal {
            mantissa: self.mantissa / 10i128.pow(self.scale),
            scale: 0,
        }
    }

    /// A close `f64`, for drawing only (never for amounts).
    pub fn to_f64(self) -> f64 {
        // Mantissas stay below 10^36, inside f64's range.
        self.mantissa as f64 / 10f64.powi(self.scale as i32)
    }
}

impl PartialEq for Decimal {
    fn eq(&self, other: &Decimal) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Decimal {}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match self.aligned(*other) {
            Some((a, b, _)) => a.cmp(&b),
            // Alignment overflows only when the coarser value is huge, so the
            // signs and integer parts decide.
            None => match self.mantissa.signum().cmp(&other.mantissa.signum()) {
                Ordering::Equal => self
                    .trunc()
                    .mantissa
                    .cmp(&other.trunc().mantissa)
                    .then_with(|| {
                        let (a, b) = (*self - self.trunc(), *other - other.trunc());
                        a.aligned(b).map_or(Ordering::Equal, |(a, b, _)| a.cmp(&b))
                    }),
                o => o,
            },
        }
    }
}

impl core::hash::Hash for Decimal {
    fn hash<H: core::hash::Hasher>(&self, state: &mut H) {
        let n = self.normalize();
        n.mantissa.hash(state);
        n.scale.hash(state);
    }
}

impl fmt::Debug for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

impl fmt::Display for Decimal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Digits from the right, by hand: u128's own Display is 1 KB of wasm.
        // A sign, 39 digits, a point and the zeros of a scale up to 28.
        let mut buf = [0u8; 72];
        let mut i = buf.len();
        let mut m = self.magnitude();
        let mut written = 0u32;
        while m > 0 || written <= self.scale {
            if written == self.scale && self.scale > 0 {
                i -= 1;
                buf[i] = b'.';
            }
            i -= 1;
            // In 64 bits when it fits (nearly always): u128 division is a
            // library call in wasm.
            let digit = match u64::try_from(m) {
                Ok(small) => {
                    m = u128::from(small / 10);
                    small % 10
                }
                Err(_) => {
                    let d = (m % 10) as u64;
                    m /= 10;
                    d
                }
            };
            buf[i] = b'0' + digit as u8;
            written += 1;
        }
        if self.is_sign_negative() {
            i -= 1;
            buf[i] = b'-';
        }
        f.write_str(core::str::from_utf8(&buf[i..]).unwrap_or_default())
    }
}

impl FromStr for Decimal {
    type Err = ParseDecimalError;

    /// Plain decimal text: an optional sign, digits, and at most one point
    /// with digits on at least one side. No exponent, no spaces.
    fn from_str(text: &str) -> Result<Decimal, ParseDecimalError> {
        let (negative, body) = match text.as_bytes().first() {
            Some(b'-') => (true, &text[1..]),
            Some(b'+') => (false, &text[1..]),
            _ => (false, text),
        };
        let (int, frac) = body.split_once('.').unwrap_or((body, ""));
        let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if (int.is_empty() && frac.is_empty()) || !digits(int) || !digits(frac) {
            return Err(ParseDecimalError);
        }
        let mut m = 0u128;
        let mut scale = 0u32;
        for (i, b) in int.bytes().chain(frac.bytes()).enumerate() {
            let in_frac = i >= int.len();
            if m >= LIMIT / 10 {
                if in_frac {
                    break; // Further decimals cannot be kept.
                }
                return Err(ParseDecimalError);
            }
            m = m * 10 + u128::from(b - b'0');
            scale += u32::from(in_frac);
        }
        Ok(Decimal::from_parts(negative, m, scale))
    }
}

macro_rules! from_int {
    ($($t:ty),*) => {$(
        impl From<$t> for Decimal {
            fn from(n: $t) -> Decimal {
                Decimal { mantissa: i128::from(n), scale: 0 }
            }
        }
    )*};
}
from_int!(i32, u32, i64, u64);

impl TryFrom<Decimal> for u64 {
    type Error = ParseDecimalError;

    /// The integer part, if it is a `u64`.
    fn try_from(d: Decimal) -> Result<u64, ParseDecimalError> {
        u64::try_from(d.trunc().mantissa).map_err(|_| ParseDecimalError)
    }
}

impl Neg for Decimal {
    type Output = Decimal;
    fn neg(self) -> Decimal {
        Decimal {
            mantissa: -self.mantissa,
            scale: self.scale,
        }
    }
}

impl Add for Decimal {
    type Output = Decimal;
    fn add(self, other: Decimal) -> Decimal {
        self.sum(other)
    }
}

impl Sub for Decimal {
    type Output = Decimal;
    fn sub(self, other: Decimal) -> Decimal {
        self.sum(-other)
    }
}

impl Mul for Decimal {
    type Output = Decimal;
    fn mul(self, other: Decimal) -> Decimal {
        self.product(other)
    }
}

impl Div for Decimal {
    type Output = Decimal;
    fn div(self, other: Decimal) -> Decimal {
        self.quotient(other)
    }
}

impl AddAssign for Decimal {
    fn add_assign(&mut self, other: Decimal) {
        *self = *self + other;
    }
}

impl SubAssign for Decimal {
    fn sub_assign(&mut self, other: Decimal) {
        *self = *self - other;
    }
}

impl core::iter::Sum for Decimal {
    fn sum<I: Iterator<Item = Decimal>>(iter: I) -> Decimal {
        iter.fold(Decimal::ZERO, Add::add)
    }
}

impl<'a> core::iter::Sum<&'a Decimal> for Decimal {
    fn sum<I: Iterator<Item = &'a Decimal>>(iter: I) -> Decimal {
        iter.fold(Decimal::ZERO, |a, b| a + *b)
    }
}

impl serde::Serialize for Decimal {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal::Decimal as Oracle;

    /// A small deterministic generator (xorshift), so failures reproduce.
    struct Rng(u64);

    impl Rng {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }

        fn below(&mut self, n: u64) -> u64 {
            self.next() % n
        }

        /// Decimal text in the engine's domain: up to `int` integer digits
        /// and `frac` decimals, either sign.
        fn text(&mut self, int: u64, frac: u64) -> String {
            let digits = |r: &mut Rng, n: u64| -> String {
                (0..n)
                    .map(|_| char::from(b'0' + r.below(10) as u8))
                    .collect()
            };
            let i = self.below(int) + 1;
            let f = self.below(frac + 1);
            let mut s = String::new();
            if self.below(4) == 0 {
                s.push('-');
            }
            s.push_str(&digits(self, i));
            if f > 0 {
                s.push('.');
                s.push_str(&digits(self, f));
            }
            s
        }
    }

    fn both(text: &str) -> (Decimal, Oracle) {
        (text.parse().unwrap(), text.parse().unwrap())
    }

    /// Text equality, with the oracle's negative zero read as zero.
    fn same(ours: Decimal, oracle: Oracle, what: &str) {
        let o = if oracle.is_zero() {
            oracle.abs()
        } else {
            oracle
        };
        assert_eq!(ours.to_string(), o.to_string(), "{what}");
    }

    #[test]
    fn parsing_and_printing_agree_with_rust_decimal() {
        let mut r = Rng(7);
        for _ in 0..20_000 {
            let t = r.text(15, 10);
            let (a, o) = both(&t);
            same(a, o, &t);
        }
        for bad in [
            "", "-", ".", "1e5", "1.2.3", " 1", "1 ", "--1", "0x10", "1,5",
        ] {
            assert!(bad.parse::<Decimal>().is_err(), "{bad}");
        }
        assert_eq!("007.50".parse::<Decimal>().unwrap().to_string(), "7.50");
        assert_eq!("-0.000".parse::<Decimal>().unwrap().to_string(), "0.000");
        assert_eq!(Decimal::new(-5, 3).to_string(), "-0.005");
    }

    #[test]
    fn sums_differences_and_products_agree_with_rust_decimal() {
        let mut r = Rng(11);
        for _ in 0..20_000 {
            let (ta, tb) = (r.text(15, 10), r.text(12, 10));
            let ((a, oa), (b, ob)) = (both(&ta), both(&tb));
            same(a + b, oa + ob, &format!("{ta} + {tb}"));
            same(a - b, oa - ob, &format!("{ta} - {tb}"));
            // Products within rust_decimal's 28 digits are exact in both.
            let (tc, td) = (r.text(9, 5), r.text(9, 4));
            let ((c, oc), (d, od)) = (both(&tc), both(&td));
            same(c * d, oc * od, &format!("{tc} * {td}"));
            assert_eq!(a.cmp(&b), oa.cmp(&ob), "{ta} <> {tb}");
        }
    }

    fn q_times(t: &str, b: Decimal) -> Decimal {
        t.parse::<Decimal>().unwrap() * b
    }

    fn oq_times(t: &str, b: Oracle) -> Oracle {
        t.parse::<Oracle>().unwrap() * b
    }

    #[test]
    fn quotients_agree_with_rust_decimal_to_every_decimal_it_keeps() {
        let mut r = Rng(13);
        for _ in 0..20_000 {
            let (ta, tb) = (r.text(12, 6), r.text(7, 4));
            let ((a, oa), (b, ob)) = (both(&ta), both(&tb));
            if b.is_zero() {
                continue;
            }
            // rust_decimal keeps at least 28 significant digits; compare at
            // 8 decimals, below which the quotients (< 10^16) agree.
            same(
                (a / b).round_dp(8).normalize(),
                (oa / ob).round_dp(8).normalize(),
                &format!("{ta} / {tb}"),
            );
            // A quotient that terminates comes out exact in both. (Its
            // decimals may differ: rust_decimal sometimes keeps trailing
            // zeros, as in 9743.3 / 3.5 = 2783.80; ours has the fewest
            // from the natural scale on. The engine rounds or normalizes
            // every quotient before it shows one.)
            let tq = r.text(9, 6);
            let ((q, oq), c, oc) = (both(&tq), q_times(&tq, b), oq_times(&tq, ob));
            same(c, oc, &format!("{tq} * {tb}"));
            if !q.is_zero() {
                same(
                    (c / q).normalize(),
                    (oc / oq).normalize(),
                    &format!("{tq} * {tb} / {tq}"),
                );
                same(
                    (c / b).normalize(),
                    (oc / ob).normalize(),
                    &format!("{tq} * {tb} / {tb}"),
                );
                assert_eq!(c / b, q, "{tq} * {tb} / {tb}");
            }
        }
        assert_eq!(
            (Decimal::ONE / Decimal::from(3)).to_string(),
            "0.3333333333333333333333333333"
        );
        assert_eq!(
            (Decimal::from(2) / Decimal::from(3)).to_string(),
            "0.6666666666666666666666666667"
        );
        assert_eq!(
            ("800.00".parse::<Decimal>().unwrap() / Decimal::from(2)).to_string(),
            "400.00"
        );
        assert_eq!((Decimal::from(10) / Decimal::from(4)).to_string(), "2.5");
        // 2^-29 has 29 decimals; the 29th, a 5, rounds to the even 28th.
        let two_29 = Decimal::from(536_870_912u32);
        let o_two_29 = Oracle::from(536_870_912u32);
        assert_eq!(
            (Decimal::ONE / two_29).to_string(),
            "0.0000000018626451492309570312"
        );
        same(Decimal::ONE / two_29, Oracle::ONE / o_two_29, "1 / 2^29");
        same(
            Decimal::from(3) / two_29,
            Oracle::from(3) / o_two_29,
            "3 / 2^29",
        );
        assert_eq!((Decimal::from(5) / Decimal::ZERO).to_string(), "0");
        // A divisor with more decimals than the dividend: the digits owed
        // (here 28) come from the long division, not from scaling the
        // dividend up, which would pass 128 bits.
        let half = "0.5000000000000000000000000000";
        let (h, oh) = both(half);
        let (a, oa) = both("1000000000000000");
        same((a / h).normalize(), (oa / oh).normalize(), "10^15 / 0.5");
        assert_eq!((a / h).to_string(), "2000000000000000");
        let mut r = Rng(19);
        for _ in 0..5_000 {
            let ta = r.text(12, 4);
            let digits: String = (0..27)
                .map(|_| char::from(b'0' + r.below(10) as u8))
                .collect();
            let tb = format!("0.{}{digits}", 1 + r.below(9));
            let ((a, oa), (b, ob)) = (both(&ta), both(&tb));
            same(
                (a / b).round_dp(8).normalize(),
                (oa / ob).round_dp(8).normalize(),
                &format!("{ta} / {tb}"),
            );
        }
    }

    #[test]
    fn rounding_and_rescaling_agree_with_rust_decimal() {
        use rust_decimal::RoundingStrategy as O;
        let mut r = Rng(17);
        for _ in 0..20_000 {
            let t = r.text(15, 12);
            let (a, o) = both(&t);
            let dp = r.below(12) as u32;
            same(
                a.round_dp_with_strategy(dp, RoundingStrategy::MidpointNearestEven),
                o.round_dp_with_strategy(dp, O::MidpointNearestEven),
                &format!("{t} even {dp}"),
            );
            same(
                a.round_dp_with_strategy(dp, RoundingStrategy::MidpointAwayFromZero),
                o.round_dp_with_strategy(dp, O::MidpointAwayFromZero),
                &format!("{t} away {dp}"),
            );
            let (mut a2, mut o2) = (a, o);
            a2.rescale(dp);
            o2.rescale(dp);
            same(a2, o2, &format!("{t} rescale {dp}"));
            same(a.normalize(), o.normalize(), &format!("{t} normalize"));
            same(a.trunc(), o.trunc(), &format!("{t} trunc"));
        }
    }

    #[test]
    fn halves_round_as_asked() {
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        let even = RoundingStrategy::MidpointNearestEven;
        let away = RoundingStrategy::MidpointAwayFromZero;
        assert_eq!(
            d("0.125").round_dp_with_strategy(2, even).to_string(),
            "0.12"
        );
        assert_eq!(
            d("0.135").round_dp_with_strategy(2, even).to_string(),
            "0.14"
        );
        assert_eq!(
            d("-0.125").round_dp_with_strategy(2, away).to_string(),
            "-0.13"
        );
        assert_eq!(d("2.5").round_dp(0).to_string(), "2");
        assert_eq!(d("3.5").round_dp(0).to_string(), "4");
    }

    #[test]
    fn equal_values_are_equal_and_hash_alike_whatever_their_decimals() {
        use std::collections::hash_map::DefaultHasher;
        use std::hash::{Hash, Hasher};
        let hash = |d: Decimal| {
            let mut h = DefaultHasher::new();
            d.hash(&mut h);
            h.finish()
        };
        let (a, b) = (
            "1.50".parse::<Decimal>().unwrap(),
            "1.5".parse::<Decimal>().unwrap(),
        );
        assert_eq!(a, b);
        assert_eq!(hash(a), hash(b));
        assert!(Decimal::new(-1, 2) < Decimal::ZERO);
        assert_eq!(u64::try_from(Decimal::new(12_345, 2)), Ok(123));
        assert!(u64::try_from(Decimal::new(-1, 0)).is_err());
    }

    #[test]
    fn results_past_36_digits_give_up_decimals_not_magnitude() {
        let big = "999999999999999.9999999999".parse::<Decimal>().unwrap();
        let p = big * big * big;
        // About 10^45: beyond the limit even without decimals, so it saturates.
        assert!(p > Decimal::from(u64::MAX));
        let q = big * big;
        assert_eq!(q.round_dp(0).to_string(), "999999999999999999999999800000");
        let c = (Decimal::ONE / Decimal::from(3)) * Decimal::from(1_000_000_000u64);
        assert_eq!(c.round_dp(10).to_string(), "333333333.3333333333");
    }
}
