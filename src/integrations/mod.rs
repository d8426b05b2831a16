//! Integrations with other crates, each behind its feature.
//!
//! - `serde` (feature `serde`): `Serialize` and `Deserialize` by hand for the codes, the enums,
//!   comparisons, retry decisions, and the full descriptions of codes in a locale.
//! - `bounce_serde` (features `serde` and `bounce`): `Serialize` for a bounce, its kind, its
//!   recipients and the returned message, for `examples/bounce.rs --json`.
//! - `lettre` (feature `lettre`): conversions from and to lettre's SMTP types, and
//!   [`SmtpErrorExt`](crate::SmtpErrorExt), which explains lettre's send errors.
//!
//! Integrations sit on top: they use every group below and nothing uses them.

#[cfg(all(feature = "serde", feature = "bounce"))]
pub(crate) mod bounce_serde;
#[cfg(feature = "lettre")]
pub(crate) mod lettre;
#[cfg(feature = "serde")]
pub(crate) mod serde;
