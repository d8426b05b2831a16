//! Text: every sentence the crate writes for people, in every language it has.
//!
//! - `locale`: [`Locale`](crate::Locale), its cargo features, and how a language tag or a list of
//!   preferred languages picks one.
//! - `catalog`: every text under a key, and the translations `build.rs` compiles from the gettext
//!   PO files in `locales/` (one file per language; `smtp-codes.pot` is the English template).
//! - `template`: the sentence patterns of comparisons, explanations and retry decisions.
//! - `heading`: [`Heading`](crate::Heading), the headings of comparisons and cards.
//! - `localized`: [`Localized`](crate::Localized) and `localize(locale)` on every type with texts,
//!   and the English `Display` of comparisons, explanations and retry decisions.
//!
//! This is the top of the crate's layers: the domain groups below speak English data and never
//! name a locale; everything that writes text in a language is here.

pub(crate) mod catalog;
#[cfg(test)]
mod catalog_check;
pub(crate) mod heading;
pub(crate) mod locale;
pub(crate) mod localized;
pub(crate) mod template;
