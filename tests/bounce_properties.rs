//! Properties of the bounce reader over generated input: it never panics on any bytes, and a DSN
//! built from random parts is read back to those parts, whatever its line endings, the case of
//! its field names, the order of its fields and the way it writes the recipient.
#![cfg(feature = "bounce")]

use proptest::prelude::*;
use smtp_codes::bounce::{Action, Bounce, Kind};

/// An address of the shapes real DSNs carry.
fn address() -> impl Strategy<Value = String> {
    ("[a-z][a-z0-9._+-]{0,15}", "[a-z][a-z0-9-]{0,10}\\.(example|test|org|net)").prop_map(|(l, d)| format!("{l}@{d}"))
}

/// A remote reply with an enhanced code of the failure classes.
fn remote_reply() -> impl Strategy<Value = (u16, String, String)> {
    (prop_oneof![Just(450u16), Just(452), Just(550), Just(552), Just(554)], 1u16..8, 0u16..30, "[A-Za-z ]{0,40}")
        .prop_map(|(code, subject, detail, text)| {
            let class = code / 100;
            (code, format!("{class}.{subject}.{detail}"), text.trim().to_owned())
        })
}

/// The ways real DSNs write a recipient field's value.
const RECIPIENT_SHAPES: usize = 6;

/// The value of a recipient field in one of its shapes (`ending` is the line ending, for a fold).
fn recipient_value(recipient: &str, shape: usize, ending: &str) -> String {
    match shape % RECIPIENT_SHAPES {
        0 => format!("rfc822; {recipient}"),
        1 => format!("rfc822;<{recipient}>"),
        2 => format!("RFC822; \"Some One\" <{recipient}>"),
        3 => format!("rfc822; {recipient} (Some One)"),
        4 => format!("rfc822;{ending}\t{recipient}"),
        _ => format!("rfc822; {recipient}."),
    }
}

/// A whole RFC 3464 report for one recipient.
fn dsn(
    recipient: &str,
    (code, status, text): &(u16, String, String),
    upper: bool,
    crlf: bool,
    reorder: bool,
    shape: usize,
) -> Vec<u8> {
    let field = |name: &str| if upper { name.to_ascii_uppercase() } else { name.to_owned() };
    let ending = if crlf { "\r\n" } else { "\n" };
    let mut fields = vec![
        format!("{}: {}", field("Final-Recipient"), recipient_value(recipient, shape, ending)),
        format!("{}: failed", field("Action")),
        format!("{}: {status}", field("Status")),
        format!("{}: smtp; {code} {status} {text}", field("Diagnostic-Code")),
    ];
    if reorder {
        fields.reverse();
    }
    let lines = [
        "From: Mail Delivery System <MAILER-DAEMON@mx.example.org>".to_owned(),
        "Subject: Undelivered Mail Returned to Sender".to_owned(),
        "Content-Type: multipart/report; report-type=delivery-status; boundary=\"b0\"".to_owned(),
        String::new(),
        "--b0".to_owned(),
        "Content-Type: text/plain".to_owned(),
        String::new(),
        "Your message could not be delivered.".to_owned(),
        "--b0".to_owned(),
        "Content-Type: message/delivery-status".to_owned(),
        String::new(),
        "Reporting-MTA: dns; mx.example.org".to_owned(),
        String::new(),
    ]
    .into_iter()
    .chain(fields)
    .chain([String::new(), "--b0--".to_owned(), String::new()]);
    lines.collect::<Vec<_>>().join(ending).into_bytes()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_bytes_are_read_or_refused_without_a_panic(bytes in prop::collection::vec(any::<u8>(), 0..2000)) {
        if let Ok(bounce) = Bounce::parse(&bytes) {
            for recipient in bounce.recipients() {
                prop_assert!(!recipient.address().is_empty());
                prop_assert!(!recipient.is_hard() || recipient.reason().is_hard_bounce_when(true));
                if let Some(reply) = recipient.reply() {
                    prop_assert_eq!(recipient.retry(), Some(reply.retry()));
                }
            }
            let _ = bounce.original().message_id();
        }
    }

    #[test]
    fn text_shaped_like_a_bounce_never_panics(text in "(--b0\r\n|Content-Type: multipart/[a-z]+; boundary=b0\r\n|Final-Recipient: rfc822; [a-z@.]{0,20}\r\n|Status: [0-9.]{0,6}\r\n|Diagnostic-Code: smtp; [0-9]{3} [ -~]{0,20}\r\n|\r\n|[ -~]{0,30}\r\n){0,40}") {
        if let Ok(bounce) = Bounce::parse(text.as_bytes()) {
            for recipient in bounce.recipients() {
                prop_assert!(!recipient.address().is_empty());
                prop_assert!(!recipient.is_hard() || recipient.reason().is_hard_bounce_when(true));
                if let Some(reply) = recipient.reply() {
                    prop_assert_eq!(recipient.retry(), Some(reply.retry()));
                }
            }
        }
    }

    #[test]
    fn a_dsn_reads_back_its_parts(
        recipient in address(),
        reply in remote_reply(),
        upper in any::<bool>(),
        crlf in any::<bool>(),
        reorder in any::<bool>(),
        shape in 0..RECIPIENT_SHAPES,
    ) {
        let email = dsn(&recipient, &reply, upper, crlf, reorder, shape);
        let bounce = Bounce::parse(&email).unwrap();
        prop_assert_eq!(bounce.kind(), Kind::Failed);
        prop_assert_eq!(bounce.recipients().len(), 1);
        let read = bounce.recipients().next().unwrap();
        prop_assert_eq!(read.address(), recipient.as_str());
        prop_assert_eq!(read.action(), Some(Action::Failed));
        let said = read.reply().unwrap();
        prop_assert_eq!(said.code().as_u16(), reply.0);
        prop_assert_eq!(read.status().unwrap().to_string(), reply.1.clone());
        // The retry decision is the remote reply's, and never "no need" for a failure.
        prop_assert_eq!(read.retry(), Some(said.retry()));
        prop_assert_ne!(read.reason(), smtp_codes::Reason::Delivered);
        // Hard or soft weighs the reason with the remote reply's class.
        prop_assert_eq!(read.is_hard(), read.reason().is_hard_bounce_when(reply.0 >= 500));
    }
}
