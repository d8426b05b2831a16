//! [`ShowByte`]: a byte of hostile input, written for a person to read in an error message.

use core::fmt;

/// Writes a printable ASCII byte in quotes (`'a'`), anything else in hex (`byte 0xe9`).
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
