//! The catalogue: every sentence a person reads, as Fluent messages, one
//! file per language (`locales/<code>.ftl`), read with `fluent-bundle`.
//! Sentences built from the engine's errors and warnings are
//! [`crate::messages`]'s; they are messages here too.
//!
//! A message is named in code by its key ([`T`]), whose Fluent id is the
//! key in kebab case (`T::AdvChangeOr` is `adv-change-or`). Counts reach a
//! message as numbers ([`Arg::Count`]), so that a selector can choose a
//! plural form by CLDR's categories; the number is then written as the page
//! writes numbers (the browser's `Intl`, through [`set_count_format`]).
//! Money, dates and names arrive written out, as text.
//!
//! English is built in. Another language is read from its file: in the
//! browser when it is first chosen ([`install`]), natively from `locales/`.
//! A message a language lacks is said in English. Fluent's bidi isolation
//! marks are off: every language here is written left to right, and the
//! marks would end up in copied text, CSV files, labels and titles; a
//! right-to-left language would turn them on for its bundle.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};

/// A language the app speaks.
#[derive(Debug)]
pub struct Language {
    /// Its code, which names its file (`locales/sv.ftl`): `sv`.
    pub code: &'static str,
    /// Its own name, for the switcher: `Svenska`.
    pub name: &'static str,
    /// The locale the browser formats its numbers and dates with: `sv-SE`.
    pub locale: &'static str,
    /// True when a decimal comma is written (`225,50`), for typed prices.
    pub decimal_comma: bool,
}

/// Every language, in the switcher's order; English, built in, first.
/// Adding a language is its `locales/<code>.ftl` and one line here.
pub const LANGUAGES: &[Language] = &[
    Language {
        code: "en",
        name: "English",
        locale: "en-US",
        decimal_comma: false,
    },
    Language {
        code: "sv",
        name: "Svenska",
        locale: "sv-SE",
        decimal_comma: true,
    },
    Language {
        code: "pl",
        name: "Polski",
        locale: "pl-PL",
        decimal_comma: true,
    },
];

/// A UI language: one of [`LANGUAGES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Lang(u8);

impl Lang {
    /// English, the built-in language.
    pub const EN: Lang = Lang(0);

    /// Every language, in the switcher's order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len() as u8).map(Lang)
    }

    /// The language with this code (`sv`), if the app speaks it.
    pub fn by_code(code: &str) -> Option<Lang> {
        Lang::all().find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language with this code, which must be one of [`LANGUAGES`]
    /// (for tests and code that names one).
    ///
    /// # Panics
    /// For a code the app does not speak.
    pub fn of(code: &str) -> Lang {
        Lang::by_code(code).unwrap_or_else(|| panic!("no language \"{code}\""))
    }

    /// The language for a BCP 47 tag such as `sv-SE` (English otherwise).
    pub fn from_tag(tag: &str) -> Lang {
        let primary = tag.split(['-', '_']).next().unwrap_or_default();
        Lang::by_code(primary).unwrap_or(Lang::EN)
    }

    fn info(self) -> &'static Language {
        &LANGUAGES[usize::from(self.0)]
    }

    /// The short code: `en`, `sv`, `pl`.
    pub fn code(self) -> &'static str {
        self.info().code
    }

    /// The language's own name.
    pub fn name(self) -> &'static str {
        self.info().name
    }

    /// True when the language writes a decimal comma.
    pub fn decimal_comma(self) -> bool {
        self.info().decimal_comma
    }

    /// The locale for `Intl`, keeping the browser's region when the
    /// browser speaks this language (`en-GB` stays `en-GB`).
    pub fn locale(self, browser: &str) -> String {
        if Lang::by_code(browser.split(['-', '_']).next().unwrap_or_default()) == Some(self)
            && browser.len() > 2
        {
            browser.to_string()
        } else {
            self.info().locale.to_string()
        }
    }
}

/// A message key. Its Fluent id is its name in kebab case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::VariantArray)]
#[strum(serialize_all = "kebab-case")]
#[allow(missing_docs)]
pub enum T {
    PageTitle,
    Tagline,
    Undo,
    Redo,
    UndoTitle,
    RedoTitle,
    Language,
    FixInputs,
    StaleFigures,
    NoFiguresYet,
    NotesWarnings,
    Footer,
    Dismiss,
    AccountH,
    ScenarioName,
    Edition,
    Starter,
    Professional,
    Enterprise,
    BasicLegacy,
    ContractTerm,
    Annual,
    Monthly,
    Billed,
    AsTheTerm,
    Annually,
    MonthlyAdverb,
    AnnualBilledMonthly,
    AnnualBilledAnnually,
    MonthlyContract,
    MonthlyBilledAnnually,
    BillingHint,
    PurchaseDate,
    CountsAsOf,
    NotSold,
    SimulateUntil,
    BoughtThrough,
    RegionHint,
    RegionNorthAmerica,
    RegionEurope,
    RegionAsiaPacific,
    RegionAustralia,
    RegionJapan,
    RegionLatinAmerica,
    RegionOther,
    ProcessingZone,
    ZoneNotSupported,
    ProcessedAt,
    Midnight,
    Noon,
    ProcessingHint,
    MarketingContacts,
    NonMarketingContacts,
    PendingContacts,
    PendingHint,
    CurrentTier,
    TierAuto,
    TierAutoNone,
    TierAutoHint,
    Cap,
    NoCap,
    CapHint,
    EnterNumber,
    NumberTooLarge,
    WholeNumber,
    EnterDate,
    EnterTime,
    EnterPrice,
    TimelineH,
    SkipLinks,
    SkipToEvents,
    SkipToChart,
    AddEvent,
    AddImport,
    AddSetNonMarketing,
    AddDelete,
    AddDailyGrowth,
    AddDowngrade,
    AddTierChange,
    NoEvents,
    KindAddMarketing,
    KindAddNonMarketing,
    KindSetMarketing,
    KindSetNonMarketing,
    KindDeleteMarketing,
    KindDeleteNonMarketing,
    KindRequestDowngrade,
    KindChangeTier,
    WhatHappens,
    On,
    From,
    To,
    TimeOptional,
    RemoveEvent,
    Tier,
    PerDay,
    Contacts,
    ShowMore,
    EveryMonth,
    Through,
    EffCountsAtOnce,
    EffNotBilled,
    EffAfterUntil,
    EffBilledUntil,
    EffBilledPastHorizon,
    EffFrees,
    EffDecidedAt,
    EffDecidedPastHorizon,
    EffUpgradesAtOnce,
    EffUpgrade,
    EffAccepted,
    EffRefused,
    UsageH,
    LegendBilled,
    LegendMarketing,
    LegendBand,
    LegendUpgrade,
    LegendNotice,
    LegendUpdate,
    LegendRenewal,
    ChartLabel,
    ChartAria,
    ChartHelp,
    Readout,
    ReadUpgrade,
    ReadExceeded,
    ReadReached,
    TipRenewal,
    TipUpdate,
    TipExceeded,
    TipReached,
    TipWindow,
    TipUpgrade,
    CostH,
    CostAria,
    InvoiceLines,
    Date,
    Kind,
    Amount,
    Explain,
    Hide,
    LedgerShowAll,
    LedgerShowFirst,
    LedgerLinesShown,
    FirstScreenStarting,
    FirstScreenStartingQuestion,
    FirstScreenOpening,
    FirstScreenOtherDay,
    FirstScreenFailed,
    LineRecurring,
    LineProration,
    LineCredit,
    LineCharge,
    Rule,
    Formula,
    BillingPeriod,
    AssumptionsUsed,
    RuleRecurring,
    RuleProration,
    PeriodRange,
    TotalHorizon,
    Days,
    OneMonth,
    NMonths,
    MonthlyTerm,
    AnnualTerm,
    NoProration,
    ConvAdvance,
    ConvDaily,
    ConvSeconds,
    ConvNone,
    RoundHalfUp,
    RoundHalfEven,
    LinesNet,
    LinesPair,
    NextUpdate,
    NextUpdateHint,
    YourTime,
    ProcessingAt,
    NoneInHorizon,
    TierToday,
    TierOn,
    TierOnFirst,
    TierOnLast,
    TierOnHistory,
    NextUpgrade,
    LastUpgrade,
    BilledHeadroom,
    FirstUpgrade,
    UpgradeSummary,
    ProrationNote,
    None_,
    StaysInTier,
    TotalCost,
    ExamplePrices,
    AssumptionsH,
    AssumptionsHint,
    ProrationLabel,
    ProrationDaily,
    ProrationSeconds,
    ProrationNone,
    RoundingLabel,
    HalfUp,
    HalfEven,
    LinesLabel,
    OneNetLine,
    CreditAndCharge,
    MonthEndLabel,
    Clamp,
    Roll,
    NotifyLabel,
    Percent,
    NotifyHint,
    NotifyError,
    PriceBook,
    ExampleBadge,
    CustomPrices,
    Included,
    BasePrice,
    PackPrice,
    PricesPerMonth,
    BandFrom,
    BandPrice,
    BandFromAria,
    BandPriceAria,
    AddBand,
    RemoveBand,
    Remove,
    TierPrice,
    QuotePrices,
    QuotePriceLine,
    QuoteBandLine,
    QuoteTermFactor,
    QuoteStale,
    TierPriceText,
    TierPriceRun,
    BasePerMonth,
    PackSize,
    PackPerMonth,
    TermFactor,
    BackToExample,
    ScenarioN,
    RemoveScenario,
    Branch,
    CompareTerms,
    CompareAfter,
    Scenario,
    Term,
    Upgrades,
    Total,
    Difference,
    ShareLink,
    Save,
    ExportJson,
    ImportJson,
    DaysCsv,
    LedgerCsv,
    PrintQuote,
    SavedScenarios,
    NewName,
    Open,
    Rename,
    Delete,
    LinkCopied,
    LinkCopiedLastGood,
    LinkNothingYet,
    ToolsH,
    ToolsMenu,
    LastValidFile,
    LinkFailed,
    SavedAs,
    CannotSave,
    Untitled,
    OpenedFile,
    NotAScenario,
    SavedCorrupt,
    LastCorrupt,
    OpenedLink,
    OpenedQuote,
    OpenedCompare,
    SenderPrices,
    LinkLong,
    DownloadInstead,
    PricesOf,
    PriceBookName,
    LinkBroken,
    LinkNewer,
    LinkScenario,
    QuoteH,
    QuoteDate,
    QuoteExample,
    Account,
    Assumptions,
    Timeline,
    AdvisorH,
    AdvisorHint,
    EventDate,
    EventFrom,
    EventTo,
    EventThrough,
    EventField,
    ErrNegative,
    ErrTooBig,
    ErrInvalidDate,
    ErrInvalidDateTime,
    ErrInvalidTime,
    ErrDateOutOfRange,
    ErrUnsupportedTimezone,
    ErrUntilBeforeAsOf,
    ErrAsOfBeforeStart,
    ErrHorizonTooLong,
    ErrTierNotInBook,
    ErrTierBelowSmallest,
    ErrTierBelowCount,
    ErrTiersNotGrowing,
    ErrInvalidMoney,
    ErrAmountTooLarge,
    ErrEditionNotInBook,
    ErrSetsTooManyNonMarketing,
    ErrDeletesTooManyMarketing,
    ErrSetsTooManyMarketing,
    ErrDeletesTooManyNonMarketing,
    ErrEventBeforeAsOf,
    ErrEndBeforeStart,
    ErrMissingField,
    ErrSyntax,
    ErrTooLarge,
    ErrNewerVersion,
    ErrBadVersion,
    ErrUnknownField,
    ErrDuplicateField,
    ErrWrongType,
    ErrNotAChoice,
    ErrNotAnObject,
    ErrUnexpectedField,
    ErrBadSchedule,
    ErrInvalidThreshold,
    ErrHistoryOutOfOrder,
    ErrNotCsv,
    ErrCsvHeader,
    ErrCsvColumns,
    ErrNotACount,
    ErrInvoiceLine,
    ErrTooMany,
    ErrTooLong,
    ErrInvalidCurrency,
    ErrBandsNotIncreasing,
    ErrLine,
    ErrColumn,
    WarnWhoEvent,
    WarnWhoHistory,
    WarnWhoTrial,
    WarnExamplePrices,
    WarnTermNotSold,
    WarnBillingLongerThanTerm,
    WarnCapBelowCurrent,
    WarnCapBlocked,
    WarnDowngradeRefused,
    WarnDowngradeNotLower,
    WarnDowngradeReplaced,
    WarnChangeTierNotHigher,
    WarnEventAfterUntil,
    WarnChargeAfterUntil,
    WarnAdviceLimited,
    ScenariosGroup,
    CompareScenarios,
    YouTyped,
    AdvisorLoading,
    BillCheckLoading,
    PartFailed,
    TryAgain,
    LanguageFailed,
    RuleEditionLabel,
    RuleCurrent,
    Rule2020,
    RuleHint,
    AuditH,
    AuditHint,
    HistoryAsOf,
    ExplainedBy,
    ExplainedOr,
    NoExplanation,
    ChangeProcessing,
    ChangeDaily,
    ChangeSeconds,
    ChangeNoProration,
    ChangeHalfUp,
    ChangeHalfEven,
    ChangeNet,
    ChangePerLine,
    ChangeClamp,
    ChangeRoll,
    ProcessingTimeShort,
    ChartHistory,
    MyAccount,
    NameCopy,
    NameMonthly,
    NameAnnual,
    NameAfterUpdate,
    DescRecurring,
    DescUpgrade,
    DescCredit,
    DescCharge,
    ShareDays,
    ShareSeconds,
    ShareWhole,
    EditHistory,
    ResultsRegion,
    KeyFigures,
    HistoryImported,
    AskH,
    AskIntro,
    AskMarketing,
    AskTier,
    AskPlan,
    AskPlanImport,
    AskPlanClean,
    AskCount,
    AskOn,
    AskUpgrade,
    AskUntilRenewal,
    AskAvoid,
    AskAvoidFewer,
    AskFits,
    AskClean,
    AskNoDowngrade,
    AskOpenFull,
    AskChart,
    AskFix,
    AdvisorWaiting,
    AdvisorUpdating,
    AdvGrowth,
    AdvGrowthUnit,
    AdvPerDay,
    AdvPercent,
    AdvGrowthHint,
    AdvImport,
    AdvWindowFrom,
    AdvWindowTo,
    AdvCap,
    AdvStandingH,
    AdvStanding,
    AdvRenewal,
    AdvStayH,
    AdvNoUpgrade,
    AdvStay,
    AdvStayPlan,
    AdvChangeImport,
    AdvChangeImportEach,
    AdvChangeDaily,
    AdvChangeSetMarketing,
    AdvChangeSetMarketingEach,
    AdvChangeOr,
    AdvChangeNoProcessing,
    AdvChangeNotInstead,
    AdvStayTotal,
    AdvUnavoidableHistory,
    AdvUnavoidableRemovals,
    AdvUnavoidableLimit,
    EvImportOn,
    EvMonthlyImport,
    EvDaily,
    EvSetMarketingOn,
    EvMonthlySetMarketing,
    EvDailySetMarketing,
    AdvSaving,
    AdvForecastH,
    AdvForecastHint,
    AdvForecastNone,
    AdvForecastEnd,
    AdvCrossThreshold,
    AdvCrossTier,
    AdvWhen,
    AdvWhat,
    AdvBilled,
    AdvCostToRenewal,
    AdvMarginalH,
    AdvOne,
    AdvImportFits,
    AdvImportUp,
    AdvTimingH,
    AdvTiming,
    AdvOnTopOfPlan,
    AdvOtherImportsAsPlanned,
    AdvTimingPlanned,
    AdvTimingFlat,
    AdvTimingFree,
    AdvTimingFlatFree,
    AdvTimingBusy,
    AdvTimingThrough,
    AdvDay,
    AdvImportCost,
    NoteCheapest,
    NoteDearest,
    NoteWindowStart,
    NoteBeforeUpdate,
    NoteUpdate,
    NoteAfterRenewal,
    NoteWindowEnd,
    AdvTermsH,
    AdvTermsHint,
    AdvTermCol,
    AdvAccrued,
    AdvInvoiced,
    AdvNotSold,
    AdvCurrent,
    AdvCapH,
    AdvCapText,
    AdvCapNothing,
    HistoryH,
    HistoryDrop,
    HistoryChoose,
    HistoryHint,
    HistorySummary,
    HistoryRemove,
    HistoryRejected,
    InvoiceH,
    InvoiceLabel,
    InvoiceCheck,
    InvoiceClear,
    InvoiceRejected,
    AuditMatches,
    AuditSummary,
    AuditMissing,
    OnInvoice,
    Simulated,
    Verdict,
    VerdictMatches,
    VerdictDiffers,
    VerdictRounding,
    VerdictNotSimulated,
    VerdictMissing,
    TryAll,
    TryAllHint,
    TryAllFound,
    TryAllNone,
    UseThese,
}

impl T {
    /// Every key.
    pub const ALL: &'static [T] = <T as strum::VariantArray>::VARIANTS;

    /// The message's Fluent id: `adv-change-or`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The message without values, in a language (English where that
    /// language's texts have not loaded or lack it).
    pub fn text(self, lang: Lang) -> &'static str {
        let cached = TEXTS.with(|t| t.borrow().get(&(lang, self)).copied());
        if let Some(text) = cached {
            return text;
        }
        // Kept for the page's life: a few hundred short texts a language.
        let text: &'static str = format(lang, self, None).leak();
        TEXTS.with(|t| t.borrow_mut().insert((lang, self), text));
        text
    }
}

/// A value for a message: text written for the page, or a count, which a
/// message may choose its words by.
#[derive(Debug, Clone, PartialEq)]
pub enum Arg<'a> {
    /// Text as it is shown: money, a date, a name.
    Text(std::borrow::Cow<'a, str>),
    /// A whole number of things: contacts, rows, months.
    Count(i64),
}

impl Arg<'_> {
    /// A count.
    pub fn count(n: impl TryInto<i64>) -> Arg<'static> {
        Arg::Count(n.try_into().unwrap_or(i64::MAX))
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Arg::Text(text.into())
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Arg::Text(text.as_str().into())
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Self {
        Arg::Text(text.into())
    }
}

/// English, built in.
const ENGLISH: &str = include_str!("../../../locales/en.ftl");

thread_local! {
    /// Each language's bundle, once read.
    static BUNDLES: RefCell<HashMap<Lang, Rc<FluentBundle<FluentResource>>>> = RefCell::new(HashMap::new());
    /// Messages without values, once formatted.
    static TEXTS: RefCell<HashMap<(Lang, T), &'static str>> = RefCell::new(HashMap::new());
    /// How a count is written: the page's `Intl` once it has set it.
    #[allow(clippy::type_complexity)]
    static COUNTS: RefCell<Rc<dyn Fn(i64) -> String>> = RefCell::new(Rc::new(plain_count));
}

/// A count written with English digit groups: `12,500`.
fn plain_count(n: i64) -> String {
    let digits = n.unsigned_abs().to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 + 1);
    if n < 0 {
        out.push('-');
    }
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Makes counts in messages read as the page writes numbers (the page
/// sets its `Intl` formatter for the language it shows).
pub fn set_count_format(format: impl Fn(i64) -> String + 'static) {
    COUNTS.with(|c| *c.borrow_mut() = Rc::new(format));
}

/// Fluent's formatter hook: a count as the page writes it.
fn format_number<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) if n.value.fract() == 0.0 => {
            let f = COUNTS.with(|c| c.borrow().clone());
            Some(f(n.value as i64))
        }
        _ => None,
    }
}

/// A bundle of one language's messages from the text of its file.
fn bundle(lang: Lang, text: String) -> Result<FluentBundle<FluentResource>, String> {
    let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
        format!(
            "not a language file ({})",
            errors.first().map(ToString::to_string).unwrap_or_default()
        )
    })?;
    let id = lang
        .code()
        .parse()
        .map_err(|_| format!("no locale \"{}\"", lang.code()))?;
    let mut bundle = FluentBundle::new(vec![id]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    bundle
        .add_resource(resource)
        .map_err(|e| format!("a message is written twice ({e:?})"))?;
    // The file names its language: a file for another is refused.
    let mut errors = Vec::new();
    let said = bundle
        .get_message("language-code")
        .and_then(|m| m.value())
        .map(|p| bundle.format_pattern(p, None, &mut errors).to_string());
    match said.as_deref() {
        Some(code) if code == lang.code() => Ok(bundle),
        Some(other) => Err(format!("the file is for \"{other}\"")),
        None => Err("not a language file (it names no language)".into()),
    }
}

/// The bundle of a language, if it is at hand: English always; natively,
/// any language of `locales/`.
fn bundle_of(lang: Lang) -> Option<Rc<FluentBundle<FluentResource>>> {
    if let Some(b) = BUNDLES.with(|b| b.borrow().get(&lang).cloned()) {
        return Some(b);
    }
    let text = if lang == Lang::EN {
        ENGLISH.to_string()
    } else {
        native_file(lang)?
    };
    let b = Rc::new(bundle(lang, text).ok()?);
    BUNDLES.with(|all| all.borrow_mut().insert(lang, b.clone()));
    Some(b)
}

/// A language's file, read from `locales/` (native builds: the tests and
/// the prerender, run from the project).
#[cfg(not(target_arch = "wasm32"))]
fn native_file(lang: Lang) -> Option<String> {
    let path = format!(
        "{}/../../locales/{}.ftl",
        env!("CARGO_MANIFEST_DIR"),
        lang.code()
    );
    std::fs::read_to_string(path).ok()
}

#[cfg(target_arch = "wasm32")]
fn native_file(_: Lang) -> Option<String> {
    None
}

/// True when a language's messages are at hand (English always is).
pub fn has_texts(lang: Lang) -> bool {
    lang == Lang::EN
        || BUNDLES.with(|b| b.borrow().contains_key(&lang))
        || cfg!(not(target_arch = "wasm32"))
}

/// Reads a language's file (`locales/sv.ftl`, as the page fetched it) and
/// makes its messages the ones that language shows, for the page's life.
///
/// # Errors
/// A file that does not read as Fluent, or is for another language.
pub fn install(lang: Lang, file: &str) -> Result<(), String> {
    let b = bundle(lang, file.to_string())?;
    BUNDLES.with(|all| all.borrow_mut().insert(lang, Rc::new(b)));
    // Texts formatted in English before the file arrived are said again.
    TEXTS.with(|t| t.borrow_mut().retain(|(l, _), _| *l != lang));
    Ok(())
}

/// Formats a message: in `lang` when it has it, else in English.
fn format(lang: Lang, key: T, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::EN] {
        let Some(b) = bundle_of(l) else { continue };
        let Some(pattern) = b.get_message(key.id()).and_then(|m| m.value()) else {
            continue;
        };
        let mut errors = Vec::new();
        return b.format_pattern(pattern, args, &mut errors).into_owned();
    }
    key.id().to_string()
}

/// A message with its values: counts as numbers ([`Arg::Count`]), the rest
/// as text.
pub fn say(lang: Lang, key: T, args: &[(&str, Arg)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(t) => fluent.set(*name, FluentValue::from(t.as_ref())),
            Arg::Count(n) => fluent.set(*name, FluentValue::from(*n)),
        }
    }
    format(lang, key, Some(&fluent))
}

/// A message with values that are all text (names and values as `&str` or
/// `String`, borrowed or owned).
pub fn tf<K: AsRef<str>, V: AsRef<str>>(lang: Lang, key: T, args: &[(K, V)]) -> String {
    let mut fluent = FluentArgs::new();
    for (name, value) in args {
        fluent.set(
            name.as_ref().to_string(),
            FluentValue::from(value.as_ref().to_string()),
        );
    }
    format(lang, key, Some(&fluent))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use fluent_bundle::FluentResource;
    use std::collections::{BTreeMap, BTreeSet};

    /// Each message of a language's file, with the variables it uses.
    fn messages(code: &str) -> BTreeMap<String, BTreeSet<String>> {
        let path = format!("{}/../../locales/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
        let text = std::fs::read_to_string(&path).unwrap();
        FluentResource::try_new(text.clone())
            .unwrap_or_else(|(_, e)| panic!("{path} does not read: {e:?}"));
        let ids: Vec<String> = text
            .lines()
            .filter_map(|l| l.split_once(" = ").map(|(id, _)| id))
            .filter(|id| {
                !id.is_empty() && id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
            })
            .map(String::from)
            .collect();
        // The variables of each message, from its line and the lines of its
        // selectors below it.
        let mut out = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if let Some((id, _)) = line.split_once(" =") {
                if ids.iter().any(|i| i == id) {
                    current = Some(id.to_string());
                    out.insert(id.to_string(), BTreeSet::new());
                }
            } else if !line.starts_with(' ') {
                current = None;
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).unwrap();
                for part in line.split('$').skip(1) {
                    let name: String = part
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '-')
                        .collect();
                    vars.insert(name);
                }
            }
        }
        assert_eq!(out.len(), ids.len(), "{path}: each message read once");
        out
    }

    #[test]
    fn every_key_has_an_english_message_and_every_message_a_key() {
        let english = messages("en");
        for key in T::ALL {
            assert!(
                english.contains_key(key.id()),
                "{key:?} ({}) is not in locales/en.ftl",
                key.id()
            );
        }
        let keys: BTreeSet<&str> = T::ALL.iter().map(|k| k.id()).collect();
        for id in english.keys() {
            assert!(
                id == "language-code" || keys.contains(id.as_str()),
                "locales/en.ftl: {id} has no key in T"
            );
        }
        assert_eq!(
            T::Tagline.text(Lang::EN),
            "What will your marketing-contacts bill be, and when?"
        );
        assert_eq!(T::FixInputs.text(Lang::EN), "Some inputs need fixing. ");
    }

    /// Every language has exactly English's messages, with English's
    /// variables; the failure names the message.
    #[test]
    fn every_language_has_the_messages_of_english_and_no_others() {
        let english = messages("en");
        for lang in Lang::all().filter(|l| *l != Lang::EN) {
            let theirs = messages(lang.code());
            for (id, vars) in &english {
                let Some(their_vars) = theirs.get(id) else {
                    panic!("locales/{}.ftl lacks {id}", lang.code());
                };
                assert_eq!(
                    vars,
                    their_vars,
                    "{id} in {} uses other variables than English",
                    lang.code()
                );
            }
            for id in theirs.keys() {
                assert!(
                    english.contains_key(id),
                    "locales/{}.ftl has {id}, which English lacks",
                    lang.code()
                );
            }
        }
    }

    /// A translation identical to English is a missing one, except for names.
    #[test]
    fn no_message_is_left_in_english() {
        let same_in_every_language = [
            T::Starter,
            T::Professional,
            T::Enterprise,
            T::AddImport,
            T::RegionJapan,
            T::Account,
            T::Scenario,
            T::ScenarioN,
            T::Rule2020,
            T::ProrationNote,
            // "75%" in Polish too.
            T::Percent,
        ];
        for key in T::ALL
            .iter()
            .filter(|k| !same_in_every_language.contains(k))
        {
            for lang in Lang::all().filter(|l| *l != Lang::EN) {
                assert_ne!(
                    key.text(lang),
                    key.text(Lang::EN),
                    "{key:?} in {} is the English text",
                    lang.code()
                );
            }
        }
    }

    #[test]
    fn a_file_for_another_language_or_no_language_file_is_refused() {
        let sv = std::fs::read_to_string(format!(
            "{}/../../locales/sv.ftl",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        assert!(install(Lang::of("pl"), &sv).unwrap_err().contains("\"sv\""));
        assert!(install(Lang::of("sv"), "<html>404</html>")
            .unwrap_err()
            .contains("not a language file"));
        assert_eq!(install(Lang::of("sv"), &sv), Ok(()));
        assert_eq!(T::Save.text(Lang::of("sv")), "Spara");
    }

    #[test]
    fn languages_follow_the_browser_tag() {
        assert_eq!(Lang::from_tag("sv-SE"), Lang::of("sv"));
        assert_eq!(Lang::from_tag("pl"), Lang::of("pl"));
        assert_eq!(Lang::from_tag("de-DE"), Lang::EN);
        assert_eq!(Lang::EN.locale("en-GB"), "en-GB");
        assert_eq!(Lang::EN.locale("de-DE"), "en-US");
        assert_eq!(Lang::of("sv").locale("en-US"), "sv-SE");
    }

    /// Counts reach Fluent as numbers and are written as the page writes
    /// them; text values stay as they are.
    #[test]
    fn counts_are_numbers_written_as_the_page_writes_them() {
        let said = say(Lang::EN, T::NMonths, &[("n", Arg::count(12_500))]);
        assert_eq!(said, "12,500 months");
        set_count_format(|n| format!("<{n}>"));
        assert_eq!(
            say(Lang::EN, T::NMonths, &[("n", Arg::count(3))]),
            "<3> months"
        );
        set_count_format(plain_count);
    }
}
