//! Every SMTP reply code and enhanced mail system status code, explained: what a reply means, why
//! servers send it, what to do about it, whether to retry, and how two codes differ.
//!
//! The crate is for mail clients that want to turn "550 5.1.1" into a message a person
//! understands, servers choosing the right reply, and bounce and log processors that must decide
//! what a failure means. Everything is in compile-time tables; nothing is built at run time, and
//! reading a reply allocates nothing. It works without `std`.
//!
//! # Look up a code
//!
//! ```
//! use smtp_codes::{Class, ReplyCode};
//!
//! let code = ReplyCode::from(503);
//! assert_eq!(code, ReplyCode::BadSequence);
//! assert_eq!(code.class(), Class::PermanentNegative);
//! println!("{}: {}", code.title(), code.meaning());
//! for cause in code.causes() {
//!     println!("  when: {cause}");
//! }
//! for remedy in code.remedies() {
//!     println!("  what to do: {remedy}");
//! }
//! ```
//!
//! Enhanced status codes (RFC 3463) have the whole IANA registry behind them:
//!
//! ```
//! use smtp_codes::EnhancedStatusCode;
//!
//! let code: EnhancedStatusCode = "5.2.2".parse()?;
//! assert_eq!(code.title(), "Mailbox full");
//! # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
//! ```
//!
//! # Compare two codes
//!
//! ```
//! use smtp_codes::{ReplyCode, diff};
//!
//! let comparison = diff(ReplyCode::from(252), ReplyCode::from(503));
//! assert!(comparison.differences().count() > 0);
//! println!("{comparison}");
//! ```
//!
//! # Explain a server's reply
//!
//! ```
//! use smtp_codes::Reply;
//!
//! let reply = Reply::parse("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n")?;
//! println!("{}", reply.explain());
//! # Ok::<(), smtp_codes::ParseError>(())
//! ```
//!
//! [`Reply::find`] digs the reply out of a bounce or a log line:
//!
//! ```
//! use smtp_codes::Reply;
//!
//! let dsn = "Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected";
//! assert_eq!(Reply::find(dsn).unwrap().code(), 550);
//! ```
//!
//! # Decide whether to retry
//!
//! ```
//! use smtp_codes::{Reply, Retry};
//!
//! let reply = Reply::parse("451 4.7.1 Greylisted, please try again in 5 minutes")?;
//! assert_eq!(reply.retry().action(), Retry::Later);
//! # Ok::<(), smtp_codes::ParseError>(())
//! ```
//!
//! # The codes
//!
//! Every reply code in the table, with the name of its [`ReplyCode`] variant. The sources of each
//! code, and where they disagree, are in the variant's [`references`](ReplyCode::references) and
//! [`note`](ReplyCode::note).
//!
#![doc = include_str!(concat!(env!("OUT_DIR"), "/reply_code_table.md"))]
//!
//! # Features
//!
//! - `std` (default): [`OwnedReply`], a reply that owns its text and implements
//!   `std::error::Error`; everything else works without it.
//! - `serde`: `Serialize` and `Deserialize` for the codes (`ReplyCode` as its number,
//!   `EnhancedStatusCode` as "5.1.1"), the enums (as kebab-case strings), [`Diff`] and
//!   [`RetryDecision`]; [`Reply`], [`Explanation`], [`Difference`] and [`Reference`] borrow their
//!   text and only serialize.
//! - `zh-hans`: Simplified Chinese texts for everything: [`Locale::ZhHans`] with
//!   [`ReplyCode::describe`], [`EnhancedStatusCode::describe`], [`Diff::render`] and
//!   [`Explanation::render`].
//! - `lettre`: conversions from lettre's SMTP types: `ReplyCode::from(Code)`,
//!   `OwnedReply::from(&Response)`, [`Reply::to_lettre`], and [`SmtpErrorExt`] so that
//!   `error.explain()` works on `lettre::transport::smtp::Error`.
//!
//! # Scope of this crate
//!
//! It reads, explains and compares replies. It does not speak SMTP, send mail, or parse whole
//! DSN messages (RFC 3464); [`Reply::find`] only finds the reply inside one.
#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod actor;
mod class;
mod describe;
mod diff;
mod enhanced;
mod error;
mod explain;
mod find;
mod generic;
mod labels;
#[cfg(feature = "lettre")]
mod lettre;
mod locale;
mod name_key;
#[cfg(feature = "std")]
mod owned;
mod parse_error;
mod reference;
mod reply;
mod reply_code;
mod retry;
#[cfg(feature = "serde")]
mod serde_impls;
mod standing;
mod topic;
mod words;

pub use actor::Actor;
pub use class::{Category, Class, ClassIn};
pub use describe::{Description, EnhancedDescription};
pub use diff::{Diff, Difference, Outcome, RenderedDiff, RenderedDifference, diff};
pub use enhanced::{EnhancedStatusCode, StatusClass, Subject};
pub use error::{InvalidEnhancedCode, InvalidReplyCode};
pub use explain::{Explanation, RenderedExplanation, ServerText};
#[cfg(feature = "lettre")]
#[cfg_attr(docsrs, doc(cfg(feature = "lettre")))]
pub use lettre::{SendFailure, SmtpErrorExt};
pub use locale::{Locale, UnsupportedLocale};
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use owned::OwnedReply;
pub use parse_error::{ParseError, ParseErrorKind};
pub use reference::Reference;
pub use reply::{Lines, Reply};
pub use reply_code::{ReplyCode, Title, UnknownCode};
pub use retry::{RenderedRetry, Retry, RetryDecision, RetryReason};
pub use standing::Standing;
pub use topic::Topic;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
