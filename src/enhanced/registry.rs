//! The rows of the IANA enhanced status code registry, of its classes and of its subjects, from
//! the one table in `data/enhanced_codes.rs`.

use crate::codes::reference::{Reference, draft, rfc};
use crate::data::{Sentence, sentences};
use crate::{Actor, StatusClass};

/// One entry of the registry: a subject and detail, whatever the class. The table in
/// `data/enhanced_codes.rs` names these fields, so this struct is the table's schema.
#[derive(Debug)]
pub(crate) struct EnhancedRow {
    /// The registry's title: "Bad destination mailbox address".
    pub(crate) name: &'static str,
    /// What the status says happened, in one or two sentences.
    pub(crate) meaning: &'static str,
    /// The registry's "associated basic status code" field, verbatim.
    pub(crate) basic: &'static str,
    /// The classes the registry means the entry for.
    pub(crate) classes: &'static [StatusClass],
    pub(crate) actor: Actor,
    pub(crate) references: &'static [Reference],
    pub(crate) causes: &'static [Sentence],
    pub(crate) remedies: &'static [Sentence],
    pub(crate) note: Option<&'static str>,
}

/// One of the eight subjects (RFC 3463, section 3).
#[derive(Debug)]
pub(crate) struct SubjectRow {
    pub(crate) name: &'static str,
    pub(crate) meaning: &'static str,
    pub(crate) actor: Actor,
    pub(crate) causes: &'static [Sentence],
    pub(crate) remedies: &'static [Sentence],
}

/// One of the three classes (RFC 3463, section 3.1).
#[derive(Debug)]
pub(crate) struct StatusClassRow {
    pub(crate) name: &'static str,
    pub(crate) meaning: &'static str,
}

/// Turns the registry's rows into a `match` on (subject, detail) and the list of its keys.
macro_rules! enhanced_codes {
    ($(
        ($subject:literal, $detail:literal) { $($field:ident: $value:expr),+ $(,)? }
    )+) => {
        #[allow(unused_imports)]
        use super::*;

        /// The (subject, detail) of every entry, in ascending order.
        pub(crate) const KEYS: &[(u16, u16)] = &[$(($subject, $detail)),+];

        /// The entry for a subject and detail.
        pub(crate) const fn lookup(subject: u16, detail: u16) -> Option<&'static EnhancedRow> {
            match (subject, detail) {
                $(($subject, $detail) => {
                    const ROW: EnhancedRow = EnhancedRow { $($field: $value),+ };
                    Some(&ROW)
                })+
                _ => None,
            }
        }
    };
}

/// Turns the class and subject rows into two lookups.
macro_rules! enhanced_subjects {
    (
        unlisted_note: $unlisted_note:literal,
        $(class $class:literal { $($class_field:ident: $class_value:expr),+ $(,)? })+
        $(subject $subject:literal { $($field:ident: $value:expr),+ $(,)? })+
    ) => {
        /// The note of every code outside the registry.
        pub(crate) const UNLISTED_NOTE: &str = $unlisted_note;

        /// The row of a class digit (2, 4 or 5).
        pub(crate) const fn class_row(digit: u8) -> &'static StatusClassRow {
            match digit {
                $($class => {
                    const ROW: StatusClassRow = StatusClassRow { $($class_field: $class_value),+ };
                    &ROW
                })+
                _ => panic!("a status class has the digit 2, 4 or 5"),
            }
        }

        /// The row of a subject number, if it is one of the eight.
        pub(crate) const fn subject_row(subject: u16) -> Option<&'static SubjectRow> {
            match subject {
                $($subject => {
                    const ROW: SubjectRow = SubjectRow { $($field: $value),+ };
                    Some(&ROW)
                })+
                _ => None,
            }
        }
    };
}

#[path = "../data/enhanced_codes.rs"]
mod table;

use table::class_row;
pub(crate) use table::{KEYS, UNLISTED_NOTE, lookup, subject_row};

/// The texts of a class, from the table's class rows.
impl StatusClass {
    /// The registry's name: "Persistent Transient Failure".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::StatusClass::PermanentFailure.name(), "Permanent Failure");
    /// ```
    pub const fn name(self) -> &'static str {
        class_row(self.digit()).name
    }

    /// What a status of this class says, in one or two sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::StatusClass::Success.meaning().contains("succeeded"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        class_row(self.digit()).meaning
    }
}
