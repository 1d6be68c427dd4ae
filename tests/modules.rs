//! No import circle inside any crate of the workspace: in each crate, the
//! top-level modules' `crate::` uses (and a top-level file's `super::`
//! ones), read from the source, form a graph without cycles. The crates
//! keep the layers between artifacts; inside a crate, this does. The
//! engine's own layers have a stricter check of their own
//! (crates/engine/tests/layers.rs), which also forbids cycles.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};

/// The modules a file's code names through `crate::name` or a
/// `crate::{a, b::c}` group (comments and the test module left out).
fn uses(text: &str, modules: &BTreeSet<String>, top_level: bool) -> BTreeSet<String> {
    let code: String = text
        .split("#[cfg(test)]")
        .next()
        .unwrap_or("")
        .lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    // In a top-level module's own file, `super::` is the crate root.
    let code = if top_level {
        code.replace("super::", "crate::")
    } else {
        code
    };
    let mut out = BTreeSet::new();
    let mut rest = code.as_str();
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        let names: Vec<&str> = match rest.strip_prefix('{') {
            // Top-level names of the group: `{a, b::{c, d}, e::f}`.
            Some(inner) => {
                let (mut depth, mut start, mut names) = (0usize, 0usize, Vec::new());
                for (j, c) in inner.char_indices() {
                    match c {
                        '{' => depth += 1,
                        '}' if depth == 0 => {
                            names.push(&inner[start..j]);
                            break;
                        }
                        '}' => depth -= 1,
                        ',' if depth == 0 => {
                            names.push(&inner[start..j]);
                            start = j + 1;
                        }
                        _ => {}
                    }
                }
                names
            }
            None => vec![rest],
        };
        for n in names {
            let head: String = n
                .trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect();
            if modules.contains(&head) {
                out.insert(head);
            }
        }
    }
    out
}

/// The first cycle in the graph, as a path, if there is one.
fn cycle(graph: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit(
        m: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(i) = path.iter().position(|p| p == m) {
            let mut c = path[i..].to_vec();
            c.push(m.to_string());
            return Some(c);
        }
        if !done.insert(m.to_string()) {
            return None;
        }
        path.push(m.to_string());
        for d in graph[m].iter().filter(|d| *d != m) {
            if let Some(c) = visit(d, graph, path, done) {
                return Some(c);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|m| visit(m, graph, &mut Vec::new(), &mut done))
}

/// Each top-level module of the crate whose sources are in `src`, with the
/// modules its files use: a file `src/a.rs` and everything under `src/a/`
/// are module `a`. The crate root and its binaries are not modules.
fn graph(src: &std::path::Path) -> BTreeMap<String, BTreeSet<String>> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    let mut files = Vec::new();
    walk(src, &mut files);
    let mut texts: Vec<(String, bool, String)> = Vec::new();
    for p in files {
        let rel = p.strip_prefix(src).unwrap();
        let first = rel
            .components()
            .next()
            .unwrap()
            .as_os_str()
            .to_string_lossy()
            .to_string();
        if matches!(first.as_str(), "lib.rs" | "main.rs" | "bin") {
            continue;
        }
        let module = first.trim_end_matches(".rs").to_string();
        let top_level = rel.components().count() == 1;
        texts.push((module, top_level, std::fs::read_to_string(&p).unwrap()));
    }
    let modules: BTreeSet<String> = texts.iter().map(|(m, ..)| m.clone()).collect();
    let mut graph: BTreeMap<String, BTreeSet<String>> = modules
        .iter()
        .map(|m| (m.clone(), BTreeSet::new()))
        .collect();
    for (m, top_level, text) in &texts {
        let used = uses(text, &modules, *top_level);
        graph.get_mut(m).unwrap().extend(used);
    }
    graph
}

#[test]
fn no_crate_has_an_import_circle() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (dir, at_least, edge) in [
        ("src", 8, Some(("page", "components"))),
        ("crates/app/src", 10, Some(("messages", "catalogue"))),
        ("crates/cli/src", 0, None),
        ("crates/js/src", 0, None),
    ] {
        let graph = graph(&root.join(dir));
        assert!(graph.len() >= at_least, "{dir}: the modules were found");
        if let Some((from, to)) = edge {
            assert!(
                graph[from].contains(to),
                "{dir}: the reader finds real imports"
            );
        }
        if let Some(c) = cycle(&graph) {
            panic!("{dir}: import cycle: {}", c.join(" → "));
        }
    }
}

/// The check finds a circle written the ways the crate writes imports.
#[test]
fn the_check_finds_a_circle() {
    let modules: BTreeSet<String> = ["a", "b", "c"].map(String::from).into();
    let graph: BTreeMap<String, BTreeSet<String>> = [
        ("a", "use crate::{b::X, catalogue};"),
        ("b", "fn f() { crate::c::g(); } // crate::a"),
        ("c", "use crate::{\n    a::{self, Y},\n};"),
    ]
    .into_iter()
    .map(|(m, code)| (m.to_string(), uses(code, &modules, true)))
    .collect();
    assert_eq!(graph["b"], BTreeSet::from(["c".to_string()]));
    assert_eq!(cycle(&graph).map(|c| c.len()), Some(4));
}
