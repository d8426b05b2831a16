//! lettre's failures that carry no SMTP reply, as a user meets them: a refused connection, a TLS
//! handshake that fails, and an answer that is not SMTP. Each runs against a server made up in
//! the test (a closed port, a fake SMTP server on loopback), so nothing outside is needed.
#![cfg(feature = "lettre")]

use std::io::{BufRead, BufReader, Write};
use std::net::TcpListener;
use std::thread;
use std::time::Duration;

use lettre::transport::smtp::client::{Tls, TlsParameters};
use lettre::{Message, SmtpTransport, Transport};
use smtp_codes::{Locale, Retry, RetryReason, SmtpErrorExt};

const TIMEOUT: Duration = Duration::from_secs(10);

fn message() -> Message {
    Message::builder()
        .from("Alice <alice@example.org>".parse().unwrap())
        .to("Bob <bob@example.net>".parse().unwrap())
        .subject("smtp-codes lettre_failures test")
        .body(String::from("Hello.\r\n"))
        .unwrap()
}

/// A fake SMTP server on a free loopback port: it greets with `greeting`, answers each command
/// line with what `answer` gives (None: close the connection), for one connection.
fn fake_server(greeting: &'static str, answer: fn(&str) -> Option<&'static str>) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        let mut writer = stream.try_clone().unwrap();
        writer.write_all(greeting.as_bytes()).unwrap();
        let mut reader = BufReader::new(stream);
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|read| read > 0) {
            match answer(line.trim_end()) {
                Some(reply) => {
                    if writer.write_all(reply.as_bytes()).is_err() {
                        return;
                    }
                }
                None => return,
            }
            line.clear();
        }
    });
    port
}

#[test]
fn a_refused_connection_is_a_connection_failure() {
    // A port that was free a moment ago: nothing listens there.
    let port = TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let mailer = SmtpTransport::builder_dangerous("127.0.0.1").port(port).timeout(Some(TIMEOUT)).build();
    let error = mailer.send(&message()).expect_err("nothing listens on the port");
    assert!(error.reply().is_none(), "{error}");
    let failure = error.explain();
    assert_eq!(failure.retry(), smtp_codes::RetryDecision::new(Retry::Later, RetryReason::ConnectionFailed));
    let text = failure.to_string();
    assert!(text.contains("Check the server's name and port and the network"), "{text}");
    assert!(!text.contains("encrypted"), "{text}");
    assert!(!failure.localize(Locale::En).to_string().is_empty());
}

/// A fake SMTP server that offers STARTTLS and then presents `tests/data/tls/self-signed.crt`, a
/// certificate no client trusts, for one connection.
fn untrusted_tls_server() -> u16 {
    use rustls::pki_types::pem::PemObject;
    use rustls::pki_types::{CertificateDer, PrivateKeyDer};

    let certificate = CertificateDer::from_pem_slice(include_bytes!("data/tls/self-signed.crt")).unwrap();
    let key = PrivateKeyDer::from_pem_slice(include_bytes!("data/tls/self-signed.key")).unwrap();
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let config = rustls::ServerConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .unwrap()
        .with_no_client_auth()
        .with_single_cert(vec![certificate], key)
        .unwrap();
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        stream.set_read_timeout(Some(TIMEOUT)).unwrap();
        stream.write_all(b"220 fake.example ESMTP\r\n").unwrap();
        let mut reader = BufReader::new(stream.try_clone().unwrap());
        let mut line = String::new();
        while reader.read_line(&mut line).is_ok_and(|read| read > 0) {
            let command = line.split(' ').next().unwrap_or("").trim_end().to_ascii_uppercase();
            line.clear();
            match command.as_str() {
                "EHLO" => stream.write_all(b"250-fake.example\r\n250 STARTTLS\r\n").unwrap(),
                "STARTTLS" => {
                    stream.write_all(b"220 2.0.0 Ready to start TLS\r\n").unwrap();
                    let mut connection = rustls::ServerConnection::new(std::sync::Arc::new(config)).unwrap();
                    // The handshake fails when the client refuses the certificate.
                    while connection.is_handshaking() {
                        if connection.complete_io(&mut stream).is_err() {
                            return;
                        }
                    }
                    return;
                }
                _ => return,
            }
        }
    });
    port
}

#[test]
fn a_certificate_the_client_refuses_is_a_tls_failure() {
    let port = untrusted_tls_server();
    let tls = TlsParameters::new("localhost".to_owned()).unwrap();
    let mailer =
        SmtpTransport::builder_dangerous("127.0.0.1").port(port).tls(Tls::Required(tls)).timeout(Some(TIMEOUT)).build();
    let error = mailer.send(&message()).expect_err("the client must refuse the certificate");
    eprintln!("lettre: {error}");
    assert!(error.reply().is_none(), "{error}");
    let failure = error.explain();
    assert_eq!(failure.retry().reason(), RetryReason::TlsFailed, "{error}");
    assert_eq!(failure.retry().action(), Retry::FixFirst, "{error}");
    let text = failure.to_string();
    assert!(text.contains("Check the TLS settings"), "{text}");
    assert!(!text.contains("requires an encrypted connection"), "{text}");
}

#[test]
fn an_answer_that_is_not_smtp_is_an_invalid_reply() {
    let port = fake_server("599 not a mail server\r\n", |_| None);
    let mailer = SmtpTransport::builder_dangerous("127.0.0.1").port(port).timeout(Some(TIMEOUT)).build();
    let error = mailer.send(&message()).expect_err("599 is no greeting");
    let failure = error.explain();
    assert_eq!(failure.retry().reason(), RetryReason::InvalidReply, "{error}");
    let text = failure.to_string();
    assert!(!text.contains("malformed command"), "{text}");
}
