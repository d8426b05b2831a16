//! Conversions from lettre's SMTP types (feature `lettre`).
//!
//! - `ReplyCode::from(lettre::transport::smtp::response::Code)`.
//! - `OwnedReply::from(&lettre::transport::smtp::response::Response)`.
//! - [`SmtpErrorExt`] on `lettre::transport::smtp::Error`: `error.explain()`, `error.reply()`,
//!   `error.retry()`.

use std::format;
use std::string::{String, ToString};

use core::fmt;

use lettre::transport::smtp::Error as SmtpError;
use lettre::transport::smtp::response::{Code, Response};

use crate::{OwnedReply, Reply, ReplyCode, Retry, RetryDecision, RetryReason};

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
        text.push_str(&format!("{:03}{separator}{line}\r\n", code.code()));
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

/// What a failed send means, from a `lettre::transport::smtp::Error`; made by
/// [`SmtpErrorExt::explain`].
///
/// For a refusal by the server, `Display` writes the reply's [explanation](crate::Explanation);
/// for a failure with no SMTP reply (network, TLS, timeouts), it says that and gives lettre's own
/// words.
///
/// # Examples
///
/// ```
/// use smtp_codes::SmtpErrorExt;
///
/// fn report(error: &lettre::transport::smtp::Error) -> String {
///     error.explain().to_string()
/// }
/// ```
#[derive(Debug, Clone)]
pub struct SendFailure {
    reply: Option<OwnedReply>,
    decision: RetryDecision,
    error: String,
}

impl SendFailure {
    /// The server's reply, if the failure was one.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::SmtpErrorExt;
    ///
    /// fn code(error: &lettre::transport::smtp::Error) -> Option<u16> {
    ///     error.explain().reply().map(|reply| reply.code().code())
    /// }
    /// ```
    pub fn reply(&self) -> Option<&OwnedReply> {
        self.reply.as_ref()
    }

    /// What to do next.
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
        self.decision
    }
}

/// Writes the reply's explanation, or what is known of a failure without one.
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
impl fmt::Display for SendFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.reply {
            Some(reply) => fmt::Display::fmt(reply, f),
            None => write!(
                f,
                "The message was not sent, and no SMTP reply says why: {}. What to do: {}",
                self.error,
                match self.decision.reason() {
                    RetryReason::EncryptionRequired => {
                        "Check the TLS settings: the server's certificate, and whether it expects TLS from the start or STARTTLS."
                    }
                    RetryReason::ServiceUnavailable => {
                        "Check the server's name and port and the network; sending again later may work."
                    }
                    _ => "Check the sending program's SMTP settings.",
                }
            ),
        }
    }
}

impl std::error::Error for SendFailure {}

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
    fn explain(&self) -> SendFailure;

    /// What to do next.
    fn retry(&self) -> RetryDecision {
        self.explain().retry()
    }
}

impl SmtpErrorExt for SmtpError {
    fn reply(&self) -> Option<OwnedReply> {
        let code = ReplyCode::from(self.status()?);
        // lettre keeps the reply's lines, joined by spaces, as the error's source.
        let message = std::error::Error::source(self).map(ToString::to_string).unwrap_or_default();
        Some(OwnedReply::from_wire(wire(code, &[&message])))
    }

    fn explain(&self) -> SendFailure {
        let reply = self.reply();
        let decision = match &reply {
            Some(reply) => reply.retry(),
            None if self.is_timeout() || !(self.is_client() || self.is_response()) => {
                RetryDecision::new(Retry::Later, RetryReason::ServiceUnavailable)
            }
            None => RetryDecision::new(Retry::FixFirst, RetryReason::ProtocolError),
        };
        let decision = if reply.is_none() && self.to_string().to_ascii_lowercase().contains("tls") {
            RetryDecision::new(Retry::FixFirst, RetryReason::EncryptionRequired)
        } else {
            decision
        };
        SendFailure { reply, decision, error: self.to_string() }
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
    let category = match code.code() / 10 % 10 {
        0 => Category::Syntax,
        1 => Category::Information,
        2 => Category::Connections,
        3 => Category::Unspecified3,
        4 => Category::Unspecified4,
        _ => Category::MailSystem,
    };
    let detail = match code.code() % 10 {
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
