//! RFC 3464 delivery status notifications, and RFC 6533's `message/global-delivery-status`:
//! header fields in blank-line-separated groups, one for the message, then one per recipient,
//! read in place.
//!
//! Real DSNs bend the syntax, and the reader bends with them: the fields of a group come in any
//! order (Facebook writes `Diagnostic-Code` before `Final-Recipient`), a line that is not a
//! field continues the field before it (MessageLabs folds a reply onto lines that are not
//! indented), and a recipient field that comes again in a group starts the next recipient (a
//! DSN that left out the blank line).

use std::ops::Range;
use std::string::String;

use crate::EnhancedStatusCode;
use crate::bounce::address;
use crate::bounce::fields;
use crate::bounce::mime::{Email, PartKind};
use crate::bounce::recipient::{Action, Found};
use crate::bounce::report::Report;

/// The value after a DSN field's type: "dns; mx.example.net" gives "mx.example.net".
fn after_type(value: &str) -> &str {
    match value.split_once(';') {
        Some((_, rest)) => rest.trim(),
        None => value.trim(),
    }
}

/// A `Status` value: "5.1.1", also "5.1.1 (user unknown)".
fn status(value: &str) -> Option<EnhancedStatusCode> {
    let token = value.trim().split(|c: char| !c.is_ascii_digit() && c != '.').next()?;
    token.trim_end_matches('.').parse().ok()
}

/// True when `line` starts with `name` (lowercase, with its colon), without case.
fn starts_with_field(line: &str, name: &str) -> bool {
    line.len() >= name.len() && line.as_bytes()[..name.len()].eq_ignore_ascii_case(name.as_bytes())
}

/// The delivery-status text: the part that carries it, or DSN fields that a bounce wrote into
/// a text part (from the first `Final-Recipient` line, when a `Status` or `Action` line
/// follows).
fn status_text<'e>(email: &'e Email<'_>) -> Option<&'e str> {
    if let Some(text) = email.part(PartKind::DeliveryStatus) {
        return Some(text);
    }
    email.parts.iter().filter(|part| part.kind == PartKind::Plain).find_map(|part| {
        let text = &*part.text;
        let mut offset = 0;
        let mut start = None;
        while let Some((line, next)) = fields::line_at(text, offset) {
            let line = line.trim_start();
            match start {
                None if starts_with_field(line, "final-recipient:") => start = Some(offset),
                Some(start) if starts_with_field(line, "status:") || starts_with_field(line, "action:") => {
                    return Some(&text[start..]);
                }
                _ => {}
            }
            offset = next;
        }
        None
    })
}

/// The name of a DSN field on a line, if the line starts with one: letters, digits and hyphens
/// up to a colon.
fn field_name(line: &str) -> Option<(&str, &str)> {
    let colon = memchr::memchr(b':', line.as_bytes())?;
    let name = &line[..colon];
    let valid = !name.is_empty() && name.len() <= 40 && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    valid.then(|| (name, &line[colon + 1..]))
}

/// The fields a recipient is read from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Field {
    Final,
    Original,
    Action,
    Status,
    RemoteMta,
    Diagnostic,
    LastAttempt,
    RetryUntil,
    ReportingMta,
    Other,
}

impl Field {
    fn from_name(name: &str) -> Field {
        const NAMES: &[(&str, Field)] = &[
            ("final-recipient", Field::Final),
            ("original-recipient", Field::Original),
            ("action", Field::Action),
            ("status", Field::Status),
            ("remote-mta", Field::RemoteMta),
            ("diagnostic-code", Field::Diagnostic),
            ("last-attempt-date", Field::LastAttempt),
            ("will-retry-until", Field::RetryUntil),
            ("reporting-mta", Field::ReportingMta),
        ];
        // Only the names of the same length are compared.
        NAMES
            .iter()
            .find(|(known, _)| known.len() == name.len() && known.eq_ignore_ascii_case(name))
            .map_or(Field::Other, |(_, field)| *field)
    }
}

/// One recipient's group as it is read: the recipient, and where each field's value is.
#[derive(Default)]
struct Group {
    found: Found,
    has_final: bool,
    /// The span of the `Diagnostic-Code` value in the DSN text, its continuation lines included.
    diagnostic: Option<(usize, usize)>,
    /// The span of the comment after the `Status` code ("4.0.0 (host name lookup failure)"):
    /// the diagnostic where there is no `Diagnostic-Code`.
    status_comment: Option<(usize, usize)>,
}

impl Group {
    fn names_recipient(&self) -> bool {
        self.has_final || self.found.original.is_some()
    }
}

/// Reads a DSN; false when the email has none.
pub(crate) fn read(email: &Email<'_>, report: &mut Report) -> bool {
    let Some(dsn) = status_text(email) else { return false };
    let start = report.recipients.len();
    let mut group = Group::default();
    // The field being read, and where its value starts and ends: continuation lines extend it,
    // and it is taken once the next field or a blank line shows that it is whole.
    let mut open: Option<(Field, usize, usize)> = None;
    let mut offset = 0;
    while let Some((line, next)) = fields::line_at(dsn, offset) {
        let line_start = offset;
        offset = next;
        let blank = fields::is_blank(line);
        let field = if blank || line.starts_with([' ', '\t']) { None } else { field_name(line) };
        if !blank && field.is_none() {
            // A continuation: the value of the field before goes on.
            if let Some((_, _, end)) = open.as_mut() {
                *end = line_start + line.len();
            }
            continue;
        }
        if let Some((kind, value_start, value_end)) = open.take() {
            if !take_field(&mut group, kind, dsn, value_start..value_end, report) {
                return true;
            }
        }
        match field {
            Some((name, value)) => {
                open = Some((Field::from_name(name), line_start + (line.len() - value.len()), line_start + line.len()));
            }
            None => {
                if !finish(std::mem::take(&mut group), dsn, report) {
                    return true;
                }
            }
        }
    }
    if let Some((kind, value_start, value_end)) = open {
        if !take_field(&mut group, kind, dsn, value_start..value_end, report) {
            return true;
        }
    }
    finish(group, dsn, report);
    report.recipients.len() > start
}

/// Reads a whole field, its value at `span` of the DSN text with its continuation lines; false
/// when the recipient limit is reached.
fn take_field(group: &mut Group, kind: Field, dsn: &str, span: Range<usize>, report: &mut Report) -> bool {
    let raw = dsn.get(span.clone()).unwrap_or("");
    // The value as one line (RFC 5322 section 2.2.3), borrowed where it was one line already.
    let value = fields::unfold_lines(raw);
    match kind {
        Field::Final | Field::Original => {
            // A group names its recipient once; the same field again starts the next one.
            let again = if kind == Field::Final { group.has_final } else { group.found.original.is_some() };
            if again && !finish(std::mem::take(group), dsn, report) {
                return false;
            }
            let address = address::bare(&value);
            if kind == Field::Final {
                group.has_final = true;
                if let Some(address) = address {
                    group.found.address = address;
                }
            } else if let Some(address) = address {
                group.found.original = Some(address);
            }
        }
        Field::Action => group.found.action = Action::from_field(&value),
        Field::Status => {
            group.found.status = status(&value);
            group.status_comment = raw
                .find('(')
                .zip(raw.rfind(')'))
                .filter(|(open, close)| open < close)
                .map(|(open, close)| (span.start + open + 1, span.start + close));
        }
        Field::RemoteMta => group.found.remote_mta = Some(String::from(after_type(&value))),
        Field::Diagnostic => group.diagnostic = Some((span.start, span.end)),
        Field::LastAttempt => group.found.last_attempt = Some(String::from(value.trim())),
        Field::RetryUntil => group.found.retry_until = Some(String::from(value.trim())),
        Field::ReportingMta => {
            report.reporting_mta.get_or_insert_with(|| String::from(after_type(&value)));
        }
        Field::Other => {}
    }
    true
}

/// Adds the recipient of a group, if it names one; false when the limit is reached.
fn finish(group: Group, dsn: &str, report: &mut Report) -> bool {
    if !group.names_recipient() {
        return true;
    }
    let mut found = group.found;
    if found.address.is_empty() {
        match found.original.take() {
            Some(original) => found.address = original,
            None => return true,
        }
    }
    if found.original.as_deref().is_some_and(|original| original == found.address) {
        found.original = None;
    }
    if let Some((start, end)) = group.diagnostic.or(group.status_comment) {
        // Unfolded (RFC 5322 section 2.2.3): a fold is where the reporting MTA wrapped a long
        // value, not where the remote server ended a line. A multi-line reply that the MTA
        // joined into one ("... Please try 550-5.1.1 double-checking ...") is then one line
        // with the codes inside it, which `Reply::find` splits where the server did.
        let value = fields::unfold_lines(dsn.get(start..end).unwrap_or(""));
        if !value.is_empty() {
            found.diagnostic = Some(value.into_owned());
        }
    }
    report.push(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bounce::Limits;
    use crate::bounce::mime;

    fn read_dsn(text: &str) -> Report {
        let email = std::format!("Content-Type: message/delivery-status\r\n\r\n{text}");
        let email = mime::read(email.as_bytes(), &Limits::new()).unwrap();
        let mut report = Report { max_recipients: 100, ..Report::default() };
        read(&email, &mut report);
        report
    }

    #[test]
    fn fields_come_in_any_order_and_fold_without_indentation() {
        let report = read_dsn(
            "Reporting-MTA: dns; mx.example.org\n\nDiagnostic-Code: smtp; 550-First line\n550 Last line\nStatus: 5.0.0\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\n",
        );
        let bob = &report.recipients[0];
        assert_eq!(bob.address, "bob@example.net");
        assert_eq!(bob.diagnostic.as_deref(), Some("smtp; 550-First line 550 Last line"));
        assert_eq!(bob.status.map(|s| s.to_string()).as_deref(), Some("5.0.0"));
        assert_eq!(report.reporting_mta.as_deref(), Some("mx.example.org"));
    }

    #[test]
    fn every_field_is_read_across_its_folded_lines() {
        let report = read_dsn(
            "Final-Recipient: rfc822;\n\tvery.long.name@example.net\nOriginal-Recipient:\n rfc822;\n <Very.Long.Name@example.net>\nAction:\n failed\nStatus:\n 5.1.1 (bad\n mailbox)\nRemote-MTA: dns;\n mx.example.net\n",
        );
        let found = &report.recipients[0];
        assert_eq!(found.address, "very.long.name@example.net");
        assert_eq!(found.original.as_deref(), Some("Very.Long.Name@example.net"));
        assert_eq!(found.action, Some(Action::Failed));
        assert_eq!(found.status.map(|s| s.to_string()).as_deref(), Some("5.1.1"));
        assert_eq!(found.remote_mta.as_deref(), Some("mx.example.net"));
        // The comment after the status, unfolded, stands in for the missing diagnostic.
        assert_eq!(found.diagnostic.as_deref(), Some("bad mailbox"));
    }

    #[test]
    fn a_repeated_recipient_field_starts_the_next_recipient() {
        let report = read_dsn(
            "Final-Recipient: rfc822; a@example.net\nOriginal-Recipient: rfc822; A@example.net\nStatus: 5.1.1\nFinal-Recipient: rfc822; b@example.net\nStatus: 5.2.2\n",
        );
        let found: std::vec::Vec<_> =
            report.recipients.iter().map(|r| (r.address.as_str(), r.original.as_deref())).collect();
        assert_eq!(found, [("a@example.net", Some("A@example.net")), ("b@example.net", None)]);
    }
}
