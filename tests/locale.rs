//! `Locale` and `UnsupportedLocale`: language tags, POSIX locale names and lists of preferred
//! languages.

use smtp_codes::Locale;

#[test]
fn every_locale_parses_from_its_own_tag() {
    for locale in Locale::ALL {
        assert_eq!(locale.tag().parse::<Locale>(), Ok(*locale));
        assert_eq!(locale.to_string(), locale.tag());
        assert_eq!(locale.tag().to_ascii_uppercase().parse::<Locale>(), Ok(*locale));
    }
    assert_eq!(Locale::ALL[0], Locale::En);
    assert_eq!(Locale::default(), Locale::En);
}

#[test]
fn english_tags_and_posix_names() {
    for tag in ["en", "en-US", "EN-gb", "en_US.UTF-8", "en_GB@euro", "en-Latn-US"] {
        assert_eq!(tag.parse::<Locale>(), Ok(Locale::En), "{tag}");
    }
}

#[test]
fn text_that_is_no_tag_is_refused() {
    for bad in ["", "e", "12", "*", "english", "é".repeat(50).as_str()] {
        assert!(bad.parse::<Locale>().is_err(), "{bad:?}");
    }
}

#[test]
fn the_error_says_whether_the_crate_has_the_language() {
    let error = "tlh".parse::<Locale>().unwrap_err();
    assert_eq!(error.to_string(), "smtp-codes has no texts in the language \"tlh\"");
    // Traditional Chinese is not Simplified Chinese, and no feature adds it.
    for tag in ["zh-Hant", "zh-TW", "zh_TW.UTF-8", "zh_HK.UTF-8", "zh-MO", "zh-Hant-CN"] {
        let error = tag.parse::<Locale>().unwrap_err();
        assert!(error.to_string().starts_with("smtp-codes has no texts"), "{tag}: {error}");
    }
    // A long tag is cut in the message, not copied whole.
    let long = "x".repeat(100);
    assert!(long.parse::<Locale>().unwrap_err().to_string().len() < 100);
}

#[cfg(not(feature = "zh-hans"))]
#[test]
fn a_language_behind_a_feature_names_the_feature() {
    let error = "zh-CN".parse::<Locale>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "the language \"zh-CN\" is not in this build: turn on the smtp-codes feature \"zh-hans\""
    );
}

#[cfg(feature = "zh-hans")]
#[test]
fn simplified_chinese_tags() {
    for tag in ["zh-Hans", "zh-CN", "zh", "ZH-hans-cn", "zh-SG", "zh_CN.UTF-8", "zh-Hans-HK"] {
        assert_eq!(tag.parse::<Locale>(), Ok(Locale::ZhHans), "{tag}");
    }
}

#[test]
fn negotiation_takes_the_first_served_language_then_english() {
    assert_eq!(Locale::negotiate(["tlh", "en-AU"]), Locale::En);
    assert_eq!(Locale::negotiate(["", "not a tag", "xx"]), Locale::En);
    assert_eq!(Locale::negotiate(Vec::<&str>::new()), Locale::En);
    #[cfg(feature = "zh-hans")]
    {
        assert_eq!(Locale::negotiate(["zh-TW", "zh-CN", "en"]), Locale::ZhHans);
        assert_eq!(Locale::negotiate(["en", "zh-CN"]), Locale::En);
    }
}

#[test]
fn accept_language_is_read_by_quality() {
    assert_eq!(Locale::from_accept_language(""), Locale::En);
    assert_eq!(Locale::from_accept_language("*"), Locale::En);
    assert_eq!(Locale::from_accept_language("da, en-GB;q=0.8, en;q=0.7"), Locale::En);
    #[cfg(feature = "zh-hans")]
    {
        assert_eq!(Locale::from_accept_language("en;q=0.5, zh-CN;q=0.9"), Locale::ZhHans);
        assert_eq!(Locale::from_accept_language("zh-CN;q=0, en"), Locale::En);
        assert_eq!(Locale::from_accept_language("zh-CN, en"), Locale::ZhHans);
        assert_eq!(Locale::from_accept_language("en, zh-CN"), Locale::En);
    }
}
