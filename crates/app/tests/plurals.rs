//! Every count reads right (issue 27): messages that take a count, said
//! with 0, 1, 2, 3, 4, 5, 12, 21, 22, 25, 102, 1202 and 1205, against the
//! forms written out here by hand for Polish and Swedish (and English),
//! not against the catalogue's own files.
#![cfg(not(target_arch = "wasm32"))]

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

struct Case {
    key: T,
    var: &'static str,
    /// Other values the message needs, as text.
    text: &'static [(&'static str, &'static str)],
    /// Other counts it needs, held at 7,000.
    counts: &'static [&'static str],
    en: [&'static str; 2],
    sv: [&'static str; 2],
    pl: [&'static str; 3],
}

const CASES: &[Case] = &[
    Case {
        key: T::NMonths,
        var: "n",
        text: &[],
        counts: &[],
        en: ["month", "months"],
        sv: ["månad", "månader"],
        pl: ["miesiąc", "miesiące", "miesięcy"],
    },
    Case {
        key: T::OpenedCompare,
        var: "n",
        text: &[("name", "Q"), ("prices", "")],
        counts: &[],
        en: ["scenario", "scenarios"],
        sv: ["delat scenario", "delade scenarier"],
        pl: [
            "udostępniony Ci scenariusz",
            "udostępnione Ci scenariusze",
            "udostępnionych Ci scenariuszy",
        ],
    },
    Case {
        key: T::AskAvoidFewer,
        var: "fewer",
        text: &[],
        counts: &[],
        en: ["fewer contact", "fewer contacts"],
        sv: ["kontakt färre", "kontakter färre"],
        pl: ["kontakt mniej", "kontakty mniej", "kontaktów mniej"],
    },
    Case {
        key: T::AuditMissing,
        var: "missing",
        text: &[],
        counts: &[],
        en: ["simulated charge is", "simulated charges are"],
        sv: ["simulerad debitering", "simulerade debiteringar"],
        pl: [
            "symulowana opłata nie występuje",
            "symulowane opłaty nie występują",
            "symulowanych opłat nie występuje",
        ],
    },
    Case {
        key: T::HistoryImported,
        var: "rows",
        text: &[("name", "usage.csv")],
        counts: &[],
        en: ["daily count", "daily counts"],
        sv: ["dagligt värde", "dagliga värden"],
        pl: ["wartość dzienną", "wartości dzienne", "wartości dziennych"],
    },
    Case {
        key: T::ErrDeletesTooManyMarketing,
        var: "count",
        text: &[("at", "Dec 20, 2026")],
        counts: &["available"],
        en: ["marketing contact", "marketing contacts"],
        sv: ["marknadsföringskontakt", "marknadsföringskontakter"],
        pl: [
            "kontakt marketingowy",
            "kontakty marketingowe",
            "kontaktów marketingowych",
        ],
    },
    Case {
        key: T::AskUpgrade,
        var: "billed",
        text: &[
            ("on", "Dec 20, 2026"),
            ("charge", "Dec 21, 2026"),
            ("amount", "$87.10"),
        ],
        counts: &["n", "tier", "to"],
        en: ["billed contact", "billed contacts"],
        sv: ["fakturerad kontakt", "fakturerade kontakter"],
        pl: [
            "rozliczany kontakt",
            "rozliczane kontakty",
            "rozliczanych kontaktów",
        ],
    },
];

fn said(case: &Case, lang: Lang, n: i64) -> String {
    let mut args: Vec<(&str, Arg)> = case.text.iter().map(|(k, v)| (*k, Arg::from(*v))).collect();
    args.extend(case.counts.iter().map(|k| (*k, Arg::count(7000))));
    args.push((case.var, Arg::count(n)));
    say(lang, case.key, &args)
}

#[test]
fn every_count_takes_its_plural_form_in_every_language() {
    for case in CASES {
        for n in NUMBERS {
            for (lang, form) in [
                (Lang::EN, two(n, case.en)),
                (Lang::of("sv"), two(n, case.sv)),
                (Lang::of("pl"), polish(n, case.pl)),
            ] {
                let text = said(case, lang, n);
                let want = format!("{} {form}", num(n));
                // The whole form, as words: "5 kontakt" inside "5 kontaktów"
                // is not the form for 5.
                let whole = text.match_indices(&want).any(|(i, _)| {
                    let before = text[..i].chars().next_back();
                    let after = text[i + want.len()..].chars().next();
                    !before.is_some_and(|c| c.is_alphanumeric() || c == ',')
                        && !after.is_some_and(char::is_alphanumeric)
                });
                assert!(
                    whole,
                    "{:?} in {} with {n}: {text:?} lacks {want:?}",
                    case.key,
                    lang.code()
                );
            }
        }
    }
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
