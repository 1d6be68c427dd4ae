//! The scenario format (SPEC §4): parsing, bad input with field paths, and
//! the fixtures' full results against their stored snapshots.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{base, fails, with};
use serde_json::json;
use tierwise_engine::{self as engine, ErrorCode};

/// The result JSON of a scenario's text, as the CLI prints it.
fn result_json(text: &str, pretty: bool) -> String {
    let s = engine::parse(text).unwrap();
    let o = engine::evaluate(&s, engine::Options::FULL).unwrap();
    if pretty {
        serde_json::to_string_pretty(&o).unwrap()
    } else {
        serde_json::to_string(&o).unwrap()
    }
}

fn parse_err(text: &str) -> engine::Error {
    engine::parse(text).expect_err("should not parse")
}

#[test]
fn unparsable_json_gives_line_and_column() {
    let e = parse_err("{\n  \"version\": 1,\n  \"account\": }");
    assert_eq!(e.code(), ErrorCode::Syntax);
    assert_eq!(e.count("line"), Some(3));
    assert!(
        e.to_string().starts_with("not valid JSON"),
        "{}",
        e.to_string()
    );
}

#[test]
fn a_newer_version_is_reported_before_anything_else() {
    let e = parse_err(r#"{"version": 2, "something_new": true}"#);
    assert_eq!(e.code(), ErrorCode::NewerVersion);
    assert!(e.is_newer_version());
    assert!(
        e.to_string()
            .contains("made by a newer version of Tierwise"),
        "{}",
        e.to_string()
    );
}

#[test]
fn a_missing_or_bad_version_is_an_error() {
    assert_eq!(
        parse_err(r#"{"account": {}}"#).code(),
        ErrorCode::MissingField
    );
    assert_eq!(parse_err(r#"{"version": 0}"#).code(), ErrorCode::BadVersion);
    assert_eq!(
        parse_err(r#"{"version": "1"}"#).code(),
        ErrorCode::BadVersion
    );
    assert_eq!(parse_err("[1]").code(), ErrorCode::InvalidValue);
}

#[test]
fn unknown_fields_are_errors_with_their_path() {
    let ev = json!({ "at": "2026-05-01", "action": "add_marketing", "count": 1 });
    let e = fails(with(base(), &[("account.colour", json!("blue"))]));
    assert_eq!(
        (e.path(), e.code()),
        ("account.colour", ErrorCode::UnknownField)
    );
    let e = fails(with(
        base(),
        &[(
            "events",
            json!([ev.clone(), ev.clone(), { "at": "2026-05-01", "action": "add_marketing", "count": 1, "note": "x" }]),
        )],
    ));
    assert_eq!(e.path(), "events[2].note");
    let e = fails(with(
        base(),
        &[("assumptions", json!({ "prorate": "daily" }))],
    ));
    assert_eq!(e.path(), "assumptions.prorate");
}

#[test]
fn a_missing_field_names_itself() {
    let mut v = base();
    v["account"].as_object_mut().unwrap().remove("edition");
    let e = fails(v);
    assert_eq!(
        (e.path(), e.code()),
        ("account.edition", ErrorCode::MissingField)
    );
}

#[test]
fn wrong_types_and_unknown_words_name_the_field() {
    let e = fails(with(base(), &[("contacts.marketing", json!("many"))]));
    assert_eq!(
        (e.path(), e.code()),
        ("contacts.marketing", ErrorCode::InvalidValue)
    );
    let e = fails(with(base(), &[("account.edition", json!("gold"))]));
    assert_eq!(e.path(), "account.edition");
    assert!(e.to_string().contains("gold"), "{}", e.to_string());
    let e = fails(with(base(), &[("contacts.marketing", json!(1.5))]));
    assert_eq!(e.path(), "contacts.marketing");
}

/// What serde found and what the field takes, as params in the format's
/// own words (the app says them in the person's language; serde's English
/// "expected i64" never reaches a person).
#[test]
fn a_wrong_type_says_what_was_found_and_what_is_needed() {
    let e = fails(with(base(), &[("contacts.marketing", json!("five"))]));
    assert_eq!(e.text("problem"), Some("wrong_type"));
    assert_eq!(e.text("found"), Some("\"five\""));
    assert_eq!(e.text("expected"), Some("whole_number"));
    let e = fails(with(base(), &[("contacts.marketing", json!(1.5))]));
    assert_eq!(
        (e.text("found"), e.text("expected")),
        (Some("1.5"), Some("whole_number"))
    );
    let e = fails(with(base(), &[("contacts.marketing", json!({ "a": 1 }))]));
    assert_eq!(e.text("found"), Some("{…}"));
    let e = fails(with(base(), &[("until", json!(20271231))]));
    assert_eq!(
        (e.text("found"), e.text("expected")),
        (Some("20271231"), Some("text"))
    );
    let e = fails(with(base(), &[("account.edition", json!("gold"))]));
    assert_eq!(e.text("problem"), Some("not_a_choice"));
    assert_eq!(e.text("value"), Some("gold"));
    assert_eq!(
        e.text("choices"),
        Some("starter, professional, enterprise, basic")
    );
}

#[test]
fn negative_and_impossible_counts_are_refused() {
    let e = fails(with(base(), &[("contacts.marketing", json!(-5))]));
    assert_eq!(
        (e.path(), e.code()),
        ("contacts.marketing", ErrorCode::Negative)
    );
    let e = fails(with(
        base(),
        &[(
            "events",
            json!([{ "at": "2026-05-01", "action": "add_marketing", "count": 2_000_000_000i64 }]),
        )],
    ));
    assert_eq!((e.path(), e.code()), ("events[0].count", ErrorCode::TooBig));
}

#[test]
fn dates_must_exist_and_be_in_range() {
    let e = fails(with(base(), &[("until", json!("2026-02-30"))]));
    assert_eq!((e.path(), e.code()), ("until", ErrorCode::InvalidDate));
    let e = fails(with(base(), &[("account.start", json!("1999-12-31"))]));
    assert_eq!(
        (e.path(), e.code()),
        ("account.start", ErrorCode::DateOutOfRange)
    );
    let e = fails(with(
        base(),
        &[(
            "events",
            json!([{ "at": "2026-05-01T25:00", "action": "add_marketing", "count": 1 }]),
        )],
    ));
    assert_eq!(
        (e.path(), e.code()),
        ("events[0].at", ErrorCode::InvalidDateTime)
    );
    let e = fails(with(base(), &[("account.processing_time", json!("noon"))]));
    assert_eq!(
        (e.path(), e.code()),
        ("account.processing_time", ErrorCode::InvalidTime)
    );
}

#[test]
fn until_before_as_of_and_as_of_before_start_are_refused() {
    let e = fails(with(base(), &[("until", json!("2026-03-31"))]));
    assert_eq!((e.path(), e.code()), ("until", ErrorCode::UntilBeforeAsOf));
    let e = fails(with(base(), &[("account.as_of", json!("2025-12-31"))]));
    assert_eq!(
        (e.path(), e.code()),
        ("account.as_of", ErrorCode::AsOfBeforeStart)
    );
}

#[test]
fn the_horizon_is_at_most_fifty_years() {
    assert!(engine::evaluate(
        &engine::from_value(with(base(), &[("until", json!("2076-03-31"))])).unwrap(),
        engine::Options::FULL
    )
    .is_ok());
    let e = fails(with(base(), &[("until", json!("2076-04-02"))]));
    assert_eq!(e.code(), ErrorCode::HorizonTooLong);
}

#[test]
fn tiers_must_be_in_the_book_and_hold_the_count() {
    let e = fails(with(base(), &[("account.tier", json!(5000))]));
    assert_eq!(
        (e.path(), e.code()),
        ("account.tier", ErrorCode::TierNotInBook)
    );
    assert!(e.to_string().contains("2000 or 7000"), "{}", e.to_string());
    let e = fails(with(
        base(),
        &[
            ("account.tier", json!(2000)),
            ("contacts.marketing", json!(2500)),
        ],
    ));
    assert_eq!(
        (e.path(), e.code()),
        ("account.tier", ErrorCode::TierBelowCount)
    );
    let e = fails(with(
        base(),
        &[(
            "events",
            json!([{ "at": "2026-05-01", "action": "change_tier", "tier": 8000 }]),
        )],
    ));
    assert_eq!(
        (e.path(), e.code()),
        ("events[0].tier", ErrorCode::TierNotInBook)
    );
}

#[test]
fn the_default_tier_holds_the_billed_count() {
    let o = common::run(with(
        base(),
        &[(
            "contacts",
            json!({ "marketing": 1990, "pending_non_marketing": 20 }),
        )],
    ));
    assert_eq!(o.days[0].tier, 7000);
}

#[test]
fn a_custom_book_must_have_the_edition_and_growing_tiers() {
    let book = json!({ "currency": "EUR", "editions": { "starter": { "included": 1000, "base": "20", "pack_size": 1000, "pack_price": "45" } } });
    let e = fails(with(base(), &[("prices", book.clone())]));
    assert_eq!(e.code(), ErrorCode::EditionNotInBook);
    assert!(e.to_string().contains("professional"), "{}", e.to_string());
    let mut flat = book;
    flat["editions"]["starter"]["pack_size"] = json!(0);
    let e = fails(with(
        base(),
        &[("account.edition", json!("starter")), ("prices", flat)],
    ));
    assert_eq!(
        (e.path(), e.code()),
        (
            "prices.editions.starter.pack_size",
            ErrorCode::TiersNotGrowing
        )
    );
}

#[test]
fn money_must_be_a_decimal_string() {
    let book = json!({ "editions": { "professional": { "included": 2000, "base": 800.0, "pack_size": 5000, "pack_price": "225" } } });
    let e = fails(with(base(), &[("prices", book)]));
    assert_eq!(e.path(), "prices.editions.professional.base");
}

#[test]
fn schedules_need_exactly_one_form() {
    let cases = [
        (
            json!({ "action": "add_marketing", "count": 1 }),
            "events[0].at",
            ErrorCode::BadSchedule,
        ),
        (
            json!({ "at": "2026-05-01", "from": "2026-05-01", "to": "2026-05-02", "action": "add_marketing", "count": 1 }),
            "events[0]",
            ErrorCode::BadSchedule,
        ),
        (
            json!({ "at": "2026-05-01", "action": "add_marketing" }),
            "events[0].count",
            ErrorCode::MissingField,
        ),
        (
            json!({ "from": "2026-05-01", "to": "2026-05-02", "action": "add_marketing", "count": 3 }),
            "events[0].count",
            ErrorCode::UnexpectedField,
        ),
        (
            json!({ "from": "2026-05-01", "to": "2026-05-02", "action": "add_marketing" }),
            "events[0].per_day",
            ErrorCode::MissingField,
        ),
        (
            json!({ "at": "2026-05-01", "action": "add_marketing", "count": 1, "tier": 7000 }),
            "events[0].tier",
            ErrorCode::UnexpectedField,
        ),
        (
            json!({ "at": "2026-05-01", "action": "request_downgrade" }),
            "events[0].tier",
            ErrorCode::MissingField,
        ),
        (
            json!({ "at": "2026-05-01", "action": "add_marketing", "count": 1, "every": "month" }),
            "events[0].through",
            ErrorCode::MissingField,
        ),
        (
            json!({ "from": "2026-05-05", "to": "2026-05-01", "action": "add_marketing", "per_day": 1 }),
            "events[0].to",
            ErrorCode::EndBeforeStart,
        ),
        (
            json!({ "at": "2026-03-31", "action": "add_marketing", "count": 1 }),
            "events[0].at",
            ErrorCode::EventBeforeAsOf,
        ),
    ];
    for (event, path, code) in cases {
        let e = fails(with(base(), &[("events", json!([event]))]));
        assert_eq!((e.path(), e.code()), (path, code), "{event}: {e}");
    }
}

#[test]
fn check_reports_every_problem_at_once() {
    let v = with(
        base(),
        &[
            ("contacts.marketing", json!(-1)),
            ("until", json!("nope")),
            ("account.timezone", json!("Nowhere")),
        ],
    );
    let errors = engine::evaluate(&engine::from_value(v).unwrap(), engine::Options::FIGURES)
        .err()
        .unwrap_or_default();
    let paths: Vec<_> = errors.iter().map(|e| e.path()).collect();
    assert_eq!(paths, ["until", "account.timezone", "contacts.marketing"]);
}

#[test]
fn events_after_until_warn_instead_of_failing() {
    let o = common::run(with(
        base(),
        &[(
            "events",
            json!([{ "at": "2027-01-01", "action": "add_marketing", "count": 1 }]),
        )],
    ));
    assert!(o.warnings.iter().any(|w| w.message.contains("after until")));
}

#[test]
fn a_scenario_round_trips_through_json() {
    for text in [
        include_str!("../../../tests/fixtures/spec-example.json"),
        include_str!("../../../tests/fixtures/starter-monthly.json"),
    ] {
        let s = engine::parse(text).unwrap();
        let again = engine::parse(&serde_json::to_string(&s).unwrap()).unwrap();
        assert_eq!(s, again);
    }
}

#[test]
fn money_in_the_result_is_a_decimal_string() {
    let json = result_json(
        include_str!("../../../tests/fixtures/import-on-the-20th.json"),
        false,
    );
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["total"], json!("16112.10"));
    assert_eq!(v["invoice_lines"][0]["amount"], json!("1025.00"));
    assert_eq!(v["currency"], json!("USD"));
}

/// Each fixture's full result matches its snapshot in `tests/fixtures/expected/`.
/// Run with `UPDATE_SNAPSHOTS=1` to rewrite them after a deliberate change,
/// then read the diff.
#[test]
fn fixtures_match_their_snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    names.sort();
    assert!(names.len() >= 5);
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let got = result_json(&text, true) + "\n";
        let expected_path = dir.join("expected").join(path.file_name().unwrap());
        if update {
            std::fs::create_dir_all(expected_path.parent().unwrap()).unwrap();
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_else(|_| {
            panic!(
                "no snapshot {}; run with UPDATE_SNAPSHOTS=1",
                expected_path.display()
            )
        });
        assert!(
            got == expected,
            "{} differs from its snapshot",
            path.display()
        );
    }
}

#[test]
fn warning_and_assumption_codes_match_their_json_words() {
    use tierwise_engine::outcome::WarningKind;
    use tierwise_engine::scenario::{Lines, MonthEnd, Proration, Rounding, RuleEdition};
    let word = |v: serde_json::Value| v.as_str().unwrap().to_string();
    for p in Proration::ALL {
        assert_eq!(word(json!(p)), p.code());
    }
    for r in Rounding::ALL {
        assert_eq!(word(json!(r)), r.code());
    }
    for l in Lines::ALL {
        assert_eq!(word(json!(l)), l.code());
    }
    for m in MonthEnd::ALL {
        assert_eq!(word(json!(m)), m.code());
    }
    for r in RuleEdition::ALL {
        assert_eq!(word(json!(r)), r.code());
    }
    // Every warning the fixtures produce, plus the rest built by hand.
    let mut kinds = vec![
        WarningKind::ExamplePrices,
        WarningKind::AdviceLimited {
            upgrades: 1,
            computed: 1,
        },
    ];
    for text in [
        include_str!("../../../tests/fixtures/spec-example.json"),
        include_str!("../../../tests/fixtures/starter-monthly.json"),
        include_str!("../../../tests/fixtures/import-on-the-20th.json"),
    ] {
        let o = engine::evaluate(&engine::parse(text).unwrap(), engine::Options::FULL).unwrap();
        kinds.extend(o.warnings.into_iter().map(|w| w.kind));
    }
    for k in kinds {
        let v = serde_json::to_value(&k).unwrap();
        assert_eq!(v["code"], json!(k.code()));
    }
}

/// What the app, the CLI and the API write reads back to the same scenario,
/// for every fixture and a large synthetic scenario, compact and pretty.
#[test]
fn a_scenario_round_trips_through_its_text() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut scenarios = vec![engine::synthetic::scenario(200, 3, 9)];
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|x| x == "json") {
            scenarios.push(engine::parse(&std::fs::read_to_string(&path).unwrap()).unwrap());
        }
    }
    assert!(scenarios.len() >= 8, "the fixtures were found");
    for s in scenarios {
        assert_eq!(
            engine::parse(&engine::format::json::to_text(&s)).unwrap(),
            s
        );
        assert_eq!(
            engine::parse(&engine::format::json::to_pretty(&s)).unwrap(),
            s
        );
        assert_eq!(
            engine::from_value(serde_json::to_value(&s).unwrap()).unwrap(),
            s
        );
    }
}

/// A key written twice is an error at its path, never "the last one wins":
/// in the scenario, in an object inside it, and in the price book's map of
/// editions.
#[test]
fn a_repeated_key_is_an_error_at_its_path() {
    let text = r#"{"version": 1, "account": {"edition": "starter", "term": "monthly", "start": "2026-01-01"},
        "contacts": {"marketing": 10}, "until": "2026-02-01", "until": "2026-03-01"}"#;
    let e = parse_err(text);
    assert_eq!((e.path(), e.code()), ("until", ErrorCode::InvalidValue));
    assert!(
        e.to_string().contains("duplicate field `until`"),
        "{}",
        e.to_string()
    );
    let text = r#"{"version": 1, "account": {"edition": "starter", "term": "monthly", "start": "2026-01-01"},
        "contacts": {"marketing": 10, "marketing": 20}, "until": "2026-02-01"}"#;
    assert_eq!(parse_err(text).path(), "contacts.marketing");
    let text = r#"{"version": 1, "version": 1}"#;
    assert_eq!(parse_err(text).path(), "version");
    let book = r#"{"editions": {"starter": {"included": 1000, "base": "20", "pack_size": 1000, "pack_price": "45"},
        "starter": {"included": 1000, "base": "1", "pack_size": 1000, "pack_price": "1"}}}"#;
    let text = format!(
        r#"{{"version": 1, "account": {{"edition": "starter", "term": "monthly", "start": "2026-01-01"}},
        "contacts": {{"marketing": 10}}, "until": "2026-02-01", "prices": {book}}}"#
    );
    let e = parse_err(&text);
    assert!(e.path().starts_with("prices.editions"), "{}", e.path());
    assert!(
        e.to_string().contains("duplicate field `starter`"),
        "{}",
        e.to_string()
    );
}

/// Deep nesting is refused at the field that cannot hold it, or, where any
/// value may stand, as a syntax error with a line and column. A number past
/// JSON's range, or too large for a count, names its field.
#[test]
fn deep_nesting_and_huge_numbers_are_clear_errors() {
    let deep = format!(
        r#"{{"version": 1, "name": {}1{}}}"#,
        "[".repeat(500),
        "]".repeat(500)
    );
    let e = parse_err(&deep);
    assert_eq!((e.path(), e.code()), ("name", ErrorCode::InvalidValue));
    assert!(
        e.to_string().contains("expected a string"),
        "{}",
        e.to_string()
    );
    // Where nothing is built from the nesting (the version is read as raw
    // text first), it is no crash and no syntax error: the error says what
    // was expected there instead.
    let e = parse_err(&format!("{}1{}", "[".repeat(500), "]".repeat(500)));
    assert_eq!(e.code(), ErrorCode::InvalidValue);
    assert!(
        e.to_string().contains("must be a JSON object"),
        "{}",
        e.to_string()
    );
    let e = parse_err(&format!(
        r#"{{"version": {}1{}}}"#,
        "[".repeat(500),
        "]".repeat(500)
    ));
    assert_eq!((e.path(), e.code()), ("version", ErrorCode::BadVersion));
    // Nested past serde_json's limit where a value is built: a syntax error
    // with its line and column.
    let e = parse_err(&format!(
        r#"{{"version": 1, "prices": {{"editions": {{"x": {}1{}}}}}}}"#,
        "{\"a\": ".repeat(300),
        "}".repeat(300)
    ));
    assert!(
        e.code() == ErrorCode::Syntax || e.code() == ErrorCode::InvalidValue,
        "{e:?}"
    );
    let e = parse_err(r#"{"version": 1, "contacts": {"marketing": 1e400}}"#);
    assert_eq!(e.path(), "contacts.marketing");
    assert!(e.to_string().contains("out of range"), "{}", e.to_string());
    let e = fails(with(
        base(),
        &[("contacts.marketing", json!(18446744073709551615u64))],
    ));
    assert_eq!(
        (e.path(), e.code()),
        ("contacts.marketing", ErrorCode::InvalidValue)
    );
}

/// Dates stop at 2098-12-31: the time-zone data has daylight-saving rules
/// through 2099 only, and a later date would be simulated without them.
#[test]
fn a_date_past_the_zone_data_is_refused_by_name() {
    let check = |until: &str| {
        let v = with(
            base(),
            &[
                ("account.start", json!("2098-01-01")),
                ("account.as_of", json!("2098-01-01")),
                ("events", json!([])),
                ("until", json!(until)),
            ],
        );
        engine::evaluate(&engine::from_value(v).unwrap(), engine::Options::FIGURES)
            .err()
            .unwrap_or_default()
    };
    let e = check("2099-01-01");
    let until = e
        .iter()
        .find(|e| e.path() == "until")
        .expect("until is refused");
    assert_eq!(until.code(), ErrorCode::DateOutOfRange);
    assert!(until.to_string().contains("2098-12-31"), "{until}");
    assert_eq!(check("2098-12-31"), vec![]);
}

/// Money never overflows: a price book whose prices, at the largest tier a
/// scenario can reach, cannot be represented is an error that names the
/// tier, not a panic or a silently wrong amount. The same book with fewer
/// contacts simulates.
#[test]
fn prices_too_large_to_compute_are_an_error() {
    let book = json!({ "currency": "USD", "monthly_term_factor": "999999999999999", "editions": { "professional": {
        "included": 2000, "base": "999999999999999", "pack_size": 1, "pack_price": "999999999999999" } } });
    let huge = with(
        base(),
        &[
            ("prices", book.clone()),
            ("account.term", json!("monthly")),
            (
                "events",
                json!([{ "at": "2026-04-10", "action": "add_marketing", "count": 1_000_000_000 }]),
            ),
        ],
    );
    let e = fails(huge);
    assert_eq!((e.path(), e.code()), ("prices", ErrorCode::AmountTooLarge));
    assert!(
        e.to_string().contains("tier 1000011000"),
        "{}",
        e.to_string()
    );
    let small_book = json!({ "currency": "USD", "editions": { "professional": {
        "included": 2000, "base": "999999999999", "pack_size": 1, "pack_price": "1000" } } });
    let o = common::run(with(
        base(),
        &[
            ("prices", small_book),
            (
                "events",
                json!([{ "at": "2026-04-10", "action": "add_marketing", "count": 1_000_000_000 }]),
            ),
        ],
    ));
    assert_eq!(o.upgrades.len(), 1);
}

/// A missing field is named under its parent even when the parent has the
/// same name as the field; an unknown one named like its parent likewise.
#[test]
fn field_errors_name_the_field_under_its_parent() {
    let e = parse_err(
        r#"{"version": 1, "account": {"edition": "starter", "term": "monthly", "start": "2026-01-01"},
        "contacts": {"marketing": 1, "contacts": 1}, "until": "2026-02-01"}"#,
    );
    assert_eq!(
        (e.path(), e.code()),
        ("contacts.contacts", ErrorCode::UnknownField)
    );
    let e = parse_err(
        r#"{"version": 1, "account": {"edition": "starter", "term": "monthly"},
        "contacts": {"marketing": 1}, "until": "2026-02-01"}"#,
    );
    assert_eq!(
        (e.path(), e.code()),
        ("account.start", ErrorCode::MissingField)
    );
    let e = parse_err(
        r#"{"version": 1, "account": {"edition": "starter", "term": "monthly", "start": "2026-01-01"}, "contacts": {"marketing": 1}, "until": "2026-02-01", "a`b": 1}"#,
    );
    assert_eq!((e.path(), e.code()), ("a`b", ErrorCode::UnknownField));
}

/// The bound covers a `seconds` proration, which multiplies a year's price
/// difference by the seconds left before dividing: prices that fit a period
/// but not that product are refused up front, and no combination the bill
/// check tries can overflow.
#[test]
fn a_seconds_proration_of_a_huge_price_is_refused_not_a_panic() {
    let book = json!({ "currency": "USD", "editions": { "professional": {
        "included": 2000, "base": "1", "pack_size": 1, "pack_price": "100000000000000" } } });
    let v = with(
        base(),
        &[
            ("prices", book),
            ("assumptions", json!({ "proration": "seconds" })),
            (
                "invoice",
                json!([{ "date": "2026-04-11", "amount": "1.00" }]),
            ),
            (
                "events",
                json!([{ "at": "2026-04-10", "action": "add_marketing", "count": 100_000_000 }]),
            ),
        ],
    );
    let e = fails(v.clone());
    assert_eq!(e.code(), ErrorCode::AmountTooLarge);
    let s = engine::from_value(v).unwrap();
    assert_eq!(
        engine::try_every_assumption(&s).unwrap_err().code(),
        ErrorCode::AmountTooLarge
    );
}
