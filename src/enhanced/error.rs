//! [`InvalidEnhancedCode`]: why a text is not an enhanced status code.

use core::fmt;

use crate::helpers::show_byte::ShowByte;

/// Text that is not a well-formed enhanced status code (RFC 3463, section 2).
///
/// Returned by `str::parse::<EnhancedStatusCode>()`,
/// [`EnhancedStatusCode::from_bytes`](crate::EnhancedStatusCode::from_bytes) and
/// [`EnhancedStatusCode::try_new`](crate::EnhancedStatusCode::try_new).
///
/// # Examples
///
/// ```
/// use smtp_codes::EnhancedStatusCode;
///
/// let error = "5.01.1".parse::<EnhancedStatusCode>().unwrap_err();
/// assert_eq!(error.to_string(), "leading zero in the subject of an enhanced status code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct InvalidEnhancedCode {
    kind: EnhancedErrorKind,
}

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum EnhancedErrorKind {
    Empty,
    Class(u8),
    Unexpected { byte: u8, position: usize },
    MissingPart(Part),
    LeadingZero(Part),
    TooLong(Part),
    TrailingInput { position: usize },
    OutOfRange(Part, u16),
}

/// The part of a code an error is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Subject,
    Detail,
}

impl fmt::Display for Part {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Part::Subject => "subject",
            Part::Detail => "detail",
        })
    }
}

impl fmt::Display for EnhancedErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            EnhancedErrorKind::Empty => f.write_str("empty enhanced status code"),
            EnhancedErrorKind::Class(byte) => {
                write!(f, "enhanced status code class must be 2, 4 or 5, found {}", ShowByte(byte))
            }
            EnhancedErrorKind::Unexpected { byte, position } => write!(
                f,
                "unexpected character {} at position {} of an enhanced status code",
                ShowByte(byte),
                position + 1
            ),
            EnhancedErrorKind::MissingPart(part) => {
                write!(f, "missing {part} in an enhanced status code (expected class.subject.detail)")
            }
            EnhancedErrorKind::LeadingZero(part) => {
                write!(f, "leading zero in the {part} of an enhanced status code")
            }
            EnhancedErrorKind::TooLong(part) => {
                write!(f, "the {part} of an enhanced status code has more than three digits")
            }
            EnhancedErrorKind::TrailingInput { position } => {
                write!(f, "unexpected input after the enhanced status code at position {}", position + 1)
            }
            EnhancedErrorKind::OutOfRange(part, value) => {
                write!(f, "the {part} of an enhanced status code is 0 to 999, found {value}")
            }
        }
    }
}

impl InvalidEnhancedCode {
    pub(crate) const fn new(kind: EnhancedErrorKind) -> InvalidEnhancedCode {
        InvalidEnhancedCode { kind }
    }
}
