//! What the readers find: what a [`Feedback`] report says, and the [`Report`] each reader fills
//! in, with the [`Kind`] of the email.

use std::string::String;
use std::vec::Vec;

pub(crate) use crate::bounce::kind::Kind;
use crate::bounce::recipient::{Action, Found};

/// What a feedback report (RFC 5965) says about the message.
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::Bounce;
///
/// let email = b"From: fbl@example.net\r
/// Content-Type: multipart/report; report-type=feedback-report; boundary=b\r
/// \r
/// --b\r
/// Content-Type: message/feedback-report\r
/// \r
/// Feedback-Type: abuse\r
/// Source-IP: 192.0.2.1\r
/// Original-Rcpt-To: <bob@example.net>\r
/// \r
/// --b--\r
/// ";
/// let bounce = Bounce::parse(email)?;
/// let feedback = bounce.feedback().unwrap();
/// assert_eq!(feedback.feedback_type(), Some("abuse"));
/// assert_eq!(feedback.source_ip(), Some("192.0.2.1"));
/// assert_eq!(bounce.recipients().next().unwrap().address(), "bob@example.net");
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Feedback {
    pub(crate) feedback_type: Option<String>,
    pub(crate) source_ip: Option<String>,
    pub(crate) user_agent: Option<String>,
    pub(crate) arrival_date: Option<String>,
}

impl Feedback {
    /// The `Feedback-Type`: "abuse", "fraud", "virus", "auth-failure", "not-spam", "other", in
    /// lowercase.
    ///
    /// # Examples
    ///
    /// See [`Feedback`].
    pub fn feedback_type(&self) -> Option<&str> {
        self.feedback_type.as_deref()
    }

    /// The `Source-IP`: the address the reported message came from.
    ///
    /// # Examples
    ///
    /// See [`Feedback`].
    pub fn source_ip(&self) -> Option<&str> {
        self.source_ip.as_deref()
    }

    /// The `User-Agent` of the software that wrote the report.
    ///
    /// # Examples
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=feedback-report; boundary=b\r\n\r\n--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nUser-Agent: SomeISP-FBL/1.0\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// assert_eq!(bounce.feedback().unwrap().user_agent(), Some("SomeISP-FBL/1.0"));
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn user_agent(&self) -> Option<&str> {
        self.user_agent.as_deref()
    }

    /// The `Arrival-Date` (or `Received-Date`), as written.
    ///
    /// # Examples
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=feedback-report; boundary=b\r\n\r\n--b\r\nContent-Type: message/feedback-report\r\n\r\nFeedback-Type: abuse\r\nArrival-Date: Thu, 8 Mar 2005 14:00:00 EDT\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// assert_eq!(bounce.feedback().unwrap().arrival_date(), Some("Thu, 8 Mar 2005 14:00:00 EDT"));
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn arrival_date(&self) -> Option<&str> {
        self.arrival_date.as_deref()
    }
}

/// What the readers fill in.
#[derive(Debug, Default)]
pub(crate) struct Report {
    pub(crate) kind: Option<Kind>,
    pub(crate) recipients: Vec<Found>,
    pub(crate) feedback: Option<Feedback>,
    pub(crate) reporting_mta: Option<String>,
    pub(crate) max_recipients: usize,
    /// The email presents itself as a bounce (a known format, a mail system's sender, a
    /// subject that says so).
    pub(crate) looks_like_bounce: bool,
    /// The recipients are a guess: the report names none, and the returned message's `To`
    /// was taken.
    pub(crate) guessed: bool,
}

impl Report {
    /// Adds a recipient unless the limit is reached; false once it is.
    pub(crate) fn push(&mut self, found: Found) -> bool {
        if self.recipients.len() >= self.max_recipients {
            return false;
        }
        self.recipients.push(found);
        true
    }

    /// The kind the recipients' actions say: failed if any failed, else delayed, else delivered.
    pub(crate) fn kind_from_actions(&self) -> Kind {
        let any = |action: Action| self.recipients.iter().any(|r| r.action == Some(action));
        if any(Action::Failed) {
            Kind::Failed
        } else if any(Action::Delayed) {
            Kind::Delayed
        } else if self
            .recipients
            .iter()
            .any(|r| matches!(r.action, Some(Action::Delivered | Action::Relayed | Action::Expanded)))
        {
            Kind::Delivered
        } else {
            Kind::Failed
        }
    }
}
