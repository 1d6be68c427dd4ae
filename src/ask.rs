//! The help-center embed's "what does it cost me" page (`ask.html`), a
//! binary of its own (`src/bin/ask.rs`, built by `scripts/build-ask.sh`) so
//! that a help article never loads the whole calculator: a short
//! form, the answer in two or three sentences ([`tierwise_app::ask`]), one
//! small chart, and a link that opens the same scenario in the full
//! calculator. A field that does not read marks the answer as not current
//! and names the field; what was typed stays.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use super::components::inputs::{InlineInput, NumberField, Select};
use super::context::{Boot, Ctx};
use super::intl::page_format;
use super::language::ensure_language;
use tierwise_app::ask::{answer, Plan, Question};
use tierwise_app::catalogue::{Lang, T};
use tierwise_app::messages::error_detail;
use tierwise_app::share::{self, Packing};
use tierwise_app::state::{Action, Draft, Drafts};
use tierwise_app::text::{edition_key, term_and_billing};
use tierwise_engine::outcome::Outcome;
use tierwise_engine::scenario::{Edition, Term};

/// The fields that hold text that does not read, as the page's drafts.
#[derive(Default, PartialEq)]
struct Typed(Drafts);

impl Reducible for Typed {
    type Action = (String, Option<Draft>);
    fn reduce(self: Rc<Self>, (field, draft): Self::Action) -> Rc<Self> {
        let mut list = self.0.clone();
        list.retain(|(f, _)| *f != field);
        if let Some(d) = draft {
            list.push((field, d));
        }
        Rc::new(Typed(list))
    }
}

/// Props of [`Ask`].
#[derive(Properties, PartialEq)]
pub struct AskProps {
    /// What the browser said as the page started (or the prerender's).
    pub boot: Boot,
}

/// The question, its answer, the chart and the link.
#[component]
pub fn Ask(props: &AskProps) -> Html {
    let today = props.boot.today;
    let q = use_state(|| Question::example(today));
    let typed = use_reducer(Typed::default);
    let lang = use_state(|| Lang::EN);
    {
        let lang = lang.clone();
        let wanted = props.boot.lang;
        use_effect_with((), move |_| {
            if wanted != Lang::EN {
                wasm_bindgen_futures::spawn_local(async move {
                    if ensure_language(wanted).await.is_ok() {
                        lang.set(wanted);
                    }
                });
            }
        });
    }
    let lang = *lang;
    super::hooks::use_page_lang(lang);
    let locale = props.boot.locale.clone();
    let fmt = use_memo(lang, move |l| {
        page_format(
            &l.locale(&locale),
            "USD",
            2,
            tierwise_engine::zone::REGIONS[0].zone,
        )
    });
    let result = use_memo(((*q).clone(), lang), {
        let fmt = fmt.clone();
        move |(q, lang)| answer(q, today, fmt.0.as_ref(), *lang)
    });
    let errors: crate::context::TextMap = match &*result {
        Err(list) => list
            .iter()
            .map(|e| (e.path().to_string(), error_detail(lang, fmt.0.as_ref(), e)))
            .collect(),
        Ok(_) => Default::default(),
    };
    let dispatch = {
        let typed = typed.dispatcher();
        Callback::from(move |a: Action| {
            if let Action::Draft(field, draft) = a {
                typed.dispatch((field, draft));
            }
        })
    };
    let ctx = Ctx {
        fmt: (*fmt).clone(),
        dispatch,
        errors: Rc::new(errors),
        lang,
        drafts: Rc::new(typed.0.clone()),
    };
    let set = |f: fn(&mut Question, &str)| {
        let q = q.clone();
        Callback::from(move |v: String| {
            let mut next = (*q).clone();
            f(&mut next, &v);
            q.set(next);
        })
    };
    let set_count = |f: fn(&mut Question, i64)| {
        let q = q.clone();
        Callback::from(move |v: Option<i64>| {
            let mut next = (*q).clone();
            f(&mut next, v.unwrap_or(0));
            q.set(next);
        })
    };
    let t = |k: T| AttrValue::from(k.text(lang));
    let editions: Vec<(AttrValue, AttrValue)> =
        [Edition::Starter, Edition::Professional, Edition::Enterprise]
            .iter()
            .map(|e| (AttrValue::from(e.code()), t(edition_key(*e))))
            .collect();
    let terms = vec![
        (
            "annual-monthly".into(),
            t(term_and_billing(Term::Annual, Term::Monthly)),
        ),
        (
            "annual-annual".into(),
            t(term_and_billing(Term::Annual, Term::Annual)),
        ),
        (
            "monthly-monthly".into(),
            t(term_and_billing(Term::Monthly, Term::Monthly)),
        ),
    ];
    let term_value = format!("{}-{}", q.term.code(), q.billing.code());
    let plans = vec![
        ("import".into(), t(T::AskPlanImport)),
        ("clean".into(), t(T::AskPlanClean)),
    ];
    let stale = !typed.0.is_empty() || result.is_err();
    let scenario = q.scenario(today);
    let link = format!(
        "index.html#{}",
        share::fragment(1, Packing::Json, share::scenario_json(&scenario).as_bytes())
    );
    html! {
        <ContextProvider<Ctx> context={ctx.clone()}>
        <section class="ask" aria-labelledby="ask-h">
            <h1 id="ask-h">{ T::AskH.text(lang) }</h1>
            <p class="hint">{ T::AskIntro.text(lang) }</p>
            <div class="ask-form">
                <Select id="ask-edition" label={t(T::Edition)} options={editions} value={AttrValue::from(q.edition.code())}
                    onchange={set(|q, v| q.edition = Edition::ALL.iter().copied().find(|e| e.code() == v).unwrap_or(q.edition))} />
                <Select id="ask-term" label={t(T::ContractTerm)} options={terms} value={AttrValue::from(term_value)}
                    onchange={set(|q, v| {
                        let (term, billing) = match v {
                            "annual-annual" => (Term::Annual, Term::Annual),
                            "monthly-monthly" => (Term::Monthly, Term::Monthly),
                            _ => (Term::Annual, Term::Monthly),
                        };
                        q.term = term;
                        q.billing = billing;
                    })} />
                <NumberField id="ask-marketing" label={t(T::AskMarketing)} value={Some(q.marketing)} error={ctx.error("contacts.marketing")}
                    onchange={set_count(|q, n| q.marketing = n)} />
                <NumberField id="ask-tier" label={t(T::AskTier)} value={Some(q.tier)} error={ctx.error("account.tier")}
                    onchange={set_count(|q, n| q.tier = n)} />
                <Select id="ask-plan" label={t(T::AskPlan)} options={plans} value={AttrValue::from(if q.plan == Plan::Import { "import" } else { "clean" })}
                    onchange={set(|q, v| q.plan = if v == "clean" { Plan::Clean } else { Plan::Import })} />
                <NumberField id="ask-count" label={t(T::AskCount)} value={Some(q.count)} error={ctx.error("events[0].count")}
                    onchange={set_count(|q, n| q.count = n)} />
                <div class="field">
                    <label for="ask-on">{ T::AskOn.text(lang) }</label>
                    <InlineInput id="ask-on" label={t(T::AskOn)} class="ask-on" value={AttrValue::from(q.on.to_string())}
                        error={ctx.error("events[0].at").or_else(|| ctx.error("events[0]"))}
                        onchange={set(|q, v| if let Ok(d) = v.parse::<NaiveDate>() { q.on = d })} />
                </div>
            </div>
            if stale {
                <div class="banner error" role="alert" id="ask-errors">
                    <strong>{ T::AskFix.text(lang) }</strong>
                    if result.is_ok() { { " " }{ T::StaleFigures.text(lang) } }
                    <ul>
                        for (field, d) in typed.0.iter() {
                            <li><a href={format!("#{field}")}>{ d.label.clone() }</a>{ ": " }{ d.error.map(|e| e.text(lang)).unwrap_or_default() }</li>
                        }
                        if let Err(list) = &*result {
                            // A field being retyped shows what its new text
                            // lacks, not the error of the value it replaced.
                            for (id, name, e) in list.iter().map(|e| { let (id, name) = field_of(e.path()); (id, name, e) })
                                .filter(|(id, _, _)| id.is_none_or(|id| typed.0.iter().all(|(f, _)| f != id))) {
                                <li>
                                    if let (Some(id), Some(name)) = (id, name) {
                                        <a href={format!("#{id}")}>{ name.text(lang) }</a>{ ": " }{ error_detail(lang, fmt.0.as_ref(), e) }
                                    } else {
                                        { tierwise_app::messages::error_text(lang, fmt.0.as_ref(), e) }
                                    }
                                </li>
                            }
                        }
                    </ul>
                </div>
            }
            if let Ok(a) = &*result {
                <div class={classes!("ask-answer", stale.then_some("stale"))} id="ask-answer" aria-live="polite">
                    for s in a.sentences.iter() { <p>{ s.clone() }</p> }
                    <MiniChart outcome={Rc::new(a.outcome.clone())} label={t(T::AskChart)} />
                    <ul class="legend" aria-hidden="true">
                        <li class="k-billed">{ T::LegendBilled.text(lang) }</li>
                        <li class="k-tier">{ T::Tier.text(lang) }</li>
                    </ul>
                </div>
            }
            // Only what is on screen goes to the full calculator.
            if !stale {
                <p><a id="ask-open" href={link} target="_blank" rel="noopener">{ T::AskOpenFull.text(lang) }</a></p>
            }
        </section>
        </ContextProvider<Ctx>>
    }
}

/// The input and label of this form that an error's path is about.
fn field_of(path: &str) -> (Option<&'static str>, Option<T>) {
    match path {
        "contacts.marketing" => (Some("ask-marketing"), Some(T::AskMarketing)),
        "account.tier" => (Some("ask-tier"), Some(T::AskTier)),
        "events[0].count" => (Some("ask-count"), Some(T::AskCount)),
        "events[0].at" | "events[0]" => (Some("ask-on"), Some(T::AskOn)),
        _ => (None, None),
    }
}

/// Props of [`MiniChart`].
#[derive(Properties, PartialEq)]
struct MiniChartProps {
    outcome: Rc<Outcome>,
    label: AttrValue,
}

/// Billed contacts and the tier, day by day, as two lines: whole numbers
/// only (printing floats would pull core's float formatting into the
/// module).
#[component]
fn MiniChart(props: &MiniChartProps) -> Html {
    const W: u64 = 320;
    const H: u64 = 100;
    let days = &props.outcome.days;
    let top = days
        .iter()
        .map(|d| d.tier.max(d.billed))
        .max()
        .unwrap_or(1)
        .max(1)
        * 11
        / 10;
    let n = days.len().max(2) as u64 - 1;
    let points = |value: fn(&tierwise_engine::outcome::Day) -> u64| -> String {
        days.iter()
            .enumerate()
            .map(|(i, d)| format!("{},{}", i as u64 * W / n, H - value(d) * H / top))
            .collect::<Vec<_>>()
            .join(" ")
    };
    html! {
        <svg class="mini-chart" viewBox={format!("0 0 {W} {H}")} role="img" aria-label={props.label.clone()} preserveAspectRatio="none">
            <polyline class="tier" points={points(|d| d.tier)} />
            <polyline class="billed" points={points(|d| d.billed)} />
        </svg>
    }
}

/// Mounts the question on ask.html's `#ask` (the body where there is none).
pub fn start() {
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("ask"));
    let props = AskProps {
        boot: Boot::from_browser(),
    };
    if let Some(root) = &root {
        crate::browser::clear_first_screen(root);
    }
    match root {
        Some(root) => yew::Renderer::<Ask>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<Ask>::with_props(props).render(),
    };
}
