//! `Bounce::parse` on any bytes: never a panic, and everything it read can be asked for, each
//! recipient's reason, hard or soft and retry decision included.
#![no_main]

use libfuzzer_sys::fuzz_target;
use smtp_codes::bounce::{Bounce, Limits};

fuzz_target!(|data: &[u8]| {
    // Small limits, so that the fuzzer reaches them.
    let limits = Limits::new().max_parts(64).max_depth(8).max_recipients(64);
    if let Ok(bounce) = Bounce::parse_with(data, &limits) {
        let _ = bounce.kind().to_string();
        assert!(bounce.recipients().len() <= 64);
        for recipient in bounce.recipients() {
            assert!(!recipient.address().is_empty());
            if let Some(reply) = recipient.reply() {
                assert_eq!(smtp_codes::Reply::parse(&reply.to_string()), Ok(reply));
            }
            let _ = (recipient.status(), recipient.command(), recipient.diagnostic(), recipient.remote_mta());
            // The verdict: a hard bounce only for a reason that can be one, and the retry
            // decision the remote reply's where there is one.
            let reason = recipient.reason();
            if recipient.is_hard() {
                assert!(reason.is_hard_bounce_when(true), "{reason}");
            }
            if let Some(reply) = recipient.reply() {
                assert_eq!(recipient.retry(), Some(reply.retry()));
            }
        }
        let original = bounce.original();
        let _ = (original.message_id(), original.subject(), original.from(), original.to(), original.date());
        let _ = bounce.failed_recipients().count();
        let _ = bounce.feedback().map(|f| (f.feedback_type(), f.source_ip()));
    }
});
