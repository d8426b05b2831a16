//! `Reply::find` on any text: never a panic, and what it finds renders to a clean reply. The
//! reason of any text, and of what `find` finds, is decided without a panic, and a found reply's
//! reason is the reason of its parts; its explanation and retry decision tell the same story.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::{Reason, Reply, Rule};

/// The length of `text` with every run of white space (as the crate folds it: space, tab, CR,
/// LF, VT, FF) folded into one byte; `None` when it is all white space.
fn folded_len(text: &str) -> Option<usize> {
    let mut len = 0;
    let mut space = false;
    let mut solid = false;
    for byte in text.bytes() {
        let is_space = matches!(byte, b' ' | b'\t' | b'\r' | b'\n' | 0x0b | 0x0c);
        if !(is_space && space) {
            len += 1;
        }
        space = is_space;
        solid |= !is_space;
    }
    solid.then_some(len)
}

fuzz_target!(|text: &str| {
    let _ = Reason::decide(None, None, text);
    if let Some(reply) = Reply::find(text) {
        let rendered = reply.to_string();
        assert_eq!(Reply::parse(&rendered), Ok(reply));
        assert_eq!(reply.text(), reply.lines().last().unwrap_or(""));
        let explanation = reply.explain();
        assert!(explanation.to_string().contains(&reply.code().to_string()));
        assert_eq!(explanation.retry(), reply.retry());

        let reason = reply.reason();
        assert_eq!(explanation.reason(), reason);
        let lines: Vec<&str> = reply.lines().collect();
        assert_eq!(reason, Reason::decide(Some(reply.code()), reply.enhanced(), &lines.join(" ")));
        let _ = reply.is_hard_bounce();
        // A rule made of the reply's own last line decides, unless the reply is a success or
        // the line is blank or too long for a rule (255 bytes once its white space is folded).
        let rules = [Rule::new(reply.text(), Reason::Vacation)];
        let ruled = reply.reason_with(&rules);
        let folded = folded_len(reply.text());
        if reply.is_positive() || folded.is_none_or(|len| len > 255) {
            assert_eq!(ruled, reason, "{:?}", reply.as_str());
        } else {
            assert_eq!(ruled, Reason::Vacation, "{:?}", reply.as_str());
        }
    }
});
