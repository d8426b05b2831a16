//! Server replies: reading one as a server sends it, finding one in a bounce or a log, and keeping
//! one.
//!
//! - `reply`: [`Reply`](crate::Reply), a reply read in place without copying, and
//!   [`Reply::parse`](crate::Reply::parse) with its two readers (a short path for the common
//!   shape, a careful one that says what is wrong).
//! - `find`: [`Reply::find`](crate::Reply::find), which digs a reply out of a DSN field, a log line
//!   or a protocol transcript, and the layouts it reads.
//! - `owned`: [`OwnedReply`](crate::OwnedReply) (feature `std`).
//! - `error`: [`ParseError`](crate::ParseError) and [`ParseErrorKind`](crate::ParseErrorKind).
//!
//! Replies read codes with the one grammar of each kind of code (`codes::grammar`,
//! `enhanced::grammar`). Advice and text build on this group; it knows nothing of them.

pub(crate) mod error;
pub(crate) mod find;
#[cfg(feature = "std")]
pub(crate) mod owned;
pub(crate) mod reply;
