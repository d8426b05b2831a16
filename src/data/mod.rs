//! The hand-written tables, and the one type their lists of sentences are made of.
//!
//! Every fact and English text of the crate is written once, in a file of this folder:
//!
//! | file | rows | read by |
//! |---|---|---|
//! | `reply_codes.rs` | one per reply code: name, meaning, standing, topic, who acts, references, causes, remedies, guidance for servers, note | `codes::reply_code` |
//! | `unlisted_codes.rs` | the texts of reply codes that are not in the table, by class and second digit | `codes::unlisted` |
//! | `enhanced_codes.rs` | one per entry of the IANA enhanced status code registry, then the classes and subjects | `enhanced::registry` |
//! | `reasons.rs` | one per bounce reason: name, meaning, causes, remedies with who takes each, hardness, fault, retry | `reasons::reason` |
//! | `reason_phrases.rs` | the phrases servers send, each with the reason it names, in order of precedence; the phrases that name the SMTP command | `reasons::scan` |
//!
//! Each file is a macro invocation: the module that owns the rows' type expands it (with
//! `#[path]`), so the rows need no imports and this folder depends on nothing. A row names its
//! fields as the row type declares them, so the schema is written once, in that type. Translations
//! are not here: `src/text/locales/` holds them, keyed by the rows.
//!
//! This module holds [`Sentence`], the items of the rows' lists (causes, remedies), and
//! [`Sentences`], the iterator the public methods hand them out with.

use core::fmt;
use core::iter::FusedIterator;

/// One item of a list of causes or remedies, and the class of enhanced code it is written for.
///
/// A row of the enhanced-code table serves the code in every class (4.2.2 and 5.2.2 share a row),
/// but some advice holds for one class only ("For a 4.2.2 code, the sending program should keep
/// retrying"). Such an item names its class, and lists in another class leave it out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Sentence {
    pub(crate) text: &'static str,
    /// The first digit of the codes the item is written for, or 0 for every code.
    pub(crate) only_class: u8,
}

impl Sentence {
    /// True when the item applies to a code whose class digit is `class` (0: every item applies).
    pub(crate) const fn applies_to(&self, class: u8) -> bool {
        self.only_class == 0 || class == 0 || self.only_class == class
    }
}

/// Writes a list of [`Sentence`]s in a table: plain strings apply to every code; a string after
/// `success`, `transient` or `permanent` only to codes of that class.
///
/// ```ignore
/// remedies: sentences![
///     "Read the server's text.",
///     transient "For a 4.2.2 code, the sending program should keep retrying.",
/// ],
/// ```
macro_rules! sentences {
    ($($($class:ident)? $text:literal),* $(,)?) => {
        &[$($crate::data::sentence!($($class)? $text)),*]
    };
}

/// One item of [`sentences!`].
macro_rules! sentence {
    ($text:literal) => {
        $crate::data::Sentence { text: $text, only_class: 0 }
    };
    (success $text:literal) => {
        $crate::data::Sentence { text: $text, only_class: 2 }
    };
    (transient $text:literal) => {
        $crate::data::Sentence { text: $text, only_class: 4 }
    };
    (permanent $text:literal) => {
        $crate::data::Sentence { text: $text, only_class: 5 }
    };
}

pub(crate) use {sentence, sentences};

/// The causes or remedies of a code, as sentences: made by
/// [`ReplyCode::causes`](crate::ReplyCode::causes),
/// [`EnhancedStatusCode::remedies`](crate::EnhancedStatusCode::remedies) and their kin, in
/// English or, through [`Localized`](crate::Localized), in another language.
///
/// Lists written for a whole row of the enhanced-code table can hold advice for one class only
/// ("For a 4.2.2 code, ..."); the list of a code leaves out what was written for the other classes.
///
/// # Examples
///
/// ```
/// use smtp_codes::EnhancedStatusCode;
///
/// let transient: EnhancedStatusCode = "4.2.2".parse()?;
/// let permanent: EnhancedStatusCode = "5.2.2".parse()?;
/// assert!(transient.remedies().any(|remedy| remedy.starts_with("For a 4.2.2 code")));
/// assert!(!permanent.remedies().any(|remedy| remedy.starts_with("For a 4.2.2 code")));
/// assert_eq!(permanent.remedies().len(), permanent.remedies().count());
/// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
/// ```
#[derive(Clone)]
pub struct Sentences {
    items: &'static [Sentence],
    /// The same items in another language, position for position; `None` for English.
    translated: Option<&'static [&'static str]>,
    class: u8,
    front: usize,
    back: usize,
    remaining: usize,
}

impl Sentences {
    /// The items that apply to codes of class `class` (0: all of them), in English.
    pub(crate) const fn new(items: &'static [Sentence], class: u8) -> Sentences {
        Sentences::translated(items, None, class)
    }

    /// The items that apply to class `class`, each read from `translated` at its position.
    /// A translation of another length than the English list is not used.
    pub(crate) const fn translated(
        items: &'static [Sentence],
        translated: Option<&'static [&'static str]>,
        class: u8,
    ) -> Sentences {
        let translated = match translated {
            Some(texts) if texts.len() == items.len() => Some(texts),
            _ => None,
        };
        let mut remaining = 0;
        let mut index = 0;
        while index < items.len() {
            if items[index].applies_to(class) {
                remaining += 1;
            }
            index += 1;
        }
        Sentences { items, translated, class, front: 0, back: items.len(), remaining }
    }

    /// The same items, read from `translated` at their positions (when it has as many).
    pub(crate) const fn in_translation(self, translated: Option<&'static [&'static str]>) -> Sentences {
        Sentences::translated(self.items, translated, self.class)
    }

    /// The text at `index` of the list, in this list's language.
    fn text(&self, index: usize) -> &'static str {
        match self.translated {
            Some(texts) => texts[index],
            None => self.items[index].text,
        }
    }
}

impl Iterator for Sentences {
    type Item = &'static str;

    fn next(&mut self) -> Option<&'static str> {
        while self.front < self.back {
            let index = self.front;
            self.front += 1;
            if self.items[index].applies_to(self.class) {
                self.remaining -= 1;
                return Some(self.text(index));
            }
        }
        None
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl DoubleEndedIterator for Sentences {
    fn next_back(&mut self) -> Option<&'static str> {
        while self.front < self.back {
            self.back -= 1;
            if self.items[self.back].applies_to(self.class) {
                self.remaining -= 1;
                return Some(self.text(self.back));
            }
        }
        None
    }
}

impl ExactSizeIterator for Sentences {}

impl FusedIterator for Sentences {}

/// Shows the sentences still to come, as a list.
///
/// # Examples
///
/// ```
/// let causes = smtp_codes::ReplyCode::BadSequence.causes();
/// assert!(format!("{causes:?}").starts_with("[\""));
/// ```
impl fmt::Debug for Sentences {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.clone()).finish()
    }
}
