//! [`named_enum!`]: the small public enums whose values have stable names ([`Standing`],
//! [`Topic`], [`Actor`], [`Class`], [`Retry`] and their kin), declared alike.
//!
//! Each variant is declared with its stable identifier (the serde form and the `FromStr` input,
//! kept explicit so that renaming a variant never changes what was stored) and, for enums whose
//! values are shown to people, its English label. The macro derives `ALL`, `as_str`, `FromStr`,
//! and, with labels, `label` and `Display`. No third-party trait appears in the public impls.
//!
//! [`Standing`]: crate::Standing
//! [`Topic`]: crate::Topic
//! [`Actor`]: crate::Actor
//! [`Class`]: crate::Class
//! [`Retry`]: crate::Retry

use core::fmt;

use crate::helpers::short_text::ShortText;

/// A name that no value of an enum has; the error of `FromStr` on [`Standing`](crate::Standing),
/// [`Class`](crate::Class), [`Retry`](crate::Retry) and the other enums whose values have
/// names.
///
/// # Examples
///
/// ```
/// use smtp_codes::Standing;
///
/// let error = "official".parse::<Standing>().unwrap_err();
/// assert_eq!(error.to_string(), "\"official\" is not the name of a standing (one of: standard, extension, obsolete, non-standard, unlisted)");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{name:?} is not the name of {what} (one of: {choices})")]
pub struct UnknownName {
    name: ShortText,
    what: &'static str,
    choices: Choices,
}

impl UnknownName {
    pub(crate) fn new(name: &str, what: &'static str, choices: &'static [&'static str]) -> UnknownName {
        UnknownName { name: ShortText::new(name), what, choices: Choices(choices) }
    }
}

/// The names an enum accepts, written as a list.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Choices(&'static [&'static str]);

impl fmt::Display for Choices {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, name) in self.0.iter().enumerate() {
            if index > 0 {
                f.write_str(", ")?;
            }
            f.write_str(name)?;
        }
        Ok(())
    }
}

/// Declares a public enum whose values have stable names; see the module documentation.
///
/// `what` is how an error names the enum ("a standing"); `key` is the enum's part of the keys of
/// its translations (`standing/<name>/label`).
macro_rules! named_enum {
    (
        $(#[$meta:meta])*
        pub enum $Name:ident ($what:literal, key $key:literal) {
            $(
                $(#[doc = $variant_doc:literal])*
                $Variant:ident($id:literal) $(=> $label:literal)?,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $Name {
            $(
                $(#[doc = $variant_doc])*
                $Variant,
            )+
        }

        impl $Name {
            #[doc = concat!("Every `", stringify!($Name), "`, in declaration order.")]
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
            ///
            #[doc = concat!("for value in ", stringify!($Name), "::ALL {")]
            #[doc = concat!("    assert_eq!(value.as_str().parse::<", stringify!($Name), ">(), Ok(*value));")]
            /// }
            /// ```
            pub const ALL: &'static [$Name] = &[$($Name::$Variant),+];

            /// The stable name of every value, in declaration order.
            const NAMES: &'static [&'static str] = &[$($id),+];

            /// The documentation of every value, in declaration order: what the English template
            /// tells translators a label is.
            #[allow(dead_code)]
            pub(crate) const DOCS: &'static [&'static str] = &[$(concat!($($variant_doc),*)),+];

            /// The key that the translations of this enum's texts start with.
            #[allow(dead_code)]
            pub(crate) const KEY: &'static str = $key;

            #[doc = concat!("The value's stable lowercase name, as serde writes it and `FromStr` reads it: `", stringify!($Name), "::", $crate::helpers::named_enum::first!($($Variant)+), ".as_str() == \"", $crate::helpers::named_enum::first_literal!($($id)+), "\"`.")]
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
            ///
            #[doc = concat!("assert_eq!(", stringify!($Name), "::ALL[0].as_str(), \"", $crate::helpers::named_enum::first_literal!($($id)+), "\");")]
            /// ```
            pub const fn as_str(self) -> &'static str {
                $Name::NAMES[self as usize]
            }
        }

        #[doc = concat!("Reads the name that [`", stringify!($Name), "::as_str`] gives, exactly (it is lowercase).")]
        ///
        /// # Errors
        ///
        #[doc = concat!("[`UnknownName`](crate::UnknownName) for any other text, such as `\"\"` or `\"", $crate::helpers::named_enum::first!($($Variant)+), "\"`.")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
        ///
        #[doc = concat!("assert_eq!(\"", $crate::helpers::named_enum::first_literal!($($id)+), "\".parse::<", stringify!($Name), ">(), Ok(", stringify!($Name), "::ALL[0]));")]
        #[doc = concat!("assert!(\"\".parse::<", stringify!($Name), ">().is_err());")]
        /// ```
        impl core::str::FromStr for $Name {
            type Err = $crate::UnknownName;

            fn from_str(name: &str) -> Result<$Name, $crate::UnknownName> {
                match $Name::NAMES.iter().position(|candidate| *candidate == name) {
                    Some(index) => Ok($Name::ALL[index]),
                    None => Err($crate::UnknownName::new(name, $what, $Name::NAMES)),
                }
            }
        }

        $crate::helpers::named_enum::labels!($Name; $($Variant $(=> $label)?),+);
    };
}

/// The first of a list of tokens, for examples in generated docs.
macro_rules! first {
    ($first:tt $($rest:tt)*) => {
        stringify!($first)
    };
}

/// The first of a list of literals, as it is.
macro_rules! first_literal {
    ($first:literal $($rest:literal)*) => {
        $first
    };
}

/// `label` and `Display` for a [`named_enum!`] whose every variant has a label; nothing for one
/// without labels.
macro_rules! labels {
    ($Name:ident; $($Variant:ident),+) => {};
    ($Name:ident; $($Variant:ident => $label:literal),+) => {
        impl $Name {
            /// A short English label to show to people. [`Localized`](crate::Localized) gives it in
            /// other languages.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
            ///
            #[doc = concat!("assert!(", stringify!($Name), "::ALL.iter().all(|value| !value.label().is_empty()));")]
            /// ```
            pub const fn label(self) -> &'static str {
                match self {
                    $($Name::$Variant => $label,)+
                }
            }
        }

        #[doc = concat!("Writes the English label of the `", stringify!($Name), "`.")]
        ///
        /// # Examples
        ///
        /// ```
        #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
        ///
        #[doc = concat!("let value = ", stringify!($Name), "::ALL[0];")]
        /// assert_eq!(value.to_string(), value.label());
        /// ```
        impl core::fmt::Display for $Name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.label())
            }
        }
    };
}

pub(crate) use {first, first_literal, labels, named_enum};
