//! The retry decision and the explanation, on the well-known cases.

use smtp_codes::{Actor, Reply, Retry, RetryReason};

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
        ("501 5.1.7 Bad sender address syntax", DoNotRetry, BadAddress),
        ("550 Requested action not taken: mailbox unavailable", DoNotRetry, BadAddress),
        ("552 5.3.4 Message size exceeds fixed limit", FixFirst, MessageTooBig),
        (
            "550 5.7.26 This message does not pass authentication checks (SPF and DKIM both do not pass).",
            FixFirst,
            SenderAuthentication,
        ),
        ("554 5.7.1 <bob@example.net>: Relay access denied", DoNotRetry, PolicyRejection),
        ("571 5.7.1 Message refused, DMARC verification Failed", DoNotRetry, PolicyRejection),
        ("556 5.1.10 Recipient address has null MX", DoNotRetry, NoMailService),
        ("521 5.3.2 mx.example.com does not accept mail", DoNotRetry, NoMailService),
        ("554 5.6.0 Message contains invalid header", FixFirst, ContentRejected),
        ("554 Transaction failed", DoNotRetry, PermanentFailure),
        // The basic code wins over a disagreeing enhanced code.
        ("550 4.2.2 Mailbox full", DoNotRetry, MailboxFull),
        ("450 5.1.1 User unknown", Later, TemporaryFailure),
    ];
    for (reply, action, reason) in cases {
        assert_eq!(decide(reply), (action, reason), "{reply}");
    }
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
fn explanations_take_the_best_source() {
    // A registered enhanced code that agrees says more than the basic code.
    let reply = Reply::parse("550 5.1.1 <bob@example.net>: User unknown").unwrap();
    let explanation = reply.explain();
    assert_eq!(explanation.summary(), reply.enhanced().unwrap().description());
    assert_eq!(explanation.actor(), Actor::Sender);
    let text = explanation.to_string();
    assert!(
        text.contains("[550 5.1.1]") && text.contains("The server said: \"<bob@example.net>: User unknown\""),
        "{text}"
    );

    // A disagreeing enhanced code is not trusted for the texts.
    let reply = Reply::parse("550 4.2.2 Mailbox full").unwrap();
    assert_eq!(reply.explain().summary(), reply.code().meaning());

    // No enhanced code: the basic code's texts.
    let reply = Reply::parse("503 Bad sequence of commands").unwrap();
    assert_eq!(reply.explain().summary(), reply.code().meaning());
    assert_eq!(reply.explain().remedy(), reply.code().remedies()[0]);

    // A reply with no text has no "server said" part.
    let text = Reply::parse("250").unwrap().explain().to_string();
    assert!(!text.contains("The server said"), "{text}");

    // Success replies keep their own texts: 2.1.0 is about addresses in general.
    let reply = Reply::parse("250 2.1.0 Ok").unwrap();
    assert_eq!(reply.explain().summary(), reply.code().meaning());
    assert_eq!(reply.explain().actor(), Actor::Nobody);
    // A protocol status says less than the reply code.
    let reply = Reply::parse("503 5.5.1 Error: need RCPT command").unwrap();
    assert_eq!(reply.explain().summary(), reply.code().meaning());
    // Advice for the other class is left out: a 5.7.1 is not told to retry like a 4.7.1.
    let reply = Reply::parse("554 5.7.1 <x@example.com>: Relay access denied").unwrap();
    assert!(reply.explain().remedies().all(|remedy| !remedy.contains("4.7.1")), "{}", reply.explain());
    assert!(reply.explain().causes().count() > 0);
    let reply = Reply::parse("451 4.7.1 Greylisted").unwrap();
    assert!(reply.explain().remedies().all(|remedy| !remedy.contains("5.7.1 code")));

    // Microsoft's uses that contradict the registry are read as the unknown recipient they are.
    let reply =
        Reply::parse("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup").unwrap();
    assert_eq!(reply.retry().reason(), RetryReason::BadAddress);
    assert!(!reply.explain().summary().contains("null MX"), "{}", reply.explain());
    let reply = Reply::parse("550 5.4.1 Recipient address rejected: Access denied. AS(201806281)").unwrap();
    assert_eq!(reply.retry().reason(), RetryReason::BadAddress);
    let unknown_user: smtp_codes::EnhancedStatusCode = "5.1.1".parse().unwrap();
    assert_eq!(reply.explain().summary(), unknown_user.description());
    // Words match at their start only: "corporate" is not "rate".
    let reply = Reply::parse("451 4.7.0 Generated by corporate filter").unwrap();
    assert_ne!(reply.retry().reason(), RetryReason::RateLimited);
    // A bare 550 is a bad address only when the text says so.
    assert_eq!(decide("550 Message rejected as spam"), (Retry::DoNotRetry, RetryReason::PolicyRejection));
    assert_eq!(decide("550 Administrative prohibition"), (Retry::DoNotRetry, RetryReason::PolicyRejection));
    assert_eq!(decide("550 No such user here"), (Retry::DoNotRetry, RetryReason::BadAddress));
    // A number that breaks the grammar is never a success.
    let decision = smtp_codes::RetryDecision::for_code(smtp_codes::ReplyCode::from(260), None, "");
    assert_eq!(decision.reason(), RetryReason::InvalidReply);

    // A 252 stays a VRFY that could not verify, whatever 2.1.5 says.
    let reply = Reply::parse("252 2.1.5 Cannot VRFY user, but will accept message").unwrap();
    assert_eq!(reply.explain().summary(), reply.code().meaning());

    // It is an error type.
    fn takes_error(_: &dyn std::error::Error) {}
    takes_error(&Reply::parse("550 5.7.1 No").unwrap().explain());
}
