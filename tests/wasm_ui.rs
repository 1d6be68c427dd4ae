//! The app's components rendered in headless Chromium: the DOM they produce
//! for a fixture scenario.
#![cfg(target_arch = "wasm32")]

use tierwise_engine as engine;
use tierwise_web::page::{App, AppProps};
use wasm_bindgen_test::*;
use yew::scheduler;

wasm_bindgen_test_configure!(run_in_browser);

fn root(id: &str) -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    div.set_id(id);
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn render(id: &str, fixture: &str) -> web_sys::Element {
    let el = root(id);
    let scenario = engine::parse(fixture).expect("fixture parses");
    yew::Renderer::<App>::with_root_and_props(
        el.clone(),
        AppProps {
            initial: Some(scenario),
            boot: tierwise_web::context::Boot::from_browser(),
        },
    )
    .render();
    scheduler::flush().await;
    painted().await;
    scheduler::flush().await;
    el
}

/// After the next frame and a task: the page draws its inputs, chart and
/// ledger once its first figures are painted (`ui::hooks::use_painted`).
async fn painted() {
    for _ in 0..2 {
        let frame = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window().unwrap().request_animation_frame(&resolve);
        });
        wasm_bindgen_futures::JsFuture::from(frame).await.unwrap();
        let task = js_sys::Promise::new(&mut |resolve, _| {
            let _ = web_sys::window()
                .unwrap()
                .set_timeout_with_callback(&resolve);
        });
        wasm_bindgen_futures::JsFuture::from(task).await.unwrap();
        scheduler::flush().await;
    }
}

fn texts(el: &web_sys::Element, selector: &str) -> Vec<String> {
    let list = el.query_selector_all(selector).unwrap();
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.text_content())
        .collect()
}

#[wasm_bindgen_test]
async fn the_ledger_lists_the_upgrade_charge_on_the_next_day() {
    let el = render(
        "ledger-test",
        include_str!("fixtures/import-on-the-20th.json"),
    )
    .await;
    let rows = el
        .query_selector_all("tr.line.kind-prorated-upgrade")
        .unwrap();
    assert_eq!(rows.length(), 1);
    let row: web_sys::Element = wasm_bindgen::JsCast::unchecked_into(rows.item(0).unwrap());
    assert_eq!(
        row.get_attribute("data-date").as_deref(),
        Some("2026-12-21")
    );
    // The explanation is drawn when asked for.
    assert!(texts(&el, ".formula").is_empty());
    let explain: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(
        row.query_selector("button.explain-toggle")
            .unwrap()
            .expect("an Explain button"),
    );
    explain.click();
    painted().await;
    let formula = texts(&el, ".formula");
    assert!(
        formula.iter().any(|f| f.contains("× 12 / 31 days")),
        "{formula:?}"
    );
    assert_eq!(texts(&el, "li.event").len(), 1);
}

#[wasm_bindgen_test]
async fn the_chart_draws_the_tier_step_and_an_upgrade_marker() {
    let el = render(
        "chart-test",
        include_str!("fixtures/import-on-the-20th.json"),
    )
    .await;
    let tier = el
        .query_selector("path.tier")
        .unwrap()
        .expect("a tier line");
    let d = tier.get_attribute("d").unwrap();
    assert_eq!(d.matches('V').count(), 1, "one step: 7,000 → 12,000");
    assert_eq!(el.query_selector_all("g.upgrade").unwrap().length(), 1);
    assert!(el.query_selector_all("g.notice").unwrap().length() >= 1);
}

#[wasm_bindgen_test]
async fn warnings_and_the_example_price_label_are_shown() {
    let el = render("warnings-test", include_str!("fixtures/spec-example.json")).await;
    assert!(el
        .query_selector(".warning-downgrade_refused")
        .unwrap()
        .is_some());
    assert!(!texts(&el, ".example-label").is_empty());
}

/// The browser build carries English only; a language's Fluent file, once
/// installed, gives its texts, and a file for another language is refused.
#[wasm_bindgen_test]
fn a_language_file_installs_its_texts_in_the_browser_build() {
    use tierwise_app::catalogue::{has_texts, install, Lang, T};
    let pl = Lang::of("pl");
    assert!(!has_texts(pl));
    assert_eq!(T::Undo.text(pl), T::Undo.text(Lang::EN));
    let file = include_str!("../locales/pl.ftl");
    assert!(install(Lang::of("sv"), file).is_err());
    assert!(install(pl, "<html>404</html>").is_err());
    assert!(!has_texts(pl));
    install(pl, file).unwrap();
    assert!(has_texts(pl));
    assert_eq!(T::Undo.text(pl), "↶ Cofnij");
    assert_eq!(T::Undo.text(Lang::EN), "↶ Undo");
}
