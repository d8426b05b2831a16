//! [`InvalidReplyCode`]: why a number or text is not a reply code.

use core::fmt;

use crate::helpers::show_byte::ShowByte;

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

/// What is wrong.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum CodeErrorKind {
    /// Not three characters.
    Length(usize),
    /// A character that is not a digit, at a position counted from 0.
    NotDigit { byte: u8, position: usize },
    /// A number of four digits or more.
    TooLarge(u16),
    /// A first digit other than 2 to 5.
    FirstDigit(u16),
    /// A second digit other than 0 to 5, of a code the table does not list.
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

impl InvalidReplyCode {
    /// What is wrong with a number that the reader refused.
    pub(crate) const fn of_number(code: u16) -> InvalidReplyCode {
        let kind = if code >= 1000 {
            CodeErrorKind::TooLarge(code)
        } else if !matches!(code / 100, 2..=5) {
            CodeErrorKind::FirstDigit(code)
        } else {
            CodeErrorKind::SecondDigit(code)
        };
        InvalidReplyCode { kind }
    }

    /// What is wrong with bytes that the reader refused.
    pub(crate) const fn of_digits(digits: &[u8]) -> InvalidReplyCode {
        if digits.len() != 3 {
            return InvalidReplyCode { kind: CodeErrorKind::Length(digits.len()) };
        }
        let mut value = 0u16;
        let mut position = 0;
        while position < 3 {
            let byte = digits[position];
            if !byte.is_ascii_digit() {
                return InvalidReplyCode { kind: CodeErrorKind::NotDigit { byte, position } };
            }
            value = value * 10 + (byte - b'0') as u16;
            position += 1;
        }
        InvalidReplyCode::of_number(value)
    }
}
