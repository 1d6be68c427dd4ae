//! Numbers, money and dates natively, by ICU4X, written as the browser's
//! `Intl` writes them for en-US (the prerender's formatter; a test compares
//! the two). Never in the wasm: the browser keeps `Intl` (`crate::intl`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike};
use fixed_decimal::Decimal as Fixed;
use icu_calendar::{Date, Gregorian};
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::options::TimePrecision;
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_decimal::DecimalFormatter;
use icu_experimental::dimension::currency::formatter::CurrencyFormatter;
use icu_experimental::dimension::currency::CurrencyCode;
use icu_locale_core::Locale;
use icu_time::{DateTime, Time};
use rust_decimal::Decimal;

use tierwise_app::text::Format;
use tierwise_engine::outcome::Stamp;

/// en-US formatting by ICU4X, as `crate::intl::Fmt` formats with `Intl`.
pub struct Icu {
    decimal: DecimalFormatter,
    currency: CurrencyFormatter,
    code: CurrencyCode,
    minor: u32,
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    instant: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
}

impl Icu {
    /// Formatters for `locale` (en-US for the prerender), money in
    /// `currency` with `minor` decimals.
    ///
    /// # Panics
    /// For a locale or currency ICU4X's built-in data does not have.
    pub fn new(locale: &str, currency: &str, minor: u32) -> Icu {
        let locale: Locale = locale
            .parse()
            .unwrap_or_else(|_| "en-US".parse().expect("en-US"));
        let code = CurrencyCode(
            currency
                .parse()
                .unwrap_or_else(|_| "USD".parse().expect("USD")),
        );
        Icu {
            decimal: DecimalFormatter::try_new(locale.clone().into(), Default::default())
                .expect("decimal data"),
            currency: CurrencyFormatter::try_new(locale.clone().into(), Default::default())
                .expect("currency data"),
            code,
            minor,
            date: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::medium())
                .expect("date data"),
            instant: FixedCalendarDateTimeFormatter::try_new(
                locale.into(),
                YMDT::medium().with_time_precision(TimePrecision::Minute),
            )
            .expect("date and time data"),
        }
    }

    /// An amount with exactly the currency's decimals, as `Intl` rounds it.
    fn fixed(&self, d: &Decimal) -> Fixed {
        let text = d
            .round_dp_with_strategy(
                self.minor,
                rust_decimal::RoundingStrategy::MidpointAwayFromZero,
            )
            .to_string();
        let mut f: Fixed = text.parse().unwrap_or_default();
        f.absolute.pad_end(-(self.minor as i16));
        f
    }

    fn gregorian(d: NaiveDate) -> Date<Gregorian> {
        Date::try_new_gregorian(d.year(), d.month() as u8, d.day() as u8).expect("a valid date")
    }

    fn local(&self, t: NaiveDateTime) -> String {
        let at = DateTime {
            date: Self::gregorian(t.date()),
            time: Time::try_new(t.hour() as u8, t.minute() as u8, 0, 0).expect("a valid time"),
        };
        // The browsers' Intl (V8's, SpiderMonkey's) writes a plain space
        // before AM/PM where CLDR has a narrow no-break space; the app's
        // figures are the browser's, so the prerender's are too.
        self.instant
            .format(&at)
            .to_string()
            .replace('\u{202f}', " ")
    }
}

impl Format for Icu {
    fn count(&self, n: u64) -> String {
        self.decimal.format(&Fixed::from(n)).to_string()
    }
    fn amount(&self, d: &Decimal) -> String {
        self.decimal.format(&self.fixed(d)).to_string()
    }
    fn money(&self, d: &Decimal) -> String {
        // ICU4X's currency formatter (experimental) puts the sign after the
        // symbol ("$-180.65"); en-US writes it first, as Intl does.
        let text = self
            .currency
            .format_fixed_decimal(&self.fixed(&d.abs()), self.code)
            .to_string();
        if d.is_sign_negative() && !self.fixed(d).absolute.is_zero() {
            format!("-{text}")
        } else {
            text
        }
    }
    fn date(&self, d: NaiveDate) -> String {
        self.date.format(&Self::gregorian(d)).to_string()
    }
    fn instant(&self, s: &Stamp) -> String {
        let offset = s.offset;
        let sign = if offset < 0 { '−' } else { '+' };
        let (h, m) = (
            offset.unsigned_abs() / 3600,
            offset.unsigned_abs() % 3600 / 60,
        );
        let zone = if m == 0 {
            format!("UTC{sign}{h}")
        } else {
            format!("UTC{sign}{h}:{m:02}")
        };
        format!("{} ({zone})", self.local(s.local()))
    }
    /// The viewer's zone is not known at build time: the account's, which
    /// the page's first-screen script hides until the app writes the
    /// viewer's own (`data-viewer-at`).
    fn viewer_instant(&self, s: &Stamp) -> String {
        self.local(s.local())
    }
}
