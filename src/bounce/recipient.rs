//! [`Recipient`]: what a bounce says about one address.

use std::string::String;

use crate::bounce::kind::Kind;
use crate::bounce::scan;
use crate::reasons::decide::decide_knowing;
use crate::reasons::scan::Command;
use crate::{EnhancedStatusCode, Reason, Reply, RetryDecision, StatusClass, Subject};

/// What became of the message for one recipient: RFC 3464's `Action` field, or what a
/// non-standard bounce says in words.
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::Action;
///
/// assert_eq!(Action::from_field("Failed"), Some(Action::Failed));
/// assert_eq!(Action::Delayed.as_str(), "delayed");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Action {
    /// It could not be delivered, and will not be tried again.
    Failed,
    /// It has not been delivered yet, and will be tried again.
    Delayed,
    /// It was delivered to the recipient's mailbox.
    Delivered,
    /// It was passed on to a system that sends no DSNs.
    Relayed,
    /// It was delivered to an address that forwards to several others.
    Expanded,
}

impl Action {
    /// The action an RFC 3464 `Action` field names, without case or comments
    /// ("failed (bad address)").
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::Action;
    ///
    /// assert_eq!(Action::from_field("delivered (to mailbox)"), Some(Action::Delivered));
    /// assert_eq!(Action::from_field("bogus"), None);
    /// ```
    pub fn from_field(value: &str) -> Option<Action> {
        let word = value.trim().split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        let word = word.to_ascii_lowercase();
        Some(match word.as_str() {
            "failed" | "failure" => Action::Failed,
            "delayed" => Action::Delayed,
            "delivered" | "deliverable" => Action::Delivered,
            "relayed" => Action::Relayed,
            "expanded" => Action::Expanded,
            _ => return None,
        })
    }

    /// The action as the field writes it, in lowercase.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::bounce::Action::Expanded.as_str(), "expanded");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Action::Failed => "failed",
            Action::Delayed => "delayed",
            Action::Delivered => "delivered",
            Action::Relayed => "relayed",
            Action::Expanded => "expanded",
        }
    }
}

/// Where a recipient's reply is, once [`settle`](super::diagnosis::settle) has looked.
#[derive(Clone, Debug, Default)]
pub(crate) enum ReplySource {
    /// Not looked for yet.
    #[default]
    Unread,
    /// Found by [`Reply::find`] in the whole diagnostic text.
    Whole,
    /// In this span of the diagnostic text: a reply nested in the reporting MTA's own.
    Span(usize, usize),
    /// Rebuilt by a reader from text that does not hold it in a reply's shape.
    Text(String),
    /// There is none.
    None,
}

/// One recipient as a reader found it.
#[derive(Clone, Debug, Default)]
pub(crate) struct Found {
    pub(crate) address: String,
    pub(crate) original: Option<String>,
    pub(crate) action: Option<Action>,
    pub(crate) status: Option<EnhancedStatusCode>,
    /// The text that holds the remote server's reply: a `Diagnostic-Code` value, or the block
    /// of a text bounce about this recipient.
    pub(crate) diagnostic: Option<String>,
    /// Where the remote server's reply is.
    pub(crate) reply: ReplySource,
    /// The enhanced code of that reply, once known (`Some(None)`: it has none).
    pub(crate) said: Option<Option<EnhancedStatusCode>>,
    pub(crate) command: Option<&'static str>,
    pub(crate) remote_mta: Option<String>,
    pub(crate) last_attempt: Option<String>,
    pub(crate) retry_until: Option<String>,
}

impl Found {
    pub(crate) fn new(address: String) -> Found {
        Found { address, ..Found::default() }
    }

    /// Says where the remote server's reply is (forgetting its enhanced code, found anew).
    pub(crate) fn set_reply(&mut self, source: ReplySource) {
        self.reply = source;
        self.said = None;
    }

    /// The remote server's reply, where it is.
    pub(crate) fn reply(&self) -> Option<Reply<'_>> {
        match &self.reply {
            ReplySource::Unread | ReplySource::Whole => self.diagnostic.as_deref().and_then(Reply::find),
            ReplySource::Span(start, end) => {
                self.diagnostic.as_deref().and_then(|text| text.get(*start..*end)).and_then(Reply::find)
            }
            ReplySource::Text(text) => Reply::find(text),
            ReplySource::None => None,
        }
    }
}

/// What one bounce says about one recipient. Made by [`Bounce::recipients`](super::Bounce::recipients).
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::Bounce;
///
/// let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r
/// \r
/// --b\r
/// Content-Type: message/delivery-status\r
/// \r
/// Reporting-MTA: dns; mx.example.org\r
/// \r
/// Original-Recipient: rfc822; Bob.Smith@example.net\r
/// Final-Recipient: rfc822; <bob@example.net>\r
/// Action: delayed\r
/// Status: 4.2.2\r
/// Remote-MTA: dns; mx.example.net\r
/// Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\r
/// Last-Attempt-Date: Sun, 22 Nov 2026 10:15:01 +0000\r
/// Will-Retry-Until: Tue, 24 Nov 2026 10:15:01 +0000\r
/// \r
/// --b--\r
/// ";
/// let bounce = Bounce::parse(email)?;
/// let bob = bounce.recipients().next().unwrap();
/// assert_eq!(bob.address(), "bob@example.net");
/// assert_eq!(bob.original_recipient(), Some("Bob.Smith@example.net"));
/// assert_eq!(bob.remote_mta(), Some("mx.example.net"));
/// assert_eq!(bob.reply().unwrap().text(), "Mailbox full");
/// assert_eq!(bob.last_attempt(), Some("Sun, 22 Nov 2026 10:15:01 +0000"));
/// assert_eq!(bob.retry_until(), Some("Tue, 24 Nov 2026 10:15:01 +0000"));
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct Recipient<'b> {
    found: &'b Found,
    kind: Kind,
}

impl<'b> Recipient<'b> {
    /// The address, bare: no "rfc822;", no angle brackets; the domain in lowercase, the local
    /// part as written.
    ///
    /// # Examples
    ///
    /// See [`Recipient`].
    pub fn address(&self) -> &'b str {
        &self.found.address
    }

    /// The address the sender gave, where the bounce names it and it differs in form from the
    /// final one (a DSN's `Original-Recipient`).
    ///
    /// # Examples
    ///
    /// See [`Recipient`].
    pub fn original_recipient(&self) -> Option<&'b str> {
        self.found.original.as_deref()
    }

    /// What became of the message for this recipient.
    ///
    /// # Examples
    ///
    /// See the [module](super).
    pub const fn action(&self) -> Option<Action> {
        self.found.action
    }

    /// The enhanced status code of what happened to this recipient: the remote server's own
    /// code where its reply gives one that says more than the bounce's `Status` (RFC 3463 asks
    /// for the code of the actual problem, so a remote "550 5.7.1" replaces a `Status: 5.0.0`,
    /// an expiry's `4.4.7` or the reporting MTA's own mapping); else a DSN's `Status`, or the
    /// code in the text of a bounce in another format.
    ///
    /// # Examples
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp; 550 5.7.1 Message rejected as spam\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// // The DSN says only "5.0.0"; the remote server said why.
    /// assert_eq!(bounce.recipients().next().unwrap().status().unwrap().to_string(), "5.7.1");
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub const fn status(&self) -> Option<EnhancedStatusCode> {
        self.found.status
    }

    /// The remote server's reply, from the `Diagnostic-Code` or the text about this recipient;
    /// `None` where the bounce gives none (a DNS failure, a local delivery problem). Where the
    /// reporting MTA wraps the remote server's reply in its own ("554 4.4.7 Message expired
    /// ... <421 4.4.2 Connection timed out>", Sendmail's "554 <bob@example.net>... 550 Host
    /// unknown", a session transcript's "<<< 550 ..."), it is the remote server's.
    ///
    /// # Examples
    ///
    /// See the [module](super).
    pub fn reply(&self) -> Option<Reply<'b>> {
        self.found.reply()
    }

    /// The text the bounce gives about this recipient, where the reply was looked for: a DSN's
    /// `Diagnostic-Code` value unfolded into one line, as RFC 5322 unfolds a field (the
    /// reporting MTA's line breaks become spaces; Sendmail's first line of a reply is completed
    /// from its transcript), else the comment of its `Status` ("4.0.0 (host name lookup
    /// failure)") or the human-readable part's words about the recipient; or the lines of a
    /// text bounce.
    ///
    /// # Examples
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.4.4\r\nDiagnostic-Code: X-Postfix; Host or domain name not found\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// let bob = bounce.recipients().next().unwrap();
    /// assert_eq!(bob.diagnostic(), Some("X-Postfix; Host or domain name not found"));
    /// assert!(bob.reply().is_none());
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn diagnostic(&self) -> Option<&'b str> {
        self.found.diagnostic.as_deref()
    }

    /// The SMTP command the reply answered, in upper case: "CONN" (the greeting or the
    /// connection), "EHLO", "HELO", "STARTTLS", "AUTH", "MAIL", "RCPT", "DATA" (the command or
    /// the end of the message data).
    ///
    /// # Examples
    ///
    /// See [`Bounce`](super::Bounce).
    pub const fn command(&self) -> Option<&'static str> {
        self.found.command
    }

    /// The remote MTA that gave the reply (a DSN's `Remote-MTA`, without its "dns;").
    ///
    /// # Examples
    ///
    /// See [`Recipient`].
    pub fn remote_mta(&self) -> Option<&'b str> {
        self.found.remote_mta.as_deref()
    }

    /// When delivery was last tried (a DSN's `Last-Attempt-Date`), as written.
    ///
    /// # Examples
    ///
    /// See [`Recipient`].
    pub fn last_attempt(&self) -> Option<&'b str> {
        self.found.last_attempt.as_deref()
    }

    /// Until when delivery will be tried again (a DSN's `Will-Retry-Until`), as written.
    ///
    /// # Examples
    ///
    /// See [`Recipient`].
    pub fn retry_until(&self) -> Option<&'b str> {
        self.found.retry_until.as_deref()
    }

    /// Why the message was not delivered to this recipient: the [`Reason`] that the remote
    /// server's reply, the status and the bounce's text about the recipient name, weighed as
    /// [`Reply::reason`] weighs them, with the command the reply answered (a "user unknown"
    /// answered to the message data comes from a filter). A delivered recipient is
    /// [`Reason::Delivered`], the person a feedback report is about [`Reason::Feedback`], and
    /// the sender of an auto-reply [`Reason::Vacation`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.0.0\r\nDiagnostic-Code: smtp; 550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// let bob = bounce.recipients().next().unwrap();
    /// assert_eq!(bob.reason(), Reason::Blocked);
    /// assert!(!bob.is_hard()); // the address is fine: the sending server is blocklisted
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn reason(&self) -> Reason {
        match (self.kind, self.found.action) {
            (Kind::Feedback, _) => return Reason::Feedback,
            (Kind::AutoReply, _) => return Reason::Vacation,
            (_, Some(Action::Delivered | Action::Relayed | Action::Expanded)) => return Reason::Delivered,
            _ => {}
        }
        let reply = self.reply();
        // The reply's enhanced code, unless it says only its class ("550 5.0.0 ...") where the
        // DSN's status says more (Sendmail's "Status: 5.3.0" for a reply with 5.0.0).
        let stated = reply.and_then(|reply| reply.enhanced());
        let enhanced = match (stated, self.found.status) {
            (Some(stated), Some(status))
                if stated.subject() == Some(Subject::Other)
                    && stated.detail() == 0
                    && status.class() == stated.class() =>
            {
                Some(status)
            }
            (stated, status) => stated.or(status),
        };
        // The command the reader found the reply answered, as the reasons layer weighs it.
        let command = match self.found.command {
            Some("DATA") => Some(Command::Data),
            Some("RCPT") => Some(Command::Rcpt),
            Some("MAIL") => Some(Command::Mail),
            Some("CONN" | "EHLO" | "HELO") => Some(Command::Greeting),
            _ => None,
        };
        let text = self.found.diagnostic.as_deref().unwrap_or("");
        // A reply a reader found apart from the diagnostic text (Sendmail's transcript beside
        // its own summary, the text's reply beside a DSN's "X-Unix; 71") is read as well.
        let apart = match &self.found.reply {
            ReplySource::Text(reply) => reply.as_str(),
            _ => "",
        };
        let pieces = scan::without_folded_codes(text).chain([" ", apart]);
        decide_knowing(reply.map(|reply| reply.code()), enhanced, pieces, command)
    }

    /// True when the address itself is bad and should be suppressed: a hard bounce in
    /// Sisimai's sense ([`Reason::is_hard_bounce_when`]), weighing whether the failure is
    /// permanent (a 5xx reply; where there is none, a 5.X.X status; where there is neither, the
    /// action "failed").
    ///
    /// # Examples
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\nDiagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// assert!(bounce.recipients().next().unwrap().is_hard());
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn is_hard(&self) -> bool {
        // The reply's class, else the status's, else the action: "failed" means the reporting
        // server has given up (RFC 3464 section 2.3.3).
        let permanent = match (self.reply(), self.found.status) {
            (Some(reply), _) => reply.is_permanent(),
            (None, Some(status)) => status.class() == StatusClass::PermanentFailure,
            (None, None) => self.found.action == Some(Action::Failed),
        };
        self.reason().is_hard_bounce_when(permanent)
    }

    /// What the sender does next about this recipient: the remote reply's decision
    /// ([`Reply::retry`]), or where there is none, the status's
    /// ([`RetryDecision::for_status`]); `None` where the bounce gives neither.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Retry;
    ///
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.4.4\r\nDiagnostic-Code: X-Postfix; Host or domain name not found\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// let decision = bounce.recipients().next().unwrap().retry().unwrap();
    /// assert_eq!(decision.action(), Retry::DoNotRetry);
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn retry(&self) -> Option<RetryDecision> {
        match (self.reply(), self.found.status) {
            (Some(reply), _) => Some(reply.retry()),
            (None, Some(status)) => {
                Some(RetryDecision::for_status(status, self.found.diagnostic.as_deref().unwrap_or("")))
            }
            (None, None) => None,
        }
    }
}

/// The recipients of a bounce, in order. Made by [`Bounce::recipients`](super::Bounce::recipients).
///
/// # Examples
///
/// ```
/// let bounce = smtp_codes::bounce::Bounce::parse(b"Subject: hi\r\n\r\nhello\r\n")?;
/// assert_eq!(bounce.recipients().len(), 0);
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Recipients<'b> {
    inner: core::slice::Iter<'b, Found>,
    kind: Kind,
}

impl<'b> Recipients<'b> {
    pub(crate) fn new(found: &'b [Found], kind: Kind) -> Recipients<'b> {
        Recipients { inner: found.iter(), kind }
    }
}

impl<'b> Iterator for Recipients<'b> {
    type Item = Recipient<'b>;

    fn next(&mut self) -> Option<Recipient<'b>> {
        self.inner.next().map(|found| Recipient { found, kind: self.kind })
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        self.inner.size_hint()
    }
}

impl ExactSizeIterator for Recipients<'_> {}

impl<'b> DoubleEndedIterator for Recipients<'b> {
    fn next_back(&mut self) -> Option<Recipient<'b>> {
        self.inner.next_back().map(|found| Recipient { found, kind: self.kind })
    }
}
