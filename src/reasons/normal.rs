//! How the reason scanner reads text: every byte normalised (ASCII letters lower-cased, white
//! space folded to a space), and how much of it it keeps. The phrase table and the caller's rules
//! are compared in this form.

/// How many normalised bytes the scanner keeps; no phrase may be longer.
pub(crate) const RING: usize = 256;

/// The normalised form of each byte: ASCII upper case to lower case, white space to a space.
pub(crate) const NORMAL: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut byte = 0;
    while byte < 256 {
        table[byte] = match byte as u8 {
            b'A'..=b'Z' => byte as u8 + 32,
            b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c => b' ',
            other => other,
        };
        byte += 1;
    }
    table
};
