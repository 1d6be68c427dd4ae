//! The analysis module: the advisor and the bill check, built as a module of
//! their own (`--features analysis`, `scripts/build-analysis.sh`) that the
//! page loads when one of them is first opened ([`super::on_demand`]).
//!
//! The page mounts it into an element of its own with [`mount`] and sends
//! every change with [`update`], as a [`View`]; what the panels change comes
//! back through the page's function as a [`Request`], so the page's reducer
//! (and its undo) stays the one owner of the scenario.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use yew::prelude::*;
use yew::AppHandle;

use super::components::{advisor::AdvisorPanel, audit::AuditPanel};
use super::intl::{browser_locale, Fmt, FmtHandle};
use super::on_demand::ensure_language;
use super::{evaluate, Ctx};
use crate::app::i18n::{self, error_text, Lang};
use crate::app::panels::{read_view, Panel, Request, View};
use crate::app::state::Action;
use crate::engine::{self, money};

/// Props of [`Analysis`].
#[derive(Properties, Clone, PartialEq)]
pub struct AnalysisProps {
    /// What the page shows.
    pub view: Rc<View>,
    /// Sends a request to the page, with the scenario it changes.
    pub send: Callback<(Request, Rc<engine::Scenario>)>,
}

/// Both panels, in the page's language and formats.
#[component]
pub fn Analysis(props: &AnalysisProps) -> Html {
    let view = &props.view;
    let scenario = view.scenario.clone();
    // The bill check's verdicts come with the outcome of a scenario that has
    // an invoice; without one, nothing here needs a simulation per edit.
    let outcome = use_memo(scenario.clone(), |s| {
        if s.invoice.is_empty() {
            None
        } else {
            evaluate(s).ok()
        }
    });
    let currency = match &(*outcome) {
        Some(o) => o.currency.clone(),
        None => scenario
            .prices
            .as_ref()
            .map_or_else(|| "USD".to_string(), |p| p.currency.clone()),
    };
    let minor = money::minor_units(&currency);
    let fmt = use_memo(
        (currency, scenario.account.timezone.clone(), view.lang),
        move |(c, z, l)| FmtHandle(Rc::new(Fmt::new(&l.locale(&browser_locale()), c, minor, z))),
    );
    // The scenario a request changes is the one shown when it is made.
    let latest = use_mut_ref(|| scenario.clone());
    *latest.borrow_mut() = scenario.clone();
    let dispatch = {
        let send = props.send.clone();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| {
                if let Some(r) = Request::from_action(&a) {
                    send.emit((r, latest.borrow().clone()));
                }
            })
        }))
        .clone()
    };
    // The person opened a panel before it loaded: focus follows it here.
    let open = view.open;
    use_effect_with((), move |_| {
        let id = match open {
            Some(Panel::Advisor) => "advisor-toggle",
            Some(Panel::BillCheck) => "audit-toggle",
            None => return,
        };
        // Within the module's own element: the page's placeholder, with the
        // same id, is still there for a moment.
        super::browser::focus(&format!("#analysis #{id}"));
    });
    let ctx = Ctx {
        fmt: (*fmt).clone(),
        dispatch,
        errors: Rc::new(view.errors.iter().cloned().collect()),
        lang: view.lang,
        drafts: Rc::default(),
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <AdvisorPanel scenario={scenario.clone()} valid={view.valid} open={open == Some(Panel::Advisor)} />
            <AuditPanel scenario={scenario} outcome={(*outcome).clone()} open={open == Some(Panel::BillCheck)} />
        </ContextProvider<Ctx>>
    }
}

thread_local! {
    static APP: RefCell<Option<(AppHandle<Analysis>, Sender)>> = const { RefCell::new(None) };
}

/// What sends the panels' requests to the page.
type Sender = Callback<(Request, Rc<engine::Scenario>)>;

/// Shows a view, once its language's texts are at hand.
fn show(view: View) {
    let lang = view.lang;
    if !i18n::has_texts(lang) {
        // The page loaded them before switching; this module has its own
        // copy of the tables, so it reads the same file (from the cache).
        wasm_bindgen_futures::spawn_local(async move {
            let view = match ensure_language(lang).await {
                Ok(()) => view,
                Err(_) => View {
                    lang: Lang::En,
                    ..view
                },
            };
            show(view);
        });
        return;
    }
    APP.with(|app| {
        if let Some((handle, send)) = app.borrow_mut().as_mut() {
            handle.update(AnalysisProps {
                view: Rc::new(view),
                send: send.clone(),
            });
        }
    });
}

/// Mounts both panels into `host`, showing `view` (JSON text from
/// `app::panels::write_view`); `send` receives each request as JSON text.
///
/// # Errors
/// A view that does not read.
#[wasm_bindgen]
pub fn mount(host: web_sys::Element, view: &str, send: js_sys::Function) -> Result<(), JsValue> {
    let view = read_view(view)
        .map_err(|e| JsValue::from_str(&error_text(Lang::En, &crate::app::text::Plain, &e)))?;
    let send: Sender = Callback::from(move |(r, s): (Request, Rc<engine::Scenario>)| {
        let _ = send.call1(&JsValue::NULL, &JsValue::from_str(&r.to_text(&s)));
    });
    // In English until the view's language has its texts (`show` loads them).
    let ready = i18n::has_texts(view.lang);
    let first = View {
        lang: if ready { view.lang } else { Lang::En },
        ..view.clone()
    };
    let handle = yew::Renderer::<Analysis>::with_root_and_props(
        host,
        AnalysisProps {
            view: Rc::new(first),
            send: send.clone(),
        },
    )
    .render();
    APP.with(|app| *app.borrow_mut() = Some((handle, send)));
    if !ready {
        show(view);
    }
    Ok(())
}

/// Shows a new view (the page changed).
///
/// # Errors
/// A view that does not read.
#[wasm_bindgen]
pub fn update(view: &str) -> Result<(), JsValue> {
    let view = read_view(view)
        .map_err(|e| JsValue::from_str(&error_text(Lang::En, &crate::app::text::Plain, &e)))?;
    show(view);
    Ok(())
}
