//! Every SPEC assumption with its value and a control, and the price book,
//! visible and editable under a clear "example prices" label.

use std::rc::Rc;

use yew::prelude::*;

use super::inputs::{use_typed, Field, Keeps, Select};
use super::prices::PriceBookEditor;
use crate::context::Ctx;
use tierwise_app::catalogue::T;
use tierwise_app::state::{Action, Edit};
use tierwise_app::typed;
use tierwise_engine::scenario::{
    by_code, Lines, MonthEnd, Proration, Rounding, RuleEdition, Scenario,
};

/// Props of [`AssumptionsPanel`].
#[derive(Properties, PartialEq)]
pub struct AssumptionsPanelProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
}

fn opts(ctx: &Ctx, list: &[(&'static str, T)]) -> Vec<(AttrValue, AttrValue)> {
    list.iter()
        .map(|(v, t)| (AttrValue::from(*v), AttrValue::from(ctx.t(*t))))
        .collect()
}

/// A select's callback: the chosen word, read back as a value (the first,
/// which is the default, for a word it does not know), becomes an edit.
fn choose<T: Copy + 'static>(
    ctx: &Ctx,
    all: &'static [T],
    code: fn(T) -> &'static str,
    edit: fn(T) -> Edit,
) -> Callback<String> {
    ctx.dispatch
        .reform(move |v: String| Action::Edit(edit(by_code(all, code, &v).unwrap_or(all[0]))))
}

/// The assumptions and price book panel.
#[component]
pub fn AssumptionsPanel(props: &AssumptionsPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let s = &props.scenario;
    let a = &s.assumptions;
    let on_proration = choose(&ctx, Proration::ALL, Proration::code, Edit::Proration);
    let on_rounding = choose(&ctx, Rounding::ALL, Rounding::code, Edit::Rounding);
    let on_lines = choose(&ctx, Lines::ALL, Lines::code, Edit::Lines);
    let on_month_end = choose(&ctx, MonthEnd::ALL, MonthEnd::code, Edit::MonthEnd);
    let on_rules = choose(&ctx, RuleEdition::ALL, RuleEdition::code, Edit::RuleEdition);
    let on_notify = ctx
        .dispatch
        .reform(|list: Vec<i64>| Action::Edit(Edit::NotifyAt(list)));
    let notify = use_typed(
        &ctx,
        &AttrValue::Static("notify"),
        &AttrValue::from(ctx.t(T::NotifyLabel)),
        &a.notify_at,
        |v| {
            v.iter()
                .map(|p| p.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        },
        typed::thresholds,
        Keeps::Text,
        &on_notify,
    );
    let notify_err = notify.error.map(|k| AttrValue::from(ctx.t(k))).or_else(|| {
        ctx.errors
            .iter()
            .find(|(p, _)| p.starts_with("assumptions.notify_at"))
            .map(|(_, m)| AttrValue::from(m.to_string()))
    });
    html! {
        <section class="card assumptions" aria-labelledby="assumptions-h">
            <h2 id="assumptions-h">{ ctx.t(T::AssumptionsH) }</h2>
            <p class="hint">{ ctx.t(T::AssumptionsHint) }</p>
            <div class="row">
                <Select id="proration" label={ctx.t(T::ProrationLabel)} value={a.proration.code()} onchange={on_proration}
                    options={opts(&ctx, &[("daily", T::ProrationDaily), ("seconds", T::ProrationSeconds), ("none", T::ProrationNone)])} />
                <Select id="rounding" label={ctx.t(T::RoundingLabel)} value={a.rounding.code()} onchange={on_rounding}
                    options={opts(&ctx, &[("half_up", T::HalfUp), ("half_even", T::HalfEven)])} />
                <Select id="lines" label={ctx.t(T::LinesLabel)} value={a.lines.code()} onchange={on_lines}
                    options={opts(&ctx, &[("net", T::OneNetLine), ("credit_and_charge", T::CreditAndCharge)])} />
            </div>
            <div class="row">
                <Select id="month-end" label={ctx.t(T::MonthEndLabel)} value={a.month_end.code()} onchange={on_month_end}
                    options={opts(&ctx, &[("clamp", T::Clamp), ("roll", T::Roll)])} />
                <Select id="rule-edition" label={ctx.t(T::RuleEditionLabel)} value={a.rule_edition.code()} onchange={on_rules}
                    hint={ctx.t(T::RuleHint)}
                    options={opts(&ctx, &[("current", T::RuleCurrent), ("2020", T::Rule2020)])} />
                <Field id="notify" label={ctx.t(T::NotifyLabel)} error={notify_err.clone()} hint={AttrValue::from(ctx.t(T::NotifyHint))}>
                    <input id="notify" type="text" inputmode="numeric" value={notify.value} oninput={notify.oninput} onchange={notify.onchange}
                        aria-invalid={notify_err.is_some().then_some("true")}
                        aria-describedby={notify_err.is_some().then_some("notify-error")} />
                </Field>
            </div>
            <PriceBookEditor scenario={s.clone()} />
        </section>
    }
}
