//! The taxonomies bounce processors store: a [`Reason`] as Amazon SES, SendGrid, SparkPost,
//! PowerMTA and KumoMTA name it.
//!
//! Each vendor's words are exactly the ones it documents: SES's `bounceType` and
//! `bounceSubType` values, SendGrid's seven bounce and block classifications, SparkPost's
//! numbered bounce classes, PowerMTA's bounce categories and KumoMTA's predefined bounce
//! classes. Where a vendor has no word for a reason (a delivery, a complaint) the answer is
//! `None`. The mapping is one table, [`MAP`], which `vendor_table.md` shows and
//! `tests/reason.rs` checks against.

use crate::Reason;

/// One row: a reason and its names in each taxonomy.
struct Names {
    reason: Reason,
    ses: Option<(&'static str, &'static str)>,
    sendgrid: Option<&'static str>,
    sparkpost: Option<u8>,
    powermta: Option<&'static str>,
    kumomta: Option<&'static str>,
}

const fn row(
    reason: Reason,
    ses: Option<(&'static str, &'static str)>,
    sendgrid: Option<&'static str>,
    sparkpost: Option<u8>,
    powermta: Option<&'static str>,
    kumomta: Option<&'static str>,
) -> Names {
    Names { reason, ses, sendgrid, sparkpost, powermta, kumomta }
}

const PERMANENT: &str = "Permanent";
const TRANSIENT: &str = "Transient";
const UNDETERMINED: &str = "Undetermined";

/// The mapping, one row per reason that any vendor names.
#[rustfmt::skip]
const MAP: &[Names] = {
    use Reason::*;
    const fn s(kind: &'static str, sub: &'static str) -> Option<(&'static str, &'static str)> {
        Some((kind, sub))
    }
    &[
        row(UserUnknown, s(PERMANENT, "NoEmail"), Some("Invalid Address"), Some(10), Some("bad-mailbox"), Some("InvalidRecipient")),
        row(HostUnknown, s(PERMANENT, "NoEmail"), Some("Invalid Address"), Some(10), Some("bad-domain"), Some("BadDomain")),
        row(HasMoved, s(PERMANENT, "General"), Some("Invalid Address"), Some(10), Some("inactive-mailbox"), Some("InactiveMailbox")),
        row(NotAccept, s(PERMANENT, "General"), Some("Invalid Address"), Some(10), Some("bad-domain"), Some("BadDomain")),
        row(MailboxFull, s(TRANSIENT, "MailboxFull"), Some("Mailbox Unavailable"), Some(22), Some("quota-issues"), Some("QuotaIssues")),
        row(Suspend, s(TRANSIENT, "General"), Some("Mailbox Unavailable"), Some(20), Some("inactive-mailbox"), Some("InactiveMailbox")),
        row(Filtered, s(TRANSIENT, "General"), Some("Mailbox Unavailable"), Some(50), Some("policy-related"), Some("PolicyRelated")),
        row(Blocked, s(TRANSIENT, "General"), Some("Reputation"), Some(51), Some("spam-related"), Some("SpamBlock")),
        row(BadReputation, s(TRANSIENT, "General"), Some("Reputation"), Some(51), Some("spam-related"), Some("SpamBlock")),
        row(RequirePtr, s(TRANSIENT, "General"), Some("Technical Failure"), Some(50), Some("policy-related"), Some("PolicyRelated")),
        row(Speeding, s(TRANSIENT, "General"), Some("Frequency or Volume Too High"), Some(70), Some("policy-related"), Some("TransientFailure")),
        row(TooManyConnections, s(TRANSIENT, "General"), Some("Frequency or Volume Too High"), Some(70), Some("bad-connection"), Some("TransientFailure")),
        row(TooManyRecipients, s(TRANSIENT, "General"), Some("Frequency or Volume Too High"), Some(70), Some("policy-related"), Some("TooManyRecipients")),
        row(Greylisted, s(TRANSIENT, "General"), Some("Technical Failure"), Some(70), Some("policy-related"), Some("TransientFailure")),
        row(AuthFailure, s(TRANSIENT, "General"), Some("Technical Failure"), Some(50), Some("policy-related"), Some("AuthenticationFailed")),
        row(Rejected, s(TRANSIENT, "General"), Some("Technical Failure"), Some(50), Some("invalid-sender"), Some("InvalidSender")),
        row(NoRelaying, s(TRANSIENT, "General"), Some("Technical Failure"), Some(54), Some("relaying-issues"), Some("RelayDenied")),
        row(SecurityError, s(TRANSIENT, "General"), Some("Technical Failure"), Some(50), Some("policy-related"), Some("PolicyRelated")),
        row(FailedStartTls, s(TRANSIENT, "General"), Some("Technical Failure"), Some(20), Some("bad-configuration"), Some("BadConfiguration")),
        row(SpamDetected, s(TRANSIENT, "ContentRejected"), Some("Content"), Some(52), Some("spam-related"), Some("SpamContent")),
        row(VirusDetected, s(TRANSIENT, "AttachmentRejected"), Some("Content"), Some(53), Some("virus-related"), Some("VirusRelated")),
        row(ContentError, s(TRANSIENT, "ContentRejected"), Some("Content"), Some(50), Some("content-related"), Some("ContentRelated")),
        row(PolicyViolation, s(TRANSIENT, "ContentRejected"), Some("Content"), Some(50), Some("policy-related"), Some("PolicyRelated")),
        row(NotCompliantRfc, s(TRANSIENT, "ContentRejected"), Some("Content"), Some(50), Some("content-related"), Some("ContentRelated")),
        row(MessageTooBig, s(TRANSIENT, "MessageTooLarge"), Some("Content"), Some(23), Some("content-related"), Some("ContentRelated")),
        row(ExceedLimit, s(TRANSIENT, "MessageTooLarge"), Some("Content"), Some(23), Some("content-related"), Some("ContentRelated")),
        row(SystemError, s(TRANSIENT, "General"), Some("Technical Failure"), Some(20), Some("bad-configuration"), Some("BadConfiguration")),
        row(SystemFull, s(TRANSIENT, "General"), Some("Technical Failure"), Some(20), Some("other"), Some("Uncategorized")),
        row(MailerError, s(TRANSIENT, "General"), Some("Technical Failure"), Some(20), Some("bad-configuration"), Some("BadConfiguration")),
        row(NetworkError, s(TRANSIENT, "General"), Some("Technical Failure"), Some(21), Some("routing-errors"), Some("RoutingErrors")),
        row(Expired, s(TRANSIENT, "General"), Some("Technical Failure"), Some(24), Some("message-expired"), Some("MessageExpired")),
        row(SyntaxError, s(TRANSIENT, "General"), Some("Technical Failure"), Some(20), Some("protocol-errors"), Some("ProtocolErrors")),
        row(Suppressed, s(PERMANENT, "Suppressed"), Some("Unclassified"), Some(25), Some("other"), Some("Uncategorized")),
        row(OnHold, s(UNDETERMINED, "Undetermined"), Some("Unclassified"), Some(1), Some("other"), Some("Uncategorized")),
        row(Undefined, s(UNDETERMINED, "Undetermined"), Some("Unclassified"), Some(1), Some("other"), Some("Uncategorized")),
        row(Vacation, None, None, Some(60), None, Some("AutoReply")),
    ]
};

/// The row of a reason; `None` for the reasons no vendor names.
const fn names(reason: Reason) -> Option<&'static Names> {
    let mut i = 0;
    while i < MAP.len() {
        // `PartialEq` is not `const`; the variants carry no data, so their discriminants decide.
        if MAP[i].reason as u8 == reason as u8 {
            return Some(&MAP[i]);
        }
        i += 1;
    }
    None
}

/// Amazon SES's classification of a bounce: the `bounceType` and `bounceSubType` of its bounce
/// notifications; from [`Reason::ses_bounce`].
///
/// # Examples
///
/// ```
/// use smtp_codes::Reason;
///
/// let bounce = Reason::MailboxFull.ses_bounce().unwrap();
/// assert_eq!((bounce.bounce_type(), bounce.sub_type()), ("Transient", "MailboxFull"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SesBounce {
    bounce_type: &'static str,
    sub_type: &'static str,
}

impl SesBounce {
    /// The `bounceType`: "Permanent", "Transient" or "Undetermined".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::UserUnknown.ses_bounce().unwrap().bounce_type(), "Permanent");
    /// ```
    pub const fn bounce_type(&self) -> &'static str {
        self.bounce_type
    }

    /// The `bounceSubType`: "General", "NoEmail", "Suppressed", "MailboxFull", "MessageTooLarge",
    /// "ContentRejected", "AttachmentRejected" or "Undetermined".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::VirusDetected.ses_bounce().unwrap().sub_type(), "AttachmentRejected");
    /// ```
    pub const fn sub_type(&self) -> &'static str {
        self.sub_type
    }
}

/// # The taxonomies of bounce processors
///
/// Each reason in the words of Amazon SES (`bounceType` / `bounceSubType`), SendGrid (bounce and
/// block classifications), SparkPost (bounce classes), PowerMTA (bounce categories) and KumoMTA
/// (predefined bounce classes). A dash is `None`: the vendor has no word for it (a delivery, an
/// auto-reply in SES's and PowerMTA's bounce vocabularies, a complaint, which every vendor reports
/// as its own kind of event). The table is the code's: `tests/reason.rs` checks every cell.
///
#[doc = include_str!("vendor_table.md")]
impl Reason {
    /// The reason as Amazon SES classifies bounces: `bounceType` and `bounceSubType`. `None` for
    /// what SES does not report as a bounce: a delivery, an auto-reply, a complaint.
    ///
    /// SES says `Permanent` only where the address itself is bad (and for its suppression list);
    /// everything else is `Transient`, with the subtype naming a full mailbox, a message too
    /// large, or rejected content or attachments.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// let bounce = Reason::UserUnknown.ses_bounce().unwrap();
    /// assert_eq!((bounce.bounce_type(), bounce.sub_type()), ("Permanent", "NoEmail"));
    /// assert_eq!(Reason::Delivered.ses_bounce(), None);
    /// ```
    pub const fn ses_bounce(self) -> Option<SesBounce> {
        match names(self) {
            Some(Names { ses: Some((bounce_type, sub_type)), .. }) => Some(SesBounce { bounce_type, sub_type }),
            _ => None,
        }
    }

    /// The reason as one of SendGrid's bounce and block classifications: "Invalid Address",
    /// "Mailbox Unavailable", "Content", "Reputation", "Frequency or Volume Too High",
    /// "Technical Failure" or "Unclassified". `None` for a delivery, an auto-reply and a
    /// complaint.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::Blocked.sendgrid_classification(), Some("Reputation"));
    /// assert_eq!(Reason::Speeding.sendgrid_classification(), Some("Frequency or Volume Too High"));
    /// ```
    pub const fn sendgrid_classification(self) -> Option<&'static str> {
        match names(self) {
            Some(names) => names.sendgrid,
            None => None,
        }
    }

    /// The reason as a SparkPost bounce class number (1 Undetermined, 10 Invalid Recipient, 20
    /// Soft Bounce, 21 DNS Failure, 22 Mailbox Full, 23 Too Large, 24 Timeout, 25 Admin Failure,
    /// 50 Mail Block, 51 Spam Block, 52 Spam Content, 53 Prohibited Attachment, 54 Relaying
    /// Denied, 60 Auto-Reply, 70 Transient Failure). `None` for a delivery and a complaint.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::UserUnknown.sparkpost_bounce_class(), Some(10));
    /// assert_eq!(Reason::SpamDetected.sparkpost_bounce_class(), Some(52));
    /// ```
    pub const fn sparkpost_bounce_class(self) -> Option<u8> {
        match names(self) {
            Some(names) => names.sparkpost,
            None => None,
        }
    }

    /// The reason as a PowerMTA bounce category: "bad-mailbox", "bad-domain",
    /// "inactive-mailbox", "quota-issues", "spam-related", "policy-related" and the rest of its
    /// seventeen. `None` for a delivery, an auto-reply and a complaint.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::UserUnknown.powermta_category(), Some("bad-mailbox"));
    /// assert_eq!(Reason::Expired.powermta_category(), Some("message-expired"));
    /// ```
    pub const fn powermta_category(self) -> Option<&'static str> {
        match names(self) {
            Some(names) => names.powermta,
            None => None,
        }
    }

    /// The reason as a KumoMTA predefined bounce class: PowerMTA's categories in KumoMTA's
    /// spelling ("QuotaIssues", "BadDomain"), and KumoMTA's more specific classes where it has
    /// them ("InvalidRecipient", "AuthenticationFailed", "TooManyRecipients", "AutoReply").
    /// `None` for a delivery and a complaint.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::AuthFailure.kumomta_class(), Some("AuthenticationFailed"));
    /// assert_eq!(Reason::MailboxFull.kumomta_class(), Some("QuotaIssues"));
    /// ```
    pub const fn kumomta_class(self) -> Option<&'static str> {
        match names(self) {
            Some(names) => names.kumomta,
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_reason_but_two_has_a_row_and_no_reason_two() {
        for reason in Reason::ALL {
            let rows = MAP.iter().filter(|row| row.reason == *reason).count();
            let expected = usize::from(!matches!(reason, Reason::Delivered | Reason::Feedback));
            assert_eq!(rows, expected, "{reason:?}");
        }
    }
}
