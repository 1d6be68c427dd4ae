//! Key figures at a glance: next update date (account zone and viewer's),
//! tier and headroom, first upgrade, total cost.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::Ctx;
use tierwise_app::catalogue::{Arg, T};
use tierwise_engine::outcome::Outcome;
use tierwise_engine::scenario::{Proration, Rounding, Scenario};

/// Props of [`Figures`].
#[derive(Properties, PartialEq)]
pub struct FiguresProps {
    /// The outcome shown.
    pub outcome: Rc<Outcome>,
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// True while the outcome is from an earlier, valid scenario.
    pub stale: bool,
    /// The person's today (their calendar).
    pub today: chrono::NaiveDate,
}

/// Which day the cards describe, and how they name it: the person's today
/// when the simulation holds it; else its first or last day, or the last
/// day of a usage history, said so.
fn card_day(
    o: &Outcome,
    s: &Scenario,
    today: chrono::NaiveDate,
) -> Option<(chrono::NaiveDate, Option<T>)> {
    let (first, last) = (o.days.first()?.date, o.days.last()?.date);
    let history_end = s
        .history
        .last()
        .and_then(|r| tierwise_engine::plan::parse_date(&r.date, "").ok());
    Some(if (first..=last).contains(&today) {
        (today, None)
    } else if today < first {
        (first, Some(T::TierOnFirst))
    } else if let Some(end) = history_end.filter(|&e| e == last) {
        (end, Some(T::TierOnHistory))
    } else {
        (last, Some(T::TierOnLast))
    })
}

/// The figures strip.
#[component]
pub fn Figures(props: &FiguresProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let o = &props.outcome;
    let (day, why) = card_day(o, &props.scenario, props.today).unzip();
    let why = why.flatten();
    let state = day.and_then(|d| o.days.iter().find(|x| x.date == d));
    let next_update = day.and_then(|d| tierwise_app::text::next_update_after(o, d));
    let tier = state.map_or(0, |d| d.tier);
    let billed = state.map_or(0, |d| d.billed);
    let a = &props.scenario.assumptions;
    // The upgrades from that day on; one before it is said to be the last.
    let start = day.map(|d| d.and_time(chrono::NaiveTime::MIN));
    let next_upgrade = o
        .upgrades
        .iter()
        .find(|u| start.is_none_or(|s| u.at.local() >= s));
    let (upgrade, upgrade_key) = match next_upgrade {
        Some(u) if !std::ptr::eq(u, &o.upgrades[0]) => (Some(u), T::NextUpgrade),
        Some(u) => (Some(u), T::FirstUpgrade),
        None => match o.upgrades.last() {
            Some(u) => (Some(u), T::LastUpgrade),
            None => (None, T::FirstUpgrade),
        },
    };
    html! {
        <section class={classes!("figures", props.stale.then_some("stale"))} aria-labelledby="figures-h">
            // The cards' headings are h3s under this one, which only
            // screen readers show.
            <h2 class="sr-only" id="figures-h">{ ctx.t(T::KeyFigures) }</h2>
            <div class="figure" id="fig-update">
                <h3>{ ctx.t(T::NextUpdate) }</h3>
                if let Some(u) = next_update {
                    <p class="value">{ fmt.instant(u) }</p>
                    <p class="sub hint">{ ctx.t(T::NextUpdateHint) }</p>
                    <p class="sub" data-viewer-at={u.unix.to_string()}>{ ctx.tf(T::YourTime, &[("at", &fmt.viewer_instant(u))]) }</p>
                    <p class="assumption">{ ctx.tf(T::ProcessingAt, &[("time", &props.scenario.account.processing_time)]) }</p>
                } else {
                    <p class="value">{ ctx.t(T::NoneInHorizon) }</p>
                }
            </div>
            <div class="figure" id="fig-tier">
                <h3>{ match (why, day) {
                    (Some(_), Some(d)) => ctx.tf(T::TierOn, &[("date", &fmt.date(d))]),
                    _ => ctx.t(T::TierToday).to_string(),
                } }</h3>
                <p class="value">{ fmt.count(tier) }</p>
                <p class="sub">{ ctx.say(T::BilledHeadroom, &[("billed", Arg::count(billed)), ("headroom", Arg::count(tier.saturating_sub(billed)))]) }</p>
                if let Some(w) = why { <p class="sub hint">{ ctx.t(w) }</p> }
            </div>
            <div class="figure" id="fig-upgrade">
                <h3>{ ctx.t(upgrade_key) }</h3>
                if let Some(u) = upgrade {
                    <p class="value">{ fmt.instant(&u.at) }</p>
                    <p class="sub">{ ctx.say(T::UpgradeSummary, &[("tier", Arg::count(u.to_tier)), ("amount", Arg::from(&fmt.money(&u.amount))), ("date", Arg::from(&fmt.date(u.charge_date)))]) }</p>
                    <p class="assumption">{ ctx.tf(T::ProrationNote, &[
                        ("proration", ctx.t(match a.proration { Proration::Daily => T::ConvDaily, Proration::Seconds => T::ConvSeconds, Proration::None => T::ConvNone })),
                        ("rounding", ctx.t(match a.rounding { Rounding::HalfUp => T::RoundHalfUp, Rounding::HalfEven => T::RoundHalfEven }))]) }</p>
                } else {
                    <p class="value">{ ctx.t(T::None_) }</p>
                    <p class="sub">{ ctx.t(T::StaysInTier) }</p>
                }
            </div>
            <div class="figure" id="fig-total">
                <h3>{ ctx.t(T::TotalCost) }</h3>
                <p class="value" id="total">{ fmt.money(&o.total) }</p>
                <p class="sub">{ ctx.tf(T::PeriodRange, &[("from", &o.days.first().map(|d| fmt.date(d.date)).unwrap_or_default()), ("to", &o.days.last().map(|d| fmt.date(d.date)).unwrap_or_default())]) }</p>
                if props.scenario.prices.is_none() {
                    <p class="assumption example-label">{ ctx.t(T::ExamplePrices) }</p>
                }
                if let Some(book) = props.scenario.prices.as_ref().filter(|b| !b.example) {
                    <p class="assumption custom-label" id="prices-label">
                        { ctx.tf(T::PricesOf, &[("book", book.name.as_deref().unwrap_or(ctx.t(T::CustomPrices)))]) }
                    </p>
                }
            </div>
        </section>
    }
}
