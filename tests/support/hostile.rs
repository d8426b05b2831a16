//! Hostile emails of a chosen size, for the bounce reader's tests (which check what it makes of
//! them) and `benches/bounce.rs` (which measures how its time grows with the size).

#![allow(dead_code)]

/// `depth` multiparts, each inside the last.
pub fn nested_multiparts(depth: usize) -> String {
    let mut email = String::from("From: a@example.org\r\n");
    for level in 0..depth {
        email.push_str(&format!("Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n--b{level}\r\n"));
    }
    email.push_str("\r\nx\r\n");
    email
}

/// `depth` returned messages, each inside the last, with no boundary at all.
pub fn nested_messages(depth: usize) -> String {
    "Content-Type: message/rfc822\r\n\r\n".repeat(depth)
}

/// One multipart of `parts` parts.
pub fn many_parts(parts: usize) -> String {
    let mut email = String::from("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
    email.push_str(&"--b\r\nContent-Type: text/plain\r\n\r\nx\r\n".repeat(parts));
    email.push_str("--b--\r\n");
    email
}

/// A bounce whose returned message, in base64 (which RFC 2046 forbids), is a multipart of
/// `parts` parts.
pub fn encoded_returned_message(parts: usize) -> String {
    let inner = format!(
        "Subject: bomb\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n{}--b--\r\n",
        "--b\r\n\r\nx\r\n".repeat(parts)
    );
    let mut email = String::from(
        "From: MAILER-DAEMON@mx.example.org\r\nContent-Type: multipart/report; boundary=r\r\n\r\n\
         --r\r\nContent-Type: text/plain\r\n\r\n<bob@example.net>: 550 5.1.1 User unknown\r\n\
         --r\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: base64\r\n\r\n",
    );
    email.push_str(&base64(inner.as_bytes()));
    email.push_str("\r\n--r--\r\n");
    email
}

/// One multipart whose body repeats its delimiter mid-line `count` times.
pub fn delimiters_mid_line(count: usize) -> String {
    let mut email = String::from("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n");
    email.push_str(&"x--b".repeat(count));
    email
}

/// `count` multiparts whose boundary never comes, then `tail` bytes of text.
pub fn unclosed_multiparts(count: usize, tail: usize) -> String {
    let mut email = String::from("From: a@example.org\r\nContent-Type: multipart/mixed; boundary=o\r\n\r\n");
    for _ in 0..count {
        email.push_str("--o\r\nContent-Type: multipart/mixed; boundary=zz\r\n\r\nx\r\n");
    }
    email.push_str("--o--\r\n");
    email.push_str(&"y".repeat(tail));
    email
}

/// An RFC 3464 report of `count` recipients.
pub fn dsn_of_recipients(count: usize) -> String {
    let groups: String = (0..count)
        .map(|i| format!("Final-Recipient: rfc822; user{i}@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\r\n"))
        .collect();
    format!(
        "From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n{groups}\
         --b--\r\n"
    )
}

/// A text report naming `count` addresses, one a line.
pub fn text_report_of_addresses(count: usize) -> String {
    let mut email = String::from(
        "From: MAILER-DAEMON@mx.example.org\r\nSubject: Undelivered Mail Returned to Sender\r\n\r\nThe following addresses failed:\r\n\r\n",
    );
    for i in 0..count {
        email.push_str(&format!("<user{i}@example.net>: host mx.example.net said: 550 5.1.1 unknown\r\n"));
    }
    email
}

/// Base64 in lines of 76.
fn base64(bytes: &[u8]) -> String {
    const SYMBOLS: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for (index, chunk) in bytes.chunks(3).enumerate() {
        if index > 0 && index % 19 == 0 {
            out.push_str("\r\n");
        }
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(SYMBOLS[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}
