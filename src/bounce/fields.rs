//! Header syntax read in place: the fields of one block. A DSN body (RFC 3464), a feedback report (RFC 5965), a `text/rfc822-headers` part and
//! the head of a message are all this shape.

use std::borrow::Cow;

use crate::bounce::scan;

/// The fields of one header block: each field's name and its value, with folded lines kept as
/// they are (so a folded `Diagnostic-Code` still reads as the folded reply it is). Stops at the
/// first blank line or at a line that is neither a field nor a continuation.
#[derive(Clone, Debug)]
pub(crate) struct Fields<'t> {
    text: &'t str,
    offset: usize,
}

impl<'t> Fields<'t> {
    pub(crate) const fn new(text: &'t str) -> Fields<'t> {
        Fields { text, offset: 0 }
    }
}

/// The line at `offset` of `text` without its ending, and the offset just past its ending.
pub(crate) fn line_at(text: &str, offset: usize) -> Option<(&str, usize)> {
    let rest = text.get(offset..).filter(|rest| !rest.is_empty())?;
    let (line, consumed) = match scan::newline(rest.as_bytes()) {
        Some(end) => (&rest[..end], end + 1),
        None => (rest, rest.len()),
    };
    Some((line.strip_suffix('\r').unwrap_or(line), offset + consumed))
}

/// True for a line that holds nothing but blanks.
pub(crate) fn is_blank(line: &str) -> bool {
    line.bytes().all(|b| b == b' ' || b == b'\t' || b == b'\r')
}

/// A field's name: printable ASCII other than the colon, at least one byte, up to the colon.
fn field_name(line: &str) -> Option<(&str, &str)> {
    let colon = line.find(':')?;
    let name = &line[..colon];
    let valid = !name.is_empty() && name.len() <= 76 && name.bytes().all(|b| b.is_ascii_graphic() && b != b':');
    valid.then(|| (name, &line[colon + 1..]))
}

impl<'t> Iterator for Fields<'t> {
    type Item = (&'t str, &'t str);

    fn next(&mut self) -> Option<(&'t str, &'t str)> {
        loop {
            let (line, next) = line_at(self.text, self.offset)?;
            if is_blank(line) {
                self.offset = next;
                return None;
            }
            let Some((name, _)) = field_name(line) else {
                // Neither a field nor a continuation: the block ends here (a continuation line
                // with no field before it is skipped).
                if line.starts_with([' ', '\t']) {
                    self.offset = next;
                    continue;
                }
                return None;
            };
            let value_start = self.offset + name.len() + 1;
            let mut end = next;
            let mut value_end = self.offset + line.len();
            while let Some((line, after)) = line_at(self.text, end) {
                if !line.starts_with([' ', '\t']) || is_blank(line) {
                    break;
                }
                value_end = end + line.len();
                end = after;
            }
            self.offset = end;
            let value = self.text.get(value_start..value_end).unwrap_or("").trim();
            return Some((name, value));
        }
    }
}

/// Calls `each` with the name and value of every field of a header block whose first byte
/// `first` and whose name `wanted` accept, in one pass; the other fields, and their continuation lines, are skipped without
/// cutting out their values. A head of long `Received` and `DKIM-Signature` fields costs a byte
/// search per line.
pub(crate) fn select<'t>(
    block: &'t str,
    first: impl Fn(u8) -> bool,
    wanted: impl Fn(&str) -> bool,
    mut each: impl FnMut(&'t str, &'t str),
) {
    let bytes = block.as_bytes();
    let line_end = |from: usize| scan::newline(&bytes[from..]).map_or(bytes.len(), |i| from + i);
    let mut offset = 0;
    while offset < bytes.len() {
        let end = line_end(offset);
        let next = end + 1;
        let line = &bytes[offset..end];
        match line.first() {
            None | Some(b'\r') => return,
            Some(&byte) if byte == b' ' || byte == b'\t' || !first(byte) => {
                offset = next;
                continue;
            }
            Some(_) => {}
        }
        let Some(colon) = memchr::memchr(b':', line) else {
            offset = next;
            continue;
        };
        let name = &block[offset..offset + colon];
        if !wanted(name) {
            offset = next;
            continue;
        }
        // The value, with its continuation lines.
        let mut value_end = end;
        let mut after = next;
        while after < bytes.len() && matches!(bytes[after], b' ' | b'\t') {
            let continuation_end = line_end(after);
            if bytes[after..continuation_end].iter().all(|&b| b.is_ascii_whitespace()) {
                break;
            }
            value_end = continuation_end;
            after = continuation_end + 1;
        }
        each(name, block.get(offset + colon + 1..value_end).unwrap_or("").trim());
        offset = after;
    }
}

/// The value of the first field called `name` (without case) in a header block.
pub(crate) fn field<'t>(block: &'t str, name: &str) -> Option<&'t str> {
    Fields::new(block).find(|(found, _)| found.eq_ignore_ascii_case(name)).map(|(_, value)| value)
}

/// A folded value as one line: runs of whitespace (line breaks included) become one space.
pub(crate) fn unfold(value: &str) -> String {
    let value = value.trim();
    if !value.contains(['\r', '\n', '\t', ' ']) {
        return String::from(value);
    }
    let mut out = String::with_capacity(value.len());
    for word in value.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A folded value as one line, as RFC 5322 section 2.2.3 unfolds it, where [`unfold`] would
/// also squeeze the spaces the sender wrote: each line break, with the blanks around it, becomes
/// one space, and the rest is kept as written. Borrowed when the value is one line.
pub(crate) fn unfold_lines(value: &str) -> Cow<'_, str> {
    let value = value.trim();
    if !value.contains('\n') {
        return Cow::Borrowed(value);
    }
    let mut out = String::with_capacity(value.len());
    for line in value.lines() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(line);
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fields_keep_folded_values_and_stop_at_a_blank_line() {
        let text = "Final-Recipient: rfc822; bob@example.net\r\nDiagnostic-Code: smtp; 550-5.1.1 a\r\n    550 5.1.1 b\r\n\r\nAction: failed\r\n";
        let mut fields = Fields::new(text);
        assert_eq!(fields.next(), Some(("Final-Recipient", "rfc822; bob@example.net")));
        assert_eq!(fields.next(), Some(("Diagnostic-Code", "smtp; 550-5.1.1 a\r\n    550 5.1.1 b")));
        assert_eq!(fields.next(), None);
        assert_eq!(field(text, "final-recipient"), Some("rfc822; bob@example.net"));
        assert_eq!(unfold("a\r\n   b  c"), "a b c");
        assert_eq!(unfold_lines(" a \r\n   b  c\n\td\r\n\r\n e"), "a b  c d e");
    }
}
