//! `Reply::find` on any text: never a panic, and what it finds renders to a clean reply.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::Reply;

fuzz_target!(|text: &str| {
    if let Some(reply) = Reply::find(text) {
        let rendered = reply.to_string();
        assert_eq!(Reply::parse(&rendered), Ok(reply));
        assert_eq!(reply.text(), reply.lines().last().unwrap_or(""));
        assert!(reply.explain().to_string().contains(&reply.code().to_string()));
    }
});
