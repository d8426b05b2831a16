//! The general reader of human-readable bounces: Postfix's, Exim's, qmail's, Sendmail's,
//! Courier's, Exchange's, Gmail's, and most others, which all say the same things in their own
//! words: an introduction, then for each failed address the address on a line of its own and
//! what went wrong, then a copy of the returned message.
//!
//! It starts at the line where a format's report starts (when the format is known), cuts off
//! the returned message at its marker line, splits the report into one block per address that
//! leads a line, and leaves each block as the recipient's text, where
//! [`settle`](super::diagnosis::settle) finds the reply, the status and the command.

use std::borrow::Cow;
use std::cell::OnceCell;
use std::string::String;
use std::vec::Vec;

use crate::bounce::address;
use crate::bounce::diagnosis::{self, enhanced_in};
use crate::bounce::head::{Head, Name};
use crate::bounce::mime::Email;
use crate::bounce::original::{self, Original};
use crate::bounce::recipient::{Action, Found, ReplySource};
use crate::bounce::report::{Kind, Report};
use crate::bounce::scan;

/// Where a format's report starts and where the returned message starts, beyond the general
/// markers: each a phrase that a line starts with (after blanks), compared without case.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Markers {
    /// The report starts at the first line that starts with one of these; none: at the top.
    pub(crate) starts: &'static [&'static str],
    /// The returned message starts at the first line that starts with one of these.
    pub(crate) originals: &'static [&'static str],
}

/// What a reader reads: the email, its head, and the markers of its format; the report text and
/// the returned message are found once, when a reader first asks.
pub(crate) struct Context<'c, 'e> {
    pub(crate) email: &'c Email<'e>,
    pub(crate) head: &'c Head<'c>,
    pub(crate) markers: Markers,
    split: OnceCell<(Cow<'c, str>, Option<&'c str>)>,
    original: OnceCell<Original>,
}

impl<'c, 'e> Context<'c, 'e> {
    pub(crate) fn new(email: &'c Email<'e>, head: &'c Head<'c>, markers: Markers) -> Context<'c, 'e> {
        Context { email, head, markers, split: OnceCell::new(), original: OnceCell::new() }
    }

    /// The report: the readable parts, joined, from the format's start marker up to the
    /// returned message.
    pub(crate) fn report(&self) -> &str {
        &self.split().0
    }

    /// The returned message's head, from the `message/rfc822` or `text/rfc822-headers` part, or
    /// the copy after the report.
    pub(crate) fn original(&self) -> &Original {
        self.original.get_or_init(|| self.original_text().map(original::parse).unwrap_or_default())
    }

    /// The text of the returned message's head, where the email has one.
    pub(crate) fn original_text(&self) -> Option<&'c str> {
        original::head_text(self.email, self.split().1)
    }

    /// The original, if a reader needed it (else it is read when the user asks).
    pub(crate) fn into_original(self) -> Option<Original> {
        self.original.into_inner()
    }

    fn split(&self) -> &(Cow<'c, str>, Option<&'c str>) {
        self.split.get_or_init(|| split(self.email, self.markers))
    }
}

/// The report text of an email, and the text after the line that introduces the returned
/// message, if a readable part has one.
fn split<'c>(email: &'c Email<'_>, markers: Markers) -> (Cow<'c, str>, Option<&'c str>) {
    let mut started = markers.starts.is_empty();
    let mut text: Option<Cow<'c, str>> = None;
    // Twice when a start marker is never found: then from the top.
    for pass in 0..2 {
        if pass == 1 {
            if started || text.is_some() {
                break;
            }
            started = true;
        }
        for part in email.readable() {
            let mut part: &'c str = part;
            if !started {
                match first_line_starting(part, markers.starts) {
                    Some(at) => {
                        started = true;
                        part = &part[at..];
                    }
                    None => continue,
                }
            }
            let (report, rest) = match original_marker(part, markers.originals) {
                Some((start, after)) => (&part[..start], Some(&part[after..])),
                None => (part, None),
            };
            text = Some(match text {
                None => Cow::Borrowed(report),
                Some(joined) => {
                    let mut joined = joined.into_owned();
                    joined.push('\n');
                    joined.push_str(report);
                    Cow::Owned(joined)
                }
            });
            if rest.is_some() {
                return (text.unwrap_or(Cow::Borrowed("")), rest);
            }
        }
    }
    (text.unwrap_or(Cow::Borrowed("")), None)
}

/// Words that, on a line of dashes or the like, introduce the returned message; grouped by
/// first letter.
const ORIGINAL_MARKERS: &[&str] = &[
    "original message",
    "original mail",
    "original e-mail",
    "copy of the message",
    "copy of your message",
    "copy of the body",
    "copy of the message header",
    "message follows",
    "message header follows",
    "message headers follow",
    "message text follows",
    "unsent message",
    "undelivered message",
    "returned message",
    "rejected message",
    "header of the original",
    "headers of the original",
    "header of original",
    "headers of original",
    "below this line",
    "following is a copy",
];

/// [`ORIGINAL_MARKERS`] by first byte.
const MARKERS_BY_FIRST: [(u8, u8); 256] = scan::by_first_byte(ORIGINAL_MARKERS);

/// Words in a subject that name a bounce.
const BOUNCE_SUBJECTS: &[&str] = &[
    "undeliver",
    "delivery status",
    "delivery fail",
    "delivery notification",
    "failure notice",
    "returned mail",
    "mail delivery",
    "delivery problem",
    "delivery report",
    "non delivery",
    "non-delivery",
    "nondeliver",
    "could not be delivered",
    "could not send",
    "not delivered",
    "mail system error",
    "failed delivery",
    "failure delivery",
    "delivery failure",
    "returning message",
    "error sending",
    "mail failed",
    "message delayed",
    "delayed mail",
    "delivery delayed",
    "errors from",
    "mail could not",
    "loop alert",
];

/// Words in a report that say it is only a warning: the message will be tried again.
const DELAY_WORDS: &[&str] = &[
    "has been delayed",
    "delivery delayed",
    "(delay)",
    "not yet been delivered",
    "will retry",
    "will be retried",
    "still trying",
    "will continue trying",
    "will keep trying",
    "delayed 24 hours",
    "this is a warning",
    "message delayed",
    "delivery is delayed",
    "is delayed",
];

/// True when the email presents itself as a bounce: its sender is a mail system, its subject
/// says so, or it names failed recipients.
pub(crate) fn is_bounce(head: &Head<'_>) -> bool {
    let from = head.value(Name::From);
    let daemon = address::find_all(from).any(|(_, _, address)| address::is_daemon(address))
        || scan::contains_any_ci(from, &["mailer-daemon", "mail delivery", "postmaster"]);
    daemon || scan::contains_any_ci(&head.subject, BOUNCE_SUBJECTS) || head.has(Name::XFailedRecipients)
}

/// The offset of the first line that starts (after blanks) with one of `phrases`, without case.
pub(crate) fn first_line_starting(text: &str, phrases: &[&str]) -> Option<usize> {
    scan::lines(text).find_map(|(start, line)| {
        let trimmed = line.trim_start();
        phrases.iter().any(|phrase| scan::starts_with_ci(trimmed, phrase)).then_some(start)
    })
}

/// Words of which every marker phrase holds one: a line without any is not a marker, and most
/// lines are ruled out with these four searches instead of one per phrase (a test checks).
const MARKER_ANCHORS: &[&str] = &["origin", "copy", "messag", "below"];

/// True when a line holds one of [`MARKER_ANCHORS`], without case: one pass over it, looking
/// at the letters that start an anchor.
fn has_marker_anchor(line: &str) -> bool {
    let bytes = line.as_bytes();
    (0..bytes.len()).any(|at| {
        // Each anchor starts with a letter of its own.
        let letter = bytes[at] | 0x20;
        MARKER_ANCHORS.iter().any(|anchor| anchor.as_bytes()[0] == letter && scan::starts_with_ci(&line[at..], anchor))
    })
}

/// Where the line that introduces the returned message starts, and where the line after it
/// starts. `extra` are a format's own markers (phrases a line starts with).
///
/// A marker line is short, and either decorated ("------ This is a copy of the message,
/// including all the headers. ------", "Original message follows:") or led by a marker phrase;
/// a `Content-Type: message/rfc822` line of a bounce that pastes MIME parts as text counts too.
pub(crate) fn original_marker(text: &str, extra: &[&str]) -> Option<(usize, usize)> {
    for (start, line) in scan::lines(text) {
        let trimmed = scan::trim_ascii(line);
        if trimmed.len() < 4 || trimmed.len() > 200 {
            continue;
        }
        let next = (start + line.len() + 1).min(text.len());
        if extra.iter().any(|marker| scan::starts_with_ci(trimmed, marker)) {
            return Some((start, next));
        }
        let first = trimmed.as_bytes()[0];
        let decorated =
            trimmed.starts_with(['-', '=', '_', '*', '#', '[', '<', '>', '+']) || trimmed.ends_with(['-', '=', ':']);
        let leads = scan::starts_with_any_ci(trimmed, ORIGINAL_MARKERS, &MARKERS_BY_FIRST);
        if (decorated || leads) && has_marker_anchor(trimmed) && scan::contains_any_ci(trimmed, ORIGINAL_MARKERS) {
            return Some((start, next));
        }
        if (first | 0x20) == b'c'
            && (scan::starts_with_ci(trimmed, "content-type: message/rfc822")
                || scan::starts_with_ci(trimmed, "content-type: text/rfc822-headers"))
        {
            return Some((start, next));
        }
    }
    None
}

/// Labels that may stand before an address leading a line.
const LEAD_LABELS: &[&str] = &[
    "recipient:",
    "recipients:",
    "recipient address:",
    "failed recipient:",
    "failed address:",
    "address:",
    "invalid recipient:",
    "unknown recipient:",
    "rcpt to:",
    "original-recipient:",
    "final-recipient:",
    "to address:",
    "destination:",
    "e-mail:",
    "email:",
];

/// Labels of a line that names an address that is not a recipient.
const NOT_RECIPIENT_LABELS: &[&str] = &[
    "from",
    "sender",
    "reply-to",
    "return-path",
    "mail from",
    "envelope-from",
    "original sender",
    "sender-mta",
    "reporting-mta",
    "message-id",
    "cc",
    "bcc",
    "x-",
];

/// A short label of words and a colon before an address on a line: "Delivery failed:", "Could
/// not be delivered to:". The address is a recipient unless the label names a sender.
fn labelled(before: &str) -> Option<bool> {
    let label = before.trim().strip_suffix(':')?;
    let label = label.trim();
    let words = !label.is_empty()
        && label.len() <= 64
        && label.bytes().all(|b| b.is_ascii_alphabetic() || matches!(b, b' ' | b'-' | b'(' | b')' | b'_'));
    if !words {
        return None;
    }
    Some(!NOT_RECIPIENT_LABELS.iter().any(|deny| scan::starts_with_ci(label, deny)))
}

/// The address that leads a line, if one does: first on the line, maybe in angle brackets or
/// quotes, maybe after a label such as "Recipient:".
fn leading_address(line: &str) -> Option<String> {
    let mut rest = line.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '-' || c == '>' || c == '•');
    // Sendmail's "554 <bob@example.net>... Host unknown": a reply code, maybe an enhanced code,
    // then the address and its three dots.
    if let Some(after_code) = rest
        .get(..4)
        .filter(|head| head.as_bytes()[..3].iter().all(u8::is_ascii_digit) && head.ends_with([' ', '-']))
        .map(|_| &rest[4..])
    {
        let after_enhanced = match after_code.split_once(' ') {
            Some((first, tail)) if first.parse::<crate::EnhancedStatusCode>().is_ok() => tail,
            _ => after_code,
        };
        if after_enhanced.starts_with('<') && after_enhanced.contains(">...") {
            rest = after_enhanced;
        }
    }
    for label in LEAD_LABELS {
        if scan::starts_with_ci(rest, label) {
            rest = rest[label.len()..].trim_start();
            break;
        }
    }
    let unquoted = rest.trim_start_matches(['<', '"', '\'', '(', '[']);
    let (start, end, found) = address::find_all(unquoted).next()?;
    if start != 0 {
        // "Delivery failed: bob@example.net", "Could not be delivered to: <bob@example.net>".
        let before = &unquoted[..start];
        let before = before.trim_end().trim_end_matches(['<', '"', '\'', '(', '[']);
        if labelled(before) != Some(true) {
            return None;
        }
        return address::bare(found);
    }
    // What follows the address must not make it part of a sentence's subject... but most
    // formats write a reason after it; only a few connecting words are refused.
    let after = unquoted[end..].trim_start_matches(['>', '"', '\'', ')', ']']).trim_start();
    if scan::starts_with_ci(after, "wrote") || (scan::starts_with_ci(after, "said") && !after.starts_with("said:")) {
        return None;
    }
    address::bare(found)
}

/// Sentence patterns that name the failed address inside a line.
const SENTENCE_LEADS: &[&str] = &[
    "delivered to ",
    "delivery to ",
    "deliver to ",
    "deliver your message to ",
    "delivering to ",
    "to the following recipient",
    "rcpt to:",
    "rcpt to: ",
    "sent to ",
    "address ",
    "recipient ",
    "mailbox ",
    "user ",
    "to: ",
    "userid",
    "could not be delivered to",
];

/// Addresses named in sentences ("wasn't delivered to bob@example.net because"), in order, at
/// most `limit`.
fn sentence_addresses(text: &str, skip: &[String], limit: usize) -> Vec<String> {
    let mut found: Vec<String> = Vec::new();
    let mut seen = address::Seen::default();
    for (start, _, raw) in address::find_all(text) {
        let before = text[..start].trim_end_matches(['<', '"', '\'', ' ', '(', ':', '\t']);
        let before_space = text[..start].trim_end_matches(['<', '"', '\'', '(', ':']);
        let led = SENTENCE_LEADS
            .iter()
            .any(|lead| scan::ends_with_ci(before, lead.trim_end()) || scan::ends_with_ci(before_space, lead));
        if !led {
            continue;
        }
        if let Some(address) = address::bare(raw) {
            if !skip.iter().any(|s| s.eq_ignore_ascii_case(&address))
                && seen.get(&address).is_none()
                && !address::is_daemon(&address)
            {
                if found.len() >= limit {
                    break;
                }
                seen.insert(&address, found.len());
                found.push(address);
            }
        }
    }
    found
}

/// One block of a report: an address and the lines about it.
#[derive(Debug)]
pub(crate) struct Block<'t> {
    pub(crate) address: String,
    pub(crate) text: Cow<'t, str>,
    /// It is the address of the bounce's or the returned message's sender.
    skipped: bool,
}

/// Addresses that are not recipients: the bounce's sender and the returned message's sender.
pub(crate) fn senders(head: &Head<'_>, original: &Original) -> Vec<String> {
    let mut skip = Vec::new();
    for value in [head.get(Name::From), original.from(), head.get(Name::To)].into_iter().flatten() {
        for (_, _, raw) in address::find_all(value) {
            if let Some(address) = address::bare(raw) {
                skip.push(address);
            }
        }
    }
    skip
}

/// Splits a report into one block per address that leads a line. A line led by an address
/// already seen adds to that address's block. Addresses in `skip` are senders: their blocks are
/// kept apart, for when no other address leads a line (someone who wrote to themselves).
pub(crate) fn blocks<'t>(report: &'t str, skip: &[String], limit: usize) -> Vec<Block<'t>> {
    let mut blocks: Vec<Block<'t>> = Vec::new();
    // Each block's lines, as spans of the report: usually one span.
    let mut spans: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut current: Option<usize> = None;
    let mut seen = address::Seen::default();
    for (start, line) in scan::lines(report) {
        let end = start + line.len();
        let address = if memchr::memchr(b'@', line.as_bytes()).is_some() { leading_address(line) } else { None };
        if let Some(address) = address.filter(|address| !address::is_daemon(address)) {
            let index = match seen.get(&address) {
                Some(index) => index,
                None if blocks.len() < limit => {
                    let skipped = skip.iter().any(|s| s.eq_ignore_ascii_case(&address));
                    seen.insert(&address, blocks.len());
                    blocks.push(Block { address, text: Cow::Borrowed(""), skipped });
                    spans.push(Vec::new());
                    blocks.len() - 1
                }
                None => break,
            };
            current = Some(index);
            spans[index].push((start, end));
            continue;
        }
        if let Some(index) = current {
            if let Some(last) = spans[index].last_mut() {
                last.1 = end;
            }
        }
    }
    let people = blocks.iter().any(|block| !block.skipped);
    let mut kept = Vec::with_capacity(blocks.len());
    for (mut block, spans) in blocks.into_iter().zip(spans) {
        if people && block.skipped {
            continue;
        }
        block.text = match spans.as_slice() {
            [(start, end)] => Cow::Borrowed(&report[*start..*end]),
            _ => Cow::Owned(spans.iter().map(|(start, end)| &report[*start..*end]).collect::<Vec<_>>().join("\n")),
        };
        // A sender's address is a recipient only where its block says what failed (someone who
        // wrote to themselves); a greeting ("alice@example.org, hello") is not.
        if block.skipped && Reply::find(&block.text).is_none() && enhanced_in(&block.text).is_none() {
            continue;
        }
        kept.push(block);
    }
    kept
}

/// Gives a recipient the text about it: its block where that says something (a reply or a
/// status), else the whole report.
pub(crate) fn describe(found: &mut Found, block: &str, report: &str) {
    let block = block.trim();
    let reply = diagnosis::reply_source(block);
    let (source, (reply, said)) = if !matches!(reply.0, ReplySource::None) || enhanced_in(block).is_some() {
        (block, reply)
    } else {
        let report = report.trim();
        (report, diagnosis::reply_source(report))
    };
    found.reply = reply;
    found.said = Some(said);
    found.diagnostic = Some(String::from(source));
}

/// True when the report says the message will be tried again.
pub(crate) fn is_delay(head: &Head<'_>, report: &str) -> bool {
    let intro = &report[..floor_char_boundary(report, 2000)];
    head.subject_holds("delay")
        || head.subject_holds("warning")
        || (DELAY_ANCHORS.iter().any(|anchor| scan::contains_ci(intro, anchor))
            && scan::contains_any_ci(intro, DELAY_WORDS))
}

/// Words of which every phrase of [`DELAY_WORDS`] holds one (a test checks): a report without
/// any is no warning, found with five searches instead of one per phrase.
const DELAY_ANCHORS: &[&str] = &["delay", "retr", "trying", "not yet", "warning"];

/// The largest index not above `index` that is a char boundary of `text`.
fn floor_char_boundary(text: &str, index: usize) -> usize {
    if index >= text.len() {
        return text.len();
    }
    (0..=index).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)
}

/// Reads a human-readable bounce. False when the email does not present itself as one (unless a
/// format recognised it) or names no recipient.
pub(crate) fn read(context: &Context<'_, '_>, recognised: bool, report: &mut Report) -> bool {
    if !recognised && !is_bounce(context.head) {
        return false;
    }
    let text = context.report();
    let skip = senders(context.head, context.original());
    let blocks = blocks(text, &skip, report.max_recipients);
    let delayed = is_delay(context.head, text);
    let action = if delayed { Action::Delayed } else { Action::Failed };
    let start = report.recipients.len();
    if blocks.is_empty() {
        // No address leads a line: take those named in sentences, then those the head names.
        let mut addresses = sentence_addresses(text, &skip, report.max_recipients);
        if addresses.is_empty() {
            addresses = failed_recipients(context.head);
        }
        if addresses.is_empty() {
            if let Some(to) = context.original().to() {
                let all: Vec<String> = address::find_all(to).filter_map(|(_, _, raw)| address::bare(raw)).collect();
                if all.len() == 1 {
                    addresses = all;
                    report.guessed = true;
                }
            }
        }
        for address in addresses {
            let mut found = Found::new(address);
            found.action = Some(action);
            describe(&mut found, "", text);
            if !report.push(found) {
                break;
            }
        }
    } else {
        for block in blocks {
            let mut found = Found::new(block.address);
            found.action = Some(action);
            describe(&mut found, &block.text, text);
            if !report.push(found) {
                break;
            }
        }
    }
    if report.recipients.len() == start {
        return false;
    }
    report.kind = Some(if delayed { Kind::Delayed } else { Kind::Failed });
    true
}

/// The addresses of the head's `X-Failed-Recipients` field.
pub(crate) fn failed_recipients(head: &Head<'_>) -> Vec<String> {
    head.get(Name::XFailedRecipients)
        .map(|value| address::find_all(value).filter_map(|(_, _, raw)| address::bare(raw)).collect())
        .unwrap_or_default()
}

/// Where a DSN gives no reply or command, the human-readable part often does: finds each such
/// recipient's block there. Where the DSN's reply only says that the message expired, the block
/// may tell what the attempts met (Exchange lists each attempt's reply): the first specific one
/// is the recipient's status, the actual problem that RFC 3463 asks for.
pub(crate) fn fill(context: &Context<'_, '_>, report: &mut Report, start: usize) {
    // Per recipient: whether its DSN text holds a reply, and whether that reply is an expiry.
    let state: Vec<(bool, bool)> = report.recipients[start..]
        .iter()
        .map(|found| {
            let reply = found.reply();
            (reply.is_some(), reply.and_then(|reply| reply.enhanced()).is_some_and(diagnosis::is_expiry))
        })
        .collect();
    let needed = report.recipients[start..]
        .iter()
        .zip(&state)
        .any(|(found, (has_reply, expired))| !has_reply || *expired || found.command.is_none());
    if !needed {
        return;
    }
    let readable = context.report();
    if readable.is_empty() {
        return;
    }
    let single = report.recipients.len() - start == 1;
    // One recipient needs no blocks: unless the text names it, the whole text is about it.
    let blocks = if single && state.first().is_some_and(|(_, expired)| !expired) {
        Vec::new()
    } else {
        blocks(readable, &[], report.max_recipients)
    };
    let mut seen = address::Seen::default();
    for (index, block) in blocks.iter().enumerate() {
        seen.insert(&block.address, index);
    }
    for (found, (has_reply, expired)) in report.recipients[start..].iter_mut().zip(state) {
        let block = seen.get(&found.address).map(|index| &*blocks[index].text);
        if expired {
            let attempt =
                block.into_iter().flat_map(str::lines).filter_map(Reply::find).filter_map(|reply| reply.enhanced());
            if let Some(actual) = attempt.filter(|code| !diagnosis::is_expiry(*code)).find(|code| code.detail() != 0) {
                found.status = Some(actual);
            }
        }
        if has_reply && found.command.is_some() {
            continue;
        }
        let source = match block {
            Some(block) => block,
            None if single => readable,
            None => continue,
        };
        if !has_reply {
            if let Some(reply) = Reply::find(source) {
                // The DSN's own diagnostic, if any, stays: "X-Unix; 71" says a local program
                // failed, which the text's reply may not.
                if found.diagnostic.is_none() {
                    found.diagnostic = Some(String::from(reply.as_str()));
                    found.set_reply(ReplySource::Whole);
                } else {
                    found.set_reply(ReplySource::Text(String::from(reply.as_str())));
                }
            } else if found.diagnostic.as_deref().is_none_or(|text| diagnosis::loose_reply(text).is_none()) {
                if let Some(rebuilt) = diagnosis::loose_reply(source.trim()) {
                    if found.diagnostic.is_none() {
                        found.diagnostic = Some(String::from(source.trim()));
                    }
                    found.set_reply(ReplySource::Text(rebuilt));
                }
            }
            // No Diagnostic-Code and no reply in the text: the text's words about the recipient
            // are all there is to tell why ("the address couldn't be found").
            if found.diagnostic.is_none() && !source.trim().is_empty() {
                found.diagnostic = Some(String::from(source.trim()));
            }
        }
        if found.command.is_none() {
            found.command = diagnosis::command_in(source);
        }
    }
}

use crate::Reply;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_follow_the_addresses_that_lead_lines() {
        let report = "The following address(es) failed:\n\n  bob@example.net\n    550 5.1.1 no\n  carol@example.net\n    550 5.2.2 full\n";
        let blocks = blocks(report, &[], 10);
        assert_eq!(blocks.len(), 2);
        assert_eq!(blocks[1].address, "carol@example.net");
        assert!(blocks[1].text.contains("5.2.2"));
        assert_eq!(
            original_marker("a\n------ This is a copy of the message, including all the headers. ------\nb", &[])
                .map(|m| m.0),
            Some(2)
        );
    }

    #[test]
    fn markers_are_grouped_by_first_letter() {
        for (index, marker) in ORIGINAL_MARKERS.iter().enumerate() {
            let (from, to) = MARKERS_BY_FIRST[usize::from(marker.as_bytes()[0])];
            assert!(usize::from(from) <= index && index < usize::from(to), "{marker}");
        }
    }

    #[test]
    fn every_delay_phrase_holds_an_anchor() {
        for phrase in DELAY_WORDS {
            assert!(DELAY_ANCHORS.iter().any(|anchor| phrase.contains(anchor)), "{phrase}");
        }
    }

    #[test]
    fn every_marker_holds_an_anchor() {
        for marker in ORIGINAL_MARKERS {
            assert!(MARKER_ANCHORS.iter().any(|anchor| marker.contains(anchor)), "{marker}");
            assert!(has_marker_anchor(marker), "{marker}");
        }
        assert!(!has_marker_anchor("The following addresses had permanent fatal errors:"));
    }

    #[test]
    fn labels_lead_addresses() {
        assert_eq!(leading_address("Delivery failed: bob@example.net").as_deref(), Some("bob@example.net"));
        assert_eq!(
            leading_address("     Could not be delivered to: <bob@example.net>").as_deref(),
            Some("bob@example.net")
        );
        assert_eq!(leading_address("  RCPT TO: bob@example.net").as_deref(), Some("bob@example.net"));
        assert_eq!(leading_address("  MAIL FROM: alice@example.org"), None);
        assert_eq!(leading_address("I wrote to bob@example.net yesterday"), None);
    }
}
