//! [`Locale`]: the languages of the crate's texts, and the templates each language renders with.
//!
//! English is always present. Every other language sits behind a cargo feature of its own
//! (`zh-hans`) and is one folder here: its tables (translations of `src/data/`), its labels and
//! its [`Ui`] templates. Adding a language is that folder, one `Locale` variant and one feature;
//! `tests/locale.rs` fails while any text is missing or empty, or a template's placeholders differ.

use core::fmt;
use core::str::FromStr;

pub(crate) mod en;
pub(crate) mod template;
#[cfg(feature = "zh-hans")]
pub(crate) mod zh_hans;

pub(crate) use template::fill;

/// A language for the crate's texts.
///
/// `Locale::En` is always there; `Locale::ZhHans` (Simplified Chinese) with the `zh-hans` feature.
/// Parse one from a BCP 47 tag: "en", "en-US", "zh-Hans", "zh-CN", "zh". `Display` writes the
/// canonical tag.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode};
///
/// let locale: Locale = "en-GB".parse().unwrap();
/// assert_eq!(locale, Locale::En);
/// assert_eq!(ReplyCode::BadSequence.describe(locale).name(), "Bad Sequence");
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Locale {
    /// English.
    #[default]
    En,
    /// Simplified Chinese (zh-Hans), as written in mainland China.
    #[cfg(feature = "zh-hans")]
    #[cfg_attr(docsrs, doc(cfg(feature = "zh-hans")))]
    ZhHans,
}

impl Locale {
    /// Every locale this build has.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Locale;
    ///
    /// assert_eq!(Locale::ALL[0], Locale::En);
    /// ```
    pub const ALL: &'static [Locale] = &[
        Locale::En,
        #[cfg(feature = "zh-hans")]
        Locale::ZhHans,
    ];

    /// The canonical BCP 47 tag: "en", "zh-Hans".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Locale::En.tag(), "en");
    /// ```
    pub const fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            #[cfg(feature = "zh-hans")]
            Locale::ZhHans => "zh-Hans",
        }
    }

    /// The templates of this locale.
    pub(crate) const fn ui(self) -> &'static Ui {
        match self {
            Locale::En => &en::UI,
            #[cfg(feature = "zh-hans")]
            Locale::ZhHans => &zh_hans::UI,
        }
    }
}

/// A language tag that names no locale of this build.
///
/// # Examples
///
/// ```
/// use smtp_codes::Locale;
///
/// let error = "tlh".parse::<Locale>().unwrap_err();
/// assert!(error.to_string().contains("tlh"));
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("no locale for the language tag {tag:?} in this build (see the cargo features)")]
pub struct UnsupportedLocale {
    tag: TagCopy,
}

/// The first bytes of a tag, kept without allocating.
#[derive(Clone, PartialEq, Eq)]
struct TagCopy {
    bytes: [u8; 16],
    len: usize,
}

impl fmt::Debug for TagCopy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(core::str::from_utf8(&self.bytes[..self.len]).unwrap_or("?"), f)
    }
}

/// Parses a BCP 47 language tag, ignoring case: "en", "en-US", "zh-Hans", "zh-CN", "zh",
/// "zh-Hans-CN", "zh-SG". Traditional Chinese tags ("zh-Hant", "zh-TW") are not Simplified
/// Chinese and give an error.
///
/// # Examples
///
/// ```
/// use smtp_codes::Locale;
///
/// assert_eq!("EN-us".parse::<Locale>(), Ok(Locale::En));
/// assert!("fr".parse::<Locale>().is_err());
/// ```
impl FromStr for Locale {
    type Err = UnsupportedLocale;

    fn from_str(tag: &str) -> Result<Locale, UnsupportedLocale> {
        let mut parts = tag.split(['-', '_']);
        let language = parts.next().unwrap_or("");
        if language.eq_ignore_ascii_case("en") {
            return Ok(Locale::En);
        }
        #[cfg(feature = "zh-hans")]
        if language.eq_ignore_ascii_case("zh") {
            let traditional = tag
                .split(['-', '_'])
                .skip(1)
                .any(|part| ["hant", "tw", "hk", "mo"].iter().any(|t| part.eq_ignore_ascii_case(t)));
            if !traditional {
                return Ok(Locale::ZhHans);
            }
        }
        let mut copy = TagCopy { bytes: [0; 16], len: 0 };
        for (slot, byte) in copy.bytes.iter_mut().zip(tag.bytes()) {
            *slot = byte;
            copy.len += 1;
        }
        while core::str::from_utf8(&copy.bytes[..copy.len]).is_err() {
            copy.len -= 1;
        }
        Err(UnsupportedLocale { tag: copy })
    }
}

/// Writes the canonical tag: "zh-Hans".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Locale::En.to_string(), "en");
/// ```
impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

/// Declares the template set every locale fills in, and a list of its fields for the tests.
macro_rules! ui {
    ($($(#[doc = $doc:literal])* $field:ident,)+) => {
        /// The templates one locale renders comparisons and explanations with. Placeholders are
        /// names in braces, such as `{a}`; every locale must use the same ones in each template.
        #[derive(Debug)]
        pub(crate) struct Ui {
            $($(#[doc = $doc])* pub(crate) $field: &'static str,)+
        }

        impl Ui {
            /// Every template with its field name.
            #[allow(dead_code)]
            pub(crate) fn entries(&self) -> impl Iterator<Item = (&'static str, &'static str)> + '_ {
                [$((stringify!($field), self.$field)),+].into_iter()
            }
        }
    };
}

ui! {
    /// Heading before a code's meaning.
    description,
    /// Heading before a code's causes.
    when_it_occurs,
    /// Heading before a code's remedies.
    how_to_fix,
    /// Heading before the numbered differences.
    key_differences,
    /// Heading before the advice for servers.
    when_to_use_which,
    /// `{a}`, `{b}`: the two codes' titles.
    diff_title,
    /// `{a}`: the code's title.
    diff_same_code,
    /// `{a}`, `{b}`, `{class}`, `{topic_a}`, `{topic_b}`.
    diff_same_class,
    /// `{a}`, `{b}`, `{class}`, `{topic_a}`.
    diff_same_class_same_topic,
    /// `{a}`, `{b}`, `{class_a}`, `{class_b}`, `{outcome_a}`, `{outcome_b}`.
    diff_classes,
    /// `{a}`, `{b}`, `{first}`, `{second}`, `{gist_a}`, `{gist_b}`.
    key_class,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_outcome,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_retry,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_category,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_topic,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_actor,
    /// `{a}`, `{b}`, `{first}`, `{second}`.
    key_standing,
    /// No placeholder.
    key_meaning_only,
    /// `{code}`, `{text}`: a code and its `use_when`.
    use_when,
    /// `{code}`, `{text}`: the same for a code a server should (hardly) ever send, whose
    /// `use_when` starts with "never" or "hardly ever".
    use_when_rarely,
    /// What 2xx means in a few words.
    gist_positive_completion,
    /// What 3xx means in a few words.
    gist_positive_intermediate,
    /// What 4xx means in a few words.
    gist_transient_negative,
    /// What 5xx means in a few words.
    gist_permanent_negative,
    /// `{first}`, `{second}`, `{first_meaning}`, `{second_meaning}`.
    difference_class,
    /// `{first}`, `{second}`.
    difference_outcome,
    /// `{first}`, `{second}`.
    difference_retry,
    /// `{first}`, `{second}`, `{first_meaning}`, `{second_meaning}`.
    difference_category,
    /// `{first}`, `{second}`.
    difference_topic,
    /// `{first}`, `{second}`.
    difference_actor,
    /// `{first}`, `{second}`.
    difference_standing,
    /// `{first}`, `{second}`.
    difference_meaning,
    /// `{first}`, `{second}`.
    difference_causes,
    /// `{first}`, `{second}`.
    difference_remedies,
    /// `{summary}`, `{codes}`, `{remedy}`.
    explanation,
    /// `{server}`: the server's words.
    explanation_server,
    /// `{action}`, `{reason}`.
    retry,
    /// No placeholder: the note of an enhanced code outside the registry.
    unregistered_note,
    /// No placeholder: the note of a reply code outside the table.
    unlisted_note,
    /// The separator between sentences of a list.
    sentence_separator,
    /// Between a heading and its text on one line: ": ".
    colon,
    /// After a heading on a line of its own: ":".
    colon_end,
}

#[cfg(test)]
mod tests {
    use super::template::placeholders;
    use super::*;

    /// Templates that may be empty in a language (Chinese joins sentences without a space).
    const MAY_BE_EMPTY: &[&str] = &["sentence_separator"];

    #[test]
    fn every_locale_fills_every_template_with_the_same_placeholders() {
        let english: std::vec::Vec<(&str, &str)> = Locale::En.ui().entries().collect();
        for locale in Locale::ALL {
            let entries: std::vec::Vec<(&str, &str)> = locale.ui().entries().collect();
            assert_eq!(entries.len(), english.len());
            for ((name, template), (_, english_template)) in entries.iter().zip(&english) {
                if !MAY_BE_EMPTY.contains(name) {
                    assert!(!template.trim().is_empty(), "{locale}: {name} is empty");
                }
                let mut ours: std::vec::Vec<&str> = placeholders(template).collect();
                let mut theirs: std::vec::Vec<&str> = placeholders(english_template).collect();
                ours.sort_unstable();
                ours.dedup();
                theirs.sort_unstable();
                theirs.dedup();
                assert_eq!(ours, theirs, "{locale}: {name} uses other placeholders than English");
            }
        }
    }

    #[test]
    fn placeholders_are_found() {
        assert_eq!(placeholders("Use {code} when {text}.").collect::<std::vec::Vec<_>>(), ["code", "text"]);
    }

    #[cfg(feature = "zh-hans")]
    #[test]
    fn the_chinese_tables_have_exactly_the_english_entries() {
        let english: std::vec::Vec<u16> = crate::ReplyCode::iter().map(crate::ReplyCode::code).collect();
        assert_eq!(zh_hans::reply_codes::CODES, english.as_slice());
        let keys: std::vec::Vec<(u16, u16)> = crate::EnhancedStatusCode::registered(crate::StatusClass::Success)
            .map(|code| (code.subject_code(), code.detail()))
            .collect();
        assert_eq!(zh_hans::enhanced_codes::KEYS, keys.as_slice());
    }
}
