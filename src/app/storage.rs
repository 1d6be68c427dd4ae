//! What the app keeps in the browser's localStorage, and nothing else:
//! named scenarios and the last working state. The text formats live here,
//! in plain Rust, so a corrupt store is detected and reported, never a crash.

use serde::{Deserialize, Serialize};

use crate::engine::{self, Scenario};

/// Key of the named scenarios.
pub const SAVED_KEY: &str = "tierwise.v1.saved";
/// Key of the last working state.
pub const LAST_KEY: &str = "tierwise.v1.last";
/// Prefix under which a corrupt value is set aside.
pub const CORRUPT_PREFIX: &str = "tierwise.v1.corrupt.";

/// A scenario saved under a name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Saved {
    /// The name shown in the list.
    pub name: String,
    /// The scenario.
    pub scenario: Scenario,
}

/// The last working state: every branch and the active one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Last {
    /// Branches, in order.
    pub branches: Vec<Scenario>,
    /// The active branch.
    pub active: usize,
}

/// Text for the named scenarios.
pub fn write_saved(list: &[Saved]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".into())
}

#[derive(Deserialize)]
struct RawSaved<'a> {
    name: String,
    #[serde(borrow)]
    scenario: &'a serde_json::value::RawValue,
}

#[derive(Deserialize)]
struct RawLast<'a> {
    #[serde(borrow)]
    branches: Vec<&'a serde_json::value::RawValue>,
    #[serde(default)]
    active: usize,
}

/// Reads the named scenarios; each scenario is checked like any input.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_saved(text: &str) -> Result<Vec<Saved>, String> {
    let raw: Vec<RawSaved> =
        serde_json::from_str(text).map_err(|e| format!("not a list of scenarios ({e})"))?;
    raw.into_iter()
        .map(|r| {
            let scenario = engine::parse(r.scenario.get())
                .map_err(|e| format!("\"{}\": {}", r.name, e.message))?;
            Ok(Saved {
                name: r.name,
                scenario,
            })
        })
        .collect()
}

/// Text for the last working state.
pub fn write_last(last: &Last) -> String {
    serde_json::to_string(last).unwrap_or_default()
}

/// Reads the last working state.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_last(text: &str) -> Result<Last, String> {
    let raw: RawLast =
        serde_json::from_str(text).map_err(|e| format!("not a saved session ({e})"))?;
    let branches = raw
        .branches
        .iter()
        .map(|b| engine::parse(b.get()).map_err(|e| e.message))
        .collect::<Result<Vec<_>, _>>()?;
    if branches.is_empty() {
        return Err("no branches".into());
    }
    Ok(Last {
        active: raw.active.min(branches.len() - 1),
        branches,
    })
}

/// Puts `item` into `list` under its name, replacing one of the same name.
pub fn upsert(list: &mut Vec<Saved>, item: Saved) {
    match list.iter_mut().find(|s| s.name == item.name) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
    crate::engine::order::sort_by_key(list, |s| s.name.to_ascii_lowercase());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scenario() -> Scenario {
        engine::parse(include_str!("../../tests/fixtures/spec-example.json")).unwrap()
    }

    #[test]
    fn saved_scenarios_round_trip_and_stay_sorted() {
        let mut list = Vec::new();
        upsert(
            &mut list,
            Saved {
                name: "b".into(),
                scenario: scenario(),
            },
        );
        upsert(
            &mut list,
            Saved {
                name: "A".into(),
                scenario: scenario(),
            },
        );
        upsert(
            &mut list,
            Saved {
                name: "b".into(),
                scenario: scenario(),
            },
        );
        assert_eq!(
            list.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(),
            ["A", "b"]
        );
        assert_eq!(read_saved(&write_saved(&list)).unwrap(), list);
    }

    #[test]
    fn corrupt_storage_is_an_error_not_a_crash() {
        assert!(read_saved("{not json").is_err());
        assert!(read_saved(r#"[{"name": "x", "scenario": {"version": 1}}]"#)
            .unwrap_err()
            .contains("\"x\""));
        assert!(read_last("null").is_err());
        assert!(read_last(r#"{"branches": [], "active": 0}"#).is_err());
        let last = Last {
            branches: vec![scenario(), scenario()],
            active: 7,
        };
        assert_eq!(read_last(&write_last(&last)).unwrap().active, 1);
    }
}
