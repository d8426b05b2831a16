//! [`Reason::decide`] and [`Reply::reason`]: the codes and the text, weighed.
//!
//! The order of the decision:
//!
//! 1. A 2xx reply, or a 2.X.X status without a reply code, is [`Reason::Delivered`]; a 3xx
//!    reply is no failure and no delivery: [`Reason::Undefined`].
//! 2. The caller's [`Rule`]s: the first whose phrase appears decides.
//! 3. The codes name a reason: the enhanced status code first (5.1.1 user unknown, 5.7.25 reverse
//!    DNS, Microsoft's 5.7.606 to 5.7.649 banned IP ranges), else the reply code (521 and 556
//!    take no mail, 535 failed login). Some are specific; some only say where the trouble lies
//!    (5.7.1, 5.0.0, a bare 550) and are vague.
//! 4. The text names a reason: the first row of the phrase table that appears, in the table's
//!    order. A weak row (generic words) counts only when the codes are vague; a row may also
//!    require a code ("recipient address rejected: access denied" is a user unknown under
//!    Exchange Online's 5.4.1).
//! 5. The text wins where it names a reason; otherwise the codes; otherwise
//!    [`Reason::OnHold`] when there was a failure to explain, and [`Reason::Undefined`] when there
//!    was nothing at all.
//! 6. Sisimai's rule for filters: a "user unknown" that answered the message data ("in reply to
//!    end of DATA command") comes from a filter, since the address was accepted before:
//!    [`Reason::Filtered`]; unless a provider that checks its recipients only then said it in
//!    words that leave no doubt (Yahoo's "This user doesn't have a yahoo.com account").

use crate::Reason;
use crate::reasons::rule::Rule;
use crate::reasons::scan::{Codes, Command, Commands, PHRASES, Scanner};
use crate::{Class, EnhancedStatusCode, Reply, ReplyCode, StatusClass};

/// A reason the codes name, and whether they name it specifically.
#[derive(Clone, Copy, Debug)]
struct Verdict {
    reason: Reason,
    specific: bool,
}

const fn specific(reason: Reason) -> Option<Verdict> {
    Some(Verdict { reason, specific: true })
}

const fn vague(reason: Reason) -> Option<Verdict> {
    Some(Verdict { reason, specific: false })
}

/// The reason an enhanced status code names, from its subject and detail (RFC 3463 and the IANA
/// registry, and the private details Microsoft and Google document). Sisimai's mapping, except
/// where it contradicts the registry: X.2.1 is a disabled mailbox, X.5.3 too many recipients,
/// X.7.10 and X.7.11 want encryption, X.7.27 is the sender's null MX.
fn by_status(code: EnhancedStatusCode) -> Option<Verdict> {
    use Reason::*;

    let permanent = code.class() == StatusClass::PermanentFailure;
    match (code.subject_number(), code.detail()) {
        (1, 0) if permanent => vague(UserUnknown),
        (1, 1 | 3 | 351) => specific(UserUnknown),
        (1, 2) if permanent => specific(HostUnknown),
        (1, 2) => vague(NetworkError),
        (1, 4) => vague(Filtered),
        (1, 6) => specific(HasMoved),
        (1, 7 | 8) => specific(Rejected),
        (1, 9) => vague(SystemError),
        (1, 10) => specific(NotAccept),
        (1, 90) => specific(Speeding),
        (2, 0) if permanent => vague(Filtered),
        (2, 1) => vague(Suspend),
        (2, 2) => specific(MailboxFull),
        (2, 3) => specific(ExceedLimit),
        (2, 4) => vague(SystemError),
        (2, 121 | 122) => specific(Speeding),
        (3, 0) => vague(SystemError),
        (3, 1) => specific(SystemFull),
        (3, 2) => vague(NotAccept),
        (3, 3 | 5) => vague(SystemError),
        (3, 4) => specific(MessageTooBig),
        (4, 0) => vague(NetworkError),
        (4, 1) if !permanent => vague(Expired),
        (4, 2 | 6 | 8 | 14) => vague(NetworkError),
        (4, 3) => vague(SystemError),
        (4, 4) if permanent => specific(HostUnknown),
        (4, 4) => vague(NetworkError),
        (4, 5) => vague(SystemFull),
        (4, 7 | 300) => specific(Expired),
        (4, 310) => specific(HostUnknown),
        (4, 312 | 316) => specific(NetworkError),
        (4, 317) => specific(FailedStartTls),
        (4, 318) | (4, 22..=28) => vague(SystemError),
        (5, 1 | 2 | 4 | 5 | 6) => vague(SyntaxError),
        (5, 3) => specific(TooManyRecipients),
        (6, 0) => vague(ContentError),
        (6, _) => specific(ContentError),
        (7, 0) if permanent => vague(SecurityError),
        (7, 0) => None,
        (7, 1 | 2) if permanent => vague(SecurityError),
        (7, 1 | 2) => vague(Blocked),
        (7, 8) => specific(SecurityError),
        (7, 10 | 11 | 30 | 51 | 321..=325) => specific(FailedStartTls),
        (7, 12) if permanent => specific(Rejected),
        (7, 13) => specific(Suspend),
        (7, 16) => specific(MessageTooBig),
        (7, 17 | 18) => specific(HasMoved),
        (7, 20..=24 | 26 | 29 | 32 | 40) => specific(AuthFailure),
        // 5.7.27 is the sender's null MX; Gmail's 4.7.27 is SPF.
        (7, 27) if permanent => specific(Rejected),
        (7, 27) => specific(AuthFailure),
        (7, 25) => specific(RequirePtr),
        (7, 28) => specific(SpamDetected),
        (7, 64) => specific(NoRelaying),
        (7, 124 | 133..=136) => specific(Rejected),
        // Microsoft's details for Exchange Online and Outlook.com.
        (7, 501..=503 | 750) if permanent => specific(Rejected),
        (7, 504) if permanent => specific(UserUnknown),
        (7, 505) if permanent => specific(Suspend),
        (7, 506 | 507 | 510 | 511 | 513 | 606..=649) if permanent => specific(Blocked),
        (7, 508 | 700..=749) if permanent => specific(Speeding),
        (7, 509 | 515) if permanent => specific(AuthFailure),
        (7, 512) if permanent => specific(NotCompliantRfc),
        (7, 900..=999) if permanent => specific(PolicyViolation),
        (7, 500..=699 | 850..=899) if !permanent => vague(Blocked),
        (7, _) => vague(SecurityError),
        _ => None,
    }
}

/// The reason a reply code names, when the enhanced code names none specifically.
fn by_reply(code: ReplyCode) -> Option<Verdict> {
    use Reason::*;

    match code.as_u16() {
        451 => vague(SystemError),
        452 => vague(SystemFull),
        454 | 530 => vague(SecurityError),
        500..=504 | 555 => vague(SyntaxError),
        521 | 556 => specific(NotAccept),
        523 | 524 | 538 => specific(FailedStartTls),
        525 => specific(Suspend),
        534 | 535 => specific(SecurityError),
        551 => vague(HasMoved),
        552 => vague(MailboxFull),
        571 => vague(SecurityError),
        _ => None,
    }
}

/// The reason an enhanced status code names specifically on its own (5.1.1, 5.7.25), if any.
pub(crate) fn named_by_status(code: EnhancedStatusCode) -> Option<Reason> {
    by_status(code).filter(|verdict| verdict.specific).map(|verdict| verdict.reason)
}

/// The reason a reply code names specifically on its own (521, 535), if any.
pub(crate) fn named_by_reply(code: ReplyCode) -> Option<Reason> {
    by_reply(code).filter(|verdict| verdict.specific).map(|verdict| verdict.reason)
}

/// What the codes name: a specific verdict of either code wins, the enhanced code's first.
fn by_codes(reply: Option<ReplyCode>, enhanced: Option<EnhancedStatusCode>) -> Option<Verdict> {
    let status = enhanced.and_then(by_status);
    let reply = reply.and_then(by_reply);
    match (status, reply) {
        (Some(status), _) if status.specific => Some(status),
        (_, Some(reply)) if reply.specific => Some(reply),
        (Some(status), _) => Some(status),
        (None, reply) => reply,
    }
}

/// What a decision rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Basis {
    /// The class of a success or an intermediate reply, which no text overrules.
    Class,
    /// One of the caller's rules.
    Rule,
    /// A phrase of the table, found in the text.
    Text,
    /// The codes, naming the reason specifically (5.1.1, 5.7.25, 535).
    SpecificCodes,
    /// The codes, naming only where the trouble lies (5.7.1, a bare 550), generic words of the
    /// text, or nothing at all.
    Vague,
}

/// A reason, and what it rests on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Decision {
    pub(crate) reason: Reason,
    pub(crate) basis: Basis,
}

impl Decision {
    /// True when the reason says more than the codes' own texts: the text or a rule named it, or
    /// the codes name it specifically. Explanations and retry decisions follow such a reason.
    pub(crate) fn is_specific(&self) -> bool {
        matches!(self.basis, Basis::Rule | Basis::Text | Basis::SpecificCodes) && self.reason.is_failure()
    }
}

/// The decision over a text given in pieces (the lines of a reply), with the caller's rules.
pub(crate) fn decide<'t>(
    reply: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    pieces: impl IntoIterator<Item = &'t str>,
    rules: &[Rule<'_>],
) -> Reason {
    decision(reply, enhanced, pieces, rules).reason
}

/// [`decide`], with what the reason rests on.
pub(crate) fn decision<'t>(
    reply: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    pieces: impl IntoIterator<Item = &'t str>,
    rules: &[Rule<'_>],
) -> Decision {
    decision_knowing(reply, enhanced, pieces, rules, Commands::default())
}

/// [`decide`] where the caller already knows the command the reply answered (a bounce reader
/// that found it in a transcript), as if the text had named it.
#[cfg(feature = "bounce")]
pub(crate) fn decide_knowing<'t>(
    reply: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    pieces: impl IntoIterator<Item = &'t str>,
    command: Option<Command>,
) -> Reason {
    let known = command.map_or(Commands::default(), Commands::only);
    decision_knowing(reply, enhanced, pieces, &[], known).reason
}

/// [`decision`], with the commands known beside those the text names.
fn decision_knowing<'t>(
    reply: Option<ReplyCode>,
    enhanced: Option<EnhancedStatusCode>,
    pieces: impl IntoIterator<Item = &'t str>,
    rules: &[Rule<'_>],
    known: Commands,
) -> Decision {
    let class = |reason| Decision { reason, basis: Basis::Class };
    match reply.map(ReplyCode::class) {
        Some(Class::PositiveCompletion) => return class(Reason::Delivered),
        Some(Class::PositiveIntermediate) => return class(Reason::Undefined),
        None if enhanced.is_some_and(|code| code.class() == StatusClass::Success) => {
            return class(Reason::Delivered);
        }
        _ => {}
    }
    let verdict = by_codes(reply, enhanced);
    let codes = Codes { reply, enhanced, specific: verdict.is_some_and(|verdict| verdict.specific) };
    let mut scanner = Scanner::new(&codes, rules);
    scanner.start();
    for piece in pieces {
        scanner.feed(piece);
    }
    let found = scanner.finish();
    if let Some(reason) = found.rule {
        return Decision { reason, basis: Basis::Rule };
    }
    let row = found.row.and_then(|row| PHRASES.get(row));
    let firm = row.is_some_and(|row| row.is_firm());
    let (reason, basis) = match (row, verdict) {
        // Generic words ("administrative prohibition") name a reason, but not firmly enough for
        // an explanation or a retry decision to follow it over the codes.
        (Some(row), _) => (row.reason, if row.is_weak() { Basis::Vague } else { Basis::Text }),
        (None, Some(verdict)) => (verdict.reason, if verdict.specific { Basis::SpecificCodes } else { Basis::Vague }),
        (None, None) if reply.is_some() || enhanced.is_some() || found.had_text => (Reason::OnHold, Basis::Vague),
        (None, None) => (Reason::Undefined, Basis::Vague),
    };
    let commands = found.commands.with(known);
    let codes_say_user_unknown =
        verdict.is_some_and(|verdict| verdict.specific && verdict.reason == Reason::UserUnknown);
    let mailbox_exists = enhanced.is_some_and(|code| code.subject_number() == 2 && code.detail() == 0);
    let reason = match reason {
        // The address was accepted at RCPT TO, or the status says the mailbox exists (X.2.0):
        // the "user unknown" is a filter's answer.
        Reason::UserUnknown if (commands.has(Command::Data) || mailbox_exists) && !codes_say_user_unknown && !firm => {
            Reason::Filtered
        }
        // Refused at MAIL FROM: the address that does not exist is the sender's.
        Reason::UserUnknown | Reason::HostUnknown
            if commands.has(Command::Mail) && !commands.has(Command::Rcpt) && !commands.has(Command::Data) =>
        {
            Reason::Rejected
        }
        // Refused at the greeting, for no reason given: the client host was refused.
        Reason::OnHold if commands == Commands::only(Command::Greeting) => {
            return Decision { reason: Reason::Blocked, basis: Basis::Text };
        }
        reason => reason,
    };
    Decision { reason, basis }
}

impl Reason {
    /// The reason for the parts of a failure that a bounce or a log line gives: the reply code
    /// if there is one, the enhanced status code if there is one, and the server's text.
    ///
    /// Use it where there is no whole reply to parse: a Postfix log line with only `dsn=4.7.0`,
    /// a DSN's `Status` and `Diagnostic-Code` fields, an ESP's webhook. The text may be empty,
    /// hold several lines, or still carry its codes ("550 5.1.1 User unknown"). The codes and the
    /// text are weighed as [`Reply::reason`] describes; the text wins where it names a specific
    /// cause. Sisimai's made-up statuses (`X.0.9NN`) are no real codes: leave them out.
    ///
    /// Linear in the length of the text, allocation-free, and never panics.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Reason, ReplyCode};
    ///
    /// // A Postfix log line that gives only the status.
    /// let status: EnhancedStatusCode = "4.7.25".parse().unwrap();
    /// assert_eq!(Reason::decide(None, Some(status), ""), Reason::RequirePtr);
    ///
    /// // A DSN: Status: 5.1.0, Diagnostic-Code: smtp; 550 ... sender rejected.
    /// let status: EnhancedStatusCode = "5.1.0".parse().unwrap();
    /// let text = "550 5.1.0 <bounce@example.com> sender rejected";
    /// assert_eq!(Reason::decide(Some(ReplyCode::from(550)), Some(status), text), Reason::Rejected);
    ///
    /// // Nothing to go on.
    /// assert_eq!(Reason::decide(None, None, ""), Reason::Undefined);
    /// ```
    pub fn decide(code: Option<ReplyCode>, enhanced: Option<EnhancedStatusCode>, text: &str) -> Reason {
        decide(code, enhanced, [text], &[])
    }

    /// [`Reason::decide`] with the caller's rules in front: the first [`Rule`] whose phrase
    /// appears in the text decides, unless the reply code is a success.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, ReplyCode, Rule};
    ///
    /// let rules = [Rule::new("mailbox is suspended by our admin", Reason::Suspend)];
    /// let code = Some(ReplyCode::from(550));
    /// let text = "Mailbox is suspended by our admin";
    /// assert_eq!(Reason::decide(code, None, text), Reason::OnHold);
    /// assert_eq!(Reason::decide_with(code, None, text, &rules), Reason::Suspend);
    /// ```
    pub fn decide_with(
        code: Option<ReplyCode>,
        enhanced: Option<EnhancedStatusCode>,
        text: &str,
        rules: &[Rule<'_>],
    ) -> Reason {
        decide(code, enhanced, [text], rules)
    }
}

impl Reply<'_> {
    /// The specific cause of the failure, decided from the reply code, the enhanced code and the
    /// text: [`Reason::UserUnknown`], [`Reason::Blocked`], [`Reason::SpamDetected`] and so on.
    ///
    /// A code says little: "550 5.7.1" may be a block list, a spam verdict, a DMARC failure or a
    /// refused sender. The text names the cause, and wins where it does: the short phrases that
    /// Gmail, Microsoft, Yahoo, iCloud, Postfix, Exim and many other servers send are in the
    /// crate's tables, in Sisimai's vocabulary. Where the text says nothing specific the codes
    /// decide: the enhanced code first, then the reply code. A 2xx reply is
    /// [`Reason::Delivered`]. Put your own phrases first with
    /// [`reason_with`](Reply::reason_with).
    ///
    /// The lines of a multi-line reply are read as one text, so a phrase broken over two lines is
    /// still found. Linear in the length of the reply, allocation-free, and never panics.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Reply};
    ///
    /// let reason = |text: &str| Reply::parse(text).unwrap().reason();
    ///
    /// // The same code, three causes.
    /// assert_eq!(reason("550 5.7.1 Email rejected per DMARC policy for example.org"), Reason::AuthFailure);
    /// assert_eq!(reason("550 5.7.1 <bob@example.net>: Relay access denied"), Reason::NoRelaying);
    /// assert_eq!(reason("550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org"), Reason::Blocked);
    ///
    /// // "Sender rejected" under 5.1.0 is not a user unknown; Office 365's 5.1.10 is.
    /// assert_eq!(reason("550 5.1.0 <bounce@example.com> sender rejected"), Reason::Rejected);
    /// assert_eq!(
    ///     reason("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    ///     Reason::UserUnknown,
    /// );
    ///
    /// // Greylisting, and a 2xx.
    /// assert_eq!(reason("451 4.7.1 Greylisted, please try again in 300 seconds"), Reason::Greylisted);
    /// assert_eq!(reason("250 2.0.0 Ok: queued as 3F2A81C0123"), Reason::Delivered);
    /// ```
    pub fn reason(&self) -> Reason {
        decide(Some(self.code()), self.enhanced(), self.lines(), &[])
    }

    /// [`reason`](Reply::reason) with the caller's rules in front: the first [`Rule`] whose
    /// phrase appears in the reply decides, unless the reply is a success.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Reply, Rule};
    ///
    /// const RULES: &[Rule] = &[Rule::new("recipient is on vacation", Reason::Vacation)];
    ///
    /// let reply = Reply::parse("550 5.2.1 Recipient is on vacation until Monday")?;
    /// assert_eq!(reply.reason_with(RULES), Reason::Vacation);
    /// // A rule never turns a success into a failure.
    /// assert_eq!(Reply::parse("250 recipient is on vacation")?.reason_with(RULES), Reason::Delivered);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn reason_with(&self, rules: &[Rule<'_>]) -> Reason {
        decide(Some(self.code()), self.enhanced(), self.lines(), rules)
    }

    /// True when the reply says the address itself is bad and should be suppressed: its
    /// [`reason`](Reply::reason) is a hard one ([`Reason::is_hard_bounce`]), and for
    /// [`Reason::NotAccept`] the reply is also permanent.
    ///
    /// The class digit alone misleads both ways: a `550 5.7.1` spam block is soft (the address
    /// is fine), and Sisimai counts a `450 4.1.1` user unknown as hard.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reply;
    ///
    /// assert!(Reply::parse("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown")?.is_hard_bounce());
    /// assert!(!Reply::parse("550 5.7.1 Message rejected as spam")?.is_hard_bounce());
    /// assert!(!Reply::parse("452 4.2.2 Mailbox full")?.is_hard_bounce());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn is_hard_bounce(&self) -> bool {
        self.reason().is_hard_bounce_when(self.is_permanent())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every detail the registry has, in both failure classes: the mapping names a reason or
    /// leaves it to the reply code, and never names success or a non-failure for a failure.
    #[test]
    fn status_codes_never_name_a_non_failure() {
        for class in [StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure] {
            for subject in 0..=7 {
                for detail in 0..1000 {
                    if let Some(verdict) = by_status(EnhancedStatusCode::new(class, subject, detail)) {
                        assert!(
                            !matches!(
                                verdict.reason,
                                Reason::Delivered | Reason::Vacation | Reason::Feedback | Reason::Undefined
                            ),
                            "{class:?} {subject}.{detail}"
                        );
                    }
                }
            }
        }
    }
}
