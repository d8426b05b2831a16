//! Email addresses in bounce text: finding them, and writing them bare.

use std::collections::HashMap;
use std::string::String;

/// True for a byte that may stand in the local part of an address as bounces write it
/// (RFC 5322 atext and the dot).
const fn local_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric()
        || matches!(
            byte,
            b'.' | b'!'
                | b'#'
                | b'$'
                | b'%'
                | b'&'
                | b'\''
                | b'*'
                | b'+'
                | b'/'
                | b'='
                | b'?'
                | b'^'
                | b'_'
                | b'`'
                | b'{'
                | b'|'
                | b'}'
                | b'~'
                | b'-'
        )
}

/// True for a byte of a domain name.
const fn domain_byte(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || byte == b'.' || byte == b'-' || byte == b'_'
}

/// An address as written in a field or text, bare: without an address type ("rfc822;"), a
/// display name, angle brackets, quotes or trailing punctuation, the domain in lowercase.
/// `None` when what is left is not an address.
pub(crate) fn bare(raw: &str) -> Option<String> {
    let mut text = raw.trim();
    // "rfc822; bob@example.net", "utf-8; ..."
    if let Some(semicolon) = memchr::memchr(b';', text.as_bytes()) {
        if semicolon < 16 && memchr::memchr(b'@', &text.as_bytes()[..semicolon]).is_none() {
            text = text[semicolon + 1..].trim();
        }
    }
    if let (Some(open), Some(close)) = (memchr::memchr(b'<', text.as_bytes()), memchr::memrchr(b'>', text.as_bytes())) {
        if open < close {
            text = &text[open + 1..close];
        }
    }
    let mut text = text.trim();
    // A comment before or after the address ("bob@example.net (Bob)"), as RFC 5322 allows.
    if let Some(open) = text.rfind(" (").filter(|_| text.ends_with(')')) {
        text = text[..open].trim_end();
    }
    if let Some(close) = text.find(") ").filter(|_| text.starts_with('(')) {
        text = text[close + 1..].trim_start();
    }
    // A quoted local part ("\"bob smith\"@example.net") keeps its quotes: `at` is its `@`.
    let quoted = text.strip_prefix('"').and_then(quoted_end).map(|at| at + 1);
    let (text, at) = match quoted {
        // Only the domain's end is trimmed, and never past the `@`.
        Some(at) => (text.trim_end_matches(['\'', ',', '.', ':', ';', '>', ')']), at),
        None => {
            let text =
                text.trim_matches(|c: char| matches!(c, '"' | '\'' | ',' | '.' | ':' | ';' | '<' | '>' | '(' | ')'));
            (text, memchr::memrchr(b'@', text.as_bytes())?)
        }
    };
    let local = text[..at].trim();
    let domain = text[at + 1..].trim().trim_end_matches('.');
    let local_ok = !local.is_empty()
        && (local.bytes().all(|b| local_byte(b) || b >= 0x80) || (quoted.is_some() && local.len() > 2));
    let domain_ok = !domain.is_empty()
        && (domain.bytes().all(|b| domain_byte(b) || b >= 0x80) || (domain.starts_with('[') && domain.ends_with(']')))
        && !domain.starts_with(['.', '-']);
    if !(local_ok && domain_ok) {
        return None;
    }
    let mut address = String::with_capacity(local.len() + 1 + domain.len());
    address.push_str(local);
    address.push('@');
    address.push_str(domain);
    // The domain in lowercase, in place: ASCII letters only, so the text stays UTF-8.
    let domain_start = local.len() + 1;
    address[domain_start..].make_ascii_lowercase();
    Some(address)
}

/// The offset in `rest` of the `@` that follows the end of the quoted string `rest` continues
/// (after its opening quote), if one follows it.
fn quoted_end(rest: &str) -> Option<usize> {
    let bytes = rest.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 2,
            b'"' => return (bytes.get(at + 1) == Some(&b'@')).then_some(at + 1),
            _ => at += 1,
        }
    }
    None
}

/// Addresses seen so far, each with a number (the index of its block, its recipient), found
/// without case in constant time: a report may name thousands.
#[derive(Debug, Default)]
pub(crate) struct Seen {
    numbers: HashMap<String, usize>,
}

impl Seen {
    /// The number of an address seen before.
    pub(crate) fn get(&self, address: &str) -> Option<usize> {
        if address.bytes().any(|b| b.is_ascii_uppercase()) {
            self.numbers.get(&address.to_ascii_lowercase()).copied()
        } else {
            self.numbers.get(address).copied()
        }
    }

    /// Remembers an address with its number (the first number stays).
    pub(crate) fn insert(&mut self, address: &str, number: usize) {
        self.numbers.entry(address.to_ascii_lowercase()).or_insert(number);
    }
}

/// The addresses in a text, each with the offsets where it starts and ends.
pub(crate) fn find_all(text: &str) -> impl Iterator<Item = (usize, usize, &str)> {
    let bytes = text.as_bytes();
    let mut from = 0;
    core::iter::from_fn(move || {
        while let Some(offset) = text.get(from..)?.find('@') {
            let at = from + offset;
            from = at + 1;
            let mut start = at;
            while start > 0 && local_byte(bytes[start - 1]) {
                start -= 1;
            }
            // A local part does not start or end with a dot.
            while start < at && bytes[start] == b'.' {
                start += 1;
            }
            let mut end = at + 1;
            while end < bytes.len() && domain_byte(bytes[end]) {
                end += 1;
            }
            while end > at + 1 && matches!(bytes[end - 1], b'.' | b'-') {
                end -= 1;
            }
            let domain = &text[at + 1..end];
            if start == at || domain.is_empty() || domain.starts_with(['.', '-']) || bytes[at - 1] == b'.' {
                continue;
            }
            from = end;
            return Some((start, end, &text[start..end]));
        }
        None
    })
}

/// The local part is one a mail system writes from, not a person's: the address of a bounce's
/// own sender.
pub(crate) fn is_daemon(address: &str) -> bool {
    let local = address.split('@').next().unwrap_or("").to_ascii_lowercase();
    matches!(
        local.as_str(),
        "mailer-daemon"
            | "mailer_daemon"
            | "mail-daemon"
            | "maildaemon"
            | "postmaster"
            | "mailerdaemon"
            | "mail.daemon"
            | "double-bounce"
            | "nobody"
            | "root"
    ) || local.starts_with("mailer-daemon")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_written_bare() {
        assert_eq!(bare("rfc822; <Bob@Example.NET>").as_deref(), Some("Bob@example.net"));
        assert_eq!(bare("RFC822;bob@example.net").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("\"Bob\" <bob@example.net>").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("bob@example.net.").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("rfc822; undisclosed"), None);
        assert_eq!(bare("RFC822; bob@example.net>").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("rfc822; \"bob smith\"@Example.net").as_deref(), Some("\"bob smith\"@example.net"));
        assert_eq!(bare("rfc822; <\"b\\\"o@b\"@example.net>").as_deref(), Some("\"b\\\"o@b\"@example.net"));
        assert_eq!(bare("\"bob@example.net\"").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("rfc822; \"\"@example.net"), None);
        assert_eq!(bare("rfc822; bob@example.net (Bob Smith)").as_deref(), Some("bob@example.net"));
        assert_eq!(bare("(Bob) bob@example.net").as_deref(), Some("bob@example.net"));
        let found: Vec<_> = find_all("to <a.b@x.example>, c@y.example. and @z").map(|(_, _, a)| a).collect();
        assert_eq!(found, ["a.b@x.example", "c@y.example"]);
    }
}
