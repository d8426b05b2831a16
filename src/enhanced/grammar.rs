//! The one reader of enhanced status codes (RFC 3463, section 2): a class of 2, 4 or 5, then a
//! subject and a detail of one to three digits each, without leading zeros, joined by dots.
//!
//! `FromStr`, [`Reply::parse`](crate::Reply::parse) and [`Reply::find`](crate::Reply::find) read
//! codes with [`read_prefix`]. It looks at nine bytes and the one after them at fixed offsets, so
//! reading the common "5.1.1 " costs a few comparisons. Only a strict parse that fails goes on to
//! [`diagnose`], which says what is wrong.

use core::str::FromStr;

use crate::enhanced::error::{EnhancedErrorKind, InvalidEnhancedCode, Part};
use crate::{EnhancedStatusCode, StatusClass};

/// The code at the start of `bytes` and its length, if a well-formed one starts there; it ends at
/// the first byte after the detail's digits, which must not be a digit.
#[inline]
pub(crate) const fn read_prefix(bytes: &[u8]) -> Option<(EnhancedStatusCode, usize)> {
    // The longest code is nine bytes, "5.999.999"; a tenth byte only matters if it is a digit.
    match bytes.first_chunk::<9>() {
        Some(head) => read_nine(head, if bytes.len() > 9 { bytes[9] } else { 0 }),
        None => {
            // Zero is neither a digit nor a dot, so padding reads as the end.
            let mut padded = [0; 9];
            let mut index = 0;
            while index < bytes.len() {
                padded[index] = bytes[index];
                index += 1;
            }
            read_nine(&padded, 0)
        }
    }
}

/// [`read_prefix`] over nine bytes and the one after them: fixed offsets, no bounds to check.
#[inline]
const fn read_nine(head: &[u8; 9], tenth: u8) -> Option<(EnhancedStatusCode, usize)> {
    let Some(class) = StatusClass::from_digit(head[0].wrapping_sub(b'0')) else { return None };
    if head[1] != b'.' {
        return None;
    }
    let Some((subject, subject_len)) = number(head[2], head[3], head[4]) else { return None };
    let dot = 2 + subject_len;
    if head[dot] != b'.' {
        return None;
    }
    let Some((detail, detail_len)) = number(head[dot + 1], head[dot + 2], head[dot + 3]) else { return None };
    let end = dot + 1 + detail_len;
    // A digit after the detail: a fourth digit, or a leading zero ("5.1.01").
    let after = if end < 9 { head[end] } else { tenth };
    if after.is_ascii_digit() {
        return None;
    }
    Some((EnhancedStatusCode::from_parts(class, subject, detail), end))
}

/// One to three digits without a leading zero, from the next three bytes: the value and how
/// many digits. A lone "0" counts; the caller sees a digit after it ("01") as the error it is, and
/// likewise a fourth digit.
#[inline]
const fn number(first: u8, second: u8, third: u8) -> Option<(u16, usize)> {
    let (first, second, third) = (first.wrapping_sub(b'0'), second.wrapping_sub(b'0'), third.wrapping_sub(b'0'));
    if first > 9 {
        None
    } else if first == 0 || second > 9 {
        Some((first as u16, 1))
    } else if third > 9 {
        Some((first as u16 * 10 + second as u16, 2))
    } else {
        Some((first as u16 * 100 + second as u16 * 10 + third as u16, 3))
    }
}

/// Exactly one code, with nothing before or after it, or what is wrong with the text.
pub(crate) const fn read(text: &[u8]) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
    match read_prefix(text) {
        Some((code, len)) if len == text.len() => Ok(code),
        _ => Err(diagnose(text)),
    }
}

/// What is wrong with a text that [`read`] refused: the first place it leaves the grammar.
const fn diagnose(text: &[u8]) -> InvalidEnhancedCode {
    if text.is_empty() {
        return InvalidEnhancedCode::new(EnhancedErrorKind::Empty);
    }
    if StatusClass::from_digit(text[0].wrapping_sub(b'0')).is_none() {
        return InvalidEnhancedCode::new(EnhancedErrorKind::Class(text[0]));
    }
    let mut position = 1;
    let mut index = 0;
    while index < 2 {
        let part = if index == 0 { Part::Subject } else { Part::Detail };
        if position >= text.len() {
            return InvalidEnhancedCode::new(EnhancedErrorKind::MissingPart(part));
        }
        if text[position] != b'.' {
            return InvalidEnhancedCode::new(if index == 1 && text[position].is_ascii_digit() {
                EnhancedErrorKind::TooLong(Part::Subject)
            } else {
                EnhancedErrorKind::Unexpected { byte: text[position], position }
            });
        }
        position += 1;
        let start = position;
        while position < text.len() && text[position].is_ascii_digit() {
            if position - start == 3 {
                return InvalidEnhancedCode::new(EnhancedErrorKind::TooLong(part));
            }
            position += 1;
        }
        if position == start {
            return InvalidEnhancedCode::new(EnhancedErrorKind::MissingPart(part));
        }
        if text[start] == b'0' && position - start > 1 {
            return InvalidEnhancedCode::new(EnhancedErrorKind::LeadingZero(part));
        }
        index += 1;
    }
    InvalidEnhancedCode::new(EnhancedErrorKind::TrailingInput { position })
}

impl EnhancedStatusCode {
    /// Parses exactly one code, such as `b"5.1.1"`, with nothing before or after it.
    ///
    /// # Errors
    ///
    /// - `""`: empty.
    /// - `"6.1.1"`, `"3.0.0"`: the class is not 2, 4 or 5.
    /// - `"5.1"`, `"5..1"`, `"5.1."`: a part is missing.
    /// - `"5.01.1"`: a leading zero.
    /// - `"5.1.1000"`: a part longer than three digits.
    /// - `" 5.1.1"`, `"5.1.1 "`, `"5.1.1a"`: anything before or after the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert_eq!(EnhancedStatusCode::from_bytes(b"4.7.1")?.to_string(), "4.7.1");
    /// assert!(EnhancedStatusCode::from_bytes(b"4.7.").is_err());
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub const fn from_bytes(text: &[u8]) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
        read(text)
    }
}

/// Parses exactly one well-formed code. See [`EnhancedStatusCode::from_bytes`] for the errors.
///
/// # Examples
///
/// ```
/// use smtp_codes::EnhancedStatusCode;
///
/// assert!("5.1.1".parse::<EnhancedStatusCode>().is_ok());
/// for bad in ["5.1", "6.1.1", "5.01.1", "5.1.1000", " 5.1.1"] {
///     assert!(bad.parse::<EnhancedStatusCode>().is_err(), "{bad}");
/// }
/// ```
impl FromStr for EnhancedStatusCode {
    type Err = InvalidEnhancedCode;

    fn from_str(text: &str) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
        EnhancedStatusCode::from_bytes(text.as_bytes())
    }
}
