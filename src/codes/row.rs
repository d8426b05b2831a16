//! The schema of the reply-code table: [`ReplyCodeRow`], what a row says of a code, and
//! [`Usage`](crate::Usage), one of its fields.

use crate::codes::reference::Reference;
use crate::data::Sentence;
use crate::helpers::named_enum::named_enum;
use crate::{Actor, Standing, Topic};

named_enum! {
    /// Whether a server should send a code: the guidance of [`ReplyCode::use_when`](crate::ReplyCode::use_when) in one
    /// word.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Usage};
    ///
    /// assert_eq!(ReplyCode::from(550).usage(), Usage::Normal);
    /// assert_eq!(ReplyCode::from(571).usage(), Usage::Never);
    /// ```
    #[non_exhaustive]
    pub enum Usage("a usage", key "usage") {
        /// A standard reply for the situation its guidance describes.
        Normal("normal"),
        /// Defined, but a server should hardly ever send it: another code is the usual choice.
        Rarely("rarely"),
        /// A server should never send it: it is obsolete, not standard, or breaks the grammar.
        Never("never"),
    }
}

/// One row of the reply-code table: everything the crate knows of a code. The table in
/// `data/reply_codes.rs` names these fields, so this struct is the table's schema.
#[derive(Debug)]
pub(crate) struct ReplyCodeRow {
    /// A short name: "Bad Sequence".
    pub(crate) name: &'static str,
    /// What the server is saying, in one or two sentences.
    pub(crate) meaning: &'static str,
    pub(crate) standing: Standing,
    pub(crate) topic: Topic,
    pub(crate) actor: Actor,
    /// The documents that define the code, most specific first.
    pub(crate) references: &'static [Reference],
    /// The enhanced codes (subject, detail) that servers send with this code although the IANA
    /// registry pairs them with another basic code, such as 452 with 4.2.2 (the registry gives
    /// X.2.2 to 552) and with 4.5.3 (RFC 5321 makes 452 the reply for too many recipients; the
    /// registry gives X.5.3 to 451).
    pub(crate) sent_with: &'static [(u16, u16)],
    /// When servers send it.
    pub(crate) causes: &'static [Sentence],
    /// What to do about it.
    pub(crate) remedies: &'static [Sentence],
    pub(crate) usage: Usage,
    /// The situation a server should send it in, as a phrase that follows "Use 503 when ".
    pub(crate) use_when: &'static str,
    /// Where sources disagree, or where the code comes from.
    pub(crate) note: Option<&'static str>,
}
