//! The browser app (wasm32 only): thin Yew components over the engine and
//! the plain-Rust state in [`crate::app`]. Everything is recomputed in the
//! page on every edit; nothing is sent anywhere.

#[cfg(feature = "analysis")]
pub mod analysis;
#[cfg(feature = "ask")]
pub mod ask;
pub mod browser;
pub mod components;
pub mod hooks;
pub mod intl;
pub mod on_demand;

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use crate::app::field;
use crate::app::i18n::{error_detail, error_text, tf, warning_text, Lang, T};
use crate::app::share;
use crate::app::state::{default_scenario, draft_of, Action, Notice, State};
use crate::app::storage;
use crate::engine::{self, outcome::Outcome, Error};
use components::{
    account::AccountForm,
    assumptions::AssumptionsPanel,
    chart::UsageChart,
    compare::Compare,
    figures::Figures,
    ledger::Ledger,
    share::{Quote, Toolbar},
    timeline::Timeline,
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
    /// Engine errors by field path (`events[2].count`), in the UI language.
    pub errors: Rc<engine::error::TextMap>,
    /// The interface language.
    pub lang: Lang,
    /// What was typed into fields that do not read yet, by field id.
    pub drafts: Rc<crate::app::state::Drafts>,
}

impl Ctx {
    /// A message in the interface language.
    pub fn t(&self, key: T) -> &'static str {
        key.text(self.lang)
    }

    /// A message with its placeholders filled.
    pub fn tf(&self, key: T, args: &[(&str, &str)]) -> String {
        tf(self.lang, key, args)
    }

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

/// A scenario's outcome, or every error in it.
pub type Evaluated = Result<Rc<Outcome>, Vec<Error>>;

/// A scenario that simulates, with its outcome: the figures shown, which
/// stay while a later edit does not simulate. Equal when it is the same
/// pair.
#[derive(Clone, Debug)]
pub struct Good {
    /// The scenario.
    pub scenario: Rc<engine::Scenario>,
    /// Its outcome.
    pub outcome: Rc<Outcome>,
}

impl PartialEq for Good {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.scenario, &other.scenario) && Rc::ptr_eq(&self.outcome, &other.outcome)
    }
}

/// Each branch's figures, in order.
pub type Goods = Rc<Vec<Option<Good>>>;

/// Every branch's evaluation, shared by the page and the comparison; equal
/// when it is the same list (a deep comparison would cost more than it saves).
#[derive(Clone)]
pub struct Results(pub Rc<Vec<Evaluated>>);

impl PartialEq for Results {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The outcome of a scenario, or every error in it.
pub fn evaluate(s: &engine::Scenario) -> Result<Rc<Outcome>, Vec<Error>> {
    // The page shows no audit; the bill check, in the analysis module,
    // audits the invoice itself.
    #[cfg(feature = "analysis")]
    let simulated = engine::simulate(s);
    #[cfg(not(feature = "analysis"))]
    let simulated = engine::simulate_unaudited(s);
    match simulated {
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

/// Built-in scenarios an embed can start from (`?embed&preset=NAME`).
pub fn preset(name: &str) -> Option<engine::Scenario> {
    let text = match name {
        "import-20th" => include_str!("../../tests/fixtures/import-on-the-20th.json"),
        "import-after-update" => include_str!("../../tests/fixtures/import-after-update-date.json"),
        "starter-monthly" => include_str!("../../tests/fixtures/starter-monthly.json"),
        "article" => include_str!("../../tests/fixtures/article-example.json"),
        _ => return None,
    };
    engine::parse(text).ok()
}

/// How the page was opened: `?embed`, `&compact`, `&preset=…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mode {
    /// Inside a help-center page: no storage, no history of its own.
    pub embed: bool,
    /// Only the essentials.
    pub compact: bool,
}

/// The interface language: `?lang=`, then the last choice, then the browser's.
pub(crate) fn initial_lang() -> Lang {
    browser::query("lang")
        .or_else(|| browser::load(LANG_KEY))
        .map_or_else(
            || Lang::from_tag(&intl::browser_locale()),
            |tag| Lang::from_tag(&tag),
        )
}

/// Where the language choice is kept.
const LANG_KEY: &str = "tierwise.v1.lang";

/// The state to start from, in English until the chosen language's texts
/// have loaded ([`hooks::use_wanted_lang`] switches then).
fn initial_state(props: &AppProps, mode: Mode, lang: Lang) -> State {
    let mut s = initial_state_for(props, mode);
    s.lang = if crate::app::i18n::has_texts(lang) {
        lang
    } else {
        Lang::En
    };
    s
}

fn initial_state_for(props: &AppProps, mode: Mode) -> State {
    let today = today();
    if let Some(s) = &props.initial {
        return State::new(s.clone(), today);
    }
    if mode.embed {
        let s = browser::query("preset")
            .and_then(|p| preset(&p))
            .unwrap_or_else(|| default_scenario(today));
        return State::new(s, today);
    }
    let Some(text) = browser::load(storage::LAST_KEY) else {
        return State::new(default_scenario(today), today);
    };
    match storage::read_last(&text) {
        Ok(last) => State::restore(last.branches, last.active, last.drafts, last.good, today),
        Err(why) => {
            browser::store(&format!("{}last", storage::CORRUPT_PREFIX), &text);
            browser::forget(storage::LAST_KEY);
            let mut s = State::new(default_scenario(today), today);
            let key = format!("{}last", storage::CORRUPT_PREFIX);
            s.notice = Notice::error(T::LastCorrupt, &[("why", &why), ("key", &key)]);
            s
        }
    }
}

/// Opens the scenario in the page's fragment, if there is one.
fn open_link(dispatch: Callback<Action>, lang: Lang) {
    let fragment = browser::fragment();
    let found = match share::split(&fragment) {
        Ok(None) => return,
        Ok(Some(found)) => Ok(found),
        Err(e) => Err(e),
    };
    wasm_bindgen_futures::spawn_local(async move {
        let result = match found {
            Err(e) => Err(e),
            Ok((version, share::Packing::Json, bytes)) => share::read_link(version, &bytes),
            Ok((version, share::Packing::Deflate, bytes)) => {
                match browser::decompress(&bytes).await {
                    Ok(json) => share::read_link(version, &json),
                    Err(()) => Err(share::LinkError::Broken("cut off or damaged")),
                }
            }
        };
        match result {
            Ok(shared) => {
                let notice = opened_notice(&shared);
                dispatch.emit(Action::OpenAll(shared.scenarios, shared.active));
                dispatch.emit(Action::Notice(notice));
            }
            Err(e) => {
                let notice = match e {
                    share::LinkError::Broken(why) => Notice::error(T::LinkBroken, &[("why", why)]),
                    share::LinkError::Newer(_) => Notice::error(T::LinkNewer, &[]),
                    share::LinkError::Scenario(e) => Notice::error(
                        T::LinkScenario,
                        &[(
                            "why",
                            error_text(lang, &crate::app::text::Plain, &e).trim_end_matches('.'),
                        )],
                    ),
                };
                dispatch.emit(Action::Notice(notice));
            }
        }
    });
}

/// What opening a link or file says: the quote's name, how many scenarios
/// are compared, and whose prices these are.
pub fn opened_notice(shared: &share::Shared) -> Option<Notice> {
    let s = &shared.scenarios[shared.active.min(shared.scenarios.len() - 1)];
    let name = s.name.clone().filter(|n| !n.trim().is_empty());
    let n = shared.scenarios.len().to_string();
    let mut notice = match (name, shared.scenarios.len()) {
        (Some(name), 1) => Notice::info(T::OpenedQuote, &[("name", &name)]),
        (Some(name), _) => Notice::info(T::OpenedCompare, &[("name", &name), ("n", &n)]),
        (None, _) => Notice::info(T::OpenedLink, &[]),
    };
    // Said in the language of the moment, which may arrive after the link.
    if let (Some(notice), Some(book)) = (&mut notice, s.prices.as_ref().filter(|b| !b.example)) {
        notice.prices = Some(book.name.clone().unwrap_or_default());
    }
    notice
}

/// Props of [`App`].
#[derive(Properties, PartialEq, Default)]
pub struct AppProps {
    /// A scenario to start from instead of the default.
    #[prop_or_default]
    pub initial: Option<engine::Scenario>,
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
    let mode = *use_memo((), |_| Mode {
        embed: browser::query("embed").is_some(),
        compact: browser::query("compact").is_some(),
    });
    let wanted = *use_memo((), |_| initial_lang());
    let store = use_reducer(|| Store(initial_state(props, mode, wanted)));
    let state = &store.0;
    let (results, scenario, goods) = hooks::use_results(state);
    let result = results.0[state.active].clone();
    let shown = goods[state.active].clone();
    let currency = shown
        .as_ref()
        .map_or("USD".to_string(), |g| g.outcome.currency.clone());
    let minor = crate::engine::money::minor_units(&currency);
    let lang = state.lang;
    let fmt = use_memo(
        (currency, scenario.account.timezone.clone(), lang),
        move |(c, z, l)| {
            FmtHandle(Rc::new(Fmt::new(
                &l.locale(&intl::browser_locale()),
                c,
                minor,
                z,
            )))
        },
    );
    // Every error, translated once: in document order for the banner, and
    // by field path for the inline messages (a later one on a field wins).
    let messages: Rc<Vec<(String, String)>> = Rc::new(match &result {
        Err(list) => list
            .iter()
            .map(|e| (e.path.clone(), error_detail(lang, fmt.0.as_ref(), e)))
            .collect(),
        Ok(_) => Vec::new(),
    });
    let errors: engine::error::TextMap = messages.iter().cloned().collect();
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
    pub branches: Vec<crate::app::state::Branch>,
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
        move |lang: Lang| on_demand::switch_language(lang, dispatch.clone())
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
    let undo = dispatch.reform(|_: MouseEvent| Action::Undo);
    let redo = dispatch.reform(|_: MouseEvent| Action::Redo);
    let painted = hooks::use_painted();
    let stale = !props.messages.is_empty() || !ctx.drafts.is_empty();
    let mode = props.mode;
    let scenario = props.scenario.clone();
    let shown = props.shown.clone();
    html! {
            <div class={classes!("shell", mode.embed.then_some("embed"), mode.compact.then_some("compact"))}>
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
                    <button type="button" onclick={undo} disabled={!props.can_undo} title={ctx.t(T::UndoTitle)}>{ ctx.t(T::Undo) }</button>
                    <button type="button" onclick={redo} disabled={!props.can_redo} title={ctx.t(T::RedoTitle)}>{ ctx.t(T::Redo) }</button>
                    <label class="lang"><span class="sr-only">{ ctx.t(T::Language) }</span>
                        <select id="lang" aria-label={ctx.t(T::Language)} onchange={on_lang}>
                            for l in Lang::ALL {
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
                    { ctx.t(T::StaleFigures) }
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
                <Quote scenario={g.scenario.clone()} outcome={g.outcome.clone()} stale={stale} />
                <Figures outcome={g.outcome.clone()} scenario={g.scenario.clone()} stale={stale} today={props.today} />
            }
            // The key figures come first; the tools and the branches after
            // them (on a phone the tools are a menu).
            <Toolbar scenario={scenario.clone()} shown={shown.clone()} stale={stale} branches={props.branches.clone()} goods={props.goods.clone()} active={props.active} />
            <Compare branches={props.branches.clone()} active={props.active} results={props.results.clone()} />
            if painted {
            <div class="layout">
                <section class="inputs" aria-label={ctx.t(T::Scenario)}>
                    <AccountForm scenario={scenario.clone()} />
                    <Timeline scenario={scenario.clone()} outcome={shown.as_ref().map(|g| g.outcome.clone())} />
                    <AssumptionsPanel scenario={scenario.clone()} />
                </section>
                <section class={classes!("results", stale.then_some("stale"))} aria-label={ctx.t(T::ResultsRegion)}>
                    if let Some(g) = shown.clone() {
                        <UsageChart outcome={g.outcome.clone()} thresholds={thresholds(&g.scenario)} history_end={g.scenario.history.last().and_then(|r| engine::plan::parse_date(&r.date, "").ok())} />
                        <Ledger outcome={g.outcome.clone()} scenario={g.scenario.clone()} />
                        if !g.outcome.warnings.is_empty() {
                            <section class="card warnings" aria-label={ctx.t(T::NotesWarnings)}>
                                <h2>{ ctx.t(T::NotesWarnings) }</h2>
                                <ul>
                                    for w in g.outcome.warnings.iter() {
                                        <li class={format!("warning-{}", w.kind.code())}>{ warning_text(lang, &w.kind) }</li>
                                    }
                                </ul>
                            </section>
                        }
                    }
                </section>
            </div>
            <div class="below">
                <on_demand::AnalysisSlot scenario={scenario.clone()} valid={!stale} messages={props.messages.clone()} />
            </div>
            }
            { footer(html! { <p>{ ctx.t(T::Footer) }</p> }) }
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

/// The footer, in index.html's `#foot` after the on-demand panels (see
/// [`on_demand`]), or in place where the page has none.
fn footer(content: Html) -> Html {
    let foot = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("foot"));
    match foot {
        Some(el) => create_portal(content, el),
        None => html! { <footer class="foot">{ content }</footer> },
    }
}

/// Mounts the app on index.html's `#app` (the body where there is none).
pub fn start() {
    // A debug build reports panics in the console. The release bundle aborts
    // without a message (scripts/trunk.sh), so the hook would be dead weight.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => yew::Renderer::<App>::with_root(root).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
