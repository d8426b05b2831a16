//! `smtp_codes::bounce`: the kinds, the formats, and hostile input.
#![cfg(feature = "bounce")]

use smtp_codes::bounce::{Action, Bounce, Kind, Limits};

#[path = "support/hostile.rs"]
mod hostile;

fn dsn(groups: &str) -> String {
    format!(
        "From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: text/plain\r\n\r\nYour message could not be delivered.\r\n\
         --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n{groups}\
         --b--\r\n"
    )
}

#[test]
fn a_dsn_gives_every_recipient_in_order() {
    let email = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\
                     Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: User unknown\r\n\r\n\
                     Final-Recipient: rfc822; carol@example.net\r\nAction: delayed\r\nStatus: 4.2.2\r\n\
                     Diagnostic-Code: smtp; 452 4.2.2 Mailbox full (in reply to RCPT TO command)\r\n\r\n");
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    assert_eq!(bounce.kind(), Kind::Failed);
    let recipients: Vec<_> = bounce.recipients().collect();
    assert_eq!(recipients.len(), 2);
    assert_eq!(recipients[0].address(), "bob@example.net");
    assert_eq!(recipients[1].action(), Some(Action::Delayed));
    assert_eq!(recipients[1].reply().unwrap().code(), 452);
    assert_eq!(recipients[1].command(), Some("RCPT"));
    assert_eq!(bounce.reporting_mta(), Some("mx.example.org"));
}

#[test]
fn a_success_dsn_is_delivered() {
    let email = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: delivered\r\nStatus: 2.0.0\r\n\r\n");
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    assert_eq!(bounce.kind(), Kind::Delivered);
    assert_eq!(bounce.recipients().next().unwrap().action(), Some(Action::Delivered));
}

#[test]
fn line_endings_do_not_matter() {
    let crlf = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n");
    let lf = crlf.replace("\r\n", "\n");
    let cr = crlf.replace("\r\n", "\r");
    for email in [crlf, lf, cr] {
        let bounce = Bounce::parse(email.as_bytes()).unwrap();
        assert_eq!(bounce.recipients().map(|r| r.address().to_owned()).collect::<Vec<_>>(), ["bob@example.net"]);
    }
}

#[test]
fn quoted_printable_and_character_sets_are_decoded() {
    let email = "From: MAILER-DAEMON@mx.example.org\r\nSubject: failure notice\r\n\
                 Content-Type: text/plain; charset=ISO-2022-JP\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n\
                 <bob@example.net>:\r\nRemote host said: 550 5.1.1 <bob@example.net>: Recipient address rejected: Us=\r\ner unknown\r\n";
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    assert_eq!(bob.reply().unwrap().text(), "<bob@example.net>: Recipient address rejected: User unknown");
}

#[test]
fn not_a_bounce_is_no_error() {
    let bounce =
        Bounce::parse(b"From: alice@example.org\r\nTo: bob@example.net\r\nSubject: Lunch?\r\n\r\nNoon?\r\n").unwrap();
    assert_eq!(bounce.kind(), Kind::NotBounce);
    assert_eq!(bounce.recipients().len(), 0);
}

#[test]
fn errors_name_the_bad_input() {
    assert_eq!(
        Bounce::parse(b"hello").unwrap_err().to_string(),
        "the input does not start with a header field, so it is not an email"
    );
    let error = Bounce::parse_with(&[b'a'; 64], &Limits::new().max_size(63)).unwrap_err();
    assert_eq!(error.to_string(), "the email is 64 bytes, more than the limit of 63");
}

/// Deep nesting: refused, whatever the depth (its cost as the depth grows is measured in
/// `benches/bounce.rs`).
#[test]
fn a_deeply_nested_bomb_is_refused() {
    for depth in [40, 10_000, 200_000] {
        let error = Bounce::parse(hostile::nested_multiparts(depth).as_bytes()).unwrap_err();
        let message = error.to_string();
        assert!(message.contains("nest") || message.contains("parts"), "{depth}: {message}");
    }
    // Nested messages without boundaries, too.
    assert!(Bounce::parse(hostile::nested_messages(100_000).as_bytes()).is_err());
}

/// Very many parts: refused before the MIME parser builds them.
#[test]
fn a_bomb_of_parts_is_refused() {
    let error = Bounce::parse(hostile::many_parts(500_000).as_bytes()).unwrap_err();
    assert!(error.to_string().contains("MIME parts"), "{error}");
}

/// A bomb hidden in a returned message in base64 (which RFC 2046 forbids, and which a MIME
/// parser would decode and parse): the returned message is kept whole, its parts never built,
/// so the part limit is not reached and its head is still read.
#[test]
fn a_bomb_inside_an_encoded_returned_message_is_never_built() {
    let email = hostile::encoded_returned_message(300_000);
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    assert_eq!(bounce.original().subject(), Some("bomb"));
    assert_eq!(bounce.recipients().next().unwrap().address(), "bob@example.net");
}

/// Delimiters in the middle of lines, which mail-parser would split at, count as parts against
/// the limit.
#[test]
fn delimiters_in_the_middle_of_lines_count() {
    let error = Bounce::parse(hostile::delimiters_mid_line(2_000_000).as_bytes()).unwrap_err();
    assert!(error.to_string().contains("MIME parts"), "{error}");
}

/// Multiparts whose boundary never comes (mail-parser would search the rest of the email for
/// each, then read it as text: quadratic) are read as text at once.
#[test]
fn multiparts_whose_boundary_never_comes_are_read() {
    assert!(Bounce::parse(hostile::unclosed_multiparts(990, 8 << 20).as_bytes()).is_ok());
}

/// A report of 100,000 recipients: no more of them than the limit.
#[test]
fn a_report_of_a_hundred_thousand_recipients_stops_at_the_limit() {
    let email = hostile::dsn_of_recipients(100_000);
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    assert_eq!(bounce.recipients().len(), 10_000, "the default limit");
    let bounce = Bounce::parse_with(email.as_bytes(), &Limits::new().max_recipients(100_000)).unwrap();
    assert_eq!(bounce.recipients().len(), 100_000);
    assert_eq!(bounce.recipients().next_back().unwrap().address(), "user99999@example.net");
}

#[test]
fn values_cross_threads() {
    fn send_sync<T: Send + Sync>() {}
    send_sync::<Bounce<'static>>();
    send_sync::<smtp_codes::bounce::Error>();
    send_sync::<Limits>();
}

/// A text report that names tens of thousands of addresses, each on its line: read up to the
/// recipient limit.
#[test]
fn a_text_report_of_many_addresses_stops_at_the_limit() {
    let email = hostile::text_report_of_addresses(30_000);
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    assert_eq!(bounce.recipients().len(), 10_000, "the default limit");
    assert_eq!(bounce.recipients().next_back().unwrap().address(), "user9999@example.net");
}

#[test]
fn each_recipient_has_its_reason_hard_or_soft_and_next_step() {
    use smtp_codes::{Reason, Retry};
    let email = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\
                     Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n\r\n\
                     Final-Recipient: rfc822; carol@example.net\r\nAction: failed\r\nStatus: 5.7.1\r\n\
                     Diagnostic-Code: smtp; 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org\r\n\r\n\
                     Final-Recipient: rfc822; dave@example.net\r\nAction: failed\r\nStatus: 5.3.0\r\n\
                     Diagnostic-Code: smtp; 550 5.0.0 <dave@example.net>... Insufficient permission\r\n\r\n\
                     Final-Recipient: rfc822; erin@example.net\r\nAction: delayed\r\nStatus: 4.4.1\r\n\
                     Diagnostic-Code: X-Postfix; connect to mx.example.net[192.0.2.9]:25: Connection timed out\r\n\r\n");
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let recipients: Vec<_> = bounce.recipients().collect();
    // The address is bad: suppress it.
    assert_eq!(recipients[0].reason(), Reason::UserUnknown);
    assert!(recipients[0].is_hard());
    assert_eq!(recipients[0].retry().unwrap().action(), Retry::DoNotRetry);
    // A 5xx, but the sending server is blocklisted: the address is fine.
    assert_eq!(recipients[1].reason(), Reason::Blocked);
    assert!(!recipients[1].is_hard());
    // The reply's 5.0.0 says only its class; the DSN's 5.3.0 (the mail system) says more.
    assert_eq!(recipients[2].reason(), Reason::SystemError);
    assert!(!recipients[2].is_hard());
    // No reply at all: the status and the text decide.
    assert_eq!(recipients[3].reason(), Reason::Expired);
    assert_eq!(recipients[3].retry().unwrap().action(), Retry::Later);
}

#[test]
fn a_google_groups_notice_is_the_sender_refused_in_any_language() {
    // Google Groups answers a post it does not take with a notice in the sender's language and
    // no code; it always links its help page.
    for notice in [
        "Hello alice@example.org,\r\n\r\nWe're writing to let you know that the group you tried to contact \
         (example) may not exist, or you may not have permission to post messages to the group.\r\n\r\n\
         If you have questions, visit the Help Center at https://groups.google.com/support/.\r\n",
        "Hallo alice@example.org,\r\n\r\nSie erhalten diese E-Mail, weil die Gruppe (example) m\u{f6}glicherweise \
         nicht vorhanden ist.\r\n\r\nBesuchen Sie die Hilfe unter https://groups.google.com/support/.\r\n",
    ] {
        let email = format!(
            "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\nTo: alice@example.org\r\n\
             Subject: Delivery Status Notification (Failure)\r\nX-Failed-Recipients: example@googlegroups.com\r\n\
             Content-Type: text/plain; charset=UTF-8\r\n\r\n{notice}\r\n----- Original message -----\r\n\r\n\
             Subject: hi\r\nTo: example@googlegroups.com\r\n"
        );
        let bounce = Bounce::parse(email.as_bytes()).unwrap();
        let group = bounce.recipients().next().unwrap();
        assert_eq!(group.address(), "example@googlegroups.com");
        assert_eq!(group.reason(), smtp_codes::Reason::Rejected, "{notice}");
        assert!(!group.is_hard());
    }
}

#[test]
fn a_reply_cut_to_its_first_line_is_completed_from_the_transcript() {
    // Sendmail's Diagnostic-Code holds the first line of a reply of several; its transcript
    // holds them all, and the cause is on the second.
    let email = "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.jp>\r\n\
        Subject: Returned mail: see transcript for details\r\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
        --b\r\nContent-Type: text/plain\r\n\r\n\
        \x20  ----- Transcript of session follows -----\r\n\
        ... while talking to gmail-smtp-in.l.google.com.:\r\n>>> DATA\r\n\
        <<< 550-5.7.1 This message does not have authentication information or fails to pass\r\n\
        <<< 550-5.7.1 authentication checks. To best protect our users from spam, the\r\n\
        <<< 550 5.7.1 message has been blocked. a1si1 - gsmtp\r\n\
        554 5.0.0 Service unavailable\r\n\
        --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.jp\r\n\r\n\
        Final-Recipient: RFC822; bob@example.com\r\nAction: failed\r\nStatus: 5.7.1\r\n\
        Diagnostic-Code: SMTP; 550-5.7.1 This message does not have authentication information or fails to pass\r\n\r\n\
        --b--\r\n";
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    assert!(bob.diagnostic().unwrap().contains("authentication checks"), "{:?}", bob.diagnostic());
    assert_eq!(bob.reason(), smtp_codes::Reason::AuthFailure);
}

#[test]
fn the_text_tells_why_where_the_dsn_gives_no_diagnostic() {
    let email = "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n\
        Subject: Delivery Status Notification (Failure)\r\n\
        Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
        --b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n** Address not found **\r\n\r\n\
        Your message wasn't delivered to bob@example.it because the address couldn't be found.\r\n\
        --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; googlemail.com\r\n\r\n\
        Final-Recipient: rfc822; bob@example.it\r\nAction: failed\r\nStatus: 5.0.0\r\n\r\n--b--\r\n";
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    assert_eq!(bob.reason(), smtp_codes::Reason::UserUnknown);
    assert!(bob.is_hard());
}

#[test]
fn a_failed_delivery_with_no_codes_is_permanent() {
    // No reply, no status: the action "failed" says the server gave up, so a domain that takes
    // no mail is a hard bounce.
    let email = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\n\
                     Diagnostic-Code: X-Postfix; No mx record found for domain=example.net\r\n\r\n");
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    assert_eq!(bob.status(), None);
    assert_eq!(bob.reason(), smtp_codes::Reason::NotAccept);
    assert!(bob.is_hard());
}

#[test]
fn a_status_comment_is_the_diagnostic_where_there_is_none() {
    let email = dsn("Final-Recipient: rfc822; bob@example.net\r\nAction: delayed\r\n\
                     Status: 4.0.0 (example.net: host name lookup failure)\r\n\r\n");
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    assert_eq!(bob.status().unwrap().to_string(), "4.0.0");
    assert_eq!(bob.diagnostic(), Some("example.net: host name lookup failure"));
    assert_eq!(bob.reason(), smtp_codes::Reason::NetworkError);
    assert!(!bob.is_hard());
}

/// RFC 2046 has a delimiter start its line: an address that holds the boundary after "--" is
/// read whole (mail-parser alone would end the part in mid-line; found by the property test).
#[test]
fn an_address_that_holds_the_boundary_is_read_whole() {
    let group = "Final-Recipient: rfc822; x--b@a--b.example\r\nAction: failed\r\nStatus: 4.1.0\r\n\
                 Diagnostic-Code: smtp; 450 4.1.0 try later --b\r\n\r\n";
    let email = dsn(group);
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let recipients: Vec<_> = bounce.recipients().collect();
    assert_eq!(recipients.len(), 1);
    assert_eq!(recipients[0].address(), "x--b@a--b.example");
    assert_eq!(recipients[0].status().unwrap().to_string(), "4.1.0");
    assert_eq!(recipients[0].reply().unwrap().text(), "try later --b");
}

/// Postfix joins a multi-line reply into one line and folds the field where it likes: the
/// recipient's reply has the lines the remote server sent, not Postfix's folds.
#[test]
fn a_folded_diagnostic_gives_the_server_s_own_lines() {
    let group = "Final-Recipient: rfc822; bob@gmail.example\r\nAction: failed\r\nStatus: 5.1.1\r\n\
                 Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\r\n    \
                 not exist. Please try 550-5.1.1 double-checking the recipient's email\r\n    \
                 address for typos or 550-5.1.1 unnecessary spaces. Learn more at 550 5.1.1\r\n    \
                 https://support.google.com/mail/?p=NoSuchUser x1si2 - gsmtp\r\n\r\n";
    let email = dsn(group);
    let bounce = Bounce::parse(email.as_bytes()).unwrap();
    let bob = bounce.recipients().next().unwrap();
    let reply = bob.reply().unwrap();
    let lines: Vec<&str> = reply.lines().collect();
    assert_eq!(
        lines,
        [
            "The email account that you tried to reach does not exist. Please try",
            "double-checking the recipient's email address for typos or",
            "unnecessary spaces. Learn more at",
            "https://support.google.com/mail/?p=NoSuchUser x1si2 - gsmtp",
        ]
    );
    assert_eq!(reply.text(), "https://support.google.com/mail/?p=NoSuchUser x1si2 - gsmtp");
    assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
    // The diagnostic is the field unfolded: one line, the server's spacing kept.
    let diagnostic = bob.diagnostic().unwrap();
    assert!(!diagnostic.contains('\n'), "{diagnostic}");
    assert!(diagnostic.starts_with("smtp; 550-5.1.1 The email account that you tried to reach does not exist."));
    assert_eq!(bob.reason(), smtp_codes::Reason::UserUnknown);
}

/// A bounce forwarded whole (`message/rfc822`, as a person forwards one to a help desk) is read
/// from its own head, not the forward's; a bounce whose body is the returned message whole keeps
/// its own head.
#[test]
fn a_forwarded_bounce_is_read_by_its_own_head() {
    let exim = "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\r\n\
                Subject: Mail delivery failed: returning message to sender\r\n\r\n\
                This message was created automatically by mail delivery software.\r\n\r\n\
                A message that you sent could not be delivered to one or more of its\r\n\
                recipients. This is a permanent error. The following address(es) failed:\r\n\r\n  \
                bob@example.net\r\n    host mx.example.net [192.0.2.1]\r\n    \
                SMTP error from remote mail server after RCPT TO:<bob@example.net>:\r\n    \
                550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n";
    let forward = format!(
        "From: alice@example.org\r\nTo: help@example.org\r\nSubject: Fwd: what does this mean?\r\n\
         Content-Type: message/rfc822\r\n\r\n{exim}"
    );
    for email in [exim, &forward] {
        let bounce = Bounce::parse(email.as_bytes()).unwrap();
        assert_eq!(bounce.kind(), Kind::Failed, "{email}");
        let bob = bounce.recipients().next().unwrap();
        assert_eq!(bob.address(), "bob@example.net");
        assert_eq!(bob.reply().unwrap().code(), 550);
        assert_eq!(bob.reason(), smtp_codes::Reason::UserUnknown);
    }
    let returned_whole = "From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
                          X-Failed-Recipients: bob@example.net\r\nContent-Type: message/rfc822\r\n\r\n\
                          From: alice@example.org\r\nTo: bob@example.net\r\nSubject: hello\r\n\r\nhi\r\n";
    let bounce = Bounce::parse(returned_whole.as_bytes()).unwrap();
    assert_eq!(bounce.failed_recipients().collect::<Vec<_>>(), ["bob@example.net"]);
    assert_eq!(bounce.kind(), Kind::Failed);
}
