//! [`ParseError`]: why a server reply could not be read.

use core::fmt;

use crate::helpers::show_byte::ShowByte;
use crate::{EnhancedStatusCode, InvalidReplyCode, ReplyCode};

/// A server reply that [`Reply::parse`](crate::Reply::parse) could not read.
///
/// Its `Display` says what was wrong and on which line; [`ParseError::kind`] gives the same as
/// data. It implements `Error`, so it can be returned with `?`.
///
/// # Examples
///
/// ```
/// use smtp_codes::{ParseErrorKind, Reply};
///
/// let error = Reply::parse("250-first\r\n251 second\r\n").unwrap_err();
/// assert_eq!(error.line(), 2);
/// assert!(matches!(error.kind(), ParseErrorKind::MixedCodes { .. }));
/// assert_eq!(error.to_string(), "line 2: reply code 251 differs from the first line's 250");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {kind}")]
pub struct ParseError {
    kind: ParseErrorKind,
    line: usize,
}

impl ParseError {
    pub(crate) const fn new(kind: ParseErrorKind, line: usize) -> ParseError {
        ParseError { kind, line }
    }

    /// What went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ParseErrorKind, Reply};
    ///
    /// assert_eq!(Reply::parse("").unwrap_err().kind(), ParseErrorKind::Empty);
    /// ```
    pub const fn kind(&self) -> ParseErrorKind {
        self.kind
    }

    /// The line (counting from 1) where it went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// assert_eq!(Reply::parse("250-a\n250-b\n").unwrap_err().line(), 2);
    /// ```
    pub const fn line(&self) -> usize {
        self.line
    }
}

/// What was wrong with a reply; part of a [`ParseError`].
///
/// # Examples
///
/// ```
/// use smtp_codes::{ParseErrorKind, Reply};
///
/// let kind = Reply::parse("650 nope").unwrap_err().kind();
/// assert!(matches!(kind, ParseErrorKind::BadCode(_)));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum ParseErrorKind {
    /// The input was empty.
    Empty,
    /// A line does not start with a reply code that fits the RFC 5321 grammar ("25", "2a0",
    /// "650", "2500").
    BadCode(InvalidReplyCode),
    /// The code is followed by something other than a space, a hyphen or the line's end.
    BadSeparator(u8),
    /// A line's code differs from the first line's.
    MixedCodes {
        /// The first line's code.
        expected: ReplyCode,
        /// This line's code.
        found: ReplyCode,
    },
    /// Two lines carry different enhanced status codes.
    MixedEnhancedCodes {
        /// The first enhanced code seen.
        expected: EnhancedStatusCode,
        /// This line's enhanced code.
        found: EnhancedStatusCode,
    },
    /// The input ends after a continuation line ("250-..."), before the final line ("250 ...").
    Unterminated,
    /// The bytes are not UTF-8 (from [`Reply::parse_bytes`](crate::Reply::parse_bytes)).
    NonUtf8 {
        /// The offset of the first byte that is not UTF-8.
        offset: usize,
    },
    /// The input stops before the reply is complete (from
    /// [`Reply::parse_next`](crate::Reply::parse_next), which needs the last line's line feed):
    /// read more and try again.
    Incomplete,
    /// Something follows the final line ([`Reply::parse`](crate::Reply::parse) takes exactly one
    /// reply; [`Reply::parse_next`](crate::Reply::parse_next) reads one and returns the rest).
    TrailingData,
}

impl fmt::Display for ParseErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            ParseErrorKind::Empty => f.write_str("empty reply"),
            ParseErrorKind::BadCode(error) => write!(f, "{error}"),
            ParseErrorKind::BadSeparator(byte) => write!(
                f,
                "expected a space, a hyphen or the end of the line after the reply code, found {}",
                ShowByte(byte)
            ),
            ParseErrorKind::MixedCodes { expected, found } => {
                write!(f, "reply code {found} differs from the first line's {expected}")
            }
            ParseErrorKind::MixedEnhancedCodes { expected, found } => {
                write!(f, "enhanced status code {found} differs from the earlier {expected}")
            }
            ParseErrorKind::Unterminated => f.write_str("the reply ends after a continuation line, with no final line"),
            ParseErrorKind::NonUtf8 { offset } => {
                write!(f, "the reply text is not UTF-8 (at byte {offset})")
            }
            ParseErrorKind::TrailingData => f.write_str("unexpected data after the reply's final line"),
            ParseErrorKind::Incomplete => f.write_str("the input stops before the reply is complete"),
        }
    }
}
