//! The engine's layers (src/engine/mod.rs): each module uses only modules of
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
        "check" | "simulate" | "simulate_plan" | "try_every_assumption" => "report",
        "check_version" | "from_value" | "parse" | "MAX_INPUT_BYTES" => "json",
        _ => return None,
    })
}

/// Each module's source, without its test module and comments.
fn sources(root: &Path) -> BTreeMap<String, (usize, String)> {
    let mut out = BTreeMap::new();
    for (rank, layer) in LAYERS.iter().enumerate() {
        let dir = root.join(layer);
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let name = path.file_stem().unwrap().to_string_lossy().to_string();
            let text = std::fs::read_to_string(&path).unwrap();
            out.insert(name, (rank, code_of(&text)));
        }
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

/// The engine modules a module's code names.
fn uses(code: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::engine::") {
        rest = &rest[i + "crate::engine::".len()..];
        let items: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            group[..end]
                .split(',')
                .map(|s| s.trim().to_string())
                .collect()
        } else {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            vec![rest[..end].to_string()]
        };
        for item in items {
            // `simulate::run` is the module; a bare `simulate` the function.
            let is_path = item.contains("::");
            let mut parts = item.split("::").filter(|p| !p.is_empty());
            let first = parts.next().unwrap_or("");
            let name = if LAYERS.contains(&first) {
                parts.next().unwrap_or("").to_string()
            } else if let Some(target) = reexport(first).filter(|_| !is_path) {
                target.to_string()
            } else {
                first.to_string()
            };
            if modules.contains(&name) {
                found.insert(name);
            }
        }
    }
    found
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
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/engine");
    // Every module lives in a layer's folder.
    for entry in std::fs::read_dir(&root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let allowed = name == "mod.rs"
            || LAYERS
                .iter()
                .any(|l| name == *l || name == format!("{l}.rs"));
        assert!(
            allowed,
            "src/engine/{name} is in no layer: move it into one of {LAYERS:?}"
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
            "use crate::engine::outcome::Day;\n#[cfg(test)]\nuse crate::engine::plan;",
        ),
    );
    sources.insert(
        "outcome".to_string(),
        src(2, "use crate::engine::{money, plan::Plan};"),
    );
    sources.insert(
        "plan".to_string(),
        src(1, "fn f() { crate::engine::simulation::notify::x(); }"),
    );
    sources.insert(
        "notify".to_string(),
        src(2, "use crate::engine::Plan; // crate::engine::money"),
    );
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
}
