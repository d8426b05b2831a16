//! [`Error`]: why an email could not be read at all.

use core::fmt;

/// An email that [`Bounce::parse`](super::Bounce::parse) refused: larger than the
/// [`Limits`](super::Limits) allow, a MIME bomb, or not an email.
///
/// A message that is an email but not a bounce is not an error: it reads as
/// [`Kind::NotBounce`](super::Kind::NotBounce).
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::{Bounce, Limits};
///
/// let error = Bounce::parse_with(&[b'x'; 100], &Limits::new().max_size(10)).unwrap_err();
/// assert_eq!(error.to_string(), "the email is 100 bytes, more than the limit of 10");
/// assert!(Bounce::parse(b"").is_err());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    TooLarge { size: usize, limit: usize },
    TooManyParts { limit: usize },
    TooDeep { limit: usize },
    TooManyBoundaries { limit: usize },
    NotAnEmail,
}

impl Error {
    pub(crate) const fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            ErrorKind::TooLarge { size, limit } => {
                write!(f, "the email is {size} bytes, more than the limit of {limit}")
            }
            ErrorKind::TooManyParts { limit } => write!(f, "the email has more than {limit} MIME parts"),
            ErrorKind::TooDeep { limit } => write!(f, "the email's MIME parts nest more than {limit} deep"),
            ErrorKind::TooManyBoundaries { limit } => {
                write!(f, "the email declares more than {limit} multipart boundaries, so more MIME parts than it reads")
            }
            ErrorKind::NotAnEmail => f.write_str("the input does not start with a header field, so it is not an email"),
        }
    }
}

impl std::error::Error for Error {}
