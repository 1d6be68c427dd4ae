//! The scenario JSON format, version 1: the public contract (SPEC §4).
//!
//! These types are exactly what the CLI reads, what the JavaScript API takes,
//! and what share links and saved files hold. They keep values as the user
//! wrote them (dates and money as strings, counts as signed integers), so that
//! [`crate::plan`] can say precisely what is wrong with a value and
//! where. Unknown fields are refused everywhere.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

// Words the layers below define, part of the format all the same.
pub use crate::calendar::{MonthEnd, RuleEdition, Term};
pub use crate::money::Rounding;

/// The scenario format version this build writes and reads.
pub const FORMAT_VERSION: u32 = 1;

/// The value among `all` whose JSON word is `word`: how a unit enum is read
/// back from its code (file, form or query string).
pub fn by_code<T: Copy>(all: &[T], code: impl Fn(T) -> &'static str, word: &str) -> Option<T> {
    all.iter().copied().find(|x| code(*x) == word)
}

/// A whole what-if: an account, its contacts, planned events and assumptions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    /// Format version: 1.
    pub version: u32,
    /// A label for people; it changes nothing in the result.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The subscription.
    pub account: Account,
    /// A custom price book, or `null` for the built-in example book.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub prices: Option<PriceBookSpec>,
    /// The contact counts at `account.as_of`.
    pub contacts: Contacts,
    /// Planned events.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<EventSpec>>", optional))]
    pub events: Vec<EventSpec>,
    /// The last simulated day, `YYYY-MM-DD`.
    pub until: String,
    /// The readings chosen where the source article is silent.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<Assumptions>", optional))]
    pub assumptions: Assumptions,
    /// A usage history of daily billed counts. When present, it replaces the
    /// contact events on its own dates.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub history: Vec<HistoryRow>,
    /// Charges copied from a real invoice, to audit against the simulation.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub invoice: Vec<InvoiceCharge>,
}

/// One day of a usage history: the billed count at the end of a local date,
/// as the account's usage page charts it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct HistoryRow {
    /// Local date `YYYY-MM-DD` in the account's zone.
    pub date: String,
    /// Billed marketing contacts (marketing + pending) at the end of that day.
    pub billed: i64,
    /// Non-marketing contacts at the end of that day, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub non_marketing: Option<i64>,
}

/// One charge as it appears on a real invoice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct InvoiceCharge {
    /// The charge's date `YYYY-MM-DD`.
    pub date: String,
    /// The amount as a decimal string; credits are negative.
    pub amount: String,
}

/// Marketing Hub edition.
///
/// Deserialized from its word as a plain string, so that an edition used as
/// a map key (`prices.editions.professional`) keeps its place in error paths.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Edition {
    /// Marketing Hub Starter: monthly or annual.
    Starter,
    /// Marketing Hub Professional: annual.
    Professional,
    /// Marketing Hub Enterprise: annual.
    Enterprise,
    /// Legacy Marketing Hub Basic.
    Basic,
}

impl<'de> Deserialize<'de> for Edition {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let word = String::deserialize(d)?;
        by_code(Edition::ALL, Edition::code, &word).ok_or_else(|| {
            serde::de::Error::unknown_variant(
                &word,
                &["starter", "professional", "enterprise", "basic"],
            )
        })
    }
}

impl Edition {
    /// Every edition, in the order they are shown.
    pub const ALL: &'static [Edition] = <Edition as strum::VariantArray>::VARIANTS;

    /// The JSON word for this edition.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The subscription being simulated.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Account {
    /// Which edition.
    pub edition: Edition,
    /// Contract term: when the tier may come down, and (for monthly) the update dates.
    pub term: Term,
    /// Billing frequency; default: the term (assumption `account.billing`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing: Option<Term>,
    /// Purchase date `YYYY-MM-DD`: fixes update dates, renewals and billing periods.
    pub start: String,
    /// The day the simulation begins (00:00 local); default: `start`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub as_of: Option<String>,
    /// The IANA zone of the vendor subsidiary; default `America/New_York`.
    #[serde(default = "default_timezone")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub timezone: String,
    /// Processing time of day `HH:MM` (assumption R5); default `00:00`.
    #[serde(default = "default_processing_time")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub processing_time: String,
    /// Contact tier at `as_of`; default: the smallest tier holding the billed count.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub tier: Option<i64>,
    /// Optional cap on the billed count (R12).
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(optional = nullable))]
    pub max_marketing: Option<i64>,
}

/// The default processing zone: the North America preset.
pub fn default_timezone() -> String {
    "America/New_York".to_string()
}

/// The default processing time: midnight.
pub fn default_processing_time() -> String {
    "00:00".to_string()
}

/// Contact counts at `as_of`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct Contacts {
    /// Live marketing contacts.
    pub marketing: i64,
    /// Plain non-marketing contacts.
    #[serde(default)]
    #[cfg_attr(feature = "ts", ts(as = "Option<i64>", optional))]
    pub non_marketing: i64,
    /// Set to non-marketing, still counted until the next processing instant.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub pending_non_marketing: i64,
}

fn is_zero(n: &i64) -> bool {
    *n == 0
}

/// What an event does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Action {
    /// Create contacts as marketing: they count at once (R1).
    #[default]
    AddMarketing,
    /// Create contacts as non-marketing.
    AddNonMarketing,
    /// Set non-marketing (then pending) contacts to marketing (R1).
    SetMarketing,
    /// Set marketing contacts to non-marketing: pending until processing (R2).
    SetNonMarketing,
    /// Delete live marketing contacts: frees capacity at once (R6).
    DeleteMarketing,
    /// Delete non-marketing (then pending) contacts.
    DeleteNonMarketing,
    /// Ask for a lower tier at the next renewal (R9).
    RequestDowngrade,
    /// Move to a higher tier at once (a manual upgrade).
    ChangeTier,
}

impl Action {
    /// Every action, in the order they are offered.
    pub const ALL: &'static [Action] = <Action as strum::VariantArray>::VARIANTS;

    /// True for the two actions that take a `tier` instead of a count.
    pub fn takes_tier(self) -> bool {
        matches!(self, Action::RequestDowngrade | Action::ChangeTier)
    }

    /// The JSON word for this action.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// How an event repeats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
pub enum Every {
    /// The same day of each month, clamped at month end.
    Month,
}

/// One planned event, as written.
///
/// Exactly one schedule: `at` (optionally with `every` and `through`), or
/// `from` and `to` with `per_day`.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EventSpec {
    /// Local date `YYYY-MM-DD` (00:00) or date-time `YYYY-MM-DDTHH:MM`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub at: Option<String>,
    /// First day of a daily flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Last day (inclusive) of a daily flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// What happens.
    pub action: Action,
    /// How many contacts, for a one-off or monthly event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<i64>,
    /// How many contacts each day, for a daily flow.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_day: Option<i64>,
    /// The tier, for `request_downgrade` and `change_tier`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tier: Option<i64>,
    /// Repeat on the same day of each month.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub every: Option<Every>,
    /// Last date of a monthly repeat, inclusive.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub through: Option<String>,
}

/// Proration fraction convention (assumption R8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Proration {
    /// Days left (from the upgrade's local date) over days in the period.
    #[default]
    Daily,
    /// Exact seconds left over seconds in the period.
    Seconds,
    /// The whole period, no proration.
    None,
}

impl Proration {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [Proration] = <Proration as strum::VariantArray>::VARIANTS;

    /// The JSON word.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// How an upgrade appears on the invoice (assumption R8).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(rename_all = "snake_case")]
#[derive(strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "snake_case")]
pub enum Lines {
    /// One line for the difference, rounded once.
    #[default]
    Net,
    /// A credit for the old tier and a charge for the new, each rounded.
    CreditAndCharge,
}

impl Lines {
    /// Every value, in the order they are offered.
    pub const ALL: &'static [Lines] = <Lines as strum::VariantArray>::VARIANTS;

    /// The JSON word.
    pub fn code(self) -> &'static str {
        self.into()
    }
}

/// The readings the simulator chooses where the article is silent.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields, default)]
pub struct Assumptions {
    /// Proration fraction.
    #[cfg_attr(feature = "ts", ts(as = "Option<Proration>", optional))]
    pub proration: Proration,
    /// Rounding of each line.
    #[cfg_attr(feature = "ts", ts(as = "Option<Rounding>", optional))]
    pub rounding: Rounding,
    /// Net line or credit-and-charge pair.
    #[cfg_attr(feature = "ts", ts(as = "Option<Lines>", optional))]
    pub lines: Lines,
    /// Notification thresholds in percent of the tier (exceeding is always notified).
    #[cfg_attr(feature = "ts", ts(as = "Option<Vec<i64>>", optional))]
    pub notify_at: Vec<i64>,
    /// Month-end rule for update dates, renewals and billing periods.
    #[cfg_attr(feature = "ts", ts(as = "Option<MonthEnd>", optional))]
    pub month_end: MonthEnd,
    /// Which edition of the help article's rules; default: current.
    #[serde(skip_serializing_if = "RuleEdition::is_current")]
    #[cfg_attr(feature = "ts", ts(as = "Option<RuleEdition>", optional))]
    pub rule_edition: RuleEdition,
}

impl Default for Assumptions {
    fn default() -> Self {
        Assumptions {
            proration: Proration::Daily,
            rounding: Rounding::HalfUp,
            lines: Lines::Net,
            notify_at: vec![75, 90, 98],
            month_end: MonthEnd::Clamp,
            rule_edition: RuleEdition::Current,
        }
    }
}

/// A price book as written: prices per month, as decimal strings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct PriceBookSpec {
    /// A label such as "Quote 2026-11".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// ISO 4217 code; default `USD`.
    #[serde(default = "default_currency")]
    #[cfg_attr(feature = "ts", ts(as = "Option<String>", optional))]
    pub currency: String,
    /// Multiplier for monthly terms; default `"1"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub monthly_term_factor: Option<String>,
    /// True when these are example prices, not a real quote.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
    /// Prices per edition; an edition named twice is an error.
    #[serde(deserialize_with = "unique_editions")]
    pub editions: BTreeMap<Edition, EditionPricesSpec>,
}

/// A map of editions that refuses a repeated edition, as serde refuses a
/// repeated field, instead of keeping the last one silently.
fn unique_editions<'de, D: serde::Deserializer<'de>>(
    d: D,
) -> Result<BTreeMap<Edition, EditionPricesSpec>, D::Error> {
    struct Unique;
    impl<'de> serde::de::Visitor<'de> for Unique {
        type Value = BTreeMap<Edition, EditionPricesSpec>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a map of editions")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(
            self,
            mut map: A,
        ) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some(edition) = map.next_key::<Edition>()? {
                if out.contains_key(&edition) {
                    return Err(serde::de::Error::custom(format_args!(
                        "duplicate field `{}`",
                        edition.code()
                    )));
                }
                out.insert(edition, map.next_value()?);
            }
            Ok(out)
        }
    }
    d.deserialize_map(Unique)
}

fn default_currency() -> String {
    "USD".to_string()
}

/// One edition's prices: a base tier and packs.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct EditionPricesSpec {
    /// Contacts in the base tier.
    pub included: i64,
    /// Monthly price of the base tier.
    pub base: String,
    /// Contacts per pack.
    pub pack_size: i64,
    /// Monthly price of one pack.
    pub pack_price: String,
    /// Volume bands: packs starting at or beyond `from` cost the band's price.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bands: Vec<BandSpec>,
}

/// A volume band of pack prices.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
#[serde(deny_unknown_fields)]
pub struct BandSpec {
    /// The first contact number the band applies from.
    pub from: i64,
    /// Monthly price of a pack in this band.
    pub pack_price: String,
}
