//! The Swedish and Polish texts, loaded from the app's own origin
//! (`dist/lang/`) when first chosen; English is built in. If a language
//! cannot load (offline, a 404), the page keeps its language and a notice
//! says why.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::Callback;

use tierwise_app::catalogue::{self, Lang, T};
use tierwise_app::state::{Action, Notice};

#[wasm_bindgen(module = "/www/on_demand.js")]
extern "C" {
    #[wasm_bindgen(js_name = fetchText, catch)]
    async fn fetch_text(part: &str, fallback: &str) -> Result<JsValue, JsValue>;
}

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
    if catalogue::has_texts(lang) {
        return Ok(());
    }
    let part = format!("lang-{}", lang.code());
    let fallback = format!("lang/{}.ftl", lang.code());
    let text = fetch_text(&part, &fallback).await.map_err(|e| why(&e))?;
    catalogue::install(lang, &text.as_string().unwrap_or_default())
}

thread_local! {
    /// The language asked for last: a slow file must not undo a later choice.
    static WANTED: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::EN) };
}

/// Switches the interface to `lang`, loading its texts first; if they cannot
/// load, the language stays and a notice says why. The last choice wins.
pub fn switch_language(lang: Lang, dispatch: Callback<Action>) {
    WANTED.with(|w| w.set(lang));
    if catalogue::has_texts(lang) {
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
