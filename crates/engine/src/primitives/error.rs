//! The one public error type of the engine.
//!
//! Every error names the place in the scenario it is about (a field path such
//! as `events[3].count`, or `""` for the whole document), carries a stable
//! [`ErrorCode`] and the values behind it, typed (a count, a date, what was
//! typed), and its `Display` is a complete English sentence for the CLI.
//! Interfaces in other languages build their own sentence from the code and
//! the values, never from the English.

use std::fmt;

use serde::Serialize;

/// What went wrong, as a stable code. Serialized in `snake_case`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// The text is not JSON. Params: `line`, `column`, `detail`.
    Syntax,
    /// The input is larger than the engine accepts. Params: `size`, `max`.
    TooLarge,
    /// A required field is absent. Params: `field`.
    MissingField,
    /// A field that the format does not know. Params: `field`.
    UnknownField,
    /// A value of the wrong JSON type, or an unknown word. Params: `detail`.
    InvalidValue,
    /// The scenario was made by a newer version of Tierwise. Params: `version`.
    NewerVersion,
    /// The `version` field is missing or not a supported version. Params: `value`.
    BadVersion,
    /// Not a date `YYYY-MM-DD`. Params: `value`.
    InvalidDate,
    /// Not a date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM`. Params: `value`.
    InvalidDateTime,
    /// Not a time of day `HH:MM`. Params: `value`.
    InvalidTime,
    /// A date outside the supported range. Params: `value`, `min`, `max`.
    DateOutOfRange,
    /// A count or amount below zero. Params: `value`.
    Negative,
    /// A count above the engine's limit. Params: `value`, `max`.
    TooBig,
    /// A time zone that is not in the supported list. Params: `value`.
    UnsupportedTimezone,
    /// `until` is before `as_of`. Params: `until`, `as_of`.
    UntilBeforeAsOf,
    /// `as_of` is before the purchase date. Params: `as_of`, `start`.
    AsOfBeforeStart,
    /// The horizon is longer than the engine simulates. Params: `days`, `max_years`.
    HorizonTooLong,
    /// A tier that the price book does not have. Params: `tier`, `below`, `above`.
    TierNotInBook,
    /// A tier below the billed count. Params: `tier`, `count`.
    TierBelowCount,
    /// A price book whose tiers do not grow (pack size zero). Params: `value`.
    TiersNotGrowing,
    /// A price that is not a decimal string. Params: `value`.
    InvalidMoney,
    /// Volume bands out of order. Params: `from`, `previous`.
    BandsNotIncreasing,
    /// A currency code that is not three capital letters. Params: `value`.
    InvalidCurrency,
    /// A price too large to compute exactly for a tier the scenario can
    /// reach. Params: `tier`.
    AmountTooLarge,
    /// The price book has no prices for the account's edition. Params: `edition`.
    EditionNotInBook,
    /// An event removes more contacts than exist then. Params: `action`,
    /// `count`, `available`, `at`.
    RemovesTooMany,
    /// An event with neither `at` nor `from`/`to`, or with both. Params: `detail`.
    BadSchedule,
    /// A field that this kind of event must not have. Params: `field`, `action`.
    UnexpectedField,
    /// An event dated before `as_of`. Params: `at`, `as_of`.
    EventBeforeAsOf,
    /// An end date before its start (`to` before `from`, `through` before `at`).
    /// Params: `start`, `end`.
    EndBeforeStart,
    /// More events, or more expanded occurrences, than the engine accepts.
    /// Params: `count`, `max`.
    TooManyEvents,
    /// A notification threshold outside 1–99. Params: `value`.
    InvalidThreshold,
    /// A text field longer than allowed. Params: `length`, `max`.
    TooLong,
    /// A history row whose date does not come after the previous row's.
    /// Params: `date`, `previous` (and `line`, `column` in a CSV).
    HistoryOutOfOrder,
    /// A CSV whose header is not one the format names, or a file without
    /// rows. Params: `line`, `found`.
    CsvHeader,
    /// A file that is not text (a spreadsheet, an image): no CSV at all.
    /// Params: none.
    NotCsv,
    /// A CSV line with the wrong number of cells. Params: `line`, `found`, `expected`.
    CsvColumns,
    /// A CSV cell that is not a whole number. Params: `value`, `line`, `column`.
    NotACount,
    /// An invoice line that cannot be read. Params: `line`, `found`.
    InvoiceLine,
}

/// A value behind an error, as the engine had it: a count, a signed number,
/// an amount, a date or date-time, or a text (what was typed, a word).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Param {
    /// A count (contacts, days, a limit).
    Count(u64),
    /// A signed whole number as given (a negative count as typed).
    Int(i64),
    /// An amount or a rate.
    Decimal(rust_decimal::Decimal),
    /// A date.
    Date(chrono::NaiveDate),
    /// A local date-time.
    DateTime(chrono::NaiveDateTime),
    /// A text: what was typed, a field's name, a code.
    Text(String),
}

impl fmt::Display for Param {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Param::Count(n) => write!(f, "{n}"),
            Param::Int(n) => write!(f, "{n}"),
            Param::Decimal(d) => write!(f, "{d}"),
            Param::Date(d) => write!(f, "{d}"),
            Param::DateTime(t) => write!(f, "{}", t.format("%Y-%m-%dT%H:%M")),
            Param::Text(t) => f.write_str(t),
        }
    }
}

impl Serialize for Param {
    /// Numbers as numbers; amounts, dates and texts as strings.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Param::Count(n) => s.serialize_u64(*n),
            Param::Int(n) => s.serialize_i64(*n),
            other => s.collect_str(other),
        }
    }
}

macro_rules! param_from {
    ($($t:ty => $v:ident $(as $c:ty)?),* $(,)?) => {
        $(impl From<$t> for Param {
            fn from(x: $t) -> Param {
                Param::$v(x $(as $c)?)
            }
        })*
    };
}
param_from!(
    u64 => Count, u32 => Count as u64, usize => Count as u64,
    i64 => Int, i32 => Int as i64,
    rust_decimal::Decimal => Decimal,
    chrono::NaiveDate => Date, chrono::NaiveDateTime => DateTime,
    String => Text,
);

impl From<&str> for Param {
    fn from(x: &str) -> Param {
        Param::Text(x.to_string())
    }
}

impl From<&String> for Param {
    fn from(x: &String) -> Param {
        Param::Text(x.clone())
    }
}

/// An error about a scenario: where, what, and the values behind it. Opaque:
/// read it with [`Error::path`], [`Error::code`] and the typed accessors
/// ([`Error::count`], [`Error::date`], [`Error::text`]…); its `Display` is
/// the English sentence, starting with the path. Serialized as the wire
/// shape the CLI and the JS API give: `path`, `code`, `message` and
/// `params` (numbers as numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    path: String,
    code: ErrorCode,
    detail: String,
    params: Vec<(&'static str, Param)>,
}

impl Error {
    /// Builds an error. `detail` is the English text after the path.
    pub fn new(path: impl Into<String>, code: ErrorCode, detail: impl AsRef<str>) -> Self {
        Error {
            path: path.into(),
            code,
            detail: detail.as_ref().to_string(),
            params: Vec::new(),
        }
    }

    /// Adds one value (a later one of the same name replaces it).
    pub fn with(mut self, name: &'static str, value: impl Into<Param>) -> Self {
        let value = value.into();
        match self.params.iter_mut().find(|(n, _)| *n == name) {
            Some(slot) => slot.1 = value,
            None => self.params.push((name, value)),
        }
        self
    }

    /// The same error at another path (a field inside `parent`).
    pub fn at(mut self, path: impl Into<String>) -> Self {
        self.path = path.into();
        self
    }

    /// A list longer than the engine accepts: `"has 12 rows; the most is 10"`,
    /// with the `count` and `max` values.
    pub fn too_many(path: &str, count: usize, max: usize, things: &str) -> Self {
        Error::new(
            path,
            ErrorCode::TooManyEvents,
            format!("has {count} {things}; the most is {max}"),
        )
        .with("count", count)
        .with("max", max)
    }

    /// The field path, such as `events[3].count`; empty for the whole
    /// document, `line 3, column 2 (billed)` in a file.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// What went wrong.
    pub fn code(&self) -> ErrorCode {
        self.code
    }

    /// The English text after the path.
    pub fn detail(&self) -> &str {
        &self.detail
    }

    /// Every value behind the error, in the order given.
    pub fn params(&self) -> impl Iterator<Item = (&'static str, &Param)> {
        self.params.iter().map(|(n, v)| (*n, v))
    }

    /// A value by name.
    pub fn param(&self, name: &str) -> Option<&Param> {
        self.params.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// A count by name (`max`, `available`, `length`).
    pub fn count(&self, name: &str) -> Option<u64> {
        match self.param(name)? {
            Param::Count(n) => Some(*n),
            Param::Int(n) => u64::try_from(*n).ok(),
            _ => None,
        }
    }

    /// A date by name (`as_of`, `start`).
    pub fn date(&self, name: &str) -> Option<chrono::NaiveDate> {
        match self.param(name)? {
            Param::Date(d) => Some(*d),
            Param::DateTime(t) => Some(t.date()),
            _ => None,
        }
    }

    /// A text by name (`value` as typed, `field`, `action`).
    pub fn text(&self, name: &str) -> Option<&str> {
        match self.param(name)? {
            Param::Text(t) => Some(t),
            _ => None,
        }
    }

    /// True when the input was made by a newer version of Tierwise.
    pub fn is_newer_version(&self) -> bool {
        self.code == ErrorCode::NewerVersion
    }

    /// True for an error about a document's shape (not JSON, an unknown
    /// field, a value of the wrong type, a schedule an event cannot have),
    /// which no single input of a form makes.
    pub fn is_shape(&self) -> bool {
        matches!(
            self.code,
            ErrorCode::Syntax
                | ErrorCode::TooLarge
                | ErrorCode::UnknownField
                | ErrorCode::InvalidValue
                | ErrorCode::NewerVersion
                | ErrorCode::BadVersion
                | ErrorCode::BadSchedule
                | ErrorCode::UnexpectedField
        )
    }

    /// True when a value is outside the engine's range (too big, too long,
    /// a date out of range, too many of something).
    pub fn is_range(&self) -> bool {
        matches!(
            self.code,
            ErrorCode::TooBig
                | ErrorCode::TooLong
                | ErrorCode::DateOutOfRange
                | ErrorCode::TooManyEvents
                | ErrorCode::TooLarge
                | ErrorCode::HorizonTooLong
                | ErrorCode::AmountTooLarge
        )
    }
}

impl fmt::Display for Error {
    /// The English sentence: `events[3].count: must not be negative (got -5)`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.detail)
        } else {
            write!(f, "{}: {}", self.path, self.detail)
        }
    }
}

impl std::error::Error for Error {}

impl Serialize for Error {
    /// `{ "path", "code", "message", "params": { name: value } }`.
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeStruct};
        struct Params<'a>(&'a [(&'static str, Param)]);
        impl Serialize for Params<'_> {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                let mut sorted: Vec<_> = self.0.iter().collect();
                sorted.sort_by_key(|(n, _)| *n);
                let mut m = s.serialize_map(Some(sorted.len()))?;
                for (n, v) in sorted {
                    m.serialize_entry(n, v)?;
                }
                m.end()
            }
        }
        let mut st = s.serialize_struct("Error", 4)?;
        st.serialize_field("path", &self.path)?;
        st.serialize_field("code", &self.code)?;
        st.serialize_field("message", &self.to_string())?;
        st.serialize_field("params", &Params(&self.params))?;
        st.end()
    }
}

/// The wire shape of an [`Error`], for the TypeScript declarations.
#[cfg(feature = "ts")]
#[derive(ts_rs::TS)]
#[ts(rename = "Error")]
#[allow(dead_code)]
pub struct ErrorShape {
    /// The field path.
    path: String,
    /// What went wrong.
    code: ErrorCode,
    /// The English sentence.
    message: String,
    /// The values behind it: counts as numbers, the rest as strings.
    #[ts(type = "{ [name: string]: number | string }")]
    params: std::collections::BTreeMap<String, String>,
}

/// Joins a parent path and a field name: `join("account", "tier")` is
/// `account.tier`.
pub(crate) fn join(parent: &str, field: &str) -> String {
    if parent.is_empty() {
        field.to_string()
    } else {
        format!("{parent}.{field}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_typed_and_a_later_one_replaces_an_earlier_one() {
        let d = chrono::NaiveDate::from_ymd_opt(2026, 12, 8).unwrap();
        let e = Error::new("x", ErrorCode::TooBig, "too big")
            .with("max", 10u64)
            .with("count", 12u64)
            .with("value", "a")
            .with("at", d)
            .with("count", 13u64);
        assert_eq!(
            (e.count("count"), e.count("max"), e.count("min")),
            (Some(13), Some(10), None)
        );
        assert_eq!((e.text("value"), e.date("at")), (Some("a"), Some(d)));
        assert_eq!(e.to_string(), "x: too big");
        let json = serde_json::to_value(&e).unwrap();
        assert_eq!(
            json["params"],
            serde_json::json!({"at": "2026-12-08", "count": 13, "max": 10, "value": "a"})
        );
        assert_eq!(json["message"], "x: too big");
    }
}
