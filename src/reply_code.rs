//! [`ReplyCode`]: every SMTP reply code, generated from the one table in `data/reply_codes.rs`.

use core::fmt;
use core::str::FromStr;

use crate::{Actor, Category, Class, Description, InvalidReplyCode, Reference, Standing, Topic};

/// What the table knows of one code. Private: the public surface is [`ReplyCode`]'s methods.
#[derive(Debug)]
pub(crate) struct Entry {
    pub(crate) texts: Description,
    pub(crate) standing: Standing,
    pub(crate) topic: Topic,
    pub(crate) actor: Actor,
    pub(crate) references: &'static [Reference],
}

/// Turns the table into the [`ReplyCode`] enum, its number match and its entries.
///
/// `build.rs` reads the same table with a macro of its own to make the `phf` name map, so the
/// table is written once and has two readers.
macro_rules! reply_codes {
    ($(
        $code:literal $Variant:ident {
            name: $name:literal,
            standing: $standing:ident,
            topic: $topic:ident,
            actor: $actor:ident,
            references: [$($reference:expr),* $(,)?],
            meaning: $meaning:literal,
            causes: [$($cause:literal),+ $(,)?],
            remedies: [$($remedy:literal),+ $(,)?],
            use_when: $use_when:literal,
            note: $note:expr $(,)?
        }
    )+) => {
        #[allow(unused_imports)]
        use $crate::reference::{draft, iana, rfc};

        /// An SMTP reply code: the three digits that start every server reply.
        ///
        /// Every code that an RFC or the IANA registry defines, and the non-standard codes often
        /// seen in bounces, has a variant of its own; the table in the crate documentation lists
        /// them. Any other number is kept in [`ReplyCode::Unknown`], which still has a class and
        /// a category (from its first two digits) and generic texts for them, as RFC 5321,
        /// section 4.2, tells clients to read codes they do not know.
        ///
        /// # Making one
        ///
        /// - [`ReplyCode::from(u16)`](ReplyCode#impl-From<u16>-for-ReplyCode) and
        ///   [`ReplyCode::new`] never fail: `ReplyCode::from(558).code() == 558`.
        /// - [`ReplyCode::from_u16`] and [`str::parse`] are strict: the value must fit the
        ///   RFC 5321 grammar (first digit 2 to 5, second 0 to 5).
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
        /// assert_eq!(code.title().to_string(), "503 Bad Sequence");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[non_exhaustive]
        pub enum ReplyCode {
            $(
                #[doc = concat!("**", stringify!($code), " ", $name, "** (", stringify!($standing), "): ", $meaning)]
                $Variant,
            )+
            /// A number that is not in the table. Only [`ReplyCode::from`] and the parsers make
            /// one, and never for a number that has a variant of its own.
            Unknown($crate::reply_code::UnknownCode),
        }

        impl ReplyCode {
            /// Every code in the table, in ascending order.
            pub(crate) const ALL: &'static [ReplyCode] = &[$(ReplyCode::$Variant),+];

            /// The number of a code.
            ///
            /// # Examples
            ///
            /// ```
            /// use smtp_codes::ReplyCode;
            ///
            /// assert_eq!(ReplyCode::CannotVerifyUser.code(), 252);
            /// assert_eq!(ReplyCode::from(558).code(), 558);
            /// ```
            #[inline]
            pub const fn code(self) -> u16 {
                match self {
                    $(ReplyCode::$Variant => $code,)+
                    ReplyCode::Unknown(unknown) => unknown.code(),
                }
            }

            pub(crate) const fn entry(self) -> &'static $crate::reply_code::Entry {
                match self {
                    $(ReplyCode::$Variant => {
                        const ENTRY: $crate::reply_code::Entry = $crate::reply_code::Entry {
                            texts: $crate::Description {
                                name: $name,
                                meaning: $meaning,
                                causes: &[$($cause),+],
                                remedies: &[$($remedy),+],
                                use_when: $use_when,
                                note: $note,
                            },
                            standing: $crate::Standing::$standing,
                            topic: $crate::Topic::$topic,
                            actor: $crate::Actor::$actor,
                            references: &[$($reference),*],
                        };
                        &ENTRY
                    })+
                    ReplyCode::Unknown(unknown) => $crate::generic::entry(unknown.code()),
                }
            }
        }
    };
}

#[path = "data/reply_codes.rs"]
mod table;

pub use table::ReplyCode;

include!(concat!(env!("OUT_DIR"), "/reply_code_names.rs"));

/// The first number the index covers.
const INDEX_FROM: u16 = 200;

/// The code for each number from 200 to 599, `Unknown` where the table has none. Built at compile
/// time from the table. `benches/compare.rs` measured it against a `match`, a `phf` map and a
/// `HashMap`: this dense array, one load per lookup, was the fastest.
const INDEX: [ReplyCode; 400] = {
    let mut index = [ReplyCode::Unknown(UnknownCode(0)); 400];
    let mut number = 0;
    while number < 400 {
        index[number] = ReplyCode::Unknown(UnknownCode(INDEX_FROM + number as u16));
        number += 1;
    }
    let mut position = 0;
    while position < ReplyCode::ALL.len() {
        let code = ReplyCode::ALL[position].code();
        assert!(code >= INDEX_FROM && code < INDEX_FROM + 400, "a code outside 200..600 needs a larger index");
        index[(code - INDEX_FROM) as usize] = ReplyCode::ALL[position];
        position += 1;
    }
    index
};

/// A reply-code number that is not in the table, such as 558 or 999.
///
/// It exists only inside [`ReplyCode::Unknown`], so that no one can make a `ReplyCode::Unknown`
/// for a number that has a variant of its own.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// match ReplyCode::from(558) {
///     ReplyCode::Unknown(unknown) => assert_eq!(unknown.code(), 558),
///     other => panic!("558 is not in the table, got {other:?}"),
/// }
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct UnknownCode(u16);

impl UnknownCode {
    /// The number.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// if let ReplyCode::Unknown(unknown) = ReplyCode::from(299) {
    ///     assert_eq!(unknown.code(), 299);
    /// }
    /// ```
    pub const fn code(self) -> u16 {
        self.0
    }
}

/// True when `code` fits the RFC 5321 grammar: three digits, the first 2 to 5, the second 0 to 5.
pub(crate) const fn fits_grammar(code: u16) -> bool {
    code < 1000 && digits_fit_grammar((code / 100) as u8, ((code / 10) % 10) as u8)
}

/// True when a code whose first two digits have these values fits the RFC 5321 grammar: the
/// first 2 to 5, the second 0 to 5. For readers that have the digits already.
pub(crate) const fn digits_fit_grammar(first: u8, second: u8) -> bool {
    matches!(first, 2..=5) && second <= 5
}

impl ReplyCode {
    /// The code for any number; never fails (the same as `ReplyCode::from`, but `const`).
    ///
    /// A number outside the table gives [`ReplyCode::Unknown`], which keeps it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// const BAD_SEQUENCE: ReplyCode = ReplyCode::new(503);
    /// assert_eq!(BAD_SEQUENCE, ReplyCode::BadSequence);
    /// assert!(!ReplyCode::new(558).is_known());
    /// ```
    #[inline]
    pub const fn new(code: u16) -> ReplyCode {
        if code >= INDEX_FROM && code < INDEX_FROM + INDEX.len() as u16 {
            return INDEX[(code - INDEX_FROM) as usize];
        }
        ReplyCode::Unknown(UnknownCode(code))
    }

    /// The code for a number that fits the RFC 5321 grammar, or an error.
    ///
    /// The grammar allows a first digit of 2 to 5 and a second digit of 0 to 5. A number that
    /// fits but is not in the table (558) is accepted as [`ReplyCode::Unknown`].
    ///
    /// # Errors
    ///
    /// - `99`, `1000`: not three digits.
    /// - `101`, `650`: the first digit is not 2 to 5.
    /// - `260`, `590`: the second digit is not 0 to 5.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_u16(252), Ok(ReplyCode::CannotVerifyUser));
    /// assert_eq!(ReplyCode::from_u16(558).map(|c| c.code()), Ok(558));
    /// let error = ReplyCode::from_u16(650).unwrap_err();
    /// assert_eq!(error.to_string(), "reply code 650 breaks the RFC 5321 grammar: the first digit must be 2 to 5");
    /// ```
    pub const fn from_u16(code: u16) -> Result<ReplyCode, InvalidReplyCode> {
        match InvalidReplyCode::check(code) {
            Ok(()) => Ok(ReplyCode::new(code)),
            Err(error) => Err(error),
        }
    }

    /// The code for exactly three ASCII digits that fit the RFC 5321 grammar, or an error.
    ///
    /// This is what `"503".parse::<ReplyCode>()` calls; it also reads the code at the start of a
    /// reply line given as bytes.
    ///
    /// # Errors
    ///
    /// - `""`, `"25"`, `"2500"`: not three characters.
    /// - `"2a0"`, `" 250"`, `"+50"`: a character that is not an ASCII digit.
    /// - `"650"`, `"260"`: digits that break the grammar.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_bytes(b"501"), Ok(ReplyCode::SyntaxErrorInParameters));
    /// assert!(ReplyCode::from_bytes(b"5O1").is_err());
    /// ```
    pub const fn from_bytes(digits: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
        match InvalidReplyCode::check_digits(digits) {
            Ok(code) => Ok(ReplyCode::new(code)),
            Err(error) => Err(error),
        }
    }

    /// Reads the code at the start of a reply line: three digits that fit the grammar, or that
    /// are in the table although they break it (471 and 571, seen in real replies).
    #[inline]
    pub(crate) const fn from_wire(digits: &[u8]) -> Result<ReplyCode, InvalidReplyCode> {
        match InvalidReplyCode::check_digits(digits) {
            Ok(code) => Ok(ReplyCode::new(code)),
            Err(error) => match InvalidReplyCode::value_of(digits) {
                Ok(value) if ReplyCode::new(value).is_known() => Ok(ReplyCode::new(value)),
                _ => Err(error),
            },
        }
    }

    /// Finds a code in the table by its name, ignoring case, spaces, hyphens and underscores.
    ///
    /// "Bad Sequence", "bad-sequence", "BAD_SEQUENCE" and "BadSequence" all give
    /// [`ReplyCode::BadSequence`]. The lookup is a compile-time perfect hash (`phf`) and
    /// allocates nothing.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::from_name("bad-sequence"), Some(ReplyCode::BadSequence));
    /// assert_eq!(ReplyCode::from_name("Cannot Verify User"), Some(ReplyCode::CannotVerifyUser));
    /// assert_eq!(ReplyCode::from_name("no such code"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<ReplyCode> {
        let mut buffer = [0u8; NAME_KEY_MAX];
        let key = crate::name_key::normalize(name, &mut buffer)?;
        BY_NAME.get(key).copied()
    }

    /// Every code in the table, in ascending numeric order.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// let codes: Vec<u16> = ReplyCode::iter().map(ReplyCode::code).collect();
    /// assert!(codes.windows(2).all(|pair| pair[0] < pair[1]));
    /// assert!(codes.contains(&503));
    /// ```
    pub fn iter() -> impl ExactSizeIterator<Item = ReplyCode> + DoubleEndedIterator + Clone {
        ReplyCode::ALL.iter().copied()
    }

    /// Every code in the table, in ascending numeric order, as a slice.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::all().len(), ReplyCode::iter().len());
    /// ```
    pub const fn all() -> &'static [ReplyCode] {
        ReplyCode::ALL
    }

    /// True when the code is in the table; false for [`ReplyCode::Unknown`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::from(503).is_known());
    /// assert!(!ReplyCode::from(558).is_known());
    /// ```
    #[inline]
    pub const fn is_known(self) -> bool {
        !matches!(self, ReplyCode::Unknown(_))
    }

    /// True when the number fits the RFC 5321 grammar (first digit 2 to 5, second 0 to 5).
    ///
    /// Every code in the table does but two non-standard ones seen in real bounces, 471 and 571,
    /// whose second digit is 7. [`ReplyCode::from_u16`] and `str::parse` reject those;
    /// [`Reply::parse`](crate::Reply::parse) accepts them, since servers do send them.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(ReplyCode::from(558).is_valid());
    /// assert!(!ReplyCode::from(650).is_valid());
    /// assert!(ReplyCode::from(571).is_known() && !ReplyCode::from(571).is_valid());
    /// ```
    pub const fn is_valid(self) -> bool {
        fits_grammar(self.code())
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
        let code = self.code();
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
        Category::from_digit(((self.code() / 10) % 10) as u8)
    }

    /// A short name: "Bad Sequence". Unknown codes get a name for their class, such as
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
        self.entry().texts.name
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
        self.entry().texts.meaning
    }

    /// When servers send it: one to four concrete situations.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// let causes = ReplyCode::CannotVerifyUser.causes();
    /// assert!(causes.iter().any(|cause| cause.contains("VRFY")));
    /// ```
    pub const fn causes(self) -> &'static [&'static str] {
        self.entry().texts.causes
    }

    /// What to do about it: one to four concrete steps, naming who acts where that matters.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert!(!ReplyCode::from(552).remedies().is_empty());
    /// ```
    pub const fn remedies(self) -> &'static [&'static str] {
        self.entry().texts.remedies
    }

    /// Guidance for a server choosing a reply: the situation this code is meant for, as a phrase
    /// that follows "Use 503 when ".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// let advice = format!("Use 503 when {}.", ReplyCode::BadSequence.use_when());
    /// assert!(advice.len() > 20);
    /// ```
    pub const fn use_when(self) -> &'static str {
        self.entry().texts.use_when
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
        self.entry().references
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
        self.entry().standing
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
        self.entry().topic
    }

    /// Who has to act on the reply.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(452).actor(), ReplyCode::from(452).actor());
    /// assert_eq!(ReplyCode::from(250).actor(), Actor::Nobody);
    /// ```
    pub const fn actor(self) -> Actor {
        self.entry().actor
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
        self.entry().texts.note
    }

    /// The code's texts in a language: name, meaning, causes, remedies, guidance and note.
    ///
    /// `describe(Locale::En)` holds the same texts as [`name`](ReplyCode::name),
    /// [`meaning`](ReplyCode::meaning) and the rest.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// let texts = ReplyCode::BadSequence.describe(Locale::En);
    /// assert_eq!(texts.name(), "Bad Sequence");
    /// assert_eq!(texts.causes(), ReplyCode::BadSequence.causes());
    /// ```
    pub const fn describe(self, locale: crate::Locale) -> Description {
        match locale {
            crate::Locale::En => self.entry().texts,
            #[cfg(feature = "zh-hans")]
            crate::Locale::ZhHans => crate::locale::zh_hans::reply_code(self),
        }
    }

    /// A value whose `Display` writes the code and its name: "503 Bad Sequence".
    ///
    /// The same text comes from the alternate form `format!("{:#}", code)`.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::ReplyCode;
    ///
    /// assert_eq!(ReplyCode::BadSequence.title().to_string(), "503 Bad Sequence");
    /// assert_eq!(format!("{:#}", ReplyCode::BadSequence), "503 Bad Sequence");
    /// ```
    pub const fn title(self) -> Title {
        Title(self)
    }

    /// True for 2xx and 3xx. See [`Class::is_positive`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::ReplyCode::from(354).is_positive());
    /// ```
    pub const fn is_positive(self) -> bool {
        self.class().is_positive()
    }

    /// True for 4xx. See [`Class::is_transient`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::ReplyCode::from(421).is_transient());
    /// ```
    pub const fn is_transient(self) -> bool {
        self.class().is_transient()
    }

    /// True for 5xx (and for numbers outside the grammar). See [`Class::is_permanent`].
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::ReplyCode::from(550).is_permanent());
    /// ```
    pub const fn is_permanent(self) -> bool {
        self.class().is_permanent()
    }
}

/// `ReplyCode::from(n)` never fails; a number outside the table gives [`ReplyCode::Unknown`].
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!(ReplyCode::from(503), ReplyCode::BadSequence);
/// assert_eq!(ReplyCode::from(558).code(), 558);
/// ```
impl From<u16> for ReplyCode {
    #[inline]
    fn from(code: u16) -> ReplyCode {
        ReplyCode::new(code)
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
        code.code()
    }
}

/// Strict parsing of exactly three ASCII digits that fit the RFC 5321 grammar.
/// See [`ReplyCode::from_bytes`] for the errors.
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// assert_eq!("503".parse::<ReplyCode>(), Ok(ReplyCode::BadSequence));
/// assert!("5030".parse::<ReplyCode>().is_err());
/// assert!("650".parse::<ReplyCode>().is_err());
/// ```
impl FromStr for ReplyCode {
    type Err = InvalidReplyCode;

    fn from_str(digits: &str) -> Result<ReplyCode, InvalidReplyCode> {
        ReplyCode::from_bytes(digits.as_bytes())
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
        self.code() == *other
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
        *self == other.code()
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
        self.code().cmp(&other.code())
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
        if f.alternate() { write!(f, "{:03} {}", self.code(), self.name()) } else { write!(f, "{:03}", self.code()) }
    }
}

/// The code and its name, "503 Bad Sequence"; made by [`ReplyCode::title`].
///
/// # Examples
///
/// ```
/// use smtp_codes::ReplyCode;
///
/// let title = ReplyCode::CannotVerifyUser.title();
/// assert_eq!(title.to_string(), "252 Cannot Verify User");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Title(ReplyCode);

/// Writes "503 Bad Sequence".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::ReplyCode::from(221).title().to_string(), format!("221 {}", smtp_codes::ReplyCode::from(221).name()));
/// ```
impl fmt::Display for Title {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:#}", self.0)
    }
}
