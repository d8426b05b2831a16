//! `RetryDecision`, `Retry` and `RetryReason` on the well-known cases.

use smtp_codes::{Reply, ReplyCode, Retry, RetryDecision, RetryReason};

fn decide(reply: &str) -> (Retry, RetryReason) {
    let decision = Reply::parse(reply).unwrap_or_else(|e| panic!("{reply}: {e}")).retry();
    (decision.action(), decision.reason())
}

#[test]
fn well_known_cases() {
    use Retry::*;
    use RetryReason::*;
    let cases = [
        ("250 2.0.0 Ok: queued as 3F2A81C0123", NoNeed, Success),
        ("354 End data with <CR><LF>.<CR><LF>", Continue, Intermediate),
        ("334 VXNlcm5hbWU6", Continue, Intermediate),
        ("450 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted", Later, Greylisted),
        ("451 4.7.1 Please try again later", Later, Greylisted),
        (
            "450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
            Later,
            Greylisted,
        ),
        (
            "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints",
            Later,
            RateLimited,
        ),
        (
            "451 4.7.500 Server busy. Please try again later from [192.0.2.1]. (S77719) [BN1NAM02FT011.eop-nam02.prod.protection.outlook.com]",
            Later,
            RateLimited,
        ),
        ("421 mx.example.com Service not available, closing transmission channel", Later, ServiceUnavailable),
        ("452 4.2.2 The email account that you tried to reach is over quota.", Later, MailboxFull),
        ("452 4.5.3 Too many recipients", Later, TooManyRecipients),
        ("552 5.5.3 Too many recipients", Later, TooManyRecipients),
        ("451 4.3.0 Temporary lookup failure", Later, TemporaryFailure),
        ("552 5.2.2 <bob@example.net>: Mailbox full", DoNotRetry, MailboxFull),
        ("535 5.7.8 Username and Password not accepted", FixFirst, AuthenticationFailed),
        ("530 5.7.0 Authentication required", FixFirst, AuthenticationRequired),
        ("530 5.7.0 Must issue a STARTTLS command first", FixFirst, EncryptionRequired),
        ("432 4.7.12 A password transition is needed", FixFirst, PasswordTransition),
        ("503 5.5.1 Error: need RCPT command", FixFirst, ProtocolError),
        ("501 5.5.4 Syntax: MAIL FROM:<address>", FixFirst, ProtocolError),
        ("500 5.5.2 Error: command not recognized", FixFirst, ProtocolError),
        ("550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown", DoNotRetry, BadAddress),
        ("501 5.1.7 Bad sender address syntax", FixFirst, SenderRejected),
        ("550 Requested action not taken: mailbox unavailable", DoNotRetry, BadAddress),
        ("552 5.3.4 Message size exceeds fixed limit", FixFirst, MessageTooBig),
        (
            "550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).",
            FixFirst,
            SenderAuthentication,
        ),
        ("554 5.7.1 <bob@example.net>: Relay access denied", FixFirst, RelayDenied),
        ("571 5.7.1 Message refused, DMARC verification Failed", FixFirst, SenderAuthentication),
        ("550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org", FixFirst, Blocked),
        ("550 5.7.606 Access denied, banned sending IP [192.0.2.1]", FixFirst, Blocked),
        ("554 5.7.9 Message not accepted for policy reasons", FixFirst, PolicyRejection),
        ("450 4.7.25 Client host rejected: cannot find your hostname, [192.0.2.1]", Later, SenderAuthentication),
        ("556 5.1.10 Recipient address has null MX", DoNotRetry, NoMailService),
        ("521 5.3.2 mx.example.com does not accept mail", DoNotRetry, NoMailService),
        ("554 5.6.0 Message contains invalid header", FixFirst, ContentRejected),
        ("554 Transaction failed", DoNotRetry, PermanentFailure),
        // The basic code wins over a disagreeing enhanced code.
        ("550 4.2.2 Mailbox full", DoNotRetry, MailboxFull),
        ("450 5.1.1 User unknown", Later, TemporaryFailure),
    ];
    let wrong: Vec<String> = cases
        .iter()
        .filter(|(reply, action, reason)| decide(reply) != (*action, *reason))
        .map(|(reply, action, reason)| format!("{reply}: {:?}, expected {:?}", decide(reply), (action, reason)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:#?}");
}

#[test]
fn delays_follow_the_reason() {
    use std::time::Duration;
    let greylisted = Reply::parse("451 4.7.1 Greylisted").unwrap().retry();
    assert_eq!(greylisted.suggested_delay(), Some(Duration::from_secs(300)));
    let full = Reply::parse("452 4.2.2 Mailbox full").unwrap().retry();
    assert_eq!(full.suggested_delay(), Some(Duration::from_secs(1800)));
    assert!(full.should_retry());
    let gone = Reply::parse("550 5.1.1 User unknown").unwrap().retry();
    assert_eq!(gone.suggested_delay(), None);
    assert!(!gone.should_retry());
}

#[test]
fn decisions_order_from_the_least_to_the_most_final() {
    let actions: Vec<Retry> = Retry::ALL.to_vec();
    assert_eq!(actions, [Retry::NoNeed, Retry::Continue, Retry::Later, Retry::FixFirst, Retry::DoNotRetry]);
    let decisions = ["250 Ok", "451 4.7.1 Greylisted", "535 5.7.8 Bad credentials", "550 5.1.1 User unknown"]
        .map(|reply| Reply::parse(reply).unwrap().retry());
    assert!(decisions.windows(2).all(|pair| pair[0] < pair[1]), "{decisions:?}");
    assert_eq!(decisions.iter().max().map(RetryDecision::action), Some(Retry::DoNotRetry));
}

#[test]
fn labels_are_short_and_the_meanings_say_more() {
    for reason in RetryReason::ALL {
        assert!(reason.label().len() <= 30, "{reason:?}: the label {:?} is not short", reason.label());
        assert!(reason.meaning().len() > reason.label().len(), "{reason:?}");
    }
    let decision = RetryDecision::new(Retry::Later, RetryReason::MailboxFull);
    assert_eq!(decision.to_string(), "retry later, because the recipient's mailbox is full");
}

#[test]
fn a_code_outside_the_grammar_is_never_a_success() {
    for number in [0u16, 100, 199, 260, 600, 650, 999] {
        let decision = RetryDecision::for_code(ReplyCode::from(number), None, "");
        assert_eq!((decision.action(), decision.reason()), (Retry::DoNotRetry, RetryReason::InvalidReply), "{number}");
    }
}

/// A log line or a DSN that gives only an enhanced status and some text (Postfix's `dsn=4.7.0`
/// for TLS required but not offered, `dsn=4.4.1` for a timeout) still gets a decision, from the
/// status's class, with no reply code made up for it.
#[test]
fn a_status_alone_decides() {
    use Retry::*;
    use RetryReason::*;
    use smtp_codes::EnhancedStatusCode;
    let cases = [
        ("4.7.0", "TLS is required, but was not offered by host mx.example.net[192.0.2.10]", Later, EncryptionRequired),
        ("4.4.1", "connect to mx.example.net[192.0.2.10]:25: Connection timed out", Later, TemporaryFailure),
        ("4.7.1", "Greylisted, see http://postgrey.schweikert.ch/help/example.net.html", Later, Greylisted),
        ("4.2.2", "", Later, MailboxFull),
        ("5.1.1", "", DoNotRetry, BadAddress),
        ("5.7.1", "Client host [192.0.2.1] blocked using zen.spamhaus.org", FixFirst, Blocked),
        ("5.7.26", "", FixFirst, SenderAuthentication),
        ("2.0.0", "delivered to mailbox", NoNeed, Success),
    ];
    for (status, text, action, reason) in cases {
        let status: EnhancedStatusCode = status.parse().unwrap();
        let decision = RetryDecision::for_status(status, text);
        assert_eq!((decision.action(), decision.reason()), (action, reason), "{status} {text}");
    }
}
