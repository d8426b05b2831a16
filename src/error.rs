//! The errors of the strict code parsers: [`InvalidReplyCode`] and [`InvalidEnhancedCode`].

use crate::reply_code::digits_fit_grammar;
use core::fmt;

/// A number or text that is not a valid SMTP reply code.
///
/// Returned by [`ReplyCode::from_u16`](crate::ReplyCode::from_u16),
/// [`ReplyCode::from_bytes`](crate::ReplyCode::from_bytes) and `str::parse`. Its `Display` names
/// the bad input and what is wrong with it.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// let error = "2a0".parse::<ReplyCode>().unwrap_err();
/// assert_eq!(error.to_string(), "unexpected character 'a' at position 2 of a reply code");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct InvalidReplyCode {
    kind: CodeErrorKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeErrorKind {
    Length(usize),
    NotDigit { byte: u8, position: usize },
    TooLarge(u16),
    FirstDigit(u16),
    SecondDigit(u16),
}

impl fmt::Display for CodeErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            CodeErrorKind::Length(len) => {
                write!(f, "a reply code has three digits, found {len} characters")
            }
            CodeErrorKind::NotDigit { byte, position } => {
                write!(f, "unexpected character {} at position {} of a reply code", ShowByte(byte), position + 1)
            }
            CodeErrorKind::TooLarge(code) => write!(f, "{code} is not a three-digit reply code"),
            CodeErrorKind::FirstDigit(code) => {
                write!(f, "reply code {code:03} breaks the RFC 5321 grammar: the first digit must be 2 to 5")
            }
            CodeErrorKind::SecondDigit(code) => {
                write!(f, "reply code {code:03} breaks the RFC 5321 grammar: the second digit must be 0 to 5")
            }
        }
    }
}

/// Shows a byte of hostile input: a printable ASCII character in quotes, anything else as hex.
pub(crate) struct ShowByte(pub(crate) u8);

impl fmt::Display for ShowByte {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.0.is_ascii_graphic() || self.0 == b' ' {
            write!(f, "'{}'", self.0 as char)
        } else {
            write!(f, "byte 0x{:02x}", self.0)
        }
    }
}

impl InvalidReplyCode {
    /// Checks a number against the grammar.
    pub(crate) const fn check(code: u16) -> Result<(), InvalidReplyCode> {
        let kind = if code >= 1000 {
            CodeErrorKind::TooLarge(code)
        } else if code < 200 || code >= 600 {
            CodeErrorKind::FirstDigit(code)
        } else if (code / 10) % 10 > 5 {
            CodeErrorKind::SecondDigit(code)
        } else {
            return Ok(());
        };
        Err(InvalidReplyCode { kind })
    }

    /// Checks three ASCII digits against the grammar and returns their value.
    pub(crate) const fn check_digits(digits: &[u8]) -> Result<u16, InvalidReplyCode> {
        // The usual case first, on the digits' values; anything else is worked out below, to
        // say exactly what is wrong.
        if let [first, second, third] = *digits {
            let (first, second, third) =
                (first.wrapping_sub(b'0'), second.wrapping_sub(b'0'), third.wrapping_sub(b'0'));
            if third <= 9 && digits_fit_grammar(first, second) {
                return Ok(first as u16 * 100 + second as u16 * 10 + third as u16);
            }
        }
        match InvalidReplyCode::value_of(digits) {
            Ok(value) => match InvalidReplyCode::check(value) {
                Ok(()) => Ok(value),
                Err(error) => Err(error),
            },
            Err(error) => Err(error),
        }
    }

    /// The value of exactly three ASCII digits, whatever they are.
    pub(crate) const fn value_of(digits: &[u8]) -> Result<u16, InvalidReplyCode> {
        if digits.len() != 3 {
            return Err(InvalidReplyCode { kind: CodeErrorKind::Length(digits.len()) });
        }
        let mut value = 0u16;
        let mut position = 0;
        while position < 3 {
            let byte = digits[position];
            if !byte.is_ascii_digit() {
                return Err(InvalidReplyCode { kind: CodeErrorKind::NotDigit { byte, position } });
            }
            value = value * 10 + (byte - b'0') as u16;
            position += 1;
        }
        Ok(value)
    }
}

/// Text that is not a well-formed enhanced status code (RFC 3463, section 2).
///
/// Returned by `str::parse::<EnhancedStatusCode>()` and
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
