//! Writes the prerendered first screen into a built `dist/`:
//! `prerender DIST YYYY-MM-DD` fills `index.html`'s `#app` and `ask.html`'s
//! `#ask` with the default scenario's figures on that day (the build day,
//! which `scripts/build.sh` passes) and marks each with the day, which the
//! page's first-screen script compares with the visitor's.

use std::process::ExitCode;

fn fill(path: &str, empty: &str, open: &str, html: &str) -> Result<(), String> {
    let page = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    if !page.contains(empty) {
        return Err(format!(
            "{path} has no {empty} to fill (already prerendered?)"
        ));
    }
    let filled = page.replacen(
        empty,
        &format!("{open}{html}{}", &empty[empty.rfind("</").unwrap_or(0)..]),
        1,
    );
    std::fs::write(path, filled).map_err(|e| format!("{path}: {e}"))
}

/// `prerender --formats`: sample values as the prerender writes them, one
/// JSON object a line (`{"kind":"money","value":"-180.65","text":"-$180.65"}`),
/// which tests/e2e/first_screen.test.mjs compares with the browser's `Intl`.
fn formats() {
    use tierwise_app::text::Format;
    let icu = tierwise_web::icu::Icu::new("en-US", "USD", 2);
    let line = |kind: &str, value: &str, text: String| {
        println!(
            "{}",
            serde_json::json!({ "kind": kind, "value": value, "text": text })
        );
    };
    for n in [0u64, 7, 999, 1000, 1800, 12_500, 999_999, 1_000_000_000] {
        line("count", &n.to_string(), icu.count(n));
    }
    for d in [
        "0",
        "0.5",
        "87.1",
        "87.10",
        "-180.65",
        "1234.565",
        "9600",
        "182948225.81",
    ] {
        let dec: rust_decimal::Decimal = d.parse().expect("a decimal");
        line("money", d, icu.money(&dec));
        line("amount", d, icu.amount(&dec));
    }
    for d in [
        "2026-01-01",
        "2026-12-07",
        "2027-02-28",
        "2028-02-29",
        "2000-10-10",
    ] {
        let day = chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d").expect("a date");
        line("date", d, icu.date(day));
    }
    for (unix, offset) in [
        (1_798_779_600i64, -18_000i32),
        (1_735_732_800, 3_600),
        (1_719_792_000, 19_800),
        (1_767_225_600, 0),
    ] {
        let stamp = tierwise_engine::outcome::Stamp { unix, offset };
        line("instant", &format!("{unix}{offset:+}"), icu.instant(&stamp));
    }
}

/// What the first-screen script says before the app starts, in every
/// language, as JSON for a `data-texts` attribute: `{"sv": {"starting": …}}`.
/// `$day` is left as `{day}`, which the script replaces with the build day
/// as the visitor's browser writes dates.
fn first_screen_texts() -> String {
    use tierwise_app::catalogue::{say, Lang, T};
    let mut all = serde_json::Map::new();
    for lang in Lang::all() {
        let day = [("day", "{day}".into())];
        let texts = serde_json::json!({
            "starting": say(lang, T::FirstScreenStarting, &[]),
            "startingQuestion": say(lang, T::FirstScreenStartingQuestion, &[]),
            "opening": say(lang, T::FirstScreenOpening, &[]),
            "otherDay": say(lang, T::FirstScreenOtherDay, &day),
            "failed": say(lang, T::FirstScreenFailed, &day),
        });
        all.insert(lang.code().to_string(), texts);
    }
    serde_json::Value::Object(all).to_string()
}

/// Text as an HTML attribute's value, in double quotes.
fn attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("--formats") {
        formats();
        return ExitCode::SUCCESS;
    }
    let (Some(dist), Some(day)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: prerender DIST YYYY-MM-DD");
        return ExitCode::from(2);
    };
    let Ok(day) = chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") else {
        eprintln!("prerender: {day} is not a date YYYY-MM-DD");
        return ExitCode::from(2);
    };
    let mark = format!(
        " data-prerendered=\"{day}\" data-texts=\"{}\"",
        attribute(&first_screen_texts())
    );
    let jobs = [
        (
            format!("{dist}/index.html"),
            "<div id=\"app\"></div>",
            format!("<div id=\"app\"{mark}>"),
            tierwise_web::prerender::page(day),
        ),
        (
            format!("{dist}/ask.html"),
            "<main id=\"ask\"></main>",
            format!("<main id=\"ask\"{mark}>"),
            tierwise_web::prerender::ask(day),
        ),
    ];
    for (path, empty, open, html) in &jobs {
        if let Err(why) = fill(path, empty, open, html) {
            eprintln!("prerender: {why}");
            return ExitCode::FAILURE;
        }
        println!("prerender: {path}, {} bytes of HTML for {day}", html.len());
    }
    ExitCode::SUCCESS
}
