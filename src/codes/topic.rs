//! [`Topic`]: what a reply is about.

use crate::helpers::named_enum::named_enum;

named_enum! {
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
    #[non_exhaustive]
    pub enum Topic("a topic", key "topic") {
        /// Opening or closing the connection, or whether the service is available at all.
        Connection("connection") => "the connection",
        /// Status and help.
        Information("information") => "status and help",
        /// The command word itself: unknown or not implemented.
        Command("command") => "the command",
        /// The parameters or arguments of a command.
        Arguments("arguments") => "the command's arguments",
        /// The order of the commands.
        Sequence("sequence") => "the order of commands",
        /// A sender or recipient address or mailbox.
        Mailbox("mailbox") => "a mailbox or address",
        /// Space or size limits.
        Storage("storage") => "storage or size limits",
        /// A refusal by policy: filtering, blocking, reputation.
        Policy("policy") => "the server's policy",
        /// The `AUTH` exchange.
        Authentication("authentication") => "authentication",
        /// TLS and other encryption requirements.
        Encryption("encryption") => "encryption",
        /// The message text sent after `DATA`.
        MessageData("message-data") => "the message data",
        /// An error inside the server while it processed the command.
        Processing("processing") => "processing on the server",
        /// Domains, DNS, the next hop and relaying.
        Routing("routing") => "routing",
        /// Remote queue starting with `ETRN` or `ATRN`.
        Queue("queue") => "a remote queue",
        /// The mail transaction as a whole.
        Transaction("transaction") => "the mail transaction",
    }
}
