//! What the first screen does not need, loaded when first used, from the
//! app's own origin: the advisor and the bill check (a module of their own,
//! `dist/analysis/`), and the Swedish and Polish texts (`dist/lang/`).
//!
//! While a part loads, its panel says so; if it cannot load (offline, a
//! 404), the panel says that and offers to try again, and the rest of the
//! page keeps working.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::i18n::{self, Lang, T};
use crate::app::panels::{write_view, Panel, Request};
use crate::app::state::{Action, Notice};
use crate::engine::Scenario;
use crate::ui::Ctx;

#[wasm_bindgen(module = "/www/on_demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = loadModule, catch)]
    async fn load_module(part: &str, fallback: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(js_name = fetchText, catch)]
    async fn fetch_text(part: &str, fallback: &str) -> Result<JsValue, JsValue>;
}

/// Where the analysis module is when index.html does not say (the dev server).
const ANALYSIS: &str = "analysis/tierwise_analysis.js";

/// Why a load failed, in a few words ("Failed to fetch", "404 Not Found").
fn why(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| "unknown error".into())
}

/// Loads a language's texts if they are not at hand yet.
///
/// # Errors
/// Why the file could not be fetched or read.
pub async fn ensure_language(lang: Lang) -> Result<(), String> {
    if i18n::has_texts(lang) {
        return Ok(());
    }
    let part = format!("lang-{}", lang.code());
    let fallback = format!("lang/{}.json", lang.code());
    let text = fetch_text(&part, &fallback).await.map_err(|e| why(&e))?;
    i18n::install(lang, &text.as_string().unwrap_or_default())
}

thread_local! {
    /// The language asked for last: a slow file must not undo a later choice.
    static WANTED: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Switches the interface to `lang`, loading its texts first; if they cannot
/// load, the language stays and a notice says why. The last choice wins.
pub fn switch_language(lang: Lang, dispatch: Callback<Action>) {
    WANTED.with(|w| w.set(lang));
    if i18n::has_texts(lang) {
        dispatch.emit(Action::Lang(lang));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let result = ensure_language(lang).await;
        if WANTED.with(std::cell::Cell::get) != lang {
            return;
        }
        match result {
            Ok(()) => dispatch.emit(Action::Lang(lang)),
            Err(why) => dispatch.emit(Action::Notice(Notice::error(
                T::LanguageFailed,
                &[("language", lang.name()), ("why", &why)],
            ))),
        }
    });
}

/// A method of the loaded module.
fn method(module: &JsValue, name: &str) -> Result<js_sys::Function, String> {
    js_sys::Reflect::get(module, &JsValue::from_str(name))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .ok_or_else(|| format!("the module has no {name}"))
}

/// Where the analysis module stands.
#[derive(Clone, PartialEq)]
enum Load {
    /// Not asked for.
    Idle,
    /// On its way, to open this panel.
    Loading(Panel),
    /// It could not load.
    Failed(Panel, String),
    /// Mounted; its `update` function.
    Ready(js_sys::Function),
}

/// Props of [`AnalysisSlot`].
#[derive(Properties, PartialEq)]
pub struct AnalysisSlotProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// True when it simulates.
    pub valid: bool,
    /// Its errors, as (field path, text).
    pub messages: Rc<Vec<(String, String)>>,
}

/// The advisor and the bill check: their headings and a button each until
/// first opened, then the panels themselves, from the analysis module.
#[component]
pub fn AnalysisSlot(props: &AnalysisSlotProps) -> Html {
    let ctx = use_context::<Ctx>().expect("the app provides a context");
    let load = use_state(|| Load::Idle);
    // The module draws into `#analysis`, outside this app's root: each Yew
    // app handles the events under its own root, and two apps from two wasm
    // modules must not share one (their listener ids would collide).
    let host = use_memo((), |_| analysis_host());
    let start = {
        let load = load.clone();
        let host = host.clone();
        let dispatch = ctx.dispatch.clone();
        let scenario = props.scenario.clone();
        let (lang, valid, messages) = (ctx.lang, props.valid, props.messages.clone());
        Callback::from(move |panel: Panel| {
            if matches!(*load, Load::Loading(_) | Load::Ready(_)) {
                return;
            }
            load.set(Load::Loading(panel));
            let (load, host, dispatch) = (load.clone(), host.clone(), dispatch.clone());
            let view = write_view(&scenario, lang, valid, &messages, Some(panel));
            wasm_bindgen_futures::spawn_local(async move {
                let mounted = async {
                    let module = load_module("analysis", ANALYSIS)
                        .await
                        .map_err(|e| why(&e))?;
                    let send = Closure::<dyn Fn(String)>::new(move |text: String| {
                        if let Some(action) =
                            Request::from_text(&text).and_then(Request::into_action)
                        {
                            dispatch.emit(action);
                        }
                    })
                    .into_js_value();
                    let host: &JsValue = host.as_ref();
                    method(&module, "mount")?
                        .call3(&JsValue::NULL, host, &JsValue::from_str(&view), &send)
                        .map_err(|e| why(&e))?;
                    method(&module, "update")
                };
                load.set(match mounted.await {
                    Ok(update) => Load::Ready(update),
                    Err(why) => Load::Failed(panel, why),
                });
            });
        })
    };
    // A scenario that already has a history or an invoice opens the bill check.
    {
        let start = start.clone();
        let has_bill = !props.scenario.history.is_empty() || !props.scenario.invoice.is_empty();
        use_effect_with(has_bill, move |has| {
            if *has {
                start.emit(Panel::BillCheck);
            }
        });
    }
    // Every change reaches the mounted panels; until they are mounted, no
    // view is written (an edit's render does not serialize the scenario).
    {
        let deps = (
            props.scenario.clone(),
            ctx.lang,
            props.valid,
            props.messages.clone(),
            (*load).clone(),
        );
        use_effect_with(deps, |(scenario, lang, valid, messages, load)| {
            if let Load::Ready(update) = load {
                let view = write_view(scenario, *lang, *valid, messages, None);
                let _ = update.call1(&JsValue::NULL, &JsValue::from_str(&view));
            }
        });
    }
    if let Load::Ready(_) = &*load {
        return html! {};
    }
    let card = |panel: Panel, id: &'static str, heading: T, hint: T, loading: T| {
        let busy = matches!(&*load, Load::Loading(p) if *p == panel);
        let failed = match &*load {
            Load::Failed(p, why) if *p == panel => Some(why.clone()),
            _ => None,
        };
        let open = start.reform(move |_: MouseEvent| panel);
        html! {
            <section class={classes!("card", id)} aria-labelledby={format!("{id}-h")} id={id}>
                <h2 id={format!("{id}-h")}>
                    <button type="button" class="disclose" id={format!("{id}-toggle")} aria-expanded={busy.to_string()} onclick={open.clone()}>
                        { "▸ " }{ ctx.t(heading) }
                    </button>
                </h2>
                <p class="hint">{ ctx.t(hint) }</p>
                if busy {
                    <p class="hint loading" role="status" aria-busy="true">{ ctx.t(loading) }</p>
                }
                if let Some(why) = failed {
                    <p class="error" role="alert">
                        { ctx.tf(T::PartFailed, &[("part", ctx.t(heading)), ("why", &why)]) }{ " " }
                        <button type="button" class="retry" onclick={open}>{ ctx.t(T::TryAgain) }</button>
                    </p>
                }
            </section>
        }
    };
    html! {
        <>
            { card(Panel::Advisor, "advisor", T::AdvisorH, T::AdvisorHint, T::AdvisorLoading) }
            { card(Panel::BillCheck, "audit", T::AuditH, T::AuditHint, T::BillCheckLoading) }
        </>
    }
}

/// The element the analysis module draws into: index.html's `#analysis`,
/// after the app's root (made at the end of the body where there is none,
/// as in the wasm tests).
fn analysis_host() -> web_sys::Element {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("the app runs in a page");
    if let Some(el) = document.get_element_by_id("analysis") {
        return el;
    }
    let el = document
        .create_element("div")
        .expect("a document can create a div");
    el.set_id("analysis");
    el.set_class_name("below");
    if let Some(body) = document.body() {
        let _ = body.append_child(&el);
    }
    el
}
