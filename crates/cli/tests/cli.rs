//! The native CLI: JSON in, JSON out, exit status 2 with a one-line message
//! on bad input, and the same bytes whatever the machine's time zone.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

const FIXTURE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/spec-example.json"
);

fn tierwise(args: &[&str], stdin: Option<&str>, tz: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_tierwise"));
    cmd.args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if let Some(tz) = tz {
        cmd.env("TZ", tz);
    }
    let mut child = cmd.spawn().expect("tierwise runs");
    let mut pipe = child.stdin.take().unwrap();
    pipe.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(pipe);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn simulate_prints_the_result_json() {
    let o = tierwise(&["simulate", FIXTURE], None, None);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["currency"], "USD");
    assert_eq!(v["upgrades"][0]["charge_date"], "2026-12-11");
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).lines().count(),
        1,
        "compact by default"
    );
}

#[test]
fn simulate_reads_stdin_and_pretty_prints() {
    let text = std::fs::read_to_string(FIXTURE).unwrap();
    let o = tierwise(&["simulate", "--pretty", "-"], Some(&text), None);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).lines().count() > 100);
}

#[test]
fn bad_input_exits_2_with_one_line_naming_the_field() {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("\"count\": 300", "\"count\": -300");
    let o = tierwise(&["simulate", "-"], Some(&text), None);
    assert_eq!(o.status.code(), Some(2));
    assert!(o.stdout.is_empty());
    let err = stderr(&o);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("events[0].count"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn every_kind_of_bad_input_exits_2_without_a_panic() {
    let cases: [(&[&str], &str); 6] = [
        (&["simulate", "-"], "{ not json"),
        (&["simulate", "-"], "\u{0}\u{1}"),
        (&["simulate", "-"], r#"{"version": 9}"#),
        (&["simulate", "/nonexistent/scenario.json"], ""),
        (&["simulate"], ""),
        (&["frobnicate"], ""),
    ];
    for (args, input) in cases {
        let o = tierwise(args, Some(input), None);
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        let err = stderr(&o);
        // Bad input names the program; a bad command line gets clap's
        // error, with the usage.
        assert!(
            err.starts_with("tierwise: ") || err.starts_with("error: "),
            "{err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

/// `--help` on every subcommand, and `--version`.
#[test]
fn every_subcommand_has_help_and_the_program_a_version() {
    for sub in [
        "simulate",
        "try-every-assumption",
        "advise",
        "check",
        "zones",
        "example-prices",
        "synthetic",
    ] {
        let o = tierwise(&[sub, "--help"], None, None);
        assert!(o.status.success(), "{sub}");
        assert!(
            String::from_utf8_lossy(&o.stdout).contains("Usage: tierwise"),
            "{sub}"
        );
    }
    let o = tierwise(&["--version"], None, None);
    assert_eq!(
        String::from_utf8_lossy(&o.stdout).trim(),
        concat!("tierwise ", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn a_newer_scenario_says_so() {
    let o = tierwise(&["simulate", "-"], Some(r#"{"version": 2}"#), None);
    assert!(stderr(&o).contains("made by a newer version of Tierwise"));
}

#[test]
fn check_lists_every_problem() {
    let text = std::fs::read_to_string(FIXTURE)
        .unwrap()
        .replace("\"until\": \"2027-12-31\"", "\"until\": \"2027-13-01\"")
        .replace("America/New_York", "Moon/Base");
    let o = tierwise(&["check", "-"], Some(&text), None);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(
        err.contains("until") && err.contains("account.timezone"),
        "{err}"
    );
    assert!(tierwise(&["check", FIXTURE], None, None).status.success());
}

#[test]
fn zones_lists_the_supported_zones_with_presets() {
    let o = tierwise(&["zones"], None, None);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("America/New_York\t(preset: north_america)"));
    assert!(out.lines().any(|l| l == "UTC"));
}

#[test]
fn the_output_is_byte_identical_in_any_machine_time_zone() {
    let reference = tierwise(&["simulate", FIXTURE], None, Some("UTC")).stdout;
    for tz in [
        "Pacific/Kiritimati",
        "America/Los_Angeles",
        "Asia/Kathmandu",
        "Europe/Dublin",
    ] {
        assert_eq!(
            tierwise(&["simulate", FIXTURE], None, Some(tz)).stdout,
            reference,
            "TZ={tz}"
        );
    }
}

const MARCH: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/march-audit.json"
);
const MARCH_CSV: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/march-history.csv"
);
const MARCH_INVOICE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../tests/fixtures/march-invoice.txt"
);

#[test]
fn simulate_with_a_history_and_an_invoice_audits_it() {
    let with_march_files = |command: &str| {
        tierwise(
            &[
                command,
                "--history",
                MARCH_CSV,
                "--invoice",
                MARCH_INVOICE,
                MARCH,
            ],
            None,
            None,
        )
    };
    let o = with_march_files("simulate");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["days"][0]["date"], "2026-03-01");
    assert_eq!(v["upgrades"][0]["amount"], "58.06");
    assert_eq!(v["audit"]["charges"][1]["status"], "differs");
    assert_eq!(v["audit"]["charges"][1]["difference"], "0.01");
    assert_eq!(
        v["audit"]["charges"][1]["explained_by"][0][0],
        serde_json::json!({ "setting": "lines", "value": "credit_and_charge" })
    );
    let o = with_march_files("try-every-assumption");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v.as_array().map(Vec::len), Some(8));
}

#[test]
fn a_bad_history_row_exits_2_naming_line_and_column() {
    let dir = std::env::temp_dir().join(format!("tierwise-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("bad.csv");
    std::fs::write(&csv, "date,billed\n2026-03-01,1800\n2026-03-02,lots\n").unwrap();
    let o = tierwise(
        &["simulate", "--history", csv.to_str().unwrap(), MARCH],
        None,
        None,
    );
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("line 3, column 2 (billed)"), "{err}");
    assert!(err.contains("\"lots\" is not a whole number"), "{err}");
    let o = tierwise(&["try-every-assumption", MARCH], None, None);
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("needs invoice charges"));
    std::fs::remove_dir_all(&dir).ok();
}

/// SPEC §5: the output is byte-identical whatever the machine's time zone.
/// Every fixture, through the CLI, under zones with odd offsets and DST.
#[test]
fn the_result_does_not_depend_on_the_machine_time_zone() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures");
    let mut fixtures: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    fixtures.sort();
    assert!(fixtures.len() >= 6);
    for path in fixtures {
        let run = |tz: &str| {
            let out = std::process::Command::new(env!("CARGO_BIN_EXE_tierwise"))
                .arg("simulate")
                .arg(&path)
                .env("TZ", tz)
                .output()
                .expect("the CLI runs");
            (out.status.code(), out.stdout, out.stderr)
        };
        let utc = run("UTC");
        for tz in [
            "Pacific/Kiritimati",
            "America/St_Johns",
            "Asia/Kathmandu",
            "Australia/Lord_Howe",
        ] {
            assert!(run(tz) == utc, "{} differs under TZ={tz}", path.display());
        }
    }
}
