//! [`StatusClass`]: the first number of an enhanced status code. Its texts are read from the
//! registry's table, in `registry.rs`.

use core::fmt;

use crate::Class;
use crate::helpers::named_enum::named_enum;

named_enum! {
    /// The class of an enhanced status code: its first number (RFC 3463, section 3.1).
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, StatusClass};
    ///
    /// let code: EnhancedStatusCode = "4.2.2".parse()?;
    /// assert_eq!(code.class(), StatusClass::PersistentTransientFailure);
    /// assert_eq!(StatusClass::PermanentFailure.digit(), 5);
    /// # Ok::<(), smtp_codes::InvalidEnhancedCode>(())
    /// ```
    pub enum StatusClass("an enhanced status class", key "status-class") {
        /// 2: the message was delivered or the action succeeded.
        Success("success"),
        /// 4: delivery failed for now, for a reason that may pass; sending again later may work.
        PersistentTransientFailure("persistent-transient-failure"),
        /// 5: delivery failed, and sending the same message again will not help.
        PermanentFailure("permanent-failure"),
    }
}

impl StatusClass {
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

    /// The class of basic reply code that goes with it: 2xx, 4xx or 5xx.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, StatusClass};
    ///
    /// assert_eq!(StatusClass::PermanentFailure.reply_class(), Class::PermanentNegative);
    /// ```
    pub const fn reply_class(self) -> Class {
        match self {
            StatusClass::Success => Class::PositiveCompletion,
            StatusClass::PersistentTransientFailure => Class::TransientNegative,
            StatusClass::PermanentFailure => Class::PermanentNegative,
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
    pub const fn for_reply_class(class: Class) -> Option<StatusClass> {
        match class {
            Class::PositiveCompletion => Some(StatusClass::Success),
            Class::PositiveIntermediate => None,
            Class::TransientNegative => Some(StatusClass::PersistentTransientFailure),
            Class::PermanentNegative => Some(StatusClass::PermanentFailure),
        }
    }
}

/// Writes the digit and name: "5 Permanent Failure".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::StatusClass::PermanentFailure.to_string(), "5 Permanent Failure");
/// ```
impl fmt::Display for StatusClass {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.digit(), self.name())
    }
}
