//! Cost over time and the invoice ledger, each line with an explanation
//! on demand; a long plan's ledger shows its first lines until asked for
//! all, and a print shows every line explained.

use std::rc::Rc;

use yew::prelude::*;

use crate::context::Ctx;
use tierwise_app::catalogue::{Arg, T};
use tierwise_app::chart::cost_path;
use tierwise_app::text::{conventions, description, formula, tier_price};
use tierwise_engine::outcome::{LineKind, Outcome};
use tierwise_engine::price_book::{self, EditionPrices, PriceBook};
use tierwise_engine::scenario::Scenario;

/// Props of [`Ledger`].
#[derive(Properties, PartialEq)]
pub struct LedgerProps {
    /// The outcome.
    pub outcome: Rc<Outcome>,
    /// The scenario it is the outcome of, for its prices.
    pub scenario: Rc<Scenario>,
}

/// The prices of a scenario's edition, for explanations.
fn edition_prices(s: &Scenario) -> Option<Rc<EditionPrices>> {
    let spec = s.prices.clone().unwrap_or_else(price_book::example);
    let book = PriceBook::from_spec(&spec, "prices").ok()?;
    book.editions.get(&s.account.edition).cloned().map(Rc::new)
}

fn kind_class(k: LineKind) -> &'static str {
    match k {
        LineKind::Recurring => "kind-recurring",
        LineKind::Proration => "kind-prorated-upgrade",
        LineKind::Credit => "kind-credit",
        LineKind::Charge => "kind-upgrade-charge",
    }
}

fn kind_name(k: LineKind) -> T {
    match k {
        LineKind::Recurring => T::LineRecurring,
        LineKind::Proration => T::LineProration,
        LineKind::Credit => T::LineCredit,
        LineKind::Charge => T::LineCharge,
    }
}

/// Lines the ledger shows until the person asks for all: two years of
/// monthly bills and their upgrades. A 19-year plan has hundreds of lines,
/// and drawing them all again on each keystroke is what made typing lag.
pub const FIRST_LINES: usize = 24;

/// The ledger.
#[component]
pub fn Ledger(props: &LedgerProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let o = &props.outcome;
    let open = use_state(Vec::<usize>::new);
    // One callback for the component's life, so unchanged lines skip rendering.
    let on_toggle = {
        let open = open.clone();
        use_callback(open.clone(), move |i: usize, _| {
            let mut s = (*open).clone();
            match s.iter().position(|&j| j == i) {
                Some(k) => {
                    s.swap_remove(k);
                }
                None => s.push(i),
            }
            open.set(s);
        })
    };
    let all = use_state(|| false);
    let printing = crate::hooks::use_printing();
    let total_lines = o.invoice_lines.len();
    let shown = if *all || printing {
        total_lines
    } else {
        total_lines.min(FIRST_LINES)
    };
    let all_button = use_node_ref();
    let on_all = {
        let all = all.clone();
        Callback::from(move |_: MouseEvent| all.set(!*all))
    };
    // Showing only the first lines again pulls the page up by the lines
    // taken away: keep the button the person pressed in view.
    {
        let button = all_button.clone();
        let first = use_mut_ref(|| true);
        use_effect_with(*all, move |_| {
            if !std::mem::replace(&mut *first.borrow_mut(), false) {
                if let Some(b) = button.cast::<web_sys::Element>() {
                    if b.get_bounding_client_rect().top() < 0.0 {
                        b.scroll_into_view_with_bool(false);
                    }
                }
            }
        });
    }
    let path = cost_path(o, 900.0, 160.0);
    let prices = use_memo(props.scenario.clone(), |s| edition_prices(s));
    html! {
        <section class="card ledger" aria-labelledby="ledger-h">
            <h2 id="ledger-h">{ ctx.t(T::CostH) }</h2>
            <div class="cost-chart">
                <div class="cost-y" aria-hidden="true"><span>{ fmt.money(&o.total) }</span><span>{ fmt.money(&rust_decimal::Decimal::ZERO) }</span></div>
                <svg class="cost" viewBox="0 0 900 160" preserveAspectRatio="none" role="img"
                    aria-label={ctx.tf(T::CostAria, &[("total", &fmt.money(&o.total))])}>
                    <path d={path} />
                </svg>
                <div class="cost-x" aria-hidden="true">
                    <span>{ o.days.first().map(|d| fmt.date(d.date)).unwrap_or_default() }</span>
                    <span>{ o.days.last().map(|d| fmt.date(d.date)).unwrap_or_default() }</span>
                </div>
            </div>
            <table>
                <caption>{ ctx.tf(T::InvoiceLines, &[("currency", &o.currency)]) }</caption>
                <thead><tr><th scope="col">{ ctx.t(T::Date) }</th><th scope="col">{ ctx.t(T::Kind) }</th><th scope="col" class="num">{ ctx.t(T::Amount) }</th><th scope="col"><span class="sr-only">{ ctx.t(T::Explain) }</span></th></tr></thead>
                <tbody>
                    for i in 0..shown {
                        <LineRows outcome={o.clone()} index={i} open={printing || open.contains(&i)} on_toggle={on_toggle.clone()} prices={(*prices).clone()} />
                    }
                </tbody>
                if total_lines > FIRST_LINES {
                    <tbody class="more-lines">
                        <tr><td colspan="4">
                            // A print from a browser that does not say it
                            // is printing (no `beforeprint`) says what it
                            // leaves out, rather than leave it out unsaid.
                            if shown < total_lines {
                                <span class="lines-shown">{ ctx.say(T::LedgerLinesShown, &[("shown", Arg::count(shown)), ("total", Arg::count(total_lines))]) }</span>
                            }
                            <button type="button" id="ledger-all" ref={all_button.clone()} aria-expanded={(*all).to_string()} onclick={on_all}>
                                { if *all {
                                    ctx.say(T::LedgerShowFirst, &[("n", Arg::count(FIRST_LINES))])
                                } else {
                                    ctx.say(T::LedgerShowAll, &[("n", Arg::count(total_lines))])
                                } }
                            </button>
                        </td></tr>
                    </tbody>
                }
                <tfoot><tr><th scope="row" colspan="2">{ ctx.t(T::TotalHorizon) }</th><td class="num total" id="ledger-total">{ fmt.money(&o.total) }</td><td></td></tr></tfoot>
            </table>
        </section>
    }
}

/// Props of [`LineRows`]: equal when the line itself is equal, so an edit
/// re-renders only the lines it changed (each line formats a dozen numbers
/// and dates through Intl).
#[derive(Properties)]
pub struct LineRowsProps {
    /// The outcome that holds the line.
    pub outcome: Rc<Outcome>,
    /// The line's position.
    pub index: usize,
    /// True when the explanation is shown.
    pub open: bool,
    /// Shows or hides the explanation of line `index`.
    pub on_toggle: Callback<usize>,
    /// The edition's prices, for the tier price in parts.
    pub prices: Option<Rc<EditionPrices>>,
}

impl PartialEq for LineRowsProps {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && self.open == other.open
            && self.on_toggle == other.on_toggle
            && self.prices == other.prices
            && self.outcome.invoice_lines.get(self.index)
                == other.outcome.invoice_lines.get(other.index)
    }
}

/// One invoice line and its explanation (shown on demand and in print).
#[component]
pub fn LineRows(props: &LineRowsProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let i = props.index;
    let Some(l) = props.outcome.invoice_lines.get(i) else {
        return html! {};
    };
    let onclick = props.on_toggle.reform(move |_: MouseEvent| i);
    html! {
        <>
        <tr class={classes!("line", Some(kind_class(l.kind)))} data-date={l.date.to_string()}>
            <td>{ fmt.date(l.date) }</td>
            <td>{ ctx.t(kind_name(l.kind)) }<div class="desc">{ description(l, fmt.as_ref(), ctx.lang) }</div></td>
            <td class="num amount">{ fmt.money(&l.amount) }</td>
            <td>
                <button type="button" class="explain-toggle" aria-expanded={props.open.to_string()} aria-controls={props.open.then(|| format!("explain-{i}"))}
                    {onclick}>{ if props.open { ctx.t(T::Hide) } else { ctx.t(T::Explain) } }</button>
            </td>
        </tr>
        // The explanation is drawn only when asked for (or printed).
        if props.open {
        <tr class="explain" id={format!("explain-{i}")}>
            <td colspan="4">
                <dl>
                    <dt class="rule">{ ctx.t(T::Rule) }</dt><dd class="rule">{ format!("SPEC {}: {}", l.explain.rule, if l.kind == LineKind::Recurring { ctx.t(T::RuleRecurring) } else { ctx.t(T::RuleProration) }) }</dd>
                    <dt>{ ctx.t(T::Formula) }</dt><dd class="formula">{ formula(l, fmt.as_ref(), ctx.lang) }</dd>
                    if let Some(p) = &props.prices {
                        <dt>{ ctx.t(T::TierPrice) }</dt>
                        <dd class="tier-price">
                            if let Some(from) = l.explain.proration.as_ref().map(|p| p.from_tier) {
                                { tier_price(p, from, fmt.as_ref(), ctx.lang) }<br />
                            }
                            { tier_price(p, l.explain.tier, fmt.as_ref(), ctx.lang) }
                        </dd>
                    }
                    <dt>{ ctx.t(T::BillingPeriod) }</dt><dd>{ ctx.tf(T::PeriodRange, &[("from", &fmt.date(l.explain.period_start)), ("to", &fmt.date(l.explain.period_end))]) }</dd>
                    <dt>{ ctx.t(T::AssumptionsUsed) }</dt><dd>{ conventions(l, ctx.lang) }</dd>
                </dl>
            </td>
        </tr>
        }
        </>
    }
}
