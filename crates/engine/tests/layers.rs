//! The engine's layers (crates/engine/src/lib.rs): each module uses only modules of
//! its own layer or of the layers below, and no modules import each other in
//! a circle. Read from the source, so a new `use` that breaks the layering
//! fails the test command with the modules it names.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The layers, bottom first; a module's layer is the folder it is in.
const LAYERS: [&str; 5] = ["primitives", "model", "simulation", "analysis", "format"];

/// Names the engine root re-exports that are not module names.
fn reexport(name: &str) -> Option<&'static str> {
    Some(match name {
        "Error" | "ErrorCode" => "error",
        "Outcome" => "outcome",
        "Plan" => "plan",
        "Scenario" | "FORMAT_VERSION" => "scenario",
        "evaluate" | "evaluate_plan" | "Options" | "try_every_assumption" => "report",
        "check_version" | "from_value" | "parse" | "MAX_INPUT_BYTES" => "json",
        _ => return None,
    })
}

/// Each module's source, without its test module and comments. A file in
/// a module's own folder (`primitives/zone/table.rs`) counts as that module.
fn sources(root: &Path) -> BTreeMap<String, (usize, String)> {
    fn walk(
        dir: &Path,
        module: Option<&str>,
        rank: usize,
        out: &mut BTreeMap<String, (usize, String)>,
    ) {
        let mut entries: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .collect();
        // Files first: a module's file comes before its own folder.
        entries.sort_by_key(|p| (p.is_dir(), p.clone()));
        for path in entries {
            let stem = path.file_stem().unwrap().to_string_lossy().to_string();
            if path.is_dir() {
                walk(&path, Some(module.unwrap_or(&stem)), rank, out);
                continue;
            }
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let name = module.unwrap_or(&stem).to_string();
            let code = code_of(&std::fs::read_to_string(&path).unwrap());
            match out.get_mut(&name) {
                // A file in the module's own folder counts as the module's.
                Some((r, text)) if module.is_some() && *r == rank => text.push_str(&code),
                Some(_) => panic!("two engine modules are named {name}; names must be unique"),
                None => {
                    out.insert(name, (rank, code));
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        walk(&root.join(layer), None, rank, &mut out);
    }
    out
}

/// A file's code: without its test module and comments.
fn code_of(text: &str) -> String {
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    code.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The items of a `use` group's inside, `a, b::{c, d}, e::f`.
fn group_items(text: &str) -> Vec<String> {
    let mut items = Vec::new();
    let (mut depth, mut start) = (0usize, 0usize);
    for (i, c) in text.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth = depth.saturating_sub(1),
            ',' if depth == 0 => {
                items.push(text[start..i].trim().to_string());
                start = i + 1;
            }
            _ => {}
        }
    }
    items.push(text[start..].trim().to_string());
    items.retain(|s| !s.is_empty());
    items
}

/// The inside of the group whose `{` was just read, up to its matching `}`.
fn group(rest: &str) -> &str {
    let mut depth = 1usize;
    for (i, c) in rest.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return &rest[..i];
                }
            }
            _ => {}
        }
    }
    rest
}

/// The module an engine path names: `plan::Plan` → plan,
/// `model::plan` → plan, a re-exported item → its module; with every module
/// of a group below a layer (`model::{plan, scenario}`).
fn names_in(item: &str, out: &mut Vec<String>) {
    // `simulate::run` is the module; a bare `simulate` the function.
    let is_path = item.contains("::");
    let (first, rest) = item.split_once("::").unwrap_or((item, ""));
    if LAYERS.contains(&first) {
        match rest.strip_prefix('{') {
            Some(inner) => {
                for sub in group_items(group(inner)) {
                    names_in(&sub, out);
                }
            }
            None => names_in(rest, out),
        }
    } else if let Some(target) = reexport(first).filter(|_| !is_path) {
        out.push(target.to_string());
    } else {
        out.push(first.to_string());
    }
}

/// The engine modules a module's code names, through `crate::…`
/// (groups nested at any depth) or, for a sibling in its folder, `super::…`.
fn uses(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut names = Vec::new();
    for prefix in ["crate::", "super::"] {
        let mut rest = code;
        while let Some(i) = rest.find(prefix) {
            rest = &rest[i + prefix.len()..];
            if let Some(inner) = rest.strip_prefix('{') {
                for item in group_items(group(inner)) {
                    names_in(&item, &mut names);
                }
            } else {
                let end = rest
                    .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                    .unwrap_or(rest.len());
                names_in(&rest[..end], &mut names);
            }
        }
    }
    names.into_iter().filter(|n| modules.contains(n)).collect()
}

/// Problems with a module graph: a use of a higher layer, or a cycle.
fn problems(graph: &BTreeMap<String, (usize, BTreeSet<String>)>) -> Vec<String> {
    let mut out = Vec::new();
    for (m, (rank, deps)) in graph {
        for d in deps {
            let theirs = graph[d].0;
            if theirs > *rank {
                out.push(format!(
                    "{m} ({}) uses {d} ({}), a higher layer",
                    LAYERS[*rank], LAYERS[theirs]
                ));
            }
        }
    }
    // Depth-first search for a cycle, reporting its path.
    fn visit(
        m: &str,
        graph: &BTreeMap<String, (usize, BTreeSet<String>)>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        out: &mut Vec<String>,
    ) {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut cycle = path[i..].to_vec();
            cycle.push(m.to_string());
            out.push(format!("import cycle: {}", cycle.join(" → ")));
            return;
        }
        if !done.insert(m.to_string()) {
            return;
        }
        path.push(m.to_string());
        for d in &graph[m].1 {
            if d != m {
                visit(d, graph, path, done, out);
            }
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, graph, &mut Vec::new(), &mut done, &mut out);
    }
    out
}

fn graph_of(
    sources: &BTreeMap<String, (usize, String)>,
) -> BTreeMap<String, (usize, BTreeSet<String>)> {
    let names: BTreeSet<String> = sources.keys().cloned().collect();
    sources
        .iter()
        .map(|(m, (rank, code))| (m.clone(), (*rank, uses(code, &names))))
        .collect()
}

#[test]
fn engine_modules_use_only_their_layer_and_those_below_without_cycles() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // Every module lives in a layer's folder.
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let allowed = name == "lib.rs"
            || LAYERS
                .iter()
                .any(|l| name == *l || name == format!("{l}.rs"));
        assert!(
            allowed,
            "crates/engine/src/{name} is in no layer: move it into one of {LAYERS:?}"
        );
    }
    let sources = sources(&root);
    assert!(sources.len() >= 20, "the engine's modules were found");
    let graph = graph_of(&sources);
    assert!(
        graph["plan"].1.contains("scenario") && graph["report"].1.contains("audit"),
        "the reader finds real imports"
    );
    let found = problems(&graph);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The check itself catches what it is for: an upward use and a cycle,
/// written the ways the engine writes imports.
#[test]
fn the_layer_check_finds_upward_uses_and_cycles() {
    let src = |rank: usize, code: &str| (rank, code_of(code));
    let mut sources = BTreeMap::new();
    sources.insert(
        "money".to_string(),
        src(
            0,
            "use crate::outcome::Day;\n#[cfg(test)]\nuse crate::plan;",
        ),
    );
    sources.insert(
        "outcome".to_string(),
        src(2, "use crate::{money, plan::Plan};"),
    );
    sources.insert(
        "plan".to_string(),
        src(1, "fn f() { crate::simulation::notify::x(); }"),
    );
    sources.insert(
        "notify".to_string(),
        src(2, "use crate::Plan; // crate::money"),
    );
    sources.insert(
        "timeline".to_string(),
        src(2, "use crate::{plan::{self, Plan}, analysis::{report::x}};"),
    );
    sources.insert("report".to_string(), src(3, "use super::advice;"));
    sources.insert("advice".to_string(), src(3, "use super::{report, money};"));
    let graph = graph_of(&sources);
    assert_eq!(graph["notify"].1, BTreeSet::from(["plan".to_string()]));
    let found = problems(&graph);
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("money (primitives) uses outcome")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("plan (model) uses notify")),
        "{found:?}"
    );
    assert!(
        found.iter().any(|p| p.starts_with("import cycle: ")),
        "{found:?}"
    );
    // Nested groups and a layer's path are read to the end.
    assert_eq!(
        graph["timeline"].1,
        BTreeSet::from(["plan".to_string(), "report".to_string()])
    );
    assert!(
        found
            .iter()
            .any(|p| p.starts_with("timeline (simulation) uses report")),
        "{found:?}"
    );
    // Siblings through super:: are uses too, and their cycle is found.
    assert!(
        found
            .iter()
            .any(|p| p.contains("advice → report → advice")
                || p.contains("report → advice → report")),
        "{found:?}"
    );
}
