//! Conversions from and to lettre's SMTP types, and explanations of lettre's send errors
//! (feature `lettre`).
//!
//! - `ReplyCode::from(lettre::transport::smtp::response::Code)`.
//! - `OwnedReply::from(&lettre::transport::smtp::response::Response)` and [`Reply::to_lettre`].
//! - [`SmtpErrorExt`] on `lettre::transport::smtp::Error`: `error.explain()`, `error.reply()`,
//!   `error.retry()`, and [`SendFailure`], which explains any failure, with an SMTP reply or
//!   without one, in any [`Locale`].

use std::format;
use std::string::{String, ToString};

use core::fmt;

use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::response::{Code, Response};

use crate::text::template::{Template, fill};
use crate::{Locale, Localized, OwnedReply, Reply, ReplyCode, Retry, RetryDecision, RetryReason};

/// lettre's three-digit code as a [`ReplyCode`].
///
/// # Examples
///
/// ```
/// use lettre::transport::smtp::response::{Category, Code, Detail, Severity};
/// use smtp_codes::ReplyCode;
///
/// let code = Code::new(Severity::PermanentNegativeCompletion, Category::Syntax, Detail::Three);
/// assert_eq!(ReplyCode::from(code), ReplyCode::BadSequence);
/// ```
impl From<Code> for ReplyCode {
    fn from(code: Code) -> ReplyCode {
        ReplyCode::from(u16::from(code))
    }
}

/// Rebuilds the wire form of a reply from a code and its lines.
fn wire(code: ReplyCode, lines: &[&str]) -> String {
    let mut text = String::new();
    let count = lines.len().max(1);
    for index in 0..count {
        let separator = if index + 1 == count { ' ' } else { '-' };
        let line = lines.get(index).copied().unwrap_or("");
        // A line cannot hold a line break; lettre has already split them.
        let line = line.replace(['\r', '\n'], " ");
        text.push_str(&format!("{:03}{separator}{line}\r\n", code.as_u16()));
    }
    text
}

/// A lettre response as an [`OwnedReply`], with its enhanced code read from the text.
///
/// # Examples
///
/// ```
/// use std::str::FromStr;
/// use lettre::transport::smtp::response::Response;
/// use smtp_codes::OwnedReply;
///
/// let response = Response::from_str("550 5.1.1 <bob@example.net>: User unknown\r\n").unwrap();
/// let reply = OwnedReply::from(&response);
/// assert_eq!(reply.code(), 550);
/// assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
/// ```
impl From<&Response> for OwnedReply {
    fn from(response: &Response) -> OwnedReply {
        let lines: std::vec::Vec<&str> = response.message().collect();
        OwnedReply::from_wire(wire(ReplyCode::from(response.code()), &lines))
    }
}

/// What kind of failure a lettre error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Failure {
    /// The server refused with a 4xx or 5xx reply.
    Reply,
    /// TLS could not be set up.
    Tls,
    /// No connection, or a connection lost or timed out.
    Connection,
    /// What answered was not a readable SMTP reply.
    InvalidReply,
    /// lettre failed on its own side.
    Client,
}

/// What a failed send means, from a `lettre::transport::smtp::Error`; made by
/// [`SmtpErrorExt::explain`]. It borrows the error, which is its `source()`.
///
/// For a refusal by the server, `Display` writes the reply's [explanation](crate::Explanation);
/// for a failure with no SMTP reply (TLS, the network, a timeout, an answer that is not SMTP), it
/// says so, gives lettre's own words and what to check. [`SendFailure::localize`] writes it in
/// another language.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, SmtpErrorExt};
///
/// fn report(error: &lettre::transport::smtp::Error, locale: Locale) -> String {
///     error.explain().localize(locale).to_string()
/// }
/// ```
#[derive(Debug, Clone)]
pub struct SendFailure<'a> {
    error: &'a SmtpError,
    reply: Option<OwnedReply>,
    failure: Failure,
}

impl<'a> SendFailure<'a> {
    /// The server's reply, if the failure was one.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::SmtpErrorExt;
    ///
    /// fn code(error: &lettre::transport::smtp::Error) -> Option<u16> {
    ///     error.explain().reply().map(|reply| reply.code().as_u16())
    /// }
    /// ```
    pub fn reply(&self) -> Option<&OwnedReply> {
        self.reply.as_ref()
    }

    /// lettre's error.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::SmtpErrorExt;
    ///
    /// fn timed_out(error: &lettre::transport::smtp::Error) -> bool {
    ///     error.explain().error().is_timeout()
    /// }
    /// ```
    pub fn error(&self) -> &'a SmtpError {
        self.error
    }

    /// What to do next: the reply's decision, or for a failure without one, retry later after a
    /// network failure, fix the TLS settings, or give up on a server that does not speak SMTP.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Retry, SmtpErrorExt};
    ///
    /// fn should_requeue(error: &lettre::transport::smtp::Error) -> bool {
    ///     error.explain().retry().action() == Retry::Later
    /// }
    /// ```
    pub fn retry(&self) -> RetryDecision {
        match (self.failure, &self.reply) {
            (Failure::Reply, Some(reply)) => reply.reply().retry(),
            (Failure::Tls, _) => RetryDecision::new(Retry::FixFirst, RetryReason::TlsFailed),
            (Failure::InvalidReply, _) => RetryDecision::new(Retry::DoNotRetry, RetryReason::InvalidReply),
            (Failure::Client, _) => RetryDecision::new(Retry::FixFirst, RetryReason::ClientError),
            (Failure::Connection | Failure::Reply, _) => {
                RetryDecision::new(Retry::Later, RetryReason::ConnectionFailed)
            }
        }
    }

    /// This failure with a language: its `Display` in that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, SmtpErrorExt};
    ///
    /// fn report(error: &lettre::transport::smtp::Error) -> String {
    ///     let locale = Locale::negotiate(["zh-CN", "en"]);
    ///     error.explain().localize(locale).to_string()
    /// }
    /// ```
    pub fn localize(self, locale: Locale) -> Localized<SendFailure<'a>> {
        Localized::new(self, locale)
    }
}

/// Writes the reply's explanation, or for a failure without a reply, lettre's words and what to
/// check, in the locale.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, SmtpErrorExt};
///
/// fn show(error: &lettre::transport::smtp::Error) {
///     eprintln!("{}", error.explain().localize(Locale::En));
/// }
/// ```
impl fmt::Display for Localized<SendFailure<'_>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let failure = self.value();
        let locale = self.locale();
        if let Some(reply) = &failure.reply {
            return fmt::Display::fmt(&reply.reply().explain().localize(locale), f);
        }
        let remedy = match failure.failure {
            Failure::Tls => Template::SendFailureTls,
            Failure::InvalidReply => Template::SendFailureInvalidReply,
            Failure::Client => Template::SendFailureClient,
            Failure::Connection | Failure::Reply => Template::SendFailureConnection,
        };
        let remedy = remedy.text(locale);
        fill(f, Template::SendFailure.text(locale), &[("error", &failure.error), ("remedy", &remedy)])
    }
}

/// Writes the failure in English; see [`SendFailure::localize`].
///
/// # Examples
///
/// ```
/// use smtp_codes::SmtpErrorExt;
///
/// fn show(error: &lettre::transport::smtp::Error) {
///     eprintln!("Could not send: {}", error.explain());
/// }
/// ```
impl fmt::Display for SendFailure<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.clone().localize(Locale::En), f)
    }
}

/// The source is lettre's error.
///
/// # Examples
///
/// ```
/// use smtp_codes::SmtpErrorExt;
/// use std::error::Error;
///
/// fn cause(error: &lettre::transport::smtp::Error) -> String {
///     error.explain().source().map(|source| source.to_string()).unwrap_or_default()
/// }
/// ```
impl std::error::Error for SendFailure<'_> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        Some(self.error)
    }
}

/// Explanations for lettre's SMTP errors.
///
/// # Examples
///
/// ```no_run
/// use lettre::{Message, SmtpTransport, Transport};
/// use smtp_codes::SmtpErrorExt;
///
/// let message = Message::builder()
///     .from("alice@example.com".parse().unwrap())
///     .to("bob@example.net".parse().unwrap())
///     .body(String::from("Hello"))
///     .unwrap();
/// let mailer = SmtpTransport::builder_dangerous("127.0.0.1").port(2525).build();
/// match mailer.send(&message) {
///     Ok(_) => println!("sent"),
///     Err(error) => println!("{}", error.explain()),
/// }
/// ```
pub trait SmtpErrorExt {
    /// The server's reply, for a refusal (a 4xx or 5xx reply); `None` for network, TLS and
    /// client errors.
    fn reply(&self) -> Option<OwnedReply>;

    /// What the failure means, for a person.
    fn explain(&self) -> SendFailure<'_>;

    /// What to do next.
    fn retry(&self) -> RetryDecision {
        self.explain().retry()
    }
}

/// Words of a TLS failure in lettre's `Display`. With rustls, lettre reports a failed handshake or
/// a refused certificate as a network error ("network error: invalid peer certificate:
/// UnknownIssuer"), so its kind alone would call it a lost connection.
const TLS_WORDS: &[&str] =
    &["certificate", "handshake", "tls", "ssl", "peer is incompatible", "alert", "corrupt message"];

impl SmtpErrorExt for SmtpError {
    fn reply(&self) -> Option<OwnedReply> {
        let code = ReplyCode::from(self.status()?);
        // lettre keeps the reply's lines, joined by spaces, as the error's source.
        let message = std::error::Error::source(self).map(ToString::to_string).unwrap_or_default();
        Some(OwnedReply::from_wire(wire(code, &[&message])))
    }

    fn explain(&self) -> SendFailure<'_> {
        let reply = self.reply();
        // lettre names its kinds of error only in its `Display` (and `is_tls` only with a TLS
        // feature of its own).
        let words = self.to_string().to_ascii_lowercase();
        let failure = if reply.is_some() {
            Failure::Reply
        } else if words.starts_with("tls") || TLS_WORDS.iter().any(|word| words.contains(word)) {
            Failure::Tls
        } else if self.is_response() {
            Failure::InvalidReply
        } else if self.is_client() {
            Failure::Client
        } else {
            Failure::Connection
        };
        SendFailure { error: self, reply, failure }
    }
}

impl Reply<'_> {
    /// This reply as lettre's `Response`.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("250-a\r\n250 b")?;
    /// let response = reply.to_lettre();
    /// assert_eq!(response.message().collect::<Vec<_>>(), ["a", "b"]);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn to_lettre(&self) -> Response {
        use core::str::FromStr;
        match Response::from_str(&self.to_string()) {
            Ok(response) => response,
            // lettre reads every reply this crate writes; a refusal would be a lettre bug, and
            // the code alone is still right.
            Err(_) => Response::new(lettre_code(self.code()), std::vec::Vec::new()),
        }
    }
}

fn lettre_code(code: ReplyCode) -> Code {
    use lettre::transport::smtp::response::{Category, Detail, Severity};
    let severity = match code.class() {
        crate::Class::PositiveCompletion => Severity::PositiveCompletion,
        crate::Class::PositiveIntermediate => Severity::PositiveIntermediate,
        crate::Class::TransientNegative => Severity::TransientNegativeCompletion,
        crate::Class::PermanentNegative => Severity::PermanentNegativeCompletion,
    };
    let category = match code.as_u16() / 10 % 10 {
        0 => Category::Syntax,
        1 => Category::Information,
        2 => Category::Connections,
        3 => Category::Unspecified3,
        4 => Category::Unspecified4,
        _ => Category::MailSystem,
    };
    let detail = match code.as_u16() % 10 {
        0 => Detail::Zero,
        1 => Detail::One,
        2 => Detail::Two,
        3 => Detail::Three,
        4 => Detail::Four,
        5 => Detail::Five,
        6 => Detail::Six,
        7 => Detail::Seven,
        8 => Detail::Eight,
        _ => Detail::Nine,
    };
    Code::new(severity, category, detail)
}
