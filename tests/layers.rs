//! One way down: `main → cli → runtime → bot → (forms, report, daily_log, …) → store →
//! domain`, with the Telegram client (`telegram`) below the bot. A module may use only
//! what lies below it, so there are no import circles, and each layer's rule holds:
//! `domain` uses nothing of the crate, `store` only `domain`, and nothing below the runtime
//! reaches up into it or into the command line.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The crate's top-level modules and what each uses (`crate::x`), outside comments and
/// test modules.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let relative = path.strip_prefix(&root).unwrap();
            let top = relative
                .components()
                .next()
                .unwrap()
                .as_os_str()
                .to_string_lossy()
                .trim_end_matches(".rs")
                .to_string();
            if top == "lib" || top == "main" {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            let uses = graph.entry(top.clone()).or_default();
            for line in code.lines() {
                let line = line.trim_start();
                if line.starts_with("//") {
                    continue;
                }
                let line = match line.find("//") {
                    Some(at) if line[..at].matches('"').count() % 2 == 0 => &line[..at],
                    _ => line,
                };
                for (at, _) in line.match_indices("crate::") {
                    let name: String = line[at + 7..]
                        .chars()
                        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() && name != top {
                        uses.insert(name);
                    }
                }
            }
        }
    }
    graph
}

/// A circle through `from`, if there is one: the path back to it.
fn circle(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> Option<Vec<String>> {
    let mut stack = vec![vec![from.to_string()]];
    let mut seen = BTreeSet::new();
    while let Some(path) = stack.pop() {
        let last = path.last().unwrap();
        for next in graph.get(last).into_iter().flatten() {
            if next == from {
                let mut found = path.clone();
                found.push(next.clone());
                return Some(found);
            }
            if seen.insert(next.clone()) {
                let mut longer = path.clone();
                longer.push(next.clone());
                stack.push(longer);
            }
        }
    }
    None
}

#[test]
fn no_module_imports_in_a_circle() {
    let graph = graph();
    assert!(graph.len() > 10, "{graph:?}");
    for module in graph.keys() {
        if let Some(path) = circle(&graph, module) {
            panic!("import circle: {}", path.join(" → "));
        }
    }
}

#[test]
fn each_layer_uses_only_what_lies_below_it() {
    let graph = graph();
    let uses = |m: &str| graph.get(m).cloned().unwrap_or_default();
    assert!(
        uses("domain").is_empty(),
        "domain uses {:?}",
        uses("domain")
    );
    let store: Vec<_> = uses("store")
        .into_iter()
        .filter(|m| m != "domain")
        .collect();
    assert!(store.is_empty(), "store uses {store:?}");
    for (module, used) in &graph {
        if module != "cli" {
            assert!(!used.contains("cli"), "{module} reaches up into cli");
        }
        if module != "cli" && module != "runtime" {
            assert!(
                !used.contains("runtime"),
                "{module} reaches up into runtime"
            );
        }
        if !["cli", "runtime", "bot"].contains(&module.as_str()) {
            assert!(!used.contains("bot"), "{module} reaches up into bot");
        }
    }
}

/// The longest a function of the bot may be. A handler parses, calls and answers; a longer
/// one is doing several of those at once and wants splitting (the tables of examples that
/// pin stored forms are data, not handlers).
const LONGEST_FUNCTION: usize = 90;

#[test]
fn no_function_of_the_bot_is_long() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/bot");
    let mut stack = vec![root];
    let mut long = Vec::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            if path.extension().is_none_or(|e| e != "rs") {
                continue;
            }
            let source = std::fs::read_to_string(&path).unwrap();
            let code = source
                .split("#[cfg(test)]\nmod tests")
                .next()
                .unwrap_or_default();
            let lines: Vec<&str> = code.lines().collect();
            let mut i = 0;
            while i < lines.len() {
                let line = lines[i];
                let trimmed = line.trim_start();
                let is_fn = [
                    "fn ",
                    "pub fn ",
                    "pub(crate) fn ",
                    "async fn ",
                    "pub async fn ",
                    "pub(crate) async fn ",
                ]
                .iter()
                .any(|p| trimmed.starts_with(p))
                    && !line.trim_end().ends_with(';');
                if !is_fn {
                    i += 1;
                    continue;
                }
                let indent = &line[..line.len() - trimmed.len()];
                let end = (i..lines.len())
                    .find(|&j| lines[j] == format!("{indent}}}"))
                    .unwrap_or(lines.len() - 1);
                let name: String = trimmed
                    .split("fn ")
                    .nth(1)
                    .unwrap_or_default()
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if name != "examples" && end - i + 1 > LONGEST_FUNCTION {
                    long.push(format!(
                        "{}: {name} ({} lines)",
                        path.display(),
                        end - i + 1
                    ));
                }
                i = end + 1;
            }
        }
    }
    assert!(long.is_empty(), "split these: {long:#?}");
}
