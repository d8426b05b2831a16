//! RFC 5965 feedback reports (ARF): a mailbox provider tells the sender that a recipient marked
//! the message as abuse, or the like.

use std::string::String;

use crate::bounce::address;
use crate::bounce::fields::{self, Fields};
use crate::bounce::mime::{Email, PartKind};
use crate::bounce::original::Original;
use crate::bounce::recipient::Found;
use crate::bounce::report::{Feedback, Kind, Report};
use crate::bounce::text::Context;

/// Reads a feedback report; false when the email is none.
pub(crate) fn read(email: &Email<'_>, original: &Original, report: &mut Report) -> bool {
    let Some(fields) = email.part(PartKind::FeedbackReport) else { return false };
    let mut feedback = Feedback::default();
    let mut people = std::vec::Vec::new();
    for (name, value) in Fields::new(fields) {
        let name = name.to_ascii_lowercase();
        match name.as_str() {
            "feedback-type" => feedback.feedback_type = Some(value.to_ascii_lowercase()),
            "source-ip" => feedback.source_ip = Some(String::from(value)),
            "user-agent" => feedback.user_agent = Some(String::from(value)),
            "arrival-date" | "received-date" => {
                feedback.arrival_date.get_or_insert_with(|| String::from(value));
            }
            "original-rcpt-to" | "removal-recipient" => people.extend(address::bare(value)),
            _ => {}
        }
    }
    if people.is_empty() {
        if let Some(to) = original.to() {
            people.extend(address::find_all(to).filter_map(|(_, _, raw)| address::bare(raw)));
        }
    }
    for person in people {
        if !report.push(Found::new(person)) {
            break;
        }
    }
    report.feedback = Some(feedback);
    report.kind = Some(Kind::Feedback);
    true
}

/// Reads a complaint that comes without a `message/feedback-report` part: Microsoft's JMRP
/// reports ("complaint about message from 192.0.2.1") return the message whole, and the person
/// who complained is its `X-HmXmrOriginalRecipient`, or else its `To`.
pub(crate) fn read_complaint(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let head = context.email.part(PartKind::OriginalHeaders).unwrap_or("");
    let named = fields::field(head, "x-hmxmroriginalrecipient").or_else(|| context.original().to());
    let mut people: std::vec::Vec<String> = named
        .map(|value| address::find_all(value).filter_map(|(_, _, raw)| address::bare(raw)).collect())
        .unwrap_or_default();
    people.dedup();
    for person in people {
        if !report.push(Found::new(person)) {
            break;
        }
    }
    let subject = context.head.subject.trim();
    let source_ip = subject.rsplit(' ').next().filter(|ip| ip.parse::<std::net::IpAddr>().is_ok()).map(String::from);
    report.feedback = Some(Feedback { feedback_type: Some(String::from("abuse")), source_ip, ..Feedback::default() });
    report.kind = Some(Kind::Feedback);
    true
}
