//! [`Subject`]: the second number of an enhanced status code.

use core::fmt;

use crate::Actor;
use crate::data::Sentences;
use crate::enhanced::registry::{self, SubjectRow};
use crate::helpers::named_enum::named_enum;

named_enum! {
    /// The subject of an enhanced status code: its second number (RFC 3463, section 3), which
    /// says what part of the delivery the status is about.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Subject};
    ///
    /// let code: EnhancedStatusCode = "5.7.1".parse()?;
    /// assert_eq!(code.subject(), Some(Subject::SecurityOrPolicy));
    /// assert_eq!(Subject::Mailbox.name(), "Mailbox Status");
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub enum Subject("an enhanced status subject", key "subject") {
        /// X.0: nothing more is known than the class.
        Other("other"),
        /// X.1: the sender's or a recipient's address.
        Addressing("addressing"),
        /// X.2: the recipient's mailbox.
        Mailbox("mailbox"),
        /// X.3: the destination mail system.
        MailSystem("mail-system"),
        /// X.4: the network and routing between the systems, DNS included.
        NetworkAndRouting("network-and-routing"),
        /// X.5: the SMTP exchange itself.
        MailDeliveryProtocol("mail-delivery-protocol"),
        /// X.6: the message's content or media.
        MessageContentOrMedia("message-content-or-media"),
        /// X.7: security and policy: authentication, encryption, filtering.
        SecurityOrPolicy("security-or-policy"),
    }
}

impl Subject {
    /// The subject for a number, or `None` past 7.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Subject;
    ///
    /// assert_eq!(Subject::from_number(1), Some(Subject::Addressing));
    /// assert_eq!(Subject::from_number(9), None);
    /// ```
    pub const fn from_number(number: u16) -> Option<Subject> {
        if number < 8 { Some(Subject::ALL[number as usize]) } else { None }
    }

    /// The subject's number, 0 to 7.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Subject::SecurityOrPolicy.number(), 7);
    /// ```
    pub const fn number(self) -> u16 {
        self as u16
    }

    pub(crate) const fn row(self) -> &'static SubjectRow {
        match registry::subject_row(self.number()) {
            Some(row) => row,
            None => panic!("the table has all eight subjects"),
        }
    }

    /// The registry's name: "Addressing Status".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Subject::Other.name(), "Other or Undefined Status");
    /// ```
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// What statuses of this subject are about.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Subject::Addressing.meaning().contains("address"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        self.row().meaning
    }

    /// Typical causes of a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Subject::Mailbox.causes().any(|cause| cause.contains("full")));
    /// ```
    pub const fn causes(self) -> Sentences {
        Sentences::new(self.row().causes, 0)
    }

    /// What to do about a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Subject::Mailbox.remedies().len() > 1);
    /// ```
    pub const fn remedies(self) -> Sentences {
        Sentences::new(self.row().remedies, 0)
    }

    /// Who usually has to act on a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Subject};
    ///
    /// assert_eq!(Subject::Mailbox.actor(), Actor::Recipient);
    /// ```
    pub const fn actor(self) -> Actor {
        self.row().actor
    }
}

/// Writes the number and name: "X.7 Security or Policy Status".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Subject::Mailbox.to_string(), "X.2 Mailbox Status");
/// ```
impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{} {}", self.number(), self.name())
    }
}
