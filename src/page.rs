//! The page: the app's root (its state, the hooks that keep it, the
//! context) and its layout (header, notices, figures, tools, inputs,
//! results, the advisor and the bill check).

use std::rc::Rc;

use chrono::NaiveDate;

use yew::prelude::*;

use tierwise_app::catalogue::{Lang, T};
use tierwise_app::field;
use tierwise_app::messages::{error_detail, warning_text};
use tierwise_app::state::{default_scenario, draft_of, Action, Notice, State};
use tierwise_app::storage;
use tierwise_engine as engine;

use crate::components::{
    account::AccountForm,
    advisor::AdvisorPanel,
    assumptions::AssumptionsPanel,
    audit::AuditPanel,
    chart::UsageChart,
    compare::Compare,
    figures::Figures,
    ledger::Ledger,
    share::{Quote, Toolbar},
    timeline::Timeline,
};
use crate::context::{Boot, Ctx, Good, Goods, Mode, Results, Store, LANG_KEY};
use crate::intl;
use crate::{browser, hooks, language};

/// Built-in scenarios an embed can start from (`?embed&preset=NAME`).
pub fn preset(name: &str) -> Option<engine::Scenario> {
    let text = match name {
        "import-20th" => include_str!("../tests/fixtures/import-on-the-20th.json"),
        "import-after-update" => include_str!("../tests/fixtures/import-after-update-date.json"),
        "starter-monthly" => include_str!("../tests/fixtures/starter-monthly.json"),
        "article" => include_str!("../tests/fixtures/article-example.json"),
        _ => return None,
    };
    engine::parse(text).ok()
}

/// The state to start from, in English until the chosen language's texts
/// have loaded ([`hooks::use_wanted_lang`] switches then).
fn initial_state(props: &AppProps) -> State {
    let mut s = initial_state_for(props);
    s.lang = if tierwise_app::catalogue::has_texts(props.boot.lang) {
        props.boot.lang
    } else {
        Lang::EN
    };
    s
}

fn initial_state_for(props: &AppProps) -> State {
    let boot = &props.boot;
    let today = boot.today;
    if let Some(s) = &props.initial {
        return State::new(s.clone(), today);
    }
    if boot.mode.embed {
        let s = boot
            .preset
            .as_deref()
            .and_then(preset)
            .unwrap_or_else(|| default_scenario(today));
        return State::new(s, today);
    }
    let Some(text) = &boot.stored else {
        return State::new(default_scenario(today), today);
    };
    match storage::read_last(text) {
        Ok(last) => State::restore(last.branches, last.active, last.drafts, last.good, today),
        Err(why) => {
            // The unreadable copy is set aside on mount (an effect).
            let mut s = State::new(default_scenario(today), today);
            let key = format!("{}last", storage::CORRUPT_PREFIX);
            s.notice = Notice::error(T::LastCorrupt, &[("why", &why), ("key", &key)]);
            s
        }
    }
}

/// Sets aside a last working state that does not read, under its own key,
/// so that nothing is lost and the next start is clean.
fn set_aside_corrupt(stored: Option<&str>) {
    if let Some(text) = stored.filter(|t| storage::read_last(t).is_err()) {
        browser::store(&format!("{}last", storage::CORRUPT_PREFIX), text);
        browser::forget(storage::LAST_KEY);
    }
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// A scenario to start from instead of the default.
    #[prop_or_default]
    pub initial: Option<engine::Scenario>,
    /// What the browser said as the page started (or the prerender's).
    pub boot: Boot,
}

/// What was typed, as the banner quotes it: a paste of a megabyte reads as
/// its first 40 characters and an ellipsis (the field keeps it all).
fn shorten(text: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(40).collect();
    if chars.next().is_some() {
        head + "…"
    } else {
        head
    }
}

/// The app's root: the state, the hooks that keep it, and the context.
#[component]
pub fn App(props: &AppProps) -> Html {
    let mode = props.boot.mode;
    let wanted = props.boot.lang;
    let store = use_reducer(|| Store(initial_state(props)));
    {
        let stored = props.boot.stored.clone();
        use_effect_with((), move |_| set_aside_corrupt(stored.as_deref()));
    }
    let state = &store.0;
    let (results, scenario, goods) = hooks::use_results(state);
    let result = results.0[state.active].clone();
    let shown = goods[state.active].clone();
    let currency = shown
        .as_ref()
        .map_or("USD".to_string(), |g| g.outcome.currency.clone());
    let minor = tierwise_engine::money::minor_units(&currency);
    let lang = state.lang;
    let locale = props.boot.locale.clone();
    let fmt = use_memo(
        (currency, scenario.account.timezone.clone(), lang),
        move |(c, z, l)| intl::page_format(&l.locale(&locale), c, minor, z),
    );
    // Every error, translated once: in document order for the banner, and
    // by field path for the inline messages (a later one on a field wins).
    let messages: Rc<Vec<(String, String)>> = Rc::new(match &result {
        Err(list) => list
            .iter()
            .map(|e| (e.path().to_string(), error_detail(lang, fmt.0.as_ref(), e)))
            .collect(),
        Ok(_) => Vec::new(),
    });
    let errors: crate::context::TextMap = messages.iter().cloned().collect();
    // One callback for the app's life: a new one each render would change
    // the context, and every component would render again on every edit,
    // whatever its props.
    let dispatch = {
        let dispatcher = store.dispatcher();
        (*use_memo((), move |_| {
            Callback::from(move |a: Action| dispatcher.dispatch(a))
        }))
        .clone()
    };
    hooks::use_undo_keys(dispatch.clone());
    hooks::use_shared_link(dispatch.clone(), lang, props.initial.is_some());
    hooks::use_autosave(store.clone(), goods.clone(), !mode.embed);
    hooks::use_page_lang(lang);
    hooks::use_mode_classes(mode.embed, mode.compact);
    hooks::use_wanted_lang(wanted, dispatch.clone());
    let drafts = use_memo(state.drafts.clone(), |d| Rc::new(d.clone()));
    let ctx = Ctx {
        fmt: (*fmt).clone(),
        dispatch,
        errors: Rc::new(errors),
        lang,
        drafts: (*drafts).clone(),
    };
    html! {
        <ContextProvider<Ctx> context={ctx}>
            <Page
                mode={mode}
                branches={state.branches.clone()}
                active={state.active}
                can_undo={state.can_undo()}
                can_redo={state.can_redo()}
                notice={state.notice.clone()}
                {results}
                {scenario}
                {shown}
                {goods}
                today={state.today}
                {messages}
            />
        </ContextProvider<Ctx>>
    }
}

/// Props of [`Page`]: what the layout shows.
#[derive(Properties, PartialEq)]
pub struct PageProps {
    /// How the page was opened.
    pub mode: Mode,
    /// Every branch.
    pub branches: Vec<tierwise_app::state::Branch>,
    /// The branch being edited.
    pub active: usize,
    /// Undo is possible.
    pub can_undo: bool,
    /// Redo is possible.
    pub can_redo: bool,
    /// A message for the person.
    pub notice: Option<Notice>,
    /// Every branch's evaluation.
    pub results: Results,
    /// The scenario being edited.
    pub scenario: Rc<engine::Scenario>,
    /// The figures on screen: the last scenario that simulated, and its
    /// outcome.
    pub shown: Option<Good>,
    /// Every branch's figures (a link carries them while a field is wrong).
    pub goods: Goods,
    /// The person's today.
    pub today: NaiveDate,
    /// Every error of the scenario being edited, as (field path, text).
    pub messages: Rc<Vec<(String, String)>>,
}

/// The page's layout: header, notices, comparison, figures, inputs and
/// results, the advisor and the bill check.
#[component]
pub fn Page(props: &PageProps) -> Html {
    let ctx = use_context::<Ctx>().expect("the app provides a context");
    let lang = ctx.lang;
    let dispatch = ctx.dispatch.clone();
    let on_lang = Callback::from({
        let dispatch = dispatch.clone();
        move |lang: Lang| language::switch_language(lang, dispatch.clone())
    })
    .reform(|e: Event| {
        let lang = Lang::from_tag(
            &e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value(),
        );
        browser::store(LANG_KEY, lang.code());
        lang
    });
    // Links within the page (skip links, the fields the banner names) move
    // focus without touching the URL's fragment, which carries shared
    // scenarios.
    let focus_on = |id: &str| {
        let selector = format!("#{id}");
        Callback::from(move |e: MouseEvent| {
            e.prevent_default();
            browser::focus(&selector);
        })
    };
    let dismiss = dispatch.reform(|_: MouseEvent| Action::Notice(None));
    // A history button that has nothing left to do is disabled, and the
    // browser then drops the keyboard focus to the page: it moves to the
    // other button instead, so Enter and Space keep working.
    let (undo_ref, redo_ref) = (use_node_ref(), use_node_ref());
    let pressed = |action: Action, this: NodeRef, other: NodeRef| {
        let dispatch = dispatch.clone();
        Callback::from(move |_: MouseEvent| {
            dispatch.emit(action.clone());
            let (this, other) = (this.clone(), other.clone());
            gloo_timers::callback::Timeout::new(0, move || {
                let disabled = this
                    .cast::<web_sys::HtmlButtonElement>()
                    .is_some_and(|b| b.disabled());
                if let (true, Some(o)) = (disabled, other.cast::<web_sys::HtmlElement>()) {
                    let _ = o.focus();
                }
            })
            .forget();
        })
    };
    let undo = pressed(Action::Undo, undo_ref.clone(), redo_ref.clone());
    let redo = pressed(Action::Redo, redo_ref.clone(), undo_ref.clone());
    let painted = hooks::use_painted();
    let lang_select = crate::components::inputs::use_selected(lang.code());
    let stale = !props.messages.is_empty() || !ctx.drafts.is_empty();
    let mode = props.mode;
    let scenario = props.scenario.clone();
    let shown = props.shown.clone();
    html! {
            <div class={classes!("shell", mode.embed.then_some("embed"), mode.compact.then_some("compact"))}>
            <main id="main">
            <nav class="skip-links" aria-label={ctx.t(T::SkipLinks)}>
                <a class="skip-link" href="#timeline-h" onclick={focus_on("add-import")}>{ ctx.t(T::SkipToEvents) }</a>
                <a class="skip-link" href="#chart-h" onclick={focus_on("chart-plot")}>{ ctx.t(T::SkipToChart) }</a>
            </nav>
            <header class="top">
                <div class="brand">
                    <h1>{ "Tierwise" }</h1>
                    <p class="tagline">{ ctx.t(T::Tagline) }</p>
                </div>
                <nav class="history" aria-label={ctx.t(T::EditHistory)}>
                    <button type="button" ref={undo_ref} id="undo" onclick={undo} disabled={!props.can_undo} title={ctx.t(T::UndoTitle)}>{ ctx.t(T::Undo) }</button>
                    <button type="button" ref={redo_ref} id="redo" onclick={redo} disabled={!props.can_redo} title={ctx.t(T::RedoTitle)}>{ ctx.t(T::Redo) }</button>
                    <label class="lang"><span class="sr-only">{ ctx.t(T::Language) }</span>
                        <select id="lang" ref={lang_select} aria-label={ctx.t(T::Language)} onchange={on_lang}>
                            for l in Lang::all() {
                                <option value={l.code()} selected={l == lang}>{ l.name() }</option>
                            }
                        </select>
                    </label>
                </nav>
            </header>
            if let Some(n) = props.notice.clone() {
                <div class={classes!("banner", Some(if n.error { "error" } else { "info" }))} role={if n.error { "alert" } else { "status" }} id="notice">
                    <span class="notice-text">{ n.text(lang) }</span>
                    if let Some(link) = n.link.clone() {
                        <input class="share-link" type="text" readonly=true value={link} aria-label={ctx.t(T::ShareLink)} />
                    }
                    if let Some((name, text)) = n.file.clone() {
                        <button type="button" id="download-shared" onclick={Callback::from(move |_: MouseEvent| { browser::download(&name, "application/json", &text); })}>
                            { ctx.t(T::DownloadInstead) }
                        </button>
                    }
                    <button type="button" class="dismiss" aria-label={ctx.t(T::Dismiss)} onclick={dismiss}>{ "×" }</button>
                </div>
            }
            if stale {
                <div class="banner error" role="alert" id="errors">
                    <strong>{ ctx.t(T::FixInputs) }</strong>
                    // Only figures that are on the screen are said to be
                    // from the last valid scenario.
                    { ctx.t(if shown.is_some() { T::StaleFigures } else { T::NoFiguresYet }) }
                    <ul>
                        for (field, d) in ctx.drafts.iter() {
                            <li data-field={field.clone()}>
                                <a href={format!("#{field}")} onclick={focus_on(field)}>{ d.label.clone() }</a>
                                { ": " }
                                if let Some(e) = d.error { { ctx.t(e) }{ " " } }
                                if !d.text.is_empty() {
                                    <span class="typed">{ ctx.tf(T::YouTyped, &[("text", &shorten(&d.text))]) }</span>
                                }
                            </li>
                        }
                        // A field being retyped shows what its new text lacks,
                        // not the error of the value it replaced.
                        for (path, msg) in props.messages.iter().filter(|(path, _)| {
                            field::place(lang, path).is_none_or(|p| draft_of(&ctx.drafts, &p.id).is_none())
                        }) {
                            <li data-path={path.clone()}>
                                if let Some(p) = field::place(lang, path) {
                                    <a href={format!("#{}", p.id)} onclick={focus_on(&p.id)}>{ p.label }</a>{ ": " }
                                } else if let Some(h) = field::heading(lang, path) {
                                    { h }{ ": " }
                                }
                                { msg.clone() }
                            </li>
                        }
                    </ul>
                </div>
            }
            if let Some(g) = shown.clone() {
                if painted {
                    <Quote scenario={g.scenario.clone()} outcome={g.outcome.clone()} stale={stale} today={props.today} />
                }
                <Figures outcome={g.outcome.clone()} scenario={g.scenario.clone()} stale={stale} today={props.today} />
            }
            // The key figures come first; the tools and the branches after
            // them (on a phone the tools are a menu).
            <Toolbar scenario={scenario.clone()} shown={shown.clone()} stale={stale} branches={props.branches.clone()} goods={props.goods.clone()} active={props.active} />
            <Compare branches={props.branches.clone()} active={props.active} results={props.results.clone()} />
            // The first screen (prerendered as HTML, and the app's first
            // frame, which replaces it): the header, the figures and the
            // account's inputs. The rest follows in the next frame.
            <div class="layout">
                <section class="inputs" aria-label={ctx.t(T::Scenario)}>
                    <AccountForm scenario={scenario.clone()} />
                    if painted {
                        <Timeline scenario={scenario.clone()} outcome={shown.as_ref().map(|g| g.outcome.clone())} />
                        <AssumptionsPanel scenario={scenario.clone()} />
                    }
                </section>
                if painted {
                <section class={classes!("results", stale.then_some("stale"))} aria-label={ctx.t(T::ResultsRegion)}>
                    if let Some(g) = shown.clone() {
                        <UsageChart outcome={g.outcome.clone()} thresholds={thresholds(&g.scenario)} history_end={g.scenario.history.last().and_then(|r| engine::plan::parse_date(&r.date, "").ok())} />
                        <Ledger outcome={g.outcome.clone()} scenario={g.scenario.clone()} />
                        if !g.outcome.warnings.is_empty() {
                            <section class="card warnings" aria-label={ctx.t(T::NotesWarnings)}>
                                <h2>{ ctx.t(T::NotesWarnings) }</h2>
                                <ul>
                                    for w in g.outcome.warnings.iter() {
                                        <li class={format!("warning-{}", w.kind.code())}>{ warning_text(lang, &*ctx.fmt.0, &w.kind) }</li>
                                    }
                                </ul>
                            </section>
                        }
                    }
                </section>
                }
            </div>
            if painted {
            <div class="below">
                <AdvisorPanel scenario={scenario.clone()} valid={!stale} />
                <AuditPanel scenario={scenario.clone()} outcome={shown.as_ref().filter(|_| !stale).map(|g| g.outcome.clone())}
                    open={!scenario.history.is_empty() || !scenario.invoice.is_empty()} />
            </div>
            }
            </main>
            <footer class="foot"><p>{ ctx.t(T::Footer) }</p></footer>
            </div>
    }
}

/// The notification thresholds of a scenario, for the chart's bands.
fn thresholds(s: &engine::Scenario) -> Vec<u32> {
    s.assumptions
        .notify_at
        .iter()
        .filter_map(|&p| u32::try_from(p).ok())
        .collect()
}
