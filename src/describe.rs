//! [`Description`] and [`EnhancedDescription`]: the human-readable texts of a code in one
//! language, as [`ReplyCode::describe`](crate::ReplyCode::describe) and
//! [`EnhancedStatusCode::describe`](crate::EnhancedStatusCode::describe) give them.

/// The texts of a reply code in one language.
///
/// English is what [`ReplyCode`](crate::ReplyCode)'s own methods return; other languages come
/// from [`ReplyCode::describe`](crate::ReplyCode::describe).
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, ReplyCode};
///
/// let english = ReplyCode::BadSequence.describe(Locale::En);
/// assert_eq!(english.name(), "Bad Sequence");
/// assert_eq!(english.meaning(), ReplyCode::BadSequence.meaning());
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Description {
    pub(crate) name: &'static str,
    pub(crate) meaning: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) remedies: &'static [&'static str],
    pub(crate) use_when: &'static str,
    pub(crate) note: Option<&'static str>,
}

impl Description {
    /// The short name: "Bad Sequence".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(252).describe(Locale::En).name(), "Cannot Verify User");
    /// ```
    pub const fn name(&self) -> &'static str {
        self.name
    }

    /// What the server is saying, in one or two sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(ReplyCode::from(503).describe(Locale::En).meaning().ends_with('.'));
    /// ```
    pub const fn meaning(&self) -> &'static str {
        self.meaning
    }

    /// When servers send it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(!ReplyCode::from(503).describe(Locale::En).causes().is_empty());
    /// ```
    pub const fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(!ReplyCode::from(503).describe(Locale::En).remedies().is_empty());
    /// ```
    pub const fn remedies(&self) -> &'static [&'static str] {
        self.remedies
    }

    /// Guidance for a server choosing a reply (see [`ReplyCode::use_when`](crate::ReplyCode::use_when)).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(!ReplyCode::from(503).describe(Locale::En).use_when().is_empty());
    /// ```
    pub const fn use_when(&self) -> &'static str {
        self.use_when
    }

    /// Where sources disagree, or where the code comes from.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, ReplyCode};
    ///
    /// assert!(ReplyCode::from(530).describe(Locale::En).note().is_some());
    /// ```
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }
}

/// The texts of an enhanced status code in one language.
///
/// # Examples
///
/// ```
/// use smtp_codes::{EnhancedStatusCode, Locale};
///
/// let code: EnhancedStatusCode = "5.2.2".parse().unwrap();
/// assert_eq!(code.describe(Locale::En).title(), "Mailbox full");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EnhancedDescription {
    pub(crate) title: &'static str,
    pub(crate) description: &'static str,
    pub(crate) causes: &'static [&'static str],
    pub(crate) remedies: &'static [&'static str],
    pub(crate) note: Option<&'static str>,
}

impl EnhancedDescription {
    /// The title.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// assert_eq!(code.describe(Locale::En).title(), code.title());
    /// ```
    pub const fn title(&self) -> &'static str {
        self.title
    }

    /// What the status says happened.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.1.1".parse().unwrap();
    /// assert_eq!(code.describe(Locale::En).description(), code.description());
    /// ```
    pub const fn description(&self) -> &'static str {
        self.description
    }

    /// When servers report it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "4.7.1".parse().unwrap();
    /// assert!(!code.describe(Locale::En).causes().is_empty());
    /// ```
    pub const fn causes(&self) -> &'static [&'static str] {
        self.causes
    }

    /// What to do about it.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "4.7.1".parse().unwrap();
    /// assert!(!code.describe(Locale::En).remedies().is_empty());
    /// ```
    pub const fn remedies(&self) -> &'static [&'static str] {
        self.remedies
    }

    /// Where practice conflicts with the registry, if it does.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Locale};
    ///
    /// let code: EnhancedStatusCode = "5.1.10".parse().unwrap();
    /// assert!(code.describe(Locale::En).note().is_some());
    /// ```
    pub const fn note(&self) -> Option<&'static str> {
        self.note
    }
}
