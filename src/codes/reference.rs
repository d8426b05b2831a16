//! [`Reference`]: where a code is defined.

use core::fmt;

/// Where a code is defined: an RFC and section, an Internet-Draft, or the IANA registry.
///
/// `Display` writes a citation a person can look up ("RFC 5321, section 4.2.3");
/// [`Reference::url`] gives a link.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Reference, ReplyCode};
///
/// let first = ReplyCode::BadSequence.references()[0];
/// assert_eq!(first, Reference::Rfc { number: 5321, section: "4.2.2" });
/// assert_eq!(first.to_string(), "RFC 5321, section 4.2.2");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reference {
    /// An RFC, and the section that defines the code (empty when the RFC as a whole does).
    Rfc {
        /// The RFC number.
        number: u16,
        /// The section, such as `"4.2.2"`, or `""`.
        section: &'static str,
    },
    /// An Internet-Draft that never became an RFC, by its name.
    Draft {
        /// The draft's name, such as `"draft-levine-mailbomb-header-00"`.
        name: &'static str,
    },
    /// An entry of the IANA enhanced status code registry that lists the code among its
    /// associated basic codes: the only source for codes that no RFC defines as a reply, and the
    /// registry's pairing for others (521 with X.3.2).
    Iana {
        /// The registry entry, such as `"X.7.12"`.
        entry: &'static str,
    },
}

/// Table shorthand for [`Reference::Rfc`].
pub(crate) const fn rfc(number: u16, section: &'static str) -> Reference {
    Reference::Rfc { number, section }
}

/// Table shorthand for [`Reference::Draft`].
pub(crate) const fn draft(name: &'static str) -> Reference {
    Reference::Draft { name }
}

/// Table shorthand for [`Reference::Iana`].
pub(crate) const fn iana(entry: &'static str) -> Reference {
    Reference::Iana { entry }
}

impl Reference {
    /// The RFC number, if this reference is to an RFC.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from(535).references()[0].rfc(), Some(4954));
    /// ```
    pub const fn rfc(&self) -> Option<u16> {
        match self {
            Reference::Rfc { number, .. } => Some(*number),
            _ => None,
        }
    }

    /// A link to the document: the RFC Editor's page (with the section anchor), the IETF
    /// datatracker for drafts, IANA's registry page.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reference;
    ///
    /// let r = Reference::Rfc { number: 5321, section: "4.2.3" };
    /// assert_eq!(r.url().to_string(), "https://www.rfc-editor.org/rfc/rfc5321#section-4.2.3");
    /// ```
    pub fn url(&self) -> impl fmt::Display + '_ {
        Url(self)
    }
}

struct Url<'a>(&'a Reference);

impl fmt::Display for Url<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self.0 {
            Reference::Rfc { number, section: "" } => write!(f, "https://www.rfc-editor.org/rfc/rfc{number}"),
            Reference::Rfc { number, section } => {
                write!(f, "https://www.rfc-editor.org/rfc/rfc{number}#section-{section}")
            }
            Reference::Draft { name } => write!(f, "https://datatracker.ietf.org/doc/{name}/"),
            Reference::Iana { .. } => f.write_str("https://www.iana.org/assignments/smtp-enhanced-status-codes/"),
        }
    }
}
