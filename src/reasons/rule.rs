//! [`Rule`]: a caller's own phrase, decided before the crate's tables.

use crate::Reason;
use crate::reasons::normal::{NORMAL, RING};

/// A phrase of the caller's own and the reason it names, tried before the crate's tables.
///
/// Servers invent new wordings all the time, and a sender often knows its own recipients'
/// servers better than any table. Give [`Reply::reason_with`](crate::Reply::reason_with) or
/// [`Reason::decide_with`] a slice of rules: when a rule's phrase appears in the text, the first
/// such rule in the slice decides the reason, whatever the codes and the crate's phrases say.
/// Only a success (a 2xx reply) is never overruled.
///
/// Phrases match the way the crate's own do: ASCII letters without regard to case, and any run
/// of white space (line breaks included) as one space, so `"account  Locked"` matches "ACCOUNT
/// LOCKED" and "account\r\n locked". A phrase that is empty, only white space, or longer than
/// 255 bytes once its white space is folded, never matches.
///
/// Rules can be constants: [`Rule::new`] is a `const fn`.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Reason, Reply, Rule};
///
/// const RULES: &[Rule] = &[
///     Rule::new("account locked", Reason::Suspend),
///     Rule::new("try a different recipient", Reason::UserUnknown),
/// ];
///
/// let reply = Reply::parse("550 5.7.1 Account LOCKED by the administrator")?;
/// assert_eq!(reply.reason(), Reason::SecurityError);
/// assert_eq!(reply.reason_with(RULES), Reason::Suspend);
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rule<'a> {
    phrase: &'a str,
    reason: Reason,
    /// The last byte of the normalised phrase; meaningless when `len` is 0.
    last: u8,
    /// The length of the normalised phrase, or 0 when it can never match.
    len: usize,
}

impl<'a> Rule<'a> {
    /// A rule: when `phrase` appears in a reply, the reason is `reason`.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Rule};
    ///
    /// let rule = Rule::new("Out of Office", Reason::Vacation);
    /// assert_eq!(rule.phrase(), "Out of Office");
    /// assert_eq!(rule.reason(), Reason::Vacation);
    /// ```
    pub const fn new(phrase: &'a str, reason: Reason) -> Rule<'a> {
        // The normalised form: white space runs fold into one space; it must hold something
        // other than spaces and fit the scanner's ring.
        let bytes = phrase.as_bytes();
        let mut len = 0;
        let mut last = b' ';
        let mut solid = false;
        let mut i = 0;
        while i < bytes.len() {
            let byte = NORMAL[bytes[i] as usize];
            if !(byte == b' ' && last == b' ' && len > 0) {
                len += 1;
                last = byte;
                solid |= byte != b' ';
            }
            i += 1;
        }
        let len = if solid && len < RING { len } else { 0 };
        Rule { phrase, reason, last, len }
    }

    /// The phrase, as it was given.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Rule};
    ///
    /// assert_eq!(Rule::new("Quota", Reason::MailboxFull).phrase(), "Quota");
    /// ```
    pub const fn phrase(&self) -> &'a str {
        self.phrase
    }

    /// The reason the phrase names.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Rule};
    ///
    /// assert_eq!(Rule::new("quota", Reason::MailboxFull).reason(), Reason::MailboxFull);
    /// ```
    pub const fn reason(&self) -> Reason {
        self.reason
    }

    /// True when the normalised phrase can end with `byte`.
    #[inline]
    pub(crate) fn ends_in(&self, byte: u8) -> bool {
        self.len != 0 && self.last == byte
    }

    /// True when the normalised text in `ring`, `pos` bytes written so far, ends with the
    /// normalised phrase. The phrase is normalised backwards on the fly.
    pub(crate) fn matches_end(&self, ring: &[u8; RING], pos: usize) -> bool {
        if self.len == 0 || self.len > pos {
            return false;
        }
        let mut back = 0;
        let mut previous_space = false;
        for &byte in self.phrase.as_bytes().iter().rev() {
            let byte = NORMAL[usize::from(byte)];
            if byte == b' ' && previous_space {
                continue;
            }
            previous_space = byte == b' ';
            back += 1;
            if ring[(pos - back) % RING] != byte {
                return false;
            }
        }
        true
    }
}
