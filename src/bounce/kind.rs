//! The [`Kind`] of an email: a failure, a delay, a success, a feedback report, an auto-reply,
//! or not a bounce at all.

/// What kind of email a [`Bounce`](crate::bounce::Bounce) is.
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::{Bounce, Kind};
///
/// let email = b"From: bob@example.net\r\nAuto-Submitted: auto-replied\r\nSubject: Out of office\r\n\r\nBack on Monday.\r\n";
/// assert_eq!(Bounce::parse(email)?.kind(), Kind::AutoReply);
/// # Ok::<(), smtp_codes::bounce::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Kind {
    /// Delivery failed for at least one recipient: a non-delivery report.
    Failed,
    /// Delivery is delayed and will be tried again: a warning, not yet a failure.
    Delayed,
    /// A success DSN: the message was delivered, relayed or expanded (RFC 3464 `Action:`
    /// `delivered`, `relayed`, `expanded`).
    Delivered,
    /// A feedback report (RFC 5965 ARF): someone marked the message as abuse or the like.
    Feedback,
    /// An automatic reply (RFC 3834): a vacation or out-of-office message.
    AutoReply,
    /// Not a bounce, a report or an auto-reply.
    NotBounce,
}

impl Kind {
    /// The kind as a lowercase word: "failed", "delayed", "delivered", "feedback",
    /// "auto-reply", "not-bounce".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::bounce::Kind::AutoReply.as_str(), "auto-reply");
    /// ```
    pub const fn as_str(self) -> &'static str {
        match self {
            Kind::Failed => "failed",
            Kind::Delayed => "delayed",
            Kind::Delivered => "delivered",
            Kind::Feedback => "feedback",
            Kind::AutoReply => "auto-reply",
            Kind::NotBounce => "not-bounce",
        }
    }
}

/// Writes [`Kind::as_str`].
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::bounce::Kind::Failed.to_string(), "failed");
/// ```
impl core::fmt::Display for Kind {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        f.write_str(self.as_str())
    }
}
