//! The page and its two on-demand panels, the advisor and the bill check.
//!
//! Those panels are a module of their own (`dist/analysis/`), loaded when
//! first opened, so that the first figures do not wait for them. The page
//! and the module share no memory: the page sends a [`View`] as JSON text
//! on every change, and the panels send back a [`Request`] for the few edits
//! they make (an imported history, an invoice, a combination of
//! assumptions) and their notices, which the page's reducer applies with
//! undo like any other edit. Plain Rust, tested natively.

use std::rc::Rc;

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use super::i18n::{Lang, T};
use super::state::{Action, Edit, Notice};
use crate::engine::audit::Combination;
use crate::engine::scenario::{HistoryRow, InvoiceCharge, Scenario};
use crate::engine::{self, Error};

/// Which panel to open when the module mounts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Panel {
    /// "Ask the advisor".
    Advisor,
    /// "Check a real bill".
    BillCheck,
}

/// What the panels show: the page's scenario and language, whether the
/// scenario simulates, and its errors by field path.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// The scenario being edited.
    pub scenario: Rc<Scenario>,
    /// The interface language.
    pub lang: Lang,
    /// True when the scenario simulates.
    pub valid: bool,
    /// Every error, as (field path, text in the language).
    pub errors: Vec<(String, String)>,
    /// The panel to open on mounting.
    pub open: Option<Panel>,
}

#[derive(Serialize)]
struct ViewOut<'a> {
    scenario: &'a Scenario,
    lang: &'a str,
    valid: bool,
    errors: &'a [(String, String)],
    open: Option<Panel>,
}

#[derive(Deserialize)]
struct ViewIn<'a> {
    #[serde(borrow)]
    scenario: &'a RawValue,
    lang: String,
    valid: bool,
    errors: Vec<(String, String)>,
    open: Option<Panel>,
}

/// The view as the page sends it.
pub fn write_view(
    scenario: &Scenario,
    lang: Lang,
    valid: bool,
    errors: &[(String, String)],
    open: Option<Panel>,
) -> String {
    serde_json::to_string(&ViewOut {
        scenario,
        lang: lang.code(),
        valid,
        errors,
        open,
    })
    .unwrap_or_default()
}

/// The view as the panels read it; the scenario through the format's one
/// reader.
///
/// # Errors
/// Text that is not a view, or a scenario that does not read.
pub fn read_view(text: &str) -> Result<View, Error> {
    let view: ViewIn = serde_json::from_str(text).map_err(|e| {
        Error::new("", engine::ErrorCode::InvalidValue, e.to_string()).with("detail", e)
    })?;
    Ok(View {
        scenario: Rc::new(engine::parse(view.scenario.get())?),
        lang: Lang::from_tag(&view.lang),
        valid: view.valid,
        errors: view.errors,
        open: view.open,
    })
}

/// What the panels ask the page to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Request {
    /// Use this usage history (empty: remove it).
    History(Vec<HistoryRow>),
    /// Check against these invoice charges (empty: clear them).
    Invoice(Vec<InvoiceCharge>),
    /// Adopt a combination of assumptions, by its place in
    /// [`Combination::all`].
    Combination(usize),
    /// Show a notice: a message key by its place in [`T::ALL`], its
    /// placeholders' values, and whether it is a problem.
    Notice {
        /// Place of the key.
        key: usize,
        /// Placeholders' values.
        args: Vec<(String, String)>,
        /// True for a problem.
        error: bool,
    },
}

impl Request {
    /// The request for a panel's action, if the page must carry it out.
    pub fn from_action(action: &Action) -> Option<Request> {
        Some(match action {
            Action::Edit(Edit::History(rows)) => Request::History(rows.clone()),
            Action::Edit(Edit::Invoice(charges)) => Request::Invoice(charges.clone()),
            Action::Edit(Edit::Combination(c)) => {
                Request::Combination(Combination::all().iter().position(|x| x == c)?)
            }
            Action::Notice(Some(n)) => Request::Notice {
                key: n.key as usize,
                args: n.args.clone(),
                error: n.error,
            },
            _ => return None,
        })
    }

    /// The page's action for a request, if it is one this page knows.
    pub fn into_action(self) -> Option<Action> {
        Some(match self {
            Request::History(rows) => Action::Edit(Edit::History(rows)),
            Request::Invoice(charges) => Action::Edit(Edit::Invoice(charges)),
            Request::Combination(i) => Action::Edit(Edit::Combination(*Combination::all().get(i)?)),
            Request::Notice { key, args, error } => {
                let key = *T::ALL.get(key)?;
                let args: Vec<(&str, &str)> =
                    args.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
                Action::Notice(if error {
                    Notice::error(key, &args)
                } else {
                    Notice::info(key, &args)
                })
            }
        })
    }

    /// As JSON text, for the page. A history or an invoice travels inside
    /// `scenario` (the panels' scenario with the change made), so that the
    /// page reads it with the format's one reader, `engine::parse`.
    pub fn to_text(&self, scenario: &Scenario) -> String {
        let mut wire = WireOut {
            kind: "",
            scenario: None,
            index: 0,
            args: Vec::new(),
            error: false,
        };
        let mut changed;
        match self {
            Request::History(rows) => {
                wire.kind = "history";
                changed = scenario.clone();
                changed.history = rows.clone();
                wire.scenario = Some(changed);
            }
            Request::Invoice(charges) => {
                wire.kind = "invoice";
                changed = scenario.clone();
                changed.invoice = charges.clone();
                wire.scenario = Some(changed);
            }
            Request::Combination(i) => {
                wire.kind = "combination";
                wire.index = *i;
            }
            Request::Notice { key, args, error } => {
                wire.kind = "notice";
                wire.index = *key;
                wire.args = args
                    .iter()
                    .flat_map(|(k, v)| [k.clone(), v.clone()])
                    .collect();
                wire.error = *error;
            }
        }
        serde_json::to_string(&wire).unwrap_or_default()
    }

    /// From JSON text; `None` for anything else.
    pub fn from_text(text: &str) -> Option<Request> {
        let wire: WireIn = serde_json::from_str(text).ok()?;
        let scenario = || engine::parse(wire.scenario?.get()).ok();
        Some(match wire.kind.as_str() {
            "history" => Request::History(scenario()?.history),
            "invoice" => Request::Invoice(scenario()?.invoice),
            "combination" => Request::Combination(wire.index),
            "notice" => Request::Notice {
                key: wire.index,
                args: wire
                    .args
                    .chunks_exact(2)
                    .map(|p| (p[0].clone(), p[1].clone()))
                    .collect(),
                error: wire.error,
            },
            _ => return None,
        })
    }
}

/// A request as the panels write it.
#[derive(Serialize)]
struct WireOut {
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    scenario: Option<Scenario>,
    index: usize,
    args: Vec<String>,
    error: bool,
}

/// A request as the page reads it: plain strings and numbers, and the
/// scenario as raw text for `engine::parse`.
#[derive(Deserialize)]
struct WireIn<'a> {
    kind: String,
    #[serde(borrow, default)]
    scenario: Option<&'a RawValue>,
    #[serde(default)]
    index: usize,
    #[serde(default)]
    args: Vec<String>,
    #[serde(default)]
    error: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        engine::parse(include_str!("../../tests/fixtures/import-on-the-20th.json")).unwrap()
    }

    #[test]
    fn the_view_reaches_the_panels_as_the_page_had_it() {
        let s = scenario();
        let errors = vec![("events[0].count".to_string(), "Enter a number".to_string())];
        let text = write_view(&s, Lang::Pl, false, &errors, Some(Panel::BillCheck));
        let view = read_view(&text).unwrap();
        assert_eq!(*view.scenario, s);
        assert_eq!(view.lang, Lang::Pl);
        assert!(!view.valid);
        assert_eq!(view.errors, errors);
        assert_eq!(view.open, Some(Panel::BillCheck));
        assert!(read_view("{}").is_err());
    }

    #[test]
    fn each_panel_action_comes_back_as_the_same_action() {
        let row = HistoryRow {
            date: "2026-03-01".into(),
            billed: 1800,
            non_marketing: None,
        };
        let charge = InvoiceCharge {
            date: "2026-03-01".into(),
            amount: "800.00".into(),
        };
        let actions = [
            Action::Edit(Edit::History(vec![row])),
            Action::Edit(Edit::Invoice(vec![charge])),
            Action::Edit(Edit::Combination(Combination::all()[17])),
            Action::Notice(Notice::info(
                T::HistoryImported,
                &[("rows", "4"), ("name", "a.csv")],
            )),
            Action::Notice(Notice::error(T::HistoryRejected, &[("name", "b.csv")])),
        ];
        for action in actions {
            let request = Request::from_action(&action).unwrap();
            let back = Request::from_text(&request.to_text(&scenario())).unwrap();
            assert_eq!(back.into_action(), Some(action));
        }
        assert_eq!(Request::from_action(&Action::Undo), None);
        assert_eq!(Request::from_text("{\"reload\": 1}"), None);
        assert_eq!(Request::Combination(48).into_action(), None);
    }
}
