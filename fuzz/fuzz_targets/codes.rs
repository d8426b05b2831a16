//! The code parsers on any text: `EnhancedStatusCode`, `ReplyCode`, names and locale tags.
//! Never a panic, and whatever parses writes back to the same text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode};

fuzz_target!(|text: &str| {
    if let Ok(code) = text.parse::<EnhancedStatusCode>() {
        assert_eq!(code.to_string(), text);
        let _ = code.describe(Locale::En);
    }
    if let Ok(code) = text.parse::<ReplyCode>() {
        assert_eq!(code.to_string(), text);
    }
    let _ = ReplyCode::from_name(text);
    let _ = text.parse::<Locale>();
});
