//! [`ReplyCode`]: every SMTP reply code, generated from the one table in `data/reply_codes.rs`.

use core::fmt;

use crate::codes::class::class_predicates;
use crate::codes::grammar;
use crate::codes::reference::{Reference, draft, iana, rfc};
use crate::codes::row::ReplyCodeRow;
use crate::codes::unlisted;
use crate::data::{Sentences, sentences};
use crate::helpers::name_key::NameIndex;
use crate::{Actor, Category, Class, Standing, Topic, Usage};

/// Turns the table into the [`ReplyCode`] enum and its rows. Each row starts with the code, the
/// variant, the name and the meaning (which the variant's documentation shows); the other fields
/// are written as [`ReplyCodeRow`] names them.
macro_rules! reply_codes {
    ($(
        $code:literal $Variant:ident {
            name: $name:literal,
            meaning: $meaning:literal,
            $($field:ident: $value:expr),+ $(,)?
        }
    )+) => {
        #[allow(unused_imports)]
        use super::*;

        /// An SMTP reply code: the three digits that start every server reply.
        ///
        /// Every code that an RFC or the IANA registry defines, and the non-standard codes often
        /// seen in bounces, has a variant of its own (the table below). Any other number is kept
        /// in [`ReplyCode::Unlisted`], which still has a class and a category (from its first two
        /// digits) and texts for them, as RFC 5321, section 4.2, tells clients to read codes they
        /// do not know.
        ///
        /// # Making one
        ///
        /// - [`ReplyCode::from(u16)`](ReplyCode#impl-From<u16>-for-ReplyCode) never fails:
        ///   `ReplyCode::from(558).as_u16() == 558`, `ReplyCode::from(999)` is kept too.
        /// - [`ReplyCode::from_u16`], [`ReplyCode::from_bytes`] and [`str::parse`] are strict:
        ///   they take a code that fits the RFC 5321 grammar (first digit 2 to 5, second 0 to 5)
        ///   or that the table lists although it breaks the grammar (471 and 571, which real
        ///   servers send). Serde reads codes by the same rule. Reading a server's reply with
        ///   [`Reply::parse`](crate::Reply::parse) follows it too.
        /// - [`ReplyCode::from_name`] finds a code by its name ("Bad Sequence", "bad-sequence").
        ///
        /// # Examples
        ///
        /// ```
        /// use smtp_codes::{Class, ReplyCode};
        ///
        /// let code = ReplyCode::from(503);
        /// assert_eq!(code, ReplyCode::BadSequence);
        /// assert_eq!(code.class(), Class::PermanentNegative);
        /// assert_eq!(code.name(), "Bad Sequence");
        /// assert_eq!(code.to_string(), "503");
        /// assert_eq!(format!("{code:#}"), "503 Bad Sequence");
        /// ```
        ///
        /// # The codes
        ///
        /// | Code | Name | Variant |
        /// |---|---|---|
        $(
            #[doc = concat!("| ", $code, " | ", $name, " | [`", stringify!($Variant), "`](ReplyCode::", stringify!($Variant), ") |")]
        )+
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ReplyCode {
            $(
                #[doc = concat!("**", $code, " ", $name, "**: ", $meaning)]
                $Variant,
            )+
            /// A number that is not in the table. Only [`ReplyCode::from`] and the readers make
            /// one, and never for a number that has a variant of its own.
            Unlisted(UnlistedCode),
        }

        impl ReplyCode {
            /// Every code in the table, in ascending order.
            ///
            /// # Examples
            ///
            /// ```
            /// use smtp_codes::ReplyCode;
            ///
            /// assert!(ReplyCode::ALL.windows(2).all(|pair| pair[0] < pair[1]));
            /// assert!(ReplyCode::ALL.contains(&ReplyCode::BadSequence));
            /// assert!(ReplyCode::ALL.iter().all(|code| code.is_listed()));
            /// ```
            pub const ALL: &'static [ReplyCode] = &[$(ReplyCode::$Variant),+];

            /// The name of every variant, in the order of [`ReplyCode::ALL`].
            pub(crate) const VARIANT_NAMES: &'static [&'static str] = &[$(stringify!($Variant)),+];

            /// The number of a code.
            ///
            /// # Examples
            ///
            /// ```
            /// use smtp_codes::ReplyCode;
            ///
            /// assert_eq!(ReplyCode::CannotVerifyUser.as_u16(), 252);
            /// assert_eq!(ReplyCode::from(558).as_u16(), 558);
            /// ```
            #[inline]
            pub const fn as_u16(self) -> u16 {
                match self {
                    $(ReplyCode::$Variant => $code,)+
                    ReplyCode::Unlisted(unlisted) => unlisted.as_u16(),
                }
            }

            /// The code's row: its own for a listed code, its class's and category's for an
            /// unlisted one.
            pub(crate) const fn row(self) -> &'static ReplyCodeRow {
                match self {
                    $(ReplyCode::$Variant => {
                        const ROW: ReplyCodeRow = ReplyCodeRow { name: $name, meaning: $meaning, $($field: $value),+ };
                        &ROW
                    })+
                    ReplyCode::Unlisted(unlisted) => unlisted::row(unlisted.as_u16()),
                }
            }
        }
    };
}

#[path = "../data/reply_codes.rs"]
mod table;

pub use table::ReplyCode;

/// The first number the index covers.
const INDEX_FROM: u16 = 200;

/// The code for each number from 200 to 599, `Unlisted` where the table has none. Built at compile
/// time from the table. `benches/compare.rs` measured it against a `match`, a `phf` map and a
/// `HashMap`: this dense array, one load per lookup, was the fastest.
const INDEX: [ReplyCode; 400] = {
    let mut index = [ReplyCode::Unlisted(UnlistedCode(0)); 400];
    let mut number = 0;
    while number < 400 {
        index[number] = ReplyCode::Unlisted(UnlistedCode(INDEX_FROM + number as u16));
        number += 1;
    }
    let mut position = 0;
    while position < ReplyCode::ALL.len() {
        let code = ReplyCode::ALL[position].as_u16();
        assert!(code >= INDEX_FROM && code < INDEX_FROM + 400, "a code outside 200..600 needs a larger index");
        index[(code - INDEX_FROM) as usize] = ReplyCode::ALL[position];
        position += 1;
    }
    index
};

/// How many codes the table has.
const COUNT: usize = ReplyCode::ALL.len();

/// Every code's name and variant name, each with the code's position in [`ReplyCode::ALL`].
const NAMES: [(&str, u16); 2 * COUNT] = {
    let mut names = [("", 0); 2 * COUNT];
    let mut position = 0;
    while position < COUNT {
        names[2 * position] = (ReplyCode::ALL[position].name(), position as u16);
        names[2 * position + 1] = (ReplyCode::VARIANT_NAMES[position], position as u16);
        position += 1;
    }
    names
};

/// The codes by name, for [`ReplyCode::from_name`]: a hash table built at compile time. A name
/// that two codes shared would stop the build.
static BY_NAME: NameIndex<{ 2 * COUNT }, 512> = NameIndex::new(&NAMES);

/// A reply-code number that is not in the table, such as 558 or 999.
///
/// It exists only inside [`ReplyCode::Unlisted`], so that no one can make a
/// `ReplyCode::Unlisted` for a number that has a variant of its own.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// match ReplyCode::from(558) {
///     ReplyCode::Unlisted(unlisted) => assert_eq!(unlisted.as_u16(), 558),
///     other => panic!("558 is not in the table, got {other:?}"),
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnlistedCode(u16);

impl UnlistedCode {
    /// The number.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// if let ReplyCode::Unlisted(unlisted) = ReplyCode::from(299) {
    ///     assert_eq!(unlisted.as_u16(), 299);
    /// }
    /// ```
    pub const fn as_u16(self) -> u16 {
        self.0
    }
}

impl ReplyCode {
    /// The code for any number; never fails. The same as `ReplyCode::from`, usable in `const`.
    #[inline]
    pub(crate) const fn lookup(code: u16) -> ReplyCode {
        if code >= INDEX_FROM && code < INDEX_FROM + INDEX.len() as u16 {
            return INDEX[(code - INDEX_FROM) as usize];
        }
        ReplyCode::Unlisted(UnlistedCode(code))
    }

    /// Finds a code in the table by its name or its variant's name, ignoring case, spaces,
    /// hyphens, underscores and dots.
    ///
    /// "Bad Sequence", "bad-sequence", "BAD_SEQUENCE" and "BadSequence" all give
    /// [`ReplyCode::BadSequence`]. The lookup is a hash table built at compile time and allocates
    /// nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_name("bad-sequence"), Some(ReplyCode::BadSequence));
    /// assert_eq!(ReplyCode::from_name("Cannot Verify User"), Some(ReplyCode::CannotVerifyUser));
    /// // RFC 5321 calls both 450 and 550 "mailbox unavailable": the names say which is which.
    /// assert_eq!(ReplyCode::from_name("mailbox unavailable"), None);
    /// assert_eq!(ReplyCode::from_name("Mailbox Permanently Unavailable"), Some(ReplyCode::from(550)));
    /// assert_eq!(ReplyCode::from_name("no such code"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<ReplyCode> {
        BY_NAME.get(name).map(|position| ReplyCode::ALL[usize::from(position)])
    }

    /// True when the code is in the table; false for [`ReplyCode::Unlisted`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::from(503).is_listed());
    /// assert!(!ReplyCode::from(558).is_listed());
    /// ```
    #[inline]
    pub const fn is_listed(self) -> bool {
        !matches!(self, ReplyCode::Unlisted(_))
    }

    /// True when the number fits the RFC 5321 grammar (first digit 2 to 5, second 0 to 5).
    ///
    /// Every code in the table does but two non-standard ones seen in real bounces, 471 and 571,
    /// whose second digit is 7.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::from(558).is_valid());
    /// assert!(!ReplyCode::from(650).is_valid());
    /// assert!(ReplyCode::from(571).is_listed() && !ReplyCode::from(571).is_valid());
    /// ```
    pub const fn is_valid(self) -> bool {
        grammar::fits(self.as_u16())
    }

    /// The class, from the first digit.
    ///
    /// A number whose first digit is not 2 to 5 breaks the grammar; RFC 5321, section 4.2, says
    /// a client should treat such a reply as a fatal error, so it is reported as
    /// [`Class::PermanentNegative`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(252).class(), Class::PositiveCompletion);
    /// assert_eq!(ReplyCode::from(354).class(), Class::PositiveIntermediate);
    /// assert_eq!(ReplyCode::from(458).class(), Class::TransientNegative);
    /// assert_eq!(ReplyCode::from(999).class(), Class::PermanentNegative);
    /// ```
    #[inline]
    pub const fn class(self) -> Class {
        let code = self.as_u16();
        if code >= 1000 {
            return Class::PermanentNegative;
        }
        match Class::from_digit((code / 100) as u8) {
            Some(class) => class,
            None => Class::PermanentNegative,
        }
    }

    /// The category, from the second digit.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Category, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(221).category(), Category::Connections);
    /// assert_eq!(ReplyCode::from(214).category(), Category::Information);
    /// assert_eq!(ReplyCode::from(535).category(), Category::Unspecified);
    /// ```
    pub const fn category(self) -> Category {
        Category::from_digit(((self.as_u16() / 10) % 10) as u8)
    }

    /// A short name: "Bad Sequence". Unlisted codes get a name for their class, such as
    /// "Unlisted Permanent Failure".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from(252).name(), "Cannot Verify User");
    /// assert_eq!(ReplyCode::from(558).name(), "Unlisted Permanent Failure");
    /// ```
    pub const fn name(self) -> &'static str {
        self.row().name
    }

    /// What the server is saying, in one or two sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::BadSequence.meaning().contains("order"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        self.row().meaning
    }

    /// When servers send it: one to four concrete situations.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::CannotVerifyUser.causes().any(|cause| cause.contains("VRFY")));
    /// ```
    pub const fn causes(self) -> Sentences {
        Sentences::new(self.row().causes, 0)
    }

    /// What to do about it: one to four concrete steps, naming who acts where that matters.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::from(552).remedies().any(|remedy| remedy.contains("space")));
    /// ```
    pub const fn remedies(self) -> Sentences {
        Sentences::new(self.row().remedies, 0)
    }

    /// Guidance for a server choosing a reply. For a code in normal use ([`Usage::Normal`]) it is
    /// the situation the code is meant for, as a phrase that follows "Use 503 when ". For a code a
    /// server should not send ([`Usage::Never`], [`Usage::Rarely`]) it says why, and names the
    /// code to send instead, as a phrase that follows "Never send 571: ".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Usage};
    ///
    /// assert!(ReplyCode::BadSequence.use_when().contains("wrong point of the session"));
    /// let code = ReplyCode::from(571);
    /// assert_eq!(code.usage(), Usage::Never);
    /// assert_eq!(code.use_when(), "it is not a standard reply; send 550 with 5.7.1 instead");
    /// ```
    pub const fn use_when(self) -> &'static str {
        self.row().use_when
    }

    /// Whether a server should send this code: [`use_when`](ReplyCode::use_when) in one word.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Usage};
    ///
    /// assert_eq!(ReplyCode::from(558).usage(), Usage::Never);
    /// ```
    pub const fn usage(self) -> Usage {
        self.row().usage
    }

    /// The documents that define the code, most specific first. Non-standard codes have none.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from(535).references()[0].rfc(), Some(4954));
    /// assert!(ReplyCode::from(571).references().is_empty());
    /// ```
    pub const fn references(self) -> &'static [Reference] {
        self.row().references
    }

    /// How official the code is.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Standing};
    ///
    /// assert_eq!(ReplyCode::from(538).standing(), Standing::Obsolete);
    /// ```
    pub const fn standing(self) -> Standing {
        self.row().standing
    }

    /// What the reply is about.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{ReplyCode, Topic};
    ///
    /// assert_eq!(ReplyCode::from(535).topic(), Topic::Authentication);
    /// ```
    pub const fn topic(self) -> Topic {
        self.row().topic
    }

    /// Who has to act on the reply.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(535).actor(), Actor::Sender);
    /// assert_eq!(ReplyCode::from(250).actor(), Actor::Nobody);
    /// ```
    pub const fn actor(self) -> Actor {
        self.row().actor
    }

    /// Where sources disagree about the code, where an extension gives it a second meaning, or
    /// where it comes from if no standard defines it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// // RFC 3207 and RFC 4954 give 530 two different meanings.
    /// let note = ReplyCode::from(530).note().unwrap();
    /// assert!(note.contains("STARTTLS"));
    /// ```
    pub const fn note(self) -> Option<&'static str> {
        self.row().note
    }
}

class_predicates!(ReplyCode, "smtp_codes::ReplyCode::from(", ")");

/// `ReplyCode::from(n)` never fails; a number outside the table gives [`ReplyCode::Unlisted`].
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(ReplyCode::from(503), ReplyCode::BadSequence);
/// assert_eq!(ReplyCode::from(558).as_u16(), 558);
/// ```
impl From<u16> for ReplyCode {
    #[inline]
    fn from(code: u16) -> ReplyCode {
        ReplyCode::lookup(code)
    }
}

/// The number of a code.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(u16::from(ReplyCode::BadSequence), 503);
/// ```
impl From<ReplyCode> for u16 {
    fn from(code: ReplyCode) -> u16 {
        code.as_u16()
    }
}

/// Compares a code with a number.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(ReplyCode::BadSequence, 503);
/// ```
impl PartialEq<u16> for ReplyCode {
    fn eq(&self, other: &u16) -> bool {
        self.as_u16() == *other
    }
}

/// Compares a number with a code.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(503, ReplyCode::BadSequence);
/// ```
impl PartialEq<ReplyCode> for u16 {
    fn eq(&self, other: &ReplyCode) -> bool {
        *self == other.as_u16()
    }
}

/// Codes order by their number.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert!(ReplyCode::CannotVerifyUser < ReplyCode::BadSequence);
/// ```
impl PartialOrd for ReplyCode {
    fn partial_cmp(&self, other: &ReplyCode) -> Option<core::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Codes order by their number.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(ReplyCode::from(550).max(ReplyCode::from(421)), ReplyCode::from(550));
/// ```
impl Ord for ReplyCode {
    fn cmp(&self, other: &ReplyCode) -> core::cmp::Ordering {
        self.as_u16().cmp(&other.as_u16())
    }
}

/// Writes the three digits only, so the result is safe to put on the wire. Numbers below 100,
/// which only [`ReplyCode::from`] can make, are written with leading zeros.
///
/// The alternate form, `{:#}`, writes the code and its name: "503 Bad Sequence".
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(ReplyCode::BadSequence.to_string(), "503");
/// assert_eq!(format!("{:#}", ReplyCode::BadSequence), "503 Bad Sequence");
/// ```
impl fmt::Display for ReplyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if f.alternate() {
            write!(f, "{:03} {}", self.as_u16(), self.name())
        } else {
            write!(f, "{:03}", self.as_u16())
        }
    }
}
