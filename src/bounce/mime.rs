//! The MIME layer: turns one email into the texts the readers look at, with `mail-parser` doing
//! the MIME (structure, transfer encodings, character sets, encoded words).
//!
//! Nothing above this module sees MIME: an [`Email`] is the head of the bounce and its parts in
//! order, each reduced to text (a returned message to its header block).
//!
//! Before mail-parser sees an email, [`prescan`](crate::bounce::prescan) checks it against the
//! [`Limits`] (mail-parser has none of its own) and marks each returned message
//! (`message/rfc822`, `message/global`) to be kept whole: mail-parser then hands its bytes over
//! as one part instead of building every part of the returned message and its attachments,
//! which a bounce reader never looks at. Its head is all that is read of it.
//!
//! Texts borrow from the input wherever mail-parser did not have to decode them.

use std::borrow::Cow;
use std::string::String;
use std::sync::OnceLock;
use std::vec::Vec;

use mail_parser::{MessageParser, MimeHeaders, PartType};

use crate::bounce::error::{Error, ErrorKind};
use crate::bounce::html;
use crate::bounce::limits::Limits;
use crate::bounce::prescan::{self, KEPT_MESSAGE, UNMATCHED_MULTIPART};

/// What a part is, as far as the readers care.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum PartKind {
    /// `text/plain` (or another text type), or a part without a type.
    Plain,
    /// `text/html`, turned into plain text where it is read.
    Html,
    /// `message/delivery-status` or `message/global-delivery-status` (RFC 3464, RFC 6533).
    DeliveryStatus,
    /// `message/feedback-report` (RFC 5965).
    FeedbackReport,
    /// The header block of the returned message: `text/rfc822-headers`,
    /// `message/global-headers`, or the head of a `message/rfc822` or `message/global` part.
    OriginalHeaders,
    /// Any other type: kept for its place, not read.
    Other,
}

/// One part, as text.
#[derive(Debug)]
pub(crate) struct Part<'a> {
    pub(crate) kind: PartKind,
    pub(crate) text: Cow<'a, str>,
}

/// One email, reduced to text.
#[derive(Debug)]
pub(crate) struct Email<'a> {
    /// The header block of the email itself.
    pub(crate) head: Cow<'a, str>,
    /// The header blocks of the messages the email wraps whole, one inside the other (a
    /// forwarded bounce), outermost first; the parts are the innermost one's.
    pub(crate) wrapped: Vec<Cow<'a, str>>,
    /// The leaf parts in the order they appear (parts inside the returned message are not read).
    pub(crate) parts: Vec<Part<'a>>,
    /// The first whole message the email carries (a `message/rfc822` part), as it is: a bounce
    /// that another bounce returns is read from it.
    pub(crate) attached: Option<&'a [u8]>,
}

impl Email<'_> {
    /// The same email, owning all its text.
    fn into_owned(self) -> Email<'static> {
        Email {
            head: Cow::Owned(self.head.into_owned()),
            wrapped: self.wrapped.into_iter().map(|head| Cow::Owned(head.into_owned())).collect(),
            parts: self
                .parts
                .into_iter()
                .map(|part| Part { kind: part.kind, text: Cow::Owned(part.text.into_owned()) })
                .collect(),
            attached: None,
        }
    }

    /// The texts a person reads: the plain parts, or the HTML ones where there are none.
    pub(crate) fn readable(&self) -> impl Iterator<Item = &str> {
        let plain = self.parts.iter().any(|part| part.kind == PartKind::Plain && !is_blank(&part.text));
        let wanted = if plain { PartKind::Plain } else { PartKind::Html };
        self.parts.iter().filter(move |part| part.kind == wanted).map(|part| &*part.text)
    }

    /// The first part of a kind.
    pub(crate) fn part(&self, kind: PartKind) -> Option<&str> {
        self.parts.iter().find(|part| part.kind == kind).map(|part| &*part.text)
    }
}

fn is_blank(text: &str) -> bool {
    text.bytes().all(|b| b.is_ascii_whitespace())
}

/// The parser, built once: it reads only the fields MIME needs (`Content-Type`,
/// `Content-Transfer-Encoding`) and skips the rest, which the readers take from the heads
/// themselves.
fn parser() -> &'static MessageParser {
    static PARSER: OnceLock<MessageParser> = OnceLock::new();
    PARSER.get_or_init(|| {
        MessageParser::new()
            .header_content_type(mail_parser::HeaderName::ContentType)
            .header_text(mail_parser::HeaderName::ContentTransferEncoding)
            .default_header_ignore()
    })
}

/// A header field's value with its encoded words (RFC 2047, "=?UTF-8?B?...?=") decoded by
/// mail-parser. Borrowed when there are none.
pub(crate) fn encoded_words(value: &str) -> Cow<'_, str> {
    if !value.contains("=?") {
        return Cow::Borrowed(value);
    }
    // mail-parser reads a field's value from after its colon: the value starts after a blank,
    // as there, and ends with the field's line end.
    let mut field = String::with_capacity(value.len() + 3);
    field.push(' ');
    field.push_str(value);
    field.push_str("\r\n");
    match mail_parser::parsers::MessageStream::new(field.as_bytes()).parse_unstructured() {
        mail_parser::HeaderValue::Text(text) => Cow::Owned(text.into_owned()),
        _ => Cow::Borrowed(value),
    }
}

/// True when lines end in a bare CR (old Mac mail): the first line ends in a CR that no line
/// feed follows. MIME parsers know only LF and CRLF.
fn bare_cr(input: &[u8]) -> bool {
    match memchr::memchr2(b'\n', b'\r', input) {
        Some(at) => input[at] == b'\r' && input.get(at + 1) != Some(&b'\n'),
        None => false,
    }
}

/// Reads an email into text, within the limits.
pub(crate) fn read<'a>(input: &'a [u8], limits: &Limits) -> Result<Email<'a>, Error> {
    if input.len() > limits.max_size {
        return Err(Error::new(ErrorKind::TooLarge { size: input.len(), limit: limits.max_size }));
    }
    // An mbox separator line ("From MAILER-DAEMON Fri Jan  1 00:00:00 2015") is not a field.
    let input = match input.strip_prefix(b"From ") {
        Some(rest) => match memchr::memchr2(b'\n', b'\r', rest) {
            Some(end) if rest[end..].starts_with(b"\r\n") => &rest[end + 2..],
            Some(end) => &rest[end + 1..],
            None => &input[input.len()..],
        },
        None => input,
    };
    if bare_cr(input) {
        let mut normalized = input.to_vec();
        for at in memchr::memchr_iter(b'\r', input) {
            if input.get(at + 1) != Some(&b'\n') {
                normalized[at] = b'\n';
            }
        }
        return read_normalized(&normalized, limits).map(Email::into_owned);
    }
    read_normalized(input, limits)
}

/// True when the input starts with something like a header field.
fn looks_like_head(head: &[u8]) -> bool {
    let first = head.split(|&b| b == b'\n').next().unwrap_or_default();
    first
        .iter()
        .position(|&b| b == b':')
        .is_some_and(|colon| colon > 0 && first[..colon].iter().all(|b| b.is_ascii_graphic()))
        || first.starts_with(b"From ")
}

/// Where a block's head ends (just after its last line's end) and its body starts (after the
/// blank line). A block without a blank line is all head.
pub(crate) fn split_head(block: &[u8]) -> (usize, usize) {
    if block.starts_with(b"\n") {
        return (0, 1);
    }
    if block.starts_with(b"\r\n") {
        return (0, 2);
    }
    for newline in memchr::memchr_iter(b'\n', block) {
        match block.get(newline + 1..newline + 3) {
            Some([b'\n', _]) | Some([b'\n']) => return (newline + 1, newline + 2),
            Some(b"\r\n") => return (newline + 1, newline + 3),
            _ => {}
        }
    }
    (block.len(), block.len())
}

/// Bytes as UTF-8 text, borrowed when they are valid, else with each bad sequence replaced.
fn lossy(bytes: &[u8]) -> Cow<'_, str> {
    match core::str::from_utf8(bytes) {
        Ok(text) => Cow::Borrowed(text),
        Err(_) => String::from_utf8_lossy(bytes),
    }
}

/// What the readers make of a part's type.
enum Shape {
    /// A returned message, kept whole (see [`prescan`]).
    Message,
    Leaf(PartKind),
}

fn shape(part: &mail_parser::MessagePart<'_>) -> Shape {
    let Some(content_type) = part.content_type() else { return Shape::Leaf(PartKind::Plain) };
    let kind = content_type.ctype();
    let sub = content_type.subtype().unwrap_or("");
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    if is(kind, KEPT_MESSAGE) || (is(kind, "message") && is(sub, "partial")) {
        return Shape::Message;
    }
    if is(kind, "text") {
        return Shape::Leaf(if is(sub, "html") {
            PartKind::Html
        } else if is(sub, "rfc822-headers") || is(sub, "rfc822-header") {
            PartKind::OriginalHeaders
        } else {
            PartKind::Plain
        });
    }
    if is(kind, "message") {
        if is(sub, "delivery-status") || is(sub, "global-delivery-status") {
            return Shape::Leaf(PartKind::DeliveryStatus);
        }
        if is(sub, "feedback-report") {
            return Shape::Leaf(PartKind::FeedbackReport);
        }
        if is(sub, "global-headers") || is(sub, "rfc822-headers") {
            return Shape::Leaf(PartKind::OriginalHeaders);
        }
    }
    // A multipart whose boundary never comes is read as text.
    if is(kind, "multipart") || is(kind, UNMATCHED_MULTIPART) {
        return Shape::Leaf(PartKind::Plain);
    }
    Shape::Leaf(PartKind::Other)
}

fn read_normalized<'a>(input: &'a [u8], limits: &Limits) -> Result<Email<'a>, Error> {
    let (head_end, _) = split_head(input);
    if !looks_like_head(&input[..head_end]) {
        return Err(Error::new(ErrorKind::NotAnEmail));
    }
    let head = lossy(&input[..head_end]);
    // The email itself, or a message it wraps whole (a forwarded bounce): read through, each
    // level against the depth limit. Each level's head is read once, so this is linear.
    let mut start = 0;
    let mut depth = 0;
    let mut wrapped = Vec::new();
    let (head_end, body) = loop {
        let (head_end, body) = split_head(&input[start..]);
        if start > 0 {
            wrapped.push(lossy(&input[start..start + head_end]));
        }
        if !prescan::wraps_a_message(&input[start..start + head_end]) || body >= input.len() - start {
            break (head_end, body);
        }
        depth += 1;
        if depth > limits.max_depth {
            return Err(Error::new(ErrorKind::TooDeep { limit: limits.max_depth }));
        }
        start += body;
    };
    let input = &input[start..];
    let marks = prescan::check(input, limits, depth, head_end, body)?;
    let prepared = marks.apply(input);
    let message = parser().parse(&*prepared.bytes).ok_or(Error::new(ErrorKind::NotAnEmail))?;
    let mut walker = Walker { input, prepared: &prepared, limits, parts: Vec::new(), attached: None };
    walker.walk(message, depth)?;
    let Walker { parts, attached, .. } = walker;
    Ok(Email { head, wrapped, parts: finish(parts), attached })
}

/// A part found, its text not made yet where it is HTML.
struct Found<'a> {
    kind: PartKind,
    text: Cow<'a, str>,
}

struct Walker<'i, 'd, 'l> {
    /// The input, which the texts borrow from.
    input: &'i [u8],
    /// What mail-parser read: the input, or a copy with the returned messages marked.
    prepared: &'d prescan::Prepared<'d>,
    limits: &'l Limits,
    parts: Vec<Found<'i>>,
    attached: Option<&'i [u8]>,
}

impl<'i> Walker<'i, '_, '_> {
    /// Text that mail-parser gave: borrowed from the input where it lies in it.
    fn text(&self, text: Cow<'_, str>) -> Cow<'i, str> {
        match text {
            Cow::Borrowed(piece) => match self.prepared.in_input(piece.as_bytes()) {
                Some(range) => lossy(&self.input[range]),
                None => Cow::Owned(String::from(piece)),
            },
            Cow::Owned(text) => Cow::Owned(text),
        }
    }

    /// Bytes that mail-parser gave: borrowed from the input where they lie in it.
    fn bytes(&self, bytes: Cow<'_, [u8]>) -> Cow<'i, [u8]> {
        match bytes {
            Cow::Borrowed(piece) => match self.prepared.in_input(piece) {
                Some(range) => Cow::Borrowed(&self.input[range]),
                None => Cow::Owned(piece.to_vec()),
            },
            Cow::Owned(bytes) => Cow::Owned(bytes),
        }
    }

    /// Adds the leaf parts in order, with an explicit stack, counting parts and levels against
    /// the limits (the pre-scan's counts are an upper bound; these are exact).
    fn walk(&mut self, message: mail_parser::Message<'_>, depth: usize) -> Result<(), Error> {
        let mut parts: Vec<Option<mail_parser::MessagePart<'_>>> = message.parts.into_iter().map(Some).collect();
        let mut stack = vec![(0u32, depth)];
        let mut seen = 0;
        while let Some((id, depth)) = stack.pop() {
            seen += 1;
            if seen > self.limits.max_parts {
                return Err(Error::new(ErrorKind::TooManyParts { limit: self.limits.max_parts }));
            }
            if depth > self.limits.max_depth {
                return Err(Error::new(ErrorKind::TooDeep { limit: self.limits.max_depth }));
            }
            let Some(part) = parts.get_mut(id as usize).and_then(Option::take) else { continue };
            let shape = shape(&part);
            let found = match (part.body, shape) {
                (PartType::Multipart(children), _) => {
                    stack.extend(children.iter().rev().map(|&child| (child, depth + 1)));
                    continue;
                }
                // Kept whole by the pre-scan: its head is read, and the first one that is not
                // encoded can be read as a bounce of its own.
                (PartType::Binary(bytes) | PartType::InlineBinary(bytes), Shape::Message) => {
                    let bytes = self.bytes(bytes);
                    let head = match bytes {
                        Cow::Borrowed(bytes) => {
                            if self.attached.is_none() {
                                self.attached = Some(bytes);
                            }
                            lossy(&bytes[..split_head(bytes).0])
                        }
                        Cow::Owned(mut bytes) => {
                            bytes.truncate(split_head(&bytes).0);
                            Cow::Owned(String::from_utf8_lossy(&bytes).into_owned())
                        }
                    };
                    Found { kind: PartKind::OriginalHeaders, text: head }
                }
                // A message the pre-scan did not mark (one mail-parser read as such anyway):
                // its head only.
                (PartType::Message(nested), _) => {
                    // Its parts were built all the same: they count.
                    seen += nested.parts.len();
                    if seen > self.limits.max_parts {
                        return Err(Error::new(ErrorKind::TooManyParts { limit: self.limits.max_parts }));
                    }
                    let head = nested
                        .parts
                        .first()
                        .and_then(|root| nested.raw_message.get(root.offset_header as usize..root.offset_body as usize))
                        .map(|bytes| Cow::Owned(String::from_utf8_lossy(bytes).into_owned()))
                        .unwrap_or_default();
                    Found { kind: PartKind::OriginalHeaders, text: head }
                }
                (PartType::Text(text), Shape::Leaf(kind)) => {
                    let kind = if matches!(kind, PartKind::Other | PartKind::Html) { PartKind::Plain } else { kind };
                    Found { kind, text: self.text(text) }
                }
                (PartType::Text(text), Shape::Message) => {
                    Found { kind: PartKind::OriginalHeaders, text: self.text(text) }
                }
                (PartType::Html(html), _) => Found { kind: PartKind::Html, text: self.text(html) },
                (PartType::Binary(bytes) | PartType::InlineBinary(bytes), Shape::Leaf(kind)) => {
                    let text = match kind {
                        // Plain here is a multipart without a boundary: its body is read as text.
                        PartKind::Plain
                        | PartKind::DeliveryStatus
                        | PartKind::FeedbackReport
                        | PartKind::OriginalHeaders => match self.bytes(bytes) {
                            Cow::Borrowed(bytes) => lossy(bytes),
                            Cow::Owned(bytes) => Cow::Owned(String::from_utf8_lossy(&bytes).into_owned()),
                        },
                        _ => Cow::Borrowed(""),
                    };
                    Found { kind, text }
                }
            };
            self.parts.push(found);
        }
        Ok(())
    }
}

/// The parts as the readers read them: HTML turned into text only where no plain text says
/// anything.
fn finish(found: Vec<Found<'_>>) -> Vec<Part<'_>> {
    let plain = found.iter().any(|part| part.kind == PartKind::Plain && !is_blank(&part.text));
    found
        .into_iter()
        .map(|part| match part.kind {
            PartKind::Html if !plain => Part { kind: PartKind::Html, text: Cow::Owned(html::to_text(&part.text)) },
            PartKind::Html => Part { kind: PartKind::Html, text: Cow::Borrowed("") },
            _ => Part { kind: part.kind, text: part.text },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimiters_split_the_body() {
        let email = b"Content-Type: multipart/mixed; boundary=b\r\n\r\npreamble\r\n--b\r\nContent-Type: text/plain\r\n\r\none\r\n--b \r\n\r\ntwo\n--b--\r\nepilogue";
        let email = read(email, &Limits::new()).unwrap();
        let texts: Vec<&str> = email.parts.iter().map(|part| &*part.text).collect();
        assert_eq!(texts, ["one", "two"]);
        let email = read(b"Content-Type: multipart/mixed; boundary=b\n\nno delimiter", &Limits::new()).unwrap();
        assert_eq!(email.parts[0].text, "no delimiter");
        let many = b"Content-Type: multipart/mixed; boundary=b\n\n--b\n\nx\n--b\n\ny\n--b\n\nz";
        assert!(read(many, &Limits::new().max_parts(3)).is_err());
        assert!(read(many, &Limits::new().max_parts(4)).is_ok());
    }

    #[test]
    fn nested_multiparts_end_at_an_outer_delimiter() {
        let email = b"Content-Type: multipart/mixed; boundary=outer\n\n--outer\nContent-Type: multipart/alternative; boundary=inner\n\n--inner\n\na\n--inner\nContent-Type: text/html\n\n<p>b</p>\n--inner--\n--outer\nContent-Type: message/delivery-status\n\nAction: failed\n--outer--\n";
        let email = read(email, &Limits::new()).unwrap();
        let kinds: Vec<PartKind> = email.parts.iter().map(|part| part.kind).collect();
        assert_eq!(kinds, [PartKind::Plain, PartKind::Html, PartKind::DeliveryStatus]);
        assert_eq!(email.parts[0].text, "a");
        assert_eq!(email.parts[2].text, "Action: failed");
    }

    #[test]
    fn heads_end_at_the_blank_line() {
        assert_eq!(split_head(b"A: 1\r\n\r\nbody"), (6, 8));
        assert_eq!(split_head(b"A: 1\n\nbody"), (5, 6));
        assert_eq!(split_head(b"\nbody"), (0, 1));
        assert_eq!(split_head(b"A: 1\n"), (5, 5));
    }

    #[test]
    fn only_the_head_of_a_returned_message_is_kept() {
        let email = b"Content-Type: multipart/report; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\ncaf=E9\r\n--b\r\nContent-Type: message/rfc822\r\n\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=c\r\n\r\n--c\r\n\r\nbody\r\n--c--\r\n--b--\r\n";
        let email = read(email, &Limits::new()).unwrap();
        assert_eq!(email.parts.len(), 2);
        assert_eq!(email.parts[0].text, "café");
        assert_eq!(email.parts[1].kind, PartKind::OriginalHeaders);
        assert_eq!(email.parts[1].text, "Subject: x\r\nContent-Type: multipart/mixed; boundary=c\r\n");
        // Borrowed from the input, though mail-parser read a marked copy.
        assert!(matches!(email.parts[1].text, Cow::Borrowed(_)));
        assert!(email.attached.unwrap().starts_with(b"Subject: x\r\n"));
    }

    #[test]
    fn an_encoded_returned_message_gives_its_head() {
        // "Subject: x\r\n\r\nbody\r\n" in base64, which RFC 2046 forbids and some MTAs do.
        let email = b"Content-Type: multipart/report; boundary=b\r\n\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\nU3ViamVjdDogeA0KDQpib2R5DQo=\r\n--b--\r\n";
        let email = read(email, &Limits::new()).unwrap();
        assert_eq!(email.parts[0].kind, PartKind::OriginalHeaders);
        assert_eq!(email.parts[0].text, "Subject: x\r\n");
        assert!(email.attached.is_none());
    }

    #[test]
    fn a_wrapped_message_is_read_through() {
        let email = b"Subject: outer\r\nContent-Type: message/rfc822\r\n\r\nSubject: inner\r\n\r\nhello\r\n";
        let email = read(email, &Limits::new()).unwrap();
        assert!(email.head.starts_with("Subject: outer"));
        assert_eq!(email.wrapped, ["Subject: inner\r\n"]);
        assert_eq!(email.parts.len(), 1);
        assert_eq!(email.parts[0].text, "hello\r\n");
    }

    #[test]
    fn encoded_words_are_decoded() {
        assert_eq!(encoded_words("=?UTF-8?Q?Caf=C3=A9_au_lait?="), "Café au lait");
        assert_eq!(encoded_words("=?utf-8?B?w6k=?= =?utf-8?B?w6k=?= x"), "éé x");
        assert_eq!(encoded_words("Re: =?ISO-2022-JP?B?GyRCJWEhPCVrGyhC?="), "Re: メール");
        assert_eq!(encoded_words("a =? b"), "a =? b");
        assert!(matches!(encoded_words("plain"), Cow::Borrowed("plain")));
    }
}
