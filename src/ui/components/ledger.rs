//! Cost over time and the invoice ledger, each line with an explanation.

use std::collections::BTreeSet;
use std::rc::Rc;

use yew::prelude::*;

use crate::app::chart::cost_path;
use crate::app::text::{conventions, formula, Format};
use crate::engine::outcome::{LineKind, Outcome};
use crate::ui::Ctx;

/// Props of [`Ledger`].
#[derive(Properties, PartialEq)]
pub struct LedgerProps {
    /// The outcome.
    pub outcome: Rc<Outcome>,
}

fn kind_name(k: LineKind) -> &'static str {
    match k {
        LineKind::Recurring => "Recurring",
        LineKind::Proration => "Prorated upgrade",
        LineKind::Credit => "Credit",
        LineKind::Charge => "Upgrade charge",
    }
}

/// The ledger.
#[component]
pub fn Ledger(props: &LedgerProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let o = &props.outcome;
    let open = use_state(BTreeSet::<usize>::new);
    let (path, _) = cost_path(o, 900.0, 160.0);
    html! {
        <section class="card ledger" aria-labelledby="ledger-h">
            <h2 id="ledger-h">{ "Cost over time" }</h2>
            <svg class="cost" viewBox="0 0 900 160" preserveAspectRatio="none" role="img"
                aria-label={format!("Cumulative cost, reaching {}", fmt.money(&o.total))}>
                <path d={path} />
            </svg>
            <table>
                <caption>{ format!("Invoice lines ({})", o.currency) }</caption>
                <thead><tr><th scope="col">{ "Date" }</th><th scope="col">{ "Kind" }</th><th scope="col" class="num">{ "Amount" }</th><th scope="col"><span class="sr-only">{ "Explain" }</span></th></tr></thead>
                <tbody>
                    for (i, l) in o.invoice_lines.iter().enumerate() {
                        <tr class={classes!("line", format!("kind-{}", kind_name(l.kind).to_lowercase().replace(' ', "-")))} data-date={l.date.to_string()}>
                            <td>{ fmt.date(l.date) }</td>
                            <td>{ kind_name(l.kind) }<div class="desc">{ l.description.clone() }</div></td>
                            <td class="num amount">{ fmt.money(&l.amount) }</td>
                            <td>
                                <button type="button" class="explain-toggle" aria-expanded={open.contains(&i).to_string()} aria-controls={format!("explain-{i}")}
                                    onclick={{
                                        let open = open.clone();
                                        Callback::from(move |_: MouseEvent| {
                                            let mut s = (*open).clone();
                                            if !s.remove(&i) { s.insert(i); }
                                            open.set(s);
                                        })
                                    }}>{ if open.contains(&i) { "Hide" } else { "Explain" } }</button>
                            </td>
                        </tr>
                        <tr class={classes!("explain", (!open.contains(&i)).then_some("closed"))} id={format!("explain-{i}")}>
                            <td colspan="4">
                                <dl>
                                    <dt>{ "Rule" }</dt><dd>{ format!("SPEC {}: {}", l.explain.rule, if l.kind == LineKind::Recurring { "recurring charges are billed in advance at each period's start; after an upgrade every invoice uses the higher tier (R9)" } else { "an upgrade is charged the next day, prorated over the billing period" }) }</dd>
                                    <dt>{ "Formula" }</dt><dd class="formula">{ formula(l, fmt.as_ref()) }</dd>
                                    <dt>{ "Billing period" }</dt><dd>{ format!("{} to {}", fmt.date(l.explain.period_start), fmt.date(l.explain.period_end)) }</dd>
                                    <dt>{ "Assumptions used" }</dt><dd>{ conventions(l) }</dd>
                                </dl>
                            </td>
                        </tr>
                    }
                </tbody>
                <tfoot><tr><th scope="row" colspan="2">{ "Total over the horizon" }</th><td class="num total" id="ledger-total">{ fmt.money(&o.total) }</td><td></td></tr></tfoot>
            </table>
        </section>
    }
}
