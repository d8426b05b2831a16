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
//!   `multipart/digest`, whose parts are messages by default, is renamed for the same reason;
//! - a multipart whose boundary never comes after its head is renamed to
//!   [`UNMATCHED_MULTIPART`]: mail-parser would search the rest of the email for its first
//!   delimiter, go back and read the part as text, once per such multipart (quadratic time);
//!   renamed, it is read as text at once;
//! - a delimiter that does not start its line is broken in the copy (its second dash becomes
//!   one of [`BROKEN_DELIMITER`]): RFC 2046 section 5.1.1 has a delimiter start a line, but mail-parser
//!   takes `--boundary` wherever it stands, so an address such as `a@x--b0.example` in a part
//!   whose boundary is `b0` would end the part in mid-line. Text that mail-parser borrows is read
//!   from the input, so the address reads whole;
//! - mail-parser is given the email's body after only the MIME fields of its head (see
//!   [`Prepared`]).
//!
//! [`wraps_a_message`] reads a head alone, for an email that wraps a whole message.

use std::borrow::Cow;
use std::ops::Range;
use std::vec::Vec;

use mail_parser::HeaderValue;
use mail_parser::parsers::MessageStream;

use crate::bounce::error::{Error, ErrorKind};
use crate::bounce::limits::Limits;

/// The media type that a returned message's `message` becomes, so that mail-parser keeps the
/// part whole. Seven letters, as `message`.
pub(crate) const KEPT_MESSAGE: &str = "encoded";

/// What `multipart` becomes in a multipart whose boundary never comes after its head, so that
/// mail-parser reads it as one part instead of searching the rest of the email for its first
/// delimiter. Nine letters, as `multipart`.
pub(crate) const UNMATCHED_MULTIPART: &str = "unmatched";

/// What `digest` becomes in `multipart/digest`. Six letters, as `digest`.
const KEPT_DIGEST: &str = "opaque";

/// What the second dash of a delimiter in mid-line becomes, so that mail-parser does not end a
/// part there: the first that the boundary does not hold, so that no new delimiter is made. One
/// byte, as `-`.
const BROKEN_DELIMITER: [&str; 3] = ["~", "^", " "];

/// The most distinct multipart boundaries an email may declare: each costs one search of the
/// email. Real bounces have a handful.
pub(crate) const MAX_BOUNDARIES: usize = 64;

/// How the bytes that mail-parser reads differ from the input.
#[derive(Debug, Default)]
pub(crate) struct Marks {
    at: Vec<(usize, &'static str)>,
    /// Where the email's own body starts, and the MIME fields of its head (ranges of the input,
    /// each with its line end): mail-parser reads only those of the head.
    head: Option<(usize, Vec<Range<usize>>)>,
}

/// The bytes mail-parser reads: the email's body after its MIME fields only, with the marks
/// made. Its own head, with every `Received` line, is of no use to mail-parser, and is read by
/// the readers in place.
#[derive(Debug)]
pub(crate) struct Prepared<'a> {
    pub(crate) bytes: Cow<'a, [u8]>,
    /// The length of the head given to mail-parser, and where the body that follows it starts
    /// in the input.
    prefix: usize,
    body: usize,
}

impl Prepared<'_> {
    /// Where a piece of [`bytes`](Prepared::bytes) lies in the input; `None` for what is not
    /// the input's own (the fields of the head given to mail-parser).
    pub(crate) fn in_input(&self, piece: &[u8]) -> Option<Range<usize>> {
        let start = (piece.as_ptr() as usize).checked_sub(self.bytes.as_ptr() as usize)?;
        let end = start.checked_add(piece.len()).filter(|&end| end <= self.bytes.len())?;
        let shift = start.checked_sub(self.prefix)?;
        Some(self.body + shift..self.body + shift + (end - start))
    }
}

impl Marks {
    /// The bytes mail-parser reads: the input itself where nothing is marked and the head is
    /// kept.
    pub(crate) fn apply<'a>(&self, input: &'a [u8]) -> Prepared<'a> {
        let Some((body, fields)) = &self.head else {
            if self.at.is_empty() {
                return Prepared { bytes: Cow::Borrowed(input), prefix: 0, body: 0 };
            }
            let mut copy = input.to_vec();
            for &(at, with) in &self.at {
                if let Some(bytes) = copy.get_mut(at..at + with.len()) {
                    bytes.copy_from_slice(with.as_bytes());
                }
            }
            return Prepared { bytes: Cow::Owned(copy), prefix: 0, body: 0 };
        };
        let body = (*body).min(input.len());
        let mut copy = Vec::with_capacity(input.len() - body + 256);
        // Where each field's bytes went, to move a mark made in it.
        let mut moved = Vec::with_capacity(fields.len());
        for field in fields {
            moved.push((field.clone(), copy.len()));
            copy.extend_from_slice(&input[field.clone()]);
            if !copy.ends_with(b"\n") {
                copy.extend_from_slice(b"\r\n");
            }
        }
        copy.extend_from_slice(b"\r\n");
        let prefix = copy.len();
        copy.extend_from_slice(&input[body..]);
        for &(at, with) in &self.at {
            let to = if at >= body {
                Some(prefix + at - body)
            } else {
                moved.iter().find(|(field, _)| field.contains(&at)).map(|(field, to)| to + at - field.start)
            };
            if let Some(bytes) = to.and_then(|to| copy.get_mut(to..to + with.len())) {
                bytes.copy_from_slice(with.as_bytes());
            }
        }
        Prepared { bytes: Cow::Owned(copy), prefix, body }
    }
}

/// Where `word` starts in `bytes`, without case.
fn find_word(bytes: &[u8], word: &str) -> Option<usize> {
    bytes.windows(word.len()).position(|window| window.eq_ignore_ascii_case(word.as_bytes()))
}

/// The offset just past the colon when the line at `start` names the field `name` (lowercase;
/// blanks before the name and the colon allowed, as mail-parser allows them).
fn field_value(input: &[u8], start: usize, name: &[u8]) -> Option<usize> {
    let mut at = start;
    while matches!(input.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    if !input.get(at..at + name.len())?.eq_ignore_ascii_case(name) {
        return None;
    }
    at += name.len();
    while matches!(input.get(at), Some(b' ' | b'\t')) {
        at += 1;
    }
    (input.get(at) == Some(&b':')).then_some(at + 1)
}

/// [`field_value`] for `Content-Type`.
fn content_type_field(input: &[u8], start: usize) -> Option<usize> {
    field_value(input, start, b"content-type")
}

/// The blank lines of an input, looked for moving forward only: linear time for any number of
/// questions asked in order.
struct BlankLines<'a> {
    input: &'a [u8],
    /// The last blank line found (where the line after it starts), and from where.
    found: Option<(usize, usize)>,
}

impl BlankLines<'_> {
    /// Where the body after the first blank line at or after `from` (a line start) starts, the
    /// input's end where there is none.
    fn after(&mut self, from: usize) -> usize {
        if let Some((searched, at)) = self.found {
            if from >= searched && from < at {
                return at;
            }
        }
        let mut line = from;
        let at = loop {
            match self.input.get(line..) {
                Some([b'\n', ..]) => break line + 1,
                Some([b'\r', b'\n', ..]) => break line + 2,
                _ => {}
            }
            let Some(newline) = memchr::memchr(b'\n', self.input.get(line..).unwrap_or_default()) else {
                break self.input.len();
            };
            line += newline + 1;
        };
        self.found = Some((from, at));
        at
    }
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

/// True when a head says its body is a whole message, not encoded (`message/rfc822` or
/// `message/global`, the last `Content-Type` read by mail-parser's field parser, as mail-parser
/// takes the last): an email that wraps a forwarded bounce, read through to the inner one.
pub(crate) fn wraps_a_message(head: &[u8]) -> bool {
    // Most heads name no message type at all: two vector-wide searches say so. (A type in mixed
    // case, "mEsSaGe/rfc822", is not read through: mail-parser's result is then read as a
    // returned message, within the same limits.)
    if memchr::memmem::find(head, b"essage/").is_none() && memchr::memmem::find(head, b"ESSAGE/").is_none() {
        return false;
    }
    let mut message = false;
    let mut encoded = false;
    let mut from = 0;
    while let Some(line) = next_content_field(head, &mut from) {
        if let Some(value) = content_type_field(head, line) {
            message = match MessageStream::new(&head[value..]).parse_content_type() {
                HeaderValue::ContentType(content_type) => {
                    let sub = content_type.subtype().unwrap_or("");
                    content_type.ctype().eq_ignore_ascii_case("message")
                        && (sub.eq_ignore_ascii_case("rfc822") || sub.eq_ignore_ascii_case("global"))
                }
                _ => false,
            };
            from = from.max(field_end(head, value));
        } else if let Some(value) = field_value(head, line, b"content-transfer-encoding") {
            let end = field_end(head, value);
            let name = head[value..end].trim_ascii();
            encoded = name.eq_ignore_ascii_case(b"base64") || name.eq_ignore_ascii_case(b"quoted-printable");
            from = from.max(end);
        }
    }
    message && !encoded
}

/// The start of the next line at or after `from` whose field name begins "content-" (after
/// blanks), found from its dash: a dash is rare outside delimiters, and the search for it skips
/// the rest a vector at a time. `from` moves past the dash.
fn next_content_field(input: &[u8], from: &mut usize) -> Option<usize> {
    loop {
        let dash = *from + memchr::memchr(b'-', input.get(*from..)?)?;
        // A run of dashes: only its first can end "content-".
        *from = dash + 1;
        while input.get(*from) == Some(&b'-') {
            *from += 1;
        }
        let Some(name) = dash.checked_sub(7).filter(|&name| input[name..dash].eq_ignore_ascii_case(b"content")) else {
            continue;
        };
        // Only blanks may stand before the name on its line.
        let mut line = name;
        while line > 0 && matches!(input[line - 1], b' ' | b'\t') {
            line -= 1;
        }
        if line == 0 || input[line - 1] == b'\n' {
            return Some(line);
        }
    }
}

/// Checks an email against the limits (`depth` levels already entered) and marks what
/// mail-parser must keep whole. The email's own head ends at `head_end`, its body starts at
/// `body`.
///
/// # Errors
///
/// More parts than the limit (counting `Content-Type` fields and delimiters), more nesting than
/// the limit where the count alone proves it, more distinct boundaries than [`MAX_BOUNDARIES`].
pub(crate) fn check(input: &[u8], limits: &Limits, depth: usize, head_end: usize, body: usize) -> Result<Marks, Error> {
    let too_many = || Error::new(ErrorKind::TooManyParts { limit: limits.max_parts });
    if depth > limits.max_depth {
        return Err(Error::new(ErrorKind::TooDeep { limit: limits.max_depth }));
    }
    let mut marks = Marks::default();
    // The MIME fields of the email's own head, the only ones mail-parser needs there.
    let mut head = Vec::new();
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
        if line < head_end {
            if let Some(value) = field_value(input, line, b"content-transfer-encoding") {
                let end = field_end(input, value).min(head_end);
                head.push(line..end);
                from = from.max(end);
                continue;
            }
        }
        let Some(value) = content_type_field(input, line) else { continue };
        if line < head_end {
            head.push(line..field_end(input, value).min(head_end));
        }
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
        let parsed = MessageStream::new(&input[value..]).parse_content_type();
        // The field ends after its last folded line (mail-parser may read on into a blank line).
        let end = lines;
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
                values.push((value, end, find_word(bytes, "multipart").map(|at| value + at), content_type));
            }
        }
    }
    // Each distinct boundary with its delimiter's searcher, made once: declarations come in
    // order, so each boundary's search only moves forward.
    let mut known: Vec<Known<'_>> = Vec::new();
    // The blank line that ends the head block a declaration is in, found moving forward only.
    let mut blank = BlankLines { input, found: None };
    for (value, end, multipart, content_type) in &values {
        let Some(boundary) = content_type.attribute("boundary").filter(|b| !b.is_empty()) else { continue };
        let index = match known.iter().position(|seen| seen.boundary == boundary) {
            Some(index) => index,
            None => {
                if known.len() == MAX_BOUNDARIES {
                    return Err(Error::new(ErrorKind::TooManyBoundaries { limit: MAX_BOUNDARIES }));
                }
                known.push(Known::new(boundary));
                known.len() - 1
            }
        };
        // mail-parser looks for the first delimiter after the head, and where there is none it
        // looks to the end of the email and starts again from the head: once per such
        // multipart, so a thousand of them over 30 MB would take half a minute. Such a
        // multipart is renamed, and read as text, as mail-parser would read it.
        debug_assert!(*value <= *end);
        let body = blank.after(*end);
        let seen = &mut known[index];
        let comes = match seen.found {
            Some(at) if at >= body => true,
            None if seen.searched <= body => false,
            _ => {
                let at = seen.finder.find(&input[body.min(input.len())..]).map(|at| body + at);
                seen.searched = body;
                seen.found = at;
                seen.first = seen.first.or(at);
                at.is_some()
            }
        };
        if !comes {
            if let Some(at) = multipart {
                marks.at.push((*at, UNMATCHED_MULTIPART));
            }
        }
    }
    if head_end > 0 && body <= input.len() {
        marks.head = Some((body, head));
    }
    // Each delimiter mail-parser can find starts at most one part; each message one level.
    let mut parts = 1 + messages;
    if parts + pairs > limits.max_parts {
        for seen in &known {
            for _ in seen.finder.find_iter(input) {
                parts += 1;
                if parts > limits.max_parts {
                    return Err(too_many());
                }
            }
        }
    }
    // Within the limit, so there are few delimiters to break.
    for seen in &known {
        seen.break_mid_line_delimiters(input, &mut marks);
    }
    Ok(marks)
}

/// A distinct boundary that the email declares, and where its delimiter was found.
struct Known<'a> {
    boundary: &'a str,
    /// The search for its delimiter, "--" and the boundary.
    finder: memchr::memmem::Finder<'static>,
    /// From where the delimiter was last looked for, and where it was found then, if anywhere.
    searched: usize,
    found: Option<usize>,
    /// Where the delimiter was first found.
    first: Option<usize>,
}

impl<'a> Known<'a> {
    fn new(boundary: &'a str) -> Known<'a> {
        let mut delimiter = Vec::with_capacity(boundary.len() + 2);
        delimiter.extend_from_slice(b"--");
        delimiter.extend_from_slice(boundary.as_bytes());
        let finder = memchr::memmem::Finder::new(&delimiter).into_owned();
        Known { boundary, finder, searched: usize::MAX, found: None, first: None }
    }

    /// Marks each delimiter from the first found on that does not start its line (see
    /// [`BROKEN_DELIMITER`]), in one left-to-right search for delimiters that do not overlap.
    fn break_mid_line_delimiters(&self, input: &[u8], marks: &mut Marks) {
        let Some(from) = self.first else { return };
        let Some(with) = BROKEN_DELIMITER.into_iter().find(|with| !self.boundary.contains(with)) else { return };
        let Some(rest) = input.get(from..) else { return };
        for found in self.finder.find_iter(rest) {
            let at = from + found;
            if at > 0 && input[at - 1] != b'\n' {
                marks.at.push((at + 1, with));
            }
        }
    }
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
        let marks = check(email, &Limits::new(), 0, 0, 0).unwrap();
        let copy = marks.apply(email).bytes;
        assert!(matches!(copy, Cow::Owned(_)));
        let copy = String::from_utf8(copy.into_owned()).unwrap();
        assert!(copy.contains("multipart/opaque; boundary=b"), "{copy}");
        assert!(copy.contains("Content-Type: encoded/RFC822"), "{copy}");
        assert_eq!(copy.len(), email.len());
        assert!(matches!(Marks::default().apply(email).bytes, Cow::Borrowed(_)));
    }

    #[test]
    fn a_delimiter_in_mid_line_does_not_end_a_part() {
        let email = b"Content-Type: multipart/report; boundary=b0\n\n--b0\nContent-Type: text/plain\n\nto a@a--b0.example, x --b0--\n--b0--\n";
        let marks = check(email, &Limits::new(), 0, 0, 0).unwrap();
        let copy = marks.apply(email).bytes.into_owned();
        let copy = String::from_utf8(copy).unwrap();
        assert!(copy.contains("to a@a-~b0.example, x -~b0--\n--b0--"), "{copy}");
        // A boundary that holds the first stand-in gets the next.
        let email = b"Content-Type: multipart/mixed; boundary=\"~\"\n\n--~\n\nx--~\n--~--\n";
        let copy = check(email, &Limits::new(), 0, 0, 0).unwrap().apply(email).bytes.into_owned();
        assert!(copy.ends_with(b"\n\nx-^~\n--~--\n"), "{}", String::from_utf8_lossy(&copy));
    }

    #[test]
    fn mail_parser_reads_only_the_mime_fields_of_the_head() {
        let email = b"Received: from x\r\nContent-Type: message/rfc822\r\nSubject: y\r\nContent-Transfer-Encoding:\r\n 7bit\r\n\r\nA: b\r\n";
        let head_end = email.len() - 8;
        let prepared = check(email, &Limits::new(), 0, head_end, head_end + 2).unwrap().apply(email);
        assert_eq!(
            prepared.bytes,
            &b"Content-Type: encoded/rfc822\r\nContent-Transfer-Encoding:\r\n 7bit\r\n\r\nA: b\r\n"[..]
        );
        let body = &prepared.bytes[prepared.bytes.len() - 6..];
        assert_eq!(prepared.in_input(body), Some(email.len() - 6..email.len()));
        assert_eq!(prepared.in_input(&prepared.bytes[..4]), None);
    }

    #[test]
    fn a_multipart_whose_boundary_never_comes_is_renamed() {
        let email = b"Content-Type: multipart/mixed; boundary=o\r\n\r\n--o\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\nx\r\n--o\r\nContent-Type: multipart/alternative; boundary=a\r\n\r\n--a\r\n\r\ny\r\n--a--\r\n--o--\r\n";
        let copy = check(email, &Limits::new(), 0, 0, 0).unwrap().apply(email).bytes.into_owned();
        let copy = String::from_utf8(copy).unwrap();
        assert!(copy.contains("Content-Type: unmatched/mixed; boundary=zz"), "{copy}");
        assert!(copy.contains("Content-Type: multipart/mixed; boundary=o"), "{copy}");
        assert!(copy.contains("Content-Type: multipart/alternative; boundary=a"), "{copy}");
        // A delimiter before the head does not count: mail-parser looks after it.
        let email = b"Content-Type: multipart/mixed; boundary=o\r\n\r\n--zz\r\n--o\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\nx\r\n--o--\r\n";
        let copy = check(email, &Limits::new(), 0, 0, 0).unwrap().apply(email).bytes.into_owned();
        assert!(String::from_utf8(copy).unwrap().contains("unmatched/mixed; boundary=zz"));
    }

    #[test]
    fn blank_lines_are_found_moving_forward() {
        let input = b"A: 1\r\n\r\nbody\nB: 2\n\nC";
        let mut blank = BlankLines { input, found: None };
        assert_eq!(blank.after(0), 8);
        assert_eq!(blank.after(6), 8);
        assert_eq!(blank.after(13), 19);
        assert_eq!(blank.after(19), input.len());
    }

    #[test]
    fn a_head_that_wraps_a_message_is_seen() {
        assert!(wraps_a_message(b"Subject: x\r\nContent-Type: message/rfc822\r\n"));
        assert!(wraps_a_message(b"Content-Type:\r\n Message/Global\r\nContent-Transfer-Encoding: 8bit\r\n"));
        assert!(!wraps_a_message(b"Content-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n"));
        assert!(!wraps_a_message(b"Content-Type: multipart/mixed; boundary=b\r\n"));
        assert!(!wraps_a_message(b"Subject: Content-Type: message/rfc822\r\n"));
    }

    #[test]
    fn delimiters_anywhere_count_as_parts() {
        // mail-parser starts a part at "--b" even in the middle of a line.
        let email = format!("Content-Type: multipart/mixed; boundary=b\r\n\r\n{}", "x--b".repeat(20));
        assert!(check(email.as_bytes(), &Limits::new().max_parts(10), 0, 0, 0).is_err());
        assert!(check(email.as_bytes(), &Limits::new().max_parts(30), 0, 0, 0).is_ok());
    }

    #[test]
    fn folded_fields_are_read_once() {
        // A folded value whose lines look like fields: one field, not fifty.
        let email = format!("Content-Type: text/plain;\r\n{}\r\nbody", " content-type: x;\r\n".repeat(50));
        assert!(check(email.as_bytes(), &Limits::new().max_parts(2), 0, 0, 0).is_ok());
    }
}
