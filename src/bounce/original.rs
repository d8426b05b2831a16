//! [`Original`]: the returned message, as far as a bounce includes it.

use std::borrow::Cow;
use std::string::String;

use crate::bounce::fields::{self, Fields};
use crate::bounce::mime::{self, Email, PartKind};

/// The message a bounce returns, for matching the bounce to what was sent: its Message-ID,
/// subject, sender, recipients and date, from the `message/rfc822`, `text/rfc822-headers` or
/// `message/global-headers` part, or from the copy after a text bounce's report.
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::Bounce;
///
/// let email = b"From: MAILER-DAEMON@mx.example.org\r
/// Subject: failure notice\r
/// \r
/// <bob@example.net>:\r
/// Sorry, no mailbox here by that name. (#5.1.1)\r
/// \r
/// --- Below this line is a copy of the message.\r
/// \r
/// Message-ID: <1234@example.org>\r
/// From: Alice <alice@example.org>\r
/// To: bob@example.net\r
/// Subject: =?UTF-8?Q?Caf=C3=A9?=\r
/// Date: Sun, 22 Nov 2026 10:15:01 +0000\r
/// \r
/// Hi Bob\r
/// ";
/// let bounce = Bounce::parse(email)?;
/// let original = bounce.original();
/// assert_eq!(original.message_id(), Some("<1234@example.org>"));
/// assert_eq!(original.subject(), Some("Café"));
/// assert_eq!(original.from(), Some("Alice <alice@example.org>"));
/// assert_eq!(original.to(), Some("bob@example.net"));
/// assert_eq!(original.date(), Some("Sun, 22 Nov 2026 10:15:01 +0000"));
/// assert_eq!(bounce.recipients().next().unwrap().status().unwrap().to_string(), "5.1.1");
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Original {
    message_id: Option<String>,
    subject: Option<String>,
    from: Option<String>,
    to: Option<String>,
    date: Option<String>,
}

impl Original {
    /// The `Message-ID`, with its angle brackets.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn message_id(&self) -> Option<&str> {
        self.message_id.as_deref()
    }

    /// The `Subject`, its encoded words decoded.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn subject(&self) -> Option<&str> {
        self.subject.as_deref()
    }

    /// The `From` field, as written.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn from(&self) -> Option<&str> {
        self.from.as_deref()
    }

    /// The `To` field, as written (folded lines joined).
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn to(&self) -> Option<&str> {
        self.to.as_deref()
    }

    /// The `Date` field, as written.
    ///
    /// # Examples
    ///
    /// See [`Original`].
    pub fn date(&self) -> Option<&str> {
        self.date.as_deref()
    }
}

/// The returned message's head: the part that carries it, or the copy after the report
/// (`after_report`, the text after the line that introduces it), from its first field.
pub(crate) fn head_text<'e>(email: &'e Email<'_>, after_report: Option<&'e str>) -> Option<&'e str> {
    match email.part(PartKind::OriginalHeaders) {
        Some(head) => Some(head),
        None => after_report.and_then(|rest| {
            // Skip blank lines and a line or two of decoration before the fields.
            let start = core::iter::once(0)
                .chain(rest.match_indices('\n').map(|(i, _)| i + 1))
                .take(8)
                .find(|&i| Fields::new(&rest[i..]).next().is_some())?;
            Some(&rest[start..])
        }),
    }
}

/// Reads the fields of the returned message's head.
pub(crate) fn parse(head: &str) -> Original {
    let mut original = Original::default();
    let first = |byte: u8| matches!(byte | 0x20, b'm' | b's' | b'f' | b't' | b'd');
    let wanted = |name: &str| matches!(name.len(), 2 | 4 | 7 | 10);
    fields::select(head, first, wanted, |name, value| {
        let slot = if name.eq_ignore_ascii_case("message-id") {
            &mut original.message_id
        } else if name.eq_ignore_ascii_case("subject") {
            &mut original.subject
        } else if name.eq_ignore_ascii_case("from") {
            &mut original.from
        } else if name.eq_ignore_ascii_case("to") {
            &mut original.to
        } else if name.eq_ignore_ascii_case("date") {
            &mut original.date
        } else {
            return;
        };
        if slot.is_none() {
            *slot = Some(fields::unfold(value));
        }
    });
    if let Some(subject) = original.subject.as_mut() {
        if let Cow::Owned(decoded) = mime::encoded_words(subject) {
            *subject = decoded;
        }
    }
    original
}
