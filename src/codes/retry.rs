//! [`Retry`]: what a sending program does after a reply, the action a retry decision and a
//! bounce reason name.

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// What a sending program should do after a reply.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reply, Retry};
    ///
    /// assert_eq!(Reply::parse("250 2.0.0 Ok: queued")?.retry().action(), Retry::NoNeed);
    /// assert_eq!(Reply::parse("550 5.1.1 User unknown")?.retry().action(), Retry::DoNotRetry);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    #[non_exhaustive]
    pub enum Retry("a retry action", key "retry") {
        /// The command succeeded; there is nothing to retry.
        NoNeed("no-need") => "no need to retry",
        /// The server waits for the next step of the exchange (the message after `DATA`, the next
        /// line of `AUTH`).
        Continue("continue") => "continue the exchange",
        /// Send again later, unchanged; the condition may pass.
        Later("later") => "retry later",
        /// Something specific must change first (credentials, encryption, the commands, the
        /// message, the sending domain's DNS); then sending again can succeed.
        FixFirst("fix-first") => "fix something first",
        /// Sending the same thing again will fail the same way; give up on it or change it.
        DoNotRetry("do-not-retry") => "do not retry as is",
    }
}
