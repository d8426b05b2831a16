//! Every SMTP reply code and enhanced mail system status code, explained: what a reply means, why
//! servers send it, what to do about it, whether to retry, and how two codes differ.
//!
//! The crate is for mail clients that want to turn "550 5.1.1" into a message a person
//! understands, servers choosing the right reply, and bounce and log processors that must decide
//! what a failure means. Everything is in compile-time tables; nothing is built at run time, and
//! reading a reply allocates nothing. It works without `std` (see [Features](#features) for the
//! few parts that need it).
//!
//! # Look up a code
//!
//! ```
//! use smtp_codes::{Class, ReplyCode};
//!
//! let code = ReplyCode::from(503);
//! assert_eq!(code, ReplyCode::BadSequence);
//! assert_eq!(code.class(), Class::PermanentNegative);
//! println!("{code:#}: {}", code.meaning());
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
//! assert_eq!(code.name(), "Mailbox full");
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
//! # Tell why it failed
//!
//! The text names the cause the code cannot: [`Reply::reason`] gives a [`Reason`], in Sisimai's
//! vocabulary, with whether the bounce is hard and whose problem it is ([`Fault`]).
//!
//! ```
//! use smtp_codes::{Fault, Reason, Reply};
//!
//! let reply = Reply::parse("554 5.7.1 <bob@example.org>: Relay access denied")?;
//! assert_eq!(reply.reason(), Reason::NoRelaying);
//! assert_eq!(reply.reason().fault(), Fault::Sender);
//! assert!(!reply.is_hard_bounce());
//! # Ok::<(), smtp_codes::ParseError>(())
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
//! # In other languages
//!
//! Every value with texts has `localize(locale)`, which gives a [`Localized`] value: its texts,
//! and its `Display`, in that language.
//!
//! ```
//! use smtp_codes::{Locale, Reply};
//!
//! let locale = Locale::negotiate(["zh-CN", "en"]);
//! let reply = Reply::parse("550 5.1.1 User unknown")?;
//! println!("{}", reply.explain().localize(locale));
//! # Ok::<(), smtp_codes::ParseError>(())
//! ```
//!
//! # Features
//!
//! - `std` (default): [`OwnedReply`] and [`Reply::to_owned_reply`], which allocate; it also
//!   passes `std` on to the dependencies. Everything else works without it.
//! - `serde`: `Serialize` and `Deserialize` for the codes (`ReplyCode` as its number,
//!   `EnhancedStatusCode` as "5.1.1"), the enums (as their stable names), [`Diff`] and
//!   [`RetryDecision`]; [`Reply`] and [`Explanation`] serialize. A [`Localized`] reply code or
//!   enhanced code serializes as everything the crate knows of it, in its language.
//! - One feature per language beside English, each adding its [`Locale`] variant: `ar`
//!   (Arabic), `de` (German), `es` (Spanish), `fr` (French), `hi` (Hindi), `id` (Indonesian),
//!   `ja` (Japanese), `ko` (Korean), `pt` (Portuguese as written in Brazil, tag `pt-BR`), `ru`
//!   (Russian), `th` (Thai), `tr` (Turkish), `vi` (Vietnamese), `zh-hans` (Simplified Chinese).
//!   `all-locales` turns on every language.
//! - `lettre` (needs `std`): conversions from lettre's SMTP types, and [`SmtpErrorExt`] so that
//!   `error.explain()` works on `lettre::transport::smtp::Error`.
//! - `bounce` (needs `std`): [`bounce::Bounce`] reads whole bounce emails (RFC 3464 DSNs, the
//!   MTAs' own formats, feedback reports, auto-replies), with `mail-parser` for MIME.
//!
//! # Scope of this crate
//!
//! It reads, explains and compares replies, and with the `bounce` feature the bounce emails that
//! carry them. It does not speak SMTP or send mail.
//!
//! # How the crate is built
//!
//! The source is in layers, each using only the ones before it: helpers, the hand-written tables
//! (`data/`), reply codes (`codes/`), enhanced codes (`enhanced/`), replies (`replies/`), bounce
//! reasons (`reasons/`), advice (retry, explanations, comparisons), bounces (`bounce/`, whole
//! bounce emails), text (locales, templates, every localised rendering) and integrations (serde,
//! lettre). A test checks the order of their imports.
#![cfg_attr(not(feature = "std"), no_std)]
#![cfg_attr(docsrs, feature(doc_cfg))]
#![forbid(unsafe_code)]
#![deny(missing_docs)]

mod advice;
#[cfg(feature = "bounce")]
#[cfg_attr(docsrs, doc(cfg(feature = "bounce")))]
pub mod bounce;
mod codes;
mod data;
mod enhanced;
mod helpers;
mod integrations;
mod reasons;
mod replies;
mod text;

pub use advice::diff::{Diff, Difference, Outcome, diff};
pub use advice::explain::Explanation;
pub use advice::retry::{RetryDecision, RetryReason};
pub use codes::actor::Actor;
pub use codes::class::{Category, Class};
pub use codes::error::InvalidReplyCode;
pub use codes::reference::Reference;
pub use codes::reply_code::{ReplyCode, UnlistedCode};
pub use codes::retry::Retry;
pub use codes::row::Usage;
pub use codes::standing::Standing;
pub use codes::topic::Topic;
pub use data::Sentences;
pub use enhanced::error::InvalidEnhancedCode;
pub use enhanced::status_class::StatusClass;
pub use enhanced::status_code::EnhancedStatusCode;
pub use enhanced::subject::Subject;
pub use helpers::named_enum::UnknownName;
#[cfg(feature = "lettre")]
#[cfg_attr(docsrs, doc(cfg(feature = "lettre")))]
pub use integrations::lettre::{SendFailure, SmtpErrorExt};
pub use reasons::fault::Fault;
pub use reasons::reason::Reason;
pub use reasons::rule::Rule;
pub use reasons::vendor::SesBounce;
pub use replies::error::{ParseError, ParseErrorKind};
#[cfg(feature = "std")]
#[cfg_attr(docsrs, doc(cfg(feature = "std")))]
pub use replies::owned::OwnedReply;
pub use replies::reply::{Lines, Reply};
pub use text::heading::Heading;
pub use text::locale::{Locale, UnsupportedLocale};
pub use text::localized::Localized;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
