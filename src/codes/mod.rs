//! Reply codes: the three digits that start every SMTP reply.
//!
//! - `row`: the schema of the table's rows, with [`Usage`](crate::Usage).
//! - `reply_code`: [`ReplyCode`](crate::ReplyCode), generated from `data/reply_codes.rs`, and its
//!   lookups by number and by name.
//! - `unlisted`: the rows of numbers the table does not list, from `data/unlisted_codes.rs`.
//! - `grammar`: the RFC 5321 grammar of a code's digits.
//! - `reader`: the one reader of three-digit codes, which every other reader calls, with the
//!   strict constructors and `FromStr`.
//! - `class`: the first and second digits, [`Class`](crate::Class) and
//!   [`Category`](crate::Category), and the class predicates shared with replies.
//! - `standing`, `topic`, `actor`, `reference`: what a row says of a code.
//! - `retry`: [`Retry`](crate::Retry), what a sending program does after a reply; retry
//!   decisions and bounce reasons name it.
//! - `error`: [`InvalidReplyCode`](crate::InvalidReplyCode).
//!
//! This group uses only the helpers and the data; enhanced codes, replies and everything above
//! build on it.

pub(crate) mod actor;
pub(crate) mod class;
pub(crate) mod error;
pub(crate) mod grammar;
pub(crate) mod reader;
pub(crate) mod reference;
pub(crate) mod reply_code;
pub(crate) mod retry;
pub(crate) mod row;
pub(crate) mod standing;
pub(crate) mod topic;
pub(crate) mod unlisted;
