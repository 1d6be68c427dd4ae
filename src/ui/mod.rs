//! The browser app (wasm32 only): thin Yew components over the engine and
//! the plain-Rust state in [`crate::app`]. Everything is recomputed in the
//! page on every edit; nothing is sent anywhere.

pub mod components;
pub mod intl;

use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::NaiveDate;
use wasm_bindgen::{closure::Closure, JsCast};
use yew::prelude::*;

use crate::app::state::{default_scenario, Action, State};
use crate::engine::{self, outcome::Outcome, Error};
use components::{
    account::AccountForm, assumptions::AssumptionsPanel, chart::UsageChart, compare::Compare,
    figures::Figures, ledger::Ledger, timeline::Timeline,
};
use intl::{Fmt, FmtHandle};

/// What every component may use: formatting, the dispatcher, and the
/// current errors by field path.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// Locale formatting.
    pub fmt: FmtHandle,
    /// Sends an action to the reducer.
    pub dispatch: Callback<Action>,
    /// Engine errors by field path (`events[2].count`).
    pub errors: Rc<BTreeMap<String, String>>,
}

impl Ctx {
    /// The error about a field path, if any.
    pub fn error(&self, path: &str) -> Option<AttrValue> {
        self.errors.get(path).map(|m| AttrValue::from(m.clone()))
    }
}

/// The reducer's state, as Yew needs it.
#[derive(PartialEq)]
pub struct Store(pub State);

impl Reducible for Store {
    type Action = Action;
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(Store(self.0.apply(action)))
    }
}

/// Today in the viewer's calendar.
pub fn today() -> NaiveDate {
    let d = js_sys::Date::new_0();
    NaiveDate::from_ymd_opt(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_default()
}

/// The outcome of a scenario, or every error in it.
pub fn evaluate(s: &engine::Scenario) -> Result<Rc<Outcome>, Vec<Error>> {
    match engine::simulate(s) {
        Ok(o) => Ok(Rc::new(o)),
        Err(first) => {
            let mut all = engine::check(s);
            if all.is_empty() {
                all.push(first);
            }
            Err(all)
        }
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A scenario to start from instead of the default.
    #[prop_or_default]
    pub initial: Option<engine::Scenario>,
}

/// The app's root.
#[component]
pub fn App(props: &AppProps) -> Html {
    let store = use_reducer(|| {
        let today = today();
        Store(State::new(
            props
                .initial
                .clone()
                .unwrap_or_else(|| default_scenario(today)),
            today,
        ))
    });
    let state = &store.0;
    let scenario = state.scenario().clone();
    let result = use_memo(scenario.clone(), evaluate);
    // The last valid outcome stays on screen while a field is being fixed.
    let last_good = use_mut_ref(|| None::<Rc<Outcome>>);
    if let Ok(o) = &*result {
        *last_good.borrow_mut() = Some(o.clone());
    }
    let shown = last_good.borrow().clone();
    let errors = Rc::new(match &*result {
        Ok(_) => BTreeMap::new(),
        Err(list) => list
            .iter()
            .map(|e| (e.path.clone(), e.message.clone()))
            .collect::<BTreeMap<_, _>>(),
    });
    let currency = shown
        .as_ref()
        .map_or("USD".to_string(), |o| o.currency.clone());
    let minor = crate::engine::money::minor_units(&currency);
    let fmt = use_memo(
        (currency, scenario.account.timezone.clone()),
        move |(c, z)| FmtHandle(Rc::new(Fmt::new(&intl::browser_locale(), c, minor, z))),
    );
    let dispatch = {
        let store = store.clone();
        Callback::from(move |a: Action| store.dispatch(a))
    };
    {
        // Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo (outside text fields
        // the browser's own undo does nothing useful).
        let dispatch = dispatch.clone();
        use_effect_with((), move |_| {
            let handler =
                Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
                    if !(e.ctrl_key() || e.meta_key()) {
                        return;
                    }
                    let in_text = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                        .is_some_and(|i| matches!(i.type_().as_str(), "text" | "search"));
                    if in_text {
                        return;
                    }
                    match (e.key().to_lowercase().as_str(), e.shift_key()) {
                        ("z", false) => {
                            e.prevent_default();
                            dispatch.emit(Action::Undo);
                        }
                        ("z", true) | ("y", _) => {
                            e.prevent_default();
                            dispatch.emit(Action::Redo);
                        }
                        _ => {}
                    }
                });
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("keydown", handler.as_ref().unchecked_ref());
            }
            move || {
                if let Some(w) = window {
                    let _ = w.remove_event_listener_with_callback(
                        "keydown",
                        handler.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }
    let ctx = Ctx {
        fmt: (*fmt).clone(),
        dispatch: dispatch.clone(),
        errors: errors.clone(),
    };
    let undo = dispatch.reform(|_: MouseEvent| Action::Undo);
    let redo = dispatch.reform(|_: MouseEvent| Action::Redo);
    let stale = result.is_err();
    let unplaced: Vec<(String, String)> = match &*result {
        Err(list) => list
            .iter()
            .map(|e| (e.path.clone(), e.message.clone()))
            .collect(),
        Ok(_) => Vec::new(),
    };
    let thresholds: Vec<u32> = scenario
        .assumptions
        .notify_at
        .iter()
        .filter_map(|&p| u32::try_from(p).ok())
        .collect();

    html! {
        <ContextProvider<Ctx> context={ctx}>
            <header class="top">
                <div class="brand">
                    <h1>{ "Tierwise" }</h1>
                    <p class="tagline">{ "What will your marketing-contacts bill be, and when?" }</p>
                </div>
                <nav class="history" aria-label="Edit history">
                    <button type="button" onclick={undo} disabled={!state.can_undo()} title="Undo (Ctrl+Z)">{ "↶ Undo" }</button>
                    <button type="button" onclick={redo} disabled={!state.can_redo()} title="Redo (Ctrl+Shift+Z)">{ "↷ Redo" }</button>
                </nav>
            </header>
            <Compare branches={state.branches.clone()} active={state.active} />
            if stale {
                <div class="banner error" role="alert" id="errors">
                    <strong>{ "Some inputs need fixing. " }</strong>
                    { "The figures below are from the last valid scenario until then." }
                    <ul>
                        for (path, msg) in unplaced.iter() {
                            <li data-path={path.clone()}>{ msg.clone() }</li>
                        }
                    </ul>
                </div>
            }
            if let Some(o) = shown.clone() {
                <Figures outcome={o.clone()} scenario={scenario.clone()} stale={stale} />
            }
            <div class="layout">
                <section class="inputs" aria-label="Scenario">
                    <AccountForm scenario={scenario.clone()} />
                    <Timeline scenario={scenario.clone()} outcome={shown.clone()} />
                    <AssumptionsPanel scenario={scenario.clone()} />
                </section>
                <section class={classes!("results", stale.then_some("stale"))} aria-label="Results">
                    if let Some(o) = shown {
                        <UsageChart outcome={o.clone()} thresholds={thresholds} />
                        <Ledger outcome={o.clone()} />
                        if !o.warnings.is_empty() {
                            <section class="card warnings" aria-label="Warnings">
                                <h2>{ "Notes and warnings" }</h2>
                                <ul>
                                    for w in o.warnings.iter() {
                                        <li class={format!("warning-{}", warning_code(&w.kind))}>{ w.message.clone() }</li>
                                    }
                                </ul>
                            </section>
                        }
                    }
                </section>
            </div>
            <footer class="foot">
                <p>{ "Runs entirely in your browser: nothing you enter is sent anywhere. The built-in prices are an example, not an official price list. Rules follow HubSpot's help article \"Understand marketing contacts billing\"." }</p>
            </footer>
        </ContextProvider<Ctx>>
    }
}

fn warning_code(kind: &crate::engine::outcome::WarningKind) -> String {
    serde_json::to_value(kind)
        .ok()
        .and_then(|v| v.get("code").and_then(|c| c.as_str()).map(str::to_string))
        .unwrap_or_default()
}

/// Mounts the app on the page body.
pub fn start() {
    console_error_panic_hook::set_once();
    yew::Renderer::<App>::new().render();
}
