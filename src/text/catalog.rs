//! The catalog: every text of the crate under a key, and the translations of each locale.
//!
//! A key names a row and a field: `reply/503/meaning`, `enhanced/2.2/causes`,
//! `standing/non-standard/label`, `template/explanation`. An item of a list adds its position
//! (`reply/503/causes/0`) in the translation files; `build.rs` gathers a whole list back into one
//! slice. The English texts are the tables' own; [`Row`] says where each value's texts are, and
//! every localised method and the English template (`locales/smtp-codes.pot`) go through it, so
//! the keys are written in one place.
//!
//! Translations are gettext PO files in `src/text/locales/`, one per language, each entry's
//! `msgctxt` a key and its `msgid` the English it translates. `build.rs` compiles them into
//! static hash maps: nothing is parsed at run time. The tests below check that the English
//! template matches the tables, and that every language translates every text, from the current
//! English (a translation whose `msgid` differs is stale), with the same placeholders.

use core::fmt::{self, Write};

use crate::Locale;

/// Where a value's texts are in the catalog: the part of the key before the field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Row {
    /// A listed reply code: `reply/503`.
    Reply(u16),
    /// The texts shared by the unlisted codes of a class: `unlisted/5xx`.
    UnlistedClass(u8),
    /// The meaning of unlisted codes of a class and second digit: `unlisted/55x` (3 stands for
    /// 3 and 4).
    UnlistedCategory(u8, u8),
    /// A number that breaks the grammar: `unlisted/invalid`.
    Invalid,
    /// What every unlisted reply code shares: `unlisted`.
    Unlisted,
    /// An entry of the enhanced-code registry: `enhanced/1.1`.
    Enhanced(u16, u16),
    /// What every enhanced code outside the registry shares: `enhanced/unlisted`.
    EnhancedUnlisted,
    /// A value of an enum with names: `standing/non-standard`, `class/positive-completion`.
    Named(&'static str, &'static str),
    /// A template: `template`, with the template's name as the field.
    Template,
}

impl fmt::Display for Row {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Row::Reply(code) => write!(f, "reply/{code:03}"),
            Row::UnlistedClass(class) => write!(f, "unlisted/{class}xx"),
            Row::UnlistedCategory(class, second) => write!(f, "unlisted/{class}{second}x"),
            Row::Invalid => f.write_str("unlisted/invalid"),
            Row::Unlisted => f.write_str("unlisted"),
            Row::Enhanced(subject, detail) => write!(f, "enhanced/{subject}.{detail}"),
            Row::EnhancedUnlisted => f.write_str("enhanced/unlisted"),
            Row::Named(kind, name) => write!(f, "{kind}/{name}"),
            Row::Template => f.write_str("template"),
        }
    }
}

/// A key, written into a buffer on the stack: lookups allocate nothing.
struct Key {
    bytes: [u8; 64],
    len: usize,
    /// True when the key did not fit; such a key finds nothing.
    overflow: bool,
}

impl Key {
    fn new(row: Row, field: &str) -> Key {
        let mut key = Key { bytes: [0; 64], len: 0, overflow: false };
        let _ = write!(key, "{row}/{field}");
        key
    }

    fn as_str(&self) -> Option<&str> {
        if self.overflow { None } else { core::str::from_utf8(&self.bytes[..self.len]).ok() }
    }
}

impl Write for Key {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        match self.bytes.get_mut(self.len..self.len + text.len()) {
            Some(room) => {
                room.copy_from_slice(text.as_bytes());
                self.len += text.len();
                Ok(())
            }
            None => {
                self.overflow = true;
                Err(fmt::Error)
            }
        }
    }
}

/// The text of `row`'s `field` in `locale`, or `english` where the locale has no translation
/// (English itself, or an entry that is missing or marked fuzzy).
pub(crate) fn text(locale: Locale, row: Row, field: &str, english: &'static str) -> &'static str {
    let Some(catalog) = locale.catalog() else { return english };
    let key = Key::new(row, field);
    key.as_str().and_then(|key| catalog.texts.get(key)).copied().unwrap_or(english)
}

/// The list of `row`'s `field` in `locale`, if the locale translates all of it.
pub(crate) fn list(locale: Locale, row: Row, field: &str) -> Option<&'static [&'static str]> {
    let catalog = locale.catalog()?;
    let key = Key::new(row, field);
    key.as_str().and_then(|key| catalog.lists.get(key)).copied()
}
