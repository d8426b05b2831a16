//! The one reader of reply codes: three digits that fit the RFC 5321 grammar, or that the table
//! lists although they break it (471 and 571, which real servers send).
//!
//! `FromStr`, [`ReplyCode::from_u16`], [`ReplyCode::from_bytes`], serde, [`Reply::parse`] and
//! [`Reply::find`] all read codes here, so they accept exactly the same codes. The common case,
//! three good digits, is a few instructions on the digits already in hand; only a failure goes on
//! to work out what is wrong.
//!
//! [`Reply::parse`]: crate::Reply::parse
//! [`Reply::find`]: crate::Reply::find

use core::str::FromStr;

use crate::codes::grammar::{digits_fit, fits};
use crate::{InvalidReplyCode, ReplyCode};

/// True when a reader accepts `code`: it fits the grammar, or the table lists it.
pub(crate) const fn accepts(code: u16) -> bool {
    fits(code) || ReplyCode::lookup(code).is_listed()
}

/// The code three bytes spell, if a reader accepts it; `None` for anything else, without saying
/// why. The fast path of every reader.
#[inline]
pub(crate) const fn read_digits(d0: u8, d1: u8, d2: u8) -> Option<ReplyCode> {
    let (first, second, third) = (d0.wrapping_sub(b'0'), d1.wrapping_sub(b'0'), d2.wrapping_sub(b'0'));
    if first > 9 || second > 9 || third > 9 {
        return None;
    }
    let code = ReplyCode::lookup(first as u16 * 100 + second as u16 * 10 + third as u16);
    if digits_fit(first, second) || code.is_listed() { Some(code) } else { None }
}

/// The code that `digits`, exactly three bytes, spell, or what is wrong with them.
#[inline]
pub(crate) const fn read(digits: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
    if let [d0, d1, d2] = *digits {
        if let Some(code) = read_digits(d0, d1, d2) {
            return Ok(code);
        }
    }
    Err(InvalidReplyCode::of_digits(digits))
}

/// The code for a number, or what is wrong with it.
pub(crate) const fn read_number(code: u16) -> Result<ReplyCode, InvalidReplyCode> {
    if accepts(code) { Ok(ReplyCode::lookup(code)) } else { Err(InvalidReplyCode::of_number(code)) }
}

impl ReplyCode {
    /// The code for a number that fits the RFC 5321 grammar or is in the table, or an error.
    ///
    /// The grammar allows a first digit of 2 to 5 and a second digit of 0 to 5. A number that
    /// fits but is not in the table (558) is accepted as [`ReplyCode::Unlisted`]; the two codes in
    /// the table that break the grammar (471, 571) are accepted too, since servers send them.
    ///
    /// # Errors
    ///
    /// - `99`, `1000`: not three digits.
    /// - `101`, `650`: the first digit is not 2 to 5.
    /// - `260`, `590`: the second digit is not 0 to 5, and the table does not list the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_u16(252), Ok(ReplyCode::CannotVerifyUser));
    /// assert_eq!(ReplyCode::from_u16(558).map(ReplyCode::as_u16), Ok(558));
    /// assert_eq!(ReplyCode::from_u16(571), Ok(ReplyCode::MessageBlocked));
    /// let error = ReplyCode::from_u16(650).unwrap_err();
    /// assert_eq!(error.to_string(), "reply code 650 breaks the RFC 5321 grammar: the first digit must be 2 to 5");
    /// ```
    pub const fn from_u16(code: u16) -> Result<ReplyCode, InvalidReplyCode> {
        read_number(code)
    }

    /// The code for exactly three ASCII digits, by the rule of [`ReplyCode::from_u16`].
    ///
    /// This is what `"503".parse::<ReplyCode>()` calls.
    ///
    /// # Errors
    ///
    /// - `""`, `"25"`, `"2500"`: not three characters.
    /// - `"2a0"`, `" 250"`, `"+50"`: a character that is not an ASCII digit.
    /// - `"650"`, `"260"`: digits that break the grammar, of a code the table does not list.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_bytes(b"501"), Ok(ReplyCode::SyntaxErrorInParameters));
    /// assert!(ReplyCode::from_bytes(b"5O1").is_err());
    /// ```
    pub const fn from_bytes(digits: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
        read(digits)
    }
}

/// Strict reading of exactly three ASCII digits, by the rule of [`ReplyCode::from_u16`]. See
/// [`ReplyCode::from_bytes`] for the errors.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!("503".parse::<ReplyCode>(), Ok(ReplyCode::BadSequence));
/// assert_eq!("571".parse::<ReplyCode>(), Ok(ReplyCode::MessageBlocked));
/// assert!("5030".parse::<ReplyCode>().is_err());
/// assert!("650".parse::<ReplyCode>().is_err());
/// ```
impl FromStr for ReplyCode {
    type Err = InvalidReplyCode;

    fn from_str(digits: &str) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_bytes(digits.as_bytes())
    }
}
