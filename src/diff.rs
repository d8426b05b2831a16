//! [`diff`]: the structured differences between two reply codes, and the comparison a person
//! reads.

use core::fmt;

use crate::labels::label_enum;
use crate::{Actor, Category, Class, ReplyCode, Retry, RetryDecision, Standing, Topic};

label_enum! {
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
    pub enum Outcome {
        /// The command is done, and the mail goes on (252: the message will still be accepted).
        Completed => "the command is done and the mail goes on",
        /// The server waits for the rest of the exchange.
        Pending => "the server waits for the rest of the exchange",
        /// Nothing was done yet; the same command may succeed later.
        Deferred => "nothing was done; the same command may succeed if repeated later",
        /// Nothing was done; the command must change before it can succeed.
        Refused => "nothing was done; repeating the command unchanged will fail again",
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
/// Each variant holds the value for the lower code (`first`) and for the higher one (`second`).
/// `Display` writes one sentence about it.
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
        /// The lower code's class.
        first: Class,
        /// The higher code's class.
        second: Class,
    },
    /// What becomes of the command: done, pending, deferred, refused.
    Outcome {
        /// The lower code's outcome.
        first: Outcome,
        /// The higher code's outcome.
        second: Outcome,
    },
    /// Whether and how the client should retry.
    Retry {
        /// The lower code's retry action.
        first: Retry,
        /// The higher code's retry action.
        second: Retry,
    },
    /// The category of the second digit.
    Category {
        /// The lower code's category.
        first: Category,
        /// The higher code's category.
        second: Category,
    },
    /// What part of the exchange the reply is about: which part of the command was wrong.
    Topic {
        /// The lower code's topic.
        first: Topic,
        /// The higher code's topic.
        second: Topic,
    },
    /// Who has to act.
    Actor {
        /// Who acts on the lower code.
        first: Actor,
        /// Who acts on the higher code.
        second: Actor,
    },
    /// How official each code is.
    Standing {
        /// The lower code's standing.
        first: Standing,
        /// The higher code's standing.
        second: Standing,
    },
    /// What each code says.
    Meaning {
        /// The lower code's meaning.
        first: &'static str,
        /// The higher code's meaning.
        second: &'static str,
    },
    /// When each code occurs.
    Causes {
        /// The lower code's causes.
        first: &'static [&'static str],
        /// The higher code's causes.
        second: &'static [&'static str],
    },
    /// What to do about each code.
    Remedies {
        /// The lower code's remedies.
        first: &'static [&'static str],
        /// The higher code's remedies.
        second: &'static [&'static str],
    },
}

/// The structured differences between two reply codes, and a comparison a person can read.
///
/// Made by [`diff`]; it holds only the two codes, so making one allocates nothing, and
/// `diff(a, b)` equals `diff(b, a)` (the lower code always comes first). `Display` writes the
/// whole comparison: title, summary, each code's description, when it occurs and how to fix it,
/// the key differences, and when to use which.
///
/// # Examples
///
/// ```
/// use smtp_codes::{ReplyCode, diff};
///
/// let comparison = diff(ReplyCode::BadSequence, ReplyCode::CannotVerifyUser);
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

/// Compares two reply codes. The order of the arguments does not matter.
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
/// assert_eq!(diff(ReplyCode::from(250), ReplyCode::from(250)).differences().count(), 0);
/// ```
pub fn diff(a: ReplyCode, b: ReplyCode) -> Diff {
    if a <= b { Diff { first: a, second: b } } else { Diff { first: b, second: a } }
}

impl Diff {
    /// The lower code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert_eq!(diff(ReplyCode::from(552), ReplyCode::from(452)).first(), 452);
    /// ```
    pub const fn first(&self) -> ReplyCode {
        self.first
    }

    /// The higher code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, diff};
    ///
    /// assert_eq!(diff(ReplyCode::from(552), ReplyCode::from(452)).second(), 552);
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
    /// topic, actor, standing, meaning, causes, remedies. Nothing for a code and itself.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Difference, ReplyCode, diff};
    ///
    /// let comparison = diff(ReplyCode::from(452), ReplyCode::from(552));
    /// assert!(comparison.differences().any(|d| matches!(d, Difference::Retry { .. })));
    /// ```
    pub fn differences(&self) -> impl Iterator<Item = Difference> + Clone + use<> {
        let (a, b) = (self.first, self.second);
        let same = a == b;
        let retry = |code: ReplyCode| RetryDecision::for_code(code, None, "").action();
        [
            Difference::Class { first: a.class(), second: b.class() },
            Difference::Outcome { first: Outcome::of(a), second: Outcome::of(b) },
            Difference::Retry { first: retry(a), second: retry(b) },
            Difference::Category { first: a.category(), second: b.category() },
            Difference::Topic { first: a.topic(), second: b.topic() },
            Difference::Actor { first: a.actor(), second: b.actor() },
            Difference::Standing { first: a.standing(), second: b.standing() },
            Difference::Meaning { first: a.meaning(), second: b.meaning() },
            Difference::Causes { first: a.causes(), second: b.causes() },
            Difference::Remedies { first: a.remedies(), second: b.remedies() },
        ]
        .into_iter()
        .filter(move |difference| !same && difference.differs())
    }

    /// The key differences: the aspects a person needs to tell the codes apart, without the
    /// full texts (meaning, causes, remedies), which the comparison shows per code.
    fn key_differences(&self) -> impl Iterator<Item = Difference> + Clone + use<> {
        self.differences().filter(|d| {
            !matches!(d, Difference::Meaning { .. } | Difference::Causes { .. } | Difference::Remedies { .. })
        })
    }
}

impl Difference {
    fn differs(&self) -> bool {
        match self {
            Difference::Class { first, second } => first != second,
            Difference::Outcome { first, second } => first != second,
            Difference::Retry { first, second } => first != second,
            Difference::Category { first, second } => first != second,
            Difference::Topic { first, second } => first != second,
            Difference::Actor { first, second } => first != second,
            Difference::Standing { first, second } => first != second,
            Difference::Meaning { first, second } => first != second,
            Difference::Causes { first, second } => first != second,
            Difference::Remedies { first, second } => first != second,
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
            Difference::Meaning { .. } => "meaning",
            Difference::Causes { .. } => "causes",
            Difference::Remedies { .. } => "remedies",
        }
    }
}

/// Writes one sentence about the difference, naming both sides.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Difference, Topic};
///
/// let d = Difference::Topic { first: Topic::Arguments, second: Topic::Sequence };
/// assert_eq!(d.to_string(), "The first is about the command's arguments; the second is about the order of commands.");
/// ```
impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Difference::Class { first, second } => {
                write!(f, "The first is {first}: {} The second is {second}: {}", first.meaning(), second.meaning())
            }
            Difference::Outcome { first, second } => {
                write!(f, "After the first, {first}; after the second, {second}.")
            }
            Difference::Retry { first, second } => {
                write!(f, "For the first the client should {first}; for the second, {second}.")
            }
            Difference::Category { first, second } => write!(
                f,
                "The first is in the {first} category: {} The second is in the {second} category: {}",
                first.meaning(),
                second.meaning()
            ),
            Difference::Topic { first, second } => {
                write!(f, "The first is about {first}; the second is about {second}.")
            }
            Difference::Actor { first, second } => {
                write!(f, "On the first, {first} must act; on the second, {second}.")
            }
            Difference::Standing { first, second } => {
                write!(f, "The first's standing is {first}; the second's is {second}.")
            }
            Difference::Meaning { first, second } => write!(f, "The first means: {first} The second means: {second}"),
            Difference::Causes { first, second } => {
                write!(f, "The first occurs when: {} The second occurs when: {}", Sentences(first), Sentences(second))
            }
            Difference::Remedies { first, second } => {
                write!(f, "For the first: {} For the second: {}", Sentences(first), Sentences(second))
            }
        }
    }
}

/// Writes sentences separated by spaces.
struct Sentences(&'static [&'static str]);

impl fmt::Display for Sentences {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, sentence) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            f.write_str(sentence)?;
        }
        Ok(())
    }
}

/// Writes the comparison: title, summary, each code's description, when it occurs and how to
/// fix it, a numbered list of key differences, and when to use which.
///
/// # Examples
///
/// ```
/// use smtp_codes::{ReplyCode, diff};
///
/// let text = diff(ReplyCode::from(452), ReplyCode::from(552)).to_string();
/// assert!(text.contains("Key differences"));
/// assert!(text.contains("4xx Transient Negative") && text.contains("5xx Permanent Negative"));
/// ```
impl fmt::Display for Diff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (self.first, self.second);
        writeln!(f, "SMTP {} vs {}", a.title(), b.title())?;
        writeln!(f)?;
        if self.is_same() {
            writeln!(f, "These are the same code, {}, so there is nothing to tell apart.", a.title())?;
        } else if self.same_class() {
            write!(f, "Both {a} and {b} are {} replies; ", a.class())?;
            if a.topic() != b.topic() {
                writeln!(
                    f,
                    "what separates them is what they are about: {a} concerns {}, {b} concerns {}.",
                    a.topic(),
                    b.topic()
                )?;
            } else {
                writeln!(f, "both concern {}, and they differ in the situation each describes.", a.topic())?;
            }
        } else {
            writeln!(
                f,
                "{a} is a {} reply and {b} is a {} reply: after {a}, {}; after {b}, {}.",
                a.class(),
                b.class(),
                Outcome::of(a),
                Outcome::of(b)
            )?;
        }
        for code in [a, b] {
            if self.is_same() && code == b {
                break;
            }
            writeln!(f)?;
            writeln!(f, "{}", code.title())?;
            writeln!(f, "Description: {}", code.meaning())?;
            writeln!(f, "When it occurs:")?;
            for cause in code.causes() {
                writeln!(f, "- {cause}")?;
            }
            writeln!(f, "How to fix:")?;
            for remedy in code.remedies() {
                writeln!(f, "- {remedy}")?;
            }
        }
        if !self.is_same() {
            writeln!(f)?;
            writeln!(f, "Key differences:")?;
            let mut number = 0;
            for difference in self.key_differences() {
                number += 1;
                writeln!(f, "{number}. {}", KeyDifference { difference, first: a, second: b })?;
            }
            if number == 0 {
                writeln!(f, "1. They differ only in their meaning, described above.")?;
            }
            writeln!(f)?;
            writeln!(f, "When to use which:")?;
            writeln!(f, "- Use {a} when {}.", a.use_when())?;
            writeln!(f, "- Use {b} when {}.", b.use_when())?;
        }
        Ok(())
    }
}

/// A difference written with the codes' numbers in place of "the first" and "the second".
struct KeyDifference {
    difference: Difference,
    first: ReplyCode,
    second: ReplyCode,
}

impl fmt::Display for KeyDifference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (a, b) = (self.first, self.second);
        match self.difference {
            Difference::Class { first, second } => {
                write!(f, "Class: {a} is {first} ({}); {b} is {second} ({}).", class_gist(first), class_gist(second))
            }
            Difference::Outcome { first, second } => write!(f, "Outcome: after {a}, {first}; after {b}, {second}."),
            Difference::Retry { first, second } => write!(f, "Retry: on {a}, {first}; on {b}, {second}."),
            Difference::Category { first, second } => write!(f, "Category: {a} is in {first}; {b} is in {second}."),
            Difference::Topic { first, second } => {
                write!(f, "What went wrong: {a} concerns {first}; {b} concerns {second}.")
            }
            Difference::Actor { first, second } => write!(f, "Who acts: on {a}, {first}; on {b}, {second}."),
            Difference::Standing { first, second } => write!(f, "Standing: {a} is {first}; {b} is {second}."),
            other => write!(f, "{other}"),
        }
    }
}

/// What a class means in practice, in a few words.
const fn class_gist(class: Class) -> &'static str {
    match class {
        Class::PositiveCompletion => "success",
        Class::PositiveIntermediate => "accepted so far, send the rest",
        Class::TransientNegative => "failure for now, try again later",
        Class::PermanentNegative => "failure, do not repeat unchanged",
    }
}
