//! Searching bounce text for words without case, without allocating: the readers look for
//! boilerplate phrases, and lowercasing a report to search it would copy it each time.

/// How common each byte is in English bounce text, higher for rarer: the letters by their
/// frequency, blanks as the most common, anything else as rare. A search looks for a needle's
/// rarest byte, which stops the byte search less often than its first byte would.
const RARITY: [u8; 256] = {
    let mut table = [200u8; 256];
    let letters = b"etaoinshrdlcumwfgypbvkjxqz";
    let mut i = 0;
    while i < letters.len() {
        table[letters[i] as usize] = 10 + i as u8;
        table[letters[i].to_ascii_uppercase() as usize] = 10 + i as u8;
        i += 1;
    }
    table[b' ' as usize] = 0;
    table[b'\t' as usize] = 1;
    // Punctuation and digits of addresses, hosts, dates and Received fields.
    let common = b".0123456789-:;,/";
    let mut c = 0;
    while c < common.len() {
        table[common[c] as usize] = 5;
        c += 1;
    }
    let fairly = b"()[]<>@=_'\"";
    let mut f = 0;
    while f < fairly.len() {
        table[fairly[f] as usize] = 30;
        f += 1;
    }
    table
};

/// The rarest byte of a needle that is not empty, and where it stands in it.
#[inline]
fn rarest(needle: &[u8]) -> (usize, u8) {
    let mut best = (0, needle[0]);
    let mut rarity = RARITY[usize::from(needle[0])];
    for (offset, &byte) in needle.iter().enumerate().skip(1) {
        if RARITY[usize::from(byte)] > rarity {
            rarity = RARITY[usize::from(byte)];
            best = (offset, byte);
        }
    }
    best
}

/// The offset of the first `needle` (lowercase ASCII) in `haystack`, without case.
pub(crate) fn find_ci(haystack: &str, needle: &str) -> Option<usize> {
    find_by_rarest::<true>(haystack, needle)
}

/// The offset of the first `needle` in `haystack`, as written: found from its rarest byte, with
/// no searcher to build, for the short texts of a head.
pub(crate) fn find(haystack: &str, needle: &str) -> Option<usize> {
    find_by_rarest::<false>(haystack, needle)
}

/// [`find`] and, with `CASELESS`, [`find_ci`]: each place where the needle's rarest byte (in
/// either case, without case) stands is compared with the whole needle.
fn find_by_rarest<const CASELESS: bool>(haystack: &str, needle: &str) -> Option<usize> {
    let hay = haystack.as_bytes();
    let needle = needle.as_bytes();
    if needle.is_empty() || needle.len() > hay.len() {
        return (needle.is_empty()).then_some(0);
    }
    let (offset, rare) = rarest(needle);
    let last_start = hay.len() - needle.len();
    let mut from = offset;
    while from <= last_start + offset {
        let window = &hay[from..=last_start + offset];
        let found = if CASELESS && rare.is_ascii_alphabetic() {
            memchr::memchr2(rare, rare.to_ascii_uppercase(), window)
        } else {
            memchr::memchr(rare, window)
        }?;
        let start = from + found - offset;
        let candidate = &hay[start..start + needle.len()];
        if if CASELESS { candidate.eq_ignore_ascii_case(needle) } else { candidate == needle } {
            return Some(start);
        }
        from += found + 1;
    }
    None
}

/// True when `haystack` holds `needle` (lowercase ASCII), without case.
pub(crate) fn contains_ci(haystack: &str, needle: &str) -> bool {
    find_ci(haystack, needle).is_some()
}

/// True when `haystack` holds any of `needles` (lowercase ASCII), without case.
pub(crate) fn contains_any_ci(haystack: &str, needles: &[&str]) -> bool {
    needles.iter().any(|needle| contains_ci(haystack, needle))
}

/// True when `text` starts with `prefix` (lowercase ASCII), without case.
pub(crate) fn starts_with_ci(text: &str, prefix: &str) -> bool {
    text.len() >= prefix.len() && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// True when `text` ends with `suffix` (lowercase ASCII), without case.
pub(crate) fn ends_with_ci(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len() && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// For each byte, the range of `phrases` that start with it, lowercase: the phrases must be
/// grouped by their first byte (each user's test checks), so a line is compared only with the
/// phrases that can start it.
pub(crate) const fn by_first_byte(phrases: &[&str]) -> [(u8, u8); 256] {
    let mut table = [(0u8, 0u8); 256];
    let mut i = 0;
    while i < phrases.len() {
        group(&mut table, phrases[i].as_bytes()[0] as usize, i);
        i += 1;
    }
    table
}

/// Adds entry `i` of a list sorted by a key to `table`, the range of entries for each key:
/// `table[key]` becomes `(first, last + 1)`. Building a table of ranges is a loop of these.
pub(crate) const fn group(table: &mut [(u8, u8)], key: usize, i: usize) {
    if table[key].1 == 0 {
        table[key] = (i as u8, i as u8 + 1);
    } else {
        table[key].1 = i as u8 + 1;
    }
}

/// True when `text` starts with one of `phrases` (lowercase, grouped by first byte as
/// [`by_first_byte`] tabled them), without case.
pub(crate) fn starts_with_any_ci(text: &str, phrases: &[&str], table: &[(u8, u8); 256]) -> bool {
    let Some(&first) = text.as_bytes().first() else { return false };
    let (from, to) = table[usize::from(first.to_ascii_lowercase())];
    phrases[usize::from(from)..usize::from(to)].iter().any(|phrase| starts_with_ci(text, phrase))
}

/// A text without the ASCII whitespace at its ends: cheaper than `str::trim`, which knows all
/// of Unicode's.
#[inline]
pub(crate) fn trim_ascii(text: &str) -> &str {
    let bytes = text.as_bytes();
    let Some(start) = bytes.iter().position(|b| !b.is_ascii_whitespace()) else { return "" };
    let end = bytes.iter().rposition(|b| !b.is_ascii_whitespace()).map_or(start, |i| i + 1);
    // Both ends are next to ASCII bytes (or the text's ends), so they are char boundaries.
    text.get(start..end).unwrap_or("")
}

/// The offset of the next line feed in `bytes`: sixteen bytes a step in the crate's own
/// word-at-a-time search, which beats `memchr`'s setup on lines of a few dozen bytes.
#[inline]
pub(crate) fn newline(bytes: &[u8]) -> Option<usize> {
    crate::helpers::words::find_byte::<b'\n'>(bytes)
}

/// The lines of a text with the offset where each starts, their line ends removed.
pub(crate) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut offset = 0;
    core::iter::from_fn(move || {
        let rest = text.get(offset..).filter(|rest| !rest.is_empty())?;
        let start = offset;
        let (line, consumed) = match newline(rest.as_bytes()) {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        offset += consumed;
        Some((start, line.strip_suffix('\r').unwrap_or(line)))
    })
}

/// The pieces of a text between the codes of a multi-line reply that an MTA folded onto one
/// line: Postfix reports "said: 550-5.2.1 The user you are trying to contact is receiving mail
/// at a rate that 550-5.2.1 prevents additional messages ...", and a phrase split by a code is
/// not found. A code counts as a continuation's prefix after white space, once a "NNN-" one has
/// been seen: "NNN-" or "NNN " and an optional enhanced code, then white space.
pub(crate) fn without_folded_codes(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut from = 0;
    let mut folded = false;
    core::iter::from_fn(move || {
        if from > bytes.len() {
            return None;
        }
        let mut at = from;
        while at < bytes.len() {
            if (at == 0 || bytes[at - 1].is_ascii_whitespace()) && bytes[at].is_ascii_digit() {
                if let Some(len) = continuation_prefix(&bytes[at..], folded) {
                    folded = true;
                    let piece = &text[from..at];
                    from = at + len;
                    return Some(piece);
                }
            }
            at += 1;
        }
        let piece = &text[from..];
        from = bytes.len() + 1;
        Some(piece)
    })
}

/// The length of a reply line's prefix at the start of `bytes` ("550-5.2.1 ", "550-", "550
/// 5.2.1 "), white space included; a prefix with a space after the code counts only after a
/// folded one (`folded`), since "550 " alone starts many a text.
fn continuation_prefix(bytes: &[u8], folded: bool) -> Option<usize> {
    crate::codes::reader::read_digits(*bytes.first()?, *bytes.get(1)?, *bytes.get(2)?)?;
    let dash = match bytes.get(3)? {
        b'-' => true,
        b' ' if folded => false,
        _ => return None,
    };
    let mut at = 4;
    let code = bytes[at..].iter().take_while(|b| b.is_ascii_digit() || **b == b'.').count();
    if code > 0 {
        let token = core::str::from_utf8(&bytes[at..at + code]).ok()?;
        token.parse::<crate::EnhancedStatusCode>().ok()?;
        at += code;
    }
    let space = bytes[at..].iter().take_while(|b| b.is_ascii_whitespace()).count();
    if !dash && code > 0 && space == 0 && at < bytes.len() {
        return None;
    }
    Some(at + space)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_reply_codes_are_left_out() {
        let pieces = |text| without_folded_codes(text).collect::<Vec<_>>().concat();
        assert_eq!(
            pieces(
                "smtp; 550-5.2.1 The user is receiving mail at a rate that 550-5.2.1 prevents more 550 5.2.1 https://x"
            ),
            "smtp; The user is receiving mail at a rate that prevents more https://x"
        );
        assert_eq!(pieces("said: 550-Mailbox full 550 try later"), "said: Mailbox full try later");
        // A lone reply keeps its code; numbers in the text are not codes.
        assert_eq!(pieces("550 5.1.1 User unknown"), "550 5.1.1 User unknown");
        assert_eq!(pieces("sent 250 messages, 421 of them late"), "sent 250 messages, 421 of them late");
        assert_eq!(pieces(""), "");
        assert_eq!(pieces("550-"), "");
    }

    #[test]
    fn searches_ignore_case() {
        assert_eq!(find_ci("Mail Delivery Failed", "delivery"), Some(5));
        assert_eq!(find_ci("abc", "abcd"), None);
        assert_eq!(find_ci("xxABC", "abc"), Some(2));
        assert_eq!(find_ci("a (delay) (DELAY)", "(delay)"), Some(2));
        assert_eq!(find_ci("zzz", "z"), Some(0));
        assert_eq!(find_ci("", "z"), None);
        // The search as written: the same walk, where case counts.
        assert_eq!(find("xxABC abc", "abc"), Some(6));
        assert_eq!(find("Message-ID: <a@b>", "Message-ID"), Some(0));
        assert_eq!(find("aXa aXa", "Xa "), Some(1));
        assert_eq!(find("abc", ""), Some(0));
        assert_eq!(find("ab", "abc"), None);
        assert!(contains_any_ci("Returned mail: see TRANSCRIPT", &["nope", "transcript"]));
        assert!(starts_with_ci("Final-Recipient: x", "final-recipient:"));
        let found: std::vec::Vec<_> = lines("a\r\nb\n\nc").collect();
        assert_eq!(found, [(0, "a"), (3, "b"), (5, ""), (6, "c")]);
    }
}
