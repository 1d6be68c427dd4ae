//! The advisor panel (issue 8): the user's questions in, the engine's answers
//! out as sentences from [`tierwise_app::advice_text`]. Closed by default; when
//! open it answers after the main figures have painted and, for an edit, once
//! typing pauses, so typing stays fast; answers to an earlier edit are marked
//! as updating meanwhile.

use std::rc::Rc;

use gloo_timers::future::TimeoutFuture;
use yew::prelude::*;

use super::answers::Answers;
use super::inputs::{NumberField, Select, TextField};
use crate::context::Ctx;
use tierwise_app::advice_text as say;
use tierwise_app::catalogue::T;
use tierwise_app::messages::{error_detail, error_text};
use tierwise_engine::advisor::{advise_in_steps, Advisor, Questions};
use tierwise_engine::scenario::Scenario;
use tierwise_engine::{price_book, Error};

/// Props of [`AdvisorPanel`].
#[derive(Properties, PartialEq)]
pub struct AdvisorPanelProps {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// True when the scenario simulates.
    pub valid: bool,
    /// Open at first (the person asked for it while it loaded).
    #[prop_or_default]
    pub open: bool,
}

/// How long the advisor waits for typing to pause before answering an edit
/// (its answers to a long plan take longer than a keystroke; answering each
/// one would hold up the next). Opening the panel answers at once.
const TYPING_PAUSE_MS: u32 = 180;

/// Answers and what they answer: a scenario and the questions asked of it.
struct Answered {
    scenario: Rc<Scenario>,
    questions: Questions,
    result: Result<Advisor, Error>,
}

impl Answered {
    /// True when the answers are for this scenario and these questions.
    fn answers(&self, scenario: &Rc<Scenario>, questions: &Questions) -> bool {
        (Rc::ptr_eq(&self.scenario, scenario) || self.scenario == *scenario)
            && self.questions == *questions
    }
}

/// A callback that changes one question.
fn edit<V: 'static>(
    questions: &UseStateHandle<Questions>,
    f: fn(&mut Questions, V),
) -> Callback<V> {
    let questions = questions.clone();
    Callback::from(move |v: V| {
        let mut q = (*questions).clone();
        f(&mut q, v);
        questions.set(q);
    })
}

/// The panel.
#[component]
pub fn AdvisorPanel(props: &AdvisorPanelProps) -> Html {
    let ctx = use_context::<Ctx>().expect("context");
    let fmt = ctx.fmt.0.clone();
    let lang = ctx.lang;
    let open = use_state(|| props.open);
    let questions = use_state(Questions::default);
    let percent = use_state(|| false);
    let answer = use_state(|| None::<Rc<Answered>>);
    let generation = use_mut_ref(|| 0u64);
    let was_open = use_mut_ref(|| false);
    {
        let answer = answer.clone();
        let generation = generation.clone();
        use_effect_with(
            (
                props.scenario.clone(),
                (*questions).clone(),
                *open,
                props.valid,
            ),
            move |(scenario, q, open, valid)| {
                *generation.borrow_mut() += 1;
                let mine = *generation.borrow();
                // An edit while the panel is open waits for typing to pause.
                let edited = std::mem::replace(&mut *was_open.borrow_mut(), *open) && *open;
                if *open && *valid {
                    let (scenario, q) = (scenario.clone(), q.clone());
                    wasm_bindgen_futures::spawn_local(async move {
                        crate::browser::after_paint().await;
                        if edited {
                            TimeoutFuture::new(TYPING_PAUSE_MS).await;
                        }
                        if *generation.borrow() != mine {
                            return; // a newer edit will answer
                        }
                        let answered = |result| {
                            Some(Rc::new(Answered {
                                scenario: scenario.clone(),
                                questions: q.clone(),
                                result,
                            }))
                        };
                        let (mut answers, search) = match advise_in_steps(&scenario, &q) {
                            Ok(x) => x,
                            Err(e) => {
                                answer.set(answered(Err(e)));
                                return;
                            }
                        };
                        answer.set(answered(Ok(answers.clone())));
                        // The timing search, a slice of about 30 ms at a time,
                        // so typing and scrolling stay smooth on big scenarios.
                        let Some(mut search) = search else { return };
                        loop {
                            TimeoutFuture::new(0).await;
                            if *generation.borrow() != mine {
                                return;
                            }
                            let started = js_sys::Date::now();
                            let mut more = true;
                            while more && js_sys::Date::now() - started < 30.0 {
                                more = match search.step() {
                                    Ok(m) => m,
                                    Err(e) => {
                                        answer.set(answered(Err(e)));
                                        return;
                                    }
                                };
                            }
                            if !more {
                                break;
                            }
                        }
                        answers.timing = Some(search.finish());
                        answer.set(answered(Ok(answers)));
                    });
                }
            },
        );
    }
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    let growth_text = use_state(String::new);
    let growth_error = use_state(|| None::<T>);
    // The growth field keeps what was typed; the questions get what parses.
    let apply_growth = {
        let questions = questions.clone();
        let growth_error = growth_error.clone();
        move |text: &str, percent: bool| {
            let mut q = (*questions).clone();
            q.growth_per_day = None;
            q.growth_percent_per_month = None;
            growth_error.set(None);
            let t = text.trim();
            if !t.is_empty() {
                if percent {
                    q.growth_percent_per_month =
                        Some(t.trim_end_matches('%').trim().replace(',', "."));
                } else {
                    match crate::components::inputs::parse_count(t) {
                        Ok(n) => q.growth_per_day = Some(n),
                        Err(e) => growth_error.set(Some(e)),
                    }
                }
            }
            questions.set(q);
        }
    };
    let on_growth = {
        let growth_text = growth_text.clone();
        let percent = percent.clone();
        let apply = apply_growth.clone();
        Callback::from(move |v: String| {
            apply(&v, *percent);
            growth_text.set(v);
        })
    };
    let on_unit = {
        let growth_text = growth_text.clone();
        let percent = percent.clone();
        let apply = apply_growth.clone();
        Callback::from(move |unit: String| {
            let to_percent = unit == "percent";
            percent.set(to_percent);
            apply(&growth_text, to_percent);
        })
    };
    let answered = (*answer).clone();
    // Answers to an earlier edit stay on screen, marked, until the new ones
    // are computed (after the figures have painted).
    let current = answered
        .as_ref()
        .is_some_and(|a| a.answers(&props.scenario, &questions));
    let result = answered.as_ref().map(|a| &a.result);
    let error_at = |path: &str| -> Option<AttrValue> {
        match result {
            Some(Err(e)) if e.path() == path => Some(error_detail(lang, fmt.as_ref(), e).into()),
            _ => None,
        }
    };
    let until = tierwise_engine::plan::parse_date(&props.scenario.until, "").unwrap_or_default();
    let factor = props
        .scenario
        .prices
        .clone()
        .unwrap_or_else(price_book::example)
        .monthly_term_factor
        .and_then(|f| f.parse().ok())
        .map_or_else(|| "1".into(), |f| fmt.decimal(&f));

    html! {
        <section class="card advisor" aria-labelledby="advisor-h" id="advisor">
            <h2 id="advisor-h">
                <button type="button" class="disclose" id="advisor-toggle" aria-expanded={open.to_string()} aria-controls="advisor-body" onclick={toggle}>
                    { if *open { "▾ " } else { "▸ " } }{ ctx.t(T::AdvisorH) }
                </button>
            </h2>
            <p class="hint">{ ctx.t(T::AdvisorHint) }</p>
            if *open {
            <div id="advisor-body">
                <div class="row">
                    <TextField id="adv-growth" label={ctx.t(T::AdvGrowth)} kind="text" value={(*growth_text).clone()}
                        error={growth_error.map(|k| AttrValue::from(ctx.t(k))).or_else(|| error_at("advisor.growth_per_day")).or_else(|| error_at("advisor.growth_percent_per_month"))}
                        onchange={on_growth} />
                    <Select id="adv-growth-unit" label={ctx.t(T::AdvGrowthUnit)} value={if *percent { "percent" } else { "per_day" }} onchange={on_unit} hint={ctx.t(T::AdvGrowthHint)}
                        options={vec![(AttrValue::from("per_day"), AttrValue::from(ctx.t(T::AdvPerDay))), (AttrValue::from("percent"), AttrValue::from(ctx.t(T::AdvPercent)))]} />
                </div>
                <div class="row">
                    <NumberField id="adv-import" label={ctx.t(T::AdvImport)} value={questions.import.or(Some(tierwise_engine::advisor::planned_import(&props.scenario) as i64))}
                        error={error_at("advisor.import")} onchange={edit(&questions, |q, v| q.import = v)} />
                    <NumberField id="adv-cap" label={ctx.t(T::AdvCap)} value={questions.cap} optional=true
                        placeholder={result.and_then(|r| r.as_ref().ok()).map(|a| a.tier.to_string()).unwrap_or_default()}
                        error={error_at("advisor.cap")} onchange={edit(&questions, |q, v| q.cap = v)} />
                </div>
                <div class="row">
                    <TextField id="adv-from" label={ctx.t(T::AdvWindowFrom)} kind="date" value={questions.window_from.clone().unwrap_or_default()}
                        error={error_at("advisor.window_from")} onchange={edit(&questions, |q, v: String| q.window_from = (!v.is_empty()).then_some(v))} />
                    <TextField id="adv-to" label={ctx.t(T::AdvWindowTo)} kind="date" value={questions.window_to.clone().unwrap_or_default()}
                        error={error_at("advisor.window_to")} onchange={edit(&questions, |q, v: String| q.window_to = (!v.is_empty()).then_some(v))} />
                </div>
                { match result {
                    _ if !props.valid => html! { <p class="hint" id="advisor-waiting">{ ctx.t(T::AdvisorWaiting) }</p> },
                    None => html! { <p class="hint" aria-busy="true">{ "…" }</p> },
                    Some(Err(e)) if !e.path().starts_with("advisor") => html! { <p class="error" role="alert">{ error_text(lang, fmt.as_ref(), e) }</p> },
                    Some(Err(_)) => html! {},
                    Some(Ok(a)) => html! {
                        <div class={classes!("answers", (!current).then_some("updating"))} aria-live="polite" aria-busy={(!current).to_string()}>
                            if !current {
                                <p class="hint updating" id="advisor-updating">{ ctx.t(T::AdvisorUpdating) }</p>
                            }
                            <Answers blocks={say::answers(a, &props.scenario.events, until, fmt.as_ref(), lang, &factor)} />
                        </div>
                    },
                } }
            </div>
            }
        </section>
    }
}
