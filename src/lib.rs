//! # Tierwise in the browser
//!
//! Thin Yew components over the engine ([`tierwise_engine`]) and the
//! plain-Rust state and texts ([`tierwise_app`]). Everything is recomputed
//! in the page on every edit; nothing is sent anywhere. Two pages: the
//! calculator ([`page`], `index.html`) and the help-center embed's question
//! ([`ask`], `ask.html`), each its own binary and wasm module, so that a
//! help article on a phone never loads the whole calculator.
#![deny(missing_docs)]

pub mod ask;
pub mod browser;
pub mod components;
pub mod context;
pub mod hooks;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod icu;
pub mod intl;
pub mod language;
pub mod page;
#[cfg(all(feature = "prerender", not(target_arch = "wasm32")))]
pub mod prerender;

/// Mounts the app on index.html's `#app` (the body where there is none).
pub fn start() {
    // A debug build reports panics in the console. The release bundle aborts
    // without a message (scripts/trunk.sh), so the hook would be dead weight.
    #[cfg(debug_assertions)]
    console_error_panic_hook::set_once();
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    let props = page::AppProps {
        initial: None,
        boot: context::Boot::from_browser(),
    };
    if let Some(root) = &root {
        crate::browser::clear_first_screen(root);
    }
    match root {
        Some(root) => yew::Renderer::<page::App>::with_root_and_props(root, props).render(),
        None => yew::Renderer::<page::App>::with_props(props).render(),
    };
}
