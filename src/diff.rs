//! [`diff`]: the structured differences between two reply codes, and the comparison a person
//! reads.

use core::fmt;

use crate::labels::label_enum;
use crate::locale::fill;
use crate::{Actor, Category, Class, Locale, ReplyCode, Retry, RetryDecision, Standing, Topic};

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

impl Difference {
    /// A value whose `Display` writes the sentence about this difference in a language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Difference, Locale, Topic};
    ///
    /// let d = Difference::Topic { first: Topic::Arguments, second: Topic::Sequence };
    /// assert_eq!(d.render(Locale::En).to_string(), d.to_string());
    /// ```
    pub const fn render(&self, locale: Locale) -> RenderedDifference {
        RenderedDifference { difference: *self, locale }
    }
}

/// A [`Difference`] written in a language; made by [`Difference::render`].
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Difference, Locale};
///
/// let d = Difference::Class { first: Class::TransientNegative, second: Class::PermanentNegative };
/// assert!(d.render(Locale::En).to_string().contains("4xx Transient Negative"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderedDifference {
    difference: Difference,
    locale: Locale,
}

/// Writes one sentence about the difference, naming both sides.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Difference, Locale};
///
/// let d = Difference::Class { first: Class::TransientNegative, second: Class::PermanentNegative };
/// assert!(d.render(Locale::En).to_string().ends_with('.'));
/// ```
impl fmt::Display for RenderedDifference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        let ui = locale.ui();
        match self.difference {
            Difference::Class { first, second } => fill(
                f,
                ui.difference_class,
                &[
                    ("first", &first.display_in(locale)),
                    ("second", &second.display_in(locale)),
                    ("first_meaning", &first.meaning_in(locale)),
                    ("second_meaning", &second.meaning_in(locale)),
                ],
            ),
            Difference::Outcome { first, second } => fill(
                f,
                ui.difference_outcome,
                &[("first", &first.label_in(locale)), ("second", &second.label_in(locale))],
            ),
            Difference::Retry { first, second } => fill(
                f,
                ui.difference_retry,
                &[("first", &first.label_in(locale)), ("second", &second.label_in(locale))],
            ),
            Difference::Category { first, second } => fill(
                f,
                ui.difference_category,
                &[
                    ("first", &first.name_in(locale)),
                    ("second", &second.name_in(locale)),
                    ("first_meaning", &first.meaning_in(locale)),
                    ("second_meaning", &second.meaning_in(locale)),
                ],
            ),
            Difference::Topic { first, second } => fill(
                f,
                ui.difference_topic,
                &[("first", &first.label_in(locale)), ("second", &second.label_in(locale))],
            ),
            Difference::Actor { first, second } => fill(
                f,
                ui.difference_actor,
                &[("first", &first.label_in(locale)), ("second", &second.label_in(locale))],
            ),
            Difference::Standing { first, second } => fill(
                f,
                ui.difference_standing,
                &[("first", &first.label_in(locale)), ("second", &second.label_in(locale))],
            ),
            Difference::Meaning { first, second } => {
                fill(f, ui.difference_meaning, &[("first", &first), ("second", &second)])
            }
            Difference::Causes { first, second } => fill(
                f,
                ui.difference_causes,
                &[
                    ("first", &Sentences(first, ui.sentence_separator)),
                    ("second", &Sentences(second, ui.sentence_separator)),
                ],
            ),
            Difference::Remedies { first, second } => fill(
                f,
                ui.difference_remedies,
                &[
                    ("first", &Sentences(first, ui.sentence_separator)),
                    ("second", &Sentences(second, ui.sentence_separator)),
                ],
            ),
        }
    }
}

/// Writes one sentence about the difference in English; see [`Difference::render`].
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
        fmt::Display::fmt(&self.render(Locale::En), f)
    }
}

/// Writes sentences separated by the locale's separator.
struct Sentences(&'static [&'static str], &'static str);

impl fmt::Display for Sentences {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, sentence) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(self.1)?;
            }
            f.write_str(sentence)?;
        }
        Ok(())
    }
}

/// A code and its name in a language: "503 Bad Sequence".
struct CodeTitle(ReplyCode, Locale);

impl fmt::Display for CodeTitle {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.0, self.0.describe(self.1).name())
    }
}

impl Diff {
    /// A value whose `Display` writes the comparison in a language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode, diff};
    ///
    /// let comparison = diff(ReplyCode::from(252), ReplyCode::from(503));
    /// assert_eq!(comparison.render(Locale::En).to_string(), comparison.to_string());
    /// ```
    pub const fn render(&self, locale: Locale) -> RenderedDiff {
        RenderedDiff { diff: *self, locale }
    }
}

/// A [`Diff`] written in a language; made by [`Diff::render`].
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode, diff};
///
/// let text = diff(ReplyCode::from(452), ReplyCode::from(552)).render(Locale::En).to_string();
/// assert!(text.contains("Key differences:"));
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderedDiff {
    diff: Diff,
    locale: Locale,
}

/// Writes the comparison: title, summary, each code's description, when it occurs and how to
/// fix it, a numbered list of key differences, and when to use which.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode, diff};
///
/// let text = diff(ReplyCode::from(501), ReplyCode::from(503)).render(Locale::En).to_string();
/// assert!(text.starts_with("SMTP 501 Syntax Error In Parameters vs 503 Bad Sequence"));
/// ```
impl fmt::Display for RenderedDiff {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        let ui = locale.ui();
        let diff = self.diff;
        let (a, b) = (diff.first, diff.second);
        let (title_a, title_b) = (CodeTitle(a, locale), CodeTitle(b, locale));
        fill(f, ui.diff_title, &[("a", &title_a), ("b", &title_b)])?;
        f.write_str("\n\n")?;
        if diff.is_same() {
            fill(f, ui.diff_same_code, &[("a", &title_a)])?;
        } else if diff.same_class() {
            let template = if a.topic() != b.topic() { ui.diff_same_class } else { ui.diff_same_class_same_topic };
            fill(
                f,
                template,
                &[
                    ("a", &a),
                    ("b", &b),
                    ("class", &a.class().display_in(locale)),
                    ("topic_a", &a.topic().label_in(locale)),
                    ("topic_b", &b.topic().label_in(locale)),
                ],
            )?;
        } else {
            fill(
                f,
                ui.diff_classes,
                &[
                    ("a", &a),
                    ("b", &b),
                    ("class_a", &a.class().display_in(locale)),
                    ("class_b", &b.class().display_in(locale)),
                    ("outcome_a", &Outcome::of(a).label_in(locale)),
                    ("outcome_b", &Outcome::of(b).label_in(locale)),
                ],
            )?;
        }
        f.write_str("\n")?;
        for code in [a, b] {
            if diff.is_same() && code == b {
                break;
            }
            let texts = code.describe(locale);
            writeln!(f)?;
            writeln!(f, "{}", CodeTitle(code, locale))?;
            writeln!(f, "{}{}{}", ui.description, ui.colon, texts.meaning())?;
            writeln!(f, "{}{}", ui.when_it_occurs, ui.colon_end)?;
            for cause in texts.causes() {
                writeln!(f, "- {cause}")?;
            }
            writeln!(f, "{}{}", ui.how_to_fix, ui.colon_end)?;
            for remedy in texts.remedies() {
                writeln!(f, "- {remedy}")?;
            }
        }
        if !diff.is_same() {
            writeln!(f)?;
            writeln!(f, "{}{}", ui.key_differences, ui.colon_end)?;
            let mut number = 0;
            for difference in diff.key_differences() {
                number += 1;
                write!(f, "{number}. ")?;
                key_difference(f, difference, a, b, locale)?;
                writeln!(f)?;
            }
            if number == 0 {
                writeln!(f, "1. {}", ui.key_meaning_only)?;
            }
            writeln!(f)?;
            writeln!(f, "{}{}", ui.when_to_use_which, ui.colon_end)?;
            for code in [a, b] {
                f.write_str("- ")?;
                // Read on the English text, which every language translates line for line.
                let rarely = ["never", "hardly ever"].iter().any(|start| code.use_when().starts_with(start));
                let template = if rarely { ui.use_when_rarely } else { ui.use_when };
                fill(f, template, &[("code", &code), ("text", &code.describe(locale).use_when())])?;
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

/// Writes the comparison in English; see [`Diff::render`] for other languages.
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
        fmt::Display::fmt(&self.render(Locale::En), f)
    }
}

/// A key difference, with the codes' numbers in place of "the first" and "the second".
fn key_difference(
    f: &mut fmt::Formatter<'_>,
    difference: Difference,
    a: ReplyCode,
    b: ReplyCode,
    locale: Locale,
) -> fmt::Result {
    let ui = locale.ui();
    let pair =
        |template: &'static str, first: &dyn fmt::Display, second: &dyn fmt::Display, f: &mut fmt::Formatter<'_>| {
            fill(f, template, &[("a", &a), ("b", &b), ("first", first), ("second", second)])
        };
    match difference {
        Difference::Class { first, second } => fill(
            f,
            ui.key_class,
            &[
                ("a", &a),
                ("b", &b),
                ("first", &first.display_in(locale)),
                ("second", &second.display_in(locale)),
                ("gist_a", &class_gist(first, locale)),
                ("gist_b", &class_gist(second, locale)),
            ],
        ),
        Difference::Outcome { first, second } => {
            pair(ui.key_outcome, &first.label_in(locale), &second.label_in(locale), f)
        }
        Difference::Retry { first, second } => pair(ui.key_retry, &first.label_in(locale), &second.label_in(locale), f),
        Difference::Category { first, second } => {
            pair(ui.key_category, &first.name_in(locale), &second.name_in(locale), f)
        }
        Difference::Topic { first, second } => pair(ui.key_topic, &first.label_in(locale), &second.label_in(locale), f),
        Difference::Actor { first, second } => pair(ui.key_actor, &first.label_in(locale), &second.label_in(locale), f),
        Difference::Standing { first, second } => {
            pair(ui.key_standing, &first.label_in(locale), &second.label_in(locale), f)
        }
        other => fmt::Display::fmt(&other.render(locale), f),
    }
}

/// What a class means in practice, in a few words.
const fn class_gist(class: Class, locale: Locale) -> &'static str {
    let ui = locale.ui();
    match class {
        Class::PositiveCompletion => ui.gist_positive_completion,
        Class::PositiveIntermediate => ui.gist_positive_intermediate,
        Class::TransientNegative => ui.gist_transient_negative,
        Class::PermanentNegative => ui.gist_permanent_negative,
    }
}
