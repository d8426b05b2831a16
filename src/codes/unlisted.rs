//! The rows of reply codes that are not in the table, from `data/unlisted_codes.rs`: one for each
//! class and category, and one for numbers that break the grammar.

use crate::codes::grammar;
use crate::codes::reference::{Reference, rfc};
use crate::codes::row::{ReplyCodeRow, Usage};
use crate::data::sentences;
use crate::{Actor, Standing, Topic};

/// Turns the table into [`BY_CLASS`] (a row per class and category, whose meaning is composed
/// from both) and [`INVALID`].
macro_rules! unlisted_codes {
    (
        separator: $separator:literal,
        note: $note:literal,
        categories: $categories:tt,
        classes: [$({
            name: $name:literal,
            meaning: $meaning:literal,
            $($field:ident: $value:expr),+ $(,)?
        }),+ $(,)?],
        invalid: { $($invalid_field:ident: $invalid_value:expr),+ $(,)? } $(,)?
    ) => {
        #[allow(unused_imports)]
        use super::*;

        /// The note every unlisted code carries.
        pub(crate) const NOTE: &str = $note;

        /// The row of each class (2 to 5) and category (second digit 0, 1, 2, 3 or 4, 5).
        pub(super) static BY_CLASS: [[ReplyCodeRow; 5]; 4] =
            [$(unlisted_codes!(@class $separator, $note, $name, $meaning, { $($field: $value),+ }; $categories)),+];

        /// The row of a number that breaks the grammar.
        pub(super) static INVALID: ReplyCodeRow = ReplyCodeRow {
            standing: Standing::Unlisted,
            usage: Usage::Never,
            $($invalid_field: $invalid_value),+
        };
    };
    (@class $separator:literal, $note:literal, $name:literal, $meaning:literal, $fields:tt;
        [$($topic:path: $category:literal),+ $(,)?]) => {
        [$(unlisted_codes!(@row $name, concat!($meaning, $separator, $category), $topic, $note, $fields)),+]
    };
    (@row $name:literal, $meaning:expr, $topic:path, $note:literal, { $($field:ident: $value:expr),+ }) => {
        ReplyCodeRow {
            name: $name,
            meaning: $meaning,
            standing: Standing::Unlisted,
            topic: $topic,
            references: REFERENCES,
            sent_with: &[],
            usage: Usage::Never,
            note: Some(NOTE),
            $($field: $value),+
        }
    };
}

/// What an unlisted code of a valid number refers to: the section that tells clients how to read
/// codes they do not know.
const REFERENCES: &[Reference] = &[rfc(5321, "4.2.1")];

#[path = "../data/unlisted_codes.rs"]
mod table;

/// The position of a category's row: the second digit 3 and 4 share one.
const fn category_index(second_digit: u16) -> usize {
    match second_digit {
        0 => 0,
        1 => 1,
        2 => 2,
        3 | 4 => 3,
        _ => 4,
    }
}

/// The row of a number that is not in the table.
pub(crate) const fn row(code: u16) -> &'static ReplyCodeRow {
    if !grammar::fits(code) {
        return &table::INVALID;
    }
    &table::BY_CLASS[(code / 100) as usize - 2][category_index((code / 10) % 10)]
}

/// The row of an unlisted code in each class, for texts an enhanced code borrows when neither its
/// entry nor its subject is known: the class's causes and remedies.
pub(crate) const fn class_row(class_digit: u8) -> &'static ReplyCodeRow {
    &table::BY_CLASS[class_digit as usize - 2][4]
}

#[cfg(test)]
pub(crate) use table::NOTE;
