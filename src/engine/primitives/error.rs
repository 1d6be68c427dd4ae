//! The one public error type of the engine.
//!
//! Every error names the place in the scenario it is about (a field path such
//! as `events[3].count`, or `""` for the whole document), carries a stable
//! [`ErrorCode`] and the numbers behind it as `params`, and has a complete
//! English `message` for the CLI. Interfaces in other languages build their own
//! sentence from `code` and `params`.

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

/// An error about a scenario: where, what, and the numbers behind it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Error {
    /// The field path, such as `events[3].count`; empty for the whole document.
    pub path: String,
    /// What went wrong.
    pub code: ErrorCode,
    /// A complete English sentence that starts with the path.
    pub message: String,
    /// The values the message is built from, for translated messages.
    #[cfg_attr(feature = "ts", ts(type = "{ [key in string]: string }"))]
    pub params: TextMap,
}

/// Texts by name: an error's parameters, and the interface's messages by
/// field path, in name order.
pub type TextMap = std::collections::BTreeMap<String, String>;

impl Error {
    /// Builds an error. `detail` is the English text after the path.
    pub fn new(path: impl Into<String>, code: ErrorCode, detail: impl AsRef<str>) -> Self {
        let path = path.into();
        let detail = detail.as_ref();
        let message = if path.is_empty() {
            detail.to_string()
        } else {
            format!("{path}: {detail}")
        };
        Error {
            path,
            code,
            message,
            params: TextMap::default(),
        }
    }

    /// Adds one parameter.
    pub fn with(mut self, key: &str, value: impl ToString) -> Self {
        self.params.insert(key.to_string(), value.to_string());
        self
    }

    /// A list longer than the engine accepts: `"has 12 rows; the most is 10"`,
    /// with the `count` and `max` params.
    pub fn too_many(path: &str, count: usize, max: usize, things: &str) -> Self {
        Error::new(
            path,
            ErrorCode::TooManyEvents,
            format!("has {count} {things}; the most is {max}"),
        )
        .with("count", count)
        .with("max", max)
    }

    /// True when the input was made by a newer version of Tierwise.
    pub fn is_newer_version(&self) -> bool {
        self.code == ErrorCode::NewerVersion
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

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
mod text_map_tests {
    use super::*;

    #[test]
    fn params_print_in_name_order_and_a_later_value_replaces_an_earlier_one() {
        let e = Error::new("x", ErrorCode::TooBig, "too big")
            .with("max", 10)
            .with("count", 12)
            .with("value", "a")
            .with("count", 13);
        let json = serde_json::to_string(&e.params).unwrap();
        assert_eq!(json, r#"{"count":"13","max":"10","value":"a"}"#);
        assert_eq!(e.params.get("max").map(String::as_str), Some("10"));
        assert_eq!(e.params.get("min"), None);
        assert_eq!(e.params.len(), 3);
    }
}
