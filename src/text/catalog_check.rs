//! The checks of the catalog (tests only): the English template matches the tables, and every
//! language translates every text, from the current English, with the same placeholders.

use std::collections::BTreeSet;
use std::string::{String, ToString};
use std::vec::Vec;
use std::{format, vec};

use crate::Locale;
use crate::text::catalog::Row;
use crate::text::locale::Catalog;
#[cfg(test)]
pub(crate) use crate::text::template::{Template, placeholders};

/// One text of the catalog: its key, its English, and a comment for translators.
pub(crate) struct Entry {
    pub(crate) key: String,
    pub(crate) english: &'static str,
    pub(crate) comment: String,
}

/// Every text of the crate, in the order of the English template.
pub(crate) fn entries() -> Vec<Entry> {
    let mut entries = Vec::new();
    crate::text::localized::english_texts(&mut |row: Row, field: &str, english: &'static str, comment: &str| {
        entries.push(Entry { key: format!("{row}/{field}"), english, comment: comment.to_string() });
    });
    entries
}

/// The English template, as `locales/smtp-codes.pot` must hold it.
fn template() -> String {
    let mut pot = String::from(
        "# smtp-codes: every English text of the crate, for translators.\n\
         # Generated from the crate's tables by its tests; do not edit. To update it after the\n\
         # English changed: UPDATE_LOCALES=1 cargo test --lib --all-features text::catalog\n\
         # (then `msgmerge --update --previous xx.po smtp-codes.pot` shows each language what changed).\n\
         msgid \"\"\n\
         msgstr \"\"\n\
         \"Content-Type: text/plain; charset=UTF-8\\n\"\n",
    );
    for entry in entries() {
        pot.push('\n');
        for line in entry.comment.lines() {
            pot.push_str(&format!("#. {line}\n"));
        }
        pot.push_str(&format!("msgctxt {}\nmsgid {}\nmsgstr \"\"\n", quote(&entry.key), quote(entry.english)));
    }
    pot
}

/// A PO string literal.
fn quote(text: &str) -> String {
    let mut quoted = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => quoted.push_str("\\\""),
            '\\' => quoted.push_str("\\\\"),
            '\n' => quoted.push_str("\\n"),
            '\t' => quoted.push_str("\\t"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    quoted
}

const TEMPLATE_PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/text/locales/smtp-codes.pot");

#[test]
fn the_english_template_matches_the_tables() {
    let expected = template();
    if std::env::var_os("UPDATE_LOCALES").is_some() {
        std::fs::write(TEMPLATE_PATH, &expected).expect("write the English template");
    }
    let found = std::fs::read_to_string(TEMPLATE_PATH).unwrap_or_default();
    if found != expected {
        let changed: Vec<String> = expected
            .split("\n\n")
            .filter(|entry| !found.contains(entry))
            .map(|entry| entry.lines().find(|line| line.starts_with("msgctxt")).unwrap_or(entry).to_string())
            .take(20)
            .collect();
        panic!(
            "src/text/locales/smtp-codes.pot is out of step with the tables: rewrite it with \
             UPDATE_LOCALES=1 cargo test --lib --all-features text::catalog\nchanged: {changed:#?}"
        );
    }
}

#[test]
fn keys_are_unique_and_fit_the_lookup_buffer() {
    let mut seen = BTreeSet::new();
    for entry in entries() {
        assert!(entry.key.len() < 60, "{} is too long for a lookup key with a list position", entry.key);
        assert!(seen.insert(entry.key.clone()), "{} appears twice", entry.key);
        assert!(!entry.english.trim().is_empty(), "{} is empty", entry.key);
    }
}

#[test]
fn every_locale_translates_every_text_from_the_current_english() {
    let entries = entries();
    for locale in Locale::ALL.iter().copied() {
        let Some(catalog) = locale.catalog() else { continue };
        let mut missing = Vec::new();
        let mut stale = Vec::new();
        let mut placeholders_differ = Vec::new();
        for entry in &entries {
            match catalog.sources.get(entry.key.as_str()) {
                None => missing.push(entry.key.clone()),
                Some(source) if *source != entry.english => stale.push(entry.key.clone()),
                Some(_) => {}
            }
            let translated = catalog.texts.get(entry.key.as_str()).copied().or_else(|| list_item(catalog, &entry.key));
            if translated.is_some_and(|text| sorted(placeholders(text)) != sorted(placeholders(entry.english))) {
                placeholders_differ.push(entry.key.clone());
            }
        }
        let known: BTreeSet<&str> = entries.iter().map(|entry| entry.key.as_str()).collect();
        let unknown: Vec<&str> = catalog.sources.keys().copied().filter(|key| !known.contains(key)).collect();
        assert!(missing.is_empty(), "{locale}: {} texts are not translated: {missing:#?}", missing.len());
        assert!(
            stale.is_empty(),
            "{locale}: {} translations were made from English that has changed since (run msgmerge, then \
             translate again): {stale:#?}",
            stale.len()
        );
        assert!(catalog.fuzzy.is_empty(), "{locale}: entries marked fuzzy: {:#?}", catalog.fuzzy);
        assert!(
            placeholders_differ.is_empty(),
            "{locale}: placeholders differ from English in {placeholders_differ:#?}"
        );
        assert!(unknown.is_empty(), "{locale}: entries for texts the crate does not have: {unknown:#?}");
    }
}

/// The translation of a list item's key (`.../causes/0`), through its whole list.
fn list_item(catalog: &Catalog, key: &str) -> Option<&'static str> {
    let (list, position) = key.rsplit_once('/')?;
    catalog.lists.get(list)?.get(position.parse::<usize>().ok()?).copied()
}

fn sorted(mut names: Vec<&str>) -> Vec<&str> {
    names.sort_unstable();
    names.dedup();
    names
}

#[test]
fn a_template_with_a_placeholder_the_code_does_not_fill_fails() {
    // The check above compares placeholders; make sure it would see a difference.
    assert_ne!(sorted(placeholders("{a} and {b}")), sorted(placeholders("{a} and {c}")));
    assert_eq!(placeholders(Template::DiffTitle.english()), vec!["a", "b"]);
}
