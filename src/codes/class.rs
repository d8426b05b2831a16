//! The first and second digits of a reply code: [`Class`] and [`Category`] (RFC 5321, section
//! 4.2.1), and the predicates that [`ReplyCode`](crate::ReplyCode) and
//! [`Reply`](crate::Reply) share with [`Class`].

use core::fmt;

use crate::helpers::named_enum::named_enum;

named_enum! {
    /// What the first digit of a reply code says: success, continue, try again later, or failure.
    ///
    /// RFC 5321, section 4.2.1, defines four classes. A client that receives a code it does not
    /// know must act on this digit alone, which is why every [`ReplyCode`](crate::ReplyCode) has a
    /// class, listed in the table or not.
    ///
    /// `Display` writes the class as the RFC names it, with its digit: "5xx Permanent Negative".
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Class, ReplyCode};
    ///
    /// let class = ReplyCode::from(451).class();
    /// assert_eq!(class, Class::TransientNegative);
    /// assert!(class.is_transient());
    /// assert_eq!(class.to_string(), "4xx Transient Negative");
    /// ```
    pub enum Class("a reply class", key "class") {
        /// 2xx: the command succeeded and the client may send the next one.
        PositiveCompletion("positive-completion"),
        /// 3xx: the command was accepted and the server waits for more (the message after `DATA`,
        /// the next step of `AUTH`).
        PositiveIntermediate("positive-intermediate"),
        /// 4xx: the command failed, but for a reason that may pass; the same command may succeed
        /// later.
        TransientNegative("transient-negative"),
        /// 5xx: the command failed and repeating it unchanged will fail again.
        PermanentNegative("permanent-negative"),
    }
}

impl Class {
    /// The class that a first digit stands for, or `None` for a digit other than 2 to 5.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Class;
    ///
    /// assert_eq!(Class::from_digit(5), Some(Class::PermanentNegative));
    /// assert_eq!(Class::from_digit(1), None);
    /// ```
    pub const fn from_digit(digit: u8) -> Option<Class> {
        match digit {
            2 => Some(Class::PositiveCompletion),
            3 => Some(Class::PositiveIntermediate),
            4 => Some(Class::TransientNegative),
            5 => Some(Class::PermanentNegative),
            _ => None,
        }
    }

    /// The first digit of every code in this class.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Class::TransientNegative.digit(), 4);
    /// ```
    pub const fn digit(self) -> u8 {
        self as u8 + 2
    }

    /// The class's name as RFC 5321 gives it, without the digit: "Permanent Negative".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Class::PositiveIntermediate.name(), "Positive Intermediate");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Class::PositiveCompletion => "Positive Completion",
            Class::PositiveIntermediate => "Positive Intermediate",
            Class::TransientNegative => "Transient Negative",
            Class::PermanentNegative => "Permanent Negative",
        }
    }

    /// One sentence on what a reply of this class tells the client to do next.
    ///
    /// # Examples
    ///
    /// ```
    /// let text = smtp_codes::Class::PermanentNegative.meaning();
    /// assert!(text.contains("unchanged"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        match self {
            Class::PositiveCompletion => {
                "The server carried out the command, and the client may go on with the next one."
            }
            Class::PositiveIntermediate => {
                "The server accepted the command and is waiting for the client to send more before it can finish."
            }
            Class::TransientNegative => {
                "The server did not carry out the command, but the reason may pass, so the same command may succeed if the client tries again later."
            }
            Class::PermanentNegative => {
                "The server did not carry out the command, and sending it again unchanged will fail the same way."
            }
        }
    }

    /// The class itself, so that [`Class`], [`ReplyCode`](crate::ReplyCode) and
    /// [`Reply`](crate::Reply) answer the same predicates.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Class;
    ///
    /// assert_eq!(Class::PermanentNegative.class(), Class::PermanentNegative);
    /// ```
    pub const fn class(self) -> Class {
        self
    }
}

/// The predicates on a reply's class, for every type that has a `class()`: [`Class`],
/// [`ReplyCode`](crate::ReplyCode) and [`Reply`](crate::Reply) answer the same questions in
/// the same words. `$make` and `$end` wrap a code's digits into an example value.
macro_rules! class_predicates {
    ($Type:ty, $make:literal, $end:literal) => {
        impl $Type {
            /// True for 2xx and 3xx: the server accepted the command.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "354", $end, ".is_positive());")]
            #[doc = concat!("assert!(!", $make, "451", $end, ".is_positive());")]
            /// ```
            pub const fn is_positive(&self) -> bool {
                matches!(self.class(), $crate::Class::PositiveCompletion | $crate::Class::PositiveIntermediate)
            }

            /// True for 2xx only: the command is done and nothing more is awaited.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "250", $end, ".is_completion());")]
            #[doc = concat!("assert!(!", $make, "354", $end, ".is_completion());")]
            /// ```
            pub const fn is_completion(&self) -> bool {
                matches!(self.class(), $crate::Class::PositiveCompletion)
            }

            /// True for 3xx: the server waits for the rest of a command sequence.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "334", $end, ".is_intermediate());")]
            /// ```
            pub const fn is_intermediate(&self) -> bool {
                matches!(self.class(), $crate::Class::PositiveIntermediate)
            }

            /// True for 4xx: a failure that may pass, so trying again later makes sense.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "421", $end, ".is_transient());")]
            /// ```
            pub const fn is_transient(&self) -> bool {
                matches!(self.class(), $crate::Class::TransientNegative)
            }

            /// True for 5xx (and for codes outside the grammar, which RFC 5321 says to treat as
            /// fatal): a failure that repeats if the client sends the same command again.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "550", $end, ".is_permanent());")]
            /// ```
            pub const fn is_permanent(&self) -> bool {
                matches!(self.class(), $crate::Class::PermanentNegative)
            }

            /// True for 4xx and 5xx: the server refused the command.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("assert!(", $make, "452", $end, ".is_negative());")]
            #[doc = concat!("assert!(!", $make, "250", $end, ".is_negative());")]
            /// ```
            pub const fn is_negative(&self) -> bool {
                matches!(self.class(), $crate::Class::TransientNegative | $crate::Class::PermanentNegative)
            }
        }
    };
}

pub(crate) use class_predicates;

class_predicates!(Class, "smtp_codes::ReplyCode::from(", ").class()");

/// Writes "4xx Transient Negative".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Class::PermanentNegative.to_string(), "5xx Permanent Negative");
/// ```
impl fmt::Display for Class {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}xx {}", self.digit(), self.name())
    }
}

named_enum! {
    /// What the second digit of a reply code says: which part of the exchange the reply is about.
    ///
    /// RFC 5321, section 4.2.1, names six values of the second digit: 0 syntax, 1 information,
    /// 2 connections, 3 and 4 unspecified, 5 mail system. The two unspecified values share one
    /// variant here, since the RFC gives them neither a name nor a meaning of their own. (In
    /// practice the authentication and TLS codes, such as 334 and 530 to 538, live in the x3z
    /// band.)
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Category, ReplyCode};
    ///
    /// assert_eq!(ReplyCode::from(503).category(), Category::Syntax);
    /// assert_eq!(ReplyCode::from(550).category(), Category::MailSystem);
    /// assert_eq!(Category::MailSystem.to_string(), "Mail System");
    /// ```
    pub enum Category("a reply category", key "category") {
        /// x0z: the command's syntax, or a command that is unknown, not implemented or out of
        /// place.
        Syntax("syntax"),
        /// x1z: answers to requests for information, such as status or help.
        Information("information"),
        /// x2z: the transmission channel: opening, closing, availability of the service.
        Connections("connections"),
        /// x3z and x4z: the RFC leaves these unspecified. Extensions put authentication at x3z
        /// (334, 530, 535); no standard code uses x4z. A second digit of 6 to 9, which breaks the
        /// grammar, also lands here.
        Unspecified("unspecified"),
        /// x5z: the state of the receiving mail system: mailboxes, storage, the mail transaction.
        MailSystem("mail-system"),
    }
}

impl Category {
    /// The category that a second digit stands for; digits 3, 4 and 6 to 9 give
    /// [`Category::Unspecified`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Category;
    ///
    /// assert_eq!(Category::from_digit(2), Category::Connections);
    /// assert_eq!(Category::from_digit(4), Category::Unspecified);
    /// ```
    pub const fn from_digit(digit: u8) -> Category {
        match digit {
            0 => Category::Syntax,
            1 => Category::Information,
            2 => Category::Connections,
            5 => Category::MailSystem,
            _ => Category::Unspecified,
        }
    }

    /// The category's name as RFC 5321 gives it: "Mail System".
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::Category::Syntax.name(), "Syntax");
    /// ```
    pub const fn name(self) -> &'static str {
        match self {
            Category::Syntax => "Syntax",
            Category::Information => "Information",
            Category::Connections => "Connections",
            Category::Unspecified => "Unspecified",
            Category::MailSystem => "Mail System",
        }
    }

    /// One sentence on what replies in this category are about.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Category::Connections.meaning().contains("connection"));
    /// ```
    pub const fn meaning(self) -> &'static str {
        match self {
            Category::Syntax => {
                "It concerns the command itself: its syntax, or a command that is unknown, not implemented or sent at the wrong time."
            }
            Category::Information => "It answers a request for information, such as status or help.",
            Category::Connections => {
                "It concerns the connection: opening it, closing it, or whether the service is available."
            }
            Category::Unspecified => {
                "RFC 5321 gives this second digit no meaning. Extensions use 3 for authentication and encryption (334, 530, 535, 538); no standard code uses 4, and 6 to 9 are outside the RFC 5321 grammar, although some servers send codes such as 571."
            }
            Category::MailSystem => {
                "It concerns the receiving mail system: a mailbox, storage, or the mail transaction as a whole."
            }
        }
    }
}

/// Writes the category's name: "Mail System".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Category::Information.to_string(), "Information");
/// ```
impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}
