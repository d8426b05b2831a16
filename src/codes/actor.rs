//! [`Actor`]: who has to act on a reply.

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// Who has to act on a reply: nobody, the sending program on its own, or a person.
    ///
    /// A mail client can use it to word its message: a mailbox that is full is the recipient's
    /// business, a bad password the sender's, a missing SPF record the sending domain's
    /// administrator's.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(250).actor(), Actor::Nobody);
    /// assert_eq!(ReplyCode::from(535).actor(), Actor::Sender);
    /// ```
    #[non_exhaustive]
    pub enum Actor("an actor", key "actor") {
        /// Nothing needs doing: the command succeeded.
        Nobody("nobody") => "nobody",
        /// The sending program, without help: it continues, retries later, or fixes its commands.
        Client("client") => "the sending program",
        /// The person sending the message: an address, the message itself, credentials.
        Sender("sender") => "the sender",
        /// The administrator of the sending side's mail system: TLS, authentication setup, SPF,
        /// DKIM, DNS, IP reputation.
        SenderAdmin("sender-admin") => "the sender's mail administrator",
        /// The recipient: a full or disabled mailbox.
        Recipient("recipient") => "the recipient",
        /// The administrator of the receiving server.
        RecipientAdmin("recipient-admin") => "the receiving server's administrator",
    }
}
