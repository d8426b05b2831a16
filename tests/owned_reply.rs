//! `OwnedReply`: a reply that owns its text.

use smtp_codes::{OwnedReply, Reply};

#[test]
fn an_owned_reply_is_the_reply_it_was_made_from() {
    let wire =
        "550-5.1.1 The email account that you tried to reach does not exist.\r\n550 5.1.1 Please check. - gsmtp\r\n";
    let owned = {
        let buffer = String::from(wire);
        Reply::parse(&buffer).unwrap().to_owned_reply()
    };
    let reply = owned.reply();
    assert_eq!(reply, Reply::parse(wire).unwrap());
    assert_eq!(owned.code(), 550);
    assert_eq!(owned.enhanced().unwrap().to_string(), "5.1.1");
    assert_eq!(owned.as_str(), wire);
    assert_eq!(owned.to_string(), wire);
    assert_eq!(format!("{owned:?}"), format!("OwnedReply({wire:?})"));
}

#[test]
fn found_replies_are_owned_in_their_wire_form() {
    let found = Reply::find(
        "status=bounced (host x[192.0.2.1] said: 550 5.1.1 <a@b>: User unknown (in reply to RCPT TO command))",
    )
    .unwrap();
    let owned = found.to_owned_reply();
    assert_eq!(owned.reply(), found);
    assert_eq!(owned.as_str(), found.to_string());
}

#[test]
fn text_that_is_not_utf8_is_read_lossily() {
    let owned = OwnedReply::parse_lossy(b"550 5.1.1 Benutzer unbekannt: M\xfcller\r\n").unwrap();
    assert_eq!(owned.reply().text(), "Benutzer unbekannt: M\u{FFFD}ller");
    assert!(OwnedReply::parse_lossy(b"2500 x").is_err());
}
