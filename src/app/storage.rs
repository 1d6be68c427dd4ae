//! What the app keeps in the browser's localStorage, and nothing else:
//! named scenarios and the last working state. The text formats live here,
//! in plain Rust, so a corrupt store is detected and reported, never a crash.

use serde_json::{json, Value};

use crate::engine::{self, Scenario};

/// Key of the named scenarios.
pub const SAVED_KEY: &str = "tierwise.v1.saved";
/// Key of the last working state.
pub const LAST_KEY: &str = "tierwise.v1.last";
/// Prefix under which a corrupt value is set aside.
pub const CORRUPT_PREFIX: &str = "tierwise.v1.corrupt.";

/// A scenario saved under a name.
#[derive(Debug, Clone, PartialEq)]
pub struct Saved {
    /// The name shown in the list.
    pub name: String,
    /// The scenario.
    pub scenario: Scenario,
}

/// The last working state: every branch and the active one.
#[derive(Debug, Clone, PartialEq)]
pub struct Last {
    /// Branches, in order.
    pub branches: Vec<Scenario>,
    /// The active branch.
    pub active: usize,
}

/// Text for the named scenarios: `[{"name": …, "scenario": {…}}, …]`.
pub fn write_saved(list: &[Saved]) -> String {
    let items: Vec<Value> = list
        .iter()
        .map(|s| json!({ "name": s.name, "scenario": s.scenario }))
        .collect();
    Value::Array(items).to_string()
}

/// Reads the named scenarios; each scenario is checked like any input.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_saved(text: &str) -> Result<Vec<Saved>, String> {
    let damaged = |why: String| format!("not a list of scenarios ({why})");
    let value: Value = serde_json::from_str(text).map_err(|e| damaged(e.to_string()))?;
    let items = value
        .as_array()
        .ok_or_else(|| damaged("not a list".into()))?;
    items
        .iter()
        .map(|item| {
            let name = item
                .get("name")
                .and_then(Value::as_str)
                .ok_or_else(|| damaged("an entry has no name".into()))?;
            let scenario = item
                .get("scenario")
                .ok_or_else(|| format!("\"{name}\": no scenario"))
                .and_then(|v| {
                    engine::from_value(v.clone()).map_err(|e| format!("\"{name}\": {}", e.message))
                })?;
            Ok(Saved {
                name: name.to_string(),
                scenario,
            })
        })
        .collect()
}

/// Text for the last working state, `{"branches": […], "active": n}`, as
/// [`read_last`] reads it back.
pub fn write_last<'a>(branches: impl IntoIterator<Item = &'a Scenario>, active: usize) -> String {
    let branches: Vec<&Scenario> = branches.into_iter().collect();
    json!({ "branches": branches, "active": active }).to_string()
}

/// Reads the last working state.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_last(text: &str) -> Result<Last, String> {
    let damaged = |why: String| format!("not a saved session ({why})");
    let value: Value = serde_json::from_str(text).map_err(|e| damaged(e.to_string()))?;
    let branches = value
        .get("branches")
        .and_then(Value::as_array)
        .ok_or_else(|| damaged("no list of branches".into()))?
        .iter()
        .map(|b| engine::from_value(b.clone()).map_err(|e| e.message))
        .collect::<Result<Vec<_>, _>>()?;
    if branches.is_empty() {
        return Err("no branches".into());
    }
    let active = value.get("active").and_then(Value::as_u64).unwrap_or(0);
    Ok(Last {
        active: usize::try_from(active)
            .unwrap_or(usize::MAX)
            .min(branches.len() - 1),
        branches,
    })
}

/// Puts `item` into `list` under its name, replacing one of the same name.
pub fn upsert(list: &mut Vec<Saved>, item: Saved) {
    match list.iter_mut().find(|s| s.name == item.name) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
    list.sort_by_cached_key(|s| s.name.to_ascii_lowercase());
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
        let text = write_last(&last.branches, last.active);
        assert_eq!(read_last(&text).unwrap().active, 1);
    }
}
