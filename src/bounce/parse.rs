//! [`Bounce`]: one email read as a bounce, and [`Bounce::parse`], which runs the readers in order.

use std::borrow::Cow;
use std::string::String;
use std::sync::OnceLock;
use std::vec::Vec;

use crate::bounce::error::Error;
use crate::bounce::limits::Limits;
use crate::bounce::original::{self, Original};
use crate::bounce::recipient::{Found, Recipients};
use crate::bounce::report::{Feedback, Kind, Report};
use crate::bounce::{autoreply, diagnosis, dsn, feedback, fields, formats, head, mime, text};

/// One email read as a bounce: its kind, its recipients, and the message it returns.
///
/// It borrows the email's head from the input; the decoded texts it keeps are its own.
///
/// # Examples
///
/// An Exim bounce, which is not a DSN:
///
/// ```
/// use smtp_codes::bounce::{Bounce, Kind};
///
/// let email = b"From: Mail Delivery System <Mailer-Daemon@mx.example.org>\r
/// Subject: Mail delivery failed: returning message to sender\r
/// X-Failed-Recipients: bob@example.net\r
/// \r
/// This message was created automatically by mail delivery software.\r
/// \r
/// A message that you sent could not be delivered to one or more of its\r
/// recipients. This is a permanent error. The following address(es) failed:\r
/// \r
///   bob@example.net\r
///     host mx.example.net [192.0.2.1]\r
///     SMTP error from remote mail server after RCPT TO:<bob@example.net>:\r
///     550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r
/// \r
/// ------ This is a copy of the message, including all the headers. ------\r
/// \r
/// Message-ID: <1234@example.org>\r
/// Subject: Lunch?\r
/// ";
/// let bounce = Bounce::parse(email)?;
/// assert_eq!(bounce.kind(), Kind::Failed);
/// let bob = bounce.recipients().next().unwrap();
/// assert_eq!(bob.address(), "bob@example.net");
/// assert_eq!(bob.reply().unwrap().text(), "<bob@example.net>: Recipient address rejected: User unknown");
/// assert_eq!(bob.command(), Some("RCPT"));
/// assert_eq!(bounce.original().subject(), Some("Lunch?"));
/// assert_eq!(bounce.failed_recipients().collect::<Vec<_>>(), ["bob@example.net"]);
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct Bounce<'a> {
    head: Cow<'a, str>,
    kind: Kind,
    recipients: Vec<Found>,
    /// The returned message's fields, read from `original_head` when first asked for (or
    /// already, when a reader needed them).
    original: OnceLock<Original>,
    original_head: Cow<'a, str>,
    feedback: Option<Feedback>,
    reporting_mta: Option<String>,
}

impl<'a> Bounce<'a> {
    /// Reads one whole email (headers and body, as stored in a `.eml` file or a maildir) with
    /// the default [`Limits`].
    ///
    /// Any email reads: one that is not a bounce, a report or an auto-reply has the kind
    /// [`Kind::NotBounce`] and no recipients.
    ///
    /// # Errors
    ///
    /// - an email larger than the limit (32 MiB by default);
    /// - more MIME parts than the limit (1,000), or nested deeper than the limit (32);
    /// - more than 64 distinct multipart boundaries, whatever the limits;
    /// - input that does not start with a header field (`""`, `"hello"`).
    ///
    /// # Examples
    ///
    /// See [`Bounce`] and the [module](crate::bounce).
    pub fn parse(email: &'a [u8]) -> Result<Bounce<'a>, Error> {
        Bounce::parse_with(email, &Limits::new())
    }

    /// Reads one whole email within the given limits.
    ///
    /// # Errors
    ///
    /// Those of [`Bounce::parse`], with these limits.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Limits};
    ///
    /// let email = b"Subject: hello\r\n\r\nhi\r\n";
    /// assert!(Bounce::parse_with(email, &Limits::new().max_size(10)).is_err());
    /// assert!(Bounce::parse_with(email, &Limits::new()).is_ok());
    /// ```
    pub fn parse_with(email: &'a [u8], limits: &Limits) -> Result<Bounce<'a>, Error> {
        let mut email = mime::read(email, limits)?;
        choose_head(&mut email);
        let (mut report, mut parsed, location) = analyse(&email, limits);
        let mut original_head = take_text(&mut email, location);
        // A bounce that returns another bounce whole (a gateway's notice around the MTA's
        // report): where the outer one names nobody but the returned message's recipient, the
        // inner one is read. The returned messages are borrowed from the input, so each step
        // reads a part of it again, at most as many steps as the depth limit allows.
        let mut attached = email.attached;
        let mut depth = 0;
        while (report.recipients.is_empty() || report.guessed) && report.looks_like_bounce && depth < limits.max_depth {
            let Some(mut inner) = attached.and_then(|bytes| mime::read(bytes, limits).ok()) else { break };
            choose_head(&mut inner);
            let (inner_report, inner_parsed, inner_location) = analyse(&inner, limits);
            attached = inner.attached;
            depth += 1;
            if !inner_report.recipients.is_empty() && !inner_report.guessed {
                report = inner_report;
                parsed = inner_parsed;
                original_head = take_text(&mut inner, inner_location);
            }
        }
        for found in &mut report.recipients {
            diagnosis::settle(found);
        }
        let kind = match report.kind {
            Some(kind) => kind,
            None if !report.recipients.is_empty() => report.kind_from_actions(),
            None => Kind::NotBounce,
        };
        let original = OnceLock::new();
        if let Some(parsed) = parsed {
            let _ = original.set(parsed);
        }
        Ok(Bounce {
            head: email.head,
            kind,
            recipients: report.recipients,
            original,
            original_head,
            feedback: report.feedback,
            reporting_mta: report.reporting_mta,
        })
    }

    /// What kind of email this is.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Kind};
    ///
    /// let email = b"From: alice@example.org\r\nSubject: Lunch?\r\n\r\nAt noon?\r\n";
    /// assert_eq!(Bounce::parse(email)?.kind(), Kind::NotBounce);
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub const fn kind(&self) -> Kind {
        self.kind
    }

    /// The recipients the email reports on, in the order it gives them: the failed (or
    /// delayed, or delivered) addresses of a bounce, the person a feedback report is about, or
    /// the person who sent an auto-reply.
    ///
    /// # Examples
    ///
    /// See [`Bounce`].
    pub fn recipients(&self) -> Recipients<'_> {
        Recipients::new(&self.recipients, self.kind)
    }

    /// The message the bounce returns: its Message-ID, subject, sender, recipients and date, as
    /// far as the bounce includes them.
    ///
    /// # Examples
    ///
    /// See [`Bounce`].
    pub fn original(&self) -> &Original {
        self.original.get_or_init(|| original::parse(&self.original_head))
    }

    /// What a feedback report says; `None` for other kinds.
    ///
    /// # Examples
    ///
    /// See [`Feedback`].
    pub const fn feedback(&self) -> Option<&Feedback> {
        self.feedback.as_ref()
    }

    /// The MTA that wrote the report (a DSN's `Reporting-MTA`, without its "dns;").
    ///
    /// # Examples
    ///
    /// See the [module](crate::bounce): `Reporting-MTA: dns; mx.example.org` gives `mx.example.org`.
    ///
    /// ```
    /// # let email = b"Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n--b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n--b--\r\n";
    /// let bounce = smtp_codes::bounce::Bounce::parse(email)?;
    /// assert_eq!(bounce.reporting_mta(), Some("mx.example.org"));
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn reporting_mta(&self) -> Option<&str> {
        self.reporting_mta.as_deref()
    }

    /// The value of a field of the email's own head (the first one called `name`, without
    /// case), with folded lines as they are.
    ///
    /// # Examples
    ///
    /// ```
    /// let bounce = smtp_codes::bounce::Bounce::parse(b"Subject: Returned mail\r\n\r\nbody\r\n")?;
    /// assert_eq!(bounce.header("subject"), Some("Returned mail"));
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub fn header(&self, name: &str) -> Option<&str> {
        fields::field(&self.head, name)
    }

    /// The addresses of the `X-Failed-Recipients` field(s) that Exim and others add.
    ///
    /// # Examples
    ///
    /// See [`Bounce`].
    pub fn failed_recipients(&self) -> impl Iterator<Item = &str> {
        fields::Fields::new(&self.head)
            .filter(|(name, _)| name.eq_ignore_ascii_case("x-failed-recipients"))
            .flat_map(|(_, value)| value.split([',', ' ', '\t', '\r', '\n']))
            .map(|address| address.trim().trim_start_matches('<').trim_end_matches('>'))
            .filter(|address| address.contains('@'))
    }
}

/// For an email that wraps a whole message (a forward, or a bounce whose body is the returned
/// message), the head the readers read: the outermost for which [`looks_like_bounce`] holds,
/// else the innermost, whose parts they read. A forward's own head says who forwarded the
/// bounce, not who sent it.
fn choose_head(email: &mut mime::Email<'_>) {
    if email.wrapped.is_empty() {
        return;
    }
    let is_bounce_head = |block: &str| {
        let head = head::Head::new(block);
        looks_like_bounce(&head, formats::detect(&head).is_some())
    };
    if is_bounce_head(&email.head) {
        return;
    }
    let chosen = email.wrapped.iter().position(|block| is_bounce_head(block)).unwrap_or(email.wrapped.len() - 1);
    email.head = core::mem::take(&mut email.wrapped[chosen]);
}

/// True for a head that says its email is a bounce: a known format's (`detected`), or a mail
/// system's sender, a bounce's subject or `X-Failed-Recipients`.
fn looks_like_bounce(head: &head::Head<'_>, detected: bool) -> bool {
    detected || text::is_bounce(head)
}

/// Reads one email's report with the readers, in order: an RFC 3464 DSN (completed from the
/// text by the format's rules), a feedback report, the format's own reader, the general text
/// reader, an auto-reply.
fn analyse(email: &mime::Email<'_>, limits: &Limits) -> (Report, Option<Original>, Option<(usize, usize)>) {
    let head = head::Head::new(&email.head);
    let format = formats::detect(&head);
    let markers = format.map(|format| format.markers).unwrap_or_default();
    let context = text::Context::new(email, &head, markers);
    let mut report = Report { max_recipients: limits.max_recipients, ..Report::default() };
    report.looks_like_bounce = looks_like_bounce(&head, format.is_some());
    if dsn::read(email, &mut report) {
        match format.and_then(|format| format.fill) {
            Some(fill) => fill(&context, &mut report, 0),
            None => text::fill(&context, &mut report, 0),
        }
    } else if !feedback::read(email, context.original(), &mut report) {
        let read = match format {
            Some(format) => match format.read {
                Some(read) => read(&context, &mut report) || text::read(&context, true, &mut report),
                None => text::read(&context, true, &mut report),
            },
            None => text::read(&context, false, &mut report),
        };
        if !read {
            autoreply::read(email, &mut report);
        }
    }
    // Where the returned message's head is: a part of its own, or the text after the report.
    let location = match email.parts.iter().position(|part| part.kind == mime::PartKind::OriginalHeaders) {
        Some(index) => Some((index, 0)),
        None => context.original_text().and_then(|text| locate(email, text)),
    };
    (report, context.into_original(), location)
}

/// The part of an email that `text` is a piece of, and where in the part it starts.
fn locate(email: &mime::Email<'_>, text: &str) -> Option<(usize, usize)> {
    let at = text.as_ptr() as usize;
    email.parts.iter().enumerate().find_map(|(index, part)| {
        let start = part.text.as_ptr() as usize;
        (start <= at && at <= start + part.text.len()).then(|| (index, at - start))
    })
}

/// Takes the text of a part out of an email, from an offset.
fn take_text<'a>(email: &mut mime::Email<'a>, location: Option<(usize, usize)>) -> Cow<'a, str> {
    let Some((index, offset)) = location else { return Cow::Borrowed("") };
    let Some(part) = email.parts.get_mut(index) else { return Cow::Borrowed("") };
    match core::mem::take(&mut part.text) {
        Cow::Borrowed(text) => Cow::Borrowed(text.get(offset..).unwrap_or("")),
        Cow::Owned(text) if offset == 0 => Cow::Owned(text),
        Cow::Owned(text) => Cow::Owned(String::from(text.get(offset..).unwrap_or(""))),
    }
}
