//! The planned events: add, edit inline, remove; always sorted by date, each
//! saying what it does.

use std::rc::Rc;

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::inputs::{InlineInput, NumberField, ParseWith};
use crate::context::Ctx;
use tierwise_app::catalogue::{Arg, T};
use tierwise_app::state::{Action, Edit, NewEvent};
use tierwise_app::text::event_effect;
use tierwise_engine::outcome::Outcome;
use tierwise_engine::scenario::{Action as Kind, EventSpec, Every, Scenario};

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// The latest valid outcome, for what each event does.
    pub outcome: Option<Rc<Outcome>>,
}

/// The name of a kind of event, as the timeline's menu shows it.
pub(crate) fn kind_name(k: Kind) -> T {
    match k {
        Kind::AddMarketing => T::KindAddMarketing,
        Kind::AddNonMarketing => T::KindAddNonMarketing,
        Kind::SetMarketing => T::KindSetMarketing,
        Kind::SetNonMarketing => T::KindSetNonMarketing,
        Kind::DeleteMarketing => T::KindDeleteMarketing,
        Kind::DeleteNonMarketing => T::KindDeleteNonMarketing,
        Kind::RequestDowngrade => T::KindRequestDowngrade,
        Kind::ChangeTier => T::KindChangeTier,
    }
}

const ADD: [(NewEvent, T, &str); 6] = [
    (NewEvent::Import, T::AddImport, "add-import"),
    (
        NewEvent::SetNonMarketing,
        T::AddSetNonMarketing,
        "add-set-non-marketing",
    ),
    (NewEvent::Delete, T::AddDelete, "add-delete"),
    (NewEvent::DailyGrowth, T::AddDailyGrowth, "add-daily-growth"),
    (NewEvent::Downgrade, T::AddDowngrade, "add-downgrade"),
    (NewEvent::ChangeTier, T::AddTierChange, "add-tier-change"),
];

/// Props of [`EventRow`].
#[derive(Properties, PartialEq)]
pub struct EventRowProps {
    /// Index in `events`.
    pub index: usize,
    /// The event.
    pub event: EventSpec,
    /// What it does, in words.
    pub effect: AttrValue,
}

/// One event, editable in place.
#[component]
pub fn EventRow(props: &EventRowProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let i = props.index;
    let e = props.event.clone();
    let p = |f: &str| format!("events[{i}].{f}");
    let send = {
        let dispatch = ctx.dispatch.clone();
        move |e: EventSpec| dispatch.emit(Action::Edit(Edit::Event(i, e)))
    };
    let on_kind = {
        let e = e.clone();
        let send = send.clone();
        Callback::from(move |ev: Event| {
            let v = ev.target_unchecked_into::<HtmlSelectElement>().value();
            let mut next = e.clone();
            let Some(kind) = Kind::ALL.iter().copied().find(|k| k.code() == v) else {
                return;
            };
            if kind.takes_tier() != e.action.takes_tier() {
                // Switching between contacts and tiers: keep the date, reset the amount.
                next.count = (!kind.takes_tier()).then_some(1000);
                next.tier = kind.takes_tier().then_some(2000);
                next.per_day = None;
                if next.at.is_none() {
                    next.at = next.from.take();
                    next.to = None;
                }
            }
            next.action = kind;
            send(next);
        })
    };
    let date_input = |field: &'static str, value: Option<String>| {
        let e = e.clone();
        let send = send.clone();
        let onchange = Callback::from(move |v: String| {
            let mut next = e.clone();
            match field {
                "at" => {
                    let time = next
                        .at
                        .as_deref()
                        .and_then(|t| t.get(10..))
                        .unwrap_or("")
                        .to_string();
                    next.at = Some(format!("{v}{time}"));
                }
                "from" => next.from = Some(v),
                "to" => next.to = Some(v),
                _ => next.through = Some(v),
            }
            send(next);
        });
        let what = match field {
            "at" => T::EventDate,
            "from" => T::EventFrom,
            "to" => T::EventTo,
            _ => T::EventThrough,
        };
        let label = ctx.tf(what, &[("n", &(i + 1).to_string())]);
        let value = value
            .unwrap_or_default()
            .get(..10)
            .unwrap_or("")
            .to_string();
        html! {
            <InlineInput id={format!("ev{i}-{field}")} {label} class={format!("ev-{field}")} {value}
                error={ctx.error(&p(field))} {onchange} />
        }
    };
    let on_time = {
        let e = e.clone();
        let send = send.clone();
        Callback::from(move |v: String| {
            let mut next = e.clone();
            let date = next
                .at
                .as_deref()
                .and_then(|t| t.get(..10))
                .unwrap_or("")
                .to_string();
            next.at = Some(if v.is_empty() || v == "00:00" {
                date
            } else {
                format!("{date}T{v}")
            });
            send(next);
        })
    };
    let on_repeat = {
        let e = e.clone();
        let send = send.clone();
        Callback::from(move |ev: Event| {
            let on = ev.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = e.clone();
            if on {
                next.every = Some(Every::Month);
                let start = next
                    .at
                    .as_deref()
                    .and_then(|t| t.get(..10))
                    .unwrap_or("2026-01-01");
                next.through = Some(
                    tierwise_engine::plan::parse_date(start, "").map_or(start.to_string(), |d| {
                        tierwise_engine::calendar::same_day_months_later(d, 11).to_string()
                    }),
                );
            } else {
                next.every = None;
                next.through = None;
            }
            send(next);
        })
    };
    let amount = |field: &'static str, value: Option<i64>, label: &'static str| {
        let e = e.clone();
        let send = send.clone();
        let onchange = Callback::from(move |v: Option<i64>| {
            let mut next = e.clone();
            let v = v.unwrap_or(0);
            match field {
                "count" => next.count = Some(v),
                "per_day" => next.per_day = Some(v),
                _ => next.tier = Some(v),
            }
            send(next);
        });
        let name = ctx.tf(
            T::EventField,
            &[("n", &(i + 1).to_string()), ("field", label)],
        );
        html! { <NumberField id={format!("ev{i}-{field}")} {label} {name} {value} error={ctx.error(&p(field))} {onchange} /> }
    };
    let remove = ctx
        .dispatch
        .reform(move |_: MouseEvent| Action::Edit(Edit::RemoveEvent(i)));
    let flow = e.from.is_some();
    let time =
        e.at.as_deref()
            .and_then(|t| t.get(11..16))
            .unwrap_or("")
            .to_string();
    let row_error = ctx.error(&format!("events[{i}]"));
    let kind_select = super::inputs::use_selected(e.action.code());

    html! {
        <li class="event" data-index={i.to_string()} data-action={e.action.code()}>
            <div class="event-main">
                <select id={format!("ev{i}-kind")} ref={kind_select} aria-label={ctx.t(T::WhatHappens)} class="ev-kind" onchange={on_kind}>
                    for &k in Kind::ALL {
                        <option value={k.code()} selected={k == e.action}>{ ctx.t(kind_name(k)) }</option>
                    }
                </select>
                if flow {
                    <span class="when">{ ctx.t(T::From) }{ " " }{ date_input("from", e.from.clone()) }{ " " }{ ctx.t(T::To) }{ " " }{ date_input("to", e.to.clone()) }</span>
                } else {
                    <span class="when">
                        { ctx.t(T::On) }{ " " }{ date_input("at", e.at.clone()) }
                        <InlineInput id={format!("ev{i}-time")} kind="time" label={ctx.t(T::TimeOptional)} class="ev-time" value={time}
                            parse={ParseWith(tierwise_app::typed::optional_time)} onchange={on_time} />
                    </span>
                }
                <button type="button" class="remove" aria-label={ctx.tf(T::RemoveEvent, &[("n", &(i + 1).to_string())])} onclick={remove}>{ "×" }</button>
            </div>
            <div class="event-amount">
                if e.action.takes_tier() {
                    { amount("tier", e.tier, ctx.t(T::Tier)) }
                } else if flow {
                    { amount("per_day", e.per_day, ctx.t(T::PerDay)) }
                } else {
                    { amount("count", e.count, ctx.t(T::Contacts)) }
                }
                if !flow && !e.action.takes_tier() {
                    <label class="repeat">
                        <input type="checkbox" checked={e.every.is_some()} onchange={on_repeat} />
                        { ctx.t(T::EveryMonth) }
                        if e.every.is_some() { { ctx.t(T::Through) }{ date_input("through", e.through.clone()) } }
                    </label>
                }
            </div>
            <p class="effect">{ props.effect.clone() }</p>
            if let Some(m) = row_error { <small class="error" role="alert">{ m }</small> }
        </li>
    }
}

/// Focuses the first field of the `i`-th event row.
fn focus_first_field(i: usize) {
    let selector = format!(
        "ol.events > li:nth-child({n}) input, ol.events > li:nth-child({n}) select",
        n = i + 1
    );
    crate::browser::focus(&selector);
}

/// The timeline editor.
#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    // Long timelines show their first rows; a person pages on, and the
    // browser never builds thousands of editable rows at once.
    let shown = use_state(|| 100usize);
    let s = &props.scenario;
    let fmt = &ctx.fmt.0;
    // After "+ Import" and the like, focus goes to the new event's first
    // field. The events before the addition are kept to find the new one
    // (the list is sorted by date, so it need not be last).
    let before_add = use_mut_ref(|| None::<Rc<Scenario>>);
    {
        let before_add = before_add.clone();
        let now = s.clone();
        let shown = *shown;
        use_effect_with(s.events.len(), move |_| {
            if let Some(old) = before_add.borrow_mut().take() {
                let mut left: Vec<&EventSpec> = old.events.iter().collect();
                let new = now
                    .events
                    .iter()
                    .position(|e| match left.iter().position(|o| *o == e) {
                        Some(k) => {
                            left.swap_remove(k);
                            false
                        }
                        None => true,
                    });
                if let Some(i) = new.filter(|&i| i < shown) {
                    focus_first_field(i);
                }
            }
        });
    }
    let add = |kind: NewEvent| {
        let dispatch = ctx.dispatch.clone();
        let before_add = before_add.clone();
        let s = s.clone();
        Callback::from(move |_: MouseEvent| {
            *before_add.borrow_mut() = Some(s.clone());
            dispatch.emit(Action::Edit(Edit::AddEvent(kind)));
        })
    };
    html! {
        <section class="card timeline" aria-labelledby="timeline-h">
            <h2 id="timeline-h">{ ctx.t(T::TimelineH) }</h2>
            <div class="add-events" role="group" aria-label={ctx.t(T::AddEvent)}>
                for (kind, label, id) in ADD {
                    <button type="button" class="add" id={id} onclick={add(kind)}>{ ctx.t(label) }</button>
                }
            </div>
            if s.events.is_empty() {
                <p class="hint">{ ctx.t(T::NoEvents) }</p>
            }
            <ol class="events">
                for (i, e) in s.events.iter().enumerate().take(*shown) {
                    <EventRow index={i} event={e.clone()} effect={AttrValue::from(event_effect(i, e, props.outcome.as_deref(), fmt.as_ref(), ctx.lang))} />
                }
            </ol>
            if s.events.len() > *shown {
                <button type="button" class="more" id="more-events" onclick={{
                    let shown = shown.clone();
                    Callback::from(move |_: MouseEvent| shown.set(*shown + 200))
                }}>{ ctx.say(T::ShowMore, &[("shown", Arg::count(*shown)), ("total", Arg::count(s.events.len()))]) }</button>
            }
            if let Some(m) = ctx.error("events") { <small class="error" role="alert">{ m }</small> }
        </section>
    }
}
