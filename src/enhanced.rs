//! [`EnhancedStatusCode`]: RFC 3463 enhanced mail system status codes ("5.1.1"), with the whole
//! IANA registry from the one table in `data/enhanced_codes.rs`.

use core::fmt;
use core::str::FromStr;

use crate::error::{EnhancedErrorKind, Part};
use crate::{Actor, EnhancedDescription, InvalidEnhancedCode, Reference, ReplyCode};

/// What the table knows of one registry entry.
#[derive(Debug)]
pub(crate) struct RegistryEntry {
    pub(crate) texts: EnhancedDescription,
    pub(crate) basic: &'static str,
    pub(crate) classes: &'static [StatusClass],
    pub(crate) actor: Actor,
    pub(crate) references: &'static [Reference],
}

/// What the table knows of a class (2, 4, 5).
#[derive(Debug)]
pub(crate) struct ClassEntry {
    pub(crate) title: &'static str,
    pub(crate) description: &'static str,
}

/// What the table knows of a subject (0 to 7).
#[derive(Debug)]
pub(crate) struct SubjectEntry {
    pub(crate) title: &'static str,
    pub(crate) actor: Actor,
    pub(crate) description: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) remedies: &'static [&'static str],
}

/// Turns the registry table into a `match` on (subject, detail) and a list of its keys.
macro_rules! enhanced_codes {
    ($(
        ($subject:literal, $detail:literal) {
            title: $title:literal,
            basic: $basic:literal,
            classes: [$($class:ident),+ $(,)?],
            actor: $actor:ident,
            references: [$($reference:expr),* $(,)?],
            description: $description:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?],
            note: $note:expr $(,)?
        }
    )+) => {
        #[allow(unused_imports)]
        use $crate::reference::{draft, iana, rfc};

        /// The (subject, detail) of every registry entry, in ascending order.
        pub(crate) const KEYS: &[(u16, u16)] = &[$(($subject, $detail)),+];

        /// The registry entry for a subject and detail.
        pub(crate) const fn lookup(subject: u16, detail: u16) -> Option<&'static $crate::enhanced::RegistryEntry> {
            match (subject, detail) {
                $(($subject, $detail) => {
                    const ENTRY: $crate::enhanced::RegistryEntry = $crate::enhanced::RegistryEntry {
                        texts: $crate::EnhancedDescription {
                            title: $title,
                            description: $description,
                            causes: &[$($cause),+],
                            remedies: &[$($remedy),+],
                            note: $note,
                        },
                        basic: $basic,
                        classes: &[$($crate::StatusClass::$class),+],
                        actor: $crate::Actor::$actor,
                        references: &[$($reference),*],
                    };
                    Some(&ENTRY)
                })+
                _ => None,
            }
        }
    };
}

/// Turns the class and subject texts into two lookups.
macro_rules! enhanced_subjects {
    (
        $(class $class:literal { title: $class_title:literal, description: $class_description:literal $(,)? })+
        $(subject $subject:literal {
            title: $subject_title:literal,
            actor: $actor:ident,
            description: $subject_description:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?] $(,)?
        })+
    ) => {
        /// The texts for a class digit.
        pub(crate) const fn class_entry(digit: u8) -> &'static $crate::enhanced::ClassEntry {
            match digit {
                $($class => {
                    const ENTRY: $crate::enhanced::ClassEntry = $crate::enhanced::ClassEntry {
                        title: $class_title,
                        description: $class_description,
                    };
                    &ENTRY
                })+
                _ => panic!("StatusClass has only the digits 2, 4 and 5"),
            }
        }

        /// The texts for a subject number, if it is one of the eight.
        pub(crate) const fn subject_entry(subject: u16) -> Option<&'static $crate::enhanced::SubjectEntry> {
            match subject {
                $($subject => {
                    const ENTRY: $crate::enhanced::SubjectEntry = $crate::enhanced::SubjectEntry {
                        title: $subject_title,
                        actor: $crate::Actor::$actor,
                        description: $subject_description,
                        causes: &[$($cause),+],
                        remedies: &[$($remedy),+],
                    };
                    Some(&ENTRY)
                })+
                _ => None,
            }
        }
    };
}

#[path = "data/enhanced_codes.rs"]
mod table;

/// The class of an enhanced status code: its first number (RFC 3463, section 3.1).
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, StatusClass};
///
/// let code: EnhancedStatusCode = "4.2.2".parse().unwrap();
/// assert_eq!(code.class(), StatusClass::PersistentTransientFailure);
/// assert_eq!(StatusClass::PermanentFailure.digit(), 5);
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum StatusClass {
    /// 2: the message was delivered or the action succeeded.
    Success,
    /// 4: delivery failed for now, for a reason that may pass; sending again later may work.
    PersistentTransientFailure,
    /// 5: delivery failed, and sending the same message again will not help.
    PermanentFailure,
}

impl StatusClass {
    /// Every class, in ascending order of its digit.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::StatusClass;
    ///
    /// let digits: Vec<u8> = StatusClass::ALL.iter().map(|c| c.digit()).collect();
    /// assert_eq!(digits, [2, 4, 5]);
    /// ```
    pub const ALL: &'static [StatusClass] =
        &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure];

    /// The class for a digit, or `None` for anything but 2, 4 and 5.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::StatusClass;
    ///
    /// assert_eq!(StatusClass::from_digit(4), Some(StatusClass::PersistentTransientFailure));
    /// assert_eq!(StatusClass::from_digit(3), None);
    /// ```
    pub const fn from_digit(digit: u8) -> Option<StatusClass> {
        match digit {
            2 => Some(StatusClass::Success),
            4 => Some(StatusClass::PersistentTransientFailure),
            5 => Some(StatusClass::PermanentFailure),
            _ => None,
        }
    }

    /// The digit: 2, 4 or 5.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::StatusClass::Success.digit(), 2);
    /// ```
    pub const fn digit(self) -> u8 {
        match self {
            StatusClass::Success => 2,
            StatusClass::PersistentTransientFailure => 4,
            StatusClass::PermanentFailure => 5,
        }
    }

    /// The registry's title: "Persistent Transient Failure".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::StatusClass::PermanentFailure.title(), "Permanent Failure");
    /// ```
    pub const fn title(self) -> &'static str {
        table::class_entry(self.digit()).title
    }

    /// What a status of this class says, in one or two sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::StatusClass::Success.description().is_empty());
    /// ```
    pub const fn description(self) -> &'static str {
        table::class_entry(self.digit()).description
    }

    /// [`StatusClass::title`] in a language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, StatusClass};
    ///
    /// assert_eq!(StatusClass::Success.title_in(Locale::En), "Success");
    /// ```
    pub const fn title_in(self, locale: crate::Locale) -> &'static str {
        match locale {
            crate::Locale::En => self.title(),
            #[cfg(feature = "zh-hans")]
            crate::Locale::ZhHans => crate::locale::zh_hans::status_class(self).0,
        }
    }

    /// [`StatusClass::description`] in a language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, StatusClass};
    ///
    /// assert_eq!(StatusClass::Success.description_in(Locale::En), StatusClass::Success.description());
    /// ```
    pub const fn description_in(self, locale: crate::Locale) -> &'static str {
        match locale {
            crate::Locale::En => self.description(),
            #[cfg(feature = "zh-hans")]
            crate::Locale::ZhHans => crate::locale::zh_hans::status_class(self).1,
        }
    }

    /// The class of basic reply code that goes with it: 2xx, 4xx or 5xx.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, StatusClass};
    ///
    /// assert_eq!(StatusClass::PermanentFailure.reply_class(), Class::PermanentNegative);
    /// ```
    pub const fn reply_class(self) -> crate::Class {
        match self {
            StatusClass::Success => crate::Class::PositiveCompletion,
            StatusClass::PersistentTransientFailure => crate::Class::TransientNegative,
            StatusClass::PermanentFailure => crate::Class::PermanentNegative,
        }
    }

    /// The enhanced class that goes with a basic reply class; none for 3xx, which RFC 3463 does
    /// not cover.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, StatusClass};
    ///
    /// assert_eq!(StatusClass::for_reply_class(Class::TransientNegative), Some(StatusClass::PersistentTransientFailure));
    /// assert_eq!(StatusClass::for_reply_class(Class::PositiveIntermediate), None);
    /// ```
    pub const fn for_reply_class(class: crate::Class) -> Option<StatusClass> {
        match class {
            crate::Class::PositiveCompletion => Some(StatusClass::Success),
            crate::Class::PositiveIntermediate => None,
            crate::Class::TransientNegative => Some(StatusClass::PersistentTransientFailure),
            crate::Class::PermanentNegative => Some(StatusClass::PermanentFailure),
        }
    }

    /// A stable kebab-case identifier (the serde form): "permanent-failure".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::StatusClass::Success.as_str(), "success");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Writes the digit and title: "5 Permanent Failure".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::StatusClass::PermanentFailure.to_string(), "5 Permanent Failure");
/// ```
impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.digit(), self.title())
    }
}

/// The subject of an enhanced status code: its second number (RFC 3463, section 3), which says
/// what part of the delivery the status is about.
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, Subject};
///
/// let code: EnhancedStatusCode = "5.7.1".parse().unwrap();
/// assert_eq!(code.subject(), Some(Subject::SecurityOrPolicy));
/// assert_eq!(Subject::Mailbox.title(), "Mailbox Status");
/// ```
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    strum::EnumIter,
    strum::EnumCount,
    strum::IntoStaticStr,
    strum::EnumString,
)]
#[strum(serialize_all = "kebab-case")]
pub enum Subject {
    /// X.0: nothing more is known than the class.
    Other,
    /// X.1: the sender's or a recipient's address.
    Addressing,
    /// X.2: the recipient's mailbox.
    Mailbox,
    /// X.3: the destination mail system.
    MailSystem,
    /// X.4: the network and routing between the systems, DNS included.
    NetworkAndRouting,
    /// X.5: the SMTP exchange itself.
    MailDeliveryProtocol,
    /// X.6: the message's content or media.
    MessageContentOrMedia,
    /// X.7: security and policy: authentication, encryption, filtering.
    SecurityOrPolicy,
}

impl Subject {
    /// Every subject, in ascending order of its number.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Subject;
    ///
    /// assert_eq!(Subject::ALL.len(), 8);
    /// assert_eq!(Subject::ALL[7], Subject::SecurityOrPolicy);
    /// ```
    pub const ALL: &'static [Subject] = &[
        Subject::Other,
        Subject::Addressing,
        Subject::Mailbox,
        Subject::MailSystem,
        Subject::NetworkAndRouting,
        Subject::MailDeliveryProtocol,
        Subject::MessageContentOrMedia,
        Subject::SecurityOrPolicy,
    ];

    /// The subject for a number, or `None` past 7.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Subject;
    ///
    /// assert_eq!(Subject::from_code(1), Some(Subject::Addressing));
    /// assert_eq!(Subject::from_code(9), None);
    /// ```
    pub const fn from_code(code: u16) -> Option<Subject> {
        if code < 8 { Some(Subject::ALL[code as usize]) } else { None }
    }

    /// The subject's number, 0 to 7.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Subject::SecurityOrPolicy.code(), 7);
    /// ```
    pub const fn code(self) -> u16 {
        self as u16
    }

    const fn entry(self) -> &'static SubjectEntry {
        match table::subject_entry(self.code()) {
            Some(entry) => entry,
            None => panic!("the table has all eight subjects"),
        }
    }

    /// The registry's title: "Addressing Status".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Subject::Other.title(), "Other or Undefined Status");
    /// ```
    pub const fn title(self) -> &'static str {
        self.entry().title
    }

    /// What statuses of this subject are about.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::Subject::Addressing.description().is_empty());
    /// ```
    pub const fn description(self) -> &'static str {
        self.entry().description
    }

    /// Typical causes of a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::Subject::Mailbox.causes().is_empty());
    /// ```
    pub const fn causes(self) -> &'static [&'static str] {
        self.entry().causes
    }

    /// What to do about a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::Subject::Mailbox.remedies().is_empty());
    /// ```
    pub const fn remedies(self) -> &'static [&'static str] {
        self.entry().remedies
    }

    /// The subject's texts in a language: title, description, causes and remedies.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Subject};
    ///
    /// assert_eq!(Subject::Mailbox.describe(Locale::En).title(), "Mailbox Status");
    /// ```
    pub const fn describe(self, locale: crate::Locale) -> EnhancedDescription {
        match locale {
            crate::Locale::En => EnhancedDescription {
                title: self.title(),
                description: self.description(),
                causes: self.causes(),
                remedies: self.remedies(),
                note: None,
            },
            #[cfg(feature = "zh-hans")]
            crate::Locale::ZhHans => match crate::locale::zh_hans::enhanced_codes::subject(self.code()) {
                Some(texts) => *texts,
                None => panic!("the Chinese table has all eight subjects"),
            },
        }
    }

    /// Who usually has to act on a status with this subject.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Subject};
    ///
    /// assert_eq!(Subject::Mailbox.actor(), Subject::Mailbox.actor());
    /// ```
    pub const fn actor(self) -> Actor {
        self.entry().actor
    }

    /// A stable kebab-case identifier (the serde form): "security-or-policy".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Subject::NetworkAndRouting.as_str(), "network-and-routing");
    /// ```
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Writes the number and title: "X.7 Security or Policy Status".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Subject::Mailbox.to_string(), "X.2 Mailbox Status");
/// ```
impl fmt::Display for Subject {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "X.{} {}", self.code(), self.title())
    }
}

/// An enhanced mail system status code (RFC 3463), such as `5.1.1`: class, subject and detail.
///
/// Servers put it after the basic reply code ("550 5.1.1 User unknown", RFC 2034) and bounces
/// carry it in their `Status:` field. It says far more than the three digits: 5.1.1 is an address
/// that does not exist, 5.2.2 a full mailbox, 5.7.1 a refusal by policy.
///
/// Every well-formed code parses: class 2, 4 or 5, then a subject and a detail of one to three
/// digits each, without leading zeros. The 81 entries of the IANA registry (X.0.0 to X.7.30) have
/// their own title, description, causes and remedies; any other code, such as Microsoft's 4.7.500
/// or a made-up 5.9.9, is explained by its class and subject.
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, StatusClass, Subject};
///
/// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
/// assert_eq!(code.class(), StatusClass::PermanentFailure);
/// assert_eq!(code.subject(), Some(Subject::Addressing));
/// assert_eq!(code.detail(), 1);
/// assert!(code.is_registered());
/// assert_eq!(code.title(), "Bad destination mailbox address");
/// assert_eq!(code.to_string(), "5.1.1");
///
/// let microsoft: EnhancedStatusCode = "4.7.500".parse().unwrap();
/// assert!(!microsoft.is_registered());
/// assert_eq!(microsoft.title(), "Security or Policy Status");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnhancedStatusCode {
    class: StatusClass,
    subject: u16,
    detail: u16,
}

impl EnhancedStatusCode {
    /// A code from its parts, for constants.
    ///
    /// # Panics
    ///
    /// If `subject` or `detail` is above 999, which RFC 3463 does not allow. In a `const` this is a
    /// compile error; use [`EnhancedStatusCode::try_new`] for values from elsewhere.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// const MAILBOX_FULL: EnhancedStatusCode = EnhancedStatusCode::new(StatusClass::PermanentFailure, 2, 2);
    /// assert_eq!(MAILBOX_FULL.to_string(), "5.2.2");
    /// ```
    #[inline]
    pub const fn new(class: StatusClass, subject: u16, detail: u16) -> EnhancedStatusCode {
        match EnhancedStatusCode::try_new(class, subject, detail) {
            Ok(code) => code,
            Err(_) => panic!("an enhanced status code's subject and detail are 0 to 999"),
        }
    }

    /// A code from its parts, or an error if `subject` or `detail` is above 999.
    ///
    /// # Errors
    ///
    /// - `try_new(StatusClass::PermanentFailure, 1000, 1)`: subject out of range.
    /// - `try_new(StatusClass::PermanentFailure, 1, 1000)`: detail out of range.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// assert!(EnhancedStatusCode::try_new(StatusClass::Success, 0, 0).is_ok());
    /// assert!(EnhancedStatusCode::try_new(StatusClass::Success, 0, 1000).is_err());
    /// ```
    pub const fn try_new(
        class: StatusClass,
        subject: u16,
        detail: u16,
    ) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
        if subject > 999 {
            return Err(InvalidEnhancedCode::new(EnhancedErrorKind::OutOfRange(Part::Subject, subject)));
        }
        if detail > 999 {
            return Err(InvalidEnhancedCode::new(EnhancedErrorKind::OutOfRange(Part::Detail, detail)));
        }
        Ok(EnhancedStatusCode { class, subject, detail })
    }

    /// Parses exactly one code, such as `b"5.1.1"`, with nothing before or after it.
    ///
    /// # Errors
    ///
    /// - `""`: empty.
    /// - `"6.1.1"`, `"3.0.0"`: the class is not 2, 4 or 5.
    /// - `"5.1"`, `"5..1"`, `"5.1."`: a part is missing.
    /// - `"5.01.1"`: a leading zero.
    /// - `"5.1.1000"`: a part longer than three digits.
    /// - `" 5.1.1"`, `"5.1.1 "`, `"5.1.1a"`: anything before or after the code.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert_eq!(EnhancedStatusCode::from_bytes(b"4.7.1").unwrap().to_string(), "4.7.1");
    /// assert!(EnhancedStatusCode::from_bytes(b"4.7.").is_err());
    /// ```
    pub const fn from_bytes(text: &[u8]) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
        match EnhancedStatusCode::scan(text) {
            Ok((code, len)) if len == text.len() => Ok(code),
            Ok((_, len)) => Err(InvalidEnhancedCode::new(EnhancedErrorKind::TrailingInput { position: len })),
            Err(error) => Err(error),
        }
    }

    /// Reads a code at the start of `text` and returns it with its length; stops at the first byte
    /// after the detail's digits.
    pub(crate) const fn scan(text: &[u8]) -> Result<(EnhancedStatusCode, usize), InvalidEnhancedCode> {
        if text.is_empty() {
            return Err(InvalidEnhancedCode::new(EnhancedErrorKind::Empty));
        }
        let class = match StatusClass::from_digit(text[0].wrapping_sub(b'0')) {
            Some(class) => class,
            None => return Err(InvalidEnhancedCode::new(EnhancedErrorKind::Class(text[0]))),
        };
        let mut position = 1;
        let mut parts = [0u16; 2];
        let mut index = 0;
        while index < 2 {
            let part = if index == 0 { Part::Subject } else { Part::Detail };
            if position >= text.len() || text[position] != b'.' {
                return Err(match position < text.len() {
                    true if index == 1 && text[position].is_ascii_digit() => {
                        InvalidEnhancedCode::new(EnhancedErrorKind::TooLong(Part::Subject))
                    }
                    true => InvalidEnhancedCode::new(EnhancedErrorKind::Unexpected { byte: text[position], position }),
                    false => InvalidEnhancedCode::new(EnhancedErrorKind::MissingPart(part)),
                });
            }
            position += 1;
            let start = position;
            let mut value = 0u16;
            while position < text.len() && text[position].is_ascii_digit() {
                if position - start == 3 {
                    return Err(InvalidEnhancedCode::new(EnhancedErrorKind::TooLong(part)));
                }
                value = value * 10 + (text[position] - b'0') as u16;
                position += 1;
            }
            if position == start {
                return Err(InvalidEnhancedCode::new(EnhancedErrorKind::MissingPart(part)));
            }
            if text[start] == b'0' && position - start > 1 {
                return Err(InvalidEnhancedCode::new(EnhancedErrorKind::LeadingZero(part)));
            }
            parts[index] = value;
            index += 1;
        }
        Ok((EnhancedStatusCode { class, subject: parts[0], detail: parts[1] }, position))
    }

    /// The class: success, persistent transient failure, or permanent failure.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// assert_eq!("2.0.0".parse::<EnhancedStatusCode>().unwrap().class(), StatusClass::Success);
    /// ```
    pub const fn class(self) -> StatusClass {
        self.class
    }

    /// The typed subject, or `None` for a subject number above 7 (not in RFC 3463).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Subject};
    ///
    /// assert_eq!("5.2.2".parse::<EnhancedStatusCode>().unwrap().subject(), Some(Subject::Mailbox));
    /// assert_eq!("5.9.9".parse::<EnhancedStatusCode>().unwrap().subject(), None);
    /// ```
    pub const fn subject(self) -> Option<Subject> {
        Subject::from_code(self.subject)
    }

    /// The subject's number, the middle part: 7 in 5.7.1.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("5.9.9".parse::<smtp_codes::EnhancedStatusCode>().unwrap().subject_code(), 9);
    /// ```
    pub const fn subject_code(self) -> u16 {
        self.subject
    }

    /// The detail, the last part: 500 in 4.7.500.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!("4.7.500".parse::<smtp_codes::EnhancedStatusCode>().unwrap().detail(), 500);
    /// ```
    pub const fn detail(self) -> u16 {
        self.detail
    }

    const fn entry(self) -> Option<&'static RegistryEntry> {
        table::lookup(self.subject, self.detail)
    }

    /// True when the IANA registry lists this subject and detail (X.0.0 to X.7.30), whatever
    /// the class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert!("5.7.30".parse::<EnhancedStatusCode>().unwrap().is_registered());
    /// assert!(!"5.7.31".parse::<EnhancedStatusCode>().unwrap().is_registered());
    /// ```
    pub const fn is_registered(self) -> bool {
        self.entry().is_some()
    }

    /// Every registered code in the given class, in ascending order.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// assert_eq!(EnhancedStatusCode::registered(StatusClass::PermanentFailure).count(), 81);
    /// let last = EnhancedStatusCode::registered(StatusClass::Success).last().unwrap();
    /// assert_eq!(last.to_string(), "2.7.30");
    /// ```
    pub fn registered(class: StatusClass) -> impl ExactSizeIterator<Item = EnhancedStatusCode> + Clone {
        table::KEYS.iter().map(move |&(subject, detail)| EnhancedStatusCode { class, subject, detail })
    }

    /// The registry's title ("Bad destination mailbox address"); for a code outside the registry,
    /// the title of its subject, or of its class when the subject is not one of the eight.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert_eq!("4.2.2".parse::<EnhancedStatusCode>().unwrap().title(), "Mailbox full");
    /// assert_eq!("5.9.9".parse::<EnhancedStatusCode>().unwrap().title(), "Permanent Failure");
    /// ```
    pub const fn title(self) -> &'static str {
        match (self.entry(), self.subject()) {
            (Some(entry), _) => entry.texts.title,
            (None, Some(subject)) => subject.title(),
            (None, None) => self.class.title(),
        }
    }

    /// What the status says happened, in one or two sentences; for a code outside the registry,
    /// its subject's description (or its class's).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// assert!(code.description().contains("mailbox") || code.description().contains("address"));
    /// ```
    pub const fn description(self) -> &'static str {
        match (self.entry(), self.subject()) {
            (Some(entry), _) => entry.texts.description,
            (None, Some(subject)) => subject.description(),
            (None, None) => self.class.description(),
        }
    }

    /// When servers report it: one to four concrete situations.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert!(!"4.7.1".parse::<EnhancedStatusCode>().unwrap().causes().is_empty());
    /// assert!(!"5.9.9".parse::<EnhancedStatusCode>().unwrap().causes().is_empty());
    /// ```
    pub const fn causes(self) -> &'static [&'static str] {
        match (self.entry(), self.subject()) {
            (Some(entry), _) => entry.texts.causes,
            (None, Some(subject)) => subject.causes(),
            (None, None) => self.generic().texts.causes,
        }
    }

    /// What to do about it: one to four concrete steps, naming who acts where that matters.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert!(!"5.2.2".parse::<EnhancedStatusCode>().unwrap().remedies().is_empty());
    /// ```
    pub const fn remedies(self) -> &'static [&'static str] {
        match (self.entry(), self.subject()) {
            (Some(entry), _) => entry.texts.remedies,
            (None, Some(subject)) => subject.remedies(),
            (None, None) => self.generic().texts.remedies,
        }
    }

    /// Who has to act on it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, EnhancedStatusCode};
    ///
    /// assert_eq!("2.0.0".parse::<EnhancedStatusCode>().unwrap().actor(), Actor::Nobody);
    /// ```
    pub const fn actor(self) -> Actor {
        if matches!(self.class, StatusClass::Success) {
            return Actor::Nobody;
        }
        match (self.entry(), self.subject()) {
            (Some(entry), _) => entry.actor,
            (None, Some(subject)) => subject.actor(),
            (None, None) => self.generic().actor,
        }
    }

    /// The texts of an unknown basic code of the same class, for codes with neither a registry
    /// entry nor a known subject.
    const fn generic(self) -> &'static crate::reply_code::Entry {
        crate::generic::entry(self.class.digit() as u16 * 100 + 50)
    }

    /// Its texts in a language: title, description, causes, remedies and note.
    ///
    /// `describe(Locale::En)` holds the same texts as [`title`](EnhancedStatusCode::title) and the
    /// rest; a code outside the registry gets its subject's (or class's) texts.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.7.1".parse().unwrap();
    /// assert_eq!(code.describe(Locale::En).title(), code.title());
    /// ```
    pub fn describe(self, locale: crate::Locale) -> EnhancedDescription {
        match locale {
            crate::Locale::En => EnhancedDescription {
                title: self.title(),
                description: self.description(),
                causes: self.causes(),
                remedies: self.remedies(),
                note: self.note(),
            },
            #[cfg(feature = "zh-hans")]
            crate::Locale::ZhHans => crate::locale::zh_hans::enhanced(self),
        }
    }

    /// The documents that define it, as the registry gives them. Empty outside the registry.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// let code: EnhancedStatusCode = "5.7.30".parse().unwrap();
    /// assert_eq!(code.references()[0].rfc(), Some(8689));
    /// ```
    pub const fn references(self) -> &'static [Reference] {
        match self.entry() {
            Some(entry) => entry.references,
            None => &[],
        }
    }

    /// Where practice conflicts with the registry, or something about the entry surprises;
    /// for codes outside the registry, a word on where such codes come from.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// // Microsoft uses 5.1.10 for "recipient not found"; IANA registered it for null MX.
    /// let note = "5.1.10".parse::<EnhancedStatusCode>().unwrap().note().unwrap();
    /// assert!(note.contains("Microsoft"));
    /// ```
    pub const fn note(self) -> Option<&'static str> {
        match self.entry() {
            Some(entry) => entry.texts.note,
            None => Some(crate::locale::en::UI.unregistered_note),
        }
    }

    /// The registry's "associated basic status code" field, verbatim: "451, 550", "Not given",
    /// "Any", "5XX". Empty outside the registry.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert_eq!("5.7.24".parse::<EnhancedStatusCode>().unwrap().associated_text(), "451/550");
    /// ```
    pub const fn associated_text(self) -> &'static str {
        match self.entry() {
            Some(entry) => entry.basic,
            None => "",
        }
    }

    /// The basic reply codes the registry associates with this entry, in the registry's order,
    /// whatever the class; none where the registry gives "Not given", "Any" or "5XX".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, ReplyCode};
    ///
    /// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// let codes: Vec<u16> = code.associated_reply_codes().map(ReplyCode::code).collect();
    /// assert_eq!(codes, [451, 550]);
    /// ```
    pub fn associated_reply_codes(self) -> impl Iterator<Item = ReplyCode> + Clone {
        three_digit_numbers(self.associated_text()).map(ReplyCode::new)
    }

    /// The classes the registry means this entry for; for codes outside the registry, just the
    /// code's own class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// // "Bad destination mailbox address" is only meant for permanent failures.
    /// let code: EnhancedStatusCode = "4.1.1".parse().unwrap();
    /// assert_eq!(code.intended_classes(), [StatusClass::PermanentFailure]);
    /// assert!(!code.is_intended_class());
    /// ```
    pub const fn intended_classes(self) -> &'static [StatusClass] {
        match self.entry() {
            Some(entry) => entry.classes,
            None => match self.class {
                StatusClass::Success => &[StatusClass::Success],
                StatusClass::PersistentTransientFailure => &[StatusClass::PersistentTransientFailure],
                StatusClass::PermanentFailure => &[StatusClass::PermanentFailure],
            },
        }
    }

    /// True when the registry means the entry for this code's class.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::EnhancedStatusCode;
    ///
    /// assert!("4.2.2".parse::<EnhancedStatusCode>().unwrap().is_intended_class());
    /// ```
    pub fn is_intended_class(self) -> bool {
        self.intended_classes().contains(&self.class)
    }

    /// True when the code may go with a reply of this basic code: their classes agree (2xx with
    /// 2.X.X, 4xx with 4.X.X, 5xx with 5.X.X), as RFC 2034, section 4, requires. `550 4.2.2`
    /// does not agree.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, ReplyCode};
    ///
    /// let full: EnhancedStatusCode = "4.2.2".parse().unwrap();
    /// assert!(full.agrees_with(ReplyCode::from(452)));
    /// assert!(!full.agrees_with(ReplyCode::from(550)));
    /// ```
    pub const fn agrees_with(self, reply: ReplyCode) -> bool {
        self.class.digit() as u16 == reply.code() / 100
    }

    /// True when the classes agree and the registry lists the basic code for this entry (or says
    /// "Any"): the pair is one that servers are expected to send.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, ReplyCode};
    ///
    /// let unknown_user: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// assert!(unknown_user.is_typical_for(ReplyCode::from(550)));
    /// assert!(!unknown_user.is_typical_for(ReplyCode::from(552)));
    /// ```
    pub fn is_typical_for(self, reply: ReplyCode) -> bool {
        self.agrees_with(reply)
            && (self.associated_text() == "Any" || self.associated_reply_codes().any(|code| code == reply))
    }
}

/// The runs of exactly three ASCII digits in `text`, as numbers.
fn three_digit_numbers(text: &'static str) -> impl Iterator<Item = u16> + Clone {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|run| run.len() == 3)
        .map(|run| run.bytes().fold(0u16, |value, digit| value * 10 + u16::from(digit - b'0')))
}

impl ReplyCode {
    /// The enhanced status codes the IANA registry associates with this reply code, in the
    /// reply's class; none for 3xx codes, which RFC 3463 does not cover.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// let paired: Vec<String> = ReplyCode::from(535).enhanced_codes().map(|c| c.to_string()).collect();
    /// assert!(paired.contains(&"5.7.8".to_string()));
    /// assert_eq!(ReplyCode::from(354).enhanced_codes().count(), 0);
    /// ```
    pub fn enhanced_codes(self) -> impl Iterator<Item = EnhancedStatusCode> + Clone {
        let class = StatusClass::for_reply_class(self.class());
        table::KEYS.iter().filter_map(move |&(subject, detail)| {
            let code = EnhancedStatusCode { class: class?, subject, detail };
            code.associated_reply_codes().any(|basic| basic == self).then_some(code)
        })
    }
}

/// Parses exactly one well-formed code. See [`EnhancedStatusCode::from_bytes`] for the errors.
///
/// # Examples
///
/// ```
/// use smtp_codes::EnhancedStatusCode;
///
/// assert!("5.1.1".parse::<EnhancedStatusCode>().is_ok());
/// for bad in ["5.1", "6.1.1", "5.01.1", "5.1.1000", " 5.1.1"] {
///     assert!(bad.parse::<EnhancedStatusCode>().is_err(), "{bad}");
/// }
/// ```
impl FromStr for EnhancedStatusCode {
    type Err = InvalidEnhancedCode;

    fn from_str(text: &str) -> Result<EnhancedStatusCode, InvalidEnhancedCode> {
        EnhancedStatusCode::from_bytes(text.as_bytes())
    }
}

/// Writes the code as it is sent: "5.1.1". The output parses back to the same code.
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, StatusClass};
///
/// let code = EnhancedStatusCode::new(StatusClass::PersistentTransientFailure, 7, 500);
/// assert_eq!(code.to_string(), "4.7.500");
/// assert_eq!(code.to_string().parse::<EnhancedStatusCode>(), Ok(code));
/// ```
impl fmt::Display for EnhancedStatusCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.class.digit(), self.subject, self.detail)
    }
}
