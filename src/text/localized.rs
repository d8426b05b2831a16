//! [`Localized`]: any value of the crate with a language, and every text of it in that language.
//!
//! One verb, `localize(locale)`, on every type with texts, gives a `Localized` value; its methods
//! have the names of the English ones (`name`, `meaning`, `causes`, `remedies`, `label`), and its
//! `Display` writes the value as the English `Display` does, in the locale. The English `Display`
//! of comparisons, explanations and retry decisions is written here too, as the English locale.

use core::fmt;

use crate::advice::explain::Source;
use crate::codes::grammar;
use crate::data::Sentences;
use crate::text::catalog::{self, Row};
use crate::text::template::{Arg, Template, fill};
use crate::{
    Actor, Category, Class, Diff, Difference, EnhancedStatusCode, Explanation, Fault, Heading, Locale, Outcome, Reason,
    Reference, Reply, ReplyCode, Retry, RetryDecision, RetryReason, Standing, StatusClass, Subject, Topic,
};

/// A value of the crate in a language: made by `localize(locale)` on a code, a class, a label, a
/// comparison, an explanation or a retry decision.
///
/// Its methods give the value's texts in the locale, under the names of the English methods;
/// `Display` writes the value as the English `Display` does. A text the locale does not
/// translate (English itself, or a gap in a translation) is given in English.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reply, ReplyCode, diff};
///
/// let code = ReplyCode::BadSequence.localize(Locale::En);
/// assert_eq!(code.name(), "Bad Sequence");
/// assert_eq!(code.to_string(), "503 Bad Sequence");
///
/// let reply = Reply::parse("550 5.1.1 User unknown")?;
/// assert_eq!(reply.explain().localize(Locale::En).to_string(), reply.explain().to_string());
/// # #[cfg(feature = "zh-hans")] {
/// assert_eq!(ReplyCode::BadSequence.localize(Locale::ZhHans).name(), "命令顺序错误");
/// println!("{}", diff(ReplyCode::from(252), ReplyCode::from(503)).localize(Locale::ZhHans));
/// # }
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Localized<T> {
    value: T,
    locale: Locale,
}

impl<T> Localized<T> {
    /// A value in a locale; the public way is `localize` on the value.
    pub(crate) const fn new(value: T, locale: Locale) -> Localized<T> {
        Localized { value, locale }
    }

    /// The value.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert_eq!(*ReplyCode::BadSequence.localize(Locale::En).value(), ReplyCode::BadSequence);
    /// ```
    pub const fn value(&self) -> &T {
        &self.value
    }

    /// The locale.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::BadSequence.localize(Locale::En).locale(), Locale::En);
    /// ```
    pub const fn locale(&self) -> Locale {
        self.locale
    }

    /// Another value in the same locale.
    const fn with<U>(&self, value: U) -> Localized<U> {
        Localized { value, locale: self.locale }
    }
}

/// `localize` on each type with texts; `$example` makes a value of the type in the docs.
macro_rules! localize {
    ($($Type:ident = $example:literal;)+) => {$(
        impl $Type {
            /// This value with a language: its texts, and its `Display`, in that language.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
            ///
            #[doc = concat!("let value = ", $example, ";")]
            /// assert_eq!(value.localize(Locale::En).to_string(), value.to_string());
            /// ```
            pub const fn localize(self, locale: Locale) -> Localized<$Type> {
                Localized::new(self, locale)
            }
        }
    )+};
}

localize! {
    Subject = "Subject::Mailbox";
    StatusClass = "StatusClass::PermanentFailure";
    Class = "Class::TransientNegative";
    Category = "Category::MailSystem";
    Standing = "Standing::Extension";
    Topic = "Topic::Sequence";
    Actor = "Actor::Recipient";
    Retry = "Retry::Later";
    RetryReason = "RetryReason::MailboxFull";
    Outcome = "Outcome::Deferred";
    Heading = "Heading::HowToFix";
    Fault = "Fault::SendingServer";
    Reference = "smtp_codes::Reference::Rfc { number: 5321, section: \"4.2.2\" }";
    Difference = "smtp_codes::Difference::Topic { first: smtp_codes::Topic::Arguments, second: smtp_codes::Topic::Sequence }";
    Diff = "smtp_codes::diff(smtp_codes::ReplyCode::from(452), smtp_codes::ReplyCode::from(552))";
    RetryDecision = "smtp_codes::Reply::parse(\"452 4.2.2 Mailbox full\").unwrap().retry()";
}

impl ReplyCode {
    /// This code with a language: its texts, and its `Display` ("503 Bad Sequence"), in that
    /// language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// let code = ReplyCode::from(503).localize(Locale::En);
    /// assert_eq!(code.to_string(), "503 Bad Sequence");
    /// assert_eq!(code.to_string(), format!("{:#}", ReplyCode::from(503)));
    /// ```
    pub const fn localize(self, locale: Locale) -> Localized<ReplyCode> {
        Localized { value: self, locale }
    }
}

impl EnhancedStatusCode {
    /// This code with a language: its texts, and its `Display` ("5.1.1 Bad destination mailbox
    /// address"), in that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.2.2".parse()?;
    /// assert_eq!(code.localize(Locale::En).to_string(), "5.2.2 Mailbox full");
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub const fn localize(self, locale: Locale) -> Localized<EnhancedStatusCode> {
        Localized { value: self, locale }
    }
}

impl Reason {
    /// This reason with a language: its texts, and its `Display` (its name, "Mailbox full"), in
    /// that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reason};
    ///
    /// let reason = Reason::MailboxFull.localize(Locale::En);
    /// assert_eq!(reason.to_string(), "Mailbox full");
    /// assert_eq!(reason.to_string(), format!("{:#}", Reason::MailboxFull));
    /// ```
    pub const fn localize(self, locale: Locale) -> Localized<Reason> {
        Localized { value: self, locale }
    }
}

impl<'a> Explanation<'a> {
    /// This explanation with a language: its texts, and its `Display`, in that language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("550 5.1.1 User unknown")?.explain();
    /// assert_eq!(explanation.localize(Locale::En).summary(), explanation.summary());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn localize(self, locale: Locale) -> Localized<Explanation<'a>> {
        Localized { value: self, locale }
    }
}

/// The row of a reply code's texts other than its meaning and note.
fn reply_row(code: ReplyCode) -> Row {
    let number = code.as_u16();
    if code.is_listed() {
        Row::Reply(number)
    } else if grammar::fits(number) {
        Row::UnlistedClass((number / 100) as u8)
    } else {
        Row::Invalid
    }
}

/// The second digit that stands for a category in the catalog's unlisted meanings: 3 for 3 and 4.
const fn category_digit(second: u16) -> u8 {
    if second == 4 { 3 } else { second as u8 }
}

impl Localized<ReplyCode> {
    /// The short name: "Bad Sequence".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(558).localize(Locale::En).name(), "Unlisted Permanent Failure");
    /// ```
    pub fn name(&self) -> &'static str {
        catalog::text(self.locale, reply_row(self.value), "name", self.value.name())
    }

    /// What the server is saying.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(503).localize(Locale::En).meaning(), ReplyCode::from(503).meaning());
    /// ```
    pub fn meaning(&self) -> &'static str {
        let number = self.value.as_u16();
        let row = match reply_row(self.value) {
            Row::UnlistedClass(class) => Row::UnlistedCategory(class, category_digit((number / 10) % 10)),
            row => row,
        };
        catalog::text(self.locale, row, "meaning", self.value.meaning())
    }

    /// When servers send it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// let code = ReplyCode::CannotVerifyUser;
    /// assert!(code.localize(Locale::En).causes().eq(code.causes()));
    /// ```
    pub fn causes(&self) -> Sentences {
        self.value.causes().in_translation(catalog::list(self.locale, reply_row(self.value), "causes"))
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// let code = ReplyCode::CannotVerifyUser;
    /// assert!(code.localize(Locale::En).remedies().eq(code.remedies()));
    /// ```
    pub fn remedies(&self) -> Sentences {
        self.value.remedies().in_translation(catalog::list(self.locale, reply_row(self.value), "remedies"))
    }

    /// Guidance for a server choosing a reply ([`ReplyCode::use_when`]).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(ReplyCode::from(571).localize(Locale::En).use_when().contains("send 550 with 5.7.1"));
    /// ```
    pub fn use_when(&self) -> &'static str {
        catalog::text(self.locale, reply_row(self.value), "use_when", self.value.use_when())
    }

    /// Where sources disagree, or where the code comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(ReplyCode::from(530).localize(Locale::En).note().is_some());
    /// assert!(ReplyCode::from(558).localize(Locale::En).note().is_some());
    /// ```
    pub fn note(&self) -> Option<&'static str> {
        let row = if self.value.is_listed() { Row::Reply(self.value.as_u16()) } else { Row::Unlisted };
        self.value.note().map(|english| catalog::text(self.locale, row, "note", english))
    }
}

/// Writes the code and its name: "503 Bad Sequence".
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode};
///
/// assert_eq!(ReplyCode::from(252).localize(Locale::En).to_string(), "252 Cannot Verify User");
/// ```
impl fmt::Display for Localized<ReplyCode> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.name())
    }
}

impl Localized<EnhancedStatusCode> {
    /// Where the code's texts are, other than its note, by the rule of its English methods: its
    /// registry entry, else its subject, else its class (name and meaning) and the unlisted reply
    /// codes of its class (causes and remedies).
    fn rows(&self) -> (Row, Row) {
        let code = self.value;
        if code.is_listed() {
            let row = Row::Enhanced(code.subject_number(), code.detail());
            return (row, row);
        }
        match code.subject() {
            Some(subject) => (Row::Named(Subject::KEY, subject.as_str()), Row::Named(Subject::KEY, subject.as_str())),
            None => (Row::Named(StatusClass::KEY, code.class().as_str()), Row::UnlistedClass(code.class().digit())),
        }
    }

    /// The name: "Bad destination mailbox address".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.9.9".parse()?;
    /// assert_eq!(code.localize(Locale::En).name(), "Permanent Failure");
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub fn name(&self) -> &'static str {
        catalog::text(self.locale, self.rows().0, "name", self.value.name())
    }

    /// What the status says happened.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.1.1".parse()?;
    /// assert_eq!(code.localize(Locale::En).meaning(), code.meaning());
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub fn meaning(&self) -> &'static str {
        catalog::text(self.locale, self.rows().0, "meaning", self.value.meaning())
    }

    /// When servers report it, without what the table wrote for another class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "4.7.1".parse()?;
    /// assert!(code.localize(Locale::En).causes().eq(code.causes()));
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub fn causes(&self) -> Sentences {
        self.list("causes", self.value.causes())
    }

    /// What to do about it, without what the table wrote for another class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "4.2.2".parse()?;
    /// assert!(code.localize(Locale::En).remedies().eq(code.remedies()));
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub fn remedies(&self) -> Sentences {
        self.list("remedies", self.value.remedies())
    }

    /// A list in the locale: the English list's items, read from the translation.
    fn list(&self, field: &str, english: Sentences) -> Sentences {
        english.in_translation(catalog::list(self.locale, self.rows().1, field))
    }

    /// Where practice conflicts with the registry, or where an unlisted code comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "4.7.500".parse()?;
    /// assert_eq!(code.localize(Locale::En).note(), code.note());
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub fn note(&self) -> Option<&'static str> {
        let code = self.value;
        let row =
            if code.is_listed() { Row::Enhanced(code.subject_number(), code.detail()) } else { Row::EnhancedUnlisted };
        code.note().map(|english| catalog::text(self.locale, row, "note", english))
    }
}

/// Writes the code and its name: "5.2.2 Mailbox full".
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, Locale};
///
/// let code: EnhancedStatusCode = "5.2.2".parse()?;
/// assert_eq!(code.localize(Locale::En).to_string(), "5.2.2 Mailbox full");
/// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
/// ```
impl fmt::Display for Localized<EnhancedStatusCode> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.value, self.name())
    }
}

/// `name` and `meaning` in a locale for an enum whose English has them, and its `Display`.
macro_rules! named_texts {
    ($Type:ident, $example:literal, $display:literal) => {
        impl Localized<$Type> {
            /// The name.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
            ///
            #[doc = concat!("assert_eq!(", $example, ".localize(Locale::En).name(), ", $example, ".name());")]
            /// ```
            pub fn name(&self) -> &'static str {
                catalog::text(self.locale, Row::Named($Type::KEY, self.value.as_str()), "name", self.value.name())
            }

            /// The meaning, in a sentence or two.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
            ///
            #[doc = concat!("assert_eq!(", $example, ".localize(Locale::En).meaning(), ", $example, ".meaning());")]
            /// ```
            pub fn meaning(&self) -> &'static str {
                catalog::text(self.locale, Row::Named($Type::KEY, self.value.as_str()), "meaning", self.value.meaning())
            }
        }

        #[doc = concat!("Writes what the English `Display` of [`", stringify!($Type), "`] writes, in the locale.")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
        ///
        #[doc = concat!("assert_eq!(", $example, ".localize(Locale::En).to_string(), ", $example, ".to_string());")]
        /// ```
        impl fmt::Display for Localized<$Type> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                write!(f, $display, prefix = Prefix(self.value), name = self.name())
            }
        }
    };
}

/// What comes before a name in the `Display` of a class or subject: "5xx", "5", "X.2".
struct Prefix<T>(T);

impl fmt::Display for Prefix<Class> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx", self.0.digit())
    }
}

impl fmt::Display for Prefix<StatusClass> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.digit())
    }
}

impl fmt::Display for Prefix<Subject> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{}", self.0.number())
    }
}

impl fmt::Display for Prefix<Category> {
    fn fmt(&self, _: &mut fmt::Formatter<'_>) -> fmt::Result {
        Ok(())
    }
}

named_texts!(Class, "Class::PermanentNegative", "{prefix} {name}");
named_texts!(StatusClass, "StatusClass::PermanentFailure", "{prefix} {name}");
named_texts!(Subject, "Subject::Mailbox", "{prefix} {name}");
named_texts!(Category, "Category::MailSystem", "{prefix}{name}");

impl Localized<Subject> {
    /// Typical causes of a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Subject};
    ///
    /// assert!(Subject::Mailbox.localize(Locale::En).causes().eq(Subject::Mailbox.causes()));
    /// ```
    pub fn causes(&self) -> Sentences {
        let row = Row::Named(Subject::KEY, self.value.as_str());
        self.value.causes().in_translation(catalog::list(self.locale, row, "causes"))
    }

    /// What to do about a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Subject};
    ///
    /// assert!(Subject::Mailbox.localize(Locale::En).remedies().eq(Subject::Mailbox.remedies()));
    /// ```
    pub fn remedies(&self) -> Sentences {
        let row = Row::Named(Subject::KEY, self.value.as_str());
        self.value.remedies().in_translation(catalog::list(self.locale, row, "remedies"))
    }
}

/// `label` in a locale for an enum with labels, and its `Display`.
macro_rules! labels {
    ($($Type:ident = $example:literal;)+) => {$(
        impl Localized<$Type> {
            /// The label.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
            ///
            #[doc = concat!("assert_eq!(", $example, ".localize(Locale::En).label(), ", $example, ".label());")]
            /// ```
            pub fn label(&self) -> &'static str {
                catalog::text(self.locale, Row::Named($Type::KEY, self.value.as_str()), "label", self.value.label())
            }
        }

        /// Writes the label.
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Type), "};")]
        ///
        #[doc = concat!("assert_eq!(", $example, ".localize(Locale::En).to_string(), ", $example, ".label());")]
        /// ```
        impl fmt::Display for Localized<$Type> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.label())
            }
        }
    )+};
}

impl Localized<Heading> {
    /// What follows the heading when its text comes on the same line: ": " in English, "：" in
    /// Chinese.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Heading, Locale, ReplyCode};
    ///
    /// let heading = Heading::Meaning.localize(Locale::En);
    /// let line = format!("{heading}{}{}", heading.colon(), ReplyCode::BadSequence.meaning());
    /// assert!(line.starts_with("Meaning: "));
    /// ```
    pub fn colon(&self) -> &'static str {
        Template::Colon.text(self.locale)
    }

    /// What ends the heading when it stands on a line of its own, above a list: ":" in English,
    /// "：" in Chinese.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Heading, Locale};
    ///
    /// let heading = Heading::HowToFix.localize(Locale::En);
    /// assert_eq!(format!("{heading}{}", heading.colon_end()), "What to do:");
    /// ```
    pub fn colon_end(&self) -> &'static str {
        Template::ColonEnd.text(self.locale)
    }

    /// What separates the items of a list written on one line after the heading, such as a code's
    /// references: "; " in English, "；" in Chinese. The items may hold commas of their own.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Heading, Locale, ReplyCode};
    ///
    /// let heading = Heading::References.localize(Locale::En);
    /// let references: Vec<String> =
    ///     ReplyCode::from(451).references().iter().map(|r| r.localize(Locale::En).to_string()).collect();
    /// let line = format!("{heading}{}{}", heading.colon(), references.join(heading.separator()));
    /// assert!(line.starts_with("References: RFC 5321, section 4.2.3; RFC 5321"));
    /// ```
    pub fn separator(&self) -> &'static str {
        Template::ListSeparator.text(self.locale)
    }
}

labels! {
    Standing = "Standing::Extension";
    Topic = "Topic::Sequence";
    Actor = "Actor::Recipient";
    Retry = "Retry::Later";
    RetryReason = "RetryReason::MailboxFull";
    Outcome = "Outcome::Deferred";
    Heading = "Heading::HowToFix";
    Fault = "Fault::SendingServer";
}

impl Localized<Reason> {
    /// The row of the reason's texts.
    const fn row(&self) -> Row {
        Row::Named(Reason::KEY, self.value.as_str())
    }

    /// The short name: "Mailbox full".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reason};
    ///
    /// assert_eq!(Reason::MailboxFull.localize(Locale::En).name(), "Mailbox full");
    /// ```
    pub fn name(&self) -> &'static str {
        catalog::text(self.locale, self.row(), "name", self.value.name())
    }

    /// What the reason means.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reason};
    ///
    /// assert_eq!(Reason::Blocked.localize(Locale::En).meaning(), Reason::Blocked.meaning());
    /// ```
    pub fn meaning(&self) -> &'static str {
        catalog::text(self.locale, self.row(), "meaning", self.value.meaning())
    }

    /// The situations that lead to it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reason};
    ///
    /// assert!(Reason::Blocked.localize(Locale::En).causes().eq(Reason::Blocked.causes()));
    /// ```
    pub fn causes(&self) -> Sentences {
        self.value.causes().in_translation(catalog::list(self.locale, self.row(), "causes"))
    }

    /// What to do about it; [`Reason::actors`] says who takes each step.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reason};
    ///
    /// assert!(Reason::Blocked.localize(Locale::En).remedies().eq(Reason::Blocked.remedies()));
    /// ```
    pub fn remedies(&self) -> Sentences {
        self.value.remedies().in_translation(catalog::list(self.locale, self.row(), "remedies"))
    }

    /// The remedies that fit a reply of the class whose first digit is `class`.
    pub(crate) fn remedies_for(&self, class: u8) -> Sentences {
        self.value.remedies_for(class).in_translation(catalog::list(self.locale, self.row(), "remedies"))
    }
}

/// Writes the reason's name: "Mailbox full" (what the English `{:#}` writes).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reason};
///
/// assert_eq!(Reason::UserUnknown.localize(Locale::En).to_string(), format!("{:#}", Reason::UserUnknown));
/// ```
impl fmt::Display for Localized<Reason> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl Localized<RetryReason> {
    /// The reason in a few words more than the label.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, RetryReason};
    ///
    /// assert_eq!(RetryReason::MailboxFull.localize(Locale::En).meaning(), RetryReason::MailboxFull.meaning());
    /// ```
    pub fn meaning(&self) -> &'static str {
        let row = Row::Named(RetryReason::KEY, self.value.as_str());
        catalog::text(self.locale, row, "meaning", self.value.meaning())
    }
}

/// Writes the citation in the locale: "RFC 5321, section 4.2.2"; a draft's name as it is.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reference};
///
/// let reference = Reference::Iana { entry: "X.7.12" };
/// assert_eq!(reference.localize(Locale::En).to_string(), reference.to_string());
/// ```
impl fmt::Display for Localized<Reference> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        match self.value {
            Reference::Rfc { number, section: "" } => {
                fill(f, Template::ReferenceRfc.text(locale), &[("number", &number)])
            }
            Reference::Rfc { number, section } => {
                fill(f, Template::ReferenceRfcSection.text(locale), &[("number", &number), ("section", &section)])
            }
            Reference::Draft { name } => f.write_str(name),
            Reference::Iana { entry } => fill(f, Template::ReferenceIana.text(locale), &[("entry", &entry)]),
        }
    }
}

/// Writes a citation in English: "RFC 5321, section 4.2.2", "RFC 7505",
/// "draft-levine-mailbomb-header-00", "IANA enhanced status code registry (X.7.12)".
/// [`Localized`](crate::Localized) writes it in another language.
///
/// # Examples
///
/// ```
/// use smtp_codes::Reference;
///
/// assert_eq!(Reference::Rfc { number: 7505, section: "" }.to_string(), "RFC 7505");
/// assert_eq!(
///     Reference::Iana { entry: "X.7.12" }.to_string(),
///     "IANA enhanced status code registry (X.7.12)"
/// );
/// ```
impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.localize(Locale::En), f)
    }
}

/// Writes the action and the reason: "retry later, because the recipient's mailbox is full".
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Retry, RetryDecision, RetryReason};
///
/// let decision = RetryDecision::new(Retry::Later, RetryReason::MailboxFull);
/// assert_eq!(decision.localize(Locale::En).to_string(), "retry later, because the recipient's mailbox is full");
/// ```
impl fmt::Display for Localized<RetryDecision> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let action = self.with(self.value.action());
        let reason = self.with(self.value.reason()).meaning();
        fill(f, Template::Retry.text(self.locale), &[("action", &action), ("reason", &reason)])
    }
}

/// Writes the action and the reason: "retry later, because the recipient's mailbox is full".
///
/// # Examples
///
/// ```
/// let decision = smtp_codes::Reply::parse("452 4.2.2 Mailbox full")?.retry();
/// assert_eq!(decision.to_string(), "retry later, because the recipient's mailbox is full");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for RetryDecision {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.localize(Locale::En), f)
    }
}

impl Localized<Explanation<'_>> {
    /// The source of the texts, and the class the lists are filtered for.
    fn source(&self) -> Source {
        self.value.source()
    }

    /// What happened.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert_eq!(explanation.localize(Locale::En).summary(), explanation.summary());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn summary(&self) -> &'static str {
        match self.source() {
            Source::Reason(reason) => self.with(reason).meaning(),
            Source::Enhanced(code) => self.with(code).meaning(),
            Source::Code(code) => self.with(code).meaning(),
        }
    }

    /// The most likely cause.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert_eq!(explanation.localize(Locale::En).cause(), explanation.cause());
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
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert!(explanation.localize(Locale::En).causes().eq(explanation.causes()));
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn causes(&self) -> Sentences {
        match self.source() {
            Source::Reason(reason) => self.with(reason).causes(),
            Source::Enhanced(code) => self.with(code).causes(),
            Source::Code(code) => self.with(code).causes(),
        }
    }

    /// The first thing to do.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert_eq!(explanation.localize(Locale::En).remedy(), explanation.remedy());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedy(&self) -> &'static str {
        self.remedies().next().unwrap_or("")
    }

    /// Everything worth trying, first thing first.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let explanation = Reply::parse("552 5.2.2 Mailbox full")?.explain();
    /// assert!(explanation.localize(Locale::En).remedies().eq(explanation.remedies()));
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedies(&self) -> Sentences {
        match self.source() {
            Source::Reason(reason) => self.with(reason).remedies_for(self.value.reply().code().class().digit()),
            Source::Enhanced(code) => self.with(code).remedies(),
            Source::Code(code) => self.with(code).remedies(),
        }
    }
}

/// The reply's codes: "550 5.1.1".
struct Codes<'a>(Reply<'a>);

impl fmt::Display for Codes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.code())?;
        if let Some(enhanced) = self.0.enhanced() {
            write!(f, " {enhanced}")?;
        }
        Ok(())
    }
}

/// Writes one paragraph in the locale: what happened, the codes in brackets, what to do, and the
/// server's own words.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reply};
///
/// let text = Reply::parse("550 5.1.1 User unknown")?.explain().localize(Locale::En).to_string();
/// assert!(text.ends_with("The server said: \"User unknown\""));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for Localized<Explanation<'_>> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let reply = self.value.reply();
        let (summary, remedy, codes) = (self.summary(), self.remedy(), Codes(reply));
        let args: [Arg<'_>; 3] = [("summary", &summary), ("codes", &codes), ("remedy", &remedy)];
        fill(f, Template::Explanation.text(self.locale), &args)?;
        if reply.lines().any(|line| !line.trim().is_empty()) {
            fill(f, Template::ExplanationServer.text(self.locale), &[("server", &reply.lines())])?;
        }
        Ok(())
    }
}

/// Writes one paragraph: what happened, the codes in brackets, what to do, and the server's words.
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("550 5.1.1 <bob@example.net>: User unknown")?;
/// let text = reply.explain().to_string();
/// assert!(text.starts_with(reply.explain().summary()));
/// assert!(text.contains("[550 5.1.1]"));
/// assert!(text.contains("What to do: "));
/// assert!(text.ends_with("The server said: \"<bob@example.net>: User unknown\""));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.localize(Locale::En), f)
    }
}

/// What a class means in practice, in a few words.
fn class_gist(class: Class) -> Template {
    match class {
        Class::PositiveCompletion => Template::GistPositiveCompletion,
        Class::PositiveIntermediate => Template::GistPositiveIntermediate,
        Class::TransientNegative => Template::GistTransientNegative,
        Class::PermanentNegative => Template::GistPermanentNegative,
    }
}

/// Writes one sentence about the difference, naming both sides as "the first" and "the second".
///
/// # Examples
///
/// ```
/// use smtp_codes::{Class, Difference, Locale};
///
/// let d = Difference::Class { first: Class::TransientNegative, second: Class::PermanentNegative };
/// assert!(d.localize(Locale::En).to_string().contains("4xx Transient Negative"));
/// ```
impl fmt::Display for Localized<Difference> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        let pair =
            |f: &mut fmt::Formatter<'_>, template: Template, first: &dyn fmt::Display, second: &dyn fmt::Display| {
                fill(f, template.text(locale), &[("first", first), ("second", second)])
            };
        match self.value {
            Difference::Class { first, second } => {
                let (first, second) = (self.with(first), self.with(second));
                let args: [Arg<'_>; 4] = [
                    ("first", &first),
                    ("second", &second),
                    ("first_meaning", &first.meaning()),
                    ("second_meaning", &second.meaning()),
                ];
                fill(f, Template::DifferenceClass.text(locale), &args)
            }
            Difference::Outcome { first, second } => {
                pair(f, Template::DifferenceOutcome, &self.with(first), &self.with(second))
            }
            Difference::Retry { first, second } => {
                pair(f, Template::DifferenceRetry, &self.with(first), &self.with(second))
            }
            Difference::Category { first, second } => {
                let (first, second) = (self.with(first), self.with(second));
                let args: [Arg<'_>; 4] = [
                    ("first", &first.name()),
                    ("second", &second.name()),
                    ("first_meaning", &first.meaning()),
                    ("second_meaning", &second.meaning()),
                ];
                fill(f, Template::DifferenceCategory.text(locale), &args)
            }
            Difference::Topic { first, second } => {
                pair(f, Template::DifferenceTopic, &self.with(first), &self.with(second))
            }
            Difference::Actor { first, second } => {
                pair(f, Template::DifferenceActor, &self.with(first), &self.with(second))
            }
            Difference::Standing { first, second } => {
                pair(f, Template::DifferenceStanding, &self.with(first), &self.with(second))
            }
        }
    }
}

/// Writes one sentence about the difference in English.
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
        fmt::Display::fmt(&self.localize(Locale::En), f)
    }
}

impl Localized<Diff> {
    /// A key difference, with the codes' numbers in place of "the first" and "the second".
    fn key_difference(&self, f: &mut fmt::Formatter<'_>, difference: Difference) -> fmt::Result {
        let locale = self.locale;
        let (a, b) = (self.value.first(), self.value.second());
        let pair =
            |f: &mut fmt::Formatter<'_>, template: Template, first: &dyn fmt::Display, second: &dyn fmt::Display| {
                fill(f, template.text(locale), &[("a", &a), ("b", &b), ("first", first), ("second", second)])
            };
        match difference {
            Difference::Class { first, second } => {
                let (gist_a, gist_b) = (class_gist(first).text(locale), class_gist(second).text(locale));
                let (first, second) = (self.with(first), self.with(second));
                let args: [Arg<'_>; 6] = [
                    ("a", &a),
                    ("b", &b),
                    ("first", &first),
                    ("second", &second),
                    ("gist_a", &gist_a),
                    ("gist_b", &gist_b),
                ];
                fill(f, Template::KeyClass.text(locale), &args)
            }
            Difference::Outcome { first, second } => {
                pair(f, Template::KeyOutcome, &self.with(first), &self.with(second))
            }
            Difference::Retry { first, second } => pair(f, Template::KeyRetry, &self.with(first), &self.with(second)),
            Difference::Category { first, second } => {
                pair(f, Template::KeyCategory, &self.with(first).name(), &self.with(second).name())
            }
            Difference::Topic { first, second } => pair(f, Template::KeyTopic, &self.with(first), &self.with(second)),
            Difference::Actor { first, second } => pair(f, Template::KeyActor, &self.with(first), &self.with(second)),
            Difference::Standing { first, second } => {
                pair(f, Template::KeyStanding, &self.with(first), &self.with(second))
            }
        }
    }
}

/// Writes the comparison in the locale: title, summary, each code's description, when it occurs
/// and how to fix it, a numbered list of key differences, and when to use which. The codes come
/// in the order they were given to [`diff`](crate::diff()).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode, diff};
///
/// let text = diff(ReplyCode::from(501), ReplyCode::from(503)).localize(Locale::En).to_string();
/// assert!(text.starts_with("SMTP 501 Syntax Error In Parameters vs 503 Bad Sequence"));
/// ```
impl fmt::Display for Localized<Diff> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let locale = self.locale;
        let diff = self.value;
        let (a, b) = (diff.first(), diff.second());
        let (title_a, title_b) = (self.with(a), self.with(b));
        let colon = Template::Colon.text(locale);
        let colon_end = Template::ColonEnd.text(locale);
        fill(f, Template::DiffTitle.text(locale), &[("a", &title_a), ("b", &title_b)])?;
        f.write_str("\n\n")?;
        if diff.is_same() {
            fill(f, Template::DiffSameCode.text(locale), &[("a", &title_a)])?;
        } else if diff.same_class() {
            let (topic_a, topic_b) = (self.with(a.topic()), self.with(b.topic()));
            let template =
                if a.topic() != b.topic() { Template::DiffSameClass } else { Template::DiffSameClassSameTopic };
            let class = self.with(a.class());
            let args: [Arg<'_>; 5] =
                [("a", &a), ("b", &b), ("class", &class), ("topic_a", &topic_a), ("topic_b", &topic_b)];
            fill(f, template.text(locale), &args)?;
        } else {
            let (class_a, class_b) = (self.with(a.class()), self.with(b.class()));
            let (outcome_a, outcome_b) = (self.with(Outcome::of(a)), self.with(Outcome::of(b)));
            let args: [Arg<'_>; 6] = [
                ("a", &a),
                ("b", &b),
                ("class_a", &class_a),
                ("class_b", &class_b),
                ("outcome_a", &outcome_a),
                ("outcome_b", &outcome_b),
            ];
            fill(f, Template::DiffClasses.text(locale), &args)?;
        }
        f.write_str("\n")?;
        let codes: &[ReplyCode] = if diff.is_same() { &[a] } else { &[a, b] };
        for &code in codes {
            let texts = self.with(code);
            writeln!(f)?;
            writeln!(f, "{texts}")?;
            writeln!(f, "{}{colon}{}", self.with(Heading::Description), texts.meaning())?;
            writeln!(f, "{}{colon_end}", self.with(Heading::WhenItOccurs))?;
            for cause in texts.causes() {
                writeln!(f, "- {cause}")?;
            }
            writeln!(f, "{}{colon_end}", self.with(Heading::HowToFix))?;
            for remedy in texts.remedies() {
                writeln!(f, "- {remedy}")?;
            }
        }
        if !diff.is_same() {
            writeln!(f)?;
            writeln!(f, "{}{colon_end}", self.with(Heading::KeyDifferences))?;
            let mut number = 0;
            for difference in diff.differences() {
                number += 1;
                write!(f, "{number}. ")?;
                self.key_difference(f, difference)?;
                writeln!(f)?;
            }
            if number == 0 {
                writeln!(f, "1. {}", Template::KeyMeaningOnly.text(locale))?;
            }
            writeln!(f)?;
            writeln!(f, "{}{colon_end}", self.with(Heading::WhenToUseWhich))?;
            for &code in codes {
                f.write_str("- ")?;
                let template = match code.usage() {
                    crate::Usage::Normal => Template::UseWhen,
                    crate::Usage::Rarely => Template::UseWhenRarely,
                    crate::Usage::Never => Template::UseWhenNever,
                };
                fill(f, template.text(locale), &[("code", &code), ("text", &self.with(code).use_when())])?;
                writeln!(f)?;
            }
        }
        Ok(())
    }
}

/// Writes the comparison in English; [`Localized`] writes it in another language.
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
        fmt::Display::fmt(&self.localize(Locale::En), f)
    }
}

/// Hands every English text of the crate to `visit`, with its row, its field (a list's items one
/// by one, as `causes/0`) and a comment for translators: what the English template lists.
#[cfg(test)]
pub(crate) fn english_texts(visit: &mut dyn FnMut(Row, &str, &'static str, &str)) {
    use std::format;

    use crate::codes::unlisted;

    fn list(
        visit: &mut dyn FnMut(Row, &str, &'static str, &str),
        row: Row,
        field: &str,
        items: &[crate::data::Sentence],
        what: &str,
    ) {
        for (index, item) in items.iter().enumerate() {
            let only = match item.only_class {
                0 => std::string::String::new(),
                class => format!(", only for {class}.x.x codes"),
            };
            let comment = format!("{what}: {field} {} of {}{only}", index + 1, items.len());
            visit(row, &format!("{field}/{index}"), item.text, &comment);
        }
    }

    for template in Template::ALL {
        visit(Row::Template, template.name(), template.english(), template.comment().trim());
    }
    macro_rules! labelled {
        ($($Type:ident),+) => {$(
            for value in $Type::ALL {
                let doc = $Type::DOCS[*value as usize].trim();
                let comment = format!("{} {}: a short label. {doc}", $Type::KEY, value.as_str());
                visit(Row::Named($Type::KEY, value.as_str()), "label", value.label(), &comment);
            }
        )+};
    }
    labelled!(Heading, Standing, Topic, Actor, Retry, RetryReason, Outcome, Fault);
    for reason in RetryReason::ALL {
        let comment = format!(
            "retry reason {}: why, as a clause after an action and \"because\" (\"retry later, because \", \"fix something first, because \"; template/retry)",
            reason.as_str()
        );
        visit(Row::Named(RetryReason::KEY, reason.as_str()), "meaning", reason.meaning(), &comment);
    }
    macro_rules! named {
        ($($Type:ident),+) => {$(
            for value in $Type::ALL {
                let row = Row::Named($Type::KEY, value.as_str());
                visit(row, "name", value.name(), &format!("{} {}: name", $Type::KEY, value.as_str()));
                visit(row, "meaning", value.meaning(), &format!("{} {}: meaning", $Type::KEY, value.as_str()));
            }
        )+};
    }
    named!(Class, Category, StatusClass);
    for &code in ReplyCode::ALL {
        let row = Row::Reply(code.as_u16());
        let what = format!("reply code {code:#}");
        let texts = code.row();
        visit(row, "name", texts.name, &format!("{what}: name"));
        visit(row, "meaning", texts.meaning, &format!("{what}: meaning"));
        list(visit, row, "causes", texts.causes, &what);
        list(visit, row, "remedies", texts.remedies, &what);
        let use_when = match texts.usage {
            crate::Usage::Normal => {
                format!("{what}: when a server should send it, after \"Use {code} when\" (template/use-when)")
            }
            crate::Usage::Rarely => format!(
                "{what}: why a server should hardly ever send it, after \"Hardly ever send {code}: \" (template/use-when-rarely)"
            ),
            crate::Usage::Never => format!(
                "{what}: why a server should never send it, after \"Never send {code}: \" (template/use-when-never)"
            ),
        };
        visit(row, "use_when", texts.use_when, &use_when);
        if let Some(note) = texts.note {
            visit(row, "note", note, &format!("{what}: note"));
        }
    }
    for class in 2..=5u16 {
        let row = Row::UnlistedClass(class as u8);
        let what = format!("reply codes {class}xx that are not in the table");
        let texts = unlisted::row(class * 100);
        visit(row, "name", texts.name, &format!("{what}: name"));
        for second in [0u16, 1, 2, 3, 5] {
            let meaning = unlisted::row(class * 100 + second * 10).meaning;
            visit(
                Row::UnlistedCategory(class as u8, second as u8),
                "meaning",
                meaning,
                &format!(
                    "{what}, second digit {}: meaning",
                    if second == 3 { "3 or 4".into() } else { second.to_string() }
                ),
            );
        }
        list(visit, row, "causes", texts.causes, &what);
        list(visit, row, "remedies", texts.remedies, &what);
        let after = format!(
            "{what}: why a server should never send one, after \"Never send {class}xx: \" (template/use-when-never)"
        );
        visit(row, "use_when", texts.use_when, &after);
    }
    let invalid = unlisted::row(650);
    let what = "numbers that break the reply-code grammar";
    visit(Row::Invalid, "name", invalid.name, &format!("{what}: name"));
    visit(Row::Invalid, "meaning", invalid.meaning, &format!("{what}: meaning"));
    list(visit, Row::Invalid, "causes", invalid.causes, what);
    list(visit, Row::Invalid, "remedies", invalid.remedies, what);
    let after =
        format!("{what}: why a server should never send one, after \"Never send 650: \" (template/use-when-never)");
    visit(Row::Invalid, "use_when", invalid.use_when, &after);
    visit(Row::Unlisted, "note", unlisted::NOTE, "the note of every reply code that is not in the table");
    for code in EnhancedStatusCode::all(StatusClass::PermanentFailure) {
        let row = Row::Enhanced(code.subject_number(), code.detail());
        let Some(texts) = code.row() else { continue };
        let what = format!("enhanced code X.{}.{} ({})", code.subject_number(), code.detail(), texts.name);
        visit(row, "name", texts.name, &format!("{what}: the registry's name"));
        visit(row, "meaning", texts.meaning, &format!("{what}: meaning"));
        list(visit, row, "causes", texts.causes, &what);
        list(visit, row, "remedies", texts.remedies, &what);
        if let Some(note) = texts.note {
            visit(row, "note", note, &format!("{what}: note"));
        }
    }
    let unlisted_note = EnhancedStatusCode::new(StatusClass::PermanentFailure, 9, 9).note().unwrap_or_default();
    visit(Row::EnhancedUnlisted, "note", unlisted_note, "the note of every enhanced code that is not in the registry");
    for subject in Subject::ALL {
        let row = Row::Named(Subject::KEY, subject.as_str());
        let what = format!("enhanced codes of subject X.{}", subject.number());
        let texts = subject.row();
        visit(row, "name", texts.name, &format!("{what}: the registry's name"));
        visit(row, "meaning", texts.meaning, &format!("{what}: meaning"));
        list(visit, row, "causes", texts.causes, &what);
        list(visit, row, "remedies", texts.remedies, &what);
    }
    for reason in Reason::ALL {
        let row = Row::Named(Reason::KEY, reason.as_str());
        let what = format!("bounce reason {} ({})", reason.as_str(), reason.name());
        visit(row, "name", reason.name(), &format!("{what}: a short name, as a heading or a list item"));
        visit(row, "meaning", reason.meaning(), &format!("{what}: meaning, the summary of an explanation"));
        list(visit, row, "causes", reason.row().causes, &what);
        let (remedies, actors) = reason.row().remedies;
        for (index, (remedy, actor)) in remedies.iter().zip(actors).enumerate() {
            let only = if remedy.only_class == 4 { "; shown only after a temporary (4xx) failure" } else { "" };
            let comment = format!(
                "{what}: remedies {} of {}, a step for {} ({}) to take, written as an instruction{only}",
                index + 1,
                remedies.len(),
                actor.label(),
                actor.as_str()
            );
            visit(row, &format!("remedies/{index}"), remedy.text, &comment);
        }
    }
}
