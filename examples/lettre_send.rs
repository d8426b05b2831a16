//! Sends a message with lettre and, when the server refuses it, prints what the refusal means.
//!
//! ```text
//! cargo run --example lettre_send --features lettre -- SERVER[:PORT] FROM TO
//! cargo run --example lettre_send --features lettre -- 127.0.0.1:2525 alice@mail.example.test nosuchuser@mail.example.test
//! ```
//!
//! The connection is plain SMTP without TLS, for test servers on loopback. Exits with status 0
//! when the message was sent, 1 when it was refused, 2 on bad arguments.

use std::process::ExitCode;

use lettre::{Message, SmtpTransport, Transport};
use smtp_codes::{Retry, SmtpErrorExt};

const USAGE: &str = "usage: lettre_send SERVER[:PORT] FROM TO";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [server, from, to] = args.as_slice() else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    let (host, port) = match server.rsplit_once(':') {
        Some((host, port)) => match port.parse::<u16>() {
            Ok(port) => (host, port),
            Err(_) => {
                eprintln!("error: {port:?} is not a port\n{USAGE}");
                return ExitCode::from(2);
            }
        },
        None => (server.as_str(), 25),
    };
    let (Ok(from), Ok(to)) = (from.parse(), to.parse()) else {
        eprintln!("error: FROM and TO must be mail addresses\n{USAGE}");
        return ExitCode::from(2);
    };
    let message = match Message::builder()
        .from(from)
        .to(to)
        .subject("smtp-codes lettre_send example")
        .body(String::from("A test message from the smtp-codes lettre_send example.\r\n"))
    {
        Ok(message) => message,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let mailer = SmtpTransport::builder_dangerous(host).port(port).build();
    match mailer.send(&message) {
        Ok(response) => {
            println!("Sent: {} {}", response.code(), response.message().collect::<Vec<_>>().join(" "));
            ExitCode::SUCCESS
        }
        Err(error) => {
            let failure = error.explain();
            println!("Not sent. {failure}");
            let advice = match failure.retry().action() {
                Retry::Later => "Keep the message and send it again later.",
                Retry::FixFirst => "Fix what the message above names, then send again.",
                _ => "Do not send it again unchanged.",
            };
            println!("{advice} ({})", failure.retry());
            ExitCode::FAILURE
        }
    }
}
