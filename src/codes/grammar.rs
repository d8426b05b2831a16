//! The reply-code grammar of RFC 5321, section 4.2: three digits, the first 2 to 5, the second
//! 0 to 5. The one reader of codes (`reader.rs`) applies it, and so do the rows of unlisted codes.

/// True when a code whose first two digits have these values fits the grammar.
#[inline]
pub(crate) const fn digits_fit(first: u8, second: u8) -> bool {
    matches!(first, 2..=5) && second <= 5
}

/// True when `code` fits the grammar: three digits, the first 2 to 5, the second 0 to 5.
pub(crate) const fn fits(code: u16) -> bool {
    code < 1000 && digits_fit((code / 100) as u8, ((code / 10) % 10) as u8)
}
