//! The first screen as HTML, written into `dist/` at build time
//! (`src/bin/prerender.rs`, run by `scripts/build.sh`): the calculator's
//! page and the embed's question, for the default scenario on the build
//! day, in English (en-US), rendered natively by Yew's server renderer from
//! the same components the browser mounts.
//!
//! Numbers, money and dates are written by ICU4X ([`crate::icu::Icu`]) as
//! the browser's `Intl` writes them for en-US, so the figures read the same
//! when the app takes over (tests/e2e/first_screen.test.mjs compares the
//! two). None of this is in the wasm.

use chrono::NaiveDate;

use crate::ask::{Ask, AskProps};
use crate::context::Boot;
use crate::page::{App, AppProps};

/// The calculator's first screen for `day`, as HTML.
pub fn page(day: NaiveDate) -> String {
    futures::executor::block_on(
        yew::ServerRenderer::<App>::with_props(move || AppProps {
            initial: None,
            boot: Boot::prerender(day),
        })
        .hydratable(false)
        .render(),
    )
}

/// The embed's question, answered for `day`, as HTML.
pub fn ask(day: NaiveDate) -> String {
    futures::executor::block_on(
        yew::ServerRenderer::<Ask>::with_props(move || AskProps {
            boot: Boot::prerender(day),
        })
        .hydratable(false)
        .render(),
    )
}
