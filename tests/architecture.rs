//! The layers of `src/`: each folder imports only from the folders before it, no two modules
//! import each other (directly or round a cycle), `lib.rs` holds only docs, module lines and
//! re-exports, and every folder's `mod.rs` says what it holds.
//!
//! It reads the `use crate::` lines (and `crate::` paths written out in the code) of every file,
//! and the re-exports of `lib.rs` to know where a name from the crate root is defined.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The folders of `src/`, in the order their imports must follow.
const LAYERS: &[&str] =
    &["helpers", "data", "codes", "enhanced", "replies", "reasons", "advice", "bounce", "text", "integrations"];

/// Every `.rs` file below `dir`.
fn files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, found);
        } else if path.extension().is_some_and(|extension| extension == "rs") {
            found.push(path);
        }
    }
}

/// The module a file is: `codes::reply_code` for `src/codes/reply_code.rs`, `codes` for its
/// `mod.rs`.
fn module_of(src: &Path, file: &Path) -> String {
    let relative = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|part| part.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|last| last == "mod") {
        parts.pop();
    }
    parts.join("::")
}

/// The code of a file without comments (so that docs quoting `use crate::` do not count).
fn code(text: &str) -> String {
    text.lines()
        .map(|line| match line.find("//") {
            Some(at) => &line[..at],
            None => line,
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The paths a `use` tree names: `a::{b, c::{d, e}}` gives `a::b`, `a::c::d`, `a::c::e`.
fn expand(tree: &str) -> Vec<String> {
    let tree = tree.split_whitespace().collect::<Vec<_>>().join(" ");
    let tree = tree.replace(" ::", "::").replace(":: ", "::").replace("{ ", "{").replace(" }", "}").replace(", ", ",");
    let Some(open) = tree.find('{') else {
        return vec![tree.split(" as ").next().unwrap_or(&tree).trim().to_owned()];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').expect("a closing brace")];
    let mut items = Vec::new();
    let (mut depth, mut start) = (0, 0);
    for (at, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&inner[start..at]);
                start = at + 1;
            }
            _ => {}
        }
    }
    items.push(&inner[start..]);
    items.into_iter().filter(|item| !item.is_empty()).flat_map(|item| expand(&format!("{prefix}{item}"))).collect()
}

/// The crate paths a file's code names: its `use crate::` trees, and `crate::` paths in the code.
fn crate_paths(code: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let mut rest = code;
    while let Some(at) = rest.find("use crate::") {
        let after = &rest[at + "use crate::".len()..];
        let end = after.find(';').expect("a use ends with ;");
        paths.extend(expand(&after[..end]));
        rest = &after[end..];
    }
    for (at, _) in code.match_indices("crate::") {
        let before = code[..at].chars().last();
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '$') || code[..at].ends_with("use ") {
            continue;
        }
        let path: String = code[at + "crate::".len()..]
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        paths.push(path.trim_end_matches(':').to_owned());
    }
    paths
}

struct Crate {
    /// Each module and the modules it imports from.
    imports: BTreeMap<String, BTreeSet<String>>,
}

fn read_crate() -> Crate {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let modules: BTreeSet<String> = all.iter().map(|file| module_of(&src, file)).collect();
    // Where each name re-exported at the root is defined.
    let lib = code(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    let mut roots = BTreeMap::new();
    for statement in lib.split(';').map(str::trim).filter_map(|statement| statement.rsplit_once("pub use ")) {
        for path in expand(statement.1) {
            let (module, name) = path.rsplit_once("::").expect("a re-export names a module");
            roots.insert(name.to_owned(), module.to_owned());
        }
    }
    // The module a crate path comes from: its longest prefix that is a module.
    let target = |path: &str| -> Option<String> {
        let first = path.split("::").next()?;
        if let Some(module) = roots.get(first) {
            return Some(module.clone());
        }
        let parts: Vec<&str> = path.split("::").collect();
        (1..=parts.len()).rev().map(|len| parts[..len].join("::")).find(|prefix| modules.contains(prefix))
    };
    let mut imports = BTreeMap::new();
    for file in &all {
        let module = module_of(&src, file);
        let text = code(&std::fs::read_to_string(file).unwrap());
        let targets: BTreeSet<String> =
            crate_paths(&text).iter().filter_map(|path| target(path)).filter(|target| *target != module).collect();
        imports.insert(module, targets);
    }
    Crate { imports }
}

/// The layer of a module: the position of its folder in [`LAYERS`].
fn layer(module: &str) -> usize {
    let folder = module.split("::").next().unwrap();
    LAYERS.iter().position(|layer| *layer == folder).unwrap_or_else(|| panic!("src/{folder} is not a known layer"))
}

#[test]
fn every_layer_imports_only_from_earlier_ones() {
    let krate = read_crate();
    let mut wrong = Vec::new();
    for (module, targets) in &krate.imports {
        if module == "lib" {
            continue;
        }
        for target in targets {
            if layer(target) > layer(module) {
                wrong.push(format!("{module} imports {target}"));
            }
        }
    }
    assert!(wrong.is_empty(), "imports from a later layer: {wrong:#?}");
    // The check reads what it should: every layer but the first imports something.
    for layer in &LAYERS[2..] {
        if krate.imports.keys().any(|module| module.starts_with(layer)) {
            assert!(
                krate.imports.iter().any(|(module, targets)| module.starts_with(layer) && !targets.is_empty()),
                "no imports found in src/{layer}: the check reads nothing"
            );
        }
    }
}

/// The first cycle of imports found, as the modules round it.
fn find_cycle(imports: &BTreeMap<String, BTreeSet<String>>) -> Option<Vec<String>> {
    fn visit<'a>(
        module: &'a str,
        imports: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|seen| *seen == module) {
            let mut cycle: Vec<String> = path[at..].iter().map(|m| (*m).to_owned()).collect();
            cycle.push(module.to_owned());
            return Some(cycle);
        }
        if !done.insert(module) {
            return None;
        }
        path.push(module);
        for target in imports.get(module).into_iter().flatten() {
            if let Some(cycle) = visit(target, imports, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        None
    }
    let mut done = BTreeSet::new();
    imports
        .keys()
        .filter(|module| *module != "lib")
        .find_map(|module| visit(module, imports, &mut Vec::new(), &mut done))
}

#[test]
fn no_modules_import_each_other() {
    let cycle = find_cycle(&read_crate().imports);
    assert!(cycle.is_none(), "modules import each other: {}", cycle.unwrap_or_default().join(" -> "));
}

#[test]
fn the_checks_see_a_cycle_and_a_late_import() {
    // The readers the checks rely on.
    assert_eq!(expand("a::{b, c::{d, e as f}}"), ["a::b", "a::c::d", "a::c::e"]);
    let paths = crate_paths("use crate::codes::{grammar, reply_code::Usage};\nlet x = crate::text::Locale::En;");
    assert_eq!(paths, ["codes::grammar", "codes::reply_code::Usage", "text::Locale::En"]);
    assert!(layer("codes::grammar") < layer("text::locale"));
    let imports = |edges: &[(&str, &str)]| {
        let mut map: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (from, to) in edges {
            map.entry((*from).to_owned()).or_default().insert((*to).to_owned());
        }
        map
    };
    assert_eq!(
        find_cycle(&imports(&[("a", "b"), ("b", "c"), ("c", "a")])),
        Some(vec!["a".into(), "b".into(), "c".into(), "a".into()])
    );
    assert_eq!(find_cycle(&imports(&[("a", "b"), ("b", "c"), ("a", "c")])), None);
}

#[test]
fn lib_rs_holds_docs_modules_and_re_exports_only() {
    let src = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = code(&std::fs::read_to_string(src.join("lib.rs")).unwrap());
    for word in ["fn ", "impl ", "enum ", "trait ", "macro_rules!", "static ", "const "] {
        assert!(!lib.contains(word), "lib.rs holds code: {word:?}");
    }
    // The one struct is the README's doctest holder.
    assert_eq!(lib.matches("struct ").count(), 1);
    for layer in LAYERS {
        let folder = src.join(layer);
        if !folder.exists() {
            continue;
        }
        let text =
            std::fs::read_to_string(folder.join("mod.rs")).unwrap_or_else(|_| panic!("src/{layer} has no mod.rs"));
        let docs = text.lines().take_while(|line| line.starts_with("//!")).count();
        assert!(docs >= 3, "src/{layer}/mod.rs must open with a few lines on what the folder holds");
    }
}
