//! Branches side by side: tabs to switch, ready-made variants, and each
//! branch's total with its difference from the first.

use yew::prelude::*;

use crate::context::{Ctx, Results};
use tierwise_app::catalogue::T;
use tierwise_app::messages::warning_text;
use tierwise_app::state::{Action, Branch, Variant, MAX_BRANCHES};
use tierwise_engine::outcome::WarningKind;

/// Props of [`Compare`].
#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// All branches.
    pub branches: Vec<Branch>,
    /// The one being edited.
    pub active: usize,
    /// Each branch's evaluation, in order.
    pub results: Results,
}

/// The branch bar and comparison table.
#[component]
pub fn Compare(props: &CompareProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let results = &props.results.0;
    let base_total = results
        .first()
        .and_then(|r| r.as_ref().ok())
        .map(|o| o.total);
    let full = props.branches.len() >= MAX_BRANCHES;
    let branch = |v: Variant| ctx.dispatch.reform(move |_: MouseEvent| Action::Branch(v));
    // A branch whose edition is not sold on its contract term is a price,
    // not an option: said on its tab and in its row, not only in the notes.
    let not_sold: Vec<Option<String>> = results
        .iter()
        .map(|r| {
            r.as_ref().ok().and_then(|o| {
                o.warnings
                    .iter()
                    .find(|w| matches!(w.kind, WarningKind::TermNotSold { .. }))
                    .map(|w| warning_text(ctx.lang, &*ctx.fmt.0, &w.kind))
            })
        })
        .collect();
    html! {
        <section class="compare" aria-label={ctx.t(T::CompareScenarios)}>
            <div class="tabs" role="group" aria-label={ctx.t(T::ScenariosGroup)}>
                for (i, b) in props.branches.iter().enumerate() {
                    <span class={classes!("tab", (i == props.active).then_some("active"))}>
                        <button type="button" aria-pressed={(i == props.active).to_string()}
                            onclick={ctx.dispatch.reform(move |_: MouseEvent| Action::Select(i))}>
                            { b.scenario.name.clone().filter(|n| !n.is_empty()).unwrap_or_else(|| ctx.tf(T::ScenarioN, &[("n", &(i + 1).to_string())])) }
                            if let Some(Some(why)) = not_sold.get(i) {
                                <span class="not-sold" title={why.clone()}>{ ctx.t(T::NotSold) }</span>
                            }
                        </button>
                        if props.branches.len() > 1 {
                            <button type="button" class="close" aria-label={ctx.t(T::RemoveScenario)}
                                onclick={ctx.dispatch.reform(move |_: MouseEvent| Action::RemoveBranch(i))}>{ "×" }</button>
                        }
                    </span>
                }
                <span class="branch-actions">
                    <button type="button" id="branch" disabled={full} onclick={branch(Variant::Copy)}>{ ctx.t(T::Branch) }</button>
                    <button type="button" id="branch-term" disabled={full} onclick={branch(Variant::OtherTerm)}>{ ctx.t(T::CompareTerms) }</button>
                    <button type="button" id="branch-after" disabled={full} onclick={branch(Variant::ImportAfterUpdate)}>{ ctx.t(T::CompareAfter) }</button>
                </span>
            </div>
            if props.branches.len() > 1 {
                <table class="comparison stack" id="comparison">
                    <thead><tr><th scope="col">{ ctx.t(T::Scenario) }</th><th scope="col">{ ctx.t(T::Term) }</th><th scope="col">{ ctx.t(T::Upgrades) }</th><th scope="col" class="num">{ ctx.t(T::Total) }</th><th scope="col" class="num">{ ctx.t(T::Difference) }</th></tr></thead>
                    <tbody>
                        for (i, (b, r)) in props.branches.iter().zip(results.iter()).enumerate() {
                            <tr class={classes!((i == props.active).then_some("active"))}>
                                <th scope="row">{ b.scenario.name.clone().unwrap_or_else(|| ctx.tf(T::ScenarioN, &[("n", &(i + 1).to_string())])) }</th>
                                <td data-label={ctx.t(T::Term)}>
                                    { ctx.t(tierwise_app::text::term_key(b.scenario.account.term)) }
                                    if let Some(Some(why)) = not_sold.get(i) {
                                        <small class="not-sold-why">{ why.clone() }</small>
                                    }
                                </td>
                                {
                                    match r {
                                        Ok(o) => html! { <>
                                            <td data-label={ctx.t(T::Upgrades)}>{ o.upgrades.len() }</td>
                                            <td class="num" data-label={ctx.t(T::Total)}>{ fmt.money(&o.total) }</td>
                                            <td class="num diff" data-label={ctx.t(T::Difference)}>{ base_total.map(|t| {
                                                let d = o.total - t;
                                                if d.is_zero() { "—".to_string() } else if d.is_sign_positive() { format!("+{}", fmt.money(&d)) } else { fmt.money(&d) }
                                            }).unwrap_or_default() }</td>
                                        </> },
                                        Err(e) => html! { <td colspan="3" class="error">{ e.first().map(|e| tierwise_app::messages::error_text(ctx.lang, fmt.as_ref(), e)).unwrap_or_default() }</td> },
                                    }
                                }
                            </tr>
                        }
                    </tbody>
                </table>
            }
        </section>
    }
}
