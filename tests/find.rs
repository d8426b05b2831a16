//! `Reply::find`: replies inside DSN fields, MTA logs and bounce bodies, and text that only looks
//! like it holds one.

mod common;

use smtp_codes::Reply;

#[test]
fn finds_real_replies_and_nothing_else() {
    let cases = common::corpus("find.txt");
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let negatives = cases.iter().filter(|case| case.code.is_none()).count();
    assert!(negatives >= 15, "only {negatives} negative cases");
    let mut failures = Vec::new();
    for case in &cases {
        for ending in ["\n", "\r\n"] {
            let text = case.input(ending, true);
            let found = Reply::find(&text);
            let code = found.map(|reply| reply.code().as_u16());
            let enhanced = found.and_then(|reply| reply.enhanced()).map(|e| e.to_string());
            let text = found.map(|reply| reply.text().to_owned());
            let line_count = found.map(|reply| reply.line_count());
            if code != case.code
                || (case.code.is_some() && enhanced != case.enhanced)
                || case.text.as_ref().is_some_and(|expected| text.as_ref() != Some(expected))
                || case.line_count.is_some_and(|expected| line_count != Some(expected))
            {
                failures.push(format!(
                    "{}\n  expected {:?} {:?} {:?} ({:?} lines), found {:?} {:?} {:?} ({:?} lines) in {:?}",
                    case.comment,
                    case.code,
                    case.enhanced,
                    case.text,
                    case.line_count,
                    code,
                    enhanced,
                    text,
                    line_count,
                    found.map(|r| r.as_str())
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{} of {} cases failed:\n{}", failures.len(), cases.len() * 2, failures.join("\n"));
}

#[test]
fn dsn_and_log_forms() {
    let reply = Reply::find("Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected").unwrap();
    assert_eq!(reply.text(), "<bob@example.net>: Recipient address rejected");
    let reply = Reply::find("smtp;550 5.1.1 User unknown").unwrap();
    assert_eq!((reply.code().as_u16(), reply.text()), (550, "User unknown"));
    // A folded DSN field: the continuation is part of the reply.
    let folded = "Diagnostic-Code: smtp; 550-5.1.1 The email account that you tried to reach does\n    550-5.1.1 not exist.\n    550 5.1.1 https://support.google.com/mail/?p=NoSuchUser - gsmtp\nLast-Attempt-Date: Sun, 22 Nov 2026 10:15:01 +0000";
    let reply = Reply::find(folded).unwrap();
    assert_eq!(reply.line_count(), 3);
    assert_eq!(reply.text(), "https://support.google.com/mail/?p=NoSuchUser - gsmtp");
    // Exchange quotes the reply.
    let reply = Reply::find("Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'").unwrap();
    assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.10");
    assert!(reply.text().ends_with("lookup"), "{}", reply.text());
    // A found reply renders to a clean reply that parses to the same value.
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
}

#[test]
fn enhanced_codes_on_later_lines_count() {
    // Found by the fuzzer: the enhanced code only on the last, indented line.
    let text = "said: 513-first\n\x0c513-second\n\x0c513-2.5.35\n";
    let reply = Reply::find(text).unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("2.5.35"));
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
}

#[test]
fn the_reply_text_stops_where_the_reply_stops() {
    // Postfix wraps bounce bodies onto indented lines after "said:".
    let reply = Reply::find("host mx.example.net[192.0.2.1] said: 550 5.7.606\n    Access denied, banned sending IP (in reply to RCPT TO command)").unwrap();
    assert_eq!(reply.lines().collect::<Vec<_>>(), ["", "Access denied, banned sending IP"]);
    // A cut that empties the last line does not leave an invented line behind.
    let reply = Reply::find("smtp; 550 5.1.1 no such user\n    (in reply to RCPT TO command)").unwrap();
    assert_eq!((reply.line_count(), reply.text()), (1, "no such user"));
    assert_eq!(reply.to_string(), "550 5.1.1 no such user\r\n");
    // qmail's code on a folded last line.
    let reply =
        Reply::find("smtp; 553 sorry, that domain isn't in my list of allowed rcpthosts\n    (#5.7.1)").unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.7.1"));
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
    // A JSON field ends at its closing quote.
    let reply = Reply::find(r#"{"diagnosticCode":"smtp; 550 5.1.1 user unknown","action":"failed"}"#).unwrap();
    assert_eq!(reply.text(), "user unknown");
    // A tab after the code is not a separator.
    assert!(Reply::find("said: 550\t5.1.1 no such user").is_none());
}

#[test]
fn flattened_replies_are_split_into_their_lines() {
    // Postfix joins the lines of a multi-line reply with spaces when it logs it.
    let log = "status=bounced (host gmail-smtp-in.l.google.com[192.0.2.27] said: 550-5.1.1 The email \
               account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the \
               recipient's email address for typos or 550 5.1.1 unnecessary spaces. - gsmtp (in reply to \
               RCPT TO command))";
    let reply = Reply::find(log).unwrap();
    assert_eq!(
        reply.lines().collect::<Vec<_>>(),
        [
            "The email account that you tried to reach does not exist. Please try",
            "double-checking the recipient's email address for typos or",
            "unnecessary spaces. - gsmtp",
        ]
    );
    assert_eq!(reply.text(), "unnecessary spaces. - gsmtp");
    assert_eq!(
        reply.to_string(),
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
         550-5.1.1 double-checking the recipient's email address for typos or\r\n\
         550 5.1.1 unnecessary spaces. - gsmtp\r\n"
    );
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));

    // With an enhanced code, only the code followed by it starts a line: "550 recipients" is text.
    let reply = Reply::find("said: 550-5.5.3 At most 550 recipients 550 5.5.3 per message").unwrap();
    assert_eq!(reply.lines().collect::<Vec<_>>(), ["At most 550 recipients", "per message"]);
    // Without one, the code alone starts a line: Exim's lines, flattened.
    let reply = Reply::find(
        "said: 550-Verification failed for <fred@example.com> 550-Unrouteable address 550 Sender verify failed",
    )
    .unwrap();
    assert_eq!(reply.line_count(), 3);
    // Found by the fuzz target: the enhanced code only on a later line is the reply's, as
    // `Reply::parse` reads it, and the reply renders back to itself.
    let reply = Reply::find("said: 550-a 550-5.1.1 b 550 c").unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"));
    assert_eq!(reply.lines().collect::<Vec<_>>(), ["a", "b", "c"]);
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
    // A one-line reply is not split, whatever its text holds.
    let reply = Reply::find("said: 550 5.1.1 no such user 550 5.1.1 here").unwrap();
    assert_eq!((reply.line_count(), reply.text()), (1, "no such user 550 5.1.1 here"));
}

#[test]
fn a_reply_starts_at_its_first_line_though_a_later_one_says_more() {
    // The second line has the enhanced code, the stronger evidence; the reply still starts at
    // the first.
    for text in [
        "host mx.example.net said: 550-mailbox unavailable\n550 5.1.1 no such user",
        "S: 550-mailbox unavailable\nS: 550 5.1.1 no such user",
        "said: 550-mailbox unavailable\r\n    550-5.1.1 really\r\n    550 5.1.1 no such user",
    ] {
        let reply = Reply::find(text).unwrap();
        assert_eq!(reply.lines().next(), Some("mailbox unavailable"), "{text:?}");
        assert_eq!(reply.text(), "no such user", "{text:?}");
        assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"));
    }
    // A reply on the line before that ended there is another reply.
    let text = "said: 550-first 550 end\nsaid: 550 5.1.1 no such user";
    assert_eq!(Reply::find(text).unwrap().text(), "no such user");
}

#[test]
fn lettre_errors_written_as_text() {
    // What `lettre::transport::smtp::Error`'s `Display` writes, as it lands in an application log.
    let log = "2026-11-22T10:15:01Z ERROR mailer: send failed: permanent error (550): 5.7.25 [203.0.113.1] \
               The IP address sending this message does not have a PTR record setup";
    let reply = Reply::find(log).unwrap();
    assert_eq!(reply.code(), 550);
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.7.25"));
    assert_eq!(reply.text(), "[203.0.113.1] The IP address sending this message does not have a PTR record setup");
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
    let reply = Reply::find("transient error (421)").unwrap();
    assert_eq!((reply.code().as_u16(), reply.text()), (421, ""));
    // Only lettre's words: a number in parentheses is not a reply.
    assert!(Reply::find("retried (450): later").is_none());
    assert!(Reply::find("permanent error (550), giving up").is_none());
}

#[test]
fn an_enhanced_code_may_start_a_folded_line() {
    // Some DSNs fold the field right after the reply code.
    let reply =
        Reply::find("Diagnostic-Code: smtp; 550\n    5.1.1 <bob@example.net>: Recipient address rejected").unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"));
    assert_eq!(reply.lines().collect::<Vec<_>>(), ["", "<bob@example.net>: Recipient address rejected"]);
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
    // Found by the fuzz target: without this, the folded line's code was written after the
    // reply code on rendering, and read back as the reply's enhanced code.
    let reply = Reply::find("said: 431 x\n 2.4.3 y").unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("2.4.3"));
    assert_eq!(Reply::parse(&reply.to_string()), Ok(reply));
    // The first enhanced code wins; a later, different one on a folded line stays in its text.
    let reply = Reply::find("said: 550 5.1.1 x\n    5.7.1 y").unwrap();
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"));
    assert_eq!(reply.text(), "5.7.1 y");
}

#[test]
fn punctuation_before_a_code_is_weak_evidence() {
    // Both carry an agreeing enhanced code; the parenthesis, as Postfix writes "status=sent
    // (250 2.0.0 Ok ...)", tips the balance to the second.
    let reply = Reply::find("queued 250 2.0.0 first, status=sent (250 2.0.0 Ok: queued as 3F2A81C0123)").unwrap();
    assert!(reply.text().starts_with("Ok: queued"), "{}", reply.text());
    // A colon, as Exim writes "RCPT TO:<bob@example.net>: 550 ...", likewise.
    let reply = Reply::find("retry 550 5.1.1 first; RCPT TO:<bob@example.net>: 550 5.1.1 unknown user").unwrap();
    assert_eq!(reply.text(), "unknown user");
}

#[test]
fn look_alikes_are_not_codes() {
    for text in [
        "",
        "Connected to 192.0.2.250 port 587",
        "2026-11-22 10:15:01 +0000",
        "Postfix 3.5.250 ESMTP",
        "queue id 3F2A81C0123 size=250, delay=421, nrcpt=1",
        "GET /status/404 HTTP/1.1",
        "call 555-123-4567",
        "pid [12345] exited with 250",
        "2500 things",
    ] {
        assert!(Reply::find(text).is_none(), "{text:?} gave {:?}", Reply::find(text).map(|r| r.as_str()));
    }
}

#[test]
fn hostile_inputs_finish_quickly() {
    // Digits everywhere, codes everywhere without evidence, megabytes of both.
    let digits = "1234567890 ".repeat(200_000);
    assert!(Reply::find(&digits).is_none());
    let codes = "250- ".repeat(200_000);
    // "250-" alone on every line, with nothing that marks it as a reply, is no reply.
    assert!(Reply::find(&codes).is_none_or(|reply| reply.code() == 250));
    let lines = "x 550-5.1.1 y\n".repeat(100_000);
    assert_eq!(Reply::find(&lines).unwrap().code(), 550);
}

/// Found by the fuzz target: a line whose code is followed by a bare CR. Its text is the whole
/// line, as the lines read it, and `text()` must agree.
#[test]
fn text_agrees_with_lines_after_a_bare_carriage_return() {
    for input in ["222\r\u{0}2\r\u{0}\n @<496", "said: 550 5.1.1\rfoo", "said: 550 5.1.1"] {
        let reply = Reply::find(input).unwrap();
        assert_eq!(reply.text(), reply.lines().last().unwrap_or(""), "{input:?}");
    }
    assert_eq!(Reply::find("222\r\u{0}2\r\u{0}\n @<496").unwrap().text(), "222\r\u{0}2\r\u{0}");
}

/// Found by the fuzz target: a reply after a colon ("550: 5.1.1 ...", one line by its layout)
/// whose line ended in a quoted-printable soft break ("=") took the next line in, and rendered
/// with it did not read back. lettre's and the colon's layouts keep to their one line.
#[test]
fn one_line_layouts_keep_to_their_line() {
    for input in [
        "SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550: 5.1.1 unknown=\n user here",
        "permanent error (550): 5.1.1 unknown=\n user here",
    ] {
        let reply = Reply::find(input).unwrap();
        assert_eq!(reply.lines().count(), 1, "{input:?}");
        assert_eq!(reply.text(), "unknown=", "{input:?}");
        assert_eq!(Reply::parse(&reply.to_string()), Ok(reply), "{input:?}");
    }
}

/// DragonFly's dma writes the server's CRLF line ends as "\r\r\n": the lines read the same as
/// with one carriage return, and the text agrees with the last line.
#[test]
fn doubled_carriage_returns_are_not_text() {
    let once = "did not like our final DATA:\r\n550-5.7.26 Unauthenticated email\r\n550-5.7.26 DMARC policy.\r\n550 5.7.26 - gsmtp\r\n";
    let twice = once.replace(".\r\n", ".\r\r\n").replace("email\r\n", "email\r\r\n");
    let (once, twice) = (Reply::find(once).unwrap(), Reply::find(&twice).unwrap());
    let lines: Vec<&str> = twice.lines().collect();
    assert_eq!(lines, ["Unauthenticated email", "DMARC policy.", "- gsmtp"]);
    assert_eq!(lines, once.lines().collect::<Vec<_>>());
    assert_eq!(twice.text(), twice.lines().last().unwrap());
    assert_eq!(Reply::parse(&twice.to_string()), Ok(twice));
}
