//! RFC 3834 automatic replies: vacation and out-of-office messages. The person concerned is
//! the one who replied.

use crate::bounce::address;
use crate::bounce::fields;
use crate::bounce::mime::Email;
use crate::bounce::recipient::Found;
use crate::bounce::report::{Kind, Report};

/// Subject words of an automatic reply, for those that send no `Auto-Submitted` field.
const SUBJECTS: &[&str] = &[
    "auto reply",
    "auto-reply",
    "autoreply",
    "automatic reply",
    "out of office",
    "out of the office",
    "vacation",
    "away from",
    "auto:",
    "abwesenheit",
];

/// Reads an auto-reply; false when the email is none.
pub(crate) fn read(email: &Email<'_>, report: &mut Report) -> bool {
    let head = &email.head;
    let auto_submitted = fields::field(head, "auto-submitted").map(str::to_ascii_lowercase);
    let replied = auto_submitted.as_deref().is_some_and(|value| value.starts_with("auto-replied"))
        || fields::field(head, "x-autoreply").is_some()
        || fields::field(head, "x-autorespond").is_some()
        || fields::field(head, "precedence").is_some_and(|value| value.eq_ignore_ascii_case("auto_reply"))
        || fields::field(head, "subject").is_some_and(|subject| {
            let subject = subject.to_ascii_lowercase();
            SUBJECTS.iter().any(|word| subject.contains(word))
        });
    if !replied {
        return false;
    }
    let from = fields::field(head, "from").unwrap_or("");
    if let Some(person) = address::find_all(from).find_map(|(_, _, raw)| address::bare(raw)) {
        report.push(Found::new(person));
    }
    report.kind = Some(Kind::AutoReply);
    true
}
