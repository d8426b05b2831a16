//! [`OwnedReply`]: a reply that owns its text, to keep it past the buffer it was read from.

use std::string::String;

use core::fmt;

use crate::{EnhancedStatusCode, Reply, ReplyCode};

/// A server reply that owns its text: what [`Reply::to_owned_reply`] makes, for keeping a reply
/// past the buffer it was read from (feature `std`).
///
/// [`OwnedReply::reply`] gives back the borrowed [`Reply`] with everything else: its lines, its
/// [explanation](Reply::explain), its [retry decision](Reply::retry). `Display` writes the reply
/// as a server sends it, as [`Reply`]'s does.
///
/// # Examples
///
/// ```
/// use smtp_codes::{OwnedReply, Reply};
///
/// fn last_refusal(log: &[&str]) -> Option<OwnedReply> {
///     log.iter().filter_map(|line| Reply::find(line)).filter(Reply::is_negative).map(|reply| reply.to_owned_reply()).last()
/// }
///
/// let refusal = last_refusal(&["250 2.1.0 Ok", "said: 550 5.1.1 <bob@example.net>: User unknown"]).unwrap();
/// assert_eq!(refusal.code(), 550);
/// assert!(refusal.reply().explain().to_string().contains("[550 5.1.1]"));
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct OwnedReply {
    /// The reply as a server sends it, lines ended by CRLF; always parses.
    wire: String,
}

impl OwnedReply {
    /// The reply from the wire form that `Reply`'s `Display` writes (which always parses).
    pub(crate) fn from_wire(wire: String) -> OwnedReply {
        debug_assert!(Reply::parse(&wire).is_ok(), "{wire:?}");
        OwnedReply { wire }
    }

    /// Reads a reply whose text may not be UTF-8, as from a server that writes Latin-1: each
    /// byte sequence that is not UTF-8 becomes U+FFFD (`�`), and the rest is read as
    /// [`Reply::parse`] reads it. This allocates, where [`Reply::parse_bytes`] does not and
    /// rejects such bytes.
    ///
    /// # Errors
    ///
    /// Those of [`Reply::parse`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::OwnedReply;
    ///
    /// // "Benutzer unbekannt: Müller" in Latin-1.
    /// let owned = OwnedReply::parse_lossy(b"550 5.1.1 Benutzer unbekannt: M\xfcller\r\n")?;
    /// assert_eq!(owned.code(), 550);
    /// assert_eq!(owned.reply().text(), "Benutzer unbekannt: M\u{FFFD}ller");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn parse_lossy(input: &[u8]) -> Result<OwnedReply, crate::ParseError> {
        let text = String::from_utf8_lossy(input);
        Ok(Reply::parse(&text)?.to_owned_reply())
    }

    /// The borrowed reply, with all its methods.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let owned = Reply::parse("452 4.2.2 Mailbox full")?.to_owned_reply();
    /// assert_eq!(owned.reply().text(), "Mailbox full");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn reply(&self) -> Reply<'_> {
        match Reply::parse(&self.wire) {
            Ok(reply) => reply,
            // The wire form was written by `Reply`'s `Display`, which always parses back.
            Err(_) => unreachable!("an OwnedReply always holds a valid reply"),
        }
    }

    /// The reply code.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Reply::parse("421 Busy")?.to_owned_reply().code(), 421);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn code(&self) -> ReplyCode {
        self.reply().code()
    }

    /// The enhanced status code, if any.
    ///
    /// # Examples
    ///
    /// ```
    /// let owned = smtp_codes::Reply::parse("421 4.7.0 Busy")?.to_owned_reply();
    /// assert_eq!(owned.enhanced().unwrap().to_string(), "4.7.0");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn enhanced(&self) -> Option<EnhancedStatusCode> {
        self.reply().enhanced()
    }

    /// The reply as a server sends it, lines ended by CRLF.
    ///
    /// # Examples
    ///
    /// ```
    /// let owned = smtp_codes::Reply::parse("250-a\n250 b")?.to_owned_reply();
    /// assert_eq!(owned.as_str(), "250-a\r\n250 b\r\n");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.wire
    }
}

impl Reply<'_> {
    /// A copy of this reply that owns its text.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// let owned = {
    ///     let buffer = String::from("550 5.7.1 Relay access denied\r\n");
    ///     Reply::parse(&buffer)?.to_owned_reply()
    /// };
    /// assert_eq!(owned.code(), 550);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn to_owned_reply(&self) -> OwnedReply {
        OwnedReply::from_wire(std::string::ToString::to_string(self))
    }
}

/// Writes the reply as a server sends it, lines ended by CRLF, as [`Reply`]'s `Display` does.
///
/// # Examples
///
/// ```
/// let owned = smtp_codes::Reply::parse("550 5.1.1 User unknown")?.to_owned_reply();
/// assert_eq!(owned.to_string(), "550 5.1.1 User unknown\r\n");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for OwnedReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.wire)
    }
}

/// Shows the wire form: `OwnedReply("550 5.1.1 User unknown\r\n")`.
///
/// # Examples
///
/// ```
/// let owned = smtp_codes::Reply::parse("250 Ok")?.to_owned_reply();
/// assert_eq!(format!("{owned:?}"), "OwnedReply(\"250 Ok\\r\\n\")");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Debug for OwnedReply {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("OwnedReply").field(&self.wire).finish()
    }
}
