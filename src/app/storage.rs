//! What the app keeps in the browser's localStorage, and nothing else:
//! named scenarios and the last working state. The text formats live here,
//! in plain Rust, so a corrupt store is detected and reported, never a crash.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::app::i18n::{KEYS, T};
use crate::app::state::{Draft, Drafts};
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

/// The last working state: every branch and the active one, and what was
/// typed into fields that did not read yet.
#[derive(Debug, Clone, PartialEq)]
pub struct Last {
    /// Branches, in order.
    pub branches: Vec<Scenario>,
    /// The active branch.
    pub active: usize,
    /// Fields' texts that did not read, by field id.
    pub drafts: Drafts,
}

// The stored shapes. Scenarios are written by their own serializer and read
// back as raw text by `engine::parse`, the one reader of the format, so a
// damaged entry gets the same errors as a damaged file (and the bundle holds
// one copy of the scenario's reader, not a second one for `Value`s).

#[derive(Serialize)]
struct SavedOut<'a> {
    name: &'a str,
    scenario: &'a Scenario,
}

#[derive(Deserialize)]
struct SavedIn<'a> {
    name: String,
    #[serde(borrow)]
    scenario: Option<&'a RawValue>,
}

#[derive(Serialize)]
struct LastOut<'a> {
    branches: Vec<&'a Scenario>,
    active: usize,
    drafts: Vec<String>,
}

/// A session's shape, read once for the last working state, links of
/// several branches and the file offered for a long link.
#[derive(Deserialize)]
pub(crate) struct LastIn<'a> {
    /// The branches' scenarios, each as its raw text.
    #[serde(borrow)]
    pub(crate) branches: Vec<&'a RawValue>,
    /// The active branch.
    #[serde(default)]
    pub(crate) active: u64,
    /// Four strings a draft: field, label, text, and the message's place
    /// with the keys' fingerprint (`"17@3200339816"`), so that a version
    /// with other keys drops it rather than misname it. Plain strings, so
    /// reading them needs no code of its own.
    #[serde(default)]
    drafts: Vec<String>,
}

/// Reads a session's shape: the branches as raw text, the active one, the
/// drafts.
pub(crate) fn read_session(text: &str) -> serde_json::Result<LastIn<'_>> {
    serde_json::from_str(text)
}

/// Text for the named scenarios: `[{"name": …, "scenario": {…}}, …]`.
pub fn write_saved(list: &[Saved]) -> String {
    let items: Vec<SavedOut> = list
        .iter()
        .map(|s| SavedOut {
            name: &s.name,
            scenario: &s.scenario,
        })
        .collect();
    serde_json::to_string(&items).unwrap_or_default()
}

/// Reads the named scenarios; each scenario is checked like any input.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_saved(text: &str) -> Result<Vec<Saved>, String> {
    let damaged = |why: String| format!("not a list of scenarios ({why})");
    let items: Vec<SavedIn> = serde_json::from_str(text).map_err(|e| damaged(e.to_string()))?;
    items
        .into_iter()
        .map(|item| {
            let name = item.name;
            let scenario = item
                .scenario
                .ok_or_else(|| format!("\"{name}\": no scenario"))
                .and_then(|raw| {
                    engine::parse(raw.get()).map_err(|e| format!("\"{name}\": {}", e.message))
                })?;
            Ok(Saved { name, scenario })
        })
        .collect()
}

/// Text for the last working state, `{"branches": […], "active": n}`, as
/// [`read_last`] reads it back.
pub fn write_last<'a>(
    branches: impl IntoIterator<Item = &'a Scenario>,
    active: usize,
    drafts: &Drafts,
) -> String {
    let drafts = drafts
        .iter()
        .flat_map(|(field, d)| {
            [
                field.clone(),
                d.label.clone(),
                d.text.clone(),
                format!("{}@{KEYS}", d.error as usize),
            ]
        })
        .collect();
    serde_json::to_string(&LastOut {
        branches: branches.into_iter().collect(),
        active,
        drafts,
    })
    .unwrap_or_default()
}

/// Reads the last working state.
///
/// # Errors
/// A description of the damage, for the notice.
pub fn read_last(text: &str) -> Result<Last, String> {
    let damaged = |why: String| format!("not a saved session ({why})");
    let stored = read_session(text).map_err(|e| damaged(e.to_string()))?;
    let branches = stored
        .branches
        .iter()
        .map(|b| engine::parse(b.get()).map_err(|e| e.message))
        .collect::<Result<Vec<_>, _>>()?;
    if branches.is_empty() {
        return Err("no branches".into());
    }
    let drafts = stored
        .drafts
        .chunks_exact(4)
        .filter_map(|d| {
            let (place, keys) = d[3].split_once('@')?;
            if keys != KEYS.to_string() {
                return None;
            }
            let error = *T::ALL.get(place.parse::<usize>().ok()?)?;
            Some((
                d[0].clone(),
                Draft {
                    label: d[1].clone(),
                    text: d[2].clone(),
                    error,
                },
            ))
        })
        .collect();
    Ok(Last {
        active: usize::try_from(stored.active)
            .unwrap_or(usize::MAX)
            .min(branches.len() - 1),
        branches,
        drafts,
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

    /// What was typed into a field that does not read comes back after a
    /// reload, as typed, with its reason.
    #[test]
    fn a_draft_survives_a_reload_as_typed() {
        let drafts = vec![(
            "ev-0-count".to_string(),
            Draft {
                label: "Contacts".into(),
                text: "3O00".into(),
                error: T::WholeNumber,
            },
        )];
        let text = write_last([&scenario()], 0, &drafts);
        assert_eq!(read_last(&text).unwrap().drafts, drafts);
        // From a version with other message keys: dropped, not misnamed.
        let other = text.replace(&format!("@{KEYS}"), "@7");
        assert!(read_last(&other).unwrap().drafts.is_empty());
        // A session stored before drafts existed still reads.
        let old = r#"{"branches": [BRANCH], "active": 0}"#
            .replace("BRANCH", &engine::format::json::to_text(&scenario()));
        assert!(read_last(&old).unwrap().drafts.is_empty());
    }

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
            drafts: Vec::new(),
        };
        let text = write_last(&last.branches, last.active, &last.drafts);
        assert_eq!(read_last(&text).unwrap().active, 1);
    }
}
