//! Postfix's notice to the postmaster, "Postfix SMTP server: errors from host[addr]": not a
//! bounce to the sender but a transcript of the SMTP session that failed, " In:" for what the
//! client sent and " Out:" for what the server answered. The recipients are the `RCPT TO`
//! addresses; the error is the first reply of class 4 or 5, to the command before it (or the
//! recipient's own `RCPT TO`).

use std::string::String;
use std::vec::Vec;

use crate::bounce::address;
use crate::bounce::recipient::{Action, Found};
use crate::bounce::report::Report;
use crate::bounce::scan;
use crate::bounce::text::Context;

/// One step of the session: what the client sent, and what the server answered.
#[derive(Default)]
struct Step<'t> {
    command: Option<&'static str>,
    recipient: Option<String>,
    reply: Option<&'t str>,
}

fn command(line: &str) -> Option<&'static str> {
    const COMMANDS: &[&str] = &["EHLO", "HELO", "MAIL", "RCPT", "DATA", "BDAT", "STARTTLS", "AUTH", "QUIT", "RSET"];
    let word = line.split_whitespace().next()?;
    COMMANDS.iter().find(|command| word.eq_ignore_ascii_case(command)).copied()
}

/// Reads the transcript; false when it names no recipient.
pub(crate) fn read_transcript(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let text = context.report();
    // The greeting comes before the client sends anything.
    let mut steps: Vec<Step<'_>> = std::vec![Step { command: Some("CONN"), ..Step::default() }];
    for (_, line) in scan::lines(text) {
        let trimmed = line.trim_start();
        if let Some(sent) = trimmed.strip_prefix("In:") {
            let sent = sent.trim();
            let recipient = scan::find_ci(sent, "to:")
                .filter(|_| command(sent) == Some("RCPT"))
                .and_then(|at| address::find_all(&sent[at..]).next())
                .and_then(|(_, _, raw)| address::bare(raw));
            steps.push(Step { command: command(sent), recipient, reply: None });
        } else if let Some(answer) = trimmed.strip_prefix("Out:") {
            let answer = answer.trim();
            // The first line of a multi-line reply, or the final one, is the answer kept.
            if let Some(step) = steps.last_mut() {
                if step.reply.is_none() || answer.as_bytes().get(3).is_none_or(|&b| b != b'-') {
                    step.reply = Some(answer);
                }
            }
        }
    }
    // The error: the first answer of class 4 or 5 ("354" goes on to the data, then the answer
    // to its end comes on the next line, to the same command).
    let failed = steps.iter().position(|step| step.reply.is_some_and(|reply| reply.starts_with(['4', '5'])));
    let Some(failed) = failed else { return false };
    let error = &steps[failed];
    let start = report.recipients.len();
    for step in &steps[..=failed] {
        let Some(recipient) = &step.recipient else { continue };
        // A recipient refused on its own RCPT TO has its own reply.
        let (reply, command) = match step.reply {
            Some(reply) if reply.starts_with(['4', '5']) => (reply, step.command),
            _ => (error.reply.unwrap_or(""), error.command),
        };
        let mut found = Found::new(recipient.clone());
        found.action = Some(if reply.starts_with('4') { Action::Delayed } else { Action::Failed });
        found.diagnostic = Some(String::from(reply));
        found.command = command;
        if !report.push(found) {
            break;
        }
    }
    report.recipients.len() > start
}
