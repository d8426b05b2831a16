//! Amazon SES notifications sent through SNS: a JSON document in a text body, not a DSN.
//! `notificationType` is "Bounce" (with `bouncedRecipients`, each with its `status` and
//! `diagnosticCode`), "Complaint" (`complainedRecipients`, a feedback report) or "Delivery"
//! (`delivery.recipients` and the `smtpResponse`). SNS may wrap the notification in an envelope
//! whose `Message` is the notification as a string, and folds long lines with "!" at the end.

use std::borrow::Cow;
use std::string::String;
use std::vec::Vec;

use crate::bounce::address;
use crate::bounce::recipient::{Action, Found};
use crate::bounce::report::{Feedback, Kind, Report};
use crate::bounce::text::Context;

/// A JSON value, as far as a notification needs one.
#[derive(Debug)]
enum Json<'t> {
    Scalar(&'t str),
    Text(Cow<'t, str>),
    List(Vec<Json<'t>>),
    Object(Vec<(Cow<'t, str>, Json<'t>)>),
}

impl<'t> Json<'t> {
    fn get(&self, key: &str) -> Option<&Json<'t>> {
        match self {
            Json::Object(fields) => fields.iter().find(|(name, _)| name == key).map(|(_, value)| value),
            _ => None,
        }
    }

    fn text(&self) -> Option<&str> {
        match self {
            Json::Text(text) => Some(text),
            Json::Scalar(text) => Some(text),
            _ => None,
        }
    }

    fn list(&self) -> &[Json<'t>] {
        match self {
            Json::List(items) => items,
            _ => &[],
        }
    }
}

/// How deep a document may nest; a notification nests four levels.
const MAX_DEPTH: usize = 32;

/// A small JSON reader: linear, bounded in depth, and lenient (it stops at the first error and
/// keeps what it read).
struct Parser<'t> {
    text: &'t str,
    at: usize,
}

impl<'t> Parser<'t> {
    fn skip_blanks(&mut self) {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() && bytes[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
    }

    fn value(&mut self, depth: usize) -> Option<Json<'t>> {
        if depth > MAX_DEPTH {
            return None;
        }
        self.skip_blanks();
        let bytes = self.text.as_bytes();
        match *bytes.get(self.at)? {
            b'{' => {
                self.at += 1;
                let mut fields = Vec::new();
                loop {
                    self.skip_blanks();
                    match bytes.get(self.at) {
                        Some(b'}') => {
                            self.at += 1;
                            return Some(Json::Object(fields));
                        }
                        Some(b',') => self.at += 1,
                        Some(b'"') => {
                            let name = self.string()?;
                            self.skip_blanks();
                            if bytes.get(self.at) != Some(&b':') {
                                return Some(Json::Object(fields));
                            }
                            self.at += 1;
                            let Some(value) = self.value(depth + 1) else { return Some(Json::Object(fields)) };
                            fields.push((name, value));
                        }
                        _ => return Some(Json::Object(fields)),
                    }
                }
            }
            b'[' => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_blanks();
                    match bytes.get(self.at) {
                        Some(b']') => {
                            self.at += 1;
                            return Some(Json::List(items));
                        }
                        Some(b',') => self.at += 1,
                        Some(_) => match self.value(depth + 1) {
                            Some(value) => items.push(value),
                            None => return Some(Json::List(items)),
                        },
                        None => return Some(Json::List(items)),
                    }
                }
            }
            b'"' => self.string().map(Json::Text),
            _ => {
                let start = self.at;
                while self.at < bytes.len()
                    && !matches!(bytes[self.at], b',' | b'}' | b']')
                    && !bytes[self.at].is_ascii_whitespace()
                {
                    self.at += 1;
                }
                (self.at > start).then(|| Json::Scalar(&self.text[start..self.at]))
            }
        }
    }

    /// A string at the parser's place (which is its opening quote), its escapes decoded.
    fn string(&mut self) -> Option<Cow<'t, str>> {
        let bytes = self.text.as_bytes();
        let start = self.at + 1;
        let mut end = start;
        let mut escaped = false;
        while end < bytes.len() && bytes[end] != b'"' {
            if bytes[end] == b'\\' {
                escaped = true;
                end += 1;
            }
            end += 1;
        }
        let end = end.min(bytes.len());
        self.at = (end + 1).min(bytes.len());
        let raw = self.text.get(start..end)?;
        if !escaped {
            return Some(Cow::Borrowed(raw));
        }
        let mut out = String::with_capacity(raw.len());
        let mut chars = raw.chars();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match chars.next() {
                Some('n') => out.push('\n'),
                Some('t') => out.push('\t'),
                Some('r') => out.push('\r'),
                Some('u') => {
                    let hex: String = chars.by_ref().take(4).collect();
                    out.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                }
                Some(other) => out.push(other),
                None => {}
            }
        }
        Some(Cow::Owned(out))
    }
}

fn parse(text: &str) -> Option<Json<'_>> {
    let start = text.find('{')?;
    Parser { text: &text[start..], at: 0 }.value(0)
}

/// The JSON of the body: from its first "{" to a line "--", with SNS's folds ("!" at the end of
/// a line, a space at the start of the next) joined.
fn unfold(body: &str) -> String {
    let mut json = String::with_capacity(body.len());
    let mut folded = false;
    for line in body.lines() {
        if line == "--" {
            break;
        }
        let line = if folded { line.strip_prefix(' ').unwrap_or(line) } else { line };
        folded = line.ends_with('!');
        json.push_str(if folded { &line[..line.len() - 1] } else { line });
    }
    json
}

/// Reads a notification; false when the body is not one.
pub(crate) fn read(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let Some(body) = context.email.readable().find(|text| text.trim_start().starts_with('{')) else { return false };
    let json = unfold(body);
    let Some(mut document) = parse(&json) else { return false };
    // An SNS envelope: the notification is the "Message" string.
    let inner;
    if document.get("notificationType").is_none() {
        let Some(message) = document.get("Message").and_then(Json::text) else { return false };
        inner = String::from(message);
        let Some(parsed) = parse(&inner) else { return false };
        document = parsed;
    }
    let kind = document.get("notificationType").and_then(Json::text).unwrap_or("");
    let start = report.recipients.len();
    match kind {
        "Bounce" => {
            let bounce = document.get("bounce");
            let mta = bounce.and_then(|b| b.get("reportingMTA")).and_then(Json::text);
            report.reporting_mta = mta.map(|mta| String::from(mta.strip_prefix("dsn;").unwrap_or(mta).trim()));
            for recipient in bounce.and_then(|b| b.get("bouncedRecipients")).map_or(&[][..], Json::list) {
                let Some(address) = recipient.get("emailAddress").and_then(Json::text).and_then(address::bare) else {
                    continue;
                };
                let mut found = Found::new(address);
                found.action = recipient.get("action").and_then(Json::text).and_then(Action::from_field);
                found.status = recipient.get("status").and_then(Json::text).and_then(|s| s.parse().ok());
                found.diagnostic = recipient.get("diagnosticCode").and_then(Json::text).map(String::from);
                if !report.push(found) {
                    break;
                }
            }
        }
        "Complaint" => {
            let complaint = document.get("complaint");
            for recipient in complaint.and_then(|c| c.get("complainedRecipients")).map_or(&[][..], Json::list) {
                if let Some(address) = recipient.get("emailAddress").and_then(Json::text).and_then(address::bare) {
                    if !report.push(Found::new(address)) {
                        break;
                    }
                }
            }
            let text = |key: &str| complaint.and_then(|c| c.get(key)).and_then(Json::text).map(String::from);
            report.feedback = Some(Feedback {
                feedback_type: text("complaintFeedbackType").map(|t| t.to_ascii_lowercase()),
                source_ip: None,
                user_agent: text("userAgent"),
                arrival_date: text("arrivalDate").or_else(|| text("timestamp")),
            });
            report.kind = Some(Kind::Feedback);
        }
        "Delivery" => {
            let delivery = document.get("delivery");
            let response = delivery.and_then(|d| d.get("smtpResponse")).and_then(Json::text);
            for recipient in delivery.and_then(|d| d.get("recipients")).map_or(&[][..], Json::list) {
                if let Some(address) = recipient.text().and_then(address::bare) {
                    let mut found = Found::new(address);
                    found.action = Some(Action::Delivered);
                    found.diagnostic = response.map(String::from);
                    if !report.push(found) {
                        break;
                    }
                }
            }
        }
        _ => return false,
    }
    report.recipients.len() > start
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notifications_are_read_through_folds_and_envelopes() {
        let body = "{\"notificationType\":\"Bounce\",\"bounce\":{\"bouncedRecipients\":[{\"emailAddress\":\"bob@exa!\n mple.net\",\"status\":\"5.1.1\"}]}}\n\n--\nunsubscribe";
        let json = unfold(body);
        let document = parse(&json).unwrap();
        let first = &document.get("bounce").unwrap().get("bouncedRecipients").unwrap().list()[0];
        assert_eq!(first.get("emailAddress").unwrap().text(), Some("bob@example.net"));
        let envelope = "{\"Type\":\"Notification\",\"Message\":\"{\\\"notificationType\\\":\\\"Delivery\\\"}\"}";
        let outer = parse(envelope).unwrap();
        let inner = parse(outer.get("Message").unwrap().text().unwrap()).unwrap();
        assert_eq!(inner.get("notificationType").unwrap().text(), Some("Delivery"));
        let deep = std::format!("{{\"a\":{}", "[".repeat(10_000));
        assert!(parse(&deep).is_some());
    }
}
