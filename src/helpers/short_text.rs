//! [`ShortText`]: the start of a piece of hostile input, kept in an error without allocating.

use core::fmt;

/// How many bytes of the input an error keeps.
const CAPACITY: usize = 32;

/// The first bytes of a text (at most 32, cut at a character boundary), kept by value so that an
/// error can name its input without allocating and without borrowing it.
#[derive(Clone, PartialEq, Eq)]
pub(crate) struct ShortText {
    bytes: [u8; CAPACITY],
    len: u8,
    /// True when the text was longer than what is kept.
    cut: bool,
}

impl ShortText {
    pub(crate) fn new(text: &str) -> ShortText {
        let mut len = text.len().min(CAPACITY);
        while !text.is_char_boundary(len) {
            len -= 1;
        }
        let mut bytes = [0; CAPACITY];
        bytes[..len].copy_from_slice(&text.as_bytes()[..len]);
        ShortText { bytes, len: len as u8, cut: len < text.len() }
    }

    pub(crate) fn as_str(&self) -> &str {
        // The bytes were cut at a character boundary of a `str`.
        core::str::from_utf8(&self.bytes[..usize::from(self.len)]).unwrap_or_default()
    }
}

/// Writes the kept text quoted, with "..." inside the quotes when it was cut.
impl fmt::Debug for ShortText {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.cut { write!(f, "\"{}...\"", self.as_str().escape_debug()) } else { fmt::Debug::fmt(self.as_str(), f) }
    }
}

#[cfg(test)]
mod tests {
    use super::ShortText;

    #[test]
    fn long_text_is_cut_at_a_character_boundary() {
        let text = "é".repeat(40);
        let short = ShortText::new(&text);
        assert_eq!(short.as_str(), "é".repeat(16));
        assert_eq!(format!("{short:?}"), format!("\"{}...\"", "é".repeat(16)));
        assert_eq!(format!("{:?}", ShortText::new("fr")), "\"fr\"");
    }
}
