//! The check an email passes before mail-parser reads it: mail-parser has no limits of its own,
//! and builds every part it finds, so the [`Limits`] are enforced here, on the raw bytes, in
//! time linear in the input.
//!
//! One pass finds each `Content-Type` field at the start of a line (read by mail-parser's own
//! field parser, so that a boundary is what mail-parser will look for). Then:
//!
//! - every part needs a `Content-Type` field or a delimiter, and mail-parser starts a part at
//!   each `--boundary` of a declared boundary, wherever it is; counting the fields and the
//!   delimiters (one substring search per distinct boundary) bounds the parts mail-parser can
//!   build, before it builds any;
//! - nesting needs a multipart entered at a delimiter or a message, both counted there;
//!   [`mime`](crate::bounce::mime) measures the exact depth on mail-parser's result;
//! - each returned message (`message/rfc822`, `message/global`) gets its type renamed to
//!   [`KEPT_MESSAGE`] in a copy, byte for byte the same length, so that mail-parser keeps it
//!   whole as one part: the parts of the returned message and its attachments, which no reader
//!   looks at, are never built, and one in base64 (which RFC 2046 forbids, and which mail-parser
//!   would decode and parse with no limit) cannot hide parts from the count. A
//!   `multipart/digest`, whose parts are messages by default, is renamed for the same reason.

use std::borrow::Cow;
use std::vec::Vec;

use mail_parser::HeaderValue;
use mail_parser::parsers::MessageStream;

use crate::bounce::error::{Error, ErrorKind};
use crate::bounce::limits::Limits;

/// The media type that a returned message's `message` becomes, so that mail-parser keeps the
/// part whole. Seven letters, as `message`.
pub(crate) const KEPT_MESSAGE: &str = "encoded";

/// What `digest` becomes in `multipart/digest`. Six letters, as `digest`.
const KEPT_DIGEST: &str = "opaque";

/// The most distinct multipart boundaries an email may declare: each costs one search of the
/// email. Real bounces have a handful.
pub(crate) const MAX_BOUNDARIES: usize = 64;

/// Where the copy that mail-parser reads differs from the input.
#[derive(Debug, Default)]
pub(crate) struct Marks {
    at: Vec<(usize, &'static str)>,
}

impl Marks {
    /// The bytes mail-parser reads: the input itself where nothing is marked.
    pub(crate) fn apply<'a>(&self, input: &'a [u8]) -> Cow<'a, [u8]> {
        if self.at.is_empty() {
            return Cow::Borrowed(input);
        }
        let mut copy = input.to_vec();
        for &(at, with) in &self.at {
            if let Some(bytes) = copy.get_mut(at..at + with.len()) {
                bytes.copy_from_slice(with.as_bytes());
            }
        }
        Cow::Owned(copy)
    }
}

/// Where `word` starts in `bytes`, without case.
fn find_word(bytes: &[u8], word: &str) -> Option<usize> {
    bytes.windows(word.len()).position(|window| window.eq_ignore_ascii_case(word.as_bytes()))
}

/// The offset just past "content-type:" when the line at `start` names that field (blanks
/// before the name and the colon allowed, as mail-parser allows them).
fn content_type_field(input: &[u8], start: usize) -> Option<usize> {
    const NAME: &[u8] = b"content-type";
    let mut at = start;
    while matches!(input.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    let name = input.get(at..at + NAME.len())?;
    if !name.eq_ignore_ascii_case(NAME) {
        return None;
    }
    at += NAME.len();
    while matches!(input.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    (input.get(at) == Some(&b':')).then_some(at + 1)
}

/// Where the field whose value starts at `value` ends: after its last line, folded lines
/// included.
fn field_end(input: &[u8], value: usize) -> usize {
    let mut at = value;
    while let Some(newline) = memchr::memchr(b'\n', &input[at..]) {
        at += newline + 1;
        if !matches!(input.get(at), Some(b' ' | b'\t')) {
            return at;
        }
    }
    input.len()
}

/// Checks an email against the limits (`depth` levels already entered) and marks what
/// mail-parser must keep whole.
///
/// # Errors
///
/// More parts than the limit (counting `Content-Type` fields and delimiters), more nesting than
/// the limit where the count alone proves it, more distinct boundaries than [`MAX_BOUNDARIES`].
pub(crate) fn check(input: &[u8], limits: &Limits, depth: usize) -> Result<Marks, Error> {
    let too_many = || Error::new(ErrorKind::TooManyParts { limit: limits.max_parts });
    if depth > limits.max_depth {
        return Err(Error::new(ErrorKind::TooDeep { limit: limits.max_depth }));
    }
    let mut marks = Marks::default();
    let mut boundaries: Vec<&str> = Vec::new();
    let mut fields = 0usize;
    let mut messages = 0usize;
    // Content-Type values as mail-parser reads them, kept while the input is scanned.
    let mut values = Vec::new();
    // Each "content-type" field, found from its dash: a dash is rare outside delimiters, and a
    // search for it skips the bodies (base64 has none) a vector at a time.
    let mut from = 0;
    // Every delimiter starts with "--": where there are few, so are the parts.
    let mut pairs = 0usize;
    while let Some(found) = memchr::memchr(b'-', &input[from..]) {
        let dash = from + found;
        // A run of dashes: only its first can end "content-"; each further one makes a pair.
        from = dash + 1;
        while input.get(from) == Some(&b'-') {
            from += 1;
            pairs += 1;
        }
        let Some(name) = dash.checked_sub(7).filter(|&name| input[name..dash].eq_ignore_ascii_case(b"content")) else {
            continue;
        };
        // Only blanks may stand before the name on its line.
        let mut line = name;
        while line > 0 && matches!(input[line - 1], b' ' | b'\t') {
            line -= 1;
        }
        if line > 0 && input[line - 1] != b'\n' {
            continue;
        }
        let Some(value) = content_type_field(input, line) else { continue };
        fields += 1;
        if fields > limits.max_parts {
            return Err(too_many());
        }
        // Only a type that names "multipart" or "message" somewhere in its lines is read.
        let lines = field_end(input, value);
        let bytes = &input[value..lines];
        if find_word(bytes, "multipart").is_none() && find_word(bytes, "message").is_none() {
            from = from.max(lines);
            continue;
        }
        let mut stream = MessageStream::new(&input[value..]);
        let parsed = stream.parse_content_type();
        // The field ends where mail-parser stopped reading it (its folded lines included).
        let end = (value + stream.offset()).min(input.len());
        from = from.max(end);
        if let HeaderValue::ContentType(content_type) = parsed {
            let sub = content_type.subtype().unwrap_or("");
            let bytes = &input[value..end];
            if content_type.ctype().eq_ignore_ascii_case("message")
                && (sub.eq_ignore_ascii_case("rfc822") || sub.eq_ignore_ascii_case("global"))
            {
                messages += 1;
                if let Some(at) = find_word(bytes, "message") {
                    marks.at.push((value + at, KEPT_MESSAGE));
                }
            } else if content_type.ctype().eq_ignore_ascii_case("multipart") {
                if sub.eq_ignore_ascii_case("digest") {
                    if let Some(at) = find_word(bytes, "digest") {
                        marks.at.push((value + at, KEPT_DIGEST));
                    }
                }
                values.push(content_type);
            }
        }
    }
    for content_type in &values {
        if let Some(boundary) = content_type.attribute("boundary").filter(|b| !b.is_empty()) {
            if !boundaries.contains(&boundary) {
                if boundaries.len() == MAX_BOUNDARIES {
                    return Err(Error::new(ErrorKind::TooManyBoundaries { limit: MAX_BOUNDARIES }));
                }
                boundaries.push(boundary);
            }
        }
    }
    // Each delimiter mail-parser can find starts at most one part; each message one level.
    let mut parts = 1 + messages;
    if parts + pairs <= limits.max_parts {
        return Ok(marks);
    }
    let mut delimiter = Vec::new();
    for boundary in &boundaries {
        delimiter.clear();
        delimiter.extend_from_slice(b"--");
        delimiter.extend_from_slice(boundary.as_bytes());
        for _ in memchr::memmem::find_iter(input, &delimiter) {
            parts += 1;
            if parts > limits.max_parts {
                return Err(too_many());
            }
        }
    }
    if parts > limits.max_parts {
        return Err(too_many());
    }
    Ok(marks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_are_found_as_mail_parser_reads_them() {
        assert_eq!(content_type_field(b"Content-Type: text/plain", 0), Some(13));
        assert_eq!(content_type_field(b"content-type : x", 0), Some(14));
        assert_eq!(content_type_field(b"Content-Typo: x", 0), None);
        assert_eq!(content_type_field(b"Content-Type", 0), None);
    }

    #[test]
    fn returned_messages_and_digests_are_marked_in_a_copy() {
        let email = b"Content-Type: multipart/digest; boundary=b\r\n\r\n--b\r\nContent-Type: Message/RFC822\r\n\r\nx\r\n--b--\r\n";
        let marks = check(email, &Limits::new(), 0).unwrap();
        let copy = marks.apply(email);
        assert!(matches!(copy, Cow::Owned(_)));
        let copy = String::from_utf8(copy.into_owned()).unwrap();
        assert!(copy.contains("multipart/opaque; boundary=b"), "{copy}");
        assert!(copy.contains("Content-Type: encoded/RFC822"), "{copy}");
        assert_eq!(copy.len(), email.len());
        assert!(matches!(Marks::default().apply(email), Cow::Borrowed(_)));
    }

    #[test]
    fn delimiters_anywhere_count_as_parts() {
        // mail-parser starts a part at "--b" even in the middle of a line.
        let email = format!("Content-Type: multipart/mixed; boundary=b\r\n\r\n{}", "x--b".repeat(20));
        assert!(check(email.as_bytes(), &Limits::new().max_parts(10), 0).is_err());
        assert!(check(email.as_bytes(), &Limits::new().max_parts(30), 0).is_ok());
    }

    #[test]
    fn folded_fields_are_read_once() {
        // A folded value whose lines look like fields: one field, not fifty.
        let email = format!("Content-Type: text/plain;\r\n{}\r\nbody", " content-type: x;\r\n".repeat(50));
        assert!(check(email.as_bytes(), &Limits::new().max_parts(2), 0).is_ok());
    }
}
