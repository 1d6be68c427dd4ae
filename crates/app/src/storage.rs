//! What the app keeps in the browser's localStorage, and nothing else:
//! named scenarios and the last working state. The text formats live here,
//! in plain Rust, so a corrupt store is detected and reported, never a crash.

use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::state::{Draft, Drafts};
use tierwise_engine::{self as engine, Scenario};

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

/// The last working state: every branch and the active one, what was
/// typed into fields that did not read yet, and each branch's last scenario
/// that simulated when its own does not.
#[derive(Debug, Clone, PartialEq)]
pub struct Last {
    /// Branches, in order.
    pub branches: Vec<Scenario>,
    /// The active branch.
    pub active: usize,
    /// Fields' texts that did not read, by field id.
    pub drafts: Drafts,
    /// For each branch, the last scenario that simulated, where the branch's
    /// own does not (a value that reads but the engine refuses, such as a
    /// negative count).
    pub good: Vec<Option<Scenario>>,
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
    #[serde(skip_serializing_if = "Vec::is_empty")]
    typed: Vec<[&'a str; 3]>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    good: Vec<Option<&'a Scenario>>,
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
    /// Drafts as three strings each: field, label and text. Why the text
    /// does not read is the field's to say again when it is opened.
    #[serde(default)]
    typed: Vec<[String; 3]>,
    /// Drafts as sessions written before 2026-12-07 kept them: four strings
    /// a draft, the fourth the message's place with the keys' fingerprint
    /// (`"17@3200339816"`), which is not needed any more.
    #[serde(default)]
    drafts: Vec<String>,
    /// For each branch, its last scenario that simulated, or `null`.
    #[serde(default, borrow)]
    good: Vec<Option<&'a RawValue>>,
}

/// Reads a session's shape: the branches as raw text, the active one, the
/// drafts.
pub(crate) fn read_session(text: &str) -> Result<LastIn<'_>, engine::Error> {
    engine::format::json::read(text)
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
    let items: Vec<SavedIn> =
        engine::format::json::read(text).map_err(|e| damaged(e.to_string()))?;
    items
        .into_iter()
        .map(|item| {
            let name = item.name;
            let scenario = item
                .scenario
                .ok_or_else(|| format!("\"{name}\": no scenario"))
                .and_then(|raw| engine::parse(raw.get()).map_err(|e| format!("\"{name}\": {e}")))?;
            Ok(Saved { name, scenario })
        })
        .collect()
}

/// Text for the last working state, `{"branches": […], "active": n}` with
/// the drafts and each branch's last good scenario when there are any, as
/// [`read_last`] reads it back.
pub fn write_last<'a>(
    branches: impl IntoIterator<Item = &'a Scenario>,
    active: usize,
    drafts: &'a Drafts,
    good: Vec<Option<&'a Scenario>>,
) -> String {
    let typed = drafts
        .iter()
        .map(|(field, d)| [field.as_str(), d.label.as_str(), d.text.as_str()])
        .collect();
    let good = if good.iter().all(Option::is_none) {
        Vec::new()
    } else {
        good
    };
    serde_json::to_string(&LastOut {
        branches: branches.into_iter().collect(),
        active,
        typed,
        good,
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
        .map(|b| engine::parse(b.get()).map_err(|e| e.to_string()))
        .collect::<Result<Vec<_>, _>>()?;
    if branches.is_empty() {
        return Err("no branches".into());
    }
    let draft = |field: &str, label: &str, text: &str| {
        (
            field.to_string(),
            Draft {
                label: label.to_string(),
                text: text.to_string(),
                error: None,
            },
        )
    };
    let mut drafts: Drafts = stored
        .typed
        .iter()
        .map(|[field, label, text]| draft(field, label, text))
        .collect();
    drafts.extend(
        stored
            .drafts
            .chunks_exact(4)
            .map(|d| draft(&d[0], &d[1], &d[2])),
    );
    // A last good scenario that does not read (from a damaged store) is
    // only lost figures: the branch itself opens.
    let good = (0..branches.len())
        .map(|i| {
            stored
                .good
                .get(i)
                .copied()
                .flatten()
                .and_then(|raw| engine::parse(raw.get()).ok())
        })
        .collect();
    Ok(Last {
        active: usize::try_from(stored.active)
            .unwrap_or(usize::MAX)
            .min(branches.len() - 1),
        branches,
        drafts,
        good,
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
    /// reload, as typed; why it does not read is the field's to say again.
    #[test]
    fn a_draft_survives_a_reload_as_typed() {
        let drafts = vec![(
            "ev-0-count".to_string(),
            Draft {
                label: "Contacts".into(),
                text: "3O00".into(),
                error: Some(crate::catalogue::T::WholeNumber),
            },
        )];
        let text = write_last([&scenario()], 0, &drafts, vec![None]);
        let back = read_last(&text).unwrap();
        assert_eq!(back.drafts[0].0, "ev-0-count");
        assert_eq!(
            (back.drafts[0].1.text.as_str(), back.drafts[0].1.error),
            ("3O00", None)
        );
        // A session stored before drafts existed still reads.
        let old = r#"{"branches": [BRANCH], "active": 0}"#
            .replace("BRANCH", &engine::format::json::to_text(&scenario()));
        assert!(read_last(&old).unwrap().drafts.is_empty());
    }

    /// Issue 24, item 4: the last scenario that simulated is kept with the
    /// draft, so a reload shows its figures.
    #[test]
    fn the_last_good_scenario_is_kept_with_the_slip() {
        let mut slipped = scenario();
        slipped.contacts.marketing = -5;
        let good = scenario();
        let text = write_last([&slipped], 0, &Vec::new(), vec![Some(&good)]);
        let back = read_last(&text).unwrap();
        assert_eq!(back.branches, [slipped]);
        assert_eq!(back.good, [Some(good)]);
        // Nothing to keep: the field is left out, as older versions wrote it.
        assert!(!write_last([&scenario()], 0, &Vec::new(), vec![None]).contains("good"));
    }

    /// Sessions written by the version before 2026-12-07 (captured from it)
    /// still open, their drafts with them.
    #[test]
    fn sessions_from_the_earlier_version_open() {
        let text = include_str!("../../../tests/fixtures/sessions/last-with-draft-2026-12-06.json");
        let last = read_last(text).unwrap();
        assert_eq!(last.branches.len(), 1);
        assert_eq!(last.drafts[0].0, "marketing");
        assert_eq!(last.drafts[0].1.text, "-5x");
        assert!(last.good.iter().all(Option::is_none));
    }

    fn scenario() -> Scenario {
        engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap()
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
            good: vec![None, None],
        };
        let text = write_last(&last.branches, last.active, &last.drafts, vec![None, None]);
        assert_eq!(read_last(&text).unwrap().active, 1);
    }
}
