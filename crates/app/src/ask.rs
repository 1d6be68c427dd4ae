//! "What does it cost me?": the help-center embed's short question and its
//! answer in two or three sentences, in plain Rust (tested natively). The
//! reader says their edition and term, their marketing contacts and tier
//! today, and one thing they plan: an import, or contacts set to
//! non-marketing, on a day. The answer is simulated like any scenario: the
//! charge and its date, what it costs until the renewal, and how to avoid it.

use chrono::{Datelike, Duration, NaiveDate};
use rust_decimal::Decimal;

use crate::catalogue::{say, tf, Arg, Lang, T};
use crate::state::default_scenario;
use crate::text::Format;
use tierwise_engine::outcome::{LineKind, Outcome};
use tierwise_engine::scenario::{Action, Edition, EventSpec, Scenario, Term};
use tierwise_engine::{self as engine, Error};

/// What the reader plans.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Plan {
    /// Import this many marketing contacts.
    Import,
    /// Set this many marketing contacts to non-marketing.
    Clean,
}

/// The reader's question, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Question {
    /// Marketing Hub edition.
    pub edition: Edition,
    /// Contract term.
    pub term: Term,
    /// How often it is billed (an annual term may be billed monthly).
    pub billing: Term,
    /// Marketing contacts today.
    pub marketing: i64,
    /// The contact tier on the bill today.
    pub tier: i64,
    /// An import, or a cleanup.
    pub plan: Plan,
    /// How many contacts.
    pub count: i64,
    /// On which day.
    pub on: NaiveDate,
}

impl Question {
    /// The question an article starts from: a Professional annual account
    /// with 5,200 marketing contacts in the 7,000 tier importing 3,000 on
    /// the next 20th.
    pub fn example(today: NaiveDate) -> Question {
        let next_20th = if today.day() < 20 {
            today.with_day(20)
        } else {
            (today.with_day(1).unwrap_or(today) + Duration::days(32)).with_day(20)
        };
        Question {
            edition: Edition::Professional,
            term: Term::Annual,
            billing: Term::Monthly,
            marketing: 5200,
            tier: 7000,
            plan: Plan::Import,
            count: 3000,
            on: next_20th.unwrap_or(today),
        }
    }

    /// The question as a full scenario, from `today` to the end of next
    /// year, bought on Jan 1 (a renewal on Jan 1): the one the full
    /// calculator opens.
    pub fn scenario(&self, today: NaiveDate) -> Scenario {
        let mut s = default_scenario(today);
        s.name = None;
        // Far enough past the planned day to reach the renewal after it.
        let far = self.on + Duration::days(400);
        if s.until.parse::<NaiveDate>().is_ok_and(|u| u < far) {
            s.until = far.to_string();
        }
        s.account.edition = self.edition;
        s.account.term = self.term;
        s.account.billing = Some(self.billing);
        s.account.tier = Some(self.tier);
        s.contacts.marketing = self.marketing;
        s.contacts.non_marketing = 0;
        s.events = vec![EventSpec {
            at: Some(self.on.to_string()),
            action: match self.plan {
                Plan::Import => Action::AddMarketing,
                Plan::Clean => Action::SetNonMarketing,
            },
            count: Some(self.count),
            ..EventSpec::default()
        }];
        s
    }
}

/// The answer: its sentences, and the outcome for the small chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Answer {
    /// Two or three sentences.
    pub sentences: Vec<String>,
    /// The simulated scenario.
    pub outcome: Outcome,
}

/// Answers the question.
///
/// # Errors
/// Every problem with what was typed, as the engine says it.
pub fn answer(
    q: &Question,
    today: NaiveDate,
    f: &dyn Format,
    lang: Lang,
) -> Result<Answer, Vec<Error>> {
    let s = q.scenario(today);
    let outcome = simulate(&s)?;
    let mut without = s.clone();
    without.events.clear();
    let base = simulate(&without)?;
    let n = q.count.max(0) as u64;
    let on = f.date(q.on);
    // The first renewal after the planned day: the tier comes down no
    // earlier.
    let renewal = outcome
        .renewals
        .iter()
        .find(|r| r.local().date() > q.on)
        .map(|r| r.local().date());
    let renewal_text = renewal.map_or_else(
        || f.date(outcome.days.last().map_or(q.on, |d| d.date)),
        |r| f.date(r),
    );
    let until_renewal = |o: &Outcome| -> Decimal {
        o.invoice_lines
            .iter()
            // A charge dated on the renewal day is still this term's; the
            // new term's first recurring line is not.
            .filter(|l| {
                renewal.is_none_or(|r| l.date < r || (l.date == r && l.kind != LineKind::Recurring))
            })
            .map(|l| l.amount)
            .sum()
    };
    let extra = until_renewal(&outcome) - until_renewal(&base);
    let billed_then = outcome
        .days
        .iter()
        .find(|d| d.date >= q.on)
        .map_or(0, |d| d.billed);
    let mut sentences = Vec::new();
    match q.plan {
        Plan::Import => match outcome
            .upgrades
            .iter()
            .find(|u| u.at.local().date() >= q.on)
        {
            Some(u) => {
                sentences.push(say(
                    lang,
                    T::AskUpgrade,
                    &[
                        ("n", Arg::count(n)),
                        ("on", Arg::from(&on)),
                        ("billed", Arg::count(u.billed)),
                        ("tier", Arg::count(u.from_tier)),
                        ("to", Arg::count(u.to_tier)),
                        ("amount", Arg::from(&f.money(&u.amount))),
                        ("charge", Arg::from(&f.date(u.charge_date))),
                    ],
                ));
                sentences.push(tf(
                    lang,
                    T::AskUntilRenewal,
                    &[("renewal", &renewal_text), ("cost", &f.money(&extra))],
                ));
                let stay = outcome
                    .advice
                    .stay_in_tier
                    .iter()
                    .find(|a| a.upgrade_at == u.at);
                if let Some(a) = stay {
                    let fewer = a.contacts;
                    sentences.push(match &a.deadline {
                        Some(d) => say(
                            lang,
                            T::AskAvoid,
                            &[
                                ("fewer", Arg::count(fewer)),
                                ("deadline", Arg::from(f.instant(d))),
                            ],
                        ),
                        None => say(lang, T::AskAvoidFewer, &[("fewer", Arg::count(fewer))]),
                    });
                }
            }
            None => {
                let room = (q.tier.max(0) as u64).saturating_sub(billed_then);
                sentences.push(say(
                    lang,
                    T::AskFits,
                    &[
                        ("n", Arg::count(n)),
                        ("on", Arg::from(&on)),
                        ("tier", Arg::count(q.tier.max(0) as u64)),
                        ("room", Arg::count(room)),
                    ],
                ));
            }
        },
        Plan::Clean => {
            let update = outcome
                .update_dates
                .iter()
                .find(|u| u.local().date() > q.on)
                .map_or_else(|| renewal_text.clone(), |u| f.instant(u));
            sentences.push(say(
                lang,
                T::AskClean,
                &[
                    ("n", Arg::count(n)),
                    ("on", Arg::from(&on)),
                    ("update", Arg::from(&update)),
                ],
            ));
            sentences.push(say(
                lang,
                T::AskNoDowngrade,
                &[
                    ("tier", Arg::count(q.tier.max(0) as u64)),
                    ("renewal", Arg::from(&renewal_text)),
                ],
            ));
        }
    }
    Ok(Answer { sentences, outcome })
}

/// The question's scenario, evaluated with the advice its answer quotes.
fn simulate(s: &Scenario) -> Result<Outcome, Vec<Error>> {
    engine::evaluate(s, engine::Options::FULL)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::text::Plain;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 26).unwrap()
    }

    /// The article's question: 3,000 imported on Dec 20 into a 7,000 tier
    /// holding 5,200. Upgraded at once to 12,000; (1,250.00 − 1,025.00) ×
    /// 12/31 = 87.10 charged Dec 21; the annual renewal is Jan 1, 2027.
    #[test]
    fn the_import_on_the_20th_says_the_charge_its_date_the_cost_to_renewal_and_the_way_out() {
        let q = Question::example(today());
        assert_eq!(q.on, NaiveDate::from_ymd_opt(2026, 12, 20).unwrap());
        let a = answer(&q, today(), &Plain, Lang::EN).unwrap();
        assert_eq!(a.sentences.len(), 3, "{:#?}", a.sentences);
        assert!(a.sentences[0].starts_with("Importing 3,000 contacts on 2026-12-20 takes you to 8,200 billed contacts, over your 7,000 tier."), "{}", a.sentences[0]);
        assert!(
            a.sentences[0].contains("87.10 is charged on 2026-12-21"),
            "{}",
            a.sentences[0]
        );
        assert!(
            a.sentences[1].contains("renewal on 2027-01-01"),
            "{}",
            a.sentences[1]
        );
        assert!(a.sentences[2].contains("1,200"), "{}", a.sentences[2]);
    }

    #[test]
    fn an_import_that_fits_costs_nothing_and_says_the_room_left() {
        let mut q = Question::example(today());
        q.count = 1000;
        let a = answer(&q, today(), &Plain, Lang::EN).unwrap();
        assert_eq!(a.sentences.len(), 1);
        assert!(
            a.sentences[0].contains("fits in your 7,000 tier"),
            "{}",
            a.sentences[0]
        );
        assert!(a.sentences[0].contains("800"), "{}", a.sentences[0]);
    }

    #[test]
    fn contacts_set_to_non_marketing_stop_counting_at_the_next_update_and_the_tier_waits_for_the_renewal(
    ) {
        let mut q = Question::example(today());
        q.plan = Plan::Clean;
        q.count = 2000;
        q.on = NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
        let a = answer(&q, today(), &Plain, Lang::of("sv")).unwrap();
        assert_eq!(a.sentences.len(), 2);
        assert!(
            a.sentences[0].contains("2027-01-01 00:00"),
            "{}",
            a.sentences[0]
        );
        assert!(a.sentences[1].contains("7,000"), "{}", a.sentences[1]);
    }

    /// A day after the default horizon is simulated, not read as "fits";
    /// a charge dated on the renewal day counts toward "until the renewal".
    #[test]
    fn a_late_import_is_simulated_and_a_charge_on_the_renewal_day_counts() {
        let mut q = Question::example(today());
        q.on = NaiveDate::from_ymd_opt(2028, 3, 20).unwrap();
        let a = answer(&q, today(), &Plain, Lang::EN).unwrap();
        assert!(
            a.sentences[0].contains("takes you to 8,200"),
            "{}",
            a.sentences[0]
        );
        let mut q = Question::example(today());
        q.term = Term::Monthly;
        q.billing = Term::Monthly;
        q.on = NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let a = answer(&q, today(), &Plain, Lang::EN).unwrap();
        assert!(
            a.sentences[0].contains("charged on 2027-01-01"),
            "{}",
            a.sentences[0]
        );
        assert!(!a.sentences[1].contains(" 0.00 "), "{}", a.sentences[1]);
    }

    #[test]
    fn what_was_typed_wrong_comes_back_as_the_engines_errors() {
        let mut q = Question::example(today());
        q.tier = 6500;
        let errors = answer(&q, today(), &Plain, Lang::EN).unwrap_err();
        assert_eq!(errors[0].path(), "account.tier");
    }
}
