//! Messages built from the engine's errors and warnings: what went wrong,
//! in the person's words and language, with the field named as the page
//! names it, and numbers and dates as the page writes them.

use tierwise_engine::error::{Error, ErrorCode, Param};
use tierwise_engine::outcome::WarningKind;
use tierwise_engine::plan::EventRef;

use crate::catalogue::{say, tf, Arg, Lang, T};
use crate::text::Format;

/// What an engine error asks of the person, in the chosen language and
/// without its field path: "Enter 0 or more (you typed -5)." The page puts
/// it next to the field; [`error_text`] adds the field's name. The engine's
/// own English, with the path, is the CLI's and the API's.
pub fn error_detail(lang: Lang, f: &dyn Format, e: &Error) -> String {
    use ErrorCode::*;
    let key = match e.code() {
        Negative => T::ErrNegative,
        TooBig => T::ErrTooBig,
        InvalidDate => T::ErrInvalidDate,
        InvalidDateTime => T::ErrInvalidDateTime,
        InvalidTime => T::ErrInvalidTime,
        DateOutOfRange => T::ErrDateOutOfRange,
        UnsupportedTimezone => T::ErrUnsupportedTimezone,
        UntilBeforeAsOf => T::ErrUntilBeforeAsOf,
        AsOfBeforeStart => T::ErrAsOfBeforeStart,
        HorizonTooLong => T::ErrHorizonTooLong,
        TierNotInBook if e.count("below").is_none() => T::ErrTierBelowSmallest,
        TierNotInBook => T::ErrTierNotInBook,
        TierBelowCount => T::ErrTierBelowCount,
        TiersNotGrowing => T::ErrTiersNotGrowing,
        InvalidMoney => T::ErrInvalidMoney,
        AmountTooLarge => T::ErrAmountTooLarge,
        EditionNotInBook => T::ErrEditionNotInBook,
        // Which contacts, and when, in the person's words.
        RemovesTooMany => match e.text("action") {
            Some("set_non_marketing") => T::ErrSetsTooManyNonMarketing,
            Some("delete_marketing") => T::ErrDeletesTooManyMarketing,
            Some("set_marketing") => T::ErrSetsTooManyMarketing,
            _ => T::ErrDeletesTooManyNonMarketing,
        },
        EventBeforeAsOf => T::ErrEventBeforeAsOf,
        EndBeforeStart => T::ErrEndBeforeStart,
        MissingField => T::ErrMissingField,
        InvalidThreshold => T::ErrInvalidThreshold,
        HistoryOutOfOrder => T::ErrHistoryOutOfOrder,
        NotCsv => T::ErrNotCsv,
        CsvHeader => T::ErrCsvHeader,
        CsvColumns => T::ErrCsvColumns,
        NotACount => T::ErrNotACount,
        InvoiceLine => T::ErrInvoiceLine,
        TooManyEvents => T::ErrTooMany,
        TooLong => T::ErrTooLong,
        InvalidCurrency => T::ErrInvalidCurrency,
        BandsNotIncreasing => T::ErrBandsNotIncreasing,
        // Errors of a document's shape (a file, a link), which no field of
        // the page can make, from the values the engine gives with them.
        _ => match shape_key(e) {
            Some(key) => key,
            // Anything else: the engine's sentence, without its path.
            None => return e.detail().to_string(),
        },
    };
    // Every value as the page writes it: counts with the language's
    // grouping, dates as the page's dates; what a person typed (a text, a
    // negative count) exactly as typed.
    let args: Vec<(&str, Arg)> = e.params().map(|(k, v)| (k, value(f, v))).collect();
    say(lang, key, &args)
}

/// The message for an error of a document's shape, when its params say
/// enough for the person's words (serde's own English, "expected i64",
/// never reaches them).
fn shape_key(e: &Error) -> Option<T> {
    use ErrorCode::*;
    // Each message, and the values it cannot do without.
    let (key, needs): (T, &[&str]) = match e.code() {
        Syntax => (T::ErrSyntax, &["line", "column"]),
        TooLarge => (T::ErrTooLarge, &["size", "max"]),
        NewerVersion => (T::ErrNewerVersion, &["version"]),
        BadVersion => (T::ErrBadVersion, &["value"]),
        UnknownField => (T::ErrUnknownField, &["field"]),
        UnexpectedField => (T::ErrUnexpectedField, &["field"]),
        BadSchedule => (T::ErrBadSchedule, &["detail"]),
        InvalidValue => match e.text("problem") {
            Some("duplicate") => (T::ErrDuplicateField, &["field"]),
            Some("wrong_type") => (T::ErrWrongType, &["found", "expected"]),
            Some("not_a_choice") => (T::ErrNotAChoice, &["value", "choices"]),
            _ if e.text("detail") == Some("not an object") => (T::ErrNotAnObject, &[]),
            _ => return None,
        },
        _ => return None,
    };
    needs.iter().all(|n| e.param(n).is_some()).then_some(key)
}

/// One value of an error as the page writes it: a count as a number, which
/// the message may choose its words by.
fn value<'a>(f: &dyn Format, v: &'a Param) -> Arg<'a> {
    Arg::Text(match v {
        Param::Count(n) => return Arg::count(*n),
        Param::Int(n) => n.to_string().into(),
        Param::Decimal(d) => f.decimal(d).into(),
        Param::Date(d) => f.date(*d).into(),
        Param::DateTime(t) if t.time() == chrono::NaiveTime::MIN => f.date(t.date()).into(),
        Param::DateTime(t) => format!("{} {}", f.date(t.date()), t.format("%H:%M")).into(),
        Param::Text(t) => t.as_str().into(),
    })
}

/// An engine error as a list of errors shows it: the field's name, then
/// what to do. "Marketing contacts: Enter 0 or more (you typed -5)."
pub fn error_text(lang: Lang, f: &dyn Format, e: &Error) -> String {
    let detail = error_detail(lang, f, e);
    match crate::field::heading(lang, e.path()) {
        Some(name) => format!("{name}: {detail}"),
        // A file's shape is said where in the file it is: its path, unless
        // the words name the field already.
        None if e.is_shape() && shape_key(e).is_some() => {
            let names_it = matches!(
                e.code(),
                ErrorCode::UnknownField
                    | ErrorCode::UnexpectedField
                    | ErrorCode::NewerVersion
                    | ErrorCode::BadVersion
            ) || e.text("problem") == Some("duplicate");
            if e.path().is_empty() || names_it {
                detail
            } else {
                format!("{}: {detail}", e.path())
            }
        }
        None if e.is_shape() => e.to_string(),
        None => detail,
    }
}

/// Who a warning is about, as people say it: "Event 3", "History row 4".
fn who(lang: Lang, event: EventRef) -> String {
    match event {
        EventRef::Event(i) => tf(lang, T::WarnWhoEvent, &[("n", &(i + 1).to_string())]),
        EventRef::HistoryRow(r) => tf(lang, T::WarnWhoHistory, &[("n", &(r + 1).to_string())]),
        EventRef::TrialImport | EventRef::Alternative => T::WarnWhoTrial.text(lang).to_string(),
    }
}

/// A warning in the chosen language, in the person's words (the engine's
/// own English, with rule numbers and field names, is the CLI's and the
/// API's).
pub fn warning_text(lang: Lang, f: &dyn Format, w: &WarningKind) -> String {
    use WarningKind::*;
    // Counts and dates as the page writes them ("2,800", "Dec 21, 2026").
    let n = |v: &u64| Arg::count(*v);
    let (key, args): (T, Vec<(&str, Arg)>) = match w {
        ExamplePrices => (T::WarnExamplePrices, vec![]),
        TermNotSold { edition, term } => (
            T::WarnTermNotSold,
            vec![
                (
                    "edition",
                    crate::text::edition_key(*edition).text(lang).into(),
                ),
                ("term", crate::text::term_phrase(*term).text(lang).into()),
            ],
        ),
        BillingLongerThanTerm { .. } => (T::WarnBillingLongerThanTerm, vec![]),
        CapBelowCurrent { cap, billed } => (
            T::WarnCapBelowCurrent,
            vec![("cap", n(cap)), ("billed", n(billed))],
        ),
        CapBlocked {
            event,
            blocked,
            requested,
            cap,
            ..
        } => (
            T::WarnCapBlocked,
            vec![
                ("who", who(lang, *event).into()),
                ("cap", n(cap)),
                ("blocked", n(blocked)),
                ("requested", n(requested)),
            ],
        ),
        DowngradeRefused {
            event,
            requested_tier,
            billed,
            ..
        } => (
            T::WarnDowngradeRefused,
            vec![
                ("who", who(lang, *event).into()),
                ("tier", n(requested_tier)),
                ("billed", n(billed)),
            ],
        ),
        DowngradeNotLower {
            event,
            requested_tier,
            tier,
        } => (
            T::WarnDowngradeNotLower,
            vec![
                ("who", who(lang, *event).into()),
                ("requested", n(requested_tier)),
                ("tier", n(tier)),
            ],
        ),
        DowngradeReplaced {
            event,
            previous_tier,
            requested_tier,
        } => (
            T::WarnDowngradeReplaced,
            vec![
                ("who", who(lang, *event).into()),
                ("requested", n(requested_tier)),
                ("previous", n(previous_tier)),
            ],
        ),
        ChangeTierNotHigher {
            event,
            requested_tier,
            tier,
        } => (
            T::WarnChangeTierNotHigher,
            vec![
                ("who", who(lang, *event).into()),
                ("requested", n(requested_tier)),
                ("tier", n(tier)),
            ],
        ),
        EventAfterUntil { event, until } => (
            T::WarnEventAfterUntil,
            vec![
                ("who", who(lang, *event).into()),
                ("until", f.date(*until).into()),
            ],
        ),
        ChargeAfterUntil {
            charge_date,
            amount,
            ..
        } => (
            T::WarnChargeAfterUntil,
            vec![
                ("amount", f.money(amount).into()),
                ("date", f.date(*charge_date).into()),
            ],
        ),
        AdviceLimited { upgrades, computed } => (
            T::WarnAdviceLimited,
            vec![
                ("computed", Arg::count(*computed)),
                ("upgrades", Arg::count(*upgrades)),
            ],
        ),
    };
    say(lang, key, &args)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_warning_reads_in_every_language() {
        let w = WarningKind::CapBelowCurrent {
            cap: 10,
            billed: 20,
        };
        assert!(warning_text(Lang::of("sv"), &crate::text::Plain, &w).contains("Taket 10"));
        assert!(warning_text(Lang::of("pl"), &crate::text::Plain, &w).contains("Limit 10"));
        // Numbers as the page writes them, not as the engine stores them.
        let refused = WarningKind::DowngradeRefused {
            event: tierwise_engine::plan::EventRef::Event(2),
            at: tierwise_engine::outcome::Stamp { unix: 0, offset: 0 },
            requested_tier: 2000,
            billed: 2800,
        };
        let said = warning_text(Lang::EN, &crate::text::Plain, &refused);
        assert!(said.contains("2,000") && said.contains("2,800"), "{said}");
        let e = Error::new(
            "contacts.marketing",
            ErrorCode::Negative,
            "must not be negative (got -5)",
        )
        .with("value", -5);
        assert_eq!(
            error_text(Lang::of("sv"), &crate::text::Plain, &e),
            "Marknadsföringskontakter: Ange 0 eller mer (du skrev -5)."
        );
        assert_eq!(
            error_text(Lang::EN, &crate::text::Plain, &e),
            "Marketing contacts: Enter 0 or more (you typed -5)."
        );
        assert_eq!(
            error_detail(Lang::of("pl"), &crate::text::Plain, &e),
            "Wpisz 0 lub więcej (wpisano -5)."
        );
        let big = Error::new("contacts.marketing", ErrorCode::TooBig, "too big")
            .with("value", 2_000_000_000u64)
            .with("max", 1_000_000_000u64);
        assert_eq!(
            error_detail(Lang::EN, &crate::text::Plain, &big),
            "Enter at most 1,000,000,000 (you typed 2,000,000,000)."
        );
        let date =
            Error::new("until", ErrorCode::InvalidDate, "not a date").with("value", 20261201);
        assert!(
            error_detail(Lang::EN, &crate::text::Plain, &date).contains("\"20261201\""),
            "typed text is quoted as typed"
        );
        // Counts go through the page's formatter (Intl in the browser;
        // `Plain` groups with commas).
        assert_eq!(
            error_detail(Lang::of("sv"), &crate::text::Plain, &big),
            "Ange högst 1,000,000,000 (du skrev 2,000,000,000)."
        );
        let csv = Error::new(
            "line 3",
            ErrorCode::NotACount,
            "\"x\" is not a whole number",
        )
        .with("value", "x");
        assert_eq!(
            error_text(Lang::of("sv"), &crate::text::Plain, &csv),
            "Rad 3: \"x\" är inget heltal"
        );
        let shape = Error::new(
            "events[0]",
            ErrorCode::UnknownField,
            "has no field \"colour\"",
        );
        assert_eq!(
            error_detail(Lang::EN, &crate::text::Plain, &shape),
            "has no field \"colour\""
        );
    }

    /// A file's shape is said in the person's words and language, from the
    /// values the engine gives: never serde's "expected i64".
    #[test]
    fn a_file_that_does_not_read_is_said_in_the_persons_words() {
        let f = &crate::text::Plain;
        let scenario = |marketing: &str| {
            format!(
                r#"{{"version": 1, "account": {{"edition": "professional", "term": "annual", "start": "2026-01-01"}}, "contacts": {{"marketing": {marketing}}}, "until": "2026-12-31"}}"#
            )
        };
        let wrong = tierwise_engine::parse(&scenario("\"five\"")).unwrap_err();
        assert_eq!(
            error_text(Lang::EN, f, &wrong),
            "Marketing contacts: a whole number is needed here, not \"five\""
        );
        assert_eq!(
            error_text(Lang::of("sv"), f, &wrong),
            "Marknadsföringskontakter: här behövs ett heltal, inte \"five\""
        );
        let broken = tierwise_engine::parse("{oops").unwrap_err();
        assert_eq!(
            error_text(Lang::of("pl"), f, &broken),
            "to nie jest poprawny JSON (wiersz 1, kolumna 2)"
        );
        let newer = tierwise_engine::parse(r#"{"version": 9}"#).unwrap_err();
        assert!(
            error_text(Lang::of("sv"), f, &newer).contains("nyare version av Tierwise (format 9)")
        );
        let typo = tierwise_engine::parse(
            &scenario("5").replace("\"until\"", "\"nam\": \"x\", \"until\""),
        )
        .unwrap_err();
        assert_eq!(
            error_text(Lang::of("pl"), f, &typo),
            "„nam” nie jest tu polem; sprawdź pisownię"
        );
        for e in [&wrong, &broken, &newer, &typo] {
            for lang in Lang::all() {
                let text = error_text(lang, f, e);
                assert!(
                    !text.contains("expected") && !text.contains("invalid type"),
                    "{text}"
                );
            }
        }
    }
}
