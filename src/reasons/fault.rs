//! [`Fault`]: whose problem a reason is.

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// Whose problem a [`Reason`](crate::Reason) is: which side, or which thing, has to change
    /// for mail to get through.
    ///
    /// A bounce processor uses it to route a failure: the address (suppress it), the recipient
    /// (wait), the message or the sender (fix them), the sending server (the postmaster's job),
    /// the receiving server (theirs). `as_str` gives a stable name that `FromStr` reads back;
    /// `Display` writes a label for people.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Fault, Reason};
    ///
    /// assert_eq!(Reason::Blocked.fault(), Fault::SendingServer);
    /// assert_eq!(Fault::SendingServer.as_str(), "sending-server");
    /// assert_eq!(Fault::SendingServer.to_string(), "the sending server");
    /// assert_eq!("sending-server".parse::<Fault>(), Ok(Fault::SendingServer));
    /// ```
    #[non_exhaustive]
    pub enum Fault("a fault", key "fault") {
        /// The sending server: its IP address, reverse DNS, reputation, TLS, rate or protocol.
        SendingServer("sending-server") => "the sending server",
        /// The sender: the envelope sender and its domain's DNS (SPF, DKIM, DMARC), the sending
        /// account, its credentials, or its own suppression list.
        Sender("sender") => "the sender",
        /// The message: its content, size or format.
        Message("message") => "the message",
        /// The recipient's address: it, or its domain, does not exist or takes no mail.
        Address("address") => "the recipient's address",
        /// The recipient: a full, disabled or filtering mailbox.
        Recipient("recipient") => "the recipient",
        /// The receiving server, or the network and DNS on the way to it.
        ReceivingServer("receiving-server") => "the receiving server",
        /// Nobody: the message was delivered, answered automatically, or held back by a routine
        /// check such as greylisting.
        Nobody("nobody") => "nobody",
        /// Not known: the reply did not say enough.
        Unknown("unknown") => "not known",
    }
}
