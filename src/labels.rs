//! A macro for the small enums whose values are labels: [`Standing`](crate::Standing),
//! [`Topic`](crate::Topic), [`Actor`](crate::Actor) and their kin.
//!
//! Each gets the same derives (strum's iteration, count and static names), a human label, a
//! stable kebab-case identifier for serde, `ALL` and `Display`, so that the enums stay alike.

macro_rules! label_enum {
    (
        $(#[$meta:meta])*
        pub enum $Name:ident {
            $(
                $(#[doc = $doc:literal])*
                $Variant:ident => $label:literal,
            )+
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[derive(strum::EnumIter, strum::EnumCount, strum::IntoStaticStr, strum::EnumString)]
        #[strum(serialize_all = "kebab-case")]
        #[non_exhaustive]
        pub enum $Name {
            $(
                $(#[doc = $doc])*
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

            /// A short label to show to people.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
            ///
            #[doc = concat!("assert!(", stringify!($Name), "::ALL.iter().all(|v| !v.label().is_empty()));")]
            /// ```
            pub const fn label(self) -> &'static str {
                match self {
                    $($Name::$Variant => $label,)+
                }
            }

            /// The label in a language.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::{Locale, ", stringify!($Name), "};")]
            ///
            #[doc = concat!("let value = ", stringify!($Name), "::ALL[0];")]
            /// assert_eq!(value.label_in(Locale::En), value.label());
            /// ```
            pub fn label_in(self, locale: $crate::Locale) -> &'static str {
                match locale {
                    $crate::Locale::En => self.label(),
                    #[cfg(feature = "zh-hans")]
                    $crate::Locale::ZhHans => $crate::locale::zh_hans::Label::zh(self),
                }
            }

            /// A stable kebab-case identifier (the serde form), such as `"non-standard"`.
            ///
            /// # Examples
            ///
            /// ```
            #[doc = concat!("use smtp_codes::", stringify!($Name), ";")]
            ///
            #[doc = concat!("for value in ", stringify!($Name), "::ALL {")]
            ///     assert!(value.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'));
            /// }
            /// ```
            pub fn as_str(self) -> &'static str {
                self.into()
            }
        }

        #[doc = concat!("Writes the label of the `", stringify!($Name), "`.")]
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

pub(crate) use label_enum;
