//! [`Reason`]: the specific cause of a failed delivery, generated from the one table in
//! `data/reasons.rs`, with the schema its rows follow.

use core::fmt;
use core::str::FromStr;

use crate::data::{Sentence, Sentences, sentences};
use crate::reasons::fault::Fault;
use crate::{Actor, Retry, UnknownName};

/// What the table holds of one reason; `data/reasons.rs` names these fields, so this struct is
/// the table's schema. Private: the public surface is [`Reason`]'s methods.
#[derive(Debug)]
pub(crate) struct ReasonRow {
    /// A short name to show to people: "User unknown".
    pub(crate) name: &'static str,
    /// What the reason means, in one to three sentences.
    pub(crate) meaning: &'static str,
    /// True when the stable name is Sisimai's; false for a reason of this crate's own.
    pub(crate) sisimai: bool,
    /// The situations that lead to it.
    pub(crate) causes: &'static [Sentence],
    /// What to do, and who does each step, position for position (the `remedies!` macro keeps
    /// the two lists together).
    pub(crate) remedies: (&'static [Sentence], &'static [Actor]),
    /// When the reason makes a bounce hard.
    pub(crate) hard: Hardness,
    /// Whose problem it is.
    pub(crate) fault: Fault,
    /// What a sender does about it.
    pub(crate) retry: Retry,
}

/// When a reason makes a bounce hard: the address itself is bad and should be suppressed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Hardness {
    /// Whatever the reply's class.
    Always,
    /// Never: the address is not what failed.
    Never,
    /// Only for a permanent failure: a null MX is final, a server that is not accepting mail
    /// for a while is not.
    WhenPermanent,
}

/// Writes the remedies of a row with who takes each step: `remedies![Sender "Check ...",
/// Client transient "Send again later."]`, kept as one list of texts and one of actors of the
/// same length. A class word (`transient`, `permanent`) keeps a step for replies of that class.
macro_rules! remedies {
    ($($actor:ident $($class:ident)? $text:literal),+ $(,)?) => {
        (
            &[$($crate::data::sentence!($($class)? $text)),+],
            &[$($crate::Actor::$actor),+],
        )
    };
}

/// Turns the table into the [`Reason`] enum and its rows.
macro_rules! reasons {
    ($(
        $Variant:ident($id:literal) {
            name: $name:literal,
            meaning: $meaning:literal,
            $($field:ident: $value:expr),+ $(,)?
        }
    )+) => {
        #[allow(unused_imports)]
        use super::*;

        /// Why a message was not delivered: the specific cause, in Sisimai's vocabulary.
        ///
        /// [`Reply::reason`](crate::Reply::reason) decides it from a server's reply, and
        /// [`Reason::decide`] from the parts a bounce or a log line gives (a reply code, a DSN's
        /// `Status`, a text). Each reason says whether the bounce is hard
        /// ([`is_hard_bounce`](Reason::is_hard_bounce)), whose problem it is
        /// ([`fault`](Reason::fault)) and what to do ([`retry`](Reason::retry)), with texts to
        /// show a person, in every language the crate has ([`Localized`](crate::Localized)).
        ///
        /// `as_str` gives Sisimai's name for every reason Sisimai has ("userunknown",
        /// "mailboxfull", "speeding"), so results compare with Sisimai's and stored values carry
        /// over; the reasons Sisimai lacks, [`Greylisted`](Reason::Greylisted) and
        /// [`TooManyRecipients`](Reason::TooManyRecipients), have names in the same style.
        /// `FromStr` reads any of them back, ignoring ASCII case (so Sisimai's class names,
        /// "UserUnknown", read too). `Display` writes `as_str`; the alternate form `{:#}` writes
        /// the name ("User unknown").
        ///
        /// New reasons may be added in minor releases, so matches need a `_` arm.
        ///
        /// # Examples
        ///
        /// ```
        /// use smtp_codes::{Fault, Reason, Reply, Retry};
        ///
        /// let reply = Reply::parse("550 5.7.1 Service unavailable; client [192.0.2.1] blocked using zen.spamhaus.org")?;
        /// let reason = reply.reason();
        /// assert_eq!(reason, Reason::Blocked);
        /// assert_eq!(reason.as_str(), "blocked");
        /// assert!(!reason.is_hard_bounce()); // the address is fine; the sending IP is listed
        /// assert_eq!(reason.fault(), Fault::SendingServer);
        /// assert_eq!(reason.retry(), Retry::FixFirst);
        ///
        /// assert_eq!("userunknown".parse::<Reason>(), Ok(Reason::UserUnknown));
        /// assert_eq!(format!("{:#}", Reason::UserUnknown), "User unknown");
        /// # Ok::<(), smtp_codes::ParseError>(())
        /// ```
        ///
        /// # The reasons
        ///
        /// | Name | Variant | Meaning |
        /// |---|---|---|
        $(
            #[doc = concat!("| `", $id, "` | [`", stringify!($Variant), "`](Reason::", stringify!($Variant), ") | ", $name, " |")]
        )+
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Reason {
            $(
                #[doc = concat!("**", $name, "** (`", $id, "`): ", $meaning)]
                $Variant,
            )+
        }

        impl Reason {
            /// Every reason, in the table's order.
            ///
            /// # Examples
            ///
            /// ```
            /// use smtp_codes::Reason;
            ///
            /// for reason in Reason::ALL {
            ///     assert_eq!(reason.as_str().parse::<Reason>(), Ok(*reason));
            /// }
            /// ```
            pub const ALL: &'static [Reason] = &[$(Reason::$Variant),+];

            /// The stable name of every reason, in the order of [`Reason::ALL`].
            pub(crate) const NAMES: &'static [&'static str] = &[$($id),+];

            /// The reason's row.
            pub(crate) const fn row(self) -> &'static ReasonRow {
                match self {
                    $(Reason::$Variant => {
                        const ROW: ReasonRow = ReasonRow { name: $name, meaning: $meaning, $($field: $value),+ };
                        &ROW
                    })+
                }
            }
        }
    };
}

#[path = "../data/reasons.rs"]
mod table;

pub use table::Reason;

impl Reason {
    /// The key that the translations of reasons' texts start with: `reason/userunknown/name`.
    pub(crate) const KEY: &'static str = "reason";

    /// The stable lowercase name: Sisimai's name for a reason Sisimai has ("userunknown",
    /// "notcompliantrfc"), and one in the same style for this crate's own ("greylisted").
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::MessageTooBig.as_str(), "mesgtoobig");
    /// assert_eq!(Reason::RequirePtr.as_str(), "requireptr");
    /// assert_eq!(Reason::Greylisted.as_str(), "greylisted");
    /// ```
    pub const fn as_str(self) -> &'static str {
        Reason::NAMES[self as usize]
    }

    /// Sisimai's name for the reason, or `None` for the reasons Sisimai does not have.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::Speeding.sisimai_name(), Some("speeding"));
    /// assert_eq!(Reason::Greylisted.sisimai_name(), None);
    /// ```
    pub const fn sisimai_name(self) -> Option<&'static str> {
        if self.row().sisimai { Some(self.as_str()) } else { None }
    }

    /// A short name to show to people: "User unknown".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert_eq!(Reason::MailboxFull.name(), "Mailbox full");
    /// ```
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// What the reason means, in one to three sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert!(Reason::RequirePtr.meaning().contains("PTR"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        self.row().meaning
    }

    /// The situations that lead to it, most common first.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert!(Reason::AuthFailure.causes().any(|cause| cause.contains("SPF")));
    /// ```
    pub const fn causes(self) -> Sentences {
        Sentences::new(self.row().causes, 0)
    }

    /// What to do about it, first thing first; [`actors`](Reason::actors) says who takes each
    /// step. Some steps fit a temporary failure only ("Send again later"): an
    /// [`Explanation`](crate::Explanation) of a permanent reply leaves them out.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// for (remedy, actor) in Reason::Blocked.remedies().zip(Reason::Blocked.actors()) {
    ///     println!("{actor}: {remedy}");
    /// }
    /// assert!(Reason::MailboxFull.remedies().all(|remedy| remedy.ends_with('.')));
    /// ```
    pub const fn remedies(self) -> Sentences {
        Sentences::new(self.row().remedies.0, 0)
    }

    /// The remedies that fit a reply of the class whose first digit is `class`: "Send again
    /// later" only after a temporary failure.
    pub(crate) const fn remedies_for(self, class: u8) -> Sentences {
        Sentences::new(self.row().remedies.0, class)
    }

    /// Who takes the first remedy that fits a reply of the class whose first digit is `class`.
    pub(crate) const fn actor_for(self, class: u8) -> Actor {
        let (remedies, actors) = self.row().remedies;
        let mut index = 0;
        while index < remedies.len() {
            if remedies[index].applies_to(class) {
                return actors[index];
            }
            index += 1;
        }
        Actor::Nobody
    }

    /// Who takes each step of [`remedies`](Reason::remedies), position for position.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Reason};
    ///
    /// assert_eq!(Reason::MailboxFull.actors().len(), Reason::MailboxFull.remedies().len());
    /// assert!(Reason::MailboxFull.actors().contains(&Actor::Recipient));
    /// ```
    pub const fn actors(self) -> &'static [Actor] {
        self.row().remedies.1
    }

    /// Who has to act first: the actor of the first remedy.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Reason};
    ///
    /// assert_eq!(Reason::Blocked.actor(), Actor::SenderAdmin);
    /// assert_eq!(Reason::UserUnknown.actor(), Actor::Sender);
    /// ```
    pub const fn actor(self) -> Actor {
        match self.row().remedies.1 {
            [first, ..] => *first,
            [] => Actor::Nobody,
        }
    }

    /// True when the reason says the address itself is bad, so it should be suppressed: a hard
    /// bounce in Sisimai's sense. That is [`UserUnknown`](Reason::UserUnknown),
    /// [`HostUnknown`](Reason::HostUnknown), [`HasMoved`](Reason::HasMoved), and
    /// [`NotAccept`](Reason::NotAccept) for a permanent failure.
    ///
    /// Everything else is soft, whatever the reply's class: a `550 5.7.1` block of the sending
    /// IP address says nothing against the address. For `NotAccept`, whose temporary form (a host
    /// that stopped taking mail for a while) is soft, ask the reply:
    /// [`Reply::is_hard_bounce`](crate::Reply::is_hard_bounce) weighs its class too.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert!(Reason::UserUnknown.is_hard_bounce());
    /// assert!(!Reason::MailboxFull.is_hard_bounce());
    /// assert!(!Reason::SpamDetected.is_hard_bounce());
    /// ```
    pub const fn is_hard_bounce(self) -> bool {
        !matches!(self.row().hard, Hardness::Never)
    }

    /// Like [`is_hard_bounce`](Reason::is_hard_bounce), for a failure whose permanence is known:
    /// `permanent` is true for a 5xx reply or a 5.X.X status. Only
    /// [`NotAccept`](Reason::NotAccept) depends on it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Reason;
    ///
    /// assert!(Reason::NotAccept.is_hard_bounce_when(true));
    /// assert!(!Reason::NotAccept.is_hard_bounce_when(false));
    /// assert!(Reason::UserUnknown.is_hard_bounce_when(false));
    /// ```
    pub const fn is_hard_bounce_when(self, permanent: bool) -> bool {
        match self.row().hard {
            Hardness::Always => true,
            Hardness::Never => false,
            Hardness::WhenPermanent => permanent,
        }
    }

    /// Whose problem it is: the sending server, the sender, the message, the address, the
    /// recipient, the receiving server, or nobody.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Fault, Reason};
    ///
    /// assert_eq!(Reason::UserUnknown.fault(), Fault::Address);
    /// assert_eq!(Reason::RequirePtr.fault(), Fault::SendingServer);
    /// assert_eq!(Reason::SpamDetected.fault(), Fault::Message);
    /// ```
    pub const fn fault(self) -> Fault {
        self.row().fault
    }

    /// What a sender does about it: [`Retry::Later`] when the condition may pass (a full
    /// mailbox, greylisting, a rate limit), [`Retry::FixFirst`] when something must change first
    /// (a block listing, DNS records, the message), [`Retry::DoNotRetry`] when sending again
    /// cannot help, and [`Retry::NoNeed`] for what is not a failure.
    ///
    /// The rule is the reason's own; the reply's class still makes a difference (a `452` for a
    /// full mailbox is retried, a `552` for one says the server has given up), which
    /// [`Reply::retry`](crate::Reply::retry) weighs.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reason, Retry};
    ///
    /// assert_eq!(Reason::Greylisted.retry(), Retry::Later);
    /// assert_eq!(Reason::AuthFailure.retry(), Retry::FixFirst);
    /// assert_eq!(Reason::UserUnknown.retry(), Retry::DoNotRetry);
    /// assert_eq!(Reason::Delivered.retry(), Retry::NoNeed);
    /// ```
    pub const fn retry(self) -> Retry {
        self.row().retry
    }

    /// True for the reasons that name no failure: a delivery, an auto-reply, a complaint.
    pub(crate) const fn is_failure(self) -> bool {
        !matches!(self, Reason::Delivered | Reason::Vacation | Reason::Feedback)
    }
}

/// Reads a reason's name, as `as_str` gives it, ignoring ASCII case: Sisimai's class names
/// ("UserUnknown", "MesgTooBig") read as well as its lowercase names.
///
/// # Errors
///
/// [`UnknownName`] for any other text: `""`, `"user unknown"`, `"nosuchreason"`.
///
/// # Examples
///
/// ```
/// use smtp_codes::Reason;
///
/// assert_eq!("mailboxfull".parse::<Reason>(), Ok(Reason::MailboxFull));
/// assert_eq!("MesgTooBig".parse::<Reason>(), Ok(Reason::MessageTooBig));
/// assert!("nosuchreason".parse::<Reason>().unwrap_err().to_string().starts_with("\"nosuchreason\" is not the name of a bounce reason"));
/// ```
impl FromStr for Reason {
    type Err = UnknownName;

    fn from_str(name: &str) -> Result<Reason, UnknownName> {
        match Reason::NAMES.iter().position(|candidate| candidate.eq_ignore_ascii_case(name)) {
            Some(index) => Ok(Reason::ALL[index]),
            None => Err(UnknownName::new(name, "a bounce reason", Reason::NAMES)),
        }
    }
}

/// Writes [`as_str`](Reason::as_str), the stable name that `FromStr` reads back; the alternate
/// form `{:#}` writes the [`name`](Reason::name) for people.
///
/// # Examples
///
/// ```
/// use smtp_codes::Reason;
///
/// assert_eq!(Reason::HostUnknown.to_string(), "hostunknown");
/// assert_eq!(format!("{:#}", Reason::HostUnknown), "Unknown domain");
/// ```
impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if f.alternate() { self.name() } else { self.as_str() })
    }
}
