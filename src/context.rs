//! What the page's components share: the context they read (formatting,
//! the dispatcher, errors, drafts), the reducer's store, each branch's
//! evaluation and figures, and how the page was opened.

use std::rc::Rc;

use chrono::NaiveDate;
use yew::prelude::*;

use tierwise_app::catalogue::{say, tf, Arg, Lang, T};
use tierwise_app::state::{Action, State};
use tierwise_engine::{self as engine, outcome::Outcome, Error};

use crate::browser;
use crate::intl::{self, FmtHandle};

/// Texts by name: the interface's messages by field path, in name order.
pub type TextMap = std::collections::BTreeMap<String, String>;

/// What every component may use: formatting, the dispatcher, and the
/// current errors by field path.
#[derive(Clone, PartialEq)]
pub struct Ctx {
    /// Locale formatting.
    pub fmt: FmtHandle,
    /// Sends an action to the reducer.
    pub dispatch: Callback<Action>,
    /// Engine errors by field path (`events[2].count`), in the UI language.
    pub errors: Rc<TextMap>,
    /// The interface language.
    pub lang: Lang,
    /// What was typed into fields that do not read yet, by field id.
    pub drafts: Rc<tierwise_app::state::Drafts>,
}

impl Ctx {
    /// A message in the interface language.
    pub fn t(&self, key: T) -> &'static str {
        key.text(self.lang)
    }

    /// A message with its placeholders filled, all with text.
    pub fn tf(&self, key: T, args: &[(&str, &str)]) -> String {
        tf(self.lang, key, args)
    }

    /// A message with its values, counts as numbers.
    pub fn say(&self, key: T, args: &[(&str, Arg)]) -> String {
        say(self.lang, key, args)
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
        // Leaving a field that was not being typed in changes nothing: the
        // same state, so nothing renders again.
        if matches!(action, Action::EndTyping) && !self.0.is_typing() {
            return self;
        }
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

/// The outcome of a scenario, or every error in it: one evaluation, with
/// the bill check's audit (when the scenario has an invoice) and without the
/// stay-in-tier advice, which only the advisor shows and works out itself.
pub fn evaluate(s: &engine::Scenario) -> Result<Rc<Outcome>, Vec<Error>> {
    engine::evaluate(s, engine::Options::FIGURES).map(Rc::new)
}

/// How the page was opened: `?embed`, `&compact`, `&preset=…`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Mode {
    /// Inside a help-center page: no storage, no history of its own.
    pub embed: bool,
    /// Only the essentials.
    pub compact: bool,
}

/// What the page reads from the browser as it starts, given to the app as
/// data: its render reads nothing from the browser itself, so that the
/// prerender ([`crate::prerender`]) renders the same components natively.
#[derive(Debug, Clone, PartialEq)]
pub struct Boot {
    /// Today in the viewer's calendar (the build day, prerendered).
    pub today: NaiveDate,
    /// `?embed`, `&compact`.
    pub mode: Mode,
    /// `?preset=NAME` (embeds only).
    pub preset: Option<String>,
    /// The language asked for ([`initial_lang`]).
    pub lang: Lang,
    /// The browser's locale (`en-US`), for `Intl`.
    pub locale: String,
    /// The last working state, as local storage holds it.
    pub stored: Option<String>,
}

impl Boot {
    /// What the browser says (the page's start).
    pub fn from_browser() -> Boot {
        let mode = Mode {
            embed: browser::query("embed").is_some(),
            compact: browser::query("compact").is_some(),
        };
        Boot {
            today: today(),
            mode,
            preset: browser::query("preset"),
            lang: initial_lang(),
            locale: intl::browser_locale(),
            // An embed keeps nothing: it starts from its preset.
            stored: (!mode.embed)
                .then(|| browser::load(tierwise_app::storage::LAST_KEY))
                .flatten(),
        }
    }

    /// The prerender's: the build day, in English (en-US), nothing stored.
    pub fn prerender(day: NaiveDate) -> Boot {
        Boot {
            today: day,
            mode: Mode::default(),
            preset: None,
            lang: Lang::EN,
            locale: "en-US".into(),
            stored: None,
        }
    }
}

/// The interface language: `?lang=`, then the last choice, then the browser's.
pub fn initial_lang() -> Lang {
    browser::query("lang")
        .or_else(|| browser::load(LANG_KEY))
        .map_or_else(
            || Lang::from_tag(&intl::browser_locale()),
            |tag| Lang::from_tag(&tag),
        )
}

/// Where the language choice is kept.
pub const LANG_KEY: &str = "tierwise.v1.lang";
