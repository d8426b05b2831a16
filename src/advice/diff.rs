//! [`diff`]: the structured differences between two reply codes.

use crate::helpers::named_enum::named_enum;
use crate::{Actor, Category, Class, ReplyCode, Retry, RetryDecision, Standing, Topic};

named_enum! {
    /// What becomes of the command (and so of the message) after a reply of a given class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Outcome, ReplyCode};
    ///
    /// assert_eq!(Outcome::of(ReplyCode::from(252)), Outcome::Completed);
    /// assert_eq!(Outcome::of(ReplyCode::from(503)), Outcome::Refused);
    /// ```
    pub enum Outcome("an outcome", key "outcome") {
        /// The command is done, and the mail goes on (252: the message will still be accepted).
        Completed("completed") => "the command is done and the mail goes on",
        /// The server waits for the rest of the exchange.
        Pending("pending") => "the server waits for the rest of the exchange",
        /// Nothing was done yet; the same command may succeed later.
        Deferred("deferred") => "nothing was done, but the same command may succeed if repeated later",
        /// Nothing was done; the command must change before it can succeed.
        Refused("refused") => "nothing was done, and repeating the command unchanged will fail again",
    }
}

impl Outcome {
    /// The outcome of a code, from its class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Outcome, ReplyCode};
    ///
    /// assert_eq!(Outcome::of(ReplyCode::from(451)), Outcome::Deferred);
    /// ```
    pub const fn of(code: ReplyCode) -> Outcome {
        match code.class() {
            Class::PositiveCompletion => Outcome::Completed,
            Class::PositiveIntermediate => Outcome::Pending,
            Class::TransientNegative => Outcome::Deferred,
            Class::PermanentNegative => Outcome::Refused,
        }
    }
}

/// One aspect in which two codes differ; yielded by [`Diff::differences`].
///
/// Each variant holds the value for the first code given to [`diff`] (`first`) and for the second
/// (`second`). `Display` writes one sentence about it. The codes' texts (meaning, causes,
/// remedies) differ for any two codes; they are the codes' own, not differences.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Difference, ReplyCode, diff};
///
/// let comparison = diff(ReplyCode::from(452), ReplyCode::from(552));
/// let class = comparison.differences().find(|d| matches!(d, Difference::Class { .. })).unwrap();
/// assert_eq!(class, Difference::Class { first: Class::TransientNegative, second: Class::PermanentNegative });
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Difference {
    /// Success, continue, try later, or failure.
    Class {
        /// The first code's class.
        first: Class,
        /// The second code's class.
        second: Class,
    },
    /// What becomes of the command: done, pending, deferred, refused.
    Outcome {
        /// The first code's outcome.
        first: Outcome,
        /// The second code's outcome.
        second: Outcome,
    },
    /// Whether and how the client should retry.
    Retry {
        /// The first code's retry action.
        first: Retry,
        /// The second code's retry action.
        second: Retry,
    },
    /// The category of the second digit.
    Category {
        /// The first code's category.
        first: Category,
        /// The second code's category.
        second: Category,
    },
    /// What part of the exchange the reply is about: which part of the command was wrong.
    Topic {
        /// The first code's topic.
        first: Topic,
        /// The second code's topic.
        second: Topic,
    },
    /// Who has to act.
    Actor {
        /// Who acts on the first code.
        first: Actor,
        /// Who acts on the second code.
        second: Actor,
    },
    /// How official each code is.
    Standing {
        /// The first code's standing.
        first: Standing,
        /// The second code's standing.
        second: Standing,
    },
}

/// The structured differences between two reply codes, and a comparison a person can read.
///
/// Made by [`diff`]; it holds only the two codes, in the order they were given, so making one
/// allocates nothing. `Display` writes the whole comparison: title, summary, each code's meaning,
/// when it occurs and how to fix it, the key differences, and when to use which;
/// [`Localized`](crate::Localized) writes it in another language.
///
/// # Examples
///
/// ```
/// use smtp_codes::{ReplyCode, diff};
///
/// let comparison = diff(ReplyCode::CannotVerifyUser, ReplyCode::BadSequence);
/// assert_eq!(comparison.first(), ReplyCode::CannotVerifyUser);
/// let text = comparison.to_string();
/// assert!(text.starts_with("SMTP 252 Cannot Verify User vs 503 Bad Sequence"));
/// assert!(text.contains("2xx Positive Completion") && text.contains("5xx Permanent Negative"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Diff {
    first: ReplyCode,
    second: ReplyCode,
}

/// Compares two reply codes. The comparison keeps the order of the arguments: `first` is `a`.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Difference, ReplyCode, diff};
///
/// // Same class: told apart by what went wrong, not by class.
/// let comparison = diff(ReplyCode::from(501), ReplyCode::from(503));
/// assert!(!comparison.differences().any(|d| matches!(d, Difference::Class { .. })));
/// assert!(comparison.differences().any(|d| matches!(d, Difference::Topic { .. })));
///
/// assert_eq!(diff(ReplyCode::from(552), ReplyCode::from(452)).first(), 552);
/// assert_eq!(diff(ReplyCode::from(250), ReplyCode::from(250)).differences().count(), 0);
/// ```
pub const fn diff(a: ReplyCode, b: ReplyCode) -> Diff {
    Diff { first: a, second: b }
}

impl Diff {
    /// The first code given to [`diff`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert_eq!(diff(ReplyCode::from(552), ReplyCode::from(452)).first(), 552);
    /// ```
    pub const fn first(&self) -> ReplyCode {
        self.first
    }

    /// The second code given to [`diff`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert_eq!(diff(ReplyCode::from(552), ReplyCode::from(452)).second(), 452);
    /// ```
    pub const fn second(&self) -> ReplyCode {
        self.second
    }

    /// True when both sides are the same code, which then has no differences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert!(diff(ReplyCode::from(421), ReplyCode::from(421)).is_same());
    /// assert!(!diff(ReplyCode::from(421), ReplyCode::from(451)).is_same());
    /// ```
    pub fn is_same(&self) -> bool {
        self.first == self.second
    }

    /// True when both codes are of the same class, and so differ only in what went wrong.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert!(diff(ReplyCode::from(501), ReplyCode::from(503)).same_class());
    /// assert!(!diff(ReplyCode::from(452), ReplyCode::from(552)).same_class());
    /// ```
    pub fn same_class(&self) -> bool {
        self.first.class() == self.second.class()
    }

    /// Each aspect in which the codes differ, in the order: class, outcome, retry, category,
    /// topic, actor, standing. Nothing for a code and itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Difference, ReplyCode, Retry, diff};
    ///
    /// let comparison = diff(ReplyCode::from(452), ReplyCode::from(552));
    /// assert!(comparison.differences().any(|d| d == Difference::Retry { first: Retry::Later, second: Retry::DoNotRetry }));
    /// ```
    pub fn differences(&self) -> impl Iterator<Item = Difference> + Clone + use<> {
        let (a, b) = (self.first, self.second);
        let retry = |code: ReplyCode| RetryDecision::for_code(code, None, "").action();
        [
            Difference::Class { first: a.class(), second: b.class() },
            Difference::Outcome { first: Outcome::of(a), second: Outcome::of(b) },
            Difference::Retry { first: retry(a), second: retry(b) },
            Difference::Category { first: a.category(), second: b.category() },
            Difference::Topic { first: a.topic(), second: b.topic() },
            Difference::Actor { first: a.actor(), second: b.actor() },
            Difference::Standing { first: a.standing(), second: b.standing() },
        ]
        .into_iter()
        .filter(Difference::differs)
    }
}

impl Difference {
    /// True when the two sides differ.
    fn differs(&self) -> bool {
        match self {
            Difference::Class { first, second } => first != second,
            Difference::Outcome { first, second } => first != second,
            Difference::Retry { first, second } => first != second,
            Difference::Category { first, second } => first != second,
            Difference::Topic { first, second } => first != second,
            Difference::Actor { first, second } => first != second,
            Difference::Standing { first, second } => first != second,
        }
    }

    /// A short name of the aspect: "class", "topic", "retry".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, Difference};
    ///
    /// let d = Difference::Class { first: Class::TransientNegative, second: Class::PermanentNegative };
    /// assert_eq!(d.aspect(), "class");
    /// ```
    pub const fn aspect(&self) -> &'static str {
        match self {
            Difference::Class { .. } => "class",
            Difference::Outcome { .. } => "outcome",
            Difference::Retry { .. } => "retry",
            Difference::Category { .. } => "category",
            Difference::Topic { .. } => "topic",
            Difference::Actor { .. } => "actor",
            Difference::Standing { .. } => "standing",
        }
    }
}
