//! The advisor's answers as sentences (issue 8): the rules and the numbers,
//! in the interface's language. Plain Rust, tested natively.

use crate::catalogue::{say, tf, Arg, Lang, T};
use crate::text::{term_and_billing, Format};
use chrono::NaiveDate;

use tierwise_engine::advisor::{
    Advisor, CapAnswer, Crossing, DayCost, DayNote, Forecast, Marginal, StayAnswer, Timing,
};
use tierwise_engine::outcome::{NoDeadline, Unavoidable};
use tierwise_engine::scenario::{Action, EventSpec};

/// "On Jun 1 the account is in tier 2,000 …", and when the tier can come down.
pub fn standing(a: &Advisor, f: &dyn Format, lang: Lang) -> String {
    let mut text = say(
        lang,
        T::AdvStanding,
        &[
            ("now", Arg::from(&f.date(a.now))),
            ("tier", Arg::count(a.tier)),
            ("billed", Arg::count(a.billed)),
            ("headroom", Arg::count(a.headroom)),
        ],
    );
    if let Some(r) = &a.next_renewal {
        text.push_str(&tf(
            lang,
            T::AdvRenewal,
            &[("at", &f.instant(r)), ("viewer", &f.viewer_instant(r))],
        ));
    }
    text
}

/// The date part of an event's `at`, `from` or `to`.
fn event_day(text: Option<&str>) -> Option<NaiveDate> {
    let t = text?;
    tierwise_engine::plan::parse_date(t.get(..10).unwrap_or(t), "").ok()
}

/// How a person names a planned event: "The import on Dec 20, 2026", "The
/// monthly import from Mar 3, 2027", "The daily additions from Feb 1 to
/// Feb 28".
pub fn event_label(e: &EventSpec, f: &dyn Format, lang: Lang) -> String {
    let day = |t: Option<&str>| event_day(t).map(|d| f.date(d)).unwrap_or_default();
    let import = e.action == Action::AddMarketing;
    if e.from.is_some() {
        let key = if import {
            T::EvDaily
        } else {
            T::EvDailySetMarketing
        };
        let (from, to) = (day(e.from.as_deref()), day(e.to.as_deref()));
        return tf(lang, key, &[("from", &from), ("to", &to)]);
    }
    let key = match (import, e.every.is_some()) {
        (true, false) => T::EvImportOn,
        (true, true) => T::EvMonthlyImport,
        (false, false) => T::EvSetMarketingOn,
        (false, true) => T::EvMonthlySetMarketing,
    };
    tf(lang, key, &[("date", &day(e.at.as_deref()))])
}

/// One entry of the stay-in-tier advice: the change to make in an event
/// (and the other way to do it, when there is one), or why no change avoids
/// an upgrade.
pub fn stay_change(s: &StayAnswer, events: &[EventSpec], f: &dyn Format, lang: Lang) -> String {
    let args = [
        ("at", f.instant(&s.upgrade_at).into()),
        ("from", Arg::count(s.from_tier)),
        ("to", Arg::count(s.to_tier)),
    ];
    match s.unavoidable {
        Some(Unavoidable::History) => return say(lang, T::AdvUnavoidableHistory, &args),
        Some(Unavoidable::Removals) => return say(lang, T::AdvUnavoidableRemovals, &args),
        Some(Unavoidable::SearchLimit) => return say(lang, T::AdvUnavoidableLimit, &args),
        None => {}
    }
    let Some(e) = s.event.and_then(|r| r.event()).and_then(|i| events.get(i)) else {
        return String::new();
    };
    let contacts = s.contacts;
    let key = match (
        e.action == Action::AddMarketing,
        e.from.is_some(),
        e.every.is_some(),
    ) {
        (_, true, _) => T::AdvChangeDaily,
        (true, false, false) => T::AdvChangeImport,
        (true, false, true) => T::AdvChangeImportEach,
        (false, false, false) => T::AdvChangeSetMarketing,
        (false, false, true) => T::AdvChangeSetMarketingEach,
    };
    let mut text = say(
        lang,
        key,
        &[
            ("event", Arg::from(&event_label(e, f, lang))),
            ("contacts", Arg::count(contacts)),
        ],
    );
    match (&s.deadline, s.no_deadline) {
        (Some(d), _) => text.push_str(&say(
            lang,
            T::AdvChangeOr,
            &[
                ("contacts", Arg::count(contacts)),
                ("deadline", Arg::from(&f.instant(d))),
                ("viewer", Arg::from(&f.viewer_instant(d))),
            ],
        )),
        // Only what the engine found: no update date before the event, or
        // the other way tried and not enough.
        (None, Some(NoDeadline::NoUpdateDate)) => {
            text.push_str(T::AdvChangeNoProcessing.text(lang));
        }
        (None, Some(NoDeadline::DoesNotAvoid)) => {
            text.push_str(T::AdvChangeNotInstead.text(lang));
        }
        _ => {}
    }
    text
}

/// The stay-in-tier answer: what the first upgrade costs, each change, and
/// what they save in all. Empty when the plan causes no upgrade.
pub fn stay(
    a: &Advisor,
    events: &[EventSpec],
    until: NaiveDate,
    f: &dyn Format,
    lang: Lang,
) -> Stay {
    let changes: Vec<&StayAnswer> = a
        .stay_in_tier
        .iter()
        .filter(|s| s.unavoidable.is_none())
        .collect();
    let first = a
        .stay_in_tier
        .iter()
        .filter(|s| s.charge.is_some())
        .min_by_key(|s| s.upgrade_at);
    let context = first.map(|s| {
        say(
            lang,
            T::AdvStay,
            &[
                ("at", Arg::from(&f.instant(&s.upgrade_at))),
                ("billed", Arg::count(s.billed.unwrap_or_default())),
                ("from", Arg::count(s.from_tier)),
                ("to", Arg::count(s.to_tier)),
                ("charge", Arg::from(&f.money(&s.charge.unwrap_or_default()))),
            ],
        )
    });
    let intro = (changes.len() > 1).then(|| tf(lang, T::AdvStayPlan, &[("until", &f.date(until))]));
    let items = a
        .stay_in_tier
        .iter()
        .map(|s| stay_change(s, events, f, lang))
        .collect();
    let total = changes.last().and_then(|s| s.saving).map(|saving| {
        let key = if changes.len() > 1 {
            T::AdvStayTotal
        } else {
            T::AdvSaving
        };
        tf(lang, key, &[("saving", &f.money(&saving))])
    });
    Stay {
        context,
        intro,
        items,
        total,
    }
}

/// The stay-in-tier answer's sentences.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Stay {
    /// What the first upgrade is and costs.
    pub context: Option<String>,
    /// "Made together, these changes …" when there are several.
    pub intro: Option<String>,
    /// One sentence per change, or per upgrade no change avoids.
    pub items: Vec<String>,
    /// What the changes save in all.
    pub total: Option<String>,
}

/// What a forecast crossing is: a threshold or an upgrade.
pub fn crossing(c: &Crossing, lang: Lang) -> String {
    match c.to_tier {
        Some(to) => say(
            lang,
            T::AdvCrossTier,
            &[("tier", Arg::count(c.tier)), ("to", Arg::count(to))],
        ),
        None => say(
            lang,
            T::AdvCrossThreshold,
            &[
                ("p", Arg::from(&c.threshold.to_string())),
                ("tier", Arg::count(c.tier)),
            ],
        ),
    }
}

/// The forecast's closing sentence.
pub fn forecast_end(fc: &Forecast, f: &dyn Format, lang: Lang) -> String {
    let key = if fc.crossings.is_empty() {
        T::AdvForecastNone
    } else {
        T::AdvForecastEnd
    };
    say(
        lang,
        key,
        &[
            ("through", Arg::from(&f.date(fc.through))),
            ("billed", Arg::count(fc.billed_at_end)),
        ],
    )
}

/// What one contact, and the next import, cost.
pub fn marginal(m: &Marginal, f: &dyn Format, lang: Lang) -> [String; 2] {
    let one = tf(
        lang,
        T::AdvOne,
        &[
            ("today", &f.money(&m.one.today)),
            ("renewal", &f.money(&m.one.until_renewal)),
            ("horizon", &f.money(&m.one.horizon)),
        ],
    );
    let c = &m.import_cost;
    let args = [
        ("n", Arg::count(m.import)),
        ("today", f.money(&c.today).into()),
        ("renewal", f.money(&c.until_renewal).into()),
        ("horizon", f.money(&c.horizon).into()),
        ("tier", Arg::count(m.import_tier.unwrap_or_default())),
    ];
    let key = if m.import_tier.is_some() {
        T::AdvImportUp
    } else {
        T::AdvImportFits
    };
    [one, say(lang, key, &args)]
}

/// What an answer holds fixed, said after it: the plan's other imports
/// (events that add marketing contacts), when it has any besides the one
/// the answer moves (`moved`: the timing's planned import).
pub fn held_fixed(events: &[EventSpec], moved: Option<NaiveDate>, key: T, lang: Lang) -> String {
    let mut adding = events
        .iter()
        .filter(|e| matches!(e.action, Action::AddMarketing | Action::SetMarketing));
    let others = match moved {
        // The moved import is the first one-off import on its day.
        Some(day) => {
            let mut skipped = false;
            adding
                .filter(|e| {
                    let this = !skipped
                        && e.action == Action::AddMarketing
                        && e.every.is_none()
                        && event_day(e.at.as_deref()) == Some(day);
                    skipped |= this;
                    !this
                })
                .count()
        }
        None => adding.by_ref().count(),
    };
    if others > 0 {
        key.text(lang).to_string()
    } else {
        String::new()
    }
}

/// The timing answer.
pub fn timing(t: &Timing, f: &dyn Format, lang: Lang) -> String {
    // About the person's own import: what it costs on the day they planned.
    let planned = t
        .planned
        .and_then(|day| t.days.iter().find(|c| c.date == day))
        .map(|c| {
            let args = [
                ("n", Arg::count(t.import)),
                ("day", f.date(c.date).into()),
                ("cost", f.money(&c.cost).into()),
            ];
            say(lang, T::AdvTimingPlanned, &args) + " "
        })
        .unwrap_or_default();
    planned + &timing_days(t, f, lang)
}

fn timing_days(t: &Timing, f: &dyn Format, lang: Lang) -> String {
    let n = t.import;
    let (from, to) = (f.date(t.from), f.date(t.to));
    let through = f.date(t.through);
    // "$0.00" is never the whole answer: say why the day costs nothing.
    if t.cheapest.cost.is_zero() {
        if t.dearest.cost.is_zero() {
            return say(
                lang,
                T::AdvTimingFlatFree,
                &[
                    ("n", Arg::count(n)),
                    ("from", Arg::from(&from)),
                    ("to", Arg::from(&to)),
                    ("through", Arg::from(&through)),
                ],
            );
        }
        return say(
            lang,
            T::AdvTimingFree,
            &[
                ("n", Arg::count(n)),
                ("from", Arg::from(&from)),
                ("to", Arg::from(&to)),
                ("best", Arg::from(&f.date(t.cheapest.date))),
                ("through", Arg::from(&through)),
                ("saved", Arg::from(&f.money(&t.dearest.cost))),
                ("worst", Arg::from(&f.date(t.dearest.date))),
            ],
        );
    }
    if t.cheapest.cost == t.dearest.cost {
        return say(
            lang,
            T::AdvTimingFlat,
            &[
                ("n", Arg::count(n)),
                ("cost", Arg::from(&f.money(&t.cheapest.cost))),
                ("from", Arg::from(&from)),
                ("to", Arg::from(&to)),
            ],
        );
    }
    say(
        lang,
        T::AdvTiming,
        &[
            ("n", Arg::count(n)),
            ("from", Arg::from(&from)),
            ("to", Arg::from(&to)),
            ("best", Arg::from(&f.date(t.cheapest.date))),
            ("cost", Arg::from(&f.money(&t.cheapest.cost))),
            (
                "saved",
                Arg::from(&f.money(&(t.dearest.cost - t.cheapest.cost))),
            ),
            ("worst", Arg::from(&f.date(t.dearest.date))),
        ],
    )
}

/// Why a day is in the timing table.
pub fn day_note(n: DayNote, lang: Lang) -> &'static str {
    match n {
        DayNote::None => "",
        DayNote::WindowStart => T::NoteWindowStart.text(lang),
        DayNote::BeforeUpdate => T::NoteBeforeUpdate.text(lang),
        DayNote::UpdateDate => T::NoteUpdate.text(lang),
        DayNote::AfterRenewal => T::NoteAfterRenewal.text(lang),
        DayNote::WindowEnd => T::NoteWindowEnd.text(lang),
    }
}

/// What a cap would change.
pub fn cap(c: &CapAnswer, f: &dyn Format, lang: Lang) -> String {
    if c.blocked == 0 {
        return say(
            lang,
            T::AdvCapNothing,
            &[
                ("cap", Arg::count(c.cap)),
                ("without", Arg::from(&f.money(&c.total_without))),
            ],
        );
    }
    say(
        lang,
        T::AdvCapText,
        &[
            ("cap", Arg::count(c.cap)),
            ("blocked", Arg::count(c.blocked)),
            ("with", Arg::from(&f.money(&c.total_with))),
            ("without", Arg::from(&f.money(&c.total_without))),
            (
                "diff",
                Arg::from(&f.money(&(c.total_without - c.total_with))),
            ),
            ("up_with", Arg::count(c.upgrades_with)),
            ("up_without", Arg::count(c.upgrades_without)),
        ],
    )
}

/// The timing table's rows: notable days, the cheapest and the dearest, by date.
pub fn shown_days(t: &Timing) -> Vec<DayCost> {
    let mut days: Vec<DayCost> = t.notable.clone();
    days.push(t.cheapest);
    days.push(t.dearest);
    days.sort_by_key(|d| d.date);
    days.dedup_by_key(|d| d.date);
    days
}

/// A table cell: its text, and whether it holds a number (right-aligned).
pub type Cell = (String, bool);

/// One block of the advisor's answers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Block {
    /// A heading.
    Heading(String),
    /// A sentence or two, with an id to find it by and a class.
    Para {
        /// Its id, if any.
        id: Option<String>,
        /// Its class (`hint`), if any.
        class: Option<&'static str>,
        /// The text.
        text: String,
        /// True while the answer is still being worked out.
        busy: bool,
    },
    /// A list of sentences.
    List {
        /// Its id.
        id: &'static str,
        /// One sentence an item.
        items: Vec<String>,
    },
    /// A table: a header row of column names, one row an item (with a class).
    Table {
        /// Its id.
        id: &'static str,
        /// The columns' names (numbers aligned right).
        head: Vec<Cell>,
        /// The rows.
        rows: Vec<(Option<&'static str>, Vec<Cell>)>,
    },
}

/// The blocks being written.
#[derive(Default)]
struct Blocks(Vec<Block>);

impl Blocks {
    fn heading(&mut self, text: &str) {
        self.0.push(Block::Heading(text.to_string()));
    }

    fn p(&mut self, id: Option<&str>, class: Option<&'static str>, text: &str) {
        self.0.push(Block::Para {
            id: id.map(str::to_string),
            class,
            text: text.to_string(),
            busy: false,
        });
    }

    fn list(&mut self, id: &'static str, items: Vec<String>) {
        self.0.push(Block::List { id, items });
    }

    fn table(
        &mut self,
        id: &'static str,
        head: &[Cell],
        rows: &[(Option<&'static str>, Vec<Cell>)],
    ) {
        self.0.push(Block::Table {
            id,
            head: head.to_vec(),
            rows: rows.to_vec(),
        });
    }
}

/// Every answer, in order, as the panel shows it: headings, sentences,
/// lists and tables. `factor` is the price book's monthly-term factor, named
/// under the term comparison.
pub fn answers(
    a: &Advisor,
    events: &[EventSpec],
    until: NaiveDate,
    f: &dyn Format,
    lang: Lang,
    factor: &str,
) -> Vec<Block> {
    let t = |k: T| k.text(lang);
    let col = |k: T, num: bool| -> Cell { (t(k).to_string(), num) };
    let money =
        |v: &Option<rust_decimal::Decimal>| v.map(|v| f.money(&v)).unwrap_or_else(|| "—".into());
    let mut m = Blocks::default();
    m.heading(t(T::AdvStandingH));
    m.p(Some("adv-standing"), None, &standing(a, f, lang));

    m.heading(t(T::AdvStayH));
    if a.stay_in_tier.is_empty() {
        m.p(Some("adv-stay-none"), None, t(T::AdvNoUpgrade));
    } else {
        let st = stay(a, events, until, f, lang);
        if let Some(c) = &st.context {
            m.p(Some("adv-stay-context"), None, c);
        }
        if let Some(i) = &st.intro {
            m.p(Some("adv-stay-intro"), None, i);
        }
        m.list("adv-stay", st.items.clone());
        if let Some(total) = &st.total {
            m.p(Some("adv-stay-total"), None, total);
        }
    }

    m.heading(t(T::AdvForecastH));
    if let Some(fc) = &a.forecast {
        if !fc.crossings.is_empty() {
            let rows: Vec<_> = fc
                .crossings
                .iter()
                .map(|c| {
                    let class = if c.to_tier.is_some() {
                        "tier-crossing"
                    } else {
                        "threshold-crossing"
                    };
                    let cells = vec![
                        (f.instant(&c.at), false),
                        (crossing(c, lang), false),
                        (f.count(c.billed), true),
                        (money(&c.cost_until_renewal), true),
                    ];
                    (Some(class), cells)
                })
                .collect();
            let head = [
                col(T::AdvWhen, false),
                col(T::AdvWhat, false),
                col(T::AdvBilled, true),
                col(T::AdvCostToRenewal, true),
            ];
            m.table("adv-forecast", &head, &rows);
        }
        m.p(Some("adv-forecast-end"), None, &forecast_end(fc, f, lang));
    } else {
        m.p(None, Some("hint"), t(T::AdvForecastHint));
    }

    if let Some(mg) = &a.marginal {
        m.heading(t(T::AdvMarginalH));
        let fixed = held_fixed(events, None, T::AdvOnTopOfPlan, lang);
        for (i, text) in marginal(mg, f, lang).iter().enumerate() {
            m.p(
                Some(&format!("adv-marginal-{i}")),
                None,
                &format!("{text}{fixed}"),
            );
        }
        if a.timing.is_none() {
            m.heading(t(T::AdvTimingH));
            m.0.push(Block::Para {
                id: Some("adv-timing-busy".into()),
                class: Some("hint"),
                text: t(T::AdvTimingBusy).to_string(),
                busy: true,
            });
        }
    }
    if let Some(tm) = &a.timing {
        m.heading(t(T::AdvTimingH));
        let fixed = held_fixed(events, tm.planned, T::AdvOtherImportsAsPlanned, lang);
        m.p(
            Some("adv-timing"),
            None,
            &format!("{}{fixed}", timing(tm, f, lang)),
        );
        let differ = tm.cheapest.cost != tm.dearest.cost;
        let rows: Vec<_> = shown_days(tm)
            .iter()
            .map(|d| {
                let notes: Vec<&str> = [
                    (d.date == tm.cheapest.date && differ).then(|| t(T::NoteCheapest)),
                    (d.date == tm.dearest.date && differ).then(|| t(T::NoteDearest)),
                    (d.note != DayNote::None).then(|| day_note(d.note, lang)),
                ]
                .into_iter()
                .flatten()
                .collect();
                let cells = vec![
                    (f.date(d.date), false),
                    (f.money(&d.cost), true),
                    (notes.join("; "), false),
                ];
                ((d.date == tm.cheapest.date).then_some("best"), cells)
            })
            .collect();
        m.table(
            "adv-timing-table",
            &[
                col(T::AdvDay, false),
                col(T::AdvImportCost, true),
                (String::new(), false),
            ],
            &rows,
        );
        m.p(
            None,
            Some("hint"),
            &tf(
                lang,
                T::AdvTimingThrough,
                &[("through", &f.date(tm.through))],
            ),
        );
    }

    m.heading(t(T::AdvTermsH));
    let rows: Vec<_> = a
        .terms
        .iter()
        .map(|o| {
            let mut note = String::new();
            if o.current {
                note.push_str(t(T::AdvCurrent));
            }
            if !o.sold {
                note.push(' ');
                note.push_str(t(T::AdvNotSold));
            }
            let cells = vec![
                (t(term_and_billing(o.term, o.billing)).to_string(), false),
                (money(&o.accrued), true),
                (money(&o.total), true),
                (o.upgrades.to_string(), true),
                (note, false),
            ];
            (o.current.then_some("current"), cells)
        })
        .collect();
    let head = [
        col(T::AdvTermCol, false),
        col(T::AdvAccrued, true),
        col(T::AdvInvoiced, true),
        col(T::Upgrades, true),
        (String::new(), false),
    ];
    m.table("adv-terms", &head, &rows);
    m.p(
        None,
        Some("hint"),
        &tf(lang, T::AdvTermsHint, &[("factor", factor)]),
    );

    if let Some(c) = &a.cap {
        m.heading(t(T::AdvCapH));
        m.p(Some("adv-cap-text"), None, &cap(c, f, lang));
    }
    m.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Plain;
    use tierwise_engine::advisor::{advise, Questions};

    fn june(events: &str) -> tierwise_engine::Scenario {
        let text = include_str!("../../../tests/fixtures/june-advice.json")
            .replace("\"until\"", &format!("\"events\": {events}, \"until\""));
        tierwise_engine::parse(&text).unwrap()
    }

    /// Counts reach the catalogue as numbers, so one upgrade is said in the
    /// singular (a count passed as text always took the plural form).
    #[test]
    fn a_cap_that_leaves_one_upgrade_says_one_upgrade() {
        let c = CapAnswer {
            cap: 2000,
            total_without: rust_decimal::Decimal::new(300000, 2),
            total_with: rust_decimal::Decimal::new(200000, 2),
            upgrades_without: 2,
            upgrades_with: 1,
            blocked: 150,
        };
        for (lang, one, many) in [
            (Lang::EN, "1 upgrade", "1 upgrades"),
            (Lang::of("sv"), "1 uppgradering", "1 uppgraderingar"),
            (Lang::of("pl"), "1 podwyższeniem", "1 podwyższeniami"),
        ] {
            let text = cap(&c, &Plain, lang);
            assert!(text.contains(one) && !text.contains(many), "{text}");
        }
    }

    #[test]
    fn the_answers_read_like_a_billing_specialist_wrote_them() {
        let s = june(r#"[{ "at": "2026-07-20", "action": "add_marketing", "count": 300 }]"#);
        let q = Questions {
            growth_per_day: Some(10),
            ..Questions::default()
        };
        let a = advise(&s, &q).unwrap();
        let f = Plain;
        assert_eq!(
            standing(&a, &f, Lang::EN),
            "On 2026-06-01 the account is in tier 2,000 with 1,900 billed contacts: room for 100 more before the tier is exceeded. The tier can next come down at the renewal on 2027-01-01 00:00 (your time: 2027-01-01 00:00); never before it."
        );
        let until = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let st = stay(&a, &s.events, until, &f, Lang::EN);
        assert_eq!(st.context.as_deref(), Some("On 2026-07-20 00:00 the billed count reaches 2,200, over the 2,000 tier, so the account moves to 7,000 at once and is charged 87.10 the next day."));
        assert_eq!(st.intro, None);
        assert_eq!(st.items, ["The import on 2026-07-20: import 200 fewer contacts. Or set 200 contacts to non-marketing before 2026-07-01 00:00 (your time: 2026-07-01 00:00), when changes are next processed; at that moment it is too late."]);
        // 225.00 × 12/31 = 87.10 for Jul 20..31, then Aug..Dec × 225.00.
        assert_eq!(
            st.total.as_deref(),
            Some(" Saving: 1,212.10 over the whole period.")
        );
        let fc = a.forecast.as_ref().unwrap();
        assert_eq!(
            crossing(&fc.crossings[0], Lang::EN),
            "98% of 2,000 (notified within 24–48 h)"
        );
        let up = fc.crossings.iter().find(|c| c.to_tier.is_some()).unwrap();
        assert_eq!(
            crossing(up, Lang::of("sv")),
            "2,000 överskriden: uppgradering till 7,000"
        );
        let [one, import] = marginal(a.marginal.as_ref().unwrap(), &f, Lang::EN);
        assert!(
            one.starts_with("One more marketing contact now costs 0.00 today"),
            "{one}"
        );
        // The planned Jul 20 import upgrades anyway; importing now brings it
        // forward: June's 225.00, and July's 225.00 × 19/31 = 137.90 before
        // the Jul 20 upgrade would have charged the rest.
        // The import asked about is the one planned: 300.
        assert_eq!(import, "An import of 300 now moves the account to tier 7,000: 225.00 charged tomorrow, 362.90 in all until the renewal, 362.90 over the whole period.");
        let t = timing(a.timing.as_ref().unwrap(), &f, Lang::EN);
        // The timing is about moving the planned import, not adding another.
        assert_eq!(t, "Your import of 300 planned for 2026-07-20 adds 1,212.10 to the bill. The cheapest day to import 300 between 2026-06-01 and 2026-07-31 is 2026-07-31: 1,132.26, 442.74 less than on 2026-06-01, the dearest.");
        let c = cap(a.cap.as_ref().unwrap(), &f, Lang::of("pl"));
        assert!(
            c.starts_with("Limit 2,000 kontaktów marketingowych zatrzymałby 200 kontaktów"),
            "{c}"
        );
    }

    /// A tier change the plan makes itself (`change_tier`) is not a
    /// crossing: under a 3,500 cap the count never exceeds 4,000, so the
    /// forecast must not say "4,000 exceeded: upgrade to 5,000" on Apr 1.
    #[test]
    fn a_planned_tier_change_is_not_called_an_overage_in_the_forecast() {
        let s = tierwise_engine::parse(include_str!(
            "../../../tests/fixtures/planned-tier-change.json"
        ))
        .unwrap();
        let q = Questions {
            growth_per_day: Some(15),
            ..Questions::default()
        };
        let a = advise(&s, &q).unwrap();
        let until = chrono::NaiveDate::from_ymd_opt(2027, 6, 30).unwrap();
        for lang in [Lang::EN, Lang::of("sv"), Lang::of("pl")] {
            let blocks = answers(&a, &s.events, until, &Plain, lang, "1.2");
            let rows = blocks
                .iter()
                .find_map(|b| match b {
                    Block::Table {
                        id: "adv-forecast",
                        rows,
                        ..
                    } => Some(rows.clone()),
                    _ => None,
                })
                .unwrap();
            let what: Vec<&str> = rows.iter().map(|(_, cells)| cells[1].0.as_str()).collect();
            // Only the 75 % threshold, on Jan 10; no row for the Apr 1 change.
            assert_eq!(what.len(), 1, "{what:?}");
            assert!(what[0].starts_with("75"), "{what:?}");
            assert!(rows
                .iter()
                .all(|(class, _)| *class == Some("threshold-crossing")));
        }
    }

    /// Issue 18, item 11: a day that costs nothing says why.
    #[test]
    fn a_free_day_is_never_called_cheapest_without_the_reason() {
        use tierwise_engine::advisor::{DayCost, DayNote, Timing};
        let d = |day| chrono::NaiveDate::from_ymd_opt(2026, 12, day).unwrap();
        let cost = |day, c: i64| DayCost {
            date: d(day),
            cost: rust_decimal::Decimal::new(c, 2),
            note: DayNote::None,
        };
        let mut t = Timing {
            import: 3000,
            from: d(1),
            to: d(30),
            through: d(31),
            planned: Some(d(20)),
            cheapest: cost(30, 0),
            dearest: cost(1, 22500),
            notable: vec![],
            days: vec![cost(1, 22500), cost(20, 8710), cost(30, 0)],
        };
        let said = timing(&t, &Plain, Lang::EN);
        assert_eq!(said, "Your import of 3,000 planned for 2026-12-20 adds 87.10 to the bill. The cheapest day to import 3,000 between 2026-12-01 and 2026-12-30 is 2026-12-30: it adds nothing to the bill through 2026-12-31, because your tier then already holds them or no update date counts them before that day. On 2026-12-01, the dearest, it adds 225.00.");
        t.dearest = cost(30, 0);
        t.planned = None;
        let said = timing(&t, &Plain, Lang::of("sv"));
        assert!(
            said.starts_with("Att importera 3,000 vilken dag som helst"),
            "{said}"
        );
        assert!(!said.contains("0.00"), "{said}");
    }

    #[test]
    fn the_answers_panel_holds_every_answer_in_order() {
        let s = june(r#"[{ "at": "2026-07-20", "action": "add_marketing", "count": 300 }]"#);
        let q = Questions {
            growth_per_day: Some(10),
            import: Some(500),
            cap: Some(2000),
            ..Questions::default()
        };
        let a = advise(&s, &q).unwrap();
        let until = chrono::NaiveDate::from_ymd_opt(2026, 12, 31).unwrap();
        let blocks = answers(&a, &s.events, until, &Plain, Lang::EN, "1.2");
        let ids: Vec<String> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Para { id, .. } => id.clone(),
                Block::List { id, .. } | Block::Table { id, .. } => Some(id.to_string()),
                Block::Heading(_) => None,
            })
            .collect();
        let want = [
            "adv-standing",
            "adv-stay",
            "adv-forecast",
            "adv-forecast-end",
            "adv-marginal-0",
            "adv-marginal-1",
            "adv-timing",
            "adv-timing-table",
            "adv-terms",
            "adv-cap-text",
        ];
        let mut from = 0;
        for id in want {
            let at = ids[from..]
                .iter()
                .position(|i| i == id)
                .unwrap_or_else(|| panic!("{id} missing or out of order in {ids:?}"));
            from += at;
        }
        assert!(blocks.contains(&Block::Para {
            id: Some("adv-standing".into()),
            class: None,
            text: standing(&a, &Plain, Lang::EN),
            busy: false,
        }));
        let tables: Vec<_> = blocks
            .iter()
            .filter_map(|b| match b {
                Block::Table { rows, .. } => Some(rows),
                _ => None,
            })
            .collect();
        assert_eq!(tables.len(), 3);
        assert_eq!(
            tables[2]
                .iter()
                .filter(|(class, _)| *class == Some("current"))
                .count(),
            1
        );
    }
}
