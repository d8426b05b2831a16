//! `Reply::parse_bytes` and `Reply::parse_next` on any bytes: never a panic, and every reply
//! they accept renders back to an equal reply whose explanation and retry decision work.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{Locale, Reply};

fuzz_target!(|data: &[u8]| {
    if let Ok(reply) = Reply::parse_bytes(data) {
        let rendered = reply.to_string();
        assert_eq!(Reply::parse(&rendered), Ok(reply));
        assert_eq!(reply.lines().count(), reply.line_count());
        assert_eq!(reply.text(), reply.lines().last().unwrap_or(""));
        for locale in Locale::ALL {
            let explanation = reply.explain().localize(*locale).to_string();
            assert!(explanation.contains(&reply.code().to_string()));
        }
        assert_eq!(reply.retry().should_retry(), reply.retry().suggested_delay().is_some());
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let mut rest = text;
        // Each step consumes input, so this ends.
        while let Ok((_, next)) = Reply::parse_next(rest) {
            assert!(next.len() < rest.len());
            rest = next;
        }
    }
});
