//! Real SMTP conversations with a real Postfix: every reply the server sends must be parsed,
//! classified and explained correctly.
//!
//! The tests talk to the server named by `SMTP_TEST_SERVER` (`host:port`), which must be the
//! loopback-only Postfix that `.ci/postfix.sh` installs and configures (host name
//! `mail.example.test`, HELO required, VRFY allowed, no relaying for 127.0.0.1):
//!
//! ```sh
//! eval "$(.ci/postfix.sh start)" && cargo test --test real_server
//! .ci/postfix.sh stop
//! ```
//!
//! Without `SMTP_TEST_SERVER` each test says so on standard error and passes without running,
//! except under CI (the `CI` variable is set), where it fails: CI must always run these tests.
//!
//! Each test opens its own connection. Connections are plain TCP with timeouts of a few seconds;
//! reads stop as soon as one complete reply is in the buffer, which never grows past 64 KiB.

use std::io::{ErrorKind, Read, Write};
use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::Duration;

use smtp_codes::{Class, ParseErrorKind, Reply, ReplyCode, Retry, RetryReason};

/// The host name `.ci/postfix.sh` gives the server.
const HOSTNAME: &str = "mail.example.test";
/// How long to wait for the connection, each read and each write.
const TIMEOUT: Duration = Duration::from_secs(5);
/// The most a reply may take up in the read buffer.
const MAX_BUFFER: usize = 64 * 1024;

/// The server to talk to, or `None` (after saying so) when the tests should not run.
fn server() -> Option<String> {
    match std::env::var("SMTP_TEST_SERVER") {
        Ok(server) if !server.trim().is_empty() => Some(server.trim().to_owned()),
        _ => {
            let ci = std::env::var_os("CI").is_some_and(|value| !value.is_empty());
            assert!(
                !ci,
                "real_server: CI is set but SMTP_TEST_SERVER is not; CI must run these tests: \
                 eval \"$(.ci/postfix.sh start)\" before cargo test"
            );
            eprintln!("real_server: SMTP_TEST_SERVER is not set; this test did not run");
            None
        }
    }
}

/// The address of `host:port`.
fn resolve(server: &str) -> SocketAddr {
    server
        .to_socket_addrs()
        .unwrap_or_else(|e| panic!("SMTP_TEST_SERVER={server}: {e}"))
        .next()
        .unwrap_or_else(|| panic!("SMTP_TEST_SERVER={server}: no address"))
}

/// One SMTP connection, read one reply at a time.
struct Session {
    stream: TcpStream,
    buffer: Vec<u8>,
}

impl Session {
    /// Connects and returns the session with the server's greeting.
    fn connect(server: &str) -> (Session, String) {
        let address = resolve(server);
        let stream = TcpStream::connect_timeout(&address, TIMEOUT).unwrap_or_else(|e| panic!("connect {server}: {e}"));
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.set_write_timeout(Some(TIMEOUT)).unwrap();
        let mut session = Session { stream, buffer: Vec::new() };
        let greeting = session.read_reply();
        (session, greeting)
    }

    /// Sends one command line and returns the server's reply to it.
    fn command(&mut self, line: &str) -> String {
        assert!(
            self.buffer.is_empty(),
            "before {line:?}: the server sent more than was asked for: {:?}",
            String::from_utf8_lossy(&self.buffer)
        );
        self.stream.write_all(format!("{line}\r\n").as_bytes()).unwrap_or_else(|e| panic!("sending {line:?}: {e}"));
        self.read_reply()
    }

    /// Reads until the buffer holds one complete reply, and takes it out of the buffer.
    ///
    /// `Reply::parse_next` says `Incomplete` until the reply's last line has its line feed.
    fn read_reply(&mut self) -> String {
        let mut chunk = [0u8; 4096];
        loop {
            if let Some(end) = self.buffer.iter().rposition(|&b| b == b'\n') {
                let whole = std::str::from_utf8(&self.buffer[..=end])
                    .unwrap_or_else(|e| panic!("the server sent non-UTF-8: {e}: {:?}", self.buffer));
                match Reply::parse_next(whole) {
                    Ok((_, rest)) => {
                        let used = whole.len() - rest.len();
                        let text = whole[..used].to_owned();
                        self.buffer.drain(..used);
                        return text;
                    }
                    Err(error) if matches!(error.kind(), ParseErrorKind::Incomplete | ParseErrorKind::Empty) => {}
                    Err(error) => panic!("the server's reply does not parse: {error}: {whole:?}"),
                }
            }
            assert!(
                self.buffer.len() < MAX_BUFFER,
                "no complete reply in {} bytes: {:?}",
                self.buffer.len(),
                String::from_utf8_lossy(&self.buffer)
            );
            let want = chunk.len().min(MAX_BUFFER - self.buffer.len());
            let read = match self.stream.read(&mut chunk[..want]) {
                Ok(read) => read,
                Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                Err(e) => panic!("reading a reply: {e}; so far: {:?}", String::from_utf8_lossy(&self.buffer)),
            };
            assert!(
                read > 0,
                "the server closed the connection in the middle of a reply: {:?}",
                String::from_utf8_lossy(&self.buffer)
            );
            self.buffer.extend_from_slice(&chunk[..read]);
        }
    }

    /// EHLO, checked to succeed.
    fn ehlo(&mut self) {
        let text = self.command("EHLO client.example.test");
        assert_eq!(check(&text).code(), 250, "{text:?}");
    }

    /// QUIT, checked, and the server's close of the connection.
    fn quit(mut self) {
        let text = self.command("QUIT");
        let reply = check(&text);
        assert_eq!(reply.code(), ReplyCode::ServiceClosing);
        assert_eq!(reply.enhanced().unwrap().to_string(), "2.0.0");
        assert_eq!(reply.text(), "Bye");
        let mut rest = Vec::new();
        match self.stream.read_to_end(&mut rest) {
            Ok(_) => assert!(rest.is_empty(), "after QUIT: {:?}", String::from_utf8_lossy(&rest)),
            Err(e) => panic!("after QUIT the server should close the connection: {e}"),
        }
    }
}

/// Parses a reply the server sent, prints it with its explanation, and checks what must hold for
/// every reply: the classes of its codes agree, the explanation names the code, and the reply
/// written back parses to an equal one.
fn check(text: &str) -> Reply<'_> {
    let reply = Reply::parse(text).unwrap_or_else(|e| panic!("{e}: {text:?}"));
    let explanation = reply.explain();
    eprintln!("S: {}", text.trim_end().replace("\r\n", "\n   "));
    eprintln!("   -> {explanation}");
    eprintln!("   -> retry: {}", reply.retry());

    assert!(reply.code().is_valid(), "{text:?}");
    assert!(reply.code().is_listed(), "{text:?}");
    assert_eq!(reply.code().as_u16().to_string(), text[..3], "{text:?}");
    assert!(reply.classes_agree(), "{text:?}");
    let explained = explanation.to_string();
    assert!(explained.contains(&reply.code().as_u16().to_string()), "{explained}");
    match reply.enhanced() {
        Some(enhanced) => {
            assert!(enhanced.is_listed(), "{text:?}");
            assert!(explained.contains(&format!("[{} {enhanced}]", reply.code())), "{explained}");
            // Success and protocol statuses (2.0.0, 2.1.0, 5.5.1) say less than the reply code,
            // so the explanation reads the code's texts for them; specific failures (5.1.1,
            // 5.7.1) say more and are used.
            let success_status =
                reply.code() == 250 && enhanced.intended_classes() == [smtp_codes::StatusClass::Success];
            let code_says_more = reply.is_positive() && !success_status;
            let expected = if code_says_more || enhanced.subject_number() == 5 || enhanced.detail() == 0 {
                reply.code().meaning()
            } else {
                enhanced.meaning()
            };
            // Or the reason's, where the text names a cause the codes do not ("Relay access
            // denied" under 5.7.1).
            let reason = explanation.reason().meaning();
            assert!(explanation.summary() == expected || explanation.summary() == reason, "{text:?}");
        }
        None => {
            assert!(explained.contains(&format!("[{}]", reply.code())), "{explained}");
            let reason = explanation.reason().meaning();
            let summary = explanation.summary();
            assert!(summary == reply.code().meaning() || summary == reason, "{text:?}");
        }
    }
    assert!(!explanation.summary().is_empty() && !explanation.remedy().is_empty(), "{text:?}");
    assert!(explained.ends_with(&format!("The server said: \"{}\"", explanation.reply().lines())), "{explained}");
    let written = reply.to_string();
    assert_eq!(Reply::parse(&written), Ok(reply), "{text:?} was written back as {written:?}");
    assert_eq!(reply.explain().retry(), reply.retry());
    if reply.is_positive() {
        assert_eq!(reply.retry().action(), Retry::NoNeed, "{text:?}");
    }
    reply
}

/// Checks the code, the enhanced code and the last line's text of a reply.
fn expect<'a>(text: &'a str, code: u16, enhanced: Option<&str>, last: &str) -> Reply<'a> {
    let reply = check(text);
    assert_eq!(reply.code(), code, "{text:?}");
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), enhanced, "{text:?}");
    assert_eq!(reply.text(), last, "{text:?}");
    reply
}

#[test]
fn greeting_is_a_positive_220() {
    let Some(server) = server() else { return };
    let (session, greeting) = Session::connect(&server);
    let reply = expect(&greeting, 220, None, &format!("{HOSTNAME} ESMTP"));
    assert_eq!(reply.code(), ReplyCode::ServiceReady);
    assert_eq!(reply.class(), Class::PositiveCompletion);
    assert!(reply.is_positive());
    assert_eq!(reply.line_count(), 1);
    assert_eq!(reply.retry().reason(), RetryReason::Success);
    session.quit();
}

#[test]
fn ehlo_lists_the_capabilities_line_by_line() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    let text = session.command("EHLO client.example.test");
    let reply = check(&text);
    assert_eq!(reply.code(), ReplyCode::Ok);
    assert_eq!(reply.enhanced(), None);
    assert!(reply.line_count() >= 5, "{text:?}");
    assert_eq!(reply.line_count(), text.matches("\r\n").count());
    let lines: Vec<&str> = reply.lines().collect();
    assert_eq!(lines[0], HOSTNAME);
    for capability in ["PIPELINING", "VRFY", "ENHANCEDSTATUSCODES", "8BITMIME"] {
        assert!(lines.contains(&capability), "no {capability} in {lines:?}");
    }
    let size = lines.iter().find_map(|line| line.strip_prefix("SIZE ")).expect("SIZE");
    assert!(size.parse::<u64>().is_ok(), "SIZE {size}");
    // Each line of the wire text is "250-" or "250 " and the capability.
    for (line, wire) in lines.iter().zip(text.split("\r\n")) {
        assert_eq!(&wire[4..], *line);
    }
    assert_eq!(reply.text(), *lines.last().unwrap());
    session.quit();
}

#[test]
fn data_before_rcpt_is_a_bad_sequence() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();

    // No transaction at all.
    let text = session.command("DATA");
    let reply = expect(&text, 503, Some("5.5.1"), "Error: need RCPT command");
    assert_eq!(reply.code(), ReplyCode::BadSequence);
    assert_eq!(reply.class(), Class::PermanentNegative);
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    assert_eq!(reply.retry().reason(), RetryReason::ProtocolError);

    // A sender but no recipient: Postfix answers 554, not 503.
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    expect(&text, 250, Some("2.1.0"), "Ok");
    let text = session.command("DATA");
    let reply = expect(&text, 554, Some("5.5.1"), "Error: no valid recipients");
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    assert_eq!(reply.retry().reason(), RetryReason::ProtocolError);
    assert!(ReplyCode::from(502).causes().any(|cause| cause.contains("502 5.5.2 Error: command not recognized")));
    session.quit();
}

#[test]
fn mail_before_ehlo_is_a_bad_sequence() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    let reply = expect(&text, 503, Some("5.5.1"), "Error: send HELO/EHLO first");
    assert_eq!(reply.code(), ReplyCode::BadSequence);
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    assert_eq!(reply.retry().reason(), RetryReason::ProtocolError);
    // After EHLO the same command succeeds.
    session.ehlo();
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    expect(&text, 250, Some("2.1.0"), "Ok");
    session.quit();
}

#[test]
fn malformed_sender_address_is_a_syntax_error() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    for command in ["MAIL FROM:<bad address@>", "MAIL FROM:<bad@>"] {
        let text = session.command(command);
        let reply = expect(&text, 501, Some("5.1.7"), "Bad sender address syntax");
        assert_eq!(reply.code(), ReplyCode::SyntaxErrorInParameters);
        assert_eq!(reply.enhanced().unwrap().name(), "Bad sender's mailbox address syntax");
        // The sender's own address is what must change before sending again.
        assert_eq!(reply.reason(), smtp_codes::Reason::Rejected);
        assert_eq!(reply.retry().action(), Retry::FixFirst);
        assert_eq!(reply.retry().reason(), RetryReason::SenderRejected);
    }
    session.quit();
}

#[test]
fn unknown_local_user_is_rejected_at_rcpt() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    expect(&text, 250, Some("2.1.0"), "Ok");
    let text = session.command(&format!("RCPT TO:<nosuchuser@{HOSTNAME}>"));
    let said = format!("<nosuchuser@{HOSTNAME}>: Recipient address rejected: User unknown in local recipient table");
    let reply = expect(&text, 550, Some("5.1.1"), &said);
    assert_eq!(reply.code(), ReplyCode::MailboxPermanentlyUnavailable);
    let enhanced = reply.enhanced().unwrap();
    assert!(enhanced.is_typical_for(reply.code()));
    let explanation = reply.explain();
    assert_eq!(explanation.summary(), enhanced.meaning());
    assert_eq!(explanation.remedy(), enhanced.remedies().next().unwrap());
    let explained = explanation.to_string();
    assert!(explained.starts_with(enhanced.meaning()), "{explained}");
    assert!(explained.contains("[550 5.1.1]"), "{explained}");
    assert!(explained.ends_with(&format!("The server said: \"{said}\"")), "{explained}");
    assert_eq!(reply.retry().action(), Retry::DoNotRetry);
    assert_eq!(reply.retry().reason(), RetryReason::BadAddress);
    session.quit();
}

#[test]
fn vrfy_answers_252_for_a_user_and_550_for_no_user() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    for user in ["root", "postmaster"] {
        let text = session.command(&format!("VRFY {user}"));
        let reply = expect(&text, 252, Some("2.0.0"), user);
        assert_eq!(reply.code(), ReplyCode::CannotVerifyUser);
        assert_eq!(reply.class(), Class::PositiveCompletion);
        assert_eq!(reply.retry().action(), Retry::NoNeed);
    }
    let text = session.command("VRFY nosuchuser");
    let reply = expect(
        &text,
        550,
        Some("5.1.1"),
        "<nosuchuser>: Recipient address rejected: User unknown in local recipient table",
    );
    assert_eq!(reply.retry().action(), Retry::DoNotRetry);
    session.quit();
}

#[test]
fn unknown_command_is_not_recognized() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    // Postfix answers 500 (syntax error, command unrecognized) since 3.7; the 502 row covers the
    // 502 of older versions.
    let text = session.command("FOO");
    let reply = expect(&text, 500, Some("5.5.2"), "Error: command not recognized");
    assert_eq!(reply.code(), ReplyCode::SyntaxError);
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    assert_eq!(reply.retry().reason(), RetryReason::ProtocolError);
    session.quit();
}

#[test]
fn auth_without_sasl_is_a_bad_sequence_the_table_covers() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    // The test server has no SASL: Postfix refuses AUTH as a command out of place.
    let text = session.command("AUTH PLAIN AGFsaWNlAHNlY3JldA==");
    let reply = expect(&text, 503, Some("5.5.1"), "Error: authentication not enabled");
    assert_eq!(reply.code(), ReplyCode::BadSequence);
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    // The 503 row knows this reply, word for word, and what to do about it.
    assert!(reply.code().causes().any(|cause| cause.contains("503 5.5.1 Error: authentication not enabled")));
    assert!(reply.code().remedies().any(|remedy| remedy.contains("AUTH")));
    session.quit();
}

#[test]
fn relaying_to_an_outside_domain_is_denied() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    expect(&text, 250, Some("2.1.0"), "Ok");
    let text = session.command("RCPT TO:<x@example.com>");
    let reply = expect(&text, 554, Some("5.7.1"), "<x@example.com>: Relay access denied");
    assert_eq!(reply.code(), ReplyCode::TransactionFailed);
    assert!(reply.is_permanent());
    // Postfix's words say more than 5.7.1: relaying was refused, and logging in is the remedy.
    assert_eq!(reply.reason(), smtp_codes::Reason::NoRelaying);
    assert_eq!(reply.retry().action(), Retry::FixFirst);
    assert_eq!(reply.retry().reason(), RetryReason::RelayDenied);
    assert_eq!(reply.explain().summary(), smtp_codes::Reason::NoRelaying.meaning());
    assert!(reply.explain().remedy().contains("Log in"), "{}", reply.explain());
    session.quit();
}

#[test]
fn rset_noop_and_quit_succeed() {
    let Some(server) = server() else { return };
    let (mut session, _) = Session::connect(&server);
    session.ehlo();
    let text = session.command(&format!("MAIL FROM:<sender@{HOSTNAME}>"));
    expect(&text, 250, Some("2.1.0"), "Ok");
    for command in ["RSET", "NOOP"] {
        let text = session.command(command);
        let reply = expect(&text, 250, Some("2.0.0"), "Ok");
        assert_eq!(reply.code(), ReplyCode::Ok);
        assert_eq!(reply.retry().action(), Retry::NoNeed);
        assert_eq!(reply.retry().reason(), RetryReason::Success);
    }
    // RSET ended the transaction: DATA is out of sequence again.
    let text = session.command("DATA");
    expect(&text, 503, Some("5.5.1"), "Error: need RCPT command");
    session.quit();
}

#[cfg(feature = "lettre")]
#[test]
fn lettre_refused_send_names_the_unknown_user() {
    use lettre::{Message, SmtpTransport, Transport};

    let Some(server) = server() else { return };
    let address = resolve(&server);
    let mailer =
        SmtpTransport::builder_dangerous(address.ip().to_string()).port(address.port()).timeout(Some(TIMEOUT)).build();
    let message = Message::builder()
        .from(format!("Sender <sender@{HOSTNAME}>").parse().unwrap())
        .to(format!("Nobody <nosuchuser@{HOSTNAME}>").parse().unwrap())
        .subject("smtp-codes real_server test")
        .body(String::from("This message must be refused.\r\n"))
        .unwrap();
    let error = mailer.send(&message).expect_err("the server must refuse the unknown user");
    assert!(error.is_permanent(), "{error:?}");
    assert_eq!(error.status().map(|code| code.to_string()).as_deref(), Some("550"), "{error:?}");

    // lettre says "permanent error (550): 5.1.1 <nosuchuser@mail.example.test>: Recipient address
    // rejected: ..."; the lettre feature turns that back into the server's reply.
    use smtp_codes::SmtpErrorExt;
    let said = error.to_string();
    eprintln!("lettre: {said}");
    let owned = error.reply().unwrap_or_else(|| panic!("no reply in lettre's error {said:?}"));
    let reply = owned.reply();
    assert_eq!(reply.code(), 550, "{said:?}");
    assert!(reply.text().contains("User unknown"), "{said:?}");
    assert_eq!(error.retry().action(), Retry::DoNotRetry);
    assert!(error.explain().to_string().contains("[550 5.1.1]"), "{}", error.explain());
    assert_eq!(reply.enhanced().map(|e| e.to_string()).as_deref(), Some("5.1.1"), "{said:?}");
    assert!(reply.classes_agree());
    assert_eq!(reply.retry().action(), Retry::DoNotRetry);
    let explained = reply.explain().to_string();
    assert!(explained.contains("550 5.1.1"), "{explained}");
    assert_eq!(reply.explain().summary(), reply.enhanced().unwrap().meaning());
}
