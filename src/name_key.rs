//! The one normalisation that both `build.rs` and the lookups apply to names: ASCII letters and
//! digits only, lowercased. "Bad Sequence", "bad-sequence" and "BAD_SEQUENCE" become
//! "badsequence".
//!
//! `build.rs` includes this file, so keys and lookups can never normalise differently.

/// Writes the key for `name` into `buffer` and returns it; `None` if the name holds a character
/// other than ASCII letters, digits, spaces, `-`, `_` and `.`, or its key does not fit.
pub(crate) fn normalize<'b>(name: &str, buffer: &'b mut [u8]) -> Option<&'b str> {
    let mut len = 0;
    for byte in name.bytes() {
        match byte {
            b'a'..=b'z' | b'0'..=b'9' | b'A'..=b'Z' => {
                *buffer.get_mut(len)? = byte.to_ascii_lowercase();
                len += 1;
            }
            b' ' | b'-' | b'_' | b'.' => {}
            _ => return None,
        }
    }
    core::str::from_utf8(&buffer[..len]).ok()
}
