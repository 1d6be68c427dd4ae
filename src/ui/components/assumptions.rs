//! Every SPEC assumption with its value and a control, and the price book,
//! visible and editable under a clear "example prices" label.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::inputs::{Select, TextField};
use crate::app::i18n::T;
use crate::app::state::{Action, Edit};
use crate::app::text::{edition_key, Format};
use crate::engine::price_book;
use crate::engine::scenario::{
    by_code, Edition, Lines, MonthEnd, PriceBookSpec, Proration, Rounding, RuleEdition, Scenario,
};
use crate::ui::Ctx;

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
    let on_proration = choose(&ctx, &Proration::ALL, Proration::code, Edit::Proration);
    let on_rounding = choose(&ctx, &Rounding::ALL, Rounding::code, Edit::Rounding);
    let on_lines = choose(&ctx, &Lines::ALL, Lines::code, Edit::Lines);
    let on_month_end = choose(&ctx, &MonthEnd::ALL, MonthEnd::code, Edit::MonthEnd);
    let on_rules = choose(
        &ctx,
        &RuleEdition::ALL,
        RuleEdition::code,
        Edit::RuleEdition,
    );
    let notify_text = use_state(|| {
        a.notify_at
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join(", ")
    });
    let notify_error = use_state(|| None::<T>);
    let on_notify = {
        let dispatch = ctx.dispatch.clone();
        let notify_text = notify_text.clone();
        let notify_error = notify_error.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            let parsed: Result<Vec<i64>, _> = v
                .split([',', ' ', ';'])
                .filter(|p| !p.trim().is_empty())
                .map(|p| p.trim().trim_end_matches('%').parse::<i64>())
                .collect();
            match parsed {
                Ok(list) => {
                    notify_error.set(None);
                    dispatch.emit(Action::Edit(Edit::NotifyAt(list)));
                }
                Err(_) => notify_error.set(Some(T::NotifyError)),
            }
            notify_text.set(v);
        })
    };
    let notify_err = (*notify_error)
        .map(|k| AttrValue::from(ctx.t(k)))
        .or_else(|| {
            ctx.errors
                .iter()
                .find(|(p, _)| p.starts_with("assumptions.notify_at"))
                .map(|(_, m)| AttrValue::from(m.to_string()))
        });
    let book = s.prices.clone().unwrap_or_else(price_book::example);
    let is_example = s.prices.is_none();
    let custom = ctx.t(T::CustomPrices);
    let set_price = {
        let dispatch = ctx.dispatch.clone();
        let book = book.clone();
        move |edition: Edition, field: &'static str| {
            let dispatch = dispatch.clone();
            let book = book.clone();
            Callback::from(move |e: InputEvent| {
                let v = e.target_unchecked_into::<HtmlInputElement>().value();
                let mut next: PriceBookSpec = book.clone();
                // A name the person gave the prices stays.
                if next.example || next.name.is_none() {
                    next.name = Some(custom.to_string());
                }
                next.example = false;
                if let Some(ed) = next.editions.get_mut(&edition) {
                    let n = || crate::ui::components::inputs::parse_count(&v).unwrap_or(-1);
                    match field {
                        "included" => ed.included = n(),
                        "pack_size" => ed.pack_size = n(),
                        "base" => ed.base = v.trim().to_string(),
                        _ => ed.pack_price = v.trim().to_string(),
                    }
                }
                dispatch.emit(Action::Edit(Edit::Prices(Some(next))));
            })
        }
    };
    let use_example = ctx
        .dispatch
        .reform(|_: MouseEvent| Action::Edit(Edit::Prices(None)));
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
                <div class={classes!("field", notify_err.is_some().then_some("invalid"))}>
                    <label for="notify">{ ctx.t(T::NotifyLabel) }</label>
                    <input id="notify" type="text" inputmode="numeric" value={(*notify_text).clone()} oninput={on_notify} />
                    <small class="hint">{ ctx.t(T::NotifyHint) }</small>
                    if let Some(e) = notify_err { <small class="error" role="alert">{ e }</small> }
                </div>
            </div>
            <h3>{ ctx.t(T::PriceBook) }
                if is_example { <span class="badge example-label">{ ctx.t(T::ExampleBadge) }</span> }
                else { <span class="badge">{ book.name.clone().unwrap_or_else(|| ctx.t(T::CustomPrices).into()) }</span> }
            </h3>
            if !is_example {
                <TextField id="book-name" label={ctx.t(T::PriceBookName)} value={book.name.clone().unwrap_or_default()} maxlength={100}
                    onchange={{
                        let dispatch = ctx.dispatch.clone();
                        let book = book.clone();
                        Callback::from(move |name: String| {
                            let mut next: PriceBookSpec = book.clone();
                            next.name = Some(name).filter(|n| !n.trim().is_empty());
                            dispatch.emit(Action::Edit(Edit::Prices(Some(next))));
                        })
                    }} />
            }
            <div class="table-scroll">
                <table class="prices">
                    <thead><tr><th scope="col">{ ctx.t(T::Edition) }</th><th scope="col">{ ctx.t(T::Included) }</th><th scope="col">{ ctx.tf(T::BasePerMonth, &[("currency", &book.currency)]) }</th><th scope="col">{ ctx.t(T::PackSize) }</th><th scope="col">{ ctx.t(T::PackPerMonth) }</th></tr></thead>
                    <tbody>
                        for (edition, e) in book.editions.iter() {
                            <tr>
                                <th scope="row">{ ctx.t(edition_key(*edition)) }</th>
                                <td><input aria-label={format!("{}: {}", ctx.t(edition_key(*edition)), ctx.t(T::Included))} value={e.included.to_string()} oninput={set_price(*edition, "included")} class={classes!(ctx.error(&format!("prices.editions.{}.included", edition.code())).map(|_| "invalid"))} /></td>
                                <td><input aria-label={format!("{}: {}", ctx.t(edition_key(*edition)), ctx.tf(T::BasePerMonth, &[("currency", &book.currency)]))} value={e.base.clone()} oninput={set_price(*edition, "base")} class={classes!(ctx.error(&format!("prices.editions.{}.base", edition.code())).map(|_| "invalid"))} /></td>
                                <td><input aria-label={format!("{}: {}", ctx.t(edition_key(*edition)), ctx.t(T::PackSize))} value={e.pack_size.to_string()} oninput={set_price(*edition, "pack_size")} class={classes!(ctx.error(&format!("prices.editions.{}.pack_size", edition.code())).map(|_| "invalid"))} /></td>
                                <td><input aria-label={format!("{}: {}", ctx.t(edition_key(*edition)), ctx.t(T::PackPerMonth))} value={e.pack_price.clone()} oninput={set_price(*edition, "pack_price")} class={classes!(ctx.error(&format!("prices.editions.{}.pack_price", edition.code())).map(|_| "invalid"))} /></td>
                            </tr>
                        }
                    </tbody>
                </table>
            </div>
            <p class="hint">{ ctx.tf(T::TermFactor, &[("factor", &ctx.fmt.0.decimal(&book.monthly_term_factor.as_deref().and_then(|f| f.parse().ok()).unwrap_or(rust_decimal::Decimal::ONE)))]) }
                if !is_example { { " " }<button type="button" onclick={use_example}>{ ctx.t(T::BackToExample) }</button> }
            </p>
            for (p, m) in ctx.errors.iter().filter(|(p, _)| p.starts_with("prices")) {
                <small class="error" role="alert" data-path={p.to_string()}>{ m.to_string() }</small>
            }
        </section>
    }
}
