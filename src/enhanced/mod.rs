//! Enhanced mail system status codes (RFC 3463): "5.1.1" and the IANA registry behind them.
//!
//! - `status_code`: [`EnhancedStatusCode`](crate::EnhancedStatusCode), its texts and how it pairs
//!   with reply codes.
//! - `status_class`, `subject`: its first and second numbers,
//!   [`StatusClass`](crate::StatusClass) and [`Subject`](crate::Subject).
//! - `registry`: the rows of the registry, its classes and its subjects, from
//!   `data/enhanced_codes.rs`.
//! - `grammar`: the one reader of enhanced codes, which `FromStr` and the reply readers call.
//! - `error`: [`InvalidEnhancedCode`](crate::InvalidEnhancedCode).
//!
//! This group builds on reply codes (an enhanced code agrees with a reply code, and borrows the
//! texts of an unlisted reply code of its class when nothing else explains it).

pub(crate) mod error;
pub(crate) mod grammar;
pub(crate) mod registry;
pub(crate) mod status_class;
pub(crate) mod status_code;
pub(crate) mod subject;
