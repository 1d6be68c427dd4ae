//! `tierwise`: the native command line. Scenario JSON in, result JSON out;
//! bad input gets a one-line message on stderr naming the field, and exit
//! status 2 (as clap gives a bad command line). `tierwise --help` and
//! `tierwise SUBCOMMAND --help` say the rest.

use std::io::{Read, Write};
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use tierwise_engine::{self as engine, zone};

/// Bad input or bad usage: exit status 2, as clap uses for a bad command line.
const BAD_INPUT: u8 = 2;

/// Simulate marketing-contacts billing: tiers, update dates, prorated upgrades.
///
/// Reads a scenario (JSON, format version 1) from FILE, or from stdin with -.
#[derive(Parser)]
#[command(name = "tierwise", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Simulate a scenario: result JSON on stdout.
    Simulate {
        /// Indent the JSON.
        #[arg(long)]
        pretty: bool,
        #[command(flatten)]
        files: Files,
    },
    /// Every combination of the discrete assumptions under which the
    /// invoice's charges match the simulation.
    TryEveryAssumption {
        #[command(flatten)]
        files: Files,
    },
    /// The advisor's answers, as JSON: stay in the tier, crossings, what an
    /// import costs, the cheapest day, the terms, a cap.
    Advise {
        /// Growth in marketing contacts per day (linear).
        #[arg(long, value_name = "N", value_parser = whole_number, conflicts_with = "growth_percent")]
        growth_per_day: Option<i64>,
        /// Growth in percent per month (compounds monthly).
        #[arg(long, value_name = "P")]
        growth_percent: Option<String>,
        /// The size of the next import (default: the planned one, or 1,000).
        #[arg(long, value_name = "N", value_parser = whole_number)]
        import: Option<i64>,
        /// The timing window, FROM..TO (YYYY-MM-DD..YYYY-MM-DD).
        #[arg(long, value_name = "FROM..TO", value_parser = window)]
        window: Option<(String, String)>,
        /// The cap to try (default: the current tier).
        #[arg(long, value_name = "N", value_parser = whole_number)]
        cap: Option<i64>,
        /// The scenario, or - for stdin.
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// List every problem with a scenario at once ("ok" when there is none).
    Check {
        /// The scenario, or - for stdin.
        #[arg(value_name = "FILE")]
        file: String,
    },
    /// List the supported processing time zones (and the region presets).
    Zones,
    /// Print the built-in example price book (not an official price list).
    ExamplePrices,
    /// Print a deterministic scenario for benchmarks.
    Synthetic {
        /// How many events.
        events: u64,
        /// How many years the horizon spans.
        years: u64,
        /// The random seed.
        #[arg(default_value_t = 1)]
        seed: u64,
    },
}

/// A scenario and the real bill's files that go with it.
#[derive(Args)]
struct Files {
    /// A usage history CSV (header date,billed[,non_marketing]) that replaces
    /// the scenario's contact events on its dates.
    #[arg(long, value_name = "CSV")]
    history: Option<String>,
    /// Charges from a real invoice, one "YYYY-MM-DD, amount" a line, audited
    /// against the simulation (the result's "audit").
    #[arg(long, value_name = "FILE")]
    invoice: Option<String>,
    /// The scenario, or - for stdin.
    #[arg(value_name = "FILE")]
    file: String,
}

/// A whole number as people write it: `1,000` and `1_000` read.
fn whole_number(text: &str) -> Result<i64, String> {
    text.replace([',', '_'], "")
        .parse()
        .map_err(|_| format!("{text:?} is not a whole number"))
}

/// `FROM..TO`.
fn window(text: &str) -> Result<(String, String), String> {
    text.split_once("..")
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .ok_or_else(|| format!("{text:?} is not FROM..TO"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli.command) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "tierwise: {message}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run(command: Command) -> Result<(), String> {
    match command {
        Command::Simulate { pretty, files } => {
            let scenario = read_scenario(&files)?;
            let outcome = engine::evaluate(&scenario, engine::Options::FULL).map_err(joined)?;
            emit(&to_json(&outcome, pretty)?)
        }
        Command::TryEveryAssumption { files } => {
            let scenario = read_scenario(&files)?;
            if scenario.invoice.is_empty() {
                return Err(
                    "try-every-assumption needs invoice charges (--invoice FILE)".to_string(),
                );
            }
            let found = engine::try_every_assumption(&scenario).map_err(|e| e.to_string())?;
            emit(&to_json(&found, true)?)
        }
        Command::Advise {
            growth_per_day,
            growth_percent,
            import,
            window,
            cap,
            file,
        } => {
            let (window_from, window_to) = window.unzip();
            let q = engine::advisor::Questions {
                growth_per_day,
                growth_percent_per_month: growth_percent,
                import,
                window_from,
                window_to,
                cap,
            };
            let scenario = engine::parse(&read_input(&file)?).map_err(|e| e.to_string())?;
            let answers = engine::advisor::advise(&scenario, &q).map_err(|e| e.to_string())?;
            emit(&to_json(&answers, true)?)
        }
        Command::Check { file } => {
            let scenario = engine::parse(&read_input(&file)?).map_err(|e| e.to_string())?;
            match engine::evaluate(&scenario, engine::Options::FIGURES) {
                Ok(_) => emit("ok"),
                Err(errors) => Err(joined(errors)),
            }
        }
        Command::Zones => {
            let mut out = String::new();
            for z in zone::SUPPORTED_ZONES {
                match zone::REGIONS.iter().find(|r| r.zone == z) {
                    Some(r) => out.push_str(&format!("{z}\t(preset: {})\n", r.code)),
                    None => out.push_str(&format!("{z}\n")),
                }
            }
            emit(out.trim_end())
        }
        Command::ExamplePrices => {
            let json = serde_json::to_string_pretty(&engine::price_book::example())
                .map_err(|e| e.to_string())?;
            emit(&json)
        }
        Command::Synthetic {
            events,
            years,
            seed,
        } => {
            let events = events.min(engine::plan::MAX_EVENTS as u64) as usize;
            let years = years.clamp(1, engine::plan::MAX_YEARS as u64) as u32;
            let s = engine::synthetic::scenario(events, years, seed);
            emit(&serde_json::to_string(&s).map_err(|e| e.to_string())?)
        }
    }
}

/// The scenario of `files`, with its history and invoice when given.
fn read_scenario(files: &Files) -> Result<engine::Scenario, String> {
    let mut scenario = engine::parse(&read_input(&files.file)?).map_err(|e| e.to_string())?;
    if let Some(h) = &files.history {
        scenario.history =
            engine::format::history_csv::parse(&read_input(h)?).map_err(|e| messages(h, e))?;
    }
    if let Some(i) = &files.invoice {
        scenario.invoice =
            engine::format::invoice_text::parse(&read_input(i)?).map_err(|e| messages(i, e))?;
    }
    Ok(scenario)
}

fn read_input(file: &str) -> Result<String, String> {
    let limit = engine::MAX_INPUT_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let read = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    read.map_err(|e| format!("cannot read {file}: {e}"))?;
    if bytes.len() as u64 >= limit {
        return Err(format!(
            "{file}: the scenario is larger than {} bytes",
            engine::MAX_INPUT_BYTES
        ));
    }
    String::from_utf8(bytes).map_err(|_| format!("{file}: not UTF-8 text"))
}

/// Every error, one a line after the first's `tierwise: `.
fn joined(errors: Vec<engine::Error>) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\ntierwise: ")
}

/// Every error of a file, one a line, each prefixed with the file's name.
fn messages(file: &str, errors: Vec<engine::Error>) -> String {
    errors
        .into_iter()
        .map(|e| format!("{file}: {e}"))
        .collect::<Vec<_>>()
        .join("\ntierwise: ")
}

fn to_json<T: serde::Serialize>(value: &T, pretty: bool) -> Result<String, String> {
    let text = if pretty {
        serde_json::to_string_pretty(value)
    } else {
        serde_json::to_string(value)
    };
    text.map_err(|e| e.to_string())
}

fn emit(text: &str) -> Result<(), String> {
    let mut out = std::io::stdout().lock();
    // A closed pipe (`| head`) is not an error worth a message.
    let _ = out
        .write_all(text.as_bytes())
        .and_then(|_| out.write_all(b"\n"));
    Ok(())
}
