//! Locale formatting through the browser's `Intl`: numbers, money, dates,
//! and instants in the account's zone and the viewer's.

use std::rc::Rc;

use chrono::{Datelike, NaiveDate};
use js_sys::{Array, Date, Function, Intl, Object, Reflect};
use rust_decimal::Decimal;
use wasm_bindgen::JsValue;

use tierwise_app::text::Format;
use tierwise_engine::outcome::Stamp;

/// Formatters for one locale, currency and account zone.
pub struct Fmt {
    count: Function,
    amount: Function,
    money: Function,
    date: Function,
    instant: Function,
    viewer: Function,
    short_date: Function,
    /// The locale's decimal separator, for factors and fractions ("1,2×").
    point: String,
}

/// Shared formatter handle; equal when it is the same formatter.
#[derive(Clone)]
pub struct FmtHandle(pub Rc<dyn Format>);

impl FmtHandle {
    /// The page's formatter, which the texts' counts are written with too
    /// (Fluent's formatter hook, [`tierwise_app::catalogue::set_count_format`]).
    pub fn page(fmt: impl Format + 'static) -> FmtHandle {
        let fmt: Rc<dyn Format> = Rc::new(fmt);
        let counts = fmt.clone();
        tierwise_app::catalogue::set_count_format(move |n| {
            let text = counts.count(n.unsigned_abs());
            if n < 0 {
                format!("−{text}")
            } else {
                text
            }
        });
        FmtHandle(fmt)
    }
}

/// The page's formatter for `locale`, money in `currency` with `minor`
/// decimals, instants in `zone`: the browser's `Intl` in the browser; in
/// the prerender, ICU4X, which writes en-US as `Intl` does (a test compares
/// them); in other native builds (tests), plain English.
pub fn page_format(locale: &str, currency: &str, minor: u32, zone: &str) -> FmtHandle {
    #[cfg(target_arch = "wasm32")]
    {
        FmtHandle::page(Fmt::new(locale, currency, minor, zone))
    }
    #[cfg(all(not(target_arch = "wasm32"), feature = "prerender"))]
    {
        let _ = zone;
        FmtHandle::page(crate::icu::Icu::new(locale, currency, minor))
    }
    #[cfg(all(not(target_arch = "wasm32"), not(feature = "prerender")))]
    {
        let _ = (locale, currency, minor, zone);
        FmtHandle::page(tierwise_app::text::Plain)
    }
}

impl PartialEq for FmtHandle {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::addr_eq(Rc::as_ptr(&self.0), Rc::as_ptr(&other.0))
    }
}

fn options(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn s(v: &str) -> JsValue {
    JsValue::from_str(v)
}

/// The viewer's preferred language tag, such as `sv-SE`.
pub fn browser_locale() -> String {
    web_sys::window()
        .map(|w| w.navigator().language().unwrap_or_default())
        .filter(|l| !l.is_empty())
        .unwrap_or_else(|| "en-US".to_string())
}

fn number(locales: &Array, opts: Object) -> Function {
    Intl::NumberFormat::new(locales, &opts).format()
}

fn datetime(locales: &Array, opts: Object) -> Function {
    Intl::DateTimeFormat::new(locales, &opts).format()
}

impl Fmt {
    /// Formatters for `locale`, money in `currency` with `minor` decimals,
    /// instants in `zone`.
    pub fn new(locale: &str, currency: &str, minor: u32, zone: &str) -> Fmt {
        let locales = Array::of1(&s(locale));
        let minor = JsValue::from_f64(f64::from(minor));
        let half = Self::call(&number(&locales, Object::new()), &JsValue::from_f64(1.5));
        let point = half
            .trim_start_matches('1')
            .trim_end_matches('5')
            .to_string();
        Fmt {
            point: if point.is_empty() { ".".into() } else { point },
            count: number(
                &locales,
                options(&[("maximumFractionDigits", JsValue::from_f64(0.0))]),
            ),
            amount: number(
                &locales,
                options(&[
                    ("minimumFractionDigits", minor.clone()),
                    ("maximumFractionDigits", minor.clone()),
                ]),
            ),
            money: number(
                &locales,
                options(&[
                    ("style", s("currency")),
                    ("currency", s(currency)),
                    ("minimumFractionDigits", minor.clone()),
                    ("maximumFractionDigits", minor),
                ]),
            ),
            date: datetime(
                &locales,
                options(&[("dateStyle", s("medium")), ("timeZone", s("UTC"))]),
            ),
            short_date: datetime(
                &locales,
                options(&[
                    ("month", s("short")),
                    ("year", s("2-digit")),
                    ("timeZone", s("UTC")),
                ]),
            ),
            instant: datetime(
                &locales,
                options(&[
                    ("dateStyle", s("medium")),
                    ("timeStyle", s("short")),
                    ("timeZone", s(zone)),
                ]),
            ),
            viewer: datetime(
                &locales,
                options(&[("dateStyle", s("medium")), ("timeStyle", s("short"))]),
            ),
        }
    }

    fn call(f: &Function, v: &JsValue) -> String {
        f.call1(&JsValue::NULL, v)
            .ok()
            .and_then(|r| r.as_string())
            .unwrap_or_default()
    }

    fn decimal(d: &Decimal) -> JsValue {
        // Intl formats the decimal string exactly (no float rounding) in modern browsers.
        JsValue::from_str(&d.to_string())
    }

    /// An instant in the viewer's own zone.
    pub fn viewer_instant(&self, st: &Stamp) -> String {
        Self::call(
            &self.viewer,
            &Date::new(&JsValue::from_f64(st.unix as f64 * 1000.0)),
        )
    }

    /// A month label for axis ticks: `Dec 26`.
    pub fn month(&self, d: NaiveDate) -> String {
        Self::call(&self.short_date, &utc(d))
    }
}

fn utc(d: NaiveDate) -> JsValue {
    let ms = Date::utc(f64::from(d.year()), f64::from(d.month0()));
    Date::new(&JsValue::from_f64(ms + f64::from(d.day0()) * 86_400_000.0)).into()
}

impl Format for Fmt {
    fn count(&self, n: u64) -> String {
        Self::call(&self.count, &JsValue::from_f64(n as f64))
    }
    fn amount(&self, d: &Decimal) -> String {
        Self::call(&self.amount, &Self::decimal(d))
    }
    fn money(&self, d: &Decimal) -> String {
        Self::call(&self.money, &Self::decimal(d))
    }
    fn date(&self, d: NaiveDate) -> String {
        Self::call(&self.date, &utc(d))
    }
    fn decimal(&self, d: &Decimal) -> String {
        d.normalize().to_string().replace('.', &self.point)
    }
    fn viewer_instant(&self, st: &Stamp) -> String {
        Fmt::viewer_instant(self, st)
    }
    fn instant(&self, st: &Stamp) -> String {
        let date = Date::new(&JsValue::from_f64(st.unix as f64 * 1000.0));
        let text = Self::call(&self.instant, &date);
        // Add the zone's own abbreviation (EST/EDT, GMT+1 …) from the offset.
        let offset = st.offset;
        let sign = if offset < 0 { '−' } else { '+' };
        let (h, m) = (
            offset.unsigned_abs() / 3600,
            offset.unsigned_abs() % 3600 / 60,
        );
        if m == 0 {
            format!("{text} (UTC{sign}{h})")
        } else {
            format!("{text} (UTC{sign}{h}:{m:02})")
        }
    }
}
