//! The code parsers on any text: `EnhancedStatusCode`, `ReplyCode`, names and locale tags.
//! Never a panic, and whatever parses writes back to the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};

fuzz_target!(|text: &str| {
    if let Ok(code) = text.parse::<EnhancedStatusCode>() {
        assert_eq!(code.to_string(), text);
        for locale in Locale::ALL {
            assert!(code.localize(*locale).to_string().starts_with(text));
        }
    }
    if let Ok(code) = text.parse::<ReplyCode>() {
        assert_eq!(code.to_string(), text);
    }
    if let Some(code) = ReplyCode::from_name(text) {
        assert!(code.is_listed());
    }
    match text.parse::<Locale>() {
        Ok(locale) => assert!(Locale::ALL.contains(&locale)),
        Err(error) => assert!(!error.to_string().is_empty()),
    }
    assert!(Locale::ALL.contains(&Locale::negotiate(text.split(','))));
    assert!(Locale::ALL.contains(&Locale::from_accept_language(text)));
});
