//! "Check a real bill": import a usage history, paste the invoice's charges,
//! see each one matched, differing (and why) or missing, and try every
//! assumption. All reading and checking is the engine's; this is the adapter.

use std::rc::Rc;

use rust_decimal::Decimal;
use web_sys::{DragEvent, HtmlTextAreaElement};
use yew::prelude::*;

use crate::browser;
use crate::context::Ctx;
use crate::intl::FmtHandle;
use tierwise_app::catalogue::{Arg, Lang, T};
use tierwise_app::messages::error_text;
use tierwise_app::state::{Action, Edit, Notice};
use tierwise_app::text::{combination_text, explanation};
use tierwise_engine::audit::{ChargeStatus, Combination};
use tierwise_engine::format::{history_csv, invoice_text};
use tierwise_engine::outcome::Outcome;
use tierwise_engine::scenario::{InvoiceCharge, Scenario};
use tierwise_engine::{self as engine, money};

/// Props of [`AuditPanel`].
#[derive(Properties, PartialEq)]
pub struct AuditPanelProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// Its result, when it simulates.
    pub outcome: Option<Rc<Outcome>>,
    /// Open at first.
    #[prop_or_default]
    pub open: bool,
}

/// The invoice charges as the text box shows them.
fn charges_text(charges: &[InvoiceCharge]) -> String {
    charges
        .iter()
        .map(|c| format!("{}, {}", c.date, c.amount))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a history file and sends it to the reducer, or reports each bad line.
fn import_history(
    file: web_sys::File,
    dispatch: Callback<Action>,
    errors: UseStateHandle<Vec<String>>,
    lang: Lang,
    fmt: FmtHandle,
) {
    wasm_bindgen_futures::spawn_local(async move {
        let name = file.name();
        let result = match browser::file_text(file).await {
            Ok(text) => history_csv::parse(&text).map_err(|e| {
                e.iter()
                    .take(20)
                    .map(|e| error_text(lang, fmt.0.as_ref(), e))
                    .collect::<Vec<_>>()
            }),
            Err(why) => Err(vec![why]),
        };
        match result {
            Ok(rows) => {
                errors.set(Vec::new());
                let n = rows.len();
                dispatch.emit(Action::Edit(Edit::History(rows)));
                dispatch.emit(Action::Notice(
                    Notice::info(T::HistoryImported, &[("name", &name)])
                        .map(|m| m.with_count("rows", n)),
                ));
            }
            Err(mut lines) => {
                lines.insert(
                    0,
                    tierwise_app::catalogue::tf(lang, T::HistoryRejected, &[("name", &name)]),
                );
                errors.set(lines);
            }
        }
    });
}

/// The panel.
#[component]
pub fn AuditPanel(props: &AuditPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    let lang = ctx.lang;
    let s = &props.scenario;
    let open = use_state(|| props.open);
    {
        // A scenario with a history or an invoice that arrives after the
        // page started (a link being read, a file, a saved session) opens
        // the panel; one without them leaves it as the person left it.
        let open = open.clone();
        use_effect_with(props.open, move |wanted| {
            if *wanted {
                open.set(true);
            }
        });
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let history_errors = use_state(Vec::<String>::new);
    let invoice_errors = use_state(Vec::<String>::new);
    let text = use_state(|| charges_text(&s.invoice));
    let dragging = use_state(|| false);
    {
        // Undo, redo or an opened file change the invoice: show theirs, unless
        // the box already reads as that invoice.
        let text = text.clone();
        use_effect_with(s.invoice.clone(), move |invoice| {
            let shown = invoice_text::parse(&text).unwrap_or_default();
            if &shown != invoice {
                text.set(charges_text(invoice));
            }
        });
    }
    // "Try every assumption" answers for the scenario it was asked about.
    let found = use_state(|| None::<(Rc<Scenario>, Vec<Combination>)>);

    let on_file = {
        let dispatch = ctx.dispatch.clone();
        let errors = history_errors.clone();
        let fmt = ctx.fmt.clone();
        Callback::from(move |e: Event| {
            if let Some(file) = browser::chosen_file(&e) {
                import_history(file, dispatch.clone(), errors.clone(), lang, fmt.clone());
            }
        })
    };
    let on_drop = {
        let dispatch = ctx.dispatch.clone();
        let errors = history_errors.clone();
        let fmt = ctx.fmt.clone();
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(file) = e
                .data_transfer()
                .and_then(|d| d.files())
                .and_then(|f| f.get(0))
            {
                import_history(file, dispatch.clone(), errors.clone(), lang, fmt.clone());
            }
        })
    };
    let on_drag_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_drag_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let remove_history = ctx
        .dispatch
        .reform(|_: MouseEvent| Action::Edit(Edit::History(Vec::new())));

    let on_text = {
        let text = text.clone();
        Callback::from(move |e: InputEvent| {
            text.set(e.target_unchecked_into::<HtmlTextAreaElement>().value())
        })
    };
    let on_check = {
        let dispatch = ctx.dispatch.clone();
        let fmt = ctx.fmt.clone();
        let text = text.clone();
        let errors = invoice_errors.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match invoice_text::parse(&text) {
                // What the person pasted stays in the box as they wrote it.
                Ok(charges) => {
                    errors.set(Vec::new());
                    dispatch.emit(Action::Edit(Edit::Invoice(charges)));
                }
                Err(e) => {
                    let mut lines = vec![T::InvoiceRejected.text(lang).to_string()];
                    lines.extend(
                        e.iter()
                            .take(20)
                            .map(|e| error_text(lang, fmt.0.as_ref(), e)),
                    );
                    errors.set(lines);
                }
            }
        })
    };
    let on_clear = {
        let dispatch = ctx.dispatch.clone();
        let text = text.clone();
        let errors = invoice_errors.clone();
        Callback::from(move |_: MouseEvent| {
            text.set(String::new());
            errors.set(Vec::new());
            dispatch.emit(Action::Edit(Edit::Invoice(Vec::new())));
        })
    };
    let on_try = {
        let scenario = s.clone();
        let found = found.clone();
        Callback::from(move |_: MouseEvent| {
            let list = engine::try_every_assumption(&scenario).unwrap_or_default();
            found.set(Some((scenario.clone(), list)));
        })
    };
    let found_now = (*found)
        .as_ref()
        .filter(|(asked, _)| **asked == **s)
        .map(|(_, list)| list.clone());

    let history_summary = match (s.history.first(), s.history.last()) {
        (Some(first), Some(last)) => {
            let date = |d: &str| {
                engine::plan::parse_date(d, "")
                    .map(|d| fmt.date(d))
                    .unwrap_or_else(|_| d.to_string())
            };
            Some(ctx.say(
                T::HistorySummary,
                &[
                    ("rows", Arg::count(s.history.len() as u64)),
                    ("first", Arg::from(&date(&first.date))),
                    ("last", Arg::from(&date(&last.date))),
                ],
            ))
        }
        _ => None,
    };
    let audit = props.outcome.as_ref().and_then(|o| o.audit.clone());
    let currency = props
        .outcome
        .as_ref()
        .map(|o| o.currency.clone())
        .unwrap_or_default();
    let minor = Decimal::new(1, money::minor_units(&currency));
    let was_time = s.account.processing_time.clone();

    html! {
        <section class="card audit" aria-labelledby="audit-h" id="audit">
            <h2 id="audit-h">
                <button type="button" class="disclose" id="audit-toggle" aria-expanded={open.to_string()} aria-controls="audit-body" onclick={toggle}>
                    { if *open { "▾ " } else { "▸ " } }{ ctx.t(T::AuditH) }
                </button>
            </h2>
            <p class="hint">{ ctx.t(T::AuditHint) }</p>
            if *open {
            <div class="columns" id="audit-body">
            <div class="audit-inputs">
            <h3>{ ctx.t(T::HistoryH) }</h3>
            <div class={classes!("dropzone", dragging.then_some("over"))} id="history-drop"
                ondrop={on_drop} ondragover={on_drag_over} ondragleave={on_drag_leave}>
                <p>
                    { ctx.t(T::HistoryDrop) }
                    <label class="button" for="history-file">{ ctx.t(T::HistoryChoose) }</label>
                    <input type="file" id="history-file" class="sr-only" accept=".csv,text/csv,text/plain" onchange={on_file} />
                </p>
                <small class="hint">{ ctx.t(T::HistoryHint) }</small>
            </div>
            if !history_errors.is_empty() {
                <div role="alert" id="history-errors">
                    <ul class="error-list">
                        for m in history_errors.iter() { <li>{ m.clone() }</li> }
                    </ul>
                </div>
            }
            if let Some(summary) = history_summary {
                <p id="history-summary">{ summary }{ " " }
                    <button type="button" id="history-remove" onclick={remove_history}>{ ctx.t(T::HistoryRemove) }</button>
                </p>
            }
            for (p, m) in ctx.errors.iter().filter(|(p, _)| p.starts_with("history")) {
                <small class="error" role="alert" data-path={p.to_string()}>{ m.to_string() }</small>
            }

            <h3>{ ctx.t(T::InvoiceH) }</h3>
            <form onsubmit={on_check}>
                <div class={classes!("field", (!invoice_errors.is_empty()).then_some("invalid"))}>
                    <label for="invoice-text">{ ctx.t(T::InvoiceLabel) }</label>
                    <textarea id="invoice-text" rows="4" spellcheck="false"
                        placeholder={"Mar 1, 2026  $800.00\nMar 25, 2026  $58.07"}
                        value={(*text).clone()} oninput={on_text} />
                </div>
                <p class="buttons">
                    <button type="submit" id="invoice-check">{ ctx.t(T::InvoiceCheck) }</button>
                    if !s.invoice.is_empty() {
                        <button type="button" id="invoice-clear" onclick={on_clear}>{ ctx.t(T::InvoiceClear) }</button>
                    }
                </p>
            </form>
            if !invoice_errors.is_empty() {
                <div role="alert" id="invoice-errors">
                    <ul class="error-list">
                        for m in invoice_errors.iter() { <li>{ m.clone() }</li> }
                    </ul>
                </div>
            }
            for (p, m) in ctx.errors.iter().filter(|(p, _)| p.starts_with("invoice")) {
                <small class="error" role="alert" data-path={p.to_string()}>{ m.to_string() }</small>
            }
            </div>
            <div class="audit-results">

            if let Some(a) = audit {
                <p id="audit-verdict" class={classes!("verdict", Some(if a.matches { "ok" } else { "off" }))} role="status">
                    { if a.matches { ctx.t(T::AuditMatches).to_string() } else {
                        let mut t = ctx.say(T::AuditSummary, &[
                            ("ok", Arg::count(a.charges.iter().filter(|c| c.status == ChargeStatus::Matches).count())),
                            ("n", Arg::count(a.charges.len())),
                        ]);
                        if !a.missing.is_empty() {
                            t.push_str(&ctx.say(T::AuditMissing, &[("missing", Arg::count(a.missing.len()))]));
                        }
                        t
                    } }
                </p>
                <div class="table-scroll">
                <table id="audit-table">
                    <thead><tr>
                        <th scope="col">{ ctx.t(T::Date) }</th>
                        <th scope="col" class="num">{ ctx.t(T::OnInvoice) }</th>
                        <th scope="col" class="num">{ ctx.t(T::Simulated) }</th>
                        <th scope="col">{ ctx.t(T::Verdict) }</th>
                    </tr></thead>
                    <tbody>
                        for c in a.charges.iter() {
                            <tr class={classes!("audit-row", Some(match c.status { ChargeStatus::Matches => "matches", ChargeStatus::Differs => "differs", ChargeStatus::NotSimulated => "not-simulated" }))} data-date={c.date.to_string()}>
                                <td>{ fmt.date(c.date) }</td>
                                <td class="num">{ fmt.money(&c.amount) }</td>
                                <td class="num">{ c.simulated.map(|v| fmt.money(&v)).unwrap_or_else(|| "—".into()) }</td>
                                <td>
                                    { match (c.status, c.difference) {
                                        (ChargeStatus::Matches, _) => html! { <strong>{ "✓ " }{ ctx.t(T::VerdictMatches) }</strong> },
                                        (ChargeStatus::Differs, Some(d)) => {
                                            let key = if d.abs() <= minor { T::VerdictRounding } else { T::VerdictDiffers };
                                            html! { <>
                                                <strong>{ "≠ " }{ ctx.tf(key, &[("diff", &fmt.money(&d))]) }</strong>
                                                <br /><small class="why">{ explanation(lang, &c.explained_by, &was_time) }</small>
                                            </> }
                                        }
                                        _ => html! { <>
                                            <strong>{ "? " }{ ctx.t(T::VerdictNotSimulated) }</strong>
                                            <br /><small class="why">{ explanation(lang, &c.explained_by, &was_time) }</small>
                                        </> },
                                    } }
                                </td>
                            </tr>
                        }
                        for m in a.missing.iter() {
                            <tr class="audit-row missing" data-date={m.date.to_string()}>
                                <td>{ fmt.date(m.date) }</td>
                                <td class="num">{ "—" }</td>
                                <td class="num">{ fmt.money(&m.amount) }</td>
                                <td><strong>{ "! " }{ ctx.t(T::VerdictMissing) }</strong></td>
                            </tr>
                        }
                    </tbody>
                </table>
                </div>
                <p>
                    <button type="button" id="try-all" onclick={on_try}>{ ctx.t(T::TryAll) }</button>
                    <small class="hint">{ " " }{ ctx.t(T::TryAllHint) }</small>
                </p>
                if let Some(list) = found_now {
                    <div id="try-all-results" role="status">
                        if list.is_empty() {
                            <p>{ ctx.t(T::TryAllNone) }</p>
                        } else {
                            <p>{ ctx.say(T::TryAllFound, &[("n", Arg::count(list.len()))]) }</p>
                            <ul class="combinations">
                                for c in list.iter() {
                                    <li>
                                        <span>{ combination_text(lang, c) }</span>{ " " }
                                        <button type="button" class="use-combination" onclick={ctx.dispatch.reform({ let c = *c; move |_: MouseEvent| Action::Edit(Edit::Combination(c)) })}>{ ctx.t(T::UseThese) }</button>
                                    </li>
                                }
                            </ul>
                        }
                    </div>
                }
            }
            </div>
            </div>
            }
        </section>
    }
}
