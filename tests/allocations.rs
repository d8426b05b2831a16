//! Reading a reply allocates nothing: `parse`, `parse_bytes`, `find`, the lookups, `retry`,
//! `explain`, `diff` and `reason` are checked under a global allocator that counts.
//!
//! This file holds one test only, so that no other test allocates while it counts, and the
//! allocator counts only on the thread that asked: the test harness's own thread allocates now
//! and then while the test runs.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicUsize, Ordering};

use smtp_codes::{EnhancedStatusCode, Locale, Reason, Reply, ReplyCode, RetryDecision, Rule, diff};

struct Counting;

static ALLOCATIONS: AtomicUsize = AtomicUsize::new(0);

thread_local! {
    /// Set on the thread whose allocations count.
    static COUNTING: Cell<bool> = const { Cell::new(false) };
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if COUNTING.try_with(Cell::get).unwrap_or(false) {
            ALLOCATIONS.fetch_add(1, Ordering::SeqCst);
        }
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn allocations_in(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.load(Ordering::SeqCst);
    COUNTING.with(|counting| counting.set(true));
    work();
    COUNTING.with(|counting| counting.set(false));
    ALLOCATIONS.load(Ordering::SeqCst) - before
}

/// A `fmt::Write` into a fixed buffer, to display values without allocating.
struct Buffer {
    bytes: [u8; 8192],
    len: usize,
}

impl std::fmt::Write for Buffer {
    fn write_str(&mut self, text: &str) -> std::fmt::Result {
        let end = self.len + text.len();
        self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?.copy_from_slice(text.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[test]
fn reading_replies_allocates_nothing() {
    let gmail = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
                 550-5.1.1 double-checking the recipient's email address for typos or\r\n\
                 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp\r\n";
    let log = "Nov 22 10:15:01 mx1 postfix/smtp[12345]: 3F2A81C0123: to=<bob@example.net>, \
               relay=mx.example.net[192.0.2.10]:25, delay=1.2, dsn=5.1.1, status=bounced (host \
               mx.example.net[192.0.2.10] said: 550 5.1.1 <bob@example.net>: Recipient address \
               rejected: User unknown (in reply to RCPT TO command))";
    let dsn = "Diagnostic-Code: smtp; 550-5.1.1 The email account does\n    550 5.1.1 not exist.";
    let mut buffer = Buffer { bytes: [0; 8192], len: 0 };

    let count = allocations_in(|| {
        let reply = Reply::parse(gmail).unwrap();
        assert_eq!(reply.code(), 550);
        assert_eq!(reply.lines().count(), 3);
        let reply = Reply::parse_bytes(gmail.as_bytes()).unwrap();
        assert_eq!(Reply::parse_next(gmail).unwrap().1, "");
        assert!(Reply::parse("2500 x").is_err());
        let found = Reply::find(log).unwrap();
        assert_eq!(found.text(), "<bob@example.net>: Recipient address rejected: User unknown");
        assert_eq!(Reply::find(dsn).unwrap().line_count(), 2);
        assert!(Reply::find("Connected to 192.0.2.250 port 587").is_none());

        let explanation = reply.explain();
        assert_eq!(explanation.summary(), reply.enhanced().unwrap().meaning());
        assert!(!explanation.cause().is_empty() && !explanation.remedy().is_empty());
        assert_eq!(explanation.actor(), smtp_codes::Actor::Sender);
        let decision = reply.retry();
        assert_eq!(decision.suggested_delay(), None);
        write!(buffer, "{explanation} {decision} {reply}").unwrap();

        let code = ReplyCode::from(503);
        assert_eq!(code.name(), "Bad Sequence");
        assert!(code.meaning().contains("order") && code.causes().len() > 0);
        assert_eq!(ReplyCode::from_name("bad-sequence"), Some(code));
        assert_eq!("503".parse::<ReplyCode>(), Ok(code));
        let enhanced: EnhancedStatusCode = "5.7.1".parse().unwrap();
        assert_eq!(enhanced.name(), "Delivery not authorized, message refused");
        assert!(enhanced.associated_reply_codes().count() > 0 && code.enhanced_codes().count() > 0);

        // The reason: the phrase scan, the codes, the user rules, the vendor names, and the
        // explanation and retry decision that follow it.
        const RULES: &[Rule] = &[Rule::new("account locked", Reason::Suspend)];
        assert_eq!(reply.reason(), Reason::UserUnknown);
        assert_eq!(found.reason(), Reason::UserUnknown);
        assert!(found.is_hard_bounce());
        assert_eq!(Reply::parse("550 5.7.1 Account locked").unwrap().reason_with(RULES), Reason::Suspend);
        let blocked = "Client host [192.0.2.1] blocked using zen.spamhaus.org";
        assert_eq!(Reason::decide(Some(ReplyCode::from(554)), Some(enhanced), blocked), Reason::Blocked);
        let relay = Reply::parse("554 5.7.1 <x@example.org>: Relay access denied").unwrap();
        assert_eq!(relay.explain().reason(), Reason::NoRelaying);
        write!(buffer, "{} {}", relay.explain().localize(Locale::En), relay.retry()).unwrap();
        let _ = RetryDecision::for_status("4.7.0".parse().unwrap(), "TLS is required, but was not offered");
        let reason: Reason = "mailboxfull".parse().unwrap();
        let _ =
            (reason.meaning(), reason.remedies().count(), reason.fault(), reason.ses_bounce(), reason.kumomta_class());

        let comparison = diff(ReplyCode::from(252), code);
        assert!(comparison.differences().count() > 0);
        buffer.len = 0;
        write!(buffer, "{comparison}").unwrap();
    });
    assert_eq!(count, 0, "reading, explaining and comparing allocated {count} times");
    assert!(buffer.len > 500);
}
