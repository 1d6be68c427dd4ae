//! Sentences the app shows, built from the engine's codes and numbers.
//!
//! Numbers, money, dates and instants go through a [`Format`], which the
//! browser implements with `Intl` for the viewer's locale; tests use [`Plain`].

use chrono::NaiveDate;
use rust_decimal::Decimal;

use crate::catalogue::{say, tf, Arg, Lang, T};
use tierwise_engine::audit::{Change, Combination};
use tierwise_engine::outcome::{InvoiceLine, LineKind, Outcome, Stamp, WarningKind};
use tierwise_engine::scenario::{
    Action, Edition, EventSpec, Lines, MonthEnd, Proration, Rounding, Term,
};

/// Locale-aware formatting of the values in sentences.
pub trait Format {
    /// A whole count: `12,000`.
    fn count(&self, n: u64) -> String;
    /// An amount without currency, with its decimals: `1,025.00`.
    fn amount(&self, d: &Decimal) -> String;
    /// An amount with its currency: `$1,025.00`.
    fn money(&self, d: &Decimal) -> String;
    /// A date: `Dec 21, 2026`.
    fn date(&self, d: NaiveDate) -> String;
    /// A plain decimal, as short as it is exact: `1.2` (`1,2` in Swedish).
    fn decimal(&self, d: &Decimal) -> String {
        d.normalize().to_string()
    }
    /// An instant in the account's zone, with the zone's abbreviation.
    fn instant(&self, s: &Stamp) -> String;
    /// The same instant in the viewer's own zone (the account's by default).
    fn viewer_instant(&self, s: &Stamp) -> String {
        self.instant(s)
    }
}

/// Locale-free formatting (tests, the CLI).
pub struct Plain;

impl Format for Plain {
    fn count(&self, n: u64) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i).is_multiple_of(3) {
                out.push(',');
            }
            out.push(c);
        }
        out
    }
    fn amount(&self, d: &Decimal) -> String {
        let neg = d.is_sign_negative() && !d.is_zero();
        let text = d.abs().to_string();
        let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
        let grouped = self.count(int.parse().unwrap_or(0));
        let sign = if neg { "−" } else { "" };
        if frac.is_empty() {
            format!("{sign}{grouped}")
        } else {
            format!("{sign}{grouped}.{frac}")
        }
    }
    fn money(&self, d: &Decimal) -> String {
        self.amount(d)
    }
    fn date(&self, d: NaiveDate) -> String {
        d.to_string()
    }
    fn instant(&self, s: &Stamp) -> String {
        tierwise_engine::plan::format_minute(s.local()).replace('T', " ")
    }
}

/// The formula behind an invoice line, with the actual numbers:
/// `(1,025.00 − 800.00) × 26 / 31 days = 188.71`.
///
/// Its prices are the tiers' monthly prices, as the "Tier price" rows show
/// them, times whatever makes them a period's price: the months billed at
/// once and the monthly-term factor, in the recurring line's words —
/// `−20.00 × 1.2 (monthly term) × 21 / 31 days = −16.26`. Negative amounts
/// take the minus sign the formula subtracts with, whatever sign the page's
/// number format writes.
pub fn formula(line: &InvoiceLine, f: &dyn Format, lang: Lang) -> String {
    let e = &line.explain;
    let result = signed(f, &line.amount);
    let factor = if e.term_factor != Decimal::ONE {
        format!(
            " × {} ({})",
            f.decimal(&e.term_factor),
            T::MonthlyTerm.text(lang)
        )
    } else {
        String::new()
    };
    match &e.proration {
        None => {
            let months = if e.months == 1 {
                T::OneMonth.text(lang).to_string()
            } else {
                say(lang, T::NMonths, &[("n", Arg::count(e.months))])
            };
            format!(
                "{} × {months}{factor} = {result}",
                f.amount(&e.monthly_price)
            )
        }
        Some(p) => {
            // The period prices back in the monthly prices they were made
            // of, and what they were multiplied by; a book whose factor
            // leaves nothing to divide by keeps the period prices.
            let (old, new, per_period) = match monthly_prices(line) {
                Some((old, new)) => {
                    let months = if e.months == 1 {
                        String::new()
                    } else {
                        format!(
                            " × {}",
                            say(lang, T::NMonths, &[("n", Arg::count(e.months))])
                        )
                    };
                    (old, new, format!("{months}{factor}"))
                }
                None => (p.old_price, p.new_price, String::new()),
            };
            let price = match line.kind {
                LineKind::Credit => format!("−{}", f.amount(&old)),
                LineKind::Charge => f.amount(&new),
                _ => format!("({} − {})", f.amount(&new), f.amount(&old)),
            };
            let share = match p.convention {
                Proration::Daily => format!(
                    "{} / {} {}",
                    p.days_left,
                    p.days_in_period,
                    T::Days.text(lang)
                ),
                Proration::Seconds => format!(
                    "{} / {} s",
                    f.count(p.seconds_left.max(0) as u64),
                    f.count(p.seconds_in_period.max(0) as u64)
                ),
                Proration::None => format!("1 ({})", T::NoProration.text(lang)),
            };
            format!("{price}{per_period} × {share} = {result}")
        }
    }
}

/// An amount with the formula's minus sign when it is negative: the page's
/// number format writes a hyphen-minus in some languages ("-16.26").
fn signed(f: &dyn Format, d: &Decimal) -> String {
    let text = f.amount(&d.abs());
    if d.is_sign_negative() && !d.is_zero() {
        format!("−{text}")
    } else {
        text
    }
}

/// The monthly prices of a proration line's old and new tiers: its period
/// prices over the months billed and the monthly-term factor. `None` when
/// those make 1 (the period prices are the monthly prices) or do not divide
/// back exactly.
fn monthly_prices(line: &InvoiceLine) -> Option<(Decimal, Decimal)> {
    let e = &line.explain;
    let p = e.proration.as_ref()?;
    let by = Decimal::from(e.months).checked_mul(e.term_factor)?;
    if by == Decimal::ONE {
        return None;
    }
    // With the decimals the book's prices are written with (`20.00`).
    let dp = e.monthly_price.scale();
    let monthly = |period: &Decimal| -> Option<Decimal> {
        let mut m = period.checked_div(by)?.normalize();
        if m.scale() < dp {
            m.rescale(dp);
        }
        (m.checked_mul(by)? == *period).then_some(m)
    };
    let (old, new) = (monthly(&p.old_price)?, monthly(&p.new_price)?);
    (new == e.monthly_price).then_some((old, new))
}

/// A tier's monthly price in its parts, with the actual numbers: "Tier
/// 102,000: 800.00 + 10 × 150.00 (contacts 2,001–52,000) + 10 × 180.00
/// (contacts 52,001–102,000) = 4,100.00 a month".
pub fn tier_price(
    p: &tierwise_engine::price_book::EditionPrices,
    tier: u64,
    f: &dyn Format,
    lang: Lang,
) -> String {
    let mut parts = vec![f.amount(&p.base)];
    for run in p.runs(tier) {
        parts.push(say(
            lang,
            T::TierPriceRun,
            &[
                ("packs", Arg::count(run.packs)),
                ("price", Arg::from(&f.amount(&run.price))),
                ("first", Arg::count(run.first_contact)),
                ("last", Arg::count(run.last_contact)),
            ],
        ));
    }
    say(
        lang,
        T::TierPriceText,
        &[
            ("tier", Arg::count(tier)),
            ("parts", Arg::from(&parts.join(" + "))),
            ("total", Arg::from(&f.amount(&p.monthly_price(tier)))),
        ],
    )
}

/// What an invoice line is for, in the chosen language: "Tier 2,000, Dec 1,
/// 2026 to Jan 1, 2027". The engine's English description is the CLI's and
/// the exports'.
pub fn description(line: &InvoiceLine, f: &dyn Format, lang: Lang) -> String {
    let e = &line.explain;
    let Some(p) = &e.proration else {
        return say(
            lang,
            T::DescRecurring,
            &[
                ("tier", Arg::count(e.tier)),
                ("from", Arg::from(&f.date(e.period_start))),
                ("to", Arg::from(&f.date(e.period_end))),
            ],
        );
    };
    let share = match p.convention {
        Proration::Daily => say(
            lang,
            T::ShareDays,
            &[
                ("left", Arg::count(p.days_left)),
                ("of", Arg::count(p.days_in_period)),
            ],
        ),
        Proration::Seconds => {
            let fraction: Decimal = p.fraction.parse().unwrap_or_default();
            tf(
                lang,
                T::ShareSeconds,
                &[("fraction", &f.decimal(&fraction))],
            )
        }
        Proration::None => T::ShareWhole.text(lang).to_string(),
    };
    let key = match line.kind {
        LineKind::Credit => T::DescCredit,
        LineKind::Charge => T::DescCharge,
        _ => T::DescUpgrade,
    };
    say(
        lang,
        key,
        &[
            ("from", Arg::count(p.from_tier)),
            ("to", Arg::count(e.tier)),
            ("share", Arg::from(&share)),
        ],
    )
}

/// The assumptions an invoice line used, in words.
pub fn conventions(line: &InvoiceLine, lang: Lang) -> String {
    let rounding = match line.explain.rounding {
        Rounding::HalfUp => T::RoundHalfUp,
        Rounding::HalfEven => T::RoundHalfEven,
    }
    .text(lang);
    match &line.explain.proration {
        None => tf(lang, T::ConvAdvance, &[("rounding", rounding)]),
        Some(p) => {
            let conv = match p.convention {
                Proration::Daily => T::ConvDaily,
                Proration::Seconds => T::ConvSeconds,
                Proration::None => T::ConvNone,
            }
            .text(lang);
            let lines = match p.lines {
                Lines::Net => T::LinesNet,
                Lines::CreditAndCharge => T::LinesPair,
            }
            .text(lang);
            format!("{conv}, {rounding}, {lines}")
        }
    }
}

/// What an event does, in a short phrase: "counts at once", "still billed
/// until Jun 1, 00:00 EDT", and the upgrade it causes, if any.
pub fn event_effect(
    index: usize,
    e: &EventSpec,
    o: Option<&Outcome>,
    f: &dyn Format,
    lang: Lang,
) -> String {
    let at =
        e.at.as_deref()
            .or(e.from.as_deref())
            .and_then(|t| tierwise_engine::plan::parse_date_time(t, "").ok());
    let after = |list: &[Stamp]| at.and_then(|at| list.iter().find(|s| s.local() > at).copied());
    // An event after "Simulate until" changes nothing shown: say so first.
    let past_until = o.and_then(|o| {
        o.warnings.iter().find_map(|w| match w.kind {
            WarningKind::EventAfterUntil { event, until } if event.event() == Some(index) => {
                Some(until)
            }
            _ => None,
        })
    });
    if let Some(until) = past_until {
        return tf(lang, T::EffAfterUntil, &[("until", &f.date(until))]);
    }
    let mut text = match e.action {
        Action::AddMarketing | Action::SetMarketing => T::EffCountsAtOnce.text(lang).to_string(),
        Action::AddNonMarketing => T::EffNotBilled.text(lang).to_string(),
        Action::SetNonMarketing => match o.and_then(|o| after(&o.update_dates)) {
            Some(s) => tf(lang, T::EffBilledUntil, &[("at", &f.instant(&s))]),
            None => T::EffBilledPastHorizon.text(lang).to_string(),
        },
        Action::DeleteMarketing | Action::DeleteNonMarketing => T::EffFrees.text(lang).to_string(),
        Action::RequestDowngrade => match o.and_then(|o| after(&o.renewals)) {
            Some(s) => tf(lang, T::EffDecidedAt, &[("at", &f.instant(&s))]),
            None => T::EffDecidedPastHorizon.text(lang).to_string(),
        },
        Action::ChangeTier => T::EffUpgradesAtOnce.text(lang).to_string(),
    };
    if let Some(o) = o {
        for u in o.upgrades.iter().filter(|u| u.event.event() == Some(index)) {
            text.push_str(&say(
                lang,
                T::EffUpgrade,
                &[
                    ("tier", Arg::count(u.to_tier)),
                    ("at", Arg::from(&f.instant(&u.at))),
                    ("amount", Arg::from(&f.money(&u.amount))),
                    ("date", Arg::from(&f.date(u.charge_date))),
                ],
            ));
        }
        if o.downgrades.iter().any(|d| d.event.event() == Some(index)) {
            text.push_str(T::EffAccepted.text(lang));
        }
        if o.warnings.iter().any(
            |w| matches!(w.kind, WarningKind::DowngradeRefused { event, .. } if event.event() == Some(index)),
        ) {
            text.push_str(T::EffRefused.text(lang));
        }
    }
    text
}

/// The next processing instant a change made at the start of the
/// simulation would meet: the first update date after the first day's first
/// instant. One at that very instant has already passed for any change made
/// that day (SPEC §3: an event at a processing instant comes after it).
pub fn next_update(o: &Outcome) -> Option<&Stamp> {
    next_update_after(o, o.days.first()?.date)
}

/// The next processing instant a change made on `day` would meet: the first
/// update date after that day's first instant, never an earlier one.
pub fn next_update_after(o: &Outcome, day: NaiveDate) -> Option<&Stamp> {
    let first = day.and_time(chrono::NaiveTime::MIN);
    o.update_dates.iter().find(|u| u.local() > first)
}

/// The name of an edition: "Professional".
pub fn edition_key(e: Edition) -> T {
    match e {
        Edition::Starter => T::Starter,
        Edition::Professional => T::Professional,
        Edition::Enterprise => T::Enterprise,
        Edition::Basic => T::BasicLegacy,
    }
}

/// The name of a contract term as a noun phrase: "monthly term".
pub fn term_phrase(t: Term) -> T {
    match t {
        Term::Monthly => T::MonthlyTerm,
        Term::Annual => T::AnnualTerm,
    }
}

/// A contract term and how it is billed, as one phrase: "Annual, billed
/// monthly" (the frequency an adverb in every language).
pub fn term_and_billing(term: Term, billing: Term) -> T {
    match (term, billing) {
        (Term::Annual, Term::Monthly) => T::AnnualBilledMonthly,
        (Term::Annual, Term::Annual) => T::AnnualBilledAnnually,
        (Term::Monthly, Term::Monthly) => T::MonthlyContract,
        (Term::Monthly, Term::Annual) => T::MonthlyBilledAnnually,
    }
}

/// The name of a contract term as its menu shows it: "Monthly".
pub fn term_key(t: Term) -> T {
    match t {
        Term::Monthly => T::Monthly,
        Term::Annual => T::Annual,
    }
}

/// One changed assumption, in words: "processing at 12:00 instead of 00:00".
pub fn change_text(lang: Lang, change: &Change, was_time: &str) -> String {
    let key = match change {
        Change::ProcessingTime(t) => {
            return tf(
                lang,
                T::ChangeProcessing,
                &[("time", *t), ("was", was_time)],
            )
        }
        Change::Proration(Proration::Daily) => T::ChangeDaily,
        Change::Proration(Proration::Seconds) => T::ChangeSeconds,
        Change::Proration(Proration::None) => T::ChangeNoProration,
        Change::Rounding(Rounding::HalfUp) => T::ChangeHalfUp,
        Change::Rounding(Rounding::HalfEven) => T::ChangeHalfEven,
        Change::Lines(Lines::Net) => T::ChangeNet,
        Change::Lines(Lines::CreditAndCharge) => T::ChangePerLine,
        Change::MonthEnd(MonthEnd::Clamp) => T::ChangeClamp,
        Change::MonthEnd(MonthEnd::Roll) => T::ChangeRoll,
    };
    key.text(lang).to_string()
}

/// Why an invoice charge differs: "Explained by proration rounded per line
/// (a credit and a charge)." Alternatives are joined with "or", the changes
/// within one with commas.
pub fn explanation(lang: Lang, sets: &[Vec<Change>], was_time: &str) -> String {
    if sets.is_empty() {
        return T::NoExplanation.text(lang).to_string();
    }
    let how: Vec<String> = sets
        .iter()
        .map(|set| {
            set.iter()
                .map(|c| change_text(lang, c, was_time))
                .collect::<Vec<_>>()
                .join(", ")
        })
        .collect();
    tf(
        lang,
        T::ExplainedBy,
        &[("how", &how.join(T::ExplainedOr.text(lang)))],
    )
}

/// A whole combination of assumptions, in words.
pub fn combination_text(lang: Lang, c: &Combination) -> String {
    let all = [
        Change::Proration(c.proration),
        Change::Rounding(c.rounding),
        Change::Lines(c.lines),
        Change::MonthEnd(c.month_end),
    ];
    let mut parts = vec![format!(
        "{} {}",
        T::ProcessingTimeShort.text(lang),
        c.processing_time
    )];
    parts.extend(all.iter().map(|ch| change_text(lang, ch, "")));
    parts.join(" · ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use tierwise_engine as engine;

    fn outcome(text: &str) -> Outcome {
        engine::evaluate(&engine::parse(text).unwrap(), engine::Options::FULL).unwrap()
    }

    #[test]
    fn the_proration_formula_uses_the_real_numbers() {
        let o = outcome(include_str!(
            "../../../tests/fixtures/import-on-the-20th.json"
        ));
        let line = o
            .invoice_lines
            .iter()
            .find(|l| l.kind == LineKind::Proration)
            .unwrap();
        assert_eq!(
            formula(line, &Plain, Lang::EN),
            "(1,250.00 − 1,025.00) × 12 / 31 days = 87.10"
        );
        assert_eq!(
            conventions(line, Lang::EN),
            "daily proration, rounded half up, one net line"
        );
        assert_eq!(
            formula(&o.invoice_lines[0], &Plain, Lang::EN),
            "1,025.00 × 1 month = 1,025.00"
        );
    }

    /// A Starter account on a monthly term (example prices: 1.2 × the
    /// monthly list price), importing on Dec 11 and so moving from tier
    /// 1,000 (20.00 a month) to 3,000 (110.00 a month) for 21 of 31 days.
    fn starter_monthly(lines: &str, billing: &str) -> Outcome {
        outcome(&format!(
            r#"{{
              "version": 1,
              "name": "Starter, monthly, an import",
              "account": {{
                "edition": "starter", "term": "monthly", "billing": "{billing}",
                "start": "2026-01-01", "as_of": "2026-12-01",
                "timezone": "Europe/Dublin", "processing_time": "00:00"
              }},
              "prices": null,
              "contacts": {{ "marketing": 900, "non_marketing": 0 }},
              "events": [
                {{ "at": "2026-12-11T09:00", "action": "add_marketing", "count": 1500 }}
              ],
              "until": "2026-12-31",
              "assumptions": {{ "lines": "{lines}" }}
            }}"#
        ))
    }

    fn line_of(o: &Outcome, kind: LineKind) -> &InvoiceLine {
        o.invoice_lines.iter().find(|l| l.kind == kind).unwrap()
    }

    #[test]
    fn the_monthly_term_factor_is_shown_on_proration_lines() {
        let o = starter_monthly("credit_and_charge", "monthly");
        // The recurring line already says it.
        assert_eq!(
            formula(line_of(&o, LineKind::Recurring), &Plain, Lang::EN),
            "20.00 × 1 month × 1.2 (monthly term) = 24.00"
        );
        // The credit and the charge prorate 24.00 and 132.00: the prices of
        // the tier rows (20.00 and 110.00 a month) times the factor.
        assert_eq!(
            formula(line_of(&o, LineKind::Credit), &Plain, Lang::EN),
            "−20.00 × 1.2 (monthly term) × 21 / 31 days = −16.26"
        );
        assert_eq!(
            formula(line_of(&o, LineKind::Charge), &Plain, Lang::EN),
            "110.00 × 1.2 (monthly term) × 21 / 31 days = 89.42"
        );
        let net = starter_monthly("net", "monthly");
        assert_eq!(
            formula(line_of(&net, LineKind::Proration), &Plain, Lang::EN),
            "(110.00 − 20.00) × 1.2 (monthly term) × 21 / 31 days = 73.16"
        );
        // In the other languages, in the recurring line's words.
        let credit = line_of(&o, LineKind::Credit);
        assert_eq!(
            formula(credit, &Plain, Lang::of("sv")),
            "−20.00 × 1.2 (månadsavtal) × 21 / 31 dagar = −16.26"
        );
        assert_eq!(
            formula(credit, &Plain, Lang::of("pl")),
            "−20.00 × 1.2 (umowa miesięczna) × 21 / 31 dni = −16.26"
        );
    }

    /// Billed annually, a period's price is twelve months of the tier's
    /// monthly price: the formula says so, as the recurring line does.
    #[test]
    fn the_months_of_an_annual_period_are_shown_on_proration_lines() {
        let o = starter_monthly("net", "annual");
        let line = line_of(&o, LineKind::Proration);
        let p = line.explain.proration.as_ref().unwrap();
        assert_eq!(
            formula(line, &Plain, Lang::EN),
            format!(
                "(110.00 − 20.00) × 12 months × 1.2 (monthly term) × {} / {} days = {}",
                p.days_left,
                p.days_in_period,
                Plain.amount(&line.amount)
            )
        );
    }

    /// The page's money formatter (Intl in en-US and pl) writes a
    /// hyphen-minus: the formula writes its own minus sign, the one it
    /// subtracts with, so a formula reads with one sign throughout.
    #[test]
    fn negative_amounts_in_formulas_use_the_minus_sign() {
        struct Hyphen;
        impl Format for Hyphen {
            fn count(&self, n: u64) -> String {
                Plain.count(n)
            }
            fn amount(&self, d: &Decimal) -> String {
                Plain.amount(d).replace('−', "-")
            }
            fn money(&self, d: &Decimal) -> String {
                format!("${}", self.amount(d))
            }
            fn date(&self, d: NaiveDate) -> String {
                Plain.date(d)
            }
            fn instant(&self, s: &Stamp) -> String {
                Plain.instant(s)
            }
        }
        let o = starter_monthly("credit_and_charge", "monthly");
        assert_eq!(
            formula(line_of(&o, LineKind::Credit), &Hyphen, Lang::EN),
            "−20.00 × 1.2 (monthly term) × 21 / 31 days = −16.26"
        );
        let annual = outcome(include_str!(
            "../../../tests/fixtures/import-on-the-20th.json"
        ));
        for line in &annual.invoice_lines {
            assert!(!formula(line, &Hyphen, Lang::EN).contains('-'));
        }
    }

    #[test]
    fn events_say_what_they_do() {
        let text = include_str!("../../../tests/fixtures/spec-example.json");
        let s = engine::parse(text).unwrap();
        let o = engine::evaluate(&s, engine::Options::FULL).unwrap();
        assert_eq!(
            event_effect(0, &s.events[0], Some(&o), &Plain, Lang::EN),
            "counts at once; upgrade to 7,000 on 2026-12-10 00:00, 37.50 charged 2026-12-11"
        );
        assert_eq!(
            event_effect(1, &s.events[1], Some(&o), &Plain, Lang::EN),
            "still billed until 2027-02-01 00:00"
        );
        assert_eq!(
            event_effect(4, &s.events[4], Some(&o), &Plain, Lang::EN),
            "decided at the renewal on 2027-03-15 00:00; refused: the count would not fit"
        );
    }

    #[test]
    fn plain_amounts_group_thousands() {
        assert_eq!(Plain.amount(&"1234567.5".parse().unwrap()), "1,234,567.5");
        assert_eq!(Plain.amount(&"-180.65".parse().unwrap()), "−180.65");
    }

    #[test]
    fn explanations_read_like_sentences_in_each_language() {
        use tierwise_engine::audit::{Change, Combination};
        let per_line = vec![vec![Change::Lines(Lines::CreditAndCharge)]];
        assert_eq!(
            explanation(Lang::EN, &per_line, "00:00"),
            "Explained by proration rounded per line (a credit and a charge)."
        );
        let two = vec![
            vec![Change::ProcessingTime("12:00")],
            vec![
                Change::Rounding(Rounding::HalfEven),
                Change::MonthEnd(MonthEnd::Roll),
            ],
        ];
        assert_eq!(
            explanation(Lang::EN, &two, "00:00"),
            "Explained by processing at 12:00 instead of 00:00 or rounding half to even, update dates rolled to the 1st after short months."
        );
        assert!(explanation(Lang::of("sv"), &two, "00:00")
            .starts_with("Förklaras av bearbetning kl. 12:00 i stället för 00:00 eller "));
        assert!(explanation(Lang::of("pl"), &[], "00:00").starts_with("Żadna inna kombinacja"));
        let c = Combination::all()[0];
        assert_eq!(
            combination_text(Lang::EN, &c),
            "processing at 00:00 · proration by days · rounding half up · one net line for each upgrade, rounded once · update dates on the last day of short months"
        );
    }
}
