//! [`Explanation`]: what a mail client puts in an error message.

use crate::advice::quirks::effective_enhanced;
use crate::data::Sentences;
use crate::reasons::decide::{Basis, decision, named_by_reply, named_by_status};
use crate::{Actor, EnhancedStatusCode, Fault, Reason, Reply, ReplyCode, RetryDecision, StatusClass};

/// What a reply means, in words a mail client can show to a person as they are.
///
/// Made by [`Reply::explain`]. The texts come from the [`Reason`] when the server's text names a
/// cause that the codes do not (a blocklist, greylisting, relaying refused, a DMARC failure under
/// a plain 5.7.1), or when a private enhanced code names one (Microsoft's 5.7.606 banned IP); the
/// summary, the remedies and the retry decision then tell the same story. Otherwise they come
/// from the enhanced status code when it says more than the reply code: a listed, specific status (5.1.1 is "the address does not exist", where 550
/// is only "mailbox unavailable") whose class agrees with the reply code. The reply code's texts
/// are used for the generic X.y.0 statuses, for the protocol statuses X.5.y (503 says more than
/// 5.5.1), for success replies (unless a plain 250 carries a status that exists only for
/// success, such as 2.1.5), and for replies without an enhanced code. Two of Microsoft's uses
/// that contradict the registry are explained as the unknown recipient they are (5.1.1):
/// "5.1.10 RESOLVER.ADR.RecipientNotFound" (the registry's 5.1.10 is a null MX) and Exchange
/// Online's "550 5.4.1 Recipient address rejected: Access denied" (the registry's X.4.1 is a host
/// that did not answer).
///
/// Nothing is allocated until it is displayed. `Display` writes one paragraph: what happened, the
/// codes, what to do, and the server's own words; [`Localized`](crate::Localized) writes it in
/// another language.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Actor, Reply};
///
/// let reply = Reply::parse("552 5.2.2 <bob@example.net>: Mailbox full")?;
/// let explanation = reply.explain();
/// assert_eq!(explanation.actor(), Actor::Recipient);
/// let message = explanation.to_string();
/// assert!(message.contains("552 5.2.2"));
/// assert!(message.contains("Mailbox full"));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation<'a> {
    reply: Reply<'a>,
    /// The reason of the reply.
    reason: Reason,
    /// Where the texts come from, decided once.
    source: Source,
}

/// Where an explanation's texts come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    /// The reason's, which the text names and the codes do not.
    Reason(Reason),
    /// The enhanced code's, which says more than the reply code.
    Enhanced(EnhancedStatusCode),
    /// The reply code's.
    Code(ReplyCode),
}

impl<'a> Explanation<'a> {
    /// The explanation of a reply; the same as [`Reply::explain`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Explanation, Reply};
    ///
    /// let reply = Reply::parse("421 4.7.0 Try again later")?;
    /// assert_eq!(Explanation::new(reply).reply(), reply);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn new(reply: Reply<'a>) -> Explanation<'a> {
        let code = reply.code();
        let by_codes = match effective_enhanced(reply.enhanced(), reply.as_str()) {
            Some(enhanced) if enhanced.agrees_with(code) && (says_more(enhanced, code) || !code.is_listed()) => {
                Source::Enhanced(enhanced)
            }
            _ => Source::Code(code),
        };
        let decision = decision(Some(code), reply.enhanced(), reply.lines(), &[]);
        // The codes' own texts stay when their code names the same cause by itself: 5.1.1's texts
        // for an unknown user say it as well as the reason's, and know the code's class.
        let named_by_codes = match by_codes {
            Source::Enhanced(enhanced) => named_by_status(enhanced),
            Source::Code(code) => named_by_reply(code),
            Source::Reason(_) => None,
        };
        // A reason the codes name is trusted only as far as the codes are: not from an enhanced
        // code that disagrees with the reply code ("550 4.2.2").
        let trusted = decision.basis != Basis::SpecificCodes
            || reply.enhanced().is_none_or(|enhanced| enhanced.agrees_with(code));
        let source = if decision.is_specific() && trusted && named_by_codes != Some(decision.reason) {
            Source::Reason(decision.reason)
        } else {
            by_codes
        };
        Explanation { reply, reason: decision.reason, source }
    }

    /// Where the texts come from: the reason, or the enhanced code when it says more than the
    /// reply code.
    pub(crate) const fn source(&self) -> Source {
        self.source
    }

    /// The specific cause of the failure: the same as [`Reply::reason`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Reply};
    ///
    /// let reply = Reply::parse("554 5.7.1 <bob@example.org>: Relay access denied")?;
    /// assert_eq!(reply.explain().reason(), Reason::NoRelaying);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn reason(&self) -> Reason {
        self.reason
    }

    /// Whose problem it is: the [`fault`](Reason::fault) of the [`reason`](Explanation::reason).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Fault, Reply};
    ///
    /// let reply = Reply::parse("550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org")?;
    /// assert_eq!(reply.explain().fault(), Fault::SendingServer);
    /// assert_eq!(Reply::parse("550 5.1.1 User unknown")?.explain().fault(), Fault::Address);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn fault(&self) -> Fault {
        self.reason.fault()
    }

    /// The reply explained.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("250 Ok")?;
    /// assert_eq!(reply.explain().reply(), reply);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn reply(&self) -> Reply<'a> {
        self.reply
    }

    /// What happened, in one or two plain sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Reply};
    ///
    /// let reply = Reply::parse("550 5.1.1 User unknown")?;
    /// let expected = "5.1.1".parse::<EnhancedStatusCode>().unwrap().meaning();
    /// assert_eq!(reply.explain().summary(), expected);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn summary(&self) -> &'static str {
        match self.source() {
            Source::Reason(reason) => reason.meaning(),
            Source::Enhanced(code) => code.meaning(),
            Source::Code(code) => code.meaning(),
        }
    }

    /// The most likely cause.
    ///
    /// # Examples
    ///
    /// ```
    /// let explanation = smtp_codes::Reply::parse("503 5.5.1 Error: need RCPT command")?.explain();
    /// assert_eq!(Some(explanation.cause()), explanation.causes().next());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn cause(&self) -> &'static str {
        self.causes().next().unwrap_or("")
    }

    /// Every known cause, most likely first.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Reply::parse("550 5.7.1 Rejected")?.explain().causes().len() > 1);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn causes(&self) -> Sentences {
        match self.source() {
            Source::Reason(reason) => reason.causes(),
            Source::Enhanced(code) => code.causes(),
            Source::Code(code) => code.causes(),
        }
    }

    /// The first thing to do.
    ///
    /// # Examples
    ///
    /// ```
    /// let explanation = smtp_codes::Reply::parse("535 5.7.8 Bad credentials")?.explain();
    /// assert!(explanation.remedy().contains("password"));
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedy(&self) -> &'static str {
        self.remedies().next().unwrap_or("")
    }

    /// Everything worth trying, first thing first. Advice written for another class of the
    /// enhanced code ("For a 4.2.2 code, ...") is left out.
    ///
    /// # Examples
    ///
    /// ```
    /// let explanation = smtp_codes::Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert!(explanation.remedies().all(|remedy| !remedy.starts_with("For a 4.2.2 code")));
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedies(&self) -> Sentences {
        match self.source() {
            Source::Reason(reason) => reason.remedies_for(self.reply.code().class().digit()),
            Source::Enhanced(code) => code.remedies(),
            Source::Code(code) => code.remedies(),
        }
    }

    /// Who has to act.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Reply};
    ///
    /// assert_eq!(Reply::parse("250 2.0.0 Ok")?.explain().actor(), Actor::Nobody);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn actor(&self) -> Actor {
        match self.source() {
            Source::Reason(reason) => reason.actor_for(self.reply.code().class().digit()),
            Source::Enhanced(code) => code.actor(),
            Source::Code(code) => code.actor(),
        }
    }

    /// The retry decision; the same as [`Reply::retry`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reply, Retry};
    ///
    /// assert_eq!(Reply::parse("452 4.2.2 Mailbox full")?.explain().retry().action(), Retry::Later);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn retry(&self) -> RetryDecision {
        self.reply.retry()
    }
}

/// True when an enhanced code's texts say more than the reply code's: a listed, specific status
/// (not X.y.0, not a protocol status X.5.y), and for a success reply one that exists only for
/// success.
fn says_more(enhanced: EnhancedStatusCode, code: ReplyCode) -> bool {
    let specific = enhanced.is_listed() && enhanced.detail() != 0 && enhanced.subject_number() != 5;
    // A success status says more only about a plain success: "252 2.1.5" is still a VRFY that
    // could not verify, whatever 2.1.5 ("address valid") says.
    let for_success = enhanced.intended_classes() == [StatusClass::Success] && code.as_u16() == 250;
    specific && (!code.is_positive() || for_success)
}

impl<'a> Reply<'a> {
    /// The explanation of this reply, for an error message.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("554 5.7.1 <bob@example.net>: Relay access denied")?;
    /// println!("{}", reply.explain());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn explain(&self) -> Explanation<'a> {
        Explanation::new(*self)
    }
}
