//! Uses every part of the crate without `std`: codes, enhanced codes, the parser, `find`, `diff`,
//! explanations, retry decisions and bounce reasons. Built by `.ci/run`.
#![no_std]

use core::fmt::Write;

use smtp_codes::{EnhancedStatusCode, Locale, Reason, Reply, ReplyCode, Rule, diff};

/// A fixed buffer to render into.
struct Buffer {
    bytes: [u8; 4096],
    len: usize,
}

impl Write for Buffer {
    fn write_str(&mut self, text: &str) -> core::fmt::Result {
        let end = self.len + text.len();
        self.bytes.get_mut(self.len..end).ok_or(core::fmt::Error)?.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Exercises the API; returns something so that nothing is optimized away.
#[unsafe(no_mangle)]
pub extern "C" fn smtp_codes_no_std_check() -> usize {
    let mut buffer = Buffer { bytes: [0; 4096], len: 0 };
    let code = ReplyCode::from(503);
    let enhanced: Result<EnhancedStatusCode, _> = "5.1.1".parse();
    let reply = Reply::parse("550 5.1.1 User unknown\r\n");
    let found = Reply::find("said: 550 5.1.1 User unknown");
    if let Ok(reply) = reply {
        let _ = write!(buffer, "{}", reply.explain().localize(Locale::ZhHans));
        let _ = write!(buffer, "{}", reply.retry());
        let rules = [Rule::new("user unknown", Reason::UserUnknown)];
        let _ = write!(buffer, "{} {}", reply.reason(), reply.reason_with(&rules).localize(Locale::ZhHans));
    }
    let _ = write!(buffer, "{}", diff(code, ReplyCode::from(252)));
    buffer.len + usize::from(enhanced.is_ok()) + usize::from(found.is_some())
}

#[panic_handler]
fn panic(_: &core::panic::PanicInfo<'_>) -> ! {
    loop {}
}
