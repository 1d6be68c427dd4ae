//! Every count reads right (issue 27): messages that take a count, said
//! with 0, 1, 2, 3, 4, 5, 12, 21, 22, 25, 102, 1202 and 1205, against the
//! forms written out here by hand for Polish and Swedish (and English),
//! not against the catalogue's own files. Every selector on a variable in
//! any language's file has a case here, or a test says which is missing.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use fluent_syntax::ast;
use tierwise_app::catalogue::{say, Arg, Lang, T};

const NUMBERS: [i64; 13] = [0, 1, 2, 3, 4, 5, 12, 21, 22, 25, 102, 1202, 1205];

/// Polish by hand (CLDR): one is 1; few ends in 2–4 but not 12–14; every
/// other whole number is many.
fn polish(n: i64, [one, few, many]: [&str; 3]) -> &str {
    let (ten, hundred) = (n % 10, n % 100);
    if n == 1 {
        one
    } else if (2..=4).contains(&ten) && !(12..=14).contains(&hundred) {
        few
    } else {
        many
    }
}

/// Swedish and English: one is 1, every other number is other.
fn two(n: i64, [one, other]: [&str; 2]) -> &str {
    if n == 1 {
        one
    } else {
        other
    }
}

/// How the tests write a count (the native default, English groups).
fn num(n: i64) -> String {
    let d = n.to_string();
    let mut out = String::new();
    for (i, c) in d.chars().enumerate() {
        if i > 0 && (d.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// A message said with one count varying and everything else held.
///
/// Each form is the words a person expects around the number, written out
/// by hand with `{n}` where the number goes ("{n} months", "the first {n}
/// lines"), or without it when the words leave the number out ("the
/// first line"). A `…` stands for any text between two parts, each of
/// which must be in the sentence, as whole words, in that order.
struct Case {
    key: T,
    /// The count that varies.
    var: &'static str,
    /// Other values the message needs, as text.
    text: &'static [(&'static str, &'static str)],
    /// Other counts it needs, held at these values.
    counts: &'static [(&'static str, i64)],
    en: [&'static str; 2],
    sv: [&'static str; 2],
    pl: [&'static str; 3],
}

const AT: (&str, &str) = ("at", "Dec 20, 2026");
const ON: (&str, &str) = ("on", "Dec 20, 2026");
const EVENT: (&str, &str) = ("event", "Event 3");
const WHO: (&str, &str) = ("who", "Event 3");
const DEADLINE: [(&str, &str); 2] = [
    ("deadline", "Dec 19, 2026, 12:00"),
    ("viewer", "Dec 19, 2026, 07:00"),
];
const MONEY: [(&str, &str); 3] = [
    ("today", "$87.10"),
    ("renewal", "$950.00"),
    ("horizon", "$1,575.00"),
];
const WINDOW: [(&str, &str); 6] = [
    ("from", "Jan 4, 2027"),
    ("to", "Jan 29, 2027"),
    ("best", "Jan 5, 2027"),
    ("worst", "Jan 28, 2027"),
    ("through", "Jun 30, 2027"),
    ("saved", "$225.00"),
];
const CAP: [(&str, &str); 4] = [
    ("with", "$9,000.00"),
    ("without", "$9,900.00"),
    ("diff", "$900.00"),
    ("up_without", "3"),
];

const CASES: &[Case] = &[
    Case {
        key: T::NMonths,
        var: "n",
        text: &[],
        counts: &[],
        en: ["{n} month", "{n} months"],
        sv: ["{n} månad", "{n} månader"],
        pl: ["{n} miesiąc", "{n} miesiące", "{n} miesięcy"],
    },
    Case {
        key: T::QuotePriceLine,
        var: "included",
        text: &[
            ("edition", "Professional"),
            ("base", "$800.00"),
            ("pack", "$225.00"),
        ],
        counts: &[("size", 1000)],
        en: ["{n} contact included", "{n} contacts included"],
        sv: ["{n} kontakt ingår", "{n} kontakter ingår"],
        pl: [
            "{n} kontakt w cenie",
            "{n} kontakty w cenie",
            "{n} kontaktów w cenie",
        ],
    },
    Case {
        key: T::QuotePriceLine,
        var: "size",
        text: &[
            ("edition", "Professional"),
            ("base", "$800.00"),
            ("pack", "$225.00"),
        ],
        counts: &[("included", 2000)],
        en: ["packs of {n} contact at", "packs of {n} contacts at"],
        sv: ["paket om {n} kontakt för", "paket om {n} kontakter för"],
        // Distributive "po": one in the locative, more in the accusative.
        pl: [
            "pakiety po {n} kontakcie,",
            "pakiety po {n} kontakty,",
            "pakiety po {n} kontaktów,",
        ],
    },
    Case {
        key: T::OpenedCompare,
        var: "n",
        text: &[("name", "Q"), ("prices", "")],
        counts: &[],
        en: ["Opened {n} scenario to compare", "Opened {n} scenarios to compare"],
        sv: ["Öppnade {n} delat scenario", "Öppnade {n} delade scenarier"],
        pl: [
            "Otwarto {n} udostępniony Ci scenariusz",
            "Otwarto {n} udostępnione Ci scenariusze",
            "Otwarto {n} udostępnionych Ci scenariuszy",
        ],
    },
    Case {
        key: T::LinkLong,
        var: "n",
        text: &[],
        counts: &[],
        en: ["it is {n} character long", "it is {n} characters long"],
        // "tecken" is the same word in the singular and the plural.
        sv: ["den är {n} tecken lång", "den är {n} tecken lång"],
        pl: ["ma on {n} znak,", "ma on {n} znaki,", "ma on {n} znaków,"],
    },
    Case {
        key: T::ErrTierBelowCount,
        var: "count",
        text: &[],
        counts: &[("tier", 1000)],
        en: ["your {n} billed contact.", "your {n} billed contacts."],
        sv: [
            "din {n} fakturerade kontakt.",
            "dina {n} fakturerade kontakter.",
        ],
        pl: [
            "Masz {n} rozliczany kontakt,",
            "Masz {n} rozliczane kontakty,",
            "Masz {n} rozliczanych kontaktów,",
        ],
    },
    Case {
        key: T::ErrSetsTooManyNonMarketing,
        var: "count",
        text: &[AT],
        counts: &[("available", 7000)],
        en: [
            "sets {n} marketing contact to non-marketing",
            "sets {n} marketing contacts to non-marketing",
        ],
        sv: [
            "anges {n} marknadsföringskontakt som icke-marknadsföring",
            "anges {n} marknadsföringskontakter som icke-marknadsföring",
        ],
        pl: [
            "ustawia {n} kontakt marketingowy jako niemarketingowy",
            "ustawia {n} kontakty marketingowe jako niemarketingowe",
            "ustawia {n} kontaktów marketingowych jako niemarketingowe",
        ],
    },
    Case {
        key: T::ErrSetsTooManyNonMarketing,
        var: "available",
        text: &[AT],
        counts: &[("count", 7000)],
        en: [
            "there is only {n} marketing contact then",
            "there are only {n} marketing contacts then",
        ],
        sv: [
            "bara {n} marknadsföringskontakt.",
            "bara {n} marknadsföringskontakter.",
        ],
        pl: [
            "tylko {n} kontakt marketingowy.",
            "tylko {n} kontakty marketingowe.",
            "tylko {n} kontaktów marketingowych.",
        ],
    },
    Case {
        key: T::ErrDeletesTooManyMarketing,
        var: "count",
        text: &[AT],
        counts: &[("available", 7000)],
        en: [
            "deletes {n} marketing contact on",
            "deletes {n} marketing contacts on",
        ],
        sv: [
            "raderas {n} marknadsföringskontakt den",
            "raderas {n} marknadsföringskontakter den",
        ],
        pl: [
            "usuwa {n} kontakt marketingowy dnia",
            "usuwa {n} kontakty marketingowe dnia",
            "usuwa {n} kontaktów marketingowych dnia",
        ],
    },
    Case {
        key: T::ErrDeletesTooManyMarketing,
        var: "available",
        text: &[AT],
        counts: &[("count", 7000)],
        en: [
            "there is only {n} marketing contact then",
            "there are only {n} marketing contacts then",
        ],
        sv: [
            "bara {n} marknadsföringskontakt.",
            "bara {n} marknadsföringskontakter.",
        ],
        pl: [
            "tylko {n} kontakt marketingowy.",
            "tylko {n} kontakty marketingowe.",
            "tylko {n} kontaktów marketingowych.",
        ],
    },
    Case {
        key: T::ErrSetsTooManyMarketing,
        var: "count",
        text: &[AT],
        counts: &[("available", 7000)],
        en: [
            "sets {n} non-marketing contact to marketing",
            "sets {n} non-marketing contacts to marketing",
        ],
        sv: [
            "anges {n} icke-marknadsföringskontakt som marknadsföring",
            "anges {n} icke-marknadsföringskontakter som marknadsföring",
        ],
        pl: [
            "ustawia {n} kontakt niemarketingowy jako marketingowy",
            "ustawia {n} kontakty niemarketingowe jako marketingowe",
            "ustawia {n} kontaktów niemarketingowych jako marketingowe",
        ],
    },
    Case {
        key: T::ErrSetsTooManyMarketing,
        var: "available",
        text: &[AT],
        counts: &[("count", 7000)],
        en: [
            "there is only {n} non-marketing contact then",
            "there are only {n} non-marketing contacts then",
        ],
        sv: [
            "bara {n} icke-marknadsföringskontakt.",
            "bara {n} icke-marknadsföringskontakter.",
        ],
        pl: [
            "tylko {n} kontakt niemarketingowy.",
            "tylko {n} kontakty niemarketingowe.",
            "tylko {n} kontaktów niemarketingowych.",
        ],
    },
    Case {
        key: T::ErrDeletesTooManyNonMarketing,
        var: "count",
        text: &[AT],
        counts: &[("available", 7000)],
        en: [
            "deletes {n} non-marketing contact on",
            "deletes {n} non-marketing contacts on",
        ],
        sv: [
            "raderas {n} icke-marknadsföringskontakt den",
            "raderas {n} icke-marknadsföringskontakter den",
        ],
        pl: [
            "usuwa {n} kontakt niemarketingowy dnia",
            "usuwa {n} kontakty niemarketingowe dnia",
            "usuwa {n} kontaktów niemarketingowych dnia",
        ],
    },
    Case {
        key: T::ErrDeletesTooManyNonMarketing,
        var: "available",
        text: &[AT],
        counts: &[("count", 7000)],
        en: [
            "there is only {n} non-marketing contact then",
            "there are only {n} non-marketing contacts then",
        ],
        sv: [
            "bara {n} icke-marknadsföringskontakt.",
            "bara {n} icke-marknadsföringskontakter.",
        ],
        pl: [
            "tylko {n} kontakt niemarketingowy.",
            "tylko {n} kontakty niemarketingowe.",
            "tylko {n} kontaktów niemarketingowych.",
        ],
    },
    Case {
        key: T::ErrCsvColumns,
        var: "found",
        text: &[],
        counts: &[("expected", 2)],
        en: ["has {n} cell;", "has {n} cells;"],
        sv: ["har {n} cell;", "har {n} celler;"],
        pl: ["ma {n} komórkę;", "ma {n} komórki;", "ma {n} komórek;"],
    },
    Case {
        key: T::ErrTooLong,
        var: "max",
        text: &[],
        counts: &[("length", 7000)],
        en: ["at most {n} character", "at most {n} characters"],
        sv: ["högst {n} tecken", "högst {n} tecken"],
        pl: ["najwyżej {n} znak", "najwyżej {n} znaki", "najwyżej {n} znaków"],
    },
    Case {
        key: T::WarnCapBelowCurrent,
        var: "billed",
        text: &[],
        counts: &[("cap", 0)],
        en: [
            "below the {n} contact billed on",
            "below the {n} contacts billed on",
        ],
        sv: [
            "än den {n} kontakt som faktureras",
            "än de {n} kontakter som faktureras",
        ],
        pl: [
            "niż {n} kontakt rozliczany pierwszego",
            "niż {n} kontakty rozliczane pierwszego",
            "niż {n} kontaktów rozliczanych pierwszego",
        ],
    },
    Case {
        key: T::WarnCapBelowCurrent,
        var: "cap",
        text: &[],
        counts: &[("billed", 7000)],
        en: ["marketing cap of {n} is below", "marketing cap of {n} is below"],
        sv: [
            "Taket {n} för marknadsföringskontakter",
            "Taket {n} för marknadsföringskontakter",
        ],
        // The genitive: "limit jednego kontaktu", "dwóch kontaktów".
        pl: [
            "Limit {n} kontaktu marketingowego jest",
            "Limit {n} kontaktów marketingowych jest",
            "Limit {n} kontaktów marketingowych jest",
        ],
    },
    Case {
        key: T::WarnCapBlocked,
        var: "requested",
        text: &[WHO],
        counts: &[("cap", 1000), ("blocked", 1)],
        en: [
            "kept 1 of {n} contact non-marketing",
            "kept 1 of {n} contacts non-marketing",
        ],
        sv: [
            "höll kvar 1 av {n} kontakt som icke-marknadsföring",
            "höll kvar 1 av {n} kontakter som icke-marknadsföring",
        ],
        pl: [
            "pozostawił 1 z {n} kontaktu jako niemarketingowy",
            "pozostawił 1 z {n} kontaktów jako niemarketingowy",
            "pozostawił 1 z {n} kontaktów jako niemarketingowy",
        ],
    },
    Case {
        key: T::WarnCapBlocked,
        var: "blocked",
        text: &[WHO],
        counts: &[("cap", 1000), ("requested", 7000)],
        en: [
            "kept {n} of 7,000 contacts non-marketing",
            "kept {n} of 7,000 contacts non-marketing",
        ],
        sv: [
            "höll kvar {n} av 7,000 kontakter som icke-marknadsföring",
            "höll kvar {n} av 7,000 kontakter som icke-marknadsföring",
        ],
        pl: [
            "pozostawił {n} z 7,000 kontaktów jako niemarketingowy.",
            "pozostawił {n} z 7,000 kontaktów jako niemarketingowe.",
            "pozostawił {n} z 7,000 kontaktów jako niemarketingowe.",
        ],
    },
    Case {
        key: T::WarnDowngradeRefused,
        var: "billed",
        text: &[WHO],
        counts: &[("tier", 2000)],
        en: ["as {n} contact is billed.", "as {n} contacts are billed."],
        sv: [
            "eftersom {n} kontakt faktureras.",
            "eftersom {n} kontakter faktureras.",
        ],
        pl: [
            "ponieważ rozliczany jest {n} kontakt.",
            "ponieważ rozliczane są {n} kontakty.",
            "ponieważ rozliczanych jest {n} kontaktów.",
        ],
    },
    Case {
        key: T::WarnAdviceLimited,
        var: "upgrades",
        text: &[],
        counts: &[("computed", 1)],
        en: [
            "for the first of {n} upgrade only.",
            "for the first of {n} upgrades only.",
        ],
        sv: [
            "för den första av {n} uppgradering.",
            "för den första av {n} uppgraderingar.",
        ],
        pl: [
            "dla pierwszego z {n} podwyższenia.",
            "dla pierwszego z {n} podwyższeń.",
            "dla pierwszego z {n} podwyższeń.",
        ],
    },
    Case {
        key: T::WarnAdviceLimited,
        var: "computed",
        text: &[],
        counts: &[("upgrades", 7000)],
        en: [
            "for the first of 7,000 upgrades only.",
            "for the first {n} of 7,000 upgrades only.",
        ],
        sv: [
            "för den första av 7,000 uppgraderingar.",
            "för de första {n} av 7,000 uppgraderingar.",
        ],
        pl: [
            "dla pierwszego z 7,000 podwyższeń.",
            "dla pierwszych {n} z 7,000 podwyższeń.",
            "dla pierwszych {n} z 7,000 podwyższeń.",
        ],
    },
    Case {
        key: T::HistoryAsOf,
        var: "rows",
        text: &[("first", "Dec 1, 2026")],
        counts: &[],
        en: ["of {n} daily count is loaded", "of {n} daily counts is loaded"],
        sv: [
            "med {n} dagligt värde är inläst",
            "med {n} dagliga värden är inläst",
        ],
        pl: [
            "zawierającą {n} wartość dzienną:",
            "zawierającą {n} wartości dzienne:",
            "zawierającą {n} wartości dziennych:",
        ],
    },
    Case {
        key: T::ShareDays,
        var: "of",
        text: &[("left", "12")],
        counts: &[],
        en: ["12/{n} day", "12/{n} days"],
        sv: ["12/{n} dag", "12/{n} dagar"],
        pl: ["12/{n} dzień", "12/{n} dni", "12/{n} dni"],
    },
    Case {
        key: T::HistoryImported,
        var: "rows",
        text: &[("name", "usage.csv")],
        counts: &[],
        en: ["Imported {n} daily count from", "Imported {n} daily counts from"],
        sv: [
            "Importerade {n} dagligt värde från",
            "Importerade {n} dagliga värden från",
        ],
        pl: [
            "Zaimportowano {n} wartość dzienną z",
            "Zaimportowano {n} wartości dzienne z",
            "Zaimportowano {n} wartości dziennych z",
        ],
    },
    Case {
        key: T::AskUpgrade,
        var: "billed",
        text: &[ON, ("charge", "Dec 21, 2026"), ("amount", "$87.10")],
        counts: &[("n", 7000), ("tier", 2000), ("to", 10000)],
        en: [
            "takes you to {n} billed contact,",
            "takes you to {n} billed contacts,",
        ],
        sv: [
            "får du {n} fakturerad kontakt,",
            "får du {n} fakturerade kontakter,",
        ],
        pl: [
            "będziesz mieć {n} rozliczany kontakt,",
            "będziesz mieć {n} rozliczane kontakty,",
            "będziesz mieć {n} rozliczanych kontaktów,",
        ],
    },
    Case {
        key: T::AskUpgrade,
        var: "n",
        text: &[ON, ("charge", "Dec 21, 2026"), ("amount", "$87.10")],
        counts: &[("billed", 7000), ("tier", 2000), ("to", 10000)],
        en: ["Importing {n} contact on", "Importing {n} contacts on"],
        sv: [
            "Om du importerar {n} kontakt den",
            "Om du importerar {n} kontakter den",
        ],
        pl: [
            "zaimportujesz {n} kontakt, będziesz",
            "zaimportujesz {n} kontakty, będziesz",
            "zaimportujesz {n} kontaktów, będziesz",
        ],
    },
    Case {
        key: T::AskAvoid,
        var: "fewer",
        text: &[("deadline", "Dec 19, 2026, 12:00")],
        counts: &[],
        en: [
            "import {n} fewer contact, or set {n} contact to non-marketing",
            "import {n} fewer contacts, or set {n} contacts to non-marketing",
        ],
        sv: [
            "importera {n} kontakt färre eller ange {n} kontakt som icke-marknadsföring",
            "importera {n} kontakter färre eller ange {n} kontakter som icke-marknadsföring",
        ],
        pl: [
            "o {n} kontakt mniej albo ustaw {n} kontakt jako niemarketingowy",
            "o {n} kontakty mniej albo ustaw {n} kontakty jako niemarketingowe",
            "o {n} kontaktów mniej albo ustaw {n} kontaktów jako niemarketingowe",
        ],
    },
    Case {
        key: T::AskAvoidFewer,
        var: "fewer",
        text: &[],
        counts: &[],
        en: ["import {n} fewer contact.", "import {n} fewer contacts."],
        sv: ["importera {n} kontakt färre.", "importera {n} kontakter färre."],
        pl: [
            "o {n} kontakt mniej.",
            "o {n} kontakty mniej.",
            "o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AskFits,
        var: "n",
        text: &[ON],
        counts: &[("tier", 2000), ("room", 7000)],
        en: ["Importing {n} contact on", "Importing {n} contacts on"],
        sv: [
            "importerar {n} kontakt den Dec 20, 2026 ryms den i",
            "importerar {n} kontakter den Dec 20, 2026 ryms de i",
        ],
        pl: [
            "zaimportujesz {n} kontakt, pozostaniesz",
            "zaimportujesz {n} kontakty, pozostaniesz",
            "zaimportujesz {n} kontaktów, pozostaniesz",
        ],
    },
    Case {
        key: T::AskFits,
        var: "room",
        text: &[ON],
        counts: &[("tier", 2000), ("n", 7000)],
        en: ["and {n} more would still fit.", "and {n} more would still fit."],
        sv: ["plats för {n} till.", "plats för {n} till."],
        pl: [
            "a zmieściłby się jeszcze {n} kontakt.",
            "a zmieściłyby się jeszcze {n} kontakty.",
            "a zmieściłoby się jeszcze {n} kontaktów.",
        ],
    },
    Case {
        key: T::AskClean,
        var: "n",
        text: &[ON, ("update", "Jan 1, 2027, 12:00")],
        counts: &[],
        en: [
            "set {n} contact to non-marketing on Dec 20, 2026, you stop paying for it from…until then it still counts.",
            "set {n} contacts to non-marketing on Dec 20, 2026, you stop paying for them from…until then they still count.",
        ],
        sv: [
            "anger {n} kontakt som icke-marknadsföring den Dec 20, 2026 slutar du betala för den från…räknas den fortfarande.",
            "anger {n} kontakter som icke-marknadsföring den Dec 20, 2026 slutar du betala för dem från…räknas de fortfarande.",
        ],
        pl: [
            "ustawisz {n} kontakt jako niemarketingowy, przestaniesz za niego płacić…nadal się liczy.",
            "ustawisz {n} kontakty jako niemarketingowe, przestaniesz za nie płacić…nadal się liczą.",
            "ustawisz {n} kontaktów jako niemarketingowe, przestaniesz za nie płacić…nadal się liczą.",
        ],
    },
    Case {
        key: T::AdvStanding,
        var: "billed",
        text: &[("now", "Jun 1, 2026")],
        counts: &[("tier", 2000), ("headroom", 7000)],
        en: ["with {n} billed contact:", "with {n} billed contacts:"],
        sv: ["med {n} fakturerad kontakt:", "med {n} fakturerade kontakter:"],
        pl: [
            "i {n} rozliczany kontakt:",
            "i {n} rozliczane kontakty:",
            "i {n} rozliczanych kontaktów:",
        ],
    },
    Case {
        key: T::AdvStanding,
        var: "headroom",
        text: &[("now", "Jun 1, 2026")],
        counts: &[("tier", 2000), ("billed", 7000)],
        en: ["room for {n} more before", "room for {n} more before"],
        sv: ["plats för {n} till innan", "plats för {n} till innan"],
        pl: [
            "miejsce na jeszcze {n} kontakt, zanim",
            "miejsce na jeszcze {n} kontakty, zanim",
            "miejsce na jeszcze {n} kontaktów, zanim",
        ],
    },
    Case {
        key: T::AdvChangeImport,
        var: "contacts",
        text: &[EVENT],
        counts: &[],
        en: ["import {n} fewer contact.", "import {n} fewer contacts."],
        sv: ["importera {n} kontakt färre.", "importera {n} kontakter färre."],
        pl: [
            "zaimportuj o {n} kontakt mniej.",
            "zaimportuj o {n} kontakty mniej.",
            "zaimportuj o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AdvChangeImportEach,
        var: "contacts",
        text: &[EVENT],
        counts: &[],
        en: [
            "import {n} fewer contact each time.",
            "import {n} fewer contacts each time.",
        ],
        sv: [
            "importera {n} kontakt färre varje gång.",
            "importera {n} kontakter färre varje gång.",
        ],
        pl: [
            "importuj o {n} kontakt mniej.",
            "importuj o {n} kontakty mniej.",
            "importuj o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AdvChangeDaily,
        var: "contacts",
        text: &[EVENT],
        counts: &[],
        en: ["add {n} fewer contact a day.", "add {n} fewer contacts a day."],
        sv: [
            "lägg till {n} kontakt färre per dag.",
            "lägg till {n} kontakter färre per dag.",
        ],
        pl: [
            "dodawaj dziennie o {n} kontakt mniej.",
            "dodawaj dziennie o {n} kontakty mniej.",
            "dodawaj dziennie o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AdvChangeSetMarketing,
        var: "contacts",
        text: &[EVENT],
        counts: &[],
        en: [
            "set {n} fewer contact to marketing.",
            "set {n} fewer contacts to marketing.",
        ],
        sv: [
            "ange {n} kontakt färre som marknadsföring.",
            "ange {n} kontakter färre som marknadsföring.",
        ],
        pl: [
            "ustaw jako marketingowe o {n} kontakt mniej.",
            "ustaw jako marketingowe o {n} kontakty mniej.",
            "ustaw jako marketingowe o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AdvChangeSetMarketingEach,
        var: "contacts",
        text: &[EVENT],
        counts: &[],
        en: [
            "set {n} fewer contact to marketing each time.",
            "set {n} fewer contacts to marketing each time.",
        ],
        sv: [
            "ange {n} kontakt färre som marknadsföring varje gång.",
            "ange {n} kontakter färre som marknadsföring varje gång.",
        ],
        pl: [
            "ustawiaj jako marketingowe o {n} kontakt mniej.",
            "ustawiaj jako marketingowe o {n} kontakty mniej.",
            "ustawiaj jako marketingowe o {n} kontaktów mniej.",
        ],
    },
    Case {
        key: T::AdvChangeOr,
        var: "contacts",
        text: &DEADLINE,
        counts: &[],
        en: [
            "Or set {n} contact to non-marketing before",
            "Or set {n} contacts to non-marketing before",
        ],
        sv: [
            "Eller ange {n} kontakt som icke-marknadsföring före",
            "Eller ange {n} kontakter som icke-marknadsföring före",
        ],
        pl: [
            "Albo ustaw {n} kontakt jako niemarketingowy przed",
            "Albo ustaw {n} kontakty jako niemarketingowe przed",
            "Albo ustaw {n} kontaktów jako niemarketingowe przed",
        ],
    },
    Case {
        key: T::AdvCapText,
        var: "cap",
        text: &CAP,
        counts: &[("blocked", 7000), ("up_with", 1)],
        en: [
            "A cap of {n} marketing contact would",
            "A cap of {n} marketing contacts would",
        ],
        sv: [
            "Ett tak på {n} marknadsföringskontakt skulle",
            "Ett tak på {n} marknadsföringskontakter skulle",
        ],
        pl: [
            "Limit {n} kontaktu marketingowego zatrzymałby",
            "Limit {n} kontaktów marketingowych zatrzymałby",
            "Limit {n} kontaktów marketingowych zatrzymałby",
        ],
    },
    Case {
        key: T::AdvCapText,
        var: "blocked",
        text: &CAP,
        counts: &[("cap", 7000), ("up_with", 1)],
        en: [
            "would have kept {n} contact non-marketing,",
            "would have kept {n} contacts non-marketing,",
        ],
        sv: [
            "hållit kvar {n} kontakt som icke-marknadsföring,",
            "hållit kvar {n} kontakter som icke-marknadsföring,",
        ],
        pl: [
            "zatrzymałby {n} kontakt jako niemarketingowy,",
            "zatrzymałby {n} kontakty jako niemarketingowe,",
            "zatrzymałby {n} kontaktów jako niemarketingowe,",
        ],
    },
    Case {
        key: T::AdvCapText,
        var: "up_with",
        text: &CAP,
        counts: &[("cap", 7000), ("blocked", 7000)],
        en: [
            "with {n} upgrade instead of 3.",
            "with {n} upgrades instead of 3.",
        ],
        sv: [
            "med {n} uppgradering i stället för 3.",
            "med {n} uppgraderingar i stället för 3.",
        ],
        // The instrumental: "z jednym podwyższeniem", "z dwoma podwyższeniami".
        pl: [
            "z {n} podwyższeniem zamiast 3.",
            "z {n} podwyższeniami zamiast 3.",
            "z {n} podwyższeniami zamiast 3.",
        ],
    },
    Case {
        key: T::AdvCapNothing,
        var: "cap",
        text: &[("without", "$9,900.00")],
        counts: &[],
        en: [
            "A cap of {n} marketing contact would block nothing",
            "A cap of {n} marketing contacts would block nothing",
        ],
        sv: [
            "Ett tak på {n} marknadsföringskontakt skulle inte",
            "Ett tak på {n} marknadsföringskontakter skulle inte",
        ],
        pl: [
            "Limit {n} kontaktu marketingowego niczego",
            "Limit {n} kontaktów marketingowych niczego",
            "Limit {n} kontaktów marketingowych niczego",
        ],
    },
    Case {
        key: T::HistorySummary,
        var: "rows",
        text: &[("first", "Dec 1, 2026"), ("last", "Dec 31, 2026")],
        counts: &[],
        en: ["History: {n} daily count from", "History: {n} daily counts from"],
        sv: [
            "Historik: {n} dagligt värde från",
            "Historik: {n} dagliga värden från",
        ],
        pl: [
            "Historia: {n} wartość dzienna od",
            "Historia: {n} wartości dzienne od",
            "Historia: {n} wartości dziennych od",
        ],
    },
    Case {
        key: T::AuditSummary,
        var: "n",
        text: &[],
        counts: &[("ok", 1)],
        en: ["1 of {n} charge matches.", "1 of {n} charges matches."],
        sv: ["1 av {n} debitering stämmer.", "1 av {n} debiteringar stämmer."],
        pl: [
            "1 z {n} opłaty zgadza się.",
            "1 z {n} opłat zgadza się.",
            "1 z {n} opłat zgadza się.",
        ],
    },
    Case {
        key: T::AuditSummary,
        var: "ok",
        text: &[],
        counts: &[("n", 7000)],
        en: ["{n} of 7,000 charges matches.", "{n} of 7,000 charges match."],
        sv: [
            "{n} av 7,000 debiteringar stämmer.",
            "{n} av 7,000 debiteringar stämmer.",
        ],
        pl: [
            "{n} z 7,000 opłat zgadza się.",
            "{n} z 7,000 opłat zgadzają się.",
            "{n} z 7,000 opłat zgadza się.",
        ],
    },
    Case {
        key: T::AuditMissing,
        var: "missing",
        text: &[],
        counts: &[],
        en: [
            "{n} simulated charge is not on the invoice.",
            "{n} simulated charges are not on the invoice.",
        ],
        sv: [
            "{n} simulerad debitering saknas på fakturan.",
            "{n} simulerade debiteringar saknas på fakturan.",
        ],
        pl: [
            "{n} symulowana opłata nie występuje na fakturze.",
            "{n} symulowane opłaty nie występują na fakturze.",
            "{n} symulowanych opłat nie występuje na fakturze.",
        ],
    },
    Case {
        key: T::TryAllFound,
        var: "n",
        text: &[],
        counts: &[],
        en: [
            "{n} of 48 combinations matches this invoice exactly:",
            "{n} of 48 combinations match this invoice exactly:",
        ],
        sv: [
            "{n} av 48 kombinationer stämmer exakt med fakturan:",
            "{n} av 48 kombinationer stämmer exakt med fakturan:",
        ],
        pl: [
            "{n} z 48 kombinacji zgadza się dokładnie z fakturą:",
            "{n} z 48 kombinacji zgadzają się dokładnie z fakturą:",
            "{n} z 48 kombinacji zgadza się dokładnie z fakturą:",
        ],
    },
    Case {
        key: T::LedgerShowAll,
        var: "n",
        text: &[],
        counts: &[],
        en: ["Show the only line", "Show all {n} lines"],
        sv: ["Visa den enda raden", "Visa alla {n} rader"],
        pl: [
            "Pokaż jedyną pozycję",
            "Pokaż wszystkie {n} pozycje",
            "Pokaż wszystkie {n} pozycji",
        ],
    },
    Case {
        key: T::LedgerShowFirst,
        var: "n",
        text: &[],
        counts: &[],
        en: ["Show only the first line", "Show only the first {n} lines"],
        sv: ["Visa bara den första raden", "Visa bara de första {n} raderna"],
        pl: [
            "Pokaż tylko pierwszą pozycję",
            "Pokaż tylko pierwsze {n} pozycje",
            "Pokaż tylko pierwszych {n} pozycji",
        ],
    },
    Case {
        key: T::BilledHeadroom,
        var: "billed",
        text: &[],
        counts: &[("headroom", 7000)],
        en: ["{n} billed, room for", "{n} billed, room for"],
        sv: ["{n} fakturerad, plats för", "{n} fakturerade, plats för"],
        pl: [
            "{n} rozliczany kontakt, miejsce",
            "{n} rozliczane kontakty, miejsce",
            "{n} rozliczanych kontaktów, miejsce",
        ],
    },
    Case {
        key: T::AdvForecastNone,
        var: "billed",
        text: &[("through", "Jun 30, 2027")],
        counts: &[],
        en: ["{n} billed then.", "{n} billed then."],
        sv: ["då faktureras {n} kontakt.", "då faktureras {n} kontakter."],
        pl: [
            "rozliczany będzie wtedy {n} kontakt.",
            "rozliczane będą wtedy {n} kontakty.",
            "rozliczanych będzie wtedy {n} kontaktów.",
        ],
    },
    Case {
        key: T::AdvForecastEnd,
        var: "billed",
        text: &[("through", "Jun 30, 2027")],
        counts: &[],
        en: ["{n} billed. An upgrade", "{n} billed. An upgrade"],
        sv: [
            "{n} fakturerad kontakt. En uppgraderings",
            "{n} fakturerade kontakter. En uppgraderings",
        ],
        pl: [
            "{n} rozliczany kontakt. Koszt",
            "{n} rozliczane kontakty. Koszt",
            "{n} rozliczanych kontaktów. Koszt",
        ],
    },
    Case {
        key: T::AdvImportFits,
        var: "n",
        text: &MONEY,
        counts: &[],
        en: ["An import of {n} now fits", "An import of {n} now fits"],
        sv: [
            "En import på {n} kontakt ryms nu",
            "En import på {n} kontakter ryms nu",
        ],
        pl: [
            "{n} kontakt zaimportowany teraz mieści się w",
            "{n} kontakty zaimportowane teraz mieszczą się w",
            "{n} kontaktów zaimportowanych teraz mieści się w",
        ],
    },
    Case {
        key: T::AdvImportUp,
        var: "n",
        text: &MONEY,
        counts: &[("tier", 2000)],
        en: ["An import of {n} now moves", "An import of {n} now moves"],
        sv: [
            "En import på {n} kontakt flyttar nu",
            "En import på {n} kontakter flyttar nu",
        ],
        pl: [
            "zaimportujesz teraz {n} kontakt, konto",
            "zaimportujesz teraz {n} kontakty, konto",
            "zaimportujesz teraz {n} kontaktów, konto",
        ],
    },
    Case {
        key: T::AdvTiming,
        var: "n",
        text: &[
            ("from", "Jan 4, 2027"),
            ("to", "Jan 29, 2027"),
            ("best", "Jan 5, 2027"),
            ("cost", "$87.10"),
            ("saved", "$225.00"),
            ("worst", "Jan 28, 2027"),
        ],
        counts: &[],
        en: ["to import {n} between", "to import {n} between"],
        sv: ["att importera {n} mellan", "att importera {n} mellan"],
        pl: [
            "by zaimportować {n} kontakt między",
            "by zaimportować {n} kontakty między",
            "by zaimportować {n} kontaktów między",
        ],
    },
    Case {
        key: T::AdvTimingPlanned,
        var: "n",
        text: &[("day", "Jan 5, 2027"), ("cost", "$87.10")],
        counts: &[],
        en: ["Your import of {n} planned for", "Your import of {n} planned for"],
        sv: [
            "Din planerade import av {n} den",
            "Din planerade import av {n} den",
        ],
        pl: [
            "import ({n} kontakt) zwiększa",
            "import ({n} kontakty) zwiększa",
            "import ({n} kontaktów) zwiększa",
        ],
    },
    Case {
        key: T::AdvTimingFlat,
        var: "n",
        text: &[
            ("cost", "$87.10"),
            ("from", "Jan 4, 2027"),
            ("to", "Jan 29, 2027"),
        ],
        counts: &[],
        en: ["Importing {n} costs", "Importing {n} costs"],
        sv: ["Att importera {n} kostar", "Att importera {n} kostar"],
        pl: [
            "zaimportujesz {n} kontakt w dowolnym dniu",
            "zaimportujesz {n} kontakty w dowolnym dniu",
            "zaimportujesz {n} kontaktów w dowolnym dniu",
        ],
    },
    Case {
        key: T::AdvTimingFree,
        var: "n",
        text: &WINDOW,
        counts: &[],
        en: [
            "to import {n} between…already holds it or no update date counts it before that day.",
            "to import {n} between…already holds them or no update date counts them before that day.",
        ],
        sv: [
            "att importera {n} mellan…redan rymmer den eller inget uppdateringsdatum räknar den före",
            "att importera {n} mellan…redan rymmer dem eller inget uppdateringsdatum räknar dem före",
        ],
        pl: [
            "by zaimportować {n} kontakt między…już wtedy go mieści albo żadna data aktualizacji nie liczy go przed",
            "by zaimportować {n} kontakty między…już wtedy je mieści albo żadna data aktualizacji nie liczy ich przed",
            "by zaimportować {n} kontaktów między…już wtedy je mieści albo żadna data aktualizacji nie liczy ich przed",
        ],
    },
    Case {
        key: T::AdvTimingFlatFree,
        var: "n",
        text: &WINDOW,
        counts: &[],
        en: [
            "Importing {n} on any day…already holds it, or no update date counts it before that day.",
            "Importing {n} on any day…already holds them, or no update date counts them before that day.",
        ],
        sv: [
            "Att importera {n} vilken dag som helst…rymmer den då redan, eller inget uppdateringsdatum räknar den före",
            "Att importera {n} vilken dag som helst…rymmer dem då redan, eller inget uppdateringsdatum räknar dem före",
        ],
        pl: [
            "zaimportujesz {n} kontakt w dowolnym dniu…już wtedy go mieści albo żadna data aktualizacji nie liczy go przed",
            "zaimportujesz {n} kontakty w dowolnym dniu…już wtedy je mieści albo żadna data aktualizacji nie liczy ich przed",
            "zaimportujesz {n} kontaktów w dowolnym dniu…już wtedy je mieści albo żadna data aktualizacji nie liczy ich przed",
        ],
    },
];

fn said(case: &Case, lang: Lang, n: i64) -> String {
    let mut args: Vec<(&str, Arg)> = case.text.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
    args.extend(case.counts.iter().map(|(k, v)| (*k, Arg::count(*v))));
    args.push((case.var, Arg::count(n)));
    say(lang, case.key, &args)
}

/// True when `part` is in `text` from `from` on as whole words ("5
/// kontakt" inside "5 kontaktów", or "0 kontaktów" inside "7,000
/// kontaktów", is not the form for 5 or 0); the end of the first such.
fn whole(text: &str, part: &str, from: usize) -> Option<usize> {
    text[from..].match_indices(part).find_map(|(i, _)| {
        let (start, end) = (from + i, from + i + part.len());
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        let word = |c: char| c.is_alphanumeric();
        (!before.is_some_and(|c| word(c) || c == ',') && !after.is_some_and(word)).then_some(end)
    })
}

/// True when the sentence reads as the form says: each of its parts
/// (split at `…`), with the number in, as whole words and in order.
fn reads(text: &str, form: &str, n: i64) -> bool {
    let want = form.replace("{n}", &num(n));
    let mut at = 0;
    for part in want.split('…').map(str::trim) {
        match whole(text, part, at) {
            Some(end) => at = end,
            None => return false,
        }
    }
    true
}

/// Where a message says 0 in words of its own (Fluent's `[0]` variant):
/// the message, the count, and the form for 0 in English, Swedish and
/// Polish, with the case's other counts as it holds them.
const ZEROS: &[(T, &str, [&str; 3])] = &[(
    T::WarnAdviceLimited,
    "computed",
    [
        "before it could work out a saving for any of the 7,000 upgrades.",
        "innan någon besparing kunde beräknas för någon av de 7,000 uppgraderingarna.",
        "zanim udało się obliczyć oszczędność dla któregokolwiek z 7,000 podwyższeń.",
    ],
)];

/// The form a case expects for `n` in language `l` (0 en, 1 sv, 2 pl).
fn expected(case: &Case, l: usize, n: i64) -> &'static str {
    if n == 0 {
        if let Some((_, _, forms)) = ZEROS
            .iter()
            .find(|(key, var, _)| *key == case.key && *var == case.var)
        {
            return forms[l];
        }
    }
    match l {
        0 => two(n, case.en),
        1 => two(n, case.sv),
        _ => polish(n, case.pl),
    }
}

#[test]
fn every_count_takes_its_plural_form_in_every_language() {
    let mut wrong = Vec::new();
    for case in CASES {
        for n in NUMBERS {
            for (l, lang) in [Lang::EN, Lang::of("sv"), Lang::of("pl")]
                .into_iter()
                .enumerate()
            {
                let form = expected(case, l, n);
                let text = said(case, lang, n);
                if !reads(&text, form, n) {
                    wrong.push(format!(
                        "{} (${}) in {} with {n}: {text:?} lacks {:?}",
                        case.key.id(),
                        case.var,
                        lang.code(),
                        form.replace("{n}", &num(n))
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "\n{}", wrong.join("\n"));
}

/// The (message, variable) pairs that a selector chooses by, in one
/// language's file, read with Fluent's own parser.
fn selectors(code: &str) -> BTreeSet<(String, String)> {
    let path = format!("{}/../../locales/{code}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let resource = fluent_syntax::parser::parse(text.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{path} does not parse: {errors:?}"));
    let mut out = BTreeSet::new();
    for entry in &resource.body {
        let (id, patterns): (String, Vec<&ast::Pattern<&str>>) = match entry {
            ast::Entry::Message(m) => (
                m.id.name.to_string(),
                m.value
                    .iter()
                    .chain(m.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            ast::Entry::Term(t) => (
                format!("-{}", t.id.name),
                std::iter::once(&t.value)
                    .chain(t.attributes.iter().map(|a| &a.value))
                    .collect(),
            ),
            _ => continue,
        };
        let mut vars = BTreeSet::new();
        for p in patterns {
            pattern_selectors(p, &mut vars);
        }
        out.extend(vars.into_iter().map(|v| (id.clone(), v)));
    }
    out
}

/// The variables selectors choose by in a pattern, nested ones too.
fn pattern_selectors(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_selectors(expression, out);
        }
    }
}

fn expression_selectors(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            // `$n` or a function of it (`NUMBER($n)`): the variable counts.
            variables(selector, out);
            for v in variants {
                pattern_selectors(&v.value, out);
            }
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            expression_selectors(expression, out);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// Every variable an expression reads.
fn variables(e: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. }
        | ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for a in &arguments.positional {
                variables(a, out);
            }
            for a in &arguments.named {
                variables(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => match &**expression {
            ast::Expression::Inline(inner) => variables(inner, out),
            ast::Expression::Select { selector, .. } => variables(selector, out),
        },
        _ => {}
    }
}

/// Every selector on a variable, in any language, has a case above: a
/// message that chooses its words by a count is said with every number of
/// the list. The failure names the message, the variable and the files.
/// Messages that select on a word the engine gives (the kind of value a
/// field takes, a schedule's problem), not on a count: the message, the
/// word's name, every word, and the other values it needs.
type Words = (
    T,
    &'static str,
    &'static [&'static str],
    &'static [(&'static str, &'static str)],
);
const WORDS: &[Words] = &[
    (
        T::ErrWrongType,
        "expected",
        &[
            "whole_number",
            "number",
            "text",
            "true_false",
            "list",
            "object",
        ],
        &[("found", "\"five\"")],
    ),
    (
        T::ErrBadSchedule,
        "detail",
        &[
            "per_day_with_at",
            "through_without_every",
            "no_schedule",
            "mixed_schedule",
            "tier_action_daily",
        ],
        &[],
    ),
];

/// Each word reads its own variant in every language: no two words, and no
/// word and an unknown one, give the same text.
#[test]
fn every_word_a_message_selects_on_has_its_own_words() {
    for (key, var, words, other) in WORDS {
        for lang in Lang::all() {
            let say_it = |word: &str| {
                let mut args: Vec<(&str, Arg)> =
                    other.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
                args.push((var, Arg::from(word)));
                say(lang, *key, &args)
            };
            let texts: BTreeSet<String> = words
                .iter()
                .chain(std::iter::once(&"no_such_word"))
                .map(|w| say_it(w))
                .collect();
            assert_eq!(
                texts.len(),
                words.len() + 1,
                "{} in {}: {texts:?}",
                key.id(),
                lang.code()
            );
        }
    }
}

#[test]
fn every_selector_in_every_language_has_a_case() {
    let covered: BTreeSet<(&str, &str)> = CASES
        .iter()
        .map(|c| (c.key.id(), c.var))
        .chain(WORDS.iter().map(|(key, var, _, _)| (key.id(), *var)))
        .collect();
    let mut missing: Vec<String> = Vec::new();
    let mut found = 0;
    let mut all = BTreeSet::new();
    for lang in Lang::all() {
        for (id, var) in selectors(lang.code()) {
            found += 1;
            all.insert((id.clone(), var.clone()));
            if !covered.contains(&(id.as_str(), var.as_str())) {
                missing.push(format!(
                    "{id} selects on ${var} in locales/{}.ftl, but no Case covers ({id}, {var})",
                    lang.code()
                ));
            }
        }
    }
    // The files were read: English alone has dozens of selectors.
    assert!(found > 40 && all.len() > 40, "only {found} selectors found");
    assert!(missing.is_empty(), "\n{}", missing.join("\n"));
}

/// The scan finds a selector wherever Fluent allows one: in a message's
/// value or attribute, nested in a variant, and through a function.
#[test]
fn the_scan_finds_every_kind_of_selector() {
    let text = "plain = { $a }\n\
                top = { $b ->\n [one] x\n *[other] { $c ->\n [one] y\n *[other] z\n }\n }\n\
                fun = { NUMBER($d) ->\n [one] x\n *[other] y\n }\n\
                attr =\n .title = { $e ->\n [one] x\n *[other] y\n }\n";
    let resource = fluent_syntax::parser::parse(text).unwrap();
    let mut vars = BTreeSet::new();
    for entry in &resource.body {
        if let ast::Entry::Message(m) = entry {
            for p in m.value.iter().chain(m.attributes.iter().map(|a| &a.value)) {
                pattern_selectors(p, &mut vars);
            }
        }
    }
    let want: BTreeSet<String> = ["b", "c", "d", "e"].map(String::from).into();
    assert_eq!(vars, want);
}

/// The hand-written rule is CLDR's, checked at its edges.
#[test]
fn the_polish_rule_written_here_is_cldr_s() {
    let forms = ["1", "few", "many"];
    assert_eq!(polish(1, forms), "1");
    for n in [2, 3, 4, 22, 23, 24, 102, 1202, 1204] {
        assert_eq!(polish(n, forms), "few", "{n}");
    }
    for n in [0, 5, 11, 12, 13, 14, 21, 25, 31, 111, 112, 1205] {
        assert_eq!(polish(n, forms), "many", "{n}");
    }
}

/// A form is matched as whole words, in order, with `…` as a gap.
#[test]
fn a_form_must_be_whole_words() {
    assert!(reads("ma 5 kontaktów.", "{n} kontaktów", 5));
    assert!(!reads("ma 5 kontaktów.", "{n} kontakt", 5));
    assert!(!reads("z 7,000 kontaktów", "{n} kontaktów", 0));
    assert!(!reads("z 70 kontaktów", "{n} kontaktów", 0));
    assert!(reads("a 1 b c d", "a {n}…d", 1));
    assert!(!reads("d a 1 b c", "a {n}…d", 1));
    assert!(reads("1,202 rader", "{n} rader", 1202));
}
