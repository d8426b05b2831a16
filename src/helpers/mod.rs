//! Low-level helpers that every other part of the crate may use, and that use nothing of it.
//!
//! - `words`: byte searches eight bytes at a time, for the reply readers.
//! - `name_key`: the one normalisation of code names for lookups ("Bad Sequence" → "badsequence").
//! - `named_enum`: the macro that declares the small public enums whose values have stable names,
//!   and [`UnknownName`](crate::UnknownName), the error of their `FromStr`.
//! - `short_text`: the start of a piece of input, kept in an error without allocating.
//! - `show_byte`: a byte of hostile input written so that a person can read it.

pub(crate) mod name_key;
pub(crate) mod named_enum;
pub(crate) mod short_text;
pub(crate) mod show_byte;
pub(crate) mod words;
