//! The app's hooks, one job each: the results of every branch, the last
//! figures that were right, the undo keys, shared links, and the autosave.
//! Listeners and timers are gloo's, so they go away with the component.

use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::browser;
use crate::context::{evaluate, Evaluated, Good, Goods, Results, Store};
use tierwise_app::catalogue::Lang;
use tierwise_app::catalogue::T;
use tierwise_app::messages::error_text;
use tierwise_app::share::{self, opened_notice};
use tierwise_app::state::Notice;
use tierwise_app::state::{Action, State};
use tierwise_app::storage;
use tierwise_engine::Scenario;

/// Every branch's evaluation, simulated once per change of its own scenario
/// and shared by the page and the comparison, with the active scenario and
/// each branch's figures: the last scenario of the branch that simulated,
/// with its outcome. While a field is invalid these stay on screen, marked
/// as not current by the page; a branch restored with a slip (a reload)
/// starts from the last good scenario kept with it.
///
/// Branches share their scenarios behind an `Rc`, so a scenario that did not
/// change is found by pointer, and its result is reused.
#[hook]
pub fn use_results(state: &State) -> (Results, Rc<Scenario>, Goods) {
    let cache = use_mut_ref(Vec::<(Rc<Scenario>, Evaluated)>::new);
    let good = use_mut_ref(|| {
        state
            .restored
            .iter()
            .filter_map(|(id, s)| {
                let outcome = evaluate(s).ok()?;
                Some((
                    *id,
                    Good {
                        scenario: s.clone(),
                        outcome,
                    },
                ))
            })
            .collect::<Vec<(u32, Good)>>()
    });
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
    let mut good = good.borrow_mut();
    for (b, (s, r)) in state.branches.iter().zip(cache.iter()) {
        if let Ok(outcome) = r {
            let g = Good {
                scenario: s.clone(),
                outcome: outcome.clone(),
            };
            match good.iter_mut().find(|(id, _)| *id == b.id) {
                Some(slot) => slot.1 = g,
                None => good.push((b.id, g)),
            }
        }
    }
    // Branches removed take their figures with them.
    good.retain(|(id, _)| state.branches.iter().any(|b| b.id == *id));
    let goods = state
        .branches
        .iter()
        .map(|b| {
            good.iter()
                .find(|(id, _)| *id == b.id)
                .map(|(_, g)| g.clone())
        })
        .collect();
    let list: Vec<Evaluated> = cache.iter().map(|(_, r)| r.clone()).collect();
    (
        Results(Rc::new(list)),
        cache[state.active].0.clone(),
        Rc::new(goods),
    )
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
pub fn use_autosave(store: UseReducerHandle<Store>, goods: Goods, enabled: bool) {
    // The state to write, and the pending write; a new change replaces both,
    // and dropping a Timeout cancels it.
    let pending = use_mut_ref(|| None::<(UseReducerHandle<Store>, Goods)>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let save = {
        let pending = pending.clone();
        move || {
            if let Some((store, goods)) = pending.borrow_mut().take() {
                let state = &store.0;
                let branches = state.branches.iter().map(|b| &*b.scenario);
                // A branch's last good scenario is kept where its own is
                // not the one that simulated.
                let good = state
                    .branches
                    .iter()
                    .zip(goods.iter())
                    .map(|(b, g)| {
                        g.as_ref()
                            .filter(|g| !Rc::ptr_eq(&g.scenario, &b.scenario))
                            .map(|g| &*g.scenario)
                    })
                    .collect();
                browser::store(
                    storage::LAST_KEY,
                    &storage::write_last(branches, state.active, &state.drafts, good),
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
            *pending.borrow_mut() = Some((store, goods));
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

/// The page's `lang` attribute follows the interface, for screen readers,
/// and so does its title (the tab, a bookmark).
#[hook]
pub fn use_page_lang(lang: Lang) {
    use_effect_with(lang, |lang| {
        if let Some(d) = web_sys::window().and_then(|w| w.document()) {
            if let Some(root) = d.document_element() {
                let _ = root.set_attribute("lang", lang.code());
            }
            d.set_title(T::PageTitle.text(*lang));
        }
    });
}

/// The body carries the page's mode (`embed`, `compact`), so that what sits
/// outside the app's root (the page's margins around it) follows it.
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
        if lang != Lang::EN {
            crate::language::switch_language(lang, dispatch);
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
            // The first frame holds the figures; the rest follows it.
            wasm_bindgen_futures::spawn_local(async move {
                browser::after_paint().await;
                painted.set(true);
            });
        });
    }
    *painted
}

/// True while the page is being printed (between `beforeprint` and
/// `afterprint`): a printed quote shows every invoice line and its
/// explanation, which the screen shows on demand.
#[hook]
pub fn use_printing() -> bool {
    let printing = use_state(|| false);
    {
        let printing = printing.clone();
        use_effect_with((), move |_| {
            let listeners = web_sys::window().map(|w| {
                let (before, after) = (printing.clone(), printing);
                [
                    EventListener::new(&w, "beforeprint", move |_| before.set(true)),
                    EventListener::new(&w, "afterprint", move |_| after.set(false)),
                ]
            });
            move || drop(listeners)
        });
    }
    *printing
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
                            error_text(lang, &tierwise_app::text::Plain, &e).trim_end_matches('.'),
                        )],
                    ),
                };
                dispatch.emit(Action::Notice(notice));
            }
        }
    });
}
