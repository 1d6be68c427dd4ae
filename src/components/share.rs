//! Share, save, export, import and print: the toolbar, and the list of
//! scenarios saved in this browser.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::browser;
use crate::context::{Ctx, Good, Goods};
use tierwise_app::catalogue::{Arg, T};
use tierwise_app::export::{days_csv, ledger_csv};
use tierwise_app::share::{self, Packing};
use tierwise_app::state::{Action, Notice};
use tierwise_app::storage::{self, Saved};
use tierwise_engine::{self as engine, outcome::Outcome, Scenario};

/// Props of [`Toolbar`].
#[derive(Properties, PartialEq)]
pub struct ToolbarProps {
    /// The active scenario.
    pub scenario: Rc<Scenario>,
    /// The figures shown: its last scenario that simulated, and the outcome.
    pub shown: Option<Good>,
    /// True while the figures shown are not the active scenario's own.
    pub stale: bool,
    /// Every branch, which a link carries.
    pub branches: Vec<tierwise_app::state::Branch>,
    /// Every branch's figures: a link carries what they were computed from.
    pub goods: Goods,
    /// The branch being edited.
    pub active: usize,
}

fn file_stem(s: &Scenario) -> String {
    let name: String = s
        .name
        .clone()
        .unwrap_or_default()
        .chars()
        .map(|c| {
            // Letters and digits of any script stay; punctuation, spaces and
            // controls become dashes.
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let name = name.trim_matches('-').to_string();
    if name.is_empty() {
        "scenario".into()
    } else {
        name.chars().take(60).collect()
    }
}

/// Reads the saved list, setting a corrupt one aside.
pub fn read_saved(dispatch: &Callback<Action>) -> Vec<Saved> {
    let Some(text) = browser::load(storage::SAVED_KEY) else {
        return Vec::new();
    };
    match storage::read_saved(&text) {
        Ok(list) => list,
        Err(why) => {
            browser::store(&format!("{}saved", storage::CORRUPT_PREFIX), &text);
            browser::forget(storage::SAVED_KEY);
            let key = format!("{}saved", storage::CORRUPT_PREFIX);
            dispatch.emit(Action::Notice(Notice::error(
                T::SavedCorrupt,
                &[("why", &why), ("key", &key)],
            )));
            Vec::new()
        }
    }
}

/// The toolbar and saved scenarios.
#[component]
pub fn Toolbar(props: &ToolbarProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let dispatch = ctx.dispatch.clone();
    let lang = ctx.lang;
    // Read from local storage once mounted (the render reads no browser
    // state, so that the first screen can be prerendered).
    let saved = use_state(Vec::<Saved>::new);
    {
        let (dispatch, saved) = (dispatch.clone(), saved.clone());
        use_effect_with((), move |_| saved.set(read_saved(&dispatch)));
    }
    let renaming = use_state(|| None::<usize>);
    // On a narrow screen the tools are a menu behind one button.
    let menu = use_state(|| false);
    let toggle = {
        let menu = menu.clone();
        Callback::from(move |_: MouseEvent| menu.set(!*menu))
    };

    let on_share = {
        // A link promises only what it carries: what the figures on screen
        // were computed from. A branch with a slip shares its last scenario
        // that simulated, and the notice says so; one that never simulated
        // cannot be shared.
        let carried: Option<Vec<Rc<Scenario>>> = props
            .branches
            .iter()
            .zip(props.goods.iter())
            .map(|(_, g)| g.as_ref().map(|g| g.scenario.clone()))
            .collect();
        let behind = props.stale
            || props.branches.iter().zip(props.goods.iter()).any(|(b, g)| {
                g.as_ref()
                    .is_some_and(|g| !Rc::ptr_eq(&g.scenario, &b.scenario))
            });
        let active = props.active;
        let stem = file_stem(&props.scenario);
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(scenarios) = carried.clone() else {
                dispatch.emit(Action::Notice(Notice::error(T::LinkNothingYet, &[])));
                return;
            };
            let list: Vec<&Scenario> = scenarios.iter().map(|s| &**s).collect();
            let (version, json) = share::payload(&list, active);
            let dispatch = dispatch.clone();
            let stem = stem.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let fragment = match browser::compress(json.as_bytes()).await {
                    Some(z) => share::fragment(version, Packing::Deflate, &z),
                    None => share::fragment(version, Packing::Json, json.as_bytes()),
                };
                match browser::set_fragment(&fragment) {
                    Some(url) => {
                        browser::copy(&url);
                        // Too long for many mail programs: say so, and offer
                        // the same contents as a file.
                        let long = url.chars().count() > share::MAIL_SAFE;
                        let mut notice = if long {
                            Notice::error(T::LinkLong, &[])
                                .map(|m| m.with_count("n", url.chars().count()))
                        } else if behind {
                            Notice::info(T::LinkCopiedLastGood, &[])
                        } else {
                            Notice::info(T::LinkCopied, &[])
                        };
                        if let Some(n) = &mut notice {
                            n.link = Some(url);
                            if long {
                                n.file = Some((format!("{stem}.json"), json));
                            }
                        }
                        dispatch.emit(Action::Notice(notice));
                    }
                    None => dispatch.emit(Action::Notice(Notice::error(T::LinkFailed, &[]))),
                }
            });
        })
    };
    let persist = |list: &[Saved]| -> bool {
        browser::store(storage::SAVED_KEY, &storage::write_saved(list))
    };
    let on_save = {
        let scenario = props.scenario.clone();
        let saved = saved.clone();
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            let name = scenario
                .name
                .clone()
                .filter(|n| !n.trim().is_empty())
                .unwrap_or_else(|| T::Untitled.text(lang).into());
            let mut list = (*saved).clone();
            storage::upsert(
                &mut list,
                Saved {
                    name: name.clone(),
                    scenario: (*scenario).clone(),
                },
            );
            if persist(&list) {
                saved.set(list);
                dispatch.emit(Action::Notice(Notice::info(T::SavedAs, &[("name", &name)])));
            } else {
                dispatch.emit(Action::Notice(Notice::error(T::CannotSave, &[])));
            }
        })
    };
    let on_export = {
        let scenario = props.scenario.clone();
        Callback::from(move |_: MouseEvent| {
            let text = browser::indented(&share::scenario_json(&scenario));
            browser::download(
                &format!("{}.tierwise.json", file_stem(&scenario)),
                "application/json",
                &text,
            );
        })
    };
    let on_import = {
        let dispatch = dispatch.clone();
        let fmt = ctx.fmt.clone();
        Callback::from(move |e: Event| {
            let Some(file) = browser::chosen_file(&e) else {
                return;
            };
            let dispatch = dispatch.clone();
            let fmt = fmt.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let name = file.name();
                // A scenario file, or the file of several offered instead
                // of a long link.
                match browser::file_text(file)
                    .await
                    .and_then(|t| match engine::parse(&t) {
                        Ok(s) => Ok(share::Shared {
                            scenarios: vec![s],
                            active: 0,
                        }),
                        // A file of several branches says what is wrong in it.
                        Err(e) => share::read_shared(&t).map_err(|le| match le {
                            _ if !t.contains("\"branches\"") => {
                                tierwise_app::messages::error_text(lang, fmt.0.as_ref(), &e)
                            }
                            share::LinkError::Scenario(inner) => {
                                tierwise_app::messages::error_text(lang, fmt.0.as_ref(), &inner)
                            }
                            share::LinkError::Broken(why) => why.to_string(),
                            share::LinkError::Newer(_) => {
                                tierwise_app::messages::error_text(lang, fmt.0.as_ref(), &e)
                            }
                        }),
                    }) {
                    Ok(shared) => {
                        dispatch.emit(Action::OpenAll(shared.scenarios, shared.active));
                        dispatch.emit(Action::Notice(Notice::info(
                            T::OpenedFile,
                            &[("name", &name)],
                        )));
                    }
                    Err(why) => dispatch.emit(Action::Notice(Notice::error(
                        T::NotAScenario,
                        &[("name", &name), ("why", why.trim_end_matches('.'))],
                    ))),
                }
            });
        })
    };
    let csv = |kind: &'static str| {
        let outcome = props.shown.as_ref().map(|g| g.outcome.clone());
        // Figures that are not the scenario's own say so in their name.
        let stem = if props.stale {
            format!(
                "{}-{}",
                file_stem(&props.scenario),
                T::LastValidFile.text(lang)
            )
        } else {
            file_stem(&props.scenario)
        };
        Callback::from(move |_: MouseEvent| {
            if let Some(o) = &outcome {
                let (text, name) = if kind == "days" {
                    (days_csv(o), format!("{stem}-days.csv"))
                } else {
                    (ledger_csv(o), format!("{stem}-ledger.csv"))
                };
                browser::download(&name, "text/csv", &text);
            }
        })
    };
    let on_print = Callback::from(|_: MouseEvent| browser::print());

    html! {
        <section class={classes!("toolbar", menu.then_some("open"))} aria-label={ctx.t(T::ToolsH)}>
            <button type="button" class="tools-toggle" id="tools-toggle" aria-expanded={menu.to_string()} aria-controls="tools" onclick={toggle}>
                { ctx.t(T::ToolsMenu) }
            </button>
            <div class="tools" id="tools">
            <button type="button" id="share" onclick={on_share}>{ ctx.t(T::ShareLink) }</button>
            <button type="button" id="save" onclick={on_save}>{ ctx.t(T::Save) }</button>
            <button type="button" id="export-json" onclick={on_export}>{ ctx.t(T::ExportJson) }</button>
            // The file input comes first, so that its focus can ring the
            // label that shows it.
            <input type="file" id="import-json" class="sr-only" accept=".json,application/json" onchange={on_import} />
            <label class="button" for="import-json">{ ctx.t(T::ImportJson) }</label>
            <button type="button" id="csv-days" onclick={csv("days")} disabled={props.shown.is_none()}>{ ctx.t(T::DaysCsv) }</button>
            <button type="button" id="csv-ledger" onclick={csv("ledger")} disabled={props.shown.is_none()}>{ ctx.t(T::LedgerCsv) }</button>
            <button type="button" id="print" onclick={on_print}>{ ctx.t(T::PrintQuote) }</button>
            </div>
            if !saved.is_empty() {
                <details class="saved">
                    <summary>{ ctx.say(T::SavedScenarios, &[("n", Arg::count(saved.len()))]) }</summary>
                    <ul>
                        for (i, item) in saved.iter().enumerate() {
                            <li class="saved-item">
                                if *renaming == Some(i) {
                                    <input type="text" aria-label={ctx.t(T::NewName)} value={item.name.clone()} maxlength="200"
                                        onchange={{
                                            let saved = saved.clone();
                                            let renaming = renaming.clone();
                                            Callback::from(move |e: Event| {
                                                let name = e.target_unchecked_into::<HtmlInputElement>().value();
                                                let mut list = (*saved).clone();
                                                if !name.trim().is_empty() && i < list.len() {
                                                    let mut item = list.remove(i);
                                                    item.name = name.trim().to_string();
                                                    item.scenario.name = Some(item.name.clone());
                                                    storage::upsert(&mut list, item);
                                                    browser::store(storage::SAVED_KEY, &storage::write_saved(&list));
                                                    saved.set(list);
                                                }
                                                renaming.set(None);
                                            })
                                        }} />
                                } else {
                                    <span class="name">{ item.name.clone() }</span>
                                }
                                <button type="button" onclick={{
                                    let s = item.scenario.clone();
                                    dispatch.reform(move |_: MouseEvent| Action::Open(Box::new(s.clone())))
                                }}>{ ctx.t(T::Open) }</button>
                                <button type="button" onclick={{ let renaming = renaming.clone(); Callback::from(move |_: MouseEvent| renaming.set(Some(i))) }}>{ ctx.t(T::Rename) }</button>
                                <button type="button" onclick={{
                                    let saved = saved.clone();
                                    Callback::from(move |_: MouseEvent| {
                                        let mut list = (*saved).clone();
                                        if i < list.len() {
                                            list.remove(i);
                                            browser::store(storage::SAVED_KEY, &storage::write_saved(&list));
                                            saved.set(list);
                                        }
                                    })
                                }}>{ ctx.t(T::Delete) }</button>
                            </li>
                        }
                    </ul>
                </details>
            }
        </section>
    }
}

/// Props of [`Quote`].
#[derive(Properties, PartialEq)]
pub struct QuoteProps {
    /// The scenario quoted.
    pub scenario: Rc<Scenario>,
    /// Its outcome.
    pub outcome: Rc<Outcome>,
    /// True while an input has an error (the figures are the last good).
    #[prop_or_default]
    pub stale: bool,
    /// The day the quote is made.
    pub today: chrono::NaiveDate,
}

/// The prices a quote uses, when they are not the built-in example's: every
/// edition's, so that each charged price can be seen.
fn quote_prices(ctx: &Ctx, book: &tierwise_engine::scenario::PriceBookSpec) -> Vec<String> {
    use tierwise_app::text::edition_key;
    let fmt = &ctx.fmt.0;
    let amount = |t: &str| {
        t.parse::<rust_decimal::Decimal>()
            .map_or_else(|_| t.to_string(), |d| fmt.amount(&d))
    };
    let mut lines: Vec<String> = book
        .editions
        .iter()
        .map(|(edition, e)| {
            let mut line = ctx.say(
                T::QuotePriceLine,
                &[
                    ("edition", Arg::from(ctx.t(edition_key(*edition)))),
                    ("included", Arg::count(e.included)),
                    ("base", Arg::from(&amount(&e.base))),
                    ("size", Arg::count(e.pack_size)),
                    ("pack", Arg::from(&amount(&e.pack_price))),
                ],
            );
            for b in &e.bands {
                line.push_str(&ctx.say(
                    T::QuoteBandLine,
                    &[
                        ("from", Arg::count(b.from)),
                        ("pack", Arg::from(&amount(&b.pack_price))),
                    ],
                ));
            }
            line.push('.');
            line
        })
        .collect();
    if let Some(f) = book.monthly_term_factor.as_deref() {
        let factor = f
            .parse::<rust_decimal::Decimal>()
            .map_or_else(|_| f.to_string(), |d| fmt.decimal(&d));
        lines.push(ctx.tf(T::QuoteTermFactor, &[("factor", &factor)]));
    }
    lines
}

/// The printed quote's header: shown only when printing, above the chart and ledger.
#[component]
pub fn Quote(props: &QuoteProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = &ctx.fmt.0;
    use crate::components::timeline::kind_name;
    use tierwise_app::text::{edition_key, event_effect, term_key};
    use tierwise_engine::scenario::{Lines, MonthEnd, Proration, Rounding};
    let s = &props.scenario;
    let a = &s.account;
    let asm = &s.assumptions;
    // Said as the form says it: "Contract term: Annual · Billed: Monthly".
    let pair = |k: T, v: &str| format!("{}: {v}", ctx.t(k));
    let when = |d: Option<&str>| {
        let day =
            d.and_then(|d| tierwise_engine::plan::parse_date(d.get(..10).unwrap_or(d), "").ok());
        day.map_or_else(|| d.unwrap_or_default().to_string(), |d| fmt.date(d))
    };
    let edition = edition_key(a.edition);
    let count = |n: i64| fmt.count(n.max(0) as u64);
    let account = [
        pair(T::Edition, ctx.t(edition)),
        pair(T::ContractTerm, ctx.t(term_key(a.term))),
        pair(
            T::Billed,
            ctx.t(match a.billing.unwrap_or(a.term) {
                tierwise_engine::scenario::Term::Monthly => T::MonthlyAdverb,
                tierwise_engine::scenario::Term::Annual => T::Annually,
            }),
        ),
        pair(T::PurchaseDate, &when(Some(&a.start))),
        pair(
            T::CountsAsOf,
            &when(Some(a.as_of.as_deref().unwrap_or(&a.start))),
        ),
        pair(
            T::ProcessedAt,
            &format!("{} ({})", a.processing_time, a.timezone),
        ),
        pair(T::MarketingContacts, &count(s.contacts.marketing)),
        pair(T::NonMarketingContacts, &count(s.contacts.non_marketing)),
    ];
    // "75%" in English and Polish, "75 %" in Swedish.
    let notify: Vec<String> = asm
        .notify_at
        .iter()
        .map(|p| ctx.tf(T::Percent, &[("p", &p.to_string())]))
        .collect();
    let assumptions = [
        pair(
            T::ProrationLabel,
            ctx.t(match asm.proration {
                Proration::Daily => T::ProrationDaily,
                Proration::Seconds => T::ProrationSeconds,
                Proration::None => T::ProrationNone,
            }),
        ),
        pair(
            T::RoundingLabel,
            ctx.t(match asm.rounding {
                Rounding::HalfUp => T::HalfUp,
                Rounding::HalfEven => T::HalfEven,
            }),
        ),
        pair(
            T::LinesLabel,
            ctx.t(match asm.lines {
                Lines::Net => T::OneNetLine,
                Lines::CreditAndCharge => T::CreditAndCharge,
            }),
        ),
        pair(
            T::MonthEndLabel,
            ctx.t(match asm.month_end {
                MonthEnd::Clamp => T::Clamp,
                MonthEnd::Roll => T::Roll,
            }),
        ),
        pair(T::NotifyLabel, &notify.join(", ")),
    ];
    html! {
        <section class="quote" aria-hidden="true">
            <h2>{ ctx.tf(T::QuoteH, &[("name", &s.name.clone().unwrap_or_default())]) }</h2>
            <p>{ ctx.tf(T::QuoteDate, &[("date", &fmt.date(props.today))]) }</p>
            if props.stale {
                <p class="quote-stale"><strong>{ ctx.t(T::QuoteStale) }</strong></p>
            }
            if s.prices.is_none() {
                <p class="example-label">{ ctx.t(T::QuoteExample) }</p>
            }
            if let Some(book) = s.prices.as_ref().filter(|b| !b.example) {
                <h3>{ ctx.tf(T::QuotePrices, &[("book", book.name.as_deref().unwrap_or(ctx.t(T::CustomPrices)))]) }</h3>
                <ul class="quote-prices">
                    for line in quote_prices(&ctx, book) { <li>{ line }</li> }
                </ul>
            }
            <h3>{ ctx.t(T::Account) }</h3>
            <p>{ account.join(" · ") }</p>
            <h3>{ ctx.t(T::Assumptions) }</h3>
            <p>{ assumptions.join(" · ") }</p>
            <h3>{ ctx.t(T::Timeline) }</h3>
            <ol>
                for (i, e) in s.events.iter().enumerate().take(300) {
                    <li>{ format!("{} {} {}: {}", when(e.at.as_deref().or(e.from.as_deref())), ctx.t(kind_name(e.action)),
                        fmt.count(e.count.or(e.per_day).or(e.tier).unwrap_or(0).max(0) as u64), event_effect(i, e, Some(&props.outcome), fmt.as_ref(), ctx.lang)) }</li>
                }
                if s.events.len() > 300 { <li>{ format!("… +{}", s.events.len() - 300) }</li> }
            </ol>
            <p class="quote-total">{ format!("{}: {}", ctx.t(T::TotalHorizon), fmt.money(&props.outcome.total)) }</p>
        </section>
    }
}
