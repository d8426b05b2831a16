//! Compiles the translations (`src/text/locales/*.po`, gettext PO files) into static hash maps in
//! `OUT_DIR`, one file per language: nothing is parsed at run time, and `no_std` builds keep them.
//!
//! Each entry's `msgctxt` is the key of a text (`reply/503/meaning`); an item of a list ends in
//! its position (`reply/503/causes/0`), and a list whose every item is translated becomes one
//! slice under the list's key. Entries marked `fuzzy`, and empty translations, are left out (the
//! crate shows the English there); the tests list them, with every translation whose `msgid`
//! is not the current English. A PO file that cannot be read stops the build, naming the line.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

/// One entry of a PO file.
#[derive(Default)]
struct Entry {
    context: Option<String>,
    id: String,
    translation: String,
    fuzzy: bool,
}

/// Which string of an entry a continuation line adds to.
#[derive(Clone, Copy)]
enum Field {
    Context,
    Id,
    Translation,
}

/// Reads a PO string literal (`"..."`), with its escapes.
fn literal(text: &str, file: &str, line: usize) -> String {
    let inner = text
        .trim()
        .strip_prefix('"')
        .and_then(|rest| rest.strip_suffix('"'))
        .unwrap_or_else(|| panic!("{file}:{line}: expected a string in double quotes"));
    let mut value = String::new();
    let mut chars = inner.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => value.push('\n'),
            Some('t') => value.push('\t'),
            Some('"') => value.push('"'),
            Some('\\') => value.push('\\'),
            other => panic!("{file}:{line}: unknown escape \\{}", other.map(String::from).unwrap_or_default()),
        }
    }
    value
}

/// Reads the entries of a PO file.
fn parse(text: &str, file: &str) -> Vec<Entry> {
    let mut entries = Vec::new();
    let mut entry = Entry::default();
    let mut field = None;
    let mut fuzzy = false;
    let mut finish = |entry: &mut Entry, field: &mut Option<Field>| {
        if field.is_some() {
            entries.push(std::mem::take(entry));
        }
        *field = None;
    };
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let line = line.trim();
        if line.is_empty() {
            finish(&mut entry, &mut field);
            continue;
        }
        if let Some(flags) = line.strip_prefix("#,") {
            finish(&mut entry, &mut field);
            fuzzy |= flags.split(',').any(|flag| flag.trim() == "fuzzy");
            continue;
        }
        if line.starts_with('#') {
            // Comments, and obsolete entries (`#~`), which no longer count.
            if matches!(field, Some(Field::Translation)) {
                finish(&mut entry, &mut field);
            }
            continue;
        }
        let (keyword, rest) = line.split_once(' ').unwrap_or((line, ""));
        let next = match keyword {
            "msgctxt" => Field::Context,
            "msgid" => Field::Id,
            "msgstr" => Field::Translation,
            _ if line.starts_with('"') => {
                let value = literal(line, file, number);
                match field {
                    Some(Field::Context) => entry.context.get_or_insert_with(String::new).push_str(&value),
                    Some(Field::Id) => entry.id.push_str(&value),
                    Some(Field::Translation) => entry.translation.push_str(&value),
                    None => panic!("{file}:{number}: a string that continues nothing"),
                }
                continue;
            }
            _ => panic!("{file}:{number}: unknown line {line:?}"),
        };
        if matches!(next, Field::Context) || (matches!(next, Field::Id) && !matches!(field, Some(Field::Context))) {
            finish(&mut entry, &mut field);
            entry.fuzzy = std::mem::take(&mut fuzzy);
        }
        let value = literal(rest, file, number);
        match next {
            Field::Context => entry.context = Some(value),
            Field::Id => entry.id = value,
            Field::Translation => entry.translation = value,
        }
        field = Some(next);
    }
    finish(&mut entry, &mut field);
    entries
}

/// A Rust string literal for `text`.
fn rust(text: &str) -> String {
    format!("{text:?}")
}

fn main() {
    let dir = Path::new("src/text/locales");
    println!("cargo::rerun-if-changed={}", dir.display());
    let out = env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let mut files: Vec<_> = fs::read_dir(dir)
        .expect("read src/text/locales")
        .map(|entry| entry.expect("list src/text/locales").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "po"))
        .collect();
    files.sort();
    for path in files {
        println!("cargo::rerun-if-changed={}", path.display());
        let tag = path.file_stem().and_then(|stem| stem.to_str()).expect("a PO file named by its language tag");
        let name = path.display().to_string();
        let text = fs::read_to_string(&path).unwrap_or_else(|error| panic!("{name}: {error}"));
        let entries = parse(&text, &name);

        let mut texts = phf_codegen::Map::new();
        let mut sources = phf_codegen::Map::new();
        let mut fuzzy = Vec::new();
        // The items of each list, by position; a list with a gap is left out.
        let mut lists: BTreeMap<String, BTreeMap<usize, String>> = BTreeMap::new();
        let mut seen = std::collections::BTreeSet::new();
        for entry in &entries {
            let Some(key) = &entry.context else {
                assert!(entry.id.is_empty(), "{name}: the entry {:?} has no msgctxt (its key)", entry.id);
                continue;
            };
            assert!(seen.insert(key.clone()), "{name}: {key} appears twice");
            sources.entry(key.as_str(), rust(&entry.id));
            if entry.fuzzy {
                fuzzy.push(key.clone());
                continue;
            }
            if entry.translation.is_empty() {
                continue;
            }
            match key.rsplit_once('/').and_then(|(list, position)| Some((list, position.parse::<usize>().ok()?))) {
                Some((list, position)) => {
                    lists.entry(list.to_owned()).or_default().insert(position, entry.translation.clone());
                }
                None => {
                    texts.entry(key.as_str(), rust(&entry.translation));
                }
            }
        }
        let mut list_map = phf_codegen::Map::new();
        for (key, items) in &lists {
            let complete = items.keys().copied().eq(0..items.len());
            if complete {
                let slice: Vec<String> = items.values().map(|item| rust(item)).collect();
                list_map.entry(key.as_str(), format!("&[{}]", slice.join(", ")));
            }
        }
        let fuzzy: Vec<String> = fuzzy.iter().map(|key| rust(key)).collect();
        let code = format!(
            "/// The translations of {tag}, by key.\n\
             pub(crate) static TEXTS: phf::Map<&'static str, &'static str> = {};\n\
             /// The lists of {tag} whose every item is translated, by the key of the list.\n\
             pub(crate) static LISTS: phf::Map<&'static str, &'static [&'static str]> = {};\n\
             /// The English each entry of {tag} translates (its msgid), by key.\n\
             #[cfg(test)]\n\
             pub(crate) static SOURCES: phf::Map<&'static str, &'static str> = {};\n\
             /// The keys of {tag}'s entries marked fuzzy.\n\
             #[cfg(test)]\n\
             pub(crate) static FUZZY: &[&str] = &[{}];\n",
            texts.build(),
            list_map.build(),
            sources.build(),
            fuzzy.join(", ")
        );
        fs::write(Path::new(&out).join(format!("locale_{tag}.rs")), code).expect("write a compiled locale");
    }
}
