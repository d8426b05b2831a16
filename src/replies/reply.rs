//! [`Reply`]: one server reply, read without copying or allocating.

use core::fmt;

use crate::codes::class::class_predicates;
use crate::codes::reader;
use crate::enhanced::grammar::read_prefix;
use crate::helpers::words::find_byte;
use crate::{Class, EnhancedStatusCode, ParseError, ParseErrorKind, ReplyCode, StatusClass};

/// One SMTP server reply: its code, its enhanced status code if it has one, and its text.
///
/// A `Reply` borrows the text it was read from; reading one copies and allocates nothing.
/// [`Reply::parse`] reads a reply as a server sends it; [`Reply::find`] digs one out of a bounce,
/// a DSN field or a log line.
///
/// Two replies are equal when their codes, enhanced codes and lines are; how the lines were ended
/// (CRLF or LF) does not count.
///
/// `Display` writes the reply back as a server would send it, lines ended by CRLF.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Reply, ReplyCode};
///
/// let reply = Reply::parse("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n")?;
/// assert_eq!(reply.code(), ReplyCode::from(550));
/// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
/// assert_eq!(reply.text(), "<bob@example.net>: Recipient address rejected: User unknown");
/// assert!(reply.is_permanent());
/// // `text()` is the last line; `lines()` gives every line of a multi-line reply.
/// let multi = Reply::parse("250-mx.example.com\r\n250-PIPELINING\r\n250 SMTPUTF8\r\n")?;
/// assert_eq!(multi.text(), "SMTPUTF8");
/// assert_eq!(multi.lines().count(), 3);
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Reply<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    /// From the first line's code to the end of the last line, without its line ending.
    raw: &'a str,
    /// Where the enhanced code was found.
    position: EnhancedPosition,
    /// Where the lines are, and what each may hold.
    layout: Layout,
    /// The number of lines, counted while reading.
    line_count: usize,
    /// Where the last line's text starts in `raw`: it runs to the end.
    text_start: usize,
}

/// How many bytes of lettre's "550): " come before the reply's text in a [`Layout::Lettre`].
pub(crate) const LETTRE_HEAD: usize = 6;

/// How many bytes of "550: " come before the reply's text in a [`Layout::Colon`].
pub(crate) const COLON_HEAD: usize = 5;

/// How the lines of a [`Reply`] lie in its text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Layout {
    /// As a server sends them: each line on its own, starting with the code.
    Wire,
    /// Found by `find`: lines may be indented, and may lack the code (a DSN field folded onto
    /// indented lines).
    Found,
    /// Found by `find` in a log that joined the lines with spaces: a line starts where the code
    /// comes again after a space, with the reply's enhanced code if it has one
    /// ("... Please try 550-5.1.1 double-checking ...").
    Flattened,
    /// Found by `find` in a protocol log: every line after the first starts with a prefix like
    /// the one the first had before its code ("S: ", "<-- ", or a time stamp and
    /// "SERVER -> CLIENT: "), this many bytes long.
    Prefixed(u8),
    /// Found by `find` in the text of a lettre SMTP error, "permanent error (550): 5.1.1 ...":
    /// one line, whose text starts after the "): " that follows the code.
    Lettre,
    /// Found by `find` where a colon follows the code, "550: 5.2.2 Mailbox full": one line, whose
    /// text starts after the ": ".
    Colon,
}

impl Layout {
    /// For the one-line layouts whose text starts at a fixed offset after the code, that offset.
    const fn text_head(self) -> Option<usize> {
        match self {
            Layout::Lettre => Some(LETTRE_HEAD),
            Layout::Colon => Some(COLON_HEAD),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum EnhancedPosition {
    /// After the code, as RFC 2034 places it; removed from the lines' text.
    Leading,
    /// At the end of the text, in qmail's "(#5.7.1)" form; left in the text.
    Trailing,
}

/// One line, split into its parts.
struct Line<'a> {
    code: ReplyCode,
    enhanced: Option<EnhancedStatusCode>,
    /// The text after the code, the separator and any leading enhanced code.
    text: &'a str,
}

/// Splits off the code, the separator and a leading enhanced code of one line (without its line
/// ending). `Err` carries the kind only; the caller knows the line number.
fn split_line(line: &str) -> Result<Line<'_>, ParseErrorKind> {
    let bytes = line.as_bytes();
    let digits = bytes.get(..3).unwrap_or(bytes);
    match reader::read(digits) {
        Ok(code) => split_known(line, code),
        Err(error) => Err(ParseErrorKind::BadCode(error)),
    }
}

/// The error for a line whose fourth byte is neither a space nor a hyphen.
fn split_error(line: &str, byte: u8) -> ParseErrorKind {
    match split_line(line) {
        Err(kind) => kind,
        Ok(_) => ParseErrorKind::BadSeparator(byte),
    }
}

/// Splits a line whose first three bytes are known to be `code`.
fn split_known(line: &str, code: ReplyCode) -> Result<Line<'_>, ParseErrorKind> {
    let bytes = line.as_bytes();
    let rest = match bytes.get(3) {
        None => "",
        Some(b' ' | b'-') => &line[4..],
        // "2500": a fourth digit makes the code itself wrong.
        Some(&byte) if byte.is_ascii_digit() => {
            let error = ReplyCode::from_bytes(&bytes[..bytes.iter().take_while(|b| b.is_ascii_digit()).count()]);
            return Err(match error {
                Err(error) => ParseErrorKind::BadCode(error),
                Ok(_) => ParseErrorKind::BadSeparator(byte),
            });
        }
        Some(&byte) => return Err(ParseErrorKind::BadSeparator(byte)),
    };
    let (enhanced, text) = match leading_enhanced(rest) {
        Some((enhanced, len)) => (Some(enhanced), rest.get(len + 1..).unwrap_or("")),
        None => (None, rest),
    };
    Ok(Line { code, enhanced, text })
}

/// A short non-empty prefix (an enhanced code as written) to look for at the start of lines: as one
/// masked word compare where it fits in a word, which beats a call to `bcmp` for five bytes.
struct Prefix<'a> {
    bytes: &'a [u8],
    /// The first eight bytes of `bytes`, zero-padded.
    word: u64,
    /// Ones over the bytes of `word` that belong to the prefix.
    mask: u64,
}

impl<'a> Prefix<'a> {
    /// The first `len` bytes of `text`.
    #[inline]
    fn new(text: &'a [u8], len: usize) -> Prefix<'a> {
        let bytes = text.get(..len).unwrap_or_default();
        let word = match text.first_chunk::<8>() {
            Some(chunk) => u64::from_le_bytes(*chunk),
            None => bytes.iter().rev().fold(0, |word, &byte| (word << 8) | u64::from(byte)),
        };
        let mask = if bytes.len() >= 8 { u64::MAX } else { (1u64 << (bytes.len() * 8)) - 1 };
        Prefix { bytes, word: word & mask, mask }
    }

    #[inline]
    fn len(&self) -> usize {
        self.bytes.len()
    }

    /// True when `text` starts with the prefix; never for an empty one.
    #[inline]
    fn starts(&self, text: &[u8]) -> bool {
        if self.bytes.is_empty() {
            return false;
        }
        match text.first_chunk::<8>() {
            Some(chunk) if self.bytes.len() <= 8 => (u64::from_le_bytes(*chunk) ^ self.word) & self.mask == 0,
            _ => text.starts_with(self.bytes),
        }
    }
}

/// After an enhanced code of `len` bytes at the start of `after`: 1 for the space that ends it, 0
/// if the line ends there, `None` if anything else follows ("2.0.0x" is text, not a code).
#[inline]
fn line_end_or_space(after: &[u8], len: usize) -> Option<usize> {
    match after.get(len..)? {
        [b' ', ..] => Some(1),
        [b'\n', ..] | [b'\r', b'\n', ..] => Some(0),
        _ => None,
    }
}

/// The text of one line of a reply that `find` read: the line without its indentation, and
/// without the code, separator and enhanced code (when the reply has one after its code) if the
/// line starts with the reply's code; a line without the code loses the reply's enhanced code
/// from its start. Carriage returns left at its end go too: a mail agent that turned the
/// server's CRLF into CRLF again wrote "\r\r\n" (DragonFly's dma does).
fn lenient_text(line: &str, code: ReplyCode, enhanced: Option<EnhancedStatusCode>) -> &str {
    let line = line.trim_start().trim_end_matches('\r');
    match split_line(line) {
        Ok(parts) if parts.code == code => match (enhanced, parts.enhanced) {
            (Some(_), Some(_)) => parts.text,
            _ => line.get(4..).unwrap_or(""),
        },
        // Only a found reply has lines without the code: folded text of a DSN field, which may
        // start with the enhanced code ("smtp; 550\n    5.1.1 <bob@example.net>: ...").
        _ => match leading_enhanced(line) {
            Some((found, len)) if Some(found) == enhanced => line.get(len + 1..).unwrap_or(""),
            _ => line,
        },
    }
}

/// Where the next line of a reply flattened onto one line starts in `text` (not at its start):
/// the reply's three digits after a space, then a space, a hyphen or the end, then the reply's
/// enhanced code if it has one.
pub(crate) fn flattened_line_start(text: &str, digits: &str, enhanced: Option<EnhancedStatusCode>) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 1;
    while let Some(offset) = text.get(from..)?.find(digits) {
        let at = from + offset;
        let separated = bytes[at - 1] == b' ' && matches!(bytes.get(at + 3), None | Some(b' ' | b'-'));
        if separated
            && enhanced
                .is_none_or(|enhanced| leading_enhanced_at(bytes, at + 4).map(|(found, _)| found) == Some(enhanced))
        {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// An enhanced code at the start of `text`, followed by a space or the end: its value and length.
pub(crate) fn leading_enhanced(text: &str) -> Option<(EnhancedStatusCode, usize)> {
    let (code, len) = read_prefix(text.as_bytes())?;
    matches!(text.as_bytes().get(len), None | Some(b' ')).then_some((code, len))
}

/// An enhanced code at `start` of `bytes`, followed by a space, a line end or the end: the code
/// and its length.
pub(crate) fn leading_enhanced_at(bytes: &[u8], start: usize) -> Option<(EnhancedStatusCode, usize)> {
    let rest = bytes.get(start..)?;
    let (code, len) = read_prefix(rest)?;
    matches!(rest.get(len), None | Some(b' ' | b'\r' | b'\n')).then_some((code, len))
}

/// qmail's "(#5.7.1)", anywhere in a text, also with words after the code ("(#5.1.1 - chkusr)"):
/// the last such code.
fn trailing_enhanced(text: &str) -> Option<EnhancedStatusCode> {
    // From each '#' back: a byte search costs less than a substring search's setup, and most
    // texts have no '#' at all.
    let bytes = text.as_bytes();
    let mut end = bytes.len();
    while let Some(hash) = bytes[..end].iter().rposition(|&b| b == b'#') {
        if hash > 0 && bytes[hash - 1] == b'(' {
            if let Some((code, len)) = read_prefix(&bytes[hash + 1..]) {
                if matches!(bytes.get(hash + 1 + len), Some(b')' | b' ')) {
                    return Some(code);
                }
            }
        }
        end = hash;
    }
    None
}

/// Splits text into lines at LF, dropping one CR before it; the last line may lack its ending.
/// Yields each line with its start offset and the offset just past its ending.
#[derive(Clone, Debug)]
pub(crate) struct PhysicalLines<'a> {
    text: &'a str,
    offset: usize,
}

impl<'a> PhysicalLines<'a> {
    pub(crate) const fn new(text: &'a str) -> PhysicalLines<'a> {
        PhysicalLines { text, offset: 0 }
    }

    /// Everything not yet yielded, as one last line, without searching it.
    fn rest(&mut self) -> &'a str {
        let rest = self.text.get(self.offset..).unwrap_or("");
        self.offset = self.text.len();
        rest
    }

    /// The next line of a reply flattened onto one line, without the space that joined it to
    /// the following one; `None` if no line follows it.
    fn next_flattened(&mut self) -> Option<&'a str> {
        let rest = self.text.get(self.offset..)?;
        // The first line's enhanced code (not the reply's, which a later line may give) says
        // where lines start.
        let first = leading_enhanced_at(self.text.as_bytes(), 4).map(|(code, _)| code);
        let next = flattened_line_start(rest, self.text.get(..3)?, first)?;
        self.offset += next;
        rest.get(..next - 1)
    }
}

/// The offset of the first line feed in `bytes`.
#[inline]
fn find_newline(bytes: &[u8]) -> Option<usize> {
    find_byte::<b'\n'>(bytes)
}

impl<'a> Iterator for PhysicalLines<'a> {
    type Item = (&'a str, usize, usize);

    fn next(&mut self) -> Option<(&'a str, usize, usize)> {
        let start = self.offset;
        let rest = self.text.get(start..).filter(|rest| !rest.is_empty())?;
        // A line feed is ASCII, so slicing at it keeps UTF-8 boundaries.
        let (line, consumed) = match find_newline(rest.as_bytes()) {
            Some(end) => (&rest[..end], end + 1),
            None => (rest, rest.len()),
        };
        self.offset += consumed;
        Some((line.strip_suffix('\r').unwrap_or(line), start, self.offset))
    }
}

impl<'a> Reply<'a> {
    /// Reads one complete reply, as a server sends it.
    ///
    /// The code must fit the RFC 5321 grammar, or be one of the two codes in the table that
    /// break it but that servers send (471 and 571). Accepts single-line and multi-line replies (`250-...` lines, then `250 ...`), lines ended
    /// by CRLF or a bare LF, a last line without an ending, and lines that are only the code
    /// ("250") or the code and a space. The enhanced status code is taken from the place RFC 2034
    /// gives it, right after the code, on whichever lines carry it; if no line does, qmail's
    /// "(#5.7.1)" at the end of the text is taken instead.
    ///
    /// A well-formed reply is read in one pass (a malformed one in at most two, to say exactly what
    /// is wrong), and nothing is allocated.
    ///
    /// # Errors
    ///
    /// Each error is a [`ParseError`] whose [`kind`](ParseError::kind) says what was wrong:
    ///
    /// - `""`, `"\r\n"`: [`ParseErrorKind::Empty`].
    /// - `"2500 ok"`, `"25 ok"`, `"650 no"`, `"2a0 x"`: [`ParseErrorKind::BadCode`].
    /// - `"250_ok"`: [`ParseErrorKind::BadSeparator`].
    /// - `"250-a\r\n251 b"`: [`ParseErrorKind::MixedCodes`].
    /// - `"550-5.1.1 a\r\n550 5.1.2 b"`: [`ParseErrorKind::MixedEnhancedCodes`].
    /// - `"250-a\r\n250-b\r\n"`: [`ParseErrorKind::Unterminated`].
    /// - `"250 a\r\n250 b"`: [`ParseErrorKind::TrailingData`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let reply = Reply::parse(
    ///     "250-mx.example.com at your service\r\n250-PIPELINING\r\n250-SIZE 35882577\r\n250 SMTPUTF8\r\n",
    /// )?;
    /// assert_eq!(reply.code(), 250);
    /// assert_eq!(reply.lines().collect::<Vec<_>>(), ["mx.example.com at your service", "PIPELINING", "SIZE 35882577", "SMTPUTF8"]);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    #[inline]
    pub fn parse(input: &'a str) -> Result<Reply<'a>, ParseError> {
        if let Some((reply, "")) = Reply::read_common(input) {
            return Ok(reply);
        }
        let (reply, rest) = Reply::read_careful(input, false)?;
        if rest.is_empty() {
            Ok(reply)
        } else {
            Err(ParseError::new(ParseErrorKind::TrailingData, reply.line_count() + 1))
        }
    }

    /// Reads one complete reply from bytes, which must be UTF-8 in the text as well as the code.
    ///
    /// # Errors
    ///
    /// Those of [`Reply::parse`], and [`ParseErrorKind::NonUtf8`] for bytes that are not UTF-8.
    /// `OwnedReply::parse_lossy` (feature `std`) reads those too, with U+FFFD in their place.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ParseErrorKind, Reply};
    ///
    /// assert_eq!(Reply::parse_bytes(b"221 2.0.0 Bye\r\n")?.code(), 221);
    /// let error = Reply::parse_bytes(b"550 caf\xe9\r\n").unwrap_err();
    /// assert_eq!(error.kind(), ParseErrorKind::NonUtf8 { offset: 7 });
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn parse_bytes(input: &'a [u8]) -> Result<Reply<'a>, ParseError> {
        match core::str::from_utf8(input) {
            Ok(text) => Reply::parse(text),
            Err(error) => {
                let offset = error.valid_up_to();
                let line = 1 + input[..offset].iter().filter(|&&b| b == b'\n').count();
                Err(ParseError::new(ParseErrorKind::NonUtf8 { offset }, line))
            }
        }
    }

    /// Reads the first complete reply of `input` and returns it with the input that follows, for
    /// clients that read pipelined replies from a buffer that may end anywhere.
    ///
    /// Unlike [`Reply::parse`], a reply here is complete only with the line feed that ends its
    /// last line: a buffer that stops before it gives [`ParseErrorKind::Incomplete`], which means
    /// "read more and try again", never a reply cut short.
    ///
    /// # Errors
    ///
    /// Those of [`Reply::parse`] but [`ParseErrorKind::TrailingData`] and
    /// [`ParseErrorKind::Unterminated`]; [`ParseErrorKind::Incomplete`] for `"250 O"` or
    /// `"250-PIPELINING\r\n"`.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ParseErrorKind, Reply};
    ///
    /// let (first, rest) = Reply::parse_next("250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n354 End data with <CR><LF>.<CR><LF>\r\n")?;
    /// assert_eq!(first.enhanced().unwrap().to_string(), "2.1.0");
    /// let (second, rest) = Reply::parse_next(rest)?;
    /// assert_eq!(second.text(), "Ok");
    /// assert_eq!(Reply::parse(rest)?.code(), 354);
    ///
    /// // Half a reply is not a reply yet.
    /// assert_eq!(Reply::parse_next("250 2.1.5 O").unwrap_err().kind(), ParseErrorKind::Incomplete);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn parse_next(input: &'a str) -> Result<(Reply<'a>, &'a str), ParseError> {
        Reply::read(input, true)
    }

    /// Reads the first reply of `input`; `streaming` requires the last line's line feed.
    #[inline]
    fn read(input: &'a str, streaming: bool) -> Result<(Reply<'a>, &'a str), ParseError> {
        match Reply::read_common(input) {
            Some(read) => Ok(read),
            None => Reply::read_careful(input, streaming),
        }
    }

    /// Reads the common shape of reply, and only that: known-good codes on every line, each line
    /// ended by a line feed, the enhanced code (if any) on the first line and the same or none on
    /// the others. Anything else, error or oddity, gives `None` and goes to
    /// [`Reply::read_careful`], which reads every input and is the reference: where this gives a
    /// reply, it is the one `read_careful` gives (a property test checks it, field by field).
    /// Splitting the two keeps the path every well-formed reply takes short.
    #[inline]
    fn read_common(input: &'a str) -> Option<(Reply<'a>, &'a str)> {
        let bytes = input.as_bytes();
        let &[d0, d1, d2, separator, ref after @ ..] = bytes else { return None };
        let code = reader::read_digits(d0, d1, d2)?;
        let (enhanced, len, skip) = match *after {
            // The usual shape, "5.1.1 " and text, read in place.
            [class @ (b'2' | b'4' | b'5'), b'.', subject @ b'0'..=b'9', b'.', detail @ b'0'..=b'9', b' ', ..] => {
                let found = EnhancedStatusCode::new(
                    StatusClass::from_digit(class - b'0')?,
                    u16::from(subject - b'0'),
                    u16::from(detail - b'0'),
                );
                (Some(found), 5, 6)
            }
            [b'2' | b'4' | b'5', b'.', ..] => match read_prefix(after) {
                Some((found, len)) => (Some(found), len, len + line_end_or_space(after, len)?),
                None => (None, 0, 0),
            },
            _ => (None, 0, 0),
        };
        // The enhanced code as the first line writes it, which later lines must repeat.
        let written = Prefix::new(after, len);
        let mut text_start = 4 + skip;
        let mut newline = text_start + find_newline(bytes.get(text_start..)?)?;
        let mut count = 1;
        let mut separator = separator;
        while separator != b' ' {
            if separator != b'-' {
                return None;
            }
            let start = newline + 1;
            let Some(&[e0, e1, e2, next, ref after @ ..]) = bytes.get(start..) else { return None };
            if [e0, e1, e2] != [d0, d1, d2] {
                return None;
            }
            let skip = if written.starts(after) {
                written.len() + line_end_or_space(after, written.len())?
            } else if let [b'2' | b'4' | b'5', b'.', ..] = after {
                // Perhaps an enhanced code the first line did not have, or another one: the
                // careful reader judges.
                return None;
            } else {
                0
            };
            text_start = start + 4 + skip;
            newline = text_start + find_newline(bytes.get(text_start..)?)?;
            count += 1;
            separator = next;
        }
        let content_end = if bytes[newline - 1] == b'\r' { newline - 1 } else { newline };
        let (raw, rest) = input.split_at_checked(content_end)?;
        let rest = rest.get(newline + 1 - content_end..)?;
        let (enhanced, position) = match enhanced {
            Some(found) => (Some(found), EnhancedPosition::Leading),
            None => (trailing_enhanced(raw.get(text_start..)?), EnhancedPosition::Trailing),
        };
        let reply = Reply { code, enhanced, raw, position, layout: Layout::Wire, line_count: count, text_start };
        Some((reply, rest))
    }

    /// Reads the first reply of any input, well-formed or not, and says exactly what is wrong.
    #[inline(never)]
    #[cold]
    fn read_careful(input: &'a str, streaming: bool) -> Result<(Reply<'a>, &'a str), ParseError> {
        let bytes = input.as_bytes();
        if bytes.first().is_none_or(|b| matches!(b, b'\r' | b'\n')) && input.trim_start_matches(['\r', '\n']).is_empty()
        {
            return Err(ParseError::new(ParseErrorKind::Empty, 1));
        }
        let mut start = 0;
        let mut number = 1;
        let mut digits: &[u8] = &[];
        let mut code = ReplyCode::lookup(0);
        // The first enhanced code seen, and its text; later lines must carry the same or none.
        let mut enhanced: Option<(EnhancedStatusCode, &'a str)> = None;
        loop {
            let end = find_newline(&bytes[start..]).map(|i| start + i);
            let line_end = end.unwrap_or(bytes.len());
            let content_end =
                if line_end > start && bytes[line_end - 1] == b'\r' && end.is_some() { line_end - 1 } else { line_end };
            // A streaming reader judges a line only once it is whole.
            if streaming && end.is_none() {
                return Err(ParseError::new(ParseErrorKind::Incomplete, number));
            }
            let line = &input[start..content_end];
            if number == 1 || line.as_bytes().get(..3) != Some(digits) {
                // The first line, or a line whose code differs.
                let head = line.as_bytes().get(..3).unwrap_or(line.as_bytes());
                let found =
                    reader::read(head).map_err(|error| ParseError::new(ParseErrorKind::BadCode(error), number))?;
                if number == 1 {
                    code = found;
                    digits = head;
                } else {
                    let kind = ParseErrorKind::MixedCodes { expected: code, found };
                    return Err(ParseError::new(kind, number));
                }
            }
            let last = match line.as_bytes().get(3) {
                None => true,
                Some(b' ') => true,
                Some(b'-') => false,
                Some(&byte) => return Err(ParseError::new(split_error(line, byte), number)),
            };
            let text = line.get(4..).unwrap_or("");
            if let Some((found, len)) = leading_enhanced(text) {
                match enhanced {
                    None => enhanced = Some((found, &text[..len])),
                    Some((expected, _)) if expected != found => {
                        let kind = ParseErrorKind::MixedEnhancedCodes { expected, found };
                        return Err(ParseError::new(kind, number));
                    }
                    Some(_) => {}
                }
            }
            match end {
                _ if last => {
                    let reply = Reply::assemble(code, enhanced, &input[..content_end], text, Layout::Wire, number);
                    let rest = end.map_or("", |end| &input[end + 1..]);
                    return Ok((reply, rest));
                }
                Some(end) => start = end + 1,
                None => return Err(ParseError::new(ParseErrorKind::Unterminated, number)),
            }
            if start == bytes.len() {
                let kind = if streaming { ParseErrorKind::Incomplete } else { ParseErrorKind::Unterminated };
                return Err(ParseError::new(kind, number));
            }
            number += 1;
        }
    }

    /// Makes a reply from checked parts; `last_text` is the last line's text, for qmail's form.
    pub(crate) fn assemble(
        code: ReplyCode,
        enhanced: Option<(EnhancedStatusCode, &'a str)>,
        raw: &'a str,
        last_text: &str,
        layout: Layout,
        line_count: usize,
    ) -> Reply<'a> {
        let (enhanced, position) = match enhanced {
            Some((enhanced, _)) => (Some(enhanced), EnhancedPosition::Leading),
            None => (trailing_enhanced(last_text), EnhancedPosition::Trailing),
        };
        let mut reply = Reply { code, enhanced, raw, position, layout, line_count, text_start: 0 };
        reply.text_start = raw.len() - reply.find_text().len();
        reply
    }

    /// Makes a one-line reply found by `find` from checked parts: [`Reply::assemble`] without
    /// the search for the last line.
    pub(crate) fn assemble_one_line(
        code: ReplyCode,
        enhanced: Option<(EnhancedStatusCode, &'a str)>,
        raw: &'a str,
    ) -> Reply<'a> {
        let leading = enhanced.map(|(enhanced, _)| enhanced);
        // What `lenient_text` gives for a line that starts with the code, without reading the
        // code again (the fuzz target and a property test check the two agree).
        let text = match raw.as_bytes().get(3) {
            None => "",
            Some(b' ' | b'-') => {
                let rest = raw.get(4..).unwrap_or("");
                match leading.and_then(|_| leading_enhanced(rest)) {
                    Some((_, len)) => rest.get(len + 1..).unwrap_or(""),
                    None => rest,
                }
            }
            Some(_) => raw,
        };
        let text_start = raw.len() - text.len();
        let (enhanced, position) = match leading {
            Some(enhanced) => (Some(enhanced), EnhancedPosition::Leading),
            None => (trailing_enhanced(raw.get(4..).unwrap_or("")), EnhancedPosition::Trailing),
        };
        Reply { code, enhanced, raw, position, layout: Layout::Found, line_count: 1, text_start }
    }

    /// The reply code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reply, ReplyCode};
    ///
    /// assert_eq!(Reply::parse("503 5.5.1 Error: need RCPT command")?.code(), ReplyCode::BadSequence);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn code(&self) -> ReplyCode {
        self.code
    }

    /// The enhanced status code, if the reply carries one.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// assert_eq!(Reply::parse("250 2.1.0 Ok")?.enhanced().map(|c| c.to_string()), Some("2.1.0".into()));
    /// assert_eq!(Reply::parse("250 Ok")?.enhanced(), None);
    /// // qmail puts it at the end.
    /// let qmail = Reply::parse("553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)")?;
    /// assert_eq!(qmail.enhanced().unwrap().to_string(), "5.7.1");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.enhanced
    }

    /// The class of the reply code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, Reply};
    ///
    /// assert_eq!(Reply::parse("354 go ahead")?.class(), Class::PositiveIntermediate);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn class(&self) -> Class {
        self.code.class()
    }

    /// The text of each line, without the code, the separator and a leading enhanced code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let reply = Reply::parse("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check the address. - gsmtp\r\n")?;
    /// let lines: Vec<&str> = reply.lines().collect();
    /// assert_eq!(lines, ["The email account that you tried to reach does not exist.", "Please check the address. - gsmtp"]);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn lines(&self) -> Lines<'a> {
        Lines {
            lines: PhysicalLines::new(self.raw),
            remaining: self.line_count,
            enhanced: self.enhanced.filter(|_| self.position == EnhancedPosition::Leading),
            code: self.code,
            layout: self.layout,
        }
    }

    /// The text of the last line only: for a one-line reply, the whole text. A multi-line reply
    /// says more on its other lines: [`Reply::lines`] gives each, and writes them all as one
    /// paragraph (`reply.lines().to_string()`).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// assert_eq!(Reply::parse("221 2.0.0 Bye")?.text(), "Bye");
    /// let gmail = Reply::parse("550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 - gsmtp")?;
    /// assert_eq!(gmail.text(), "- gsmtp");
    /// assert_eq!(gmail.lines().to_string(), "The email account that you tried to reach does not exist. - gsmtp");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    #[inline]
    pub fn text(&self) -> &'a str {
        self.raw.get(self.text_start..).unwrap_or("")
    }

    /// The last line's text, found by reading the lines; `text_start` keeps where it starts.
    fn find_text(&self) -> &'a str {
        if matches!(self.layout, Layout::Flattened | Layout::Prefixed(_)) {
            return self.lines().last().unwrap_or("");
        }
        let last = match self.line_count {
            1 => self.raw,
            _ => self.raw.rfind('\n').map_or(self.raw, |end| &self.raw[end + 1..]),
        };
        let mut lines = self.lines();
        lines.remaining = 1;
        lines.lines = PhysicalLines::new(last);
        lines.next().unwrap_or("")
    }

    /// The number of lines.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Reply::parse("250-a\n250-b\n250 c")?.line_count(), 3);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn line_count(&self) -> usize {
        self.line_count
    }

    /// The reply as it was read, from the first code to the end of the last line (without its
    /// line ending).
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Reply::parse("250-a\r\n250 b\r\n")?.as_str(), "250-a\r\n250 b");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn as_str(&self) -> &'a str {
        self.raw
    }

    /// True when the enhanced code's class agrees with the reply code's (RFC 2034, section 4),
    /// or there is no enhanced code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// assert!(Reply::parse("452 4.2.2 Mailbox full")?.classes_agree());
    /// assert!(!Reply::parse("550 4.2.2 Mailbox full")?.classes_agree());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn classes_agree(&self) -> bool {
        match self.enhanced {
            Some(enhanced) => enhanced.agrees_with(self.code),
            None => true,
        }
    }
}

class_predicates!(Reply<'_>, "smtp_codes::Reply::parse(\"", " x\").unwrap()");

/// Equal when code, enhanced code and lines are equal.
///
/// # Examples
///
/// ```
/// use smtp_codes::Reply;
///
/// assert_eq!(Reply::parse("250-a\n250 b\n")?, Reply::parse("250-a\r\n250 b\r\n")?);
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl PartialEq for Reply<'_> {
    fn eq(&self, other: &Reply<'_>) -> bool {
        self.code == other.code && self.enhanced == other.enhanced && self.lines().eq(other.lines())
    }
}

impl Eq for Reply<'_> {}

/// Writes the reply as a server sends it: each line with its code, `-` or a space, the enhanced
/// code (on every line, when the reply carries one after its code; qmail's "(#5.7.1)" stays in
/// the text where it was), the text, and CRLF. The output parses back to an equal reply.
///
/// # Examples
///
/// ```
/// use smtp_codes::Reply;
///
/// let reply = Reply::parse("250-first\n250 2.0.0 second")?;
/// assert_eq!(reply.to_string(), "250-2.0.0 first\r\n250 2.0.0 second\r\n");
/// assert_eq!(Reply::parse(&reply.to_string())?, reply);
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for Reply<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let count = self.line_count();
        for (index, text) in self.lines().enumerate() {
            let separator = if index + 1 == count { ' ' } else { '-' };
            write!(f, "{}{separator}", self.code)?;
            match self.enhanced {
                Some(enhanced) if self.position == EnhancedPosition::Leading => {
                    write!(f, "{enhanced}")?;
                    if !text.is_empty() {
                        write!(f, " {text}")?;
                    }
                }
                _ => f.write_str(text)?,
            }
            f.write_str("\r\n")?;
        }
        Ok(())
    }
}

/// The text of each line of a [`Reply`]; made by [`Reply::lines`].
///
/// `Display` writes the lines still to come as one paragraph: each trimmed, empty ones left
/// out, joined by single spaces (the server's words as an explanation quotes them).
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("250-a\r\n250 b")?;
/// let mut lines = reply.lines();
/// assert_eq!(lines.next(), Some("a"));
/// assert_eq!(lines.next(), Some("b"));
/// assert_eq!(lines.next(), None);
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Debug)]
pub struct Lines<'a> {
    lines: PhysicalLines<'a>,
    /// Lines not yet yielded: the last one is the rest of the text, found without a search.
    remaining: usize,
    /// The enhanced code to strip from the start of each line: the reply's, when it carries one
    /// after its code.
    enhanced: Option<EnhancedStatusCode>,
    code: ReplyCode,
    layout: Layout,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        // The first line starts at the code, in every layout.
        let first = self.lines.offset == 0;
        let line = match self.remaining {
            0 => return None,
            1 => self.lines.rest(),
            _ if self.layout == Layout::Flattened => self.lines.next_flattened()?,
            _ => self.lines.next()?.0,
        };
        self.remaining -= 1;
        let line = match self.layout {
            Layout::Prefixed(len) if !first => line.get(usize::from(len)..).unwrap_or(""),
            _ => line,
        };
        if let Some(head) = self.layout.text_head() {
            // lettre keeps an enhanced code that its lines repeated once, at the start of its text.
            let text = line.get(head..).unwrap_or("");
            return Some(match leading_enhanced(text) {
                Some((found, len)) if Some(found) == self.enhanced => text.get(len + 1..).unwrap_or(""),
                _ => text,
            });
        }
        if self.layout == Layout::Wire {
            // A checked reply: every line is the code, a separator, maybe the enhanced code,
            // which can only be the reply's own.
            let text = line.get(4..).unwrap_or("");
            if self.enhanced.is_some() {
                if let Some((found, len)) = leading_enhanced(text) {
                    if Some(found) == self.enhanced {
                        return Some(text.get(len + 1..).unwrap_or(""));
                    }
                }
            }
            return Some(text);
        }
        Some(lenient_text(line, self.code, self.enhanced))
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.remaining, Some(self.remaining))
    }
}

impl ExactSizeIterator for Lines<'_> {}

/// Writes the lines still to come as one paragraph: each trimmed, empty ones left out, joined by
/// single spaces.
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("550-5.1.1 No such \r\n550-5.1.1\r\n550 5.1.1  user")?;
/// assert_eq!(reply.lines().to_string(), "No such user");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for Lines<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for line in self.clone().map(str::trim).filter(|line| !line.is_empty()) {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(line)?;
            first = false;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Replies close to well-formed, where the common-shape reader says yes or bails out late:
    /// one code for most lines, enhanced codes that mostly agree, odd endings now and then.
    fn nearly_well_formed() -> impl Strategy<Value = String> {
        let code = prop_oneof![4 => Just("250"), 4 => Just("550"), 1 => Just("471"), 1 => Just("451"), 1 => Just("260"), 1 => Just("25")];
        let separator = prop_oneof![3 => Just("-"), 2 => Just(" "), 1 => Just(""), 1 => Just("x")];
        let enhanced =
            prop_oneof![Just(""), Just("5.1.1 "), Just("5.1.1"), Just("5.1.10 "), Just("2.0.0 "), Just("5.01.1 ")];
        let text = "|ok| spaced \\(#5\\.7\\.1\\)|[ -~\u{e9}]{0,20}";
        let ending =
            prop_oneof![4 => Just("\r\n"), 2 => Just("\n"), 1 => Just(""), 1 => Just("\r"), 1 => Just("\r\r\n")];
        let line = (code, separator, enhanced, text, ending).prop_map(|(c, s, e, t, n)| format!("{c}{s}{e}{t}{n}"));
        prop::collection::vec(line, 1..5).prop_map(|lines| lines.concat())
    }

    /// The word-at-a-time search against a plain one, for every length that takes a different
    /// path (loop, overlapping tail, short tail) and every place of the first line feed.
    #[test]
    fn find_newline_finds_the_first_line_feed() {
        for len in 0..70 {
            for first in (0..len).map(Some).chain([None]) {
                // Bytes one away from a line feed, to catch a borrow leaking into the next byte.
                let mut bytes: Vec<u8> = (0..len).map(|i| if i % 3 == 0 { 0x0B } else { 0x09 }).collect();
                if let Some(first) = first {
                    bytes[first] = b'\n';
                    if first + 2 < len {
                        bytes[first + 2] = b'\n';
                    }
                }
                let expected = bytes.iter().position(|&b| b == b'\n');
                assert_eq!(find_newline(&bytes), expected, "length {len}, line feed at {first:?}");
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// Where the common-shape reader gives a reply, it is exactly the careful reader's, for
        /// both `parse` and `parse_next`.
        #[test]
        fn the_common_reader_agrees_with_the_careful_one(input in nearly_well_formed()) {
            if let Some(common) = Reply::read_common(&input) {
                for streaming in [false, true] {
                    // Debug shows every field, the private ones too.
                    let careful = Reply::read_careful(&input, streaming).ok();
                    prop_assert_eq!(format!("{:?}", Some(common)), format!("{careful:?}"), "{:?}", input);
                }
            }
        }
    }
}
