//! [`Standing`]: how official a code is.

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// How official a reply code is: defined by RFC 5321, by an extension, obsolete, or only seen in
    /// practice.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Standing};
    ///
    /// assert_eq!(ReplyCode::from(503).standing(), Standing::Standard);
    /// assert_eq!(ReplyCode::from(535).standing(), Standing::Extension);
    /// assert_eq!(ReplyCode::from(571).standing(), Standing::NonStandard);
    /// assert_eq!(ReplyCode::from(558).standing(), Standing::Unlisted);
    /// ```
    #[non_exhaustive]
    pub enum Standing("a standing", key "standing") {
        /// Defined by RFC 5321, or by RFC 7504, which updates it.
        Standard("standard") => "standard",
        /// Defined by an SMTP service extension (AUTH, STARTTLS, ETRN, ...) or listed only as an
        /// associated basic code in the IANA enhanced status code registry.
        Extension("extension") => "extension",
        /// Once used or documented, now kept only for history; servers should not send it.
        Obsolete("obsolete") => "obsolete",
        /// Not defined by any standard, but seen in bounces and in vendor documentation.
        NonStandard("non-standard") => "non-standard",
        /// Not in this crate's table at all: a number that only its first two digits explain.
        Unlisted("unlisted") => "unlisted",
    }
}
