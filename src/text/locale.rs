//! [`Locale`]: the languages of the crate's texts, and how a language tag picks one.

use core::fmt;
use core::str::FromStr;

use crate::helpers::short_text::ShortText;

/// The compiled translations of one locale.
pub(crate) struct Catalog {
    /// Each translated text, by key.
    pub(crate) texts: &'static phf::Map<&'static str, &'static str>,
    /// Each translated list, complete, by the key of the list.
    pub(crate) lists: &'static phf::Map<&'static str, &'static [&'static str]>,
    /// The English each entry was translated from (its `msgid`), by key; for the tests.
    #[cfg(test)]
    pub(crate) sources: &'static phf::Map<&'static str, &'static str>,
    /// The keys of entries marked fuzzy, which are not used.
    #[cfg(test)]
    pub(crate) fuzzy: &'static [&'static str],
}

/// Declares the languages: each with its variant, its BCP 47 tag, the cargo feature that turns it
/// on and the file of its translations in `src/text/locales/` (compiled by `build.rs`). Adding a
/// language is one line here, one line in `Cargo.toml` and its `.po` file.
macro_rules! locales {
    ($(
        $(#[doc = $doc:literal])*
        $Variant:ident: $tag:literal, feature $feature:literal;
    )+) => {
        /// A language for the crate's texts.
        ///
        /// `Locale::En` is always there; every other language comes with a cargo feature of its
        /// own (the `all-locales` feature turns on every one). [`Localized`](crate::Localized)
        /// writes any text in a locale. Parse one from a BCP 47 tag or a POSIX locale name ("en",
        /// "zh-CN", "zh-Hans-CN", "zh_CN.UTF-8"), or pick one from a list of preferred languages
        /// with [`Locale::negotiate`]. `Display` writes the canonical tag.
        ///
        /// # Examples
        ///
        /// ```
        /// use smtp_codes::{Locale, ReplyCode};
        ///
        /// let locale: Locale = "en-GB".parse()?;
        /// assert_eq!(locale, Locale::En);
        /// assert_eq!(ReplyCode::BadSequence.localize(locale).name(), "Bad Sequence");
        /// # Ok::<(), smtp_codes::UnsupportedLocale>(())
        /// ```
        #[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[non_exhaustive]
        pub enum Locale {
            /// English, the language the crate's tables are written in.
            #[default]
            En,
            $(
                $(#[doc = $doc])*
                #[cfg(feature = $feature)]
                #[cfg_attr(docsrs, doc(cfg(feature = $feature)))]
                $Variant,
            )+
        }

        impl Locale {
            /// Every locale this build has, English first.
            ///
            /// # Examples
            ///
            /// ```
            /// use smtp_codes::Locale;
            ///
            /// assert_eq!(Locale::ALL[0], Locale::En);
            /// assert!(Locale::ALL.iter().all(|locale| locale.tag().parse() == Ok(*locale)));
            /// ```
            pub const ALL: &'static [Locale] = &[Locale::En, $(#[cfg(feature = $feature)] Locale::$Variant,)+];

            /// The canonical BCP 47 tag: "en", "zh-Hans".
            ///
            /// # Examples
            ///
            /// ```
            /// assert_eq!(smtp_codes::Locale::En.tag(), "en");
            /// ```
            pub const fn tag(self) -> &'static str {
                match self {
                    Locale::En => "en",
                    $(#[cfg(feature = $feature)] Locale::$Variant => $tag,)+
                }
            }

            /// The translations of this locale; none for English, the tables' own language.
            pub(crate) fn catalog(self) -> Option<&'static Catalog> {
                match self {
                    Locale::En => None,
                    $(#[cfg(feature = $feature)] Locale::$Variant => Some(&catalogs::$Variant::CATALOG),)+
                }
            }
        }

        /// Every language the crate has texts in, whether this build has it or not: its tag and
        /// its feature.
        const LANGUAGES: &[(&str, &str)] = &[$(($tag, $feature)),+];

        /// The compiled translations of each language this build has.
        mod catalogs {
            $(
                #[cfg(feature = $feature)]
                #[allow(non_snake_case)]
                pub(crate) mod $Variant {
                    include!(concat!(env!("OUT_DIR"), "/locale_", $tag, ".rs"));
                    pub(crate) static CATALOG: crate::text::locale::Catalog = crate::text::locale::Catalog {
                        texts: &TEXTS,
                        lists: &LISTS,
                        #[cfg(test)]
                        sources: &SOURCES,
                        #[cfg(test)]
                        fuzzy: FUZZY,
                    };
                }
            )+
        }
    };
}

locales! {
    /// Arabic (ar), Modern Standard Arabic.
    Ar: "ar", feature "ar";
    /// German (de).
    De: "de", feature "de";
    /// Spanish (es), in the neutral Spanish read across Spain and Latin America.
    Es: "es", feature "es";
    /// French (fr).
    Fr: "fr", feature "fr";
    /// Hindi (hi).
    Hi: "hi", feature "hi";
    /// Indonesian (id).
    Id: "id", feature "id";
    /// Japanese (ja).
    Ja: "ja", feature "ja";
    /// Korean (ko).
    Ko: "ko", feature "ko";
    /// Portuguese (pt-BR), as written in Brazil; other Portuguese tags fall back to it.
    Pt: "pt-BR", feature "pt";
    /// Russian (ru).
    Ru: "ru", feature "ru";
    /// Thai (th).
    Th: "th", feature "th";
    /// Turkish (tr).
    Tr: "tr", feature "tr";
    /// Vietnamese (vi).
    Vi: "vi", feature "vi";
    /// Simplified Chinese (zh-Hans), as written in mainland China.
    ZhHans: "zh-Hans", feature "zh-hans";
}

/// The parts of a language tag that choose a locale: the language, and the script, given or
/// implied by the region (Chinese written in Taiwan, Hong Kong and Macao is Traditional).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Tag<'a> {
    language: &'a str,
    script: Option<&'a str>,
}

impl<'a> Tag<'a> {
    /// Reads a BCP 47 tag ("zh-Hant-TW") or a POSIX locale name ("zh_TW.UTF-8", "de_DE@euro"),
    /// ignoring case; `None` for text that is neither.
    fn parse(text: &'a str) -> Option<Tag<'a>> {
        // A POSIX name ends with ".charset" and "@modifier", which say nothing of the language.
        let text = text.split(['.', '@']).next().unwrap_or(text).trim();
        let mut parts = text.split(['-', '_']);
        let language = parts.next().filter(|language| {
            (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_alphabetic())
        })?;
        let mut script = None;
        let mut region = None;
        for part in parts {
            match part.len() {
                4 if script.is_none() && region.is_none() && part.bytes().all(|b| b.is_ascii_alphabetic()) => {
                    script = Some(part);
                }
                2 | 3 if region.is_none() && part.bytes().all(|b| b.is_ascii_alphanumeric()) => region = Some(part),
                _ => {}
            }
        }
        if script.is_none() && language.eq_ignore_ascii_case("zh") {
            let traditional = region.is_some_and(|region| {
                ["tw", "hk", "mo"].iter().any(|traditional| region.eq_ignore_ascii_case(traditional))
            });
            script = Some(if traditional { "Hant" } else { "Hans" });
        }
        Some(Tag { language, script })
    }

    /// True when a locale whose own tag is `locale` serves text asked for by this tag: the same
    /// language, and the same script where the locale has one.
    fn is_served_by(&self, locale: &Tag<'_>) -> bool {
        self.language.eq_ignore_ascii_case(locale.language)
            && match (locale.script, self.script) {
                (Some(ours), Some(theirs)) => ours.eq_ignore_ascii_case(theirs),
                _ => true,
            }
    }
}

impl Locale {
    /// The locale of this build that serves a language tag, if one does.
    fn for_tag(tag: &Tag<'_>) -> Option<Locale> {
        Locale::ALL.iter().copied().find(|locale| Tag::parse(locale.tag()).is_some_and(|own| tag.is_served_by(&own)))
    }

    /// The best locale for a list of preferred languages, most preferred first (as from
    /// `Accept-Language`, the system's locale, or a user's setting): the first one this build
    /// serves, a regional variant falling back to its language ("pt-PT" to Portuguese, "fr-CA" to
    /// French); English when none is served. Tags that cannot be read are skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Locale;
    ///
    /// assert_eq!(Locale::negotiate(["tlh", "en-AU"]), Locale::En);
    /// assert_eq!(Locale::negotiate(Vec::<&str>::new()), Locale::En);
    /// # #[cfg(feature = "zh-hans")]
    /// assert_eq!(Locale::negotiate(["zh-TW", "zh-CN", "en"]), Locale::ZhHans);
    /// ```
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred.into_iter().filter_map(Tag::parse).find_map(|tag| Locale::for_tag(&tag)).unwrap_or(Locale::En)
    }

    /// The best locale for an HTTP `Accept-Language` header: its languages in the order of their
    /// quality values (`q=`), then as [`Locale::negotiate`] picks. `*` and languages with `q=0`
    /// are skipped.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::Locale;
    ///
    /// assert_eq!(Locale::from_accept_language("da, en-GB;q=0.8, en;q=0.7"), Locale::En);
    /// # #[cfg(feature = "zh-hans")]
    /// assert_eq!(Locale::from_accept_language("en;q=0.5, zh-CN;q=0.9"), Locale::ZhHans);
    /// ```
    pub fn from_accept_language(header: &str) -> Locale {
        // The best quality seen so far, and its locale; earlier entries win ties.
        let mut best: Option<(u16, Locale)> = None;
        for entry in header.split(',') {
            let mut fields = entry.split(';');
            let Some(tag) = fields.next().map(str::trim).and_then(Tag::parse) else { continue };
            let quality = fields
                .filter_map(|field| field.trim().strip_prefix("q="))
                .map(quality_thousandths)
                .next()
                .unwrap_or(1000);
            if quality == 0 || best.is_some_and(|(seen, _)| seen >= quality) {
                continue;
            }
            if let Some(locale) = Locale::for_tag(&tag) {
                best = Some((quality, locale));
            }
        }
        best.map_or(Locale::En, |(_, locale)| locale)
    }
}

/// A quality value ("0.8", "1", "0.125") in thousandths; 0 for anything unreadable.
fn quality_thousandths(text: &str) -> u16 {
    let (whole, fraction) = text.trim().split_once('.').unwrap_or((text.trim(), ""));
    let whole: u16 = match whole {
        "0" => 0,
        "1" => 1000,
        _ => return 0,
    };
    let fraction = fraction.bytes().take(3).enumerate().try_fold(0u16, |value, (place, byte)| {
        byte.is_ascii_digit().then(|| value + u16::from(byte - b'0') * [100, 10, 1][place])
    });
    fraction.map_or(0, |fraction| (whole + fraction).min(1000))
}

/// A language tag that names no locale of this build. Its `Display` says whether the crate has
/// the language behind a feature this build lacks, or has no texts in it at all.
///
/// # Examples
///
/// ```
/// use smtp_codes::Locale;
///
/// let error = "tlh".parse::<Locale>().unwrap_err();
/// assert_eq!(error.to_string(), "smtp-codes has no texts in the language \"tlh\"");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{}", UnsupportedMessage(self))]
pub struct UnsupportedLocale {
    tag: ShortText,
    /// The feature that would add the language, when the crate has it.
    feature: Option<&'static str>,
}

/// Writes an [`UnsupportedLocale`].
struct UnsupportedMessage<'a>(&'a UnsupportedLocale);

impl fmt::Display for UnsupportedMessage<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.feature {
            Some(feature) => write!(
                f,
                "the language {:?} is not in this build: turn on the smtp-codes feature \"{feature}\"",
                self.0.tag
            ),
            None => write!(f, "smtp-codes has no texts in the language {:?}", self.0.tag),
        }
    }
}

/// Reads a BCP 47 language tag or a POSIX locale name, ignoring case: "en", "en-US", "zh-Hans",
/// "zh-CN", "zh", "zh-Hans-CN", "zh-SG", "zh_CN.UTF-8". A regional variant is served by its
/// language ("en-AU" is English); Traditional Chinese ("zh-Hant", "zh-TW", "zh_HK.UTF-8") is not
/// Simplified Chinese and gives an error.
///
/// # Errors
///
/// [`UnsupportedLocale`] for a language this build has no texts in (`"tlh"`, `"zh-TW"`), for a
/// language whose feature is off, and for text that is not a tag (`""`, `"12"`).
///
/// # Examples
///
/// ```
/// use smtp_codes::Locale;
///
/// assert_eq!("EN-us".parse::<Locale>(), Ok(Locale::En));
/// assert_eq!("en_US.UTF-8".parse::<Locale>(), Ok(Locale::En));
/// assert!("zh-Hant".parse::<Locale>().is_err());
/// ```
impl FromStr for Locale {
    type Err = UnsupportedLocale;

    fn from_str(text: &str) -> Result<Locale, UnsupportedLocale> {
        let tag = Tag::parse(text);
        if let Some(locale) = tag.as_ref().and_then(Locale::for_tag) {
            return Ok(locale);
        }
        let feature = tag.and_then(|tag| {
            LANGUAGES
                .iter()
                .find(|(known, _)| Tag::parse(known).is_some_and(|known| tag.is_served_by(&known)))
                .map(|&(_, feature)| feature)
        });
        Err(UnsupportedLocale { tag: ShortText::new(text), feature })
    }
}

/// Writes the canonical tag: "zh-Hans".
///
/// # Examples
///
/// ```
/// assert_eq!(smtp_codes::Locale::En.to_string(), "en");
/// ```
impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

#[cfg(test)]
mod tests {
    use super::{Tag, quality_thousandths};

    #[test]
    fn tags_and_posix_names_give_language_and_script() {
        let tag = |language, script| Some(Tag { language, script });
        assert_eq!(Tag::parse("zh_TW.UTF-8"), tag("zh", Some("Hant")));
        assert_eq!(Tag::parse("zh_HK"), tag("zh", Some("Hant")));
        assert_eq!(Tag::parse("zh-Hans-HK"), tag("zh", Some("Hans")));
        assert_eq!(Tag::parse("zh-SG"), tag("zh", Some("Hans")));
        assert_eq!(Tag::parse("de_DE@euro"), tag("de", None));
        assert_eq!(Tag::parse("pt-BR"), tag("pt", None));
        assert_eq!(Tag::parse("es-419"), tag("es", None));
        assert_eq!(Tag::parse(""), None);
        assert_eq!(Tag::parse("12"), None);
        assert_eq!(Tag::parse("*"), None);
    }

    #[test]
    fn quality_values_are_read_in_thousandths() {
        assert_eq!(quality_thousandths("1"), 1000);
        assert_eq!(quality_thousandths("0.8"), 800);
        assert_eq!(quality_thousandths("0.125"), 125);
        assert_eq!(quality_thousandths("1.000"), 1000);
        assert_eq!(quality_thousandths("2"), 0);
        assert_eq!(quality_thousandths("0.x"), 0);
    }
}
