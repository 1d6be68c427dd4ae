//! `tierwise`: the native command line.
//!
//! ```text
//! tierwise simulate [--pretty] [--history CSV] [--invoice FILE] FILE|-
//!                                       scenario JSON in, result JSON out
//! tierwise try-every-assumption [--history CSV] [--invoice FILE] FILE|-
//!                                       assumption sets under which the invoice matches
//! tierwise advise [--growth-per-day N | --growth-percent P] [--import N]
//!                [--window FROM..TO] [--cap N] FILE|-
//!                                       the advisor's answers, as JSON
//! tierwise check FILE|-                 list every problem with a scenario
//! tierwise zones                        list the supported processing zones
//! tierwise example-prices               print the built-in example price book
//! tierwise synthetic EVENTS YEARS [SEED] print a deterministic benchmark scenario
//! ```
//! Bad input: a one-line message on stderr naming the field, exit status 2.

use std::io::{Read, Write};
use std::process::ExitCode;

use tierwise::engine::{self, zone};

const USAGE: &str = "usage: tierwise simulate [--pretty] [--history CSV] [--invoice FILE] FILE|-
       tierwise try-every-assumption [--history CSV] [--invoice FILE] FILE|-
       tierwise advise [--growth-per-day N | --growth-percent P] [--import N] [--window FROM..TO] [--cap N] FILE|-
       tierwise check FILE|-
       tierwise zones
       tierwise example-prices
       tierwise synthetic EVENTS YEARS [SEED]
Reads a scenario (JSON, format version 1) from FILE, or from stdin with -.
--history: a CSV of daily billed counts (header date,billed[,non_marketing])
           that replaces the scenario's contact events on its dates.
--invoice: charges from a real invoice, one \"YYYY-MM-DD, amount\" a line,
           audited against the simulation (the result's \"audit\").";

/// Bad input or bad usage: exit status 2.
const BAD_INPUT: u8 = 2;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            let _ = writeln!(std::io::stderr(), "tierwise: {message}");
            ExitCode::from(BAD_INPUT)
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let (command, rest) = args.split_first().ok_or_else(|| USAGE.to_string())?;
    match command.as_str() {
        "simulate" | "try-every-assumption" => {
            let mut pretty = false;
            let mut file = None;
            let mut history = None;
            let mut invoice = None;
            let mut it = rest.iter();
            while let Some(a) = it.next() {
                match a.as_str() {
                    "--pretty" => pretty = true,
                    "--history" | "--invoice" => {
                        let value = it
                            .next()
                            .ok_or_else(|| format!("{a} needs a FILE\n{USAGE}"))?;
                        if a == "--history" {
                            history = Some(value.clone());
                        } else {
                            invoice = Some(value.clone());
                        }
                    }
                    "-" => file = Some(a.clone()),
                    s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
                    _ if file.is_some() => return Err(format!("one scenario at a time\n{USAGE}")),
                    _ => file = Some(a.clone()),
                }
            }
            let file = file.ok_or_else(|| format!("{command} needs a FILE or -\n{USAGE}"))?;
            let mut scenario = engine::parse(&read_input(&file)?).map_err(|e| e.message)?;
            if let Some(h) = history {
                scenario.history = engine::format::history_csv::parse(&read_input(&h)?)
                    .map_err(|e| messages(&h, e))?;
            }
            if let Some(i) = invoice {
                scenario.invoice = engine::format::invoice_text::parse(&read_input(&i)?)
                    .map_err(|e| messages(&i, e))?;
            }
            let json = if command == "simulate" {
                let outcome = engine::simulate(&scenario).map_err(|e| e.message)?;
                to_json(&outcome, pretty)?
            } else {
                if scenario.invoice.is_empty() {
                    return Err(format!(
                        "try-every-assumption needs invoice charges (--invoice FILE)\n{USAGE}"
                    ));
                }
                let found = engine::try_every_assumption(&scenario).map_err(|e| e.message)?;
                to_json(&found, true)?
            };
            emit(&json)
        }
        "advise" => {
            let mut q = engine::advisor::Questions::default();
            let mut file = None;
            let mut it = rest.iter();
            while let Some(a) = it.next() {
                let mut value = |name: &str| {
                    it.next()
                        .cloned()
                        .ok_or_else(|| format!("{name} needs a value\n{USAGE}"))
                };
                let number = |v: String, name: &str| {
                    v.replace([',', '_'], "")
                        .parse::<i64>()
                        .map_err(|_| format!("{name}: {v:?} is not a whole number"))
                };
                match a.as_str() {
                    "--growth-per-day" => {
                        q.growth_per_day = Some(number(value(a)?, a)?);
                    }
                    "--growth-percent" => q.growth_percent_per_month = Some(value(a)?),
                    "--import" => q.import = Some(number(value(a)?, a)?),
                    "--cap" => q.cap = Some(number(value(a)?, a)?),
                    "--window" => {
                        let v = value(a)?;
                        let (from, to) = v
                            .split_once("..")
                            .ok_or_else(|| format!("--window: {v:?} is not FROM..TO"))?;
                        q.window_from = Some(from.to_string());
                        q.window_to = Some(to.to_string());
                    }
                    "-" => file = Some(a.clone()),
                    s if s.starts_with('-') => return Err(format!("unknown option {s}\n{USAGE}")),
                    _ if file.is_some() => return Err(format!("one scenario at a time\n{USAGE}")),
                    _ => file = Some(a.clone()),
                }
            }
            let file = file.ok_or_else(|| format!("advise needs a FILE or -\n{USAGE}"))?;
            let scenario = engine::parse(&read_input(&file)?).map_err(|e| e.message)?;
            let answers = engine::advisor::advise(&scenario, &q).map_err(|e| e.message)?;
            emit(&to_json(&answers, true)?)
        }
        "check" => {
            let [file] = rest else {
                return Err(format!("check needs one FILE or -\n{USAGE}"));
            };
            let text = read_input(file)?;
            let scenario = engine::parse(&text).map_err(|e| e.message)?;
            let errors = engine::check(&scenario);
            if errors.is_empty() {
                return emit("ok");
            }
            let lines: Vec<String> = errors.into_iter().map(|e| e.message).collect();
            Err(lines.join("\ntierwise: "))
        }
        "zones" => {
            let mut out = String::new();
            for z in zone::SUPPORTED_ZONES {
                let preset = zone::REGIONS.iter().find(|r| r.zone == z);
                match preset {
                    Some(r) => out.push_str(&format!("{z}\t(preset: {})\n", r.code)),
                    None => out.push_str(&format!("{z}\n")),
                }
            }
            emit(out.trim_end())
        }
        "example-prices" => {
            let json = serde_json::to_string_pretty(&engine::price_book::example())
                .map_err(|e| e.to_string())?;
            emit(&json)
        }
        "synthetic" => {
            let number = |i: usize, name: &str| -> Result<u64, String> {
                rest.get(i)
                    .ok_or_else(|| format!("synthetic needs {name}\n{USAGE}"))?
                    .parse()
                    .map_err(|_| format!("{name} must be a whole number"))
            };
            let events = number(0, "EVENTS")?.min(engine::plan::MAX_EVENTS as u64) as usize;
            let years = number(1, "YEARS")?.clamp(1, engine::plan::MAX_YEARS as u64) as u32;
            let seed = if rest.len() > 2 {
                number(2, "SEED")?
            } else {
                1
            };
            let s = engine::synthetic::scenario(events, years, seed);
            emit(&serde_json::to_string(&s).map_err(|e| e.to_string())?)
        }
        "-h" | "--help" | "help" => emit(USAGE),
        "-V" | "--version" => emit(concat!("tierwise ", env!("CARGO_PKG_VERSION"))),
        other => Err(format!("unknown command {other:?}\n{USAGE}")),
    }
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

/// Every error of a file, one a line, each prefixed with the file's name.
fn messages(file: &str, errors: Vec<engine::Error>) -> String {
    errors
        .into_iter()
        .map(|e| format!("{file}: {}", e.message))
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
