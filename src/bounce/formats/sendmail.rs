//! Sendmail's transcript of the session: "... while talking to mx.example.net.:" (version 8, next
//! to a DSN) or "While talking to mx.example.net:" (version 5, with no DSN), then ">>> " for
//! what Sendmail sent, "<<< " for what the remote server answered, and Sendmail's own lines
//! about each address, "554 <bob@example.net>... Remote protocol error".
//!
//! An address's line is Sendmail's summary; the remote server's words are the "<<< " lines of the
//! session it belongs to. So each address gets the reply of its session, unless its own line
//! carries a reply of its own ("554 <bob@example.net>... 550 Host unknown").

use std::string::String;
use std::vec::Vec;

use crate::Reply;
use crate::bounce::address;
use crate::bounce::diagnosis;
use crate::bounce::recipient::{Action, Found, ReplySource};
use crate::bounce::report::{Kind, Report};
use crate::bounce::scan;
use crate::bounce::text::{self, Context};

/// One SMTP session of the transcript.
#[derive(Default)]
struct Session<'t> {
    /// The last command Sendmail sent.
    command: Option<&'static str>,
    /// The remote server's last reply, as one line.
    reply: Option<&'t str>,
    /// The remote server's last reply, all of its lines ("550-5.7.1 ...\n550 5.7.1 ..."): a
    /// DSN's `Diagnostic-Code` holds only its first line.
    lines: String,
    /// The last "<<< " line ended a reply ("550 ..." rather than "550-..."), so the next starts
    /// another.
    ended: bool,
}

/// One address's line.
struct Line<'t> {
    address: String,
    /// Sendmail's words about it, after the "... ".
    text: &'t str,
    /// The session it came in, if any.
    session: Option<usize>,
}

/// What a transcript says.
#[derive(Default)]
struct Transcript<'t> {
    sessions: Vec<Session<'t>>,
    lines: Vec<Line<'t>>,
}

fn command(sent: &str) -> Option<&'static str> {
    const COMMANDS: &[&str] = &["EHLO", "HELO", "MAIL", "RCPT", "DATA", "QUIT", "RSET", "STARTTLS", "AUTH"];
    let word = sent.split_whitespace().next()?;
    COMMANDS.iter().find(|command| word.eq_ignore_ascii_case(command)).copied()
}

/// Reads the transcript from the line after "----- Transcript of session follows -----".
fn transcript(report: &str) -> Transcript<'_> {
    let mut read = Transcript::default();
    let Some(start) = scan::find_ci(report, "transcript of session follows") else { return read };
    for (_, line) in scan::lines(&report[start..]).skip(1) {
        let trimmed = line.trim();
        if scan::starts_with_ci(trimmed.trim_start_matches('.').trim_start(), "while talking to ") {
            read.sessions.push(Session::default());
            continue;
        }
        if let Some(sent) = trimmed.strip_prefix(">>>") {
            if read.sessions.is_empty() {
                read.sessions.push(Session::default());
            }
            if let Some(session) = read.sessions.last_mut() {
                session.command = command(sent.trim());
                session.ended = true;
            }
            continue;
        }
        if let Some(answer) = trimmed.strip_prefix("<<<") {
            if read.sessions.is_empty() {
                read.sessions.push(Session::default());
            }
            if let Some(session) = read.sessions.last_mut() {
                let answer = answer.trim();
                session.reply = Some(answer);
                if session.ended || session.lines.is_empty() {
                    session.lines.clear();
                } else {
                    session.lines.push('\n');
                }
                session.lines.push_str(answer);
                session.ended = answer.as_bytes().get(3) != Some(&b'-');
            }
            continue;
        }
        // "554 <bob@example.net>... text", "<bob@example.net>... Deferred: ...".
        let without_code = match trimmed.get(..4) {
            Some(head) if head.as_bytes()[..3].iter().all(u8::is_ascii_digit) && head.ends_with(' ') => &trimmed[4..],
            _ => trimmed,
        };
        let Some(dots) = without_code.find("... ") else { continue };
        let named = &without_code[..dots];
        if !named.contains('@') {
            continue;
        }
        let Some(found) = address::bare(named) else { continue };
        read.lines.push(Line {
            address: found,
            text: without_code[dots + 4..].trim(),
            session: read.sessions.len().checked_sub(1),
        });
    }
    read
}

/// The reply for an address's line: its own nested reply, else its session's.
fn reply_for<'t>(line: &Line<'t>, read: &Transcript<'t>) -> (Option<&'t str>, Option<&'static str>) {
    if line.text.as_bytes().first().is_some_and(u8::is_ascii_digit) && Reply::find(line.text).is_some() {
        return (Some(line.text), None);
    }
    match line.session.and_then(|index| read.sessions.get(index)) {
        Some(session) => (session.reply, session.command),
        None => (None, None),
    }
}

/// Reads a version 5 Sendmail bounce (no DSN); false when it is not one.
pub(crate) fn read_v5(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let text = context.report();
    if scan::find_ci(text, "transcript of session follows").is_none() {
        return false;
    }
    let read = transcript(text);
    let start = report.recipients.len();
    let delayed = text::is_delay(context.head, text);
    let mut seen = address::Seen::default();
    for line in &read.lines {
        if seen.get(&line.address).is_some() {
            continue;
        }
        seen.insert(&line.address, 0);
        let (reply, command) = reply_for(line, &read);
        let mut found = Found::new(line.address.clone());
        found.action = Some(if delayed { Action::Delayed } else { Action::Failed });
        found.diagnostic = Some(String::from(line.text));
        found.command = command;
        if let Some(reply) = reply {
            found.set_reply(ReplySource::Text(String::from(reply)));
        }
        if !report.push(found) {
            break;
        }
    }
    if report.recipients.len() == start {
        // No address's line: the returned message's recipient, with the whole transcript.
        let Some(address) = context
            .original()
            .to()
            .and_then(|to| address::find_all(to).next())
            .and_then(|(_, _, raw)| address::bare(raw))
        else {
            return false;
        };
        report.guessed = true;
        let mut found = Found::new(address);
        found.action = Some(if delayed { Action::Delayed } else { Action::Failed });
        let body = &text[scan::find_ci(text, "transcript of session follows").unwrap_or(0)..];
        let body = body.split_once('\n').map_or("", |(_, rest)| rest).trim();
        found.diagnostic = Some(String::from(body));
        report.push(found);
    }
    report.kind = Some(if delayed { Kind::Delayed } else { Kind::Failed });
    true
}

/// Completes the recipients of a version 8 Sendmail DSN: where a `Diagnostic-Code` holds no
/// reply, the session's.
pub(crate) fn fill(context: &Context<'_, '_>, report: &mut Report, start: usize) {
    text::fill(context, report, start);
    let text = context.report();
    let read = transcript(text);
    if read.sessions.is_empty() {
        return;
    }
    let single = read.sessions.len() == 1;
    let mut lines = address::Seen::default();
    for (index, line) in read.lines.iter().enumerate() {
        lines.insert(&line.address, index);
    }
    for found in &mut report.recipients[start..] {
        let has_reply = match &found.reply {
            ReplySource::Text(_) => true,
            _ => found
                .diagnostic
                .as_deref()
                .is_some_and(|text| !matches!(diagnosis::reply_source(text).0, ReplySource::None)),
        };
        let line = lines.get(&found.address).map(|index| &read.lines[index]);
        let (reply, command) = match line {
            Some(line) => reply_for(line, &read),
            None if single => (read.sessions[0].reply, read.sessions[0].command),
            None => (None, None),
        };
        if !has_reply {
            if let Some(reply) = reply.filter(|reply| Reply::find(reply).is_some()) {
                found.set_reply(ReplySource::Text(String::from(reply)));
            }
        }
        if found.command.is_none() {
            found.command = command;
        }
        // A `Diagnostic-Code` that holds the first line of a reply of several: the rest from the
        // session ("550-5.7.1 This message does not have authentication information or fails
        // to pass" goes on "authentication checks").
        let session = match line {
            Some(line) => line.session.and_then(|index| read.sessions.get(index)),
            None if single => read.sessions.first(),
            None => None,
        };
        if let (Some(session), Some(diagnostic)) = (session, found.diagnostic.as_mut()) {
            let first = diagnostic.split_once(';').map_or(diagnostic.as_str(), |(_, reply)| reply).trim();
            if first.len() > 4 && session.lines.len() > first.len() && session.lines.starts_with(first) {
                diagnostic.push_str(&session.lines[first.len()..]);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_address_gets_its_session_s_reply() {
        let report = "   ----- Transcript of session follows -----\nWhile talking to mx.example.edu:\n>>> DATA\n<<< 550 Go away\n554 <a@example.edu>... Remote protocol error\n554 <b@example.org>... 550 Host unknown\nWhile talking to mx.example.net:\n>>> RCPT To:<c@example.net>\n<<< 550 No such user\n550 <c@example.net>... User unknown\n";
        let read = transcript(report);
        let replies: Vec<_> = read.lines.iter().map(|line| reply_for(line, &read)).collect();
        assert_eq!(
            replies,
            [
                (Some("550 Go away"), Some("DATA")),
                (Some("550 Host unknown"), None),
                (Some("550 No such user"), Some("RCPT"))
            ]
        );
    }
}
