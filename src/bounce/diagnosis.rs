//! What the text about one recipient says: the remote server's reply, the enhanced status code,
//! the SMTP command; and the rules that settle a recipient's status from all of them.
//!
//! Every reader leaves a recipient with the text the bounce gives about it (a DSN's
//! `Diagnostic-Code`, or the lines of a text bounce) and whatever fields it read;
//! [`settle`] then decides, the same way for every format.

use std::string::String;

use crate::bounce::recipient::{Action, Found, ReplySource};
use crate::bounce::scan;
use crate::codes::reader;
use crate::{EnhancedStatusCode, Reply, StatusClass, Subject};

/// The SMTP commands a text may say a reply answered, by the words it uses: lowercase, each with
/// the command, grouped by first letter. The first words found in the text win. A space in the
/// words stands for any run of white space, line breaks included (a text bounce wraps its lines
/// anywhere: "refused to talk\n    to me"); a line break for a run that holds one.
const COMMANDS: &[(&str, &str)] = &[
    ("rcpt to", "RCPT"),
    ("rcpt_to", "RCPT"),
    ("recipient to", "RCPT"),
    ("refused to talk to me", "CONN"),
    ("mail from", "MAIL"),
    ("mail_from", "MAIL"),
    ("mail data", "DATA"),
    ("message data", "DATA"),
    ("end of data", "DATA"),
    ("ehlo", "EHLO"),
    ("final data", "DATA"),
    ("for text command", "DATA"),
    ("data command", "DATA"),
    ("during connection", "CONN"),
    ("after data", "DATA"),
    ("auth ", "AUTH"),
    ("to data", "DATA"),
    ("our data", "DATA"),
    ("body of the message", "DATA"),
    ("starttls", "STARTTLS"),
    // m-FILTER's "-------SMTP command" line, with the command on the next.
    ("smtp command\ndata", "DATA"),
    ("smtp command\nrcpt", "RCPT"),
    ("smtp command\nmail", "MAIL"),
    ("helo", "HELO"),
    ("greeting", "CONN"),
    ("connect to", "CONN"),
    ("initial connection", "CONN"),
];

/// For each byte, the range of [`COMMANDS`] whose words start with it (lowercase); the table
/// is grouped by first letter, which a test checks.
const BY_FIRST: [(u8, u8); 256] = {
    let mut table = [(0u8, 0u8); 256];
    let mut i = 0;
    while i < COMMANDS.len() {
        scan::group(&mut table, COMMANDS[i].0.as_bytes()[0] as usize, i);
        i += 1;
    }
    table
};

/// How far into a text the command is looked for: a report names it near its start, and a
/// long text costs no more than this.
const COMMAND_WINDOW: usize = 2048;

/// The SMTP command that a text says the reply answered: the one whose words come first.
pub(crate) fn command_in(text: &str) -> Option<&'static str> {
    let bytes = &text.as_bytes()[..text.len().min(COMMAND_WINDOW)];
    let mut at = 0;
    // Word by word: only a word's first letter can start the words of a command.
    while at < bytes.len() {
        let byte = bytes[at];
        if !byte.is_ascii_alphabetic() {
            at += 1;
            continue;
        }
        let (from, to) = BY_FIRST[usize::from(byte | 0x20)];
        let rest = &bytes[at..];
        // The second letter rules out most words before a whole comparison.
        let second = rest.get(1).map_or(0, |b| b.to_ascii_lowercase());
        for (words, command) in &COMMANDS[usize::from(from)..usize::from(to)] {
            if words.as_bytes()[1] != second {
                continue;
            }
            let Some(len) = words_at(rest, words.as_bytes()) else { continue };
            if !is_envelope_field(bytes, at, len, command) {
                return Some(command);
            }
        }
        at = word_end(bytes, at + 1);
    }
    None
}

/// The length of the command's words at the start of `rest`, if they are there: letters and
/// other bytes compared without case, a space against any run of white space, a line break
/// against a run that holds one.
fn words_at(rest: &[u8], words: &[u8]) -> Option<usize> {
    let mut at = 0;
    for &want in words {
        if want == b' ' || want == b'\n' {
            let run = rest.get(at..)?.iter().take_while(|b| b.is_ascii_whitespace()).count();
            if run == 0 || (want == b'\n' && !rest[at..at + run].contains(&b'\n')) {
                return None;
            }
            at += run;
        } else if rest.get(at)?.eq_ignore_ascii_case(&want) {
            at += 1;
        } else {
            return None;
        }
    }
    Some(at)
}

/// True when "MAIL FROM" or "RCPT TO" at `at` names a field of a listing of the envelope
/// rather than the command a reply answered: it starts its line and is followed by a colon and
/// a space, as in Apache James's "Message details:" block ("  MAIL FROM: alice@example.org",
/// "  RCPT TO: bob@example.net"). A command as sent has no space after its colon
/// ("MAIL FROM:<alice@example.org>"), and a report names it inside its own words ("after RCPT
/// TO:<bob@example.net>", "in reply to MAIL FROM command").
fn is_envelope_field(bytes: &[u8], at: usize, len: usize, command: &str) -> bool {
    if command != "MAIL" && command != "RCPT" {
        return false;
    }
    let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let starts_line = bytes[line_start..at].iter().all(|&b| b == b' ' || b == b'\t');
    starts_line && bytes.get(at + len..at + len + 2) == Some(b": ")
}

/// The offset of the first byte at or after `from` that is not an ASCII letter: eight bytes a
/// step, since most of a text is the inside of words.
fn word_end(bytes: &[u8], mut from: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    while let Some(chunk) = bytes.get(from..).and_then(<[u8]>::first_chunk::<8>) {
        let word = u64::from_le_bytes(*chunk);
        // Lowercase ASCII letters are 0x61..=0x7A; ORing 0x20 lowercases the capitals. Per byte,
        // without carries between bytes: at least 0x61, and not at least 0x7B, and ASCII.
        let lower = (word | (0x20 * ONES)) & LOW;
        let at_least_a = (lower + (0x80 - 0x61) * ONES) & HIGH;
        let beyond_z = (lower + (0x80 - 0x7B) * ONES) & HIGH;
        let letters = at_least_a & !beyond_z & !(word & HIGH);
        let others = !letters & HIGH;
        if others != 0 {
            return from + (others.trailing_zeros() / 8) as usize;
        }
        from += 8;
    }
    while from < bytes.len() && bytes[from].is_ascii_alphabetic() {
        from += 1;
    }
    from
}

/// An enhanced status code standing alone in a text: "#5.1.1", "(5.2.2)", "Status: 5.1.1", not
/// part of a version or an IP address.
pub(crate) fn enhanced_in(text: &str) -> Option<EnhancedStatusCode> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(offset) = bytes.get(from..)?.iter().position(|&b| matches!(b, b'2' | b'4' | b'5')) {
        let at = from + offset;
        from = at + 1;
        if at > 0 && (bytes[at - 1].is_ascii_alphanumeric() || bytes[at - 1] == b'.' || bytes[at - 1] == b'-') {
            continue;
        }
        if bytes.get(at + 1) != Some(&b'.') {
            continue;
        }
        let end = at + bytes[at..].iter().take_while(|b| b.is_ascii_digit() || **b == b'.').count();
        let token = text[at..end].trim_end_matches('.');
        if token.matches('.').count() != 2 || bytes.get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-') {
            from = end;
            continue;
        }
        if let Ok(code) = token.parse::<EnhancedStatusCode>() {
            return Some(code);
        }
        from = end;
    }
    None
}

/// How much an enhanced status code says: 0 for the class alone (X.0.0), 1 for a subject
/// (X.4.0), 2 for a subject and a detail (X.4.2).
fn specificity(code: EnhancedStatusCode) -> u8 {
    match (code.subject_number(), code.detail()) {
        (0, 0) => 0,
        (_, 0) => 1,
        _ => 2,
    }
}

/// The status that says only that the delivery time expired (X.4.7): RFC 3463 asks for "the
/// code for the actual problem found when delivery was attempted" in its place where it can.
pub(crate) fn is_expiry(code: EnhancedStatusCode) -> bool {
    code.subject() == Some(Subject::NetworkAndRouting) && code.detail() == 7
}

/// The status of a recipient, from the status a reader found (a DSN's `Status`, or a code in
/// the text) and the enhanced code of the remote server's reply.
///
/// The remote server found the actual problem, so its code wins where it says more: over a
/// status of the class alone (X.0.0) or of a subject alone, over an expiry (X.4.7, as RFC 3463
/// asks), and over another specific status of the same class (the reporting MTA's own mapping,
/// as Sendmail's "5.1.1" for a remote "550 5.7.1 ... blacklisted"). A remote code of the class
/// alone never replaces a status that says more, nor does an expiry.
pub(crate) fn settle_status(
    stated: Option<EnhancedStatusCode>,
    said: Option<EnhancedStatusCode>,
) -> Option<EnhancedStatusCode> {
    let (stated, said) = match (stated, said) {
        (None, said) => return said,
        (stated, None) => return stated,
        (Some(stated), Some(said)) => (stated, said),
    };
    let same_class = stated.class() == said.class();
    let wins = if is_expiry(said) {
        // An expiry never replaces a status that names the actual problem.
        false
    } else if is_expiry(stated) {
        specificity(said) > 0 && !is_expiry(said)
    } else {
        same_class && (specificity(said) > specificity(stated) || (specificity(said) == 2 && said != stated))
    };
    Some(if wins { said } else { stated })
}

/// Where the remote server's reply is in a recipient's text.
///
/// [`Reply::find`] finds the reply the text gives; where that reply is the reporting MTA's own
/// line wrapped around the remote server's, the inner one is taken: Amazon SES's "554 4.4.7
/// Message expired: ... <421 4.4.2 Connection timed out>" and Sendmail's "554
/// <bob@example.net>... 550 Host unknown". Where no reply is found, a looser reading of the
/// text looks for a code standing alone ("ERROR_CODE :550", "550 :", "<bob@example.net>: 550
/// unknown user") and rebuilds a reply from it.
pub(crate) fn reply_source(text: &str) -> (ReplySource, Option<EnhancedStatusCode>) {
    let Some(reply) = Reply::find(text) else {
        return match loose_reply(text) {
            Some(rebuilt) => {
                let said = Reply::find(&rebuilt).and_then(|reply| reply.enhanced());
                (ReplySource::Text(rebuilt), said)
            }
            None => (ReplySource::None, None),
        };
    };
    match nested(reply.text()) {
        Some((inner_start, inner_end)) => {
            let offset = reply.text().as_ptr() as usize - text.as_ptr() as usize;
            let (start, end) = (offset + inner_start, offset + inner_end);
            let said = Reply::find(&text[start..end]).and_then(|reply| reply.enhanced());
            (ReplySource::Span(start, end), said)
        }
        None => (ReplySource::Whole, reply.enhanced()),
    }
}

/// A reply nested in a reply's text: the span of the inner one, if there is one.
fn nested(text: &str) -> Option<(usize, usize)> {
    let trimmed = text.trim_end();
    // "... <421 4.4.2 Connection timed out>" at the end.
    if let Some(inner) = trimmed.strip_suffix('>') {
        if let Some(open) = inner.rfind('<') {
            let candidate = &inner[open + 1..];
            if starts_with_reply(candidate) {
                return Some((open + 1, inner.len()));
            }
        }
    }
    // Sendmail's "<bob@example.net>... 550 Host unknown".
    if text.starts_with('<') {
        if let Some(dots) = text.find(">... ") {
            let after = dots + ">... ".len();
            if starts_with_reply(&text[after..]) {
                return Some((after, text.len()));
            }
        }
    }
    None
}

/// True when a text starts with a reply code and a space: "421 4.4.2 ...", "550 Host unknown".
fn starts_with_reply(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.len() > 4
        && bytes[3] == b' '
        && matches!(bytes[0], b'4' | b'5')
        && reader::read(&bytes[..3]).is_ok()
        && Reply::find(text).is_some()
}

/// A reply read loosely where [`Reply::find`] finds none: the first reply code of class 4 or 5
/// standing alone in the text (not part of a number, an address, a time or a version), with the
/// rest of its line, or the next line where the rest is empty, as its text.
pub(crate) fn loose_reply(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at + 3 <= bytes.len() {
        let Some(offset) = bytes[at..].iter().position(|&b| b == b'4' || b == b'5') else { break };
        let start = at + offset;
        at = start + 1;
        let Some(digits) = bytes.get(start..start + 3) else { break };
        if !digits.iter().all(u8::is_ascii_digit) || reader::read(digits).is_err() {
            continue;
        }
        let before = start.checked_sub(1).map(|i| bytes[i]);
        let after = bytes.get(start + 3).copied();
        let stands_alone = before.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\n' | b':' | b'(' | b'"' | b'\''))
            && after.is_none_or(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n' | b':' | b',' | b')' | b'"' | b'\''));
        if !stands_alone {
            continue;
        }
        // Not "port 550" or a size.
        let word_before = text[..start].trim_end().rsplit([' ', '\t', '\n']).next().unwrap_or("");
        if word_before.eq_ignore_ascii_case("port") || word_before.eq_ignore_ascii_case("size") {
            continue;
        }
        let line_end = text[start..].find('\n').map_or(text.len(), |i| start + i);
        let mut rest =
            text[start + 3..line_end].trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | ',' | '-'));
        if rest.is_empty() {
            rest = text
                .get(line_end + 1..)
                .and_then(|next| next.lines().map(str::trim).find(|l| !l.is_empty()))
                .unwrap_or("");
        }
        let mut rebuilt = String::with_capacity(4 + rest.len());
        rebuilt.push_str(&text[start..start + 3]);
        rebuilt.push(' ');
        rebuilt.push_str(rest);
        if Reply::find(&rebuilt).is_some() {
            return Some(rebuilt);
        }
    }
    None
}

/// Completes a recipient once a reader is done with it: finds its reply, settles its status,
/// and fills its action and command from them where the reader found none.
pub(crate) fn settle(found: &mut Found) {
    if matches!(found.reply, ReplySource::Unread) {
        let (source, said) = match found.diagnostic.as_deref() {
            Some(text) => reply_source(text),
            None => (ReplySource::None, None),
        };
        found.reply = source;
        found.said = Some(said);
    }
    let said = match found.said {
        Some(said) => said,
        None => found.reply().and_then(|reply| reply.enhanced()),
    };
    let stated = found.status.or_else(|| found.diagnostic.as_deref().and_then(enhanced_in));
    found.status = settle_status(stated, said);
    if found.action.is_none() {
        found.action = found.status.map(|status| match status.class() {
            StatusClass::Success => Action::Delivered,
            StatusClass::PersistentTransientFailure => Action::Delayed,
            StatusClass::PermanentFailure => Action::Failed,
        });
    }
    if found.command.is_none() {
        found.command = found.diagnostic.as_deref().and_then(command_in);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(text: &str) -> EnhancedStatusCode {
        text.parse().unwrap()
    }

    #[test]
    fn the_remote_code_wins_where_it_says_more() {
        let settled =
            |stated: &str, said: &str| settle_status(Some(code(stated)), Some(code(said))).unwrap().to_string();
        assert_eq!(settled("5.0.0", "5.1.1"), "5.1.1");
        assert_eq!(settled("4.0.0", "4.7.0"), "4.7.0");
        assert_eq!(settled("5.1.1", "5.0.0"), "5.1.1");
        assert_eq!(settled("4.4.7", "4.4.2"), "4.4.2");
        assert_eq!(settled("5.4.7", "4.2.2"), "4.2.2");
        assert_eq!(settled("5.1.1", "5.7.1"), "5.7.1");
        assert_eq!(settled("5.0.0", "4.7.0"), "5.0.0");
        assert_eq!(settled("5.7.1", "5.7.0"), "5.7.1");
    }

    #[test]
    fn words_end_at_the_first_byte_that_is_no_letter() {
        for text in ["abcdefghijklmnop qr", "ABCdefGHIjk@x", "abc", "a-b", "zzzzzzzz{", "aaaaaaaé", "`", "Zz[ab"] {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let expected = from + bytes[from..].iter().take_while(|b| b.is_ascii_alphabetic()).count();
                assert_eq!(word_end(bytes, from), expected, "{text:?} {from}");
            }
        }
    }

    #[test]
    fn commands_are_grouped_by_first_letter() {
        for (index, (words, _)) in COMMANDS.iter().enumerate() {
            let (from, to) = BY_FIRST[usize::from(words.as_bytes()[0])];
            assert!(usize::from(from) <= index && index < usize::from(to), "{words}");
        }
    }

    #[test]
    fn commands_are_found_across_wrapped_lines_and_not_in_envelope_listings() {
        // Postfix wraps its report anywhere.
        let postfix = "host mx.example.net[192.0.2.1] refused to talk\n    to me: 421 4.2.1 Service refused";
        assert_eq!(command_in(postfix), Some("CONN"));
        assert_eq!(command_in("(in reply to end of DATA\r\n    command)"), Some("DATA"));
        // m-FILTER names the command on the line after its marker, whatever the line ends are.
        assert_eq!(command_in("-------SMTP command\r\nDATA\r\n"), Some("DATA"));
        assert_eq!(command_in("-------SMTP command\nRCPT\n"), Some("RCPT"));
        assert_eq!(command_in("-------SMTP command RCPT"), None);
        // Apache James lists the envelope under the error; it says nothing of the command.
        let james = "Error message below:\n550 - Requested action not taken: no such user here\n\n\
                     Message details:\n  Subject: Test\n  MAIL FROM: alice@example.org\n  RCPT TO: bob@example.net\n";
        assert_eq!(command_in(james), None);
        assert_eq!(command_in("MAIL FROM:<alice@example.org>\n550 5.1.8 Sender rejected"), Some("MAIL"));
        assert_eq!(command_in("SMTP error from remote mail server after MAIL FROM: <a@b>:"), Some("MAIL"));
    }

    #[test]
    fn inner_replies_and_loose_ones() {
        let text = "smtp; 554 4.4.7 Message expired: unable to deliver in 840 minutes.<421 4.4.2 Connection timed out>";
        let (ReplySource::Span(start, end), _) = reply_source(text) else { panic!() };
        assert_eq!(&text[start..end], "421 4.4.2 Connection timed out");
        assert_eq!(
            loose_reply("Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action").as_deref(),
            Some("550 ERROR_CODE :Requested action")
        );
        assert_eq!(loose_reply("host x [192.0.2.1]: 550 :\n    User unknown").as_deref(), Some("550 User unknown"));
        assert_eq!(loose_reply("connect to port 550 of 192.0.2.1"), None);
        assert_eq!(command_in("SMTP error from remote mail server after RCPT TO:<a@b>"), Some("RCPT"));
        assert_eq!(command_in("(in reply to end of DATA command)"), Some("DATA"));
        assert_eq!(enhanced_in("x (#5.1.1)").map(|c| c.to_string()).as_deref(), Some("5.1.1"));
        assert_eq!(enhanced_in("version 2.5.35.1 and 192.0.2.5"), None);
    }
}
