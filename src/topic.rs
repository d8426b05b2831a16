//! [`Topic`]: what a reply is about.

use crate::labels::label_enum;

label_enum! {
    /// What a reply is about: the part of the exchange that succeeded or went wrong.
    ///
    /// Two codes of the same class often differ only here: 501 faults the command's arguments,
    /// 503 the order of the commands. [`diff`](crate::diff()) uses it to say what separates them.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Topic};
    ///
    /// assert_eq!(ReplyCode::from(501).topic(), Topic::Arguments);
    /// assert_eq!(ReplyCode::from(503).topic(), Topic::Sequence);
    /// ```
    pub enum Topic {
        /// Opening or closing the connection, or whether the service is available at all.
        Connection => "the connection",
        /// Status and help.
        Information => "information",
        /// The command word itself: unknown or not implemented.
        Command => "the command",
        /// The parameters or arguments of a command.
        Arguments => "the command's arguments",
        /// The order of the commands.
        Sequence => "the order of commands",
        /// A sender or recipient address or mailbox.
        Mailbox => "a mailbox or address",
        /// Space or size limits.
        Storage => "storage or size limits",
        /// A refusal by policy: filtering, blocking, reputation.
        Policy => "the server's policy",
        /// The `AUTH` exchange.
        Authentication => "authentication",
        /// TLS and other encryption requirements.
        Encryption => "encryption",
        /// The message text sent after `DATA`.
        MessageData => "the message data",
        /// An error inside the server while it processed the command.
        Processing => "processing on the server",
        /// Domains, DNS, the next hop and relaying.
        Routing => "routing",
        /// Remote queue starting with `ETRN` or `ATRN`.
        Queue => "a remote queue",
        /// The mail transaction as a whole.
        Transaction => "the mail transaction",
    }
}
