//! [`Reply::find`]: the lenient reader that digs a reply out of bounces, DSN fields and logs.
//!
//! It looks at every run of exactly three digits once, keeps those that could be a reply code
//! (right digits, right neighbours), scores each by the evidence around it, and reads the reply
//! at the best one. The work is linear in the text and allocates nothing.

use crate::reply::{PhysicalLines, leading_enhanced_at};
use crate::{Reply, ReplyCode};

/// Text that, just before a code, says a server's reply follows. Compared without case, after
/// the spaces between it and the code.
const STRONG_MARKERS: &[&[u8]] = &[
    b"said:",
    b"smtp;",
    b"returned '",
    b"returned \"",
    b"reply=",
    b"reply:",
    b"response:",
    b"response was:",
    b"server was:",
    b"server said:",
    b"diagnostic-code:",
    b"failed:",
    b"exception:",
    b"stat=",
];

/// Protocol-log prefixes that, alone before a code on its line, mark a server's line.
const LINE_PREFIXES: &[&[u8]] = &[b"s:", b"<--", b"<-", b"<<<", b"<<", b"server:", b"server -> client:"];

/// How far before a code to look for a marker.
const MARKER_LOOKBACK: usize = 48;

/// How far past a continuation line's code (`550-...`) to look for the reply's next line.
const CONTINUATION_WINDOW: usize = 512;

/// How many bytes all continuation searches of one `find` may read together.
const CONTINUATION_BUDGET: usize = 64 * 1024;

struct Candidate {
    start: usize,
    score: u8,
    /// A strong marker introduced it ("said:", "smtp;"): indented lines that follow are the
    /// reply's text folded by the reporting software.
    folds: bool,
    /// The quote the reply stands in, if any: it ends at the closing one.
    quote: Option<u8>,
}

/// Byte classes for the scan.
const DIGIT: u8 = 1;
/// May stand right before a code: whitespace and a few punctuation marks.
const BEFORE: u8 = 2;
/// A space or a tab: does not end a line's indentation.
const BLANK: u8 = 4;

const CLASSES: [u8; 256] = {
    let mut classes = [0u8; 256];
    let mut digit = b'0';
    while digit <= b'9' {
        classes[digit as usize] = DIGIT;
        digit += 1;
    }
    let before = b" \t\r\n\x0b\x0c;'\"(=<>*#";
    let mut i = 0;
    while i < before.len() {
        classes[before[i] as usize] |= BEFORE;
        i += 1;
    }
    classes[b' ' as usize] |= BLANK;
    classes[b'\t' as usize] |= BLANK;
    classes[b'\r' as usize] |= BLANK;
    classes
};

pub(crate) fn find(text: &str) -> Option<Reply<'_>> {
    let bytes = text.as_bytes();
    let mut best: Option<Candidate> = None;
    // Kept as the scan goes, so that no candidate looks back further than MARKER_LOOKBACK.
    let mut line_start = 0;
    let mut only_blanks_so_far = true;
    let mut position = 0;
    // How many bytes the search for continuation lines may read in all.
    let mut budget = CONTINUATION_BUDGET;
    while position < bytes.len() {
        // Once a line has text, only digits and line ends matter: go straight to the next one,
        // eight bytes at a time.
        if !only_blanks_so_far {
            position = next_digit_or_newline(bytes, position);
            if position >= bytes.len() {
                break;
            }
        }
        let byte = bytes[position];
        let class = CLASSES[byte as usize];
        if class & DIGIT != 0 {
            let start = position;
            let end = (start + 4).min(bytes.len());
            let run = bytes[start..end].iter().take_while(|b| b.is_ascii_digit()).count();
            let after_separator = start == 0 || CLASSES[bytes[start - 1] as usize] & BEFORE != 0;
            if run == 3 && after_separator {
                if let Some(candidate) = judge(bytes, start, line_start, only_blanks_so_far, &mut budget) {
                    if best.as_ref().is_none_or(|best| candidate.score > best.score) {
                        best = Some(candidate);
                    }
                }
            }
            only_blanks_so_far = false;
            // Skip the rest of the run: its later digits start nothing.
            position += run;
            while position < bytes.len() && bytes[position].is_ascii_digit() {
                position += 1;
            }
            continue;
        }
        if byte == b'\n' {
            line_start = position + 1;
            only_blanks_so_far = true;
        } else if class & BLANK == 0 {
            only_blanks_so_far = false;
        }
        position += 1;
    }
    best.map(|candidate| read_at(text, candidate))
}

/// The offset of the first ASCII digit or line feed at or after `from`, or the length.
fn next_digit_or_newline(bytes: &[u8], mut from: usize) -> usize {
    while let Some(chunk) = bytes.get(from..from + 8) {
        let word = u64::from_le_bytes([chunk[0], chunk[1], chunk[2], chunk[3], chunk[4], chunk[5], chunk[6], chunk[7]]);
        let mask = digit_or_newline_mask(word);
        if mask != 0 {
            // The lowest flag is exact (a false line-feed flag can only sit above a true one).
            return from + (mask.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    bytes[from..].iter().position(|&b| b.is_ascii_digit() || b == b'\n').map_or(bytes.len(), |i| from + i)
}

/// The high bit of each byte of `word` that is an ASCII digit or a line feed (exact for the
/// lowest such byte).
const fn digit_or_newline_mask(word: u64) -> u64 {
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const ONES: u64 = 0x0101_0101_0101_0101;
    let ascii = !word & HIGH;
    let low = word & LOW;
    // Per byte, no carries: the high bit says "at least '0'" and "above '9'".
    let at_least_zero = (low + 0x50 * ONES) & HIGH;
    let above_nine = (low + 0x46 * ONES) & HIGH;
    let digit = at_least_zero & !above_nine & ascii;
    let newline = word ^ (0x0A * ONES);
    let has_newline = newline.wrapping_sub(ONES) & !newline & HIGH;
    digit | has_newline
}

/// Scores the three digits at `start`, or rejects them.
fn judge(bytes: &[u8], start: usize, line_start: usize, at_line_start: bool, budget: &mut usize) -> Option<Candidate> {
    let after = bytes.get(start + 3).copied();
    if !matches!(after, None | Some(b'\r' | b'\n' | b' ' | b'-')) {
        return None;
    }
    let code = ReplyCode::from_wire(&bytes[start..start + 3]).ok()?;
    let enhanced = match after {
        None | Some(b'\r' | b'\n') => None,
        Some(b' ' | b'-') => leading_enhanced_at(bytes, start + 4).map(|(code, _)| code),
        _ => return None,
    };
    // "555-123-4567": a hyphen must lead to an enhanced code or to text.
    if after == Some(b'-') && enhanced.is_none() {
        let next = bytes.get(start + 4).copied();
        if next.is_none_or(|byte| byte.is_ascii_digit()) {
            return None;
        }
    }

    let mut score = 0;
    if let Some(enhanced) = enhanced {
        score += if enhanced.agrees_with(code) { 4 } else { 2 };
    }
    if at_line_start {
        score += 2;
    }
    let from = line_start.max(start.saturating_sub(MARKER_LOOKBACK));
    let (marker, folds, quote) = marker_before(&bytes[from..start], from == line_start);
    score += marker;
    if score < 2 && after == Some(b'-') && continues(bytes, start, budget) {
        score += 2;
    }
    (score >= 2).then_some(Candidate { start, score, folds, quote })
}

/// The evidence in the text before a code on its line: a score, whether the reply may be folded
/// onto indented lines, and the quote it stands in.
///
/// `whole_line` says whether `before` reaches back to the start of the line.
fn marker_before(before: &[u8], whole_line: bool) -> (u8, bool, Option<u8>) {
    let trimmed = trim_end_spaces(before);
    let quote = match trimmed.last() {
        Some(&quote @ (b'\'' | b'"')) => Some(quote),
        // A double quote opened earlier on the line and not closed: a JSON or CSV field.
        _ if before.iter().filter(|&&b| b == b'"').count() % 2 == 1 => Some(b'"'),
        _ => None,
    };
    let line_prefix = trimmed.iter().position(|b| !b.is_ascii_whitespace()).map_or(&[][..], |i| &trimmed[i..]);
    if whole_line && LINE_PREFIXES.iter().any(|prefix| line_prefix.eq_ignore_ascii_case(prefix)) {
        return (3, false, quote);
    }
    if STRONG_MARKERS.iter().any(|marker| ends_with_ignore_case(trimmed, marker)) {
        return (3, true, quote);
    }
    match trimmed.last() {
        // "...RCPT TO:<bob@example.net>: 550 ..." (Exim), "(250 2.0.0 Ok ...)" (Postfix).
        Some(b':' | b'(' | b'\'' | b'"' | b';') => (1, false, quote),
        _ => (0, false, quote),
    }
}

/// True when the same code appears again soon after, as the next line of a multi-line reply:
/// on a new line, flattened onto the same one after a space, or after a literal `\n` that a log
/// wrote in place of the line break. Each call spends its window from `budget`, so a text made of
/// nothing but such candidates still costs linear time with a small constant.
fn continues(bytes: &[u8], start: usize, budget: &mut usize) -> bool {
    let digits = &bytes[start..start + 3];
    let from = start + 4;
    let to = bytes.len().min(from + CONTINUATION_WINDOW).min(from + *budget);
    *budget = budget.saturating_sub(to.saturating_sub(from));
    (from..to.saturating_sub(2)).any(|at| {
        let starts_line = bytes[at - 1].is_ascii_whitespace() || (bytes[at - 1] == b'n' && bytes[at - 2] == b'\\');
        starts_line
            && &bytes[at..at + 3] == digits
            && matches!(bytes.get(at + 3), None | Some(b' ' | b'-' | b'\r' | b'\n'))
    })
}

fn trim_end_spaces(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().rposition(|b| *b != b' ' && *b != b'\t').map_or(0, |i| i + 1);
    &bytes[..end]
}

fn ends_with_ignore_case(text: &[u8], suffix: &[u8]) -> bool {
    text.len() >= suffix.len() && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Reads the reply that starts at a chosen candidate.
fn read_at(text: &str, candidate: Candidate) -> Reply<'_> {
    let from = &text[candidate.start..];
    let digits = &from.as_bytes()[..3];
    let code = ReplyCode::from_wire(digits).unwrap_or(ReplyCode::new(0));
    let mut lines = PhysicalLines::new(from);
    let (first, _, _) = lines.next().unwrap_or(("", 0, 0));
    let mut end = first.len();
    let mut previous_end = 0;
    let mut last_line = first;
    let mut count = 1;
    let mut more = first.as_bytes().get(3) == Some(&b'-');
    for (line, start, _) in lines {
        let trimmed = line.trim_start();
        let folded = trimmed.len() < line.len() && !trimmed.is_empty();
        if more && trimmed.as_bytes().starts_with(digits) {
            let separator = trimmed.as_bytes().get(3).copied();
            if !matches!(separator, None | Some(b' ' | b'-')) {
                break;
            }
            more = separator == Some(b'-');
        } else if !(candidate.folds && folded) {
            break;
        }
        previous_end = end;
        end = start + line.len();
        last_line = line;
        count += 1;
    }

    // Cut what the reporting software wrapped around the reply.
    let last_start = end - last_line.len();
    let mut cut = last_line.len();
    let text_from = if last_start == 0 { 3 } else { 0 };
    if let Some(index) = find_in_reply_to(last_line) {
        cut = index;
    } else if let Some(quote) = candidate.quote {
        let after = &last_line[text_from.min(last_line.len())..];
        // A double quote closes a field at its first occurrence; a single quote is also an
        // apostrophe ("doesn't"), so the last one closes.
        let index = if quote == b'"' { after.find('"') } else { after.rfind('\'') };
        if let Some(index) = index {
            cut = text_from + index;
        }
    }
    let mut raw = from[..last_start + cut].trim_end();
    // A cut that leaves the last line empty removes it.
    if count > 1 && raw.len() <= last_start {
        raw = from[..previous_end].trim_end();
        count -= 1;
    }
    let last_line = raw[raw.rfind('\n').map_or(0, |i| i + 1)..].trim_start();
    // As `Reply::parse` does: the first line that carries an enhanced code after its code.
    let enhanced = PhysicalLines::new(raw).find_map(|(line, _, _)| {
        let line = line.trim_start();
        let has_code = line.as_bytes().starts_with(digits);
        let (code, len) = leading_enhanced_at(line.as_bytes(), 4).filter(|_| has_code)?;
        Some((code, &line[4..4 + len]))
    });
    let last_text = if last_line.as_bytes().starts_with(digits) { last_line.get(4..).unwrap_or("") } else { last_line };
    Reply::assemble(code, enhanced, raw, last_text, true, count)
}

/// Where Postfix's " (in reply to ... command)" starts in a line.
fn find_in_reply_to(line: &str) -> Option<usize> {
    const MARK: &[u8] = b" (in reply to ";
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes.get(from..)?.iter().position(|&b| b == b'(') {
        let at = from + offset;
        if at > 0 && bytes[at - 1..].starts_with(MARK) {
            return Some(at - 1);
        }
        from = at + 1;
    }
    None
}

impl<'a> Reply<'a> {
    /// Finds a server reply inside text that is not a clean reply: a DSN `Diagnostic-Code:`
    /// field (`smtp; 550 5.1.1 ...`, also folded onto several lines), an MTA log line
    /// (`... said: 550 5.1.1 <bob@example.net>: User unknown (in reply to RCPT TO command)`), or a
    /// bounce message's body.
    ///
    /// It looks at every run of exactly three digits and keeps only those that could be a reply
    /// code where they stand: not part of an IP address, a date, a time, a version number, a port,
    /// a queue id or a URL, and followed by a space, a hyphen or the end of the line. It then
    /// weighs the evidence: an enhanced status code right after the number, text such as "said:"
    /// or "smtp;" before it, or the number starting a line. The best-supported candidate wins;
    /// without enough evidence, the answer is `None`.
    ///
    /// The reply's text stops where the log's own words start again (" (in reply to ...") or at
    /// a closing quote. The work is linear in the text, and nothing is allocated.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let log = "Nov 22 10:15:01 mx1 postfix/smtp[12345]: 3F2A81C0123: to=<bob@example.net>, \
    ///            relay=mx.example.net[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced \
    ///            (host mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: Recipient \
    ///            address rejected: User unknown (in reply to RCPT TO command))";
    /// let reply = Reply::find(log).unwrap();
    /// assert_eq!(reply.code(), 550);
    /// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
    /// assert_eq!(reply.text(), "<bob@example.net>: Recipient address rejected: User unknown");
    ///
    /// assert!(Reply::find("Connected to 192.0.2.250 port 587 at 2026-11-22 10:15:01").is_none());
    /// ```
    pub fn find(text: &'a str) -> Option<Reply<'a>> {
        find(text)
    }
}
