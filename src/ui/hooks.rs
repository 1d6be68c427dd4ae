//! The app's hooks, one job each: the results of every branch, the last
//! figures that were right, the undo keys, shared links, and the autosave.
//! Listeners and timers are gloo's, so they go away with the component.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use super::{browser, evaluate, open_link, Evaluated, Results, Store};
use crate::app::i18n::Lang;
use crate::app::state::{Action, State};
use crate::app::storage;
use crate::engine::{outcome::Outcome, Scenario};

/// Every branch's evaluation, simulated once per change of its own scenario
/// and shared by the page and the comparison, with the active scenario.
///
/// Branches share their scenarios behind an `Rc`, so a scenario that did not
/// change is found by pointer, and its result is reused.
#[hook]
pub fn use_results(state: &State) -> (Results, Rc<Scenario>) {
    let cache = use_mut_ref(Vec::<(Rc<Scenario>, Evaluated)>::new);
    let mut cache = cache.borrow_mut();
    let old = std::mem::take(&mut *cache);
    for b in &state.branches {
        let known = old
            .iter()
            .find(|(s, _)| Rc::ptr_eq(s, &b.scenario) || **s == *b.scenario);
        let entry = match known {
            Some((s, r)) => (s.clone(), r.clone()),
            None => (b.scenario.clone(), evaluate(&b.scenario)),
        };
        cache.push(entry);
    }
    let list: Vec<Evaluated> = cache.iter().map(|(_, r)| r.clone()).collect();
    (Results(Rc::new(list)), cache[state.active].0.clone())
}

/// The last outcome that was computed from a valid scenario, with its
/// notification thresholds, so that the chart's bands belong to the figures
/// shown. While a field is invalid these stay on screen, marked as not
/// current by the page.
#[hook]
pub fn use_last_good(result: &Evaluated, scenario: &Scenario) -> (Option<Rc<Outcome>>, Vec<u32>) {
    let last_good = use_mut_ref(|| None::<(Rc<Outcome>, Vec<u32>)>);
    if let Ok(o) = result {
        let thresholds = scenario
            .assumptions
            .notify_at
            .iter()
            .filter_map(|&p| u32::try_from(p).ok())
            .collect();
        *last_good.borrow_mut() = Some((o.clone(), thresholds));
    }
    let kept = last_good.borrow().clone();
    match kept {
        Some((o, t)) => (Some(o), t),
        None => (None, Vec::new()),
    }
}

/// Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo, outside text fields
/// (there the browser's own undo edits the text).
#[hook]
pub fn use_undo_keys(dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        // Not passive: prevent_default must stop the browser's own undo.
        let options = EventListenerOptions::enable_prevent_default();
        let listener = web_sys::window().map(|w| {
            EventListener::new_with_options(&w, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else {
                    return;
                };
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
                match (e.key().to_ascii_lowercase().as_str(), e.shift_key()) {
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
            })
        });
        move || drop(listener)
    });
}

/// Opens a shared link: the page's own on load (unless `skip_first`), and
/// any link pasted into this tab later.
#[hook]
pub fn use_shared_link(dispatch: Callback<Action>, lang: Lang, skip_first: bool) {
    use_effect_with((), move |_| {
        if !skip_first {
            open_link(dispatch.clone(), lang);
        }
        let listener = web_sys::window().map(|w| {
            EventListener::new(&w, "hashchange", move |_| open_link(dispatch.clone(), lang))
        });
        move || drop(listener)
    });
}

/// Keeps the last working state for a reload (never for embeds): half a
/// second after the last change, and at once when the page is hidden or
/// left; not on every keystroke (with 10,000 events, writing it took most
/// of an edit's time).
#[hook]
pub fn use_autosave(store: UseReducerHandle<Store>, enabled: bool) {
    // The state to write, and the pending write; a new change replaces both,
    // and dropping a Timeout cancels it.
    let pending = use_mut_ref(|| None::<UseReducerHandle<Store>>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let save = {
        let pending = pending.clone();
        move || {
            if let Some(store) = pending.borrow_mut().take() {
                let state = &store.0;
                let branches = state.branches.iter().map(|b| &*b.scenario);
                browser::store(
                    storage::LAST_KEY,
                    &storage::write_last(branches, state.active, &state.drafts),
                );
            }
        }
    };
    {
        let save = save.clone();
        use_effect_with((), move |()| {
            let listeners: Vec<EventListener> = if enabled {
                leave_listeners(Rc::new(save))
            } else {
                Vec::new()
            };
            move || drop(listeners)
        });
    }
    use_effect(move || {
        if enabled {
            *pending.borrow_mut() = Some(store);
            *timer.borrow_mut() = Some(Timeout::new(500, save));
        }
    });
}

/// `pagehide` and `visibilitychange`: the last moments work is sure to be kept.
fn leave_listeners(save: Rc<dyn Fn()>) -> Vec<EventListener> {
    let mut out = Vec::new();
    if let Some(w) = web_sys::window() {
        let f = save.clone();
        out.push(EventListener::new(&w, "pagehide", move |_| f()));
        if let Some(d) = w.document() {
            let f = save;
            out.push(EventListener::new(&d, "visibilitychange", move |_| f()));
        }
    }
    out
}

/// The page's `lang` attribute follows the interface, for screen readers.
#[hook]
pub fn use_page_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = root.set_attribute("lang", lang.code());
        }
    });
}

/// The body carries the page's mode (`embed`, `compact`), so that what sits
/// outside the app's root (the on-demand panels, the footer) follows it.
#[hook]
pub fn use_mode_classes(embed: bool, compact: bool) {
    use_effect_with((embed, compact), |&(embed, compact)| {
        if let Some(body) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.body())
        {
            let list = body.class_list();
            let _ = list.toggle_with_force("embed", embed);
            let _ = list.toggle_with_force("compact", compact);
        }
    });
}

/// Switches, once, to the language the person chose before (or their
/// browser's), as soon as its texts have loaded; the page starts in English,
/// which is built in, so the first figures do not wait for a text file.
#[hook]
pub fn use_wanted_lang(lang: Lang, dispatch: Callback<Action>) {
    use_effect_with((), move |_| {
        if lang != Lang::En {
            super::on_demand::switch_language(lang, dispatch);
        }
    });
}

/// False until the browser has painted the page once, then true: the page
/// draws its first figures before the inputs, the chart and the ledger, so
/// that a slow phone shows the answer first (issue 17).
#[hook]
pub fn use_painted() -> bool {
    let painted = use_state(|| false);
    {
        let painted = painted.clone();
        use_effect_with((), move |_| {
            // After the next frame (requestAnimationFrame), in a task of
            // its own (a zero timeout), so that frame holds the figures.
            let frame = wasm_bindgen::closure::Closure::once_into_js(move || {
                Timeout::new(0, move || painted.set(true)).forget();
            });
            if let Some(w) = web_sys::window() {
                let _ = w.request_animation_frame(frame.unchecked_ref());
            }
        });
    }
    *painted
}
