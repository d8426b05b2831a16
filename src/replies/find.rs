//! [`Reply::find`]: the lenient reader that digs a reply out of bounces, DSN fields and logs.
//!
//! It looks at every run of exactly three digits once, keeps those that could be a reply code
//! (right digits, right neighbours), scores each by the evidence around it, and reads the reply
//! at the best one; a candidate with the highest score there is ends the search, since no later
//! one can beat it. The work is linear in the text and allocates nothing.

use crate::codes::reader;
use crate::helpers::words::{byte_flags, digit_flags, exact_byte_flags, find_byte, first_flagged, rfind_byte, word};
use crate::replies::reply::{
    COLON_HEAD, LETTRE_HEAD, Layout, PhysicalLines, flattened_line_start, leading_enhanced, leading_enhanced_at,
};
use crate::{EnhancedStatusCode, Reply, ReplyCode};

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

/// Protocol-log prefixes that, alone before a code on its line, mark a server's line. swaks
/// writes "<-", "<~" under TLS, and "<**" or "<~*" for a reply it did not expect.
const LINE_PREFIXES: &[&[u8]] =
    &[b"s:", b"<--", b"<-", b"<~", b"<**", b"<~*", b"<<<", b"<<", b"server:", b"server -> client:"];

/// Punctuation that often comes just before a reply, and is weak evidence of one: "...RCPT
/// TO:<bob@example.net>: 550 ..." (Exim), "(250 2.0.0 Ok ...)" (Postfix), a quote, a ";", a
/// bracket ("[550 5.1.1 User unknown]").
const WEAK_MARKERS: &[u8] = b":(';\"[";

/// The bytes that some marker, line prefix or weak marker ends with, from those tables: most
/// text before a number ends otherwise, and needs no comparisons.
const MAY_END_MARKER: [bool; 256] = {
    let mut ends = [false; 256];
    let mut i = 0;
    while i < WEAK_MARKERS.len() {
        ends[WEAK_MARKERS[i] as usize] = true;
        i += 1;
    }
    let tables = [STRONG_MARKERS, LINE_PREFIXES];
    let mut t = 0;
    while t < tables.len() {
        let mut i = 0;
        while i < tables[t].len() {
            if let [.., last] = tables[t][i] {
                ends[*last as usize] = true;
            }
            i += 1;
        }
        t += 1;
    }
    ends
};

/// How far before a code to look for a marker.
const MARKER_LOOKBACK: usize = 48;

/// Words that, earlier on the line, make a colon before a code a marker ("SMTP error from remote
/// mail server after RCPT TO:<bob@example.net>: 550 Unroutable address", "refused to talk to
/// me: 421 ..."): a reply without an enhanced code has no other evidence there.
const COLON_CONTEXT: &[&[u8]] =
    &[b"error", b"refused", b"rejected", b"failed", b"said", b"talk to me", b"rcpt to", b"mail from"];

/// How far before a colon to look for those words.
const COLON_CONTEXT_LOOKBACK: usize = 256;

/// How far past a continuation line's code (`550-...`) to look for the reply's next line.
const CONTINUATION_WINDOW: usize = 512;

/// How many bytes all continuation searches of one `find` may read together.
const CONTINUATION_BUDGET: usize = 64 * 1024;

/// What each piece of evidence adds to a candidate's score.
mod evidence {
    /// An enhanced status code after the number, of the same class.
    pub(super) const AGREEING_ENHANCED: u8 = 4;
    /// An enhanced status code after the number, of another class.
    pub(super) const ENHANCED: u8 = 2;
    /// A colon before the number, and words earlier on the line that say an error is reported.
    pub(super) const COLON_CONTEXT: u8 = 1;
    /// The number is first on its line.
    pub(super) const LINE_START: u8 = 2;
    /// A marker such as "said:" or a protocol-log prefix just before the number.
    pub(super) const STRONG_MARKER: u8 = 3;
    /// Punctuation that often comes before a reply: ":", "(", a quote.
    pub(super) const WEAK_MARKER: u8 = 1;
    /// The same number starts the next line, as in a multi-line reply.
    pub(super) const CONTINUES: u8 = 2;
    /// What a candidate needs to be found at all.
    pub(super) const ENOUGH: u8 = 2;
    /// The highest score there is: an agreeing enhanced code and a strong marker. A number first
    /// on its line has no marker before it, so it scores at most `AGREEING_ENHANCED +
    /// LINE_START`, which is less. Since a later candidate must score more to win, the search
    /// ends at a candidate with this score.
    pub(super) const HIGHEST: u8 = AGREEING_ENHANCED + STRONG_MARKER;
}

#[derive(Clone, Copy)]
struct Candidate {
    start: usize,
    /// Where its line starts.
    line_start: usize,
    score: u8,
    /// A strong marker introduced it ("said:", "smtp;"): indented lines that follow are the
    /// reply's text folded by the reporting software.
    folds: bool,
    /// The quote the reply stands in, if any: it ends at the closing one.
    quote: Option<u8>,
    /// The length of the protocol-log prefix before it on its line ("S: ", "<-- "), or zero:
    /// the reply's later lines carry the same prefix.
    prefix: usize,
    /// It stands in a lettre error's text, "permanent error (550): 5.1.1 ...".
    lettre: bool,
    /// A colon follows it, then the enhanced code: "550: 5.2.2 ...".
    colon: bool,
    /// A strong marker or a line prefix stands before it: the reply starts here, not earlier
    /// on the line.
    marked: bool,
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
    let before = b" \t\r\n\x0b\x0c;'\"(=<>*#[";
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

/// The best candidate so far, and what the search may still spend.
struct Search<'a> {
    bytes: &'a [u8],
    best: Option<Candidate>,
    /// How many bytes the search for continuation lines may read in all.
    budget: usize,
}

impl Search<'_> {
    /// Judges the three digits at `start`, keeps them if they beat the best so far, and says
    /// whether the search is over: a candidate has the highest score. Out of line, so the scan
    /// that calls it keeps its registers.
    #[inline(never)]
    fn consider(&mut self, start: usize, line_start: usize, at_line_start: bool) -> bool {
        if let Some(candidate) = judge(self.bytes, start, line_start, at_line_start, &mut self.budget) {
            if self.best.as_ref().is_none_or(|best| candidate.score > best.score) {
                self.best = Some(candidate);
            }
        }
        self.best.as_ref().is_some_and(|best| best.score == evidence::HIGHEST)
    }
}

pub(crate) fn find(text: &str) -> Option<Reply<'_>> {
    let (mut chosen, mut budget) = best_candidate(text.as_bytes());
    // The best evidence may sit on a later line of the reply ("said: 550-a\n550 5.1.1 b"): start
    // at its first line.
    for _ in 0..MAX_LINES_BACK {
        match earlier_line(text, chosen?, &mut budget) {
            Some(earlier) => chosen = Some(earlier),
            None => break,
        }
    }
    chosen.map(|candidate| read_at(text, candidate))
}

/// The candidate with the highest score, the first of equals, and what is left of the budget
/// for continuation searches.
fn best_candidate(bytes: &[u8]) -> (Option<Candidate>, usize) {
    let mut search = Search { bytes, best: None, budget: CONTINUATION_BUDGET };
    let mut line_start = 0;
    let mut position = 0;
    while position < bytes.len() {
        // The start of a line, where a code counts for more: blanks, then the first other byte.
        while position < bytes.len() && CLASSES[usize::from(bytes[position])] & BLANK != 0 {
            position += 1;
        }
        match bytes.get(position) {
            None => break,
            Some(b'\n') => {
                position += 1;
                line_start = position;
                continue;
            }
            Some(byte) if byte.is_ascii_digit() => {
                if exactly_three_digits(bytes, position) && search.consider(position, line_start, true) {
                    break;
                }
                position += bytes[position..].iter().take_while(|b| b.is_ascii_digit()).count();
            }
            Some(_) => position += 1,
        }
        // The rest of the line, where only a run of digits after a separator can start a code.
        let end = scan_line(bytes, position, |start| {
            CLASSES[usize::from(bytes[start - 1])] & BEFORE != 0
                && exactly_three_digits(bytes, start)
                && search.consider(start, line_start, false)
        });
        let Some(end) = end else { break };
        position = end + 1;
        line_start = position;
    }
    (search.best, search.budget)
}

/// How many lines back from the chosen candidate `find` looks for the start of its reply.
const MAX_LINES_BACK: usize = 64;

/// An earlier line of `candidate`'s reply, if it has one: the same code followed by a hyphen,
/// after a separator, earlier on the same line (a flattened reply) or on the line before, from
/// where a reply read goes on to `candidate`.
fn earlier_line(text: &str, candidate: Candidate, budget: &mut usize) -> Option<Candidate> {
    let bytes = text.as_bytes();
    let digits = &bytes[candidate.start..candidate.start + 3];
    let opens_reply = |line: &[u8], at: usize| {
        &line[at..at + 3] == digits
            && line[at + 3] == b'-'
            && (at == 0 || CLASSES[usize::from(line[at - 1])] & BEFORE != 0)
    };
    // The nearest on the same line (unless a marker says the reply starts here), or else the
    // first on the line before.
    let same_line = if candidate.marked { &[][..] } else { &bytes[candidate.line_start..candidate.start] };
    let (line_start, at) = match (0..same_line.len().saturating_sub(3)).rev().find(|&at| opens_reply(same_line, at)) {
        Some(at) => (candidate.line_start, at),
        None => {
            let end = candidate.line_start.checked_sub(1)?;
            let previous_start = rfind_byte::<b'\n'>(&bytes[..end]).map_or(0, |i| i + 1);
            let previous = &bytes[previous_start..end];
            (previous_start, (0..previous.len().saturating_sub(3)).find(|&at| opens_reply(previous, at))?)
        }
    };
    let start = line_start + at;
    let at_line_start = bytes[line_start..start].iter().all(|&b| CLASSES[usize::from(b)] & BLANK != 0);
    let earlier = judge(bytes, start, line_start, at_line_start, budget)?;
    // Read from there, the reply must reach the candidate.
    (start + read_at(text, earlier).as_str().len() > candidate.start).then_some(earlier)
}

/// True when the digit at `start` begins a run of exactly three.
#[inline]
fn exactly_three_digits(bytes: &[u8], start: usize) -> bool {
    matches!(bytes.get(start..).unwrap_or_default(), [a, b, c, rest @ ..]
        if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit()
            && !rest.first().is_some_and(u8::is_ascii_digit))
}

/// Calls `run` with the offset of each run of digits that starts at or after `from` (which is not
/// inside a run), up to the line's end; returns the offset of the line feed, or the length, or
/// `None` as soon as `run` returns true.
///
/// Eight bytes at a time: a word's digits and line feeds are flagged at once, and each run start
/// is found from the flags without going back to the bytes.
#[inline]
fn scan_line(bytes: &[u8], mut from: usize, mut run: impl FnMut(usize) -> bool) -> Option<usize> {
    // The flag of the byte before the word, if that byte is a digit, moved to the word's first byte.
    let mut carry = 0;
    while let Some(chunk) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
        let word = word(chunk);
        let (digits, newlines) = (digit_flags(word), byte_flags::<b'\n'>(word));
        // Only the flags below the first line feed (the lowest line-feed flag is exact).
        let before_newline = (newlines & newlines.wrapping_neg()).wrapping_sub(1);
        let mut starts = digits & !((digits << 8) | carry) & before_newline;
        while starts != 0 {
            if run(from + first_flagged(starts)) {
                return None;
            }
            starts &= starts - 1;
        }
        if newlines != 0 {
            return Some(from + first_flagged(newlines));
        }
        carry = digits >> 56;
        from += 8;
    }
    let mut previous_digit = carry != 0;
    for (offset, &byte) in bytes.iter().enumerate().skip(from) {
        if byte == b'\n' {
            return Some(offset);
        }
        let digit = byte.is_ascii_digit();
        if digit && !previous_digit && run(offset) {
            return None;
        }
        previous_digit = digit;
    }
    Some(bytes.len())
}

/// Scores the three digits at `start`, or rejects them. Inlined into its two callers: in the
/// scan's out-of-line `Search::consider` it is hot, and a call there measured 10% of `find`.
#[inline(always)]
fn judge(bytes: &[u8], start: usize, line_start: usize, at_line_start: bool, budget: &mut usize) -> Option<Candidate> {
    let after = bytes.get(start + 3).copied();
    let lettre = after == Some(b')') && in_lettre_error(bytes, start);
    // "550: 5.2.2 ...": only with the enhanced code after the colon.
    let colon = after == Some(b':')
        && bytes.get(start + 4) == Some(&b' ')
        && leading_enhanced_at(bytes, start + COLON_HEAD).is_some();
    if !lettre && !colon && !matches!(after, None | Some(b'\r' | b'\n' | b' ' | b'-')) {
        return None;
    }
    let code = reader::read(&bytes[start..start + 3]).ok()?;
    let enhanced = match after {
        None | Some(b'\r' | b'\n') => None,
        Some(b' ' | b'-') => marked_enhanced_at(bytes, start + 4).map(|(code, _)| code),
        _ if lettre => leading_enhanced_at(bytes, start + LETTRE_HEAD).map(|(code, _)| code),
        _ if colon => leading_enhanced_at(bytes, start + COLON_HEAD).map(|(code, _)| code),
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
        score += if enhanced.agrees_with(code) { evidence::AGREEING_ENHANCED } else { evidence::ENHANCED };
    }
    if at_line_start {
        score += evidence::LINE_START;
    }
    let from = line_start.max(start.saturating_sub(MARKER_LOOKBACK));
    let (marker, folds, quote) = marker_before(&bytes[from..start], from == line_start);
    // lettre's words are as plain a marker as "said:".
    let marker = if lettre { evidence::STRONG_MARKER } else { marker };
    // Only a line prefix scores without leaving room for folds and reaching back to the line
    // start; it is the whole text before the code.
    let prefix = if marker == evidence::STRONG_MARKER && !folds { start - line_start } else { 0 };
    debug_assert!(marker == 0 || !at_line_start, "a number first on its line has nothing before it");
    score += marker;
    if score < evidence::ENOUGH && marker == evidence::WEAK_MARKER && colon_in_context(bytes, line_start, start) {
        score += evidence::COLON_CONTEXT;
    }
    if score < evidence::ENOUGH && after == Some(b'-') && continues(bytes, start, budget) {
        score += evidence::CONTINUES;
    }
    debug_assert!(score <= evidence::HIGHEST);
    (score >= evidence::ENOUGH).then_some(Candidate {
        start,
        line_start,
        score,
        folds,
        quote,
        prefix,
        lettre,
        colon,
        marked: marker == evidence::STRONG_MARKER,
    })
}

/// An enhanced code at `start`, as RFC 2034 writes it or behind a mark that some servers put
/// before it: "#5.1.0" ("550 #5.1.0 Address rejected"), "'5.7.1" ("550-'5.7.1 ...'").
#[inline]
fn marked_enhanced_at(bytes: &[u8], start: usize) -> Option<(EnhancedStatusCode, usize)> {
    match bytes.get(start) {
        Some(b'#' | b'\'' | b'"') => leading_enhanced_at(bytes, start + 1).map(|(code, len)| (code, len + 1)),
        _ => leading_enhanced_at(bytes, start),
    }
}

/// True when a colon stands right before the code at `start` and words earlier on the line say
/// an error is reported. Only read for a candidate that has too little evidence otherwise.
#[cold]
fn colon_in_context(bytes: &[u8], line_start: usize, start: usize) -> bool {
    let before = trim_end_spaces(&bytes[line_start..start]);
    if before.last() != Some(&b':') {
        return false;
    }
    let from = before.len().saturating_sub(COLON_CONTEXT_LOOKBACK);
    let window = &before[from..];
    COLON_CONTEXT.iter().any(|word| window.windows(word.len()).any(|w| w.eq_ignore_ascii_case(word)))
}

/// The evidence in the text before a code on its line: a score, whether the reply may be folded
/// onto indented lines, and the quote it stands in.
///
/// `whole_line` says whether `before` reaches back to the start of the line.
#[inline]
fn marker_before(before: &[u8], whole_line: bool) -> (u8, bool, Option<u8>) {
    let trimmed = trim_end_spaces(before);
    let last = trimmed.last().copied();
    let quote = match last {
        Some(quote @ (b'\'' | b'"' | b'[')) => Some(quote),
        // A double quote opened earlier on the line and not closed: a JSON or CSV field.
        _ if odd_quotes(before) => Some(b'"'),
        _ => None,
    };
    let Some(last) = last.filter(|&byte| MAY_END_MARKER[usize::from(byte)]) else { return (0, false, quote) };
    if whole_line {
        // A log may stamp each line with the time first: "2026-11-22 10:15:26 SERVER -> CLIENT:".
        let line_prefix = trimmed.iter().position(|b| !is_timestamp_byte(*b)).map_or(&[][..], |i| &trimmed[i..]);
        if LINE_PREFIXES.iter().any(|prefix| line_prefix.eq_ignore_ascii_case(prefix)) {
            return (evidence::STRONG_MARKER, false, quote);
        }
    }
    if STRONG_MARKERS.iter().any(|marker| marker.last() == Some(&last) && ends_with_ignore_case(trimmed, marker)) {
        return (evidence::STRONG_MARKER, true, quote);
    }
    (if WEAK_MARKERS.contains(&last) { evidence::WEAK_MARKER } else { 0 }, false, quote)
}

/// True when the code at `start` stands where lettre's `Error` writes it:
/// "permanent error (550): 5.1.1 ..." or "transient error (421)" with nothing after.
fn in_lettre_error(bytes: &[u8], start: usize) -> bool {
    const BEFORE_CODE: &[u8] = b"error (";
    let after = bytes.get(start + 3..).unwrap_or_default();
    ends_with_ignore_case(&bytes[..start], BEFORE_CODE)
        && (after.len() == 1 || after.starts_with(b"): ") || after.starts_with(b")\r") || after.starts_with(b")\n"))
}

/// True for the bytes of a numeric time stamp ("2026-11-22T10:15:26.214Z", "[22/11/2026
/// 10:15:26 +0000]"), and whitespace.
const fn is_timestamp_byte(byte: u8) -> bool {
    byte.is_ascii_digit()
        || byte.is_ascii_whitespace()
        || matches!(byte, b'-' | b':' | b'.' | b',' | b'+' | b'/' | b'T' | b'Z' | b'[' | b']')
}

/// `line` without its first `prefix.len()` bytes, if they are `prefix` up to digits: each later
/// line of a protocol log's reply starts with the first one's prefix, though a time stamp in it
/// may tick on.
fn strip_line_prefix<'a>(line: &'a str, prefix: &str) -> Option<&'a str> {
    let head = line.as_bytes().get(..prefix.len())?;
    let same = head.iter().zip(prefix.as_bytes()).all(|(a, b)| a == b || (a.is_ascii_digit() && b.is_ascii_digit()));
    same.then(|| line.get(prefix.len()..)).flatten()
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

/// True when `bytes` holds an odd number of double quotes; eight bytes at a time, keeping only
/// the parity (a fold of xors, where a popcount would be slow without the instruction).
fn odd_quotes(bytes: &[u8]) -> bool {
    let mut chunks = bytes.chunks_exact(8);
    let mut parity = 0;
    for chunk in &mut chunks {
        parity ^= exact_byte_flags::<b'"'>(chunk.first_chunk().map_or(0, word));
    }
    parity ^= parity >> 32;
    parity ^= parity >> 16;
    parity ^= parity >> 8;
    let words_odd = parity & 0x80 != 0;
    let rest_odd = chunks.remainder().iter().filter(|&&b| b == b'"').count() % 2 == 1;
    words_odd != rest_odd
}

fn trim_end_spaces(bytes: &[u8]) -> &[u8] {
    let end = bytes.iter().rposition(|b| *b != b' ' && *b != b'\t').map_or(0, |i| i + 1);
    &bytes[..end]
}

fn ends_with_ignore_case(text: &[u8], suffix: &[u8]) -> bool {
    text.len() >= suffix.len() && text[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// Reads the reply that starts at a chosen candidate.
fn read_at<'a>(text: &'a str, candidate: Candidate) -> Reply<'a> {
    let from = &text[candidate.start..];
    let digits = &from.as_bytes()[..3];
    let code = reader::read(digits).unwrap_or(ReplyCode::lookup(0));
    let mut lines = PhysicalLines::new(from);
    let (first, _, _) = lines.next().unwrap_or(("", 0, 0));
    let mut end = first.len();
    let mut previous_end = 0;
    let mut last_line = first;
    let mut count = 1;
    let mut more = first.as_bytes().get(3) == Some(&b'-');
    // "S: " or "<-- " before the code: each later line of the reply carries it too.
    let prefix = text.get(candidate.start - candidate.prefix..candidate.start).unwrap_or("");
    // lettre's and the colon's layouts are one line: their text starts at a fixed offset after
    // the code, and a line of theirs rendered with the next line's would not read back.
    let one_line = candidate.colon || candidate.lettre;
    for (line, start, _) in lines {
        if one_line {
            break;
        }
        let Some(body) = strip_line_prefix(line, prefix) else { break };
        let trimmed = body.trim_start();
        // A quoted-printable soft line break ("=" at the end) that was never decoded continues
        // the line.
        let soft_break = last_line.ends_with('=') && !trimmed.is_empty();
        let folded = (trimmed.len() < line.len() || soft_break) && !trimmed.is_empty();
        if more && trimmed.as_bytes().starts_with(digits) {
            let separator = trimmed.as_bytes().get(3).copied();
            if !matches!(separator, None | Some(b' ' | b'-')) {
                break;
            }
            more = separator == Some(b'-');
        } else if !((candidate.folds || soft_break) && folded) {
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
        // apostrophe ("doesn't"), so the last one closes; a bracket closes where the brackets
        // opened after it are closed.
        let index = match quote {
            b'"' => after.find('"'),
            b'[' => closing::<b'[', b']'>(after.as_bytes()),
            _ => after.rfind('\''),
        };
        if let Some(index) = index {
            cut = text_from + index;
        }
    }
    // A parenthesis opened before the code on its line and closed after it wraps the reply:
    // Postfix's "status=sent (250 2.0.0 Ok: queued as 4XyZ1b2C3d)".
    // Only where nothing was cut yet and the line ends in a parenthesis; the search for an open
    // one before the code is the costly part.
    let wrapped = !candidate.lettre && cut == last_line.len() && last_line.trim_end().ends_with(')');
    if wrapped && open_parentheses(&text.as_bytes()[candidate.line_start..candidate.start]) {
        let after = &last_line.as_bytes()[text_from.min(last_line.len())..];
        if let Some(index) = closing::<b'(', b')'>(after) {
            cut = cut.min(text_from + index);
        }
    }
    // Postfix smtpd's fields after the reply: "...: Relay access denied; from=<a@b> to=<c@d>".
    if let Some(index) = smtpd_fields(last_line) {
        cut = cut.min(index);
    }
    let mut raw = from[..last_start + cut].trim_end();
    // A cut that leaves the last line empty removes it.
    if count > 1 && raw.len() <= last_start {
        raw = from[..previous_end].trim_end();
        count -= 1;
    }
    // The enhanced code after the code on a line that starts with it.
    let after_code =
        |line: &'a str| marked_enhanced_at(line.as_bytes(), 4).map(|(code, len)| (code, &line[4..4 + len]));
    if candidate.colon {
        let enhanced = leading_enhanced_at(raw.as_bytes(), COLON_HEAD)
            .map(|(code, len)| (code, &raw[COLON_HEAD..COLON_HEAD + len]));
        return Reply::assemble(code, enhanced, raw, raw.get(COLON_HEAD..).unwrap_or(""), Layout::Colon, 1);
    }
    if candidate.lettre {
        let enhanced = leading_enhanced_at(raw.as_bytes(), LETTRE_HEAD)
            .map(|(code, len)| (code, &raw[LETTRE_HEAD..LETTRE_HEAD + len]));
        return Reply::assemble(code, enhanced, raw, raw.get(LETTRE_HEAD..).unwrap_or(""), Layout::Lettre, 1);
    }
    if count == 1 {
        // One line, the common case, needs no search for line ends; it starts with the code.
        let enhanced = after_code(raw);
        if raw.as_bytes().get(3) == Some(&b'-') {
            if let Some(reply) = read_flattened(raw, code, enhanced) {
                return reply;
            }
        }
        return Reply::assemble_one_line(code, enhanced, raw);
    }
    // As `Reply::parse` does: the first line that carries an enhanced code after its code; or
    // here, a folded line that starts with one ("smtp; 550\n    5.1.1 <bob@example.net>: ...").
    // Lines after the first lose their prefix first.
    let enhanced_of = |line: &'a str| {
        let line = line.trim_start();
        if line.as_bytes().starts_with(digits) {
            after_code(line)
        } else {
            leading_enhanced(line).map(|(code, len)| (code, &line[..len]))
        }
    };
    let (first, rest) = raw.split_once('\n').unwrap_or((raw, ""));
    let enhanced = enhanced_of(first).or_else(|| {
        PhysicalLines::new(rest).find_map(|(line, _, _)| enhanced_of(strip_line_prefix(line, prefix).unwrap_or(line)))
    });
    let last_line = &raw[raw.rfind('\n').map_or(0, |i| i + 1)..];
    let last_line = strip_line_prefix(last_line, prefix).unwrap_or(last_line).trim_start();
    let last_text = if last_line.as_bytes().starts_with(digits) { last_line.get(4..).unwrap_or("") } else { last_line };
    let layout = match u8::try_from(prefix.len()) {
        Ok(0) => Layout::Found,
        Ok(len) => Layout::Prefixed(len),
        // Longer than the marker lookback allows: cannot happen.
        Err(_) => Layout::Found,
    };
    Reply::assemble(code, enhanced, raw, last_text, layout, count)
}

/// A multi-line reply that a log joined onto one line with spaces, as Postfix logs Gmail's
/// replies: "550-5.1.1 The email account ... Please try 550-5.1.1 double-checking ... 550 5.1.1
/// https://support.google.com/...". Its first line ends in a hyphen (the caller checks), and each
/// later line starts with the code again after a space, and with the first line's enhanced code
/// if it has one.
#[inline(never)]
fn read_flattened<'a>(
    raw: &'a str,
    code: ReplyCode,
    enhanced: Option<(EnhancedStatusCode, &'a str)>,
) -> Option<Reply<'a>> {
    let (digits, leading) = (raw.get(..3)?, enhanced.map(|(code, _)| code));
    let (mut count, mut last) = (1, 0);
    // As `Reply::parse` does, the reply's enhanced code is the first a line carries; the first
    // line's alone decides where lines start.
    let mut enhanced = enhanced;
    while let Some(next) = flattened_line_start(&raw[last..], digits, leading) {
        last += next;
        count += 1;
        if enhanced.is_none() {
            enhanced =
                leading_enhanced_at(raw.as_bytes(), last + 4).map(|(code, len)| (code, &raw[last + 4..last + 4 + len]));
        }
    }
    let last_text = raw.get(last + 4..).unwrap_or("");
    (count > 1).then(|| Reply::assemble(code, enhanced, raw, last_text, Layout::Flattened, count))
}

/// True when `before` leaves a parenthesis open: its last parenthesis opens one. A word at a
/// time, since it runs on every found reply's line.
fn open_parentheses(before: &[u8]) -> bool {
    match rfind_byte::<b'('>(before) {
        Some(open) => rfind_byte::<b')'>(&before[open..]).is_none(),
        None => false,
    }
}

/// The offset of the first `close` in `text` that closes a bracket opened before it.
fn closing<const OPEN: u8, const CLOSE: u8>(text: &[u8]) -> Option<usize> {
    let first = find_byte::<CLOSE>(text)?;
    // The common case: nothing opens before the first close.
    if find_byte::<OPEN>(&text[..first]).is_none() {
        return Some(first);
    }
    let mut depth = 0usize;
    for (index, &byte) in text.iter().enumerate() {
        if byte == OPEN {
            depth += 1;
        } else if byte == CLOSE {
            if depth == 0 {
                return Some(index);
            }
            depth -= 1;
        }
    }
    None
}

/// Where Postfix smtpd's fields after a reply start: "; from=<".
fn smtpd_fields(line: &str) -> Option<usize> {
    const MARK: &[u8] = b"; from=<";
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(offset) = find_byte::<b';'>(bytes.get(from..)?) {
        let at = from + offset;
        if bytes[at..].starts_with(MARK) {
            return Some(at);
        }
        from = at + 1;
    }
    None
}

/// Where Postfix's " (in reply to ... command)" starts in a line.
fn find_in_reply_to(line: &str) -> Option<usize> {
    const MARK: &[u8] = b" (in reply to ";
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(offset) = find_byte::<b'('>(bytes.get(from..)?) {
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
    /// a queue id or a URL, and followed by a space, a hyphen or the end of the line (or, in the
    /// text of a lettre error, "permanent error (550): ...", by the closing parenthesis). It then
    /// weighs the evidence: an enhanced status code right after the number, text such as "said:"
    /// or "smtp;" or a protocol log's "S:" before it, or the number starting a line. The
    /// best-supported candidate wins, and the reply starts at the first of its lines; without
    /// enough evidence, the answer is `None`.
    ///
    /// The reply's text stops where the log's own words start again (" (in reply to ...") or at
    /// a closing quote. Its lines are the lines the server sent, however the text holds them:
    ///
    /// - on lines of their own, each starting with the code (`550-...`, then `550 ...`);
    /// - folded onto indented lines after a marker such as "smtp;" or "said:", where an indented
    ///   line may start with the enhanced code instead of the code;
    /// - on lines of their own behind a protocol log's prefix, the same on every line up to the
    ///   digits of a time stamp ("S: ", swaks's "<-" and "<**", "2026-11-22 10:15:26 SERVER ->
    ///   CLIENT: ");
    /// - joined onto one line with spaces, as Postfix logs a multi-line reply: a line starts where
    ///   the code comes again after a space, followed by the first line's enhanced code if it has
    ///   one. (Without an enhanced code, a number in the text that equals the code and stands
    ///   alone before a space or hyphen is taken as a line start too.)
    ///
    /// The work is linear in the text, and nothing is allocated.
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
    ///
    /// // Gmail's multi-line reply, as Postfix logs it.
    /// let log = "said: 550-5.1.1 The email account that you tried to reach does not exist. \
    ///            Please try 550-5.1.1 double-checking the recipient's email address for typos \
    ///            or 550 5.1.1 unnecessary spaces. - gsmtp (in reply to RCPT TO command)";
    /// let reply = Reply::find(log).unwrap();
    /// assert_eq!(reply.line_count(), 3);
    /// assert_eq!(reply.text(), "unnecessary spaces. - gsmtp");
    /// ```
    pub fn find(text: &'a str) -> Option<Reply<'a>> {
        find(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plainest search there is: every run of exactly three digits after a separator or
    /// first on its line, judged in order, the first of the highest scores kept.
    fn every_candidate(text: &str) -> Option<usize> {
        let bytes = text.as_bytes();
        let digit = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_digit);
        let mut budget = CONTINUATION_BUDGET;
        let mut best: Option<Candidate> = None;
        for start in 0..bytes.len() {
            if !(digit(start) && digit(start + 1) && digit(start + 2) && !digit(start + 3))
                || (start > 0 && digit(start - 1))
            {
                continue;
            }
            let line_start = bytes[..start].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
            let at_line_start = bytes[line_start..start].iter().all(|&b| matches!(b, b' ' | b'\t' | b'\r'));
            if !at_line_start && CLASSES[usize::from(bytes[start - 1])] & BEFORE == 0 {
                continue;
            }
            if let Some(candidate) = judge(bytes, start, line_start, at_line_start, &mut budget) {
                if best.as_ref().is_none_or(|best| candidate.score > best.score) {
                    best = Some(candidate);
                }
            }
        }
        best.map(|candidate| candidate.start)
    }

    /// Text made of the pieces that decide a search: codes, enhanced codes, markers, line
    /// breaks, blanks, other numbers.
    fn log_like() -> impl Strategy<Value = String> {
        let pieces = prop::sample::select(vec![
            "550",
            "250",
            "421",
            "5.1.1 ",
            "2.0.0 ",
            "4.7.0 ",
            "said: ",
            "smtp; ",
            "S: ",
            " ",
            "  ",
            "\n",
            "\r\n",
            "-",
            "\"",
            "'",
            "(",
            ":",
            "=",
            "x",
            "Nov 22 10:15:01",
            "192.0.2.1",
            "1234",
            "12",
        ]);
        prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        /// The word-at-a-time scan, the line-start handling and the stop at the highest score
        /// pick the same candidate as judging every one.
        #[test]
        fn find_picks_what_judging_every_candidate_picks(text in log_like()) {
            let found = best_candidate(text.as_bytes()).0.map(|candidate| candidate.start);
            prop_assert_eq!(found, every_candidate(&text), "{:?}", text);
        }
    }

    /// The word-at-a-time helpers against plain loops, at every length that takes a different
    /// path (whole words, a tail, both).
    #[test]
    fn word_helpers_agree_with_plain_loops() {
        // Digits often, so that runs cross word boundaries; a fixed pseudo-random sequence.
        let alphabet = b"\"0a9\n /:=;(5123";
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for case in 0..3000 {
            let len = case % 48;
            let bytes: Vec<u8> = (0..len)
                .map(|_| {
                    state ^= state << 13;
                    state ^= state >> 7;
                    state ^= state << 17;
                    alphabet[(state % alphabet.len() as u64) as usize]
                })
                .collect();
            let quotes = bytes.iter().filter(|&&b| b == b'"').count();
            assert_eq!(odd_quotes(&bytes), quotes % 2 == 1, "{bytes:?}");
            assert_eq!(rfind_byte::<b'\n'>(&bytes), bytes.iter().rposition(|&b| b == b'\n'), "{bytes:?}");

            // scan_line starts outside a run of digits: after the leading one.
            let from = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            let line_end = (from..len).find(|&i| bytes[i] == b'\n').unwrap_or(len);
            let expected: Vec<usize> = (from..line_end)
                .filter(|&i| bytes[i].is_ascii_digit() && (i == 0 || !bytes[i - 1].is_ascii_digit()))
                .collect();
            let mut starts = Vec::new();
            let found = scan_line(&bytes, from, |start| {
                starts.push(start);
                false
            });
            assert_eq!(found, Some(line_end), "{bytes:?}");
            assert_eq!(starts, expected, "{bytes:?}");
        }
    }
}
