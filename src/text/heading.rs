//! [`Heading`]: the headings a comparison or a card of a code is written under.

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// The headings a comparison or a card of a code is written under, so that a program showing
    /// a code's texts can label them in the reader's language ([`Localized`](crate::Localized)).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Heading, Locale, ReplyCode};
    ///
    /// let code = ReplyCode::BadSequence.localize(Locale::En);
    /// println!("{}: {}", Heading::Meaning.localize(Locale::En), code.meaning());
    /// assert_eq!(Heading::WhenItOccurs.label(), "When it occurs");
    /// ```
    #[non_exhaustive]
    pub enum Heading("a heading", key "heading") {
        /// Above a code's meaning in a comparison.
        Description("description") => "Description",
        /// Above the situations a code is sent in.
        WhenItOccurs("when-it-occurs") => "When it occurs",
        /// Above what to do about a code.
        HowToFix("how-to-fix") => "What to do",
        /// Above the numbered differences of a comparison.
        KeyDifferences("key-differences") => "Key differences",
        /// Above the guidance for servers in a comparison.
        WhenToUseWhich("when-to-use-which") => "When to use which",
        /// Before a code's class.
        Class("class") => "Class",
        /// Before a reply code's category.
        Category("category") => "Category",
        /// Before an enhanced code's subject.
        Subject("subject") => "Subject",
        /// Before a code's standing.
        Standing("standing") => "Standing",
        /// Before a code's meaning.
        Meaning("meaning") => "Meaning",
        /// Before a code's references.
        References("references") => "References",
        /// Before a code's note.
        Note("note") => "Note",
        /// Before a server's reply.
        Reply("reply") => "Reply",
        /// Before a reply code.
        Code("code") => "Code",
        /// Before an enhanced status code.
        Enhanced("enhanced") => "Enhanced code",
        /// Before the enhanced status codes that are sent with a reply code.
        EnhancedCodes("enhanced-codes") => "Enhanced codes used with this code",
        /// Before the specific cause a reply's text or codes name: its bounce reason.
        Reason("reason") => "Diagnosis",
        /// Before whose problem a failure is.
        Fault("fault") => "Whose problem",
        /// Before the most likely cause.
        Cause("cause") => "Cause",
        /// Before who has to act.
        WhoActs("who-acts") => "Who acts",
        /// Before a retry decision: what to do next, and why.
        Retry("retry") => "Next step",
        /// Before the message a mail client shows.
        Message("message") => "Message",
    }
}
