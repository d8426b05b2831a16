//! One small bounce per MTA or provider format, written from the markers that the format's
//! software prints (as Sisimai's `Lhost` modules document them), for the formats that the corpus
//! in `tests/data/bounces/` has few or no emails of. Each says who failed and, where the
//! bounce gives them, the status and the remote server's reply code.
#![cfg(feature = "bounce")]

use smtp_codes::bounce::{Bounce, Kind};

/// What a case expects of each recipient: the address, the status, the reply code.
type Expected = &'static [(&'static str, Option<&'static str>, Option<u16>)];

fn check(name: &str, email: &str, kind: Kind, expected: Expected) {
    let bounce = Bounce::parse(email.as_bytes()).unwrap_or_else(|error| panic!("{name}: {error}"));
    assert_eq!(bounce.kind(), kind, "{name}");
    let found: Vec<(String, Option<String>, Option<u16>)> = bounce
        .recipients()
        .map(|r| {
            (r.address().to_owned(), r.status().map(|s| s.to_string()), r.reply().map(|reply| reply.code().as_u16()))
        })
        .collect();
    let expected: Vec<(String, Option<String>, Option<u16>)> =
        expected.iter().map(|(a, s, c)| ((*a).to_owned(), s.map(str::to_owned), *c)).collect();
    assert_eq!(found, expected, "{name}");
}

#[test]
fn activehunter() {
    check(
        "Activehunter",
        "From: MAILER-DAEMON@mx.example.jp\nSubject: Returned mail: see transcript for details\nX-AHMailID: 000000\n\n\
         This is a MIME-encapsulated message\n\n  ----- The following addresses had permanent fatal errors -----\n\
         >>> kijitora@example.org <kijitora@example.org>\n550 5.1.1 <kijitora@example.org>... User Unknown\n",
        Kind::Failed,
        &[("kijitora@example.org", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn amavis() {
    check(
        "Amavis",
        "From: \"Content-filter at mx.example.org\" <postmaster@mx.example.org>\nSubject: Undeliverable mail, MTA-BLOCKED\n\n\
         The message WAS NOT relayed to:\n<bob@example.net>:\n   554 5.7.0 Reject, id=12345-01 - spam\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.7.0"), Some(554))],
    );
}

#[test]
fn amazon_ses_in_an_sns_envelope() {
    let message = r#"{\"notificationType\":\"Bounce\",\"bounce\":{\"bounceType\":\"Permanent\",\"bouncedRecipients\":[{\"emailAddress\":\"bob@example.net\",\"action\":\"failed\",\"status\":\"5.1.1\",\"diagnosticCode\":\"smtp; 550 5.1.1 user unknown\"}],\"reportingMTA\":\"dsn; a1-2.smtp-out.amazonses.com\"}}"#;
    let email = format!(
        "From: AWS Notifications <no-reply@sns.amazonaws.com>\nSubject: AWS Notification Message\nx-amz-sns-message-id: 1\n\n\
         {{\"Type\":\"Notification\",\"Message\":\"{message}\"}}\n"
    );
    check("AmazonSES", &email, Kind::Failed, &[("bob@example.net", Some("5.1.1"), Some(550))]);
}

#[test]
fn barracuda() {
    check(
        "Barracuda",
        "From: mailer-daemon@spam.example.org\nSubject: Message you sent blocked by our bulk email filter\n\n\
         Your message to: bob@example.net\nwas blocked by our Spam Firewall.\n\n\
         Reporting-MTA: dns; spam.example.org\n\nFinal-Recipient: rfc822; bob@example.net\nAction: failed\nStatus: 5.7.1\n\
         Diagnostic-Code: smtp; 550 5.7.1 Message content rejected, UBE, id=00000-02\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.7.1"), Some(550))],
    );
}

#[test]
fn biglobe() {
    check(
        "Biglobe",
        "From: postmaster@biglobe.ne.jp\nSubject: Returned mail: Delivery failed\n\n\
         This is a MIME-encapsulated message.\n\n   ----- The following addresses had delivery problems -----\nbob@example.net\n\n\
         ----- Non-delivered information -----\nThe number of messages in recipient's mailbox exceeded the local limit.\n",
        Kind::Failed,
        &[("bob@example.net", None, None)],
    );
}

#[test]
fn courier() {
    check(
        "Courier",
        "From: Courier mail server at mx.example.org <@>\nSubject: NOTICE: mail delivery status.\n\n\
         UNDELIVERABLE MAIL\n\nYour message to the following recipients cannot be delivered:\n\n<bob@example.net>:\n\
         \u{20}   mx.example.net [192.0.2.1]:\n>>> RCPT TO:<bob@example.net>\n<<< 550 5.1.1 <bob@example.net>... User Unknown\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn domino() {
    check(
        "Domino",
        "From: Postmaster@example.org\nSubject: DELIVERY FAILURE: User bob (bob@example.net) not listed in Domino Directory\n\n\
         Your message\n\n  Subject: hi\n\nwas not delivered to:\n\n  bob@example.net\n\nbecause:\n\n\
         \u{20} User bob (bob@example.net) not listed in Domino Directory\n",
        Kind::Failed,
        &[("bob@example.net", None, None)],
    );
}

#[test]
fn ezweb() {
    check(
        "EZweb",
        "From: Postmaster@ezweb.ne.jp\nSubject: Mail System Error - Returned Mail\nMessage-ID: <1@mx.ezweb.ne.jp>\n\n\
         Each of the following recipients was rejected by a remote mail server.\n\n\
         \u{20}   Recipient: <bob@ezweb.ne.jp>\n    >>> RCPT TO:<bob@ezweb.ne.jp>\n    <<< 550 <bob@ezweb.ne.jp>: User unknown\n",
        Kind::Failed,
        &[("bob@ezweb.ne.jp", None, Some(550))],
    );
}

#[test]
fn gmx() {
    check(
        "GMX",
        "From: \"Mail Delivery System\" <mailer-daemon@gmx.net>\nSubject: Mail delivery failed: returning message to sender\nX-GMX-Antispam: 0\n\n\
         This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of\n\
         its recipients. This is a permanent error. The following address(es)\nfailed:\n\n\"bob@example.net\":\n\
         SMTP error from remote server after RCPT command:\nhost: mx.example.net\n5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\n\
         --- The header of the original message is following. ---\n\nMessage-ID: <1@example.org>\nSubject: hi\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), None)],
    );
}

#[test]
fn exchange_2003() {
    check(
        "Exchange2003",
        "From: System Administrator <postmaster@example.org>\nSubject: Undeliverable: hi\nX-MS-Embedded-Report: \n\n\
         Your message\n\n  To:      bob@example.net\n  Subject: hi\n  Sent:    Thu, 29 Apr 2010 23:34:45 +0900\n\n\
         did not reach the following recipient(s):\n\nbob@example.net on Thu, 29 Apr 2010 23:34:45 +0900\n\
         \u{20}   The e-mail account does not exist at the organization this message was sent to.\n    <mx.example.org #5.1.1>\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), None)],
    );
}

#[test]
fn gmail_without_a_dsn() {
    check(
        "Gmail",
        "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\nSubject: Delivery Status Notification (Failure)\n\n\
         Delivery to the following recipient failed permanently:\n\n     bob@example.net\n\n\
         Technical details of permanent failure:\nGoogle tried to deliver your message, but it was rejected by the server for the recipient domain example.net by mx.example.net. [192.0.2.1].\n\n\
         The error that the other server returned was:\n550 5.1.1 <bob@example.net>... User Unknown\n\n----- Original message -----\n\nSubject: hi\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn imail_server() {
    check(
        "IMailServer",
        "From: postmaster@example.org\nSubject: Undeliverable Mail \nX-Mailer: <SMTP32 v8.22>\n\n\
         Unknown user: bob@example.net\n\nOriginal message follows.\n\nSubject: hi\n",
        Kind::Failed,
        &[("bob@example.net", None, None)],
    );
}

#[test]
fn mailfoundry() {
    check(
        "MailFoundry",
        "From: MAILER-DAEMON@example.org\nSubject: Message delivery has failed\nReceived: from localhost (MAILFOUNDRY) id 1234\n\n\
         Unable to deliver message to: <bob@example.net>\nDelivery failed for the following reason:\n\
         Server mx.example.net[192.0.2.1] failed with: 550 <bob@example.net> No such user here\n",
        Kind::Failed,
        &[("bob@example.net", None, Some(550))],
    );
}

#[test]
fn mailmarshal() {
    check(
        "MailMarshalSMTP",
        "From: postmaster@example.org\nSubject: Undeliverable Mail: \"hi\"\n\n\
         Your message:\n   From:    alice@example.org\n   Subject: hi\n\nCould not be delivered because of\n\n550 5.1.1 User unknown\n\n\
         The following recipients were affected: \n    bob@example.net\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn mcafee() {
    check(
        "McAfee",
        "From: postmaster@example.org\nSubject: Delivery Status\nX-NAI-Header: Modified by McAfee Email and Web Security Virtual Appliance\n\n\
         --- The following addresses had delivery problems ---\n\n<bob@example.net>   (User unknown bob@example.net)\n",
        Kind::Failed,
        &[("bob@example.net", None, None)],
    );
}

#[test]
fn messaging_server() {
    check(
        "MessagingServer",
        "From: Internet Mail Delivery <postmaster@example.org>\nSubject: Delivery Notification: Delivery has failed\n\
         Content-Type: text/plain\n\n\
         This report relates to a message you sent with the following header fields:\n\n  Message-id: <1@example.org>\n  Subject: hi\n\n\
         Your message cannot be delivered to the following recipients:\n\n  Recipient address: bob@example.net\n\
         \u{20} Reason: Remote SMTP server has rejected address\n  Diagnostic code: smtp;550 5.1.1 <bob@example.net>... User Unknown\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn notes() {
    check(
        "Notes",
        "From: Postmaster@example.org\nSubject: Undeliverable message\n\n\
         ------- Failure Reasons  --------\n\nUser not listed in public Name & Address Book\nbob@example.net\n\n\
         ------- Returned Message --------\nSubject: hi\n",
        Kind::Failed,
        &[("bob@example.net", None, None)],
    );
}

#[test]
fn surfcontrol() {
    check(
        "SurfControl",
        "From: postmaster@example.org\nSubject: Undeliverable: hi\nX-SEF-Processed: 5_0_0_910__2010_04_29_23_34_45\nX-Mailer: SurfControl E-mail Filter\n\n\
         Your message could not be sent.\nA transcript of the attempts to send the message follows.\nThe number of attempts made: 1\n\
         Addressed To: bob@example.net\n\nThu 29 Apr 2010 23:34:45 +0900\nFailed to send to identified host,\n\
         bob@example.net: [192.0.2.1], 550 bob@example.net... No such user\n",
        Kind::Failed,
        &[("bob@example.net", None, Some(550))],
    );
}

#[test]
fn x3() {
    check(
        "X3",
        "From: Mail Delivery System <MAILER-DAEMON@example.org>\nSubject: Delivery status notification: error\n\n\
         \u{20}     This is an automatically generated Delivery Status Notification.\n\n\
         Delivery to the following recipients failed permanently:\n\n   * bob@example.net\n\n\
         SMTP:RCPT host mx.example.net: 553 5.3.0 <bob@example.net>... No such user\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.3.0"), Some(553))],
    );
}

#[test]
fn postfix_delayed() {
    check(
        "Postfix (delayed)",
        "From: MAILER-DAEMON@mx.example.org (Mail Delivery System)\nSubject: Delayed Mail (still being retried)\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\n\n--b\n\n\
         This is the mail system at host mx.example.org.\n\n####################################################################\n\
         # THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #\n####################################################################\n\n\
         <bob@example.net>: host mx.example.net[192.0.2.1] said: 452 4.2.2 Mailbox full (in reply to RCPT TO command)\n\
         --b\nContent-Type: message/delivery-status\n\nReporting-MTA: dns; mx.example.org\n\n\
         Final-Recipient: rfc822; bob@example.net\nAction: delayed\nStatus: 4.2.2\n\
         Diagnostic-Code: smtp; 452 4.2.2 Mailbox full\n--b--\n",
        Kind::Delayed,
        &[("bob@example.net", Some("4.2.2"), Some(452))],
    );
}

#[test]
fn exim_with_two_recipients() {
    check(
        "Exim",
        "From: Mail Delivery System <Mailer-Daemon@mx.example.org>\nSubject: Mail delivery failed: returning message to sender\n\
         Message-Id: <E1aBcDe-000AbC-Zz@mx.example.org>\nX-Failed-Recipients: bob@example.net, carol@example.com\n\n\
         This message was created automatically by mail delivery software.\n\n\
         A message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n\
         \u{20} bob@example.net\n    host mx.example.net [192.0.2.1]\n    SMTP error from remote mail server after RCPT TO:<bob@example.net>:\n\
         \u{20}   550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\n\
         \u{20} carol@example.com\n    host mx.example.com [192.0.2.2]\n    SMTP error from remote mail server after end of data:\n\
         \u{20}   552 5.2.2 Mailbox full\n\n------ This is a copy of the message, including all the headers. ------\n\nTo: bob@example.net, carol@example.com\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550)), ("carol@example.com", Some("5.2.2"), Some(552))],
    );
}

#[test]
fn qmail_with_two_recipients() {
    check(
        "qmail",
        "From: MAILER-DAEMON@mx.example.org\nSubject: failure notice\n\n\
         Hi. This is the qmail-send program at mx.example.org.\nI'm afraid I wasn't able to deliver your message to the following addresses.\n\
         This is a permanent error; I've given up. Sorry it didn't work out.\n\n<bob@example.net>:\n192.0.2.1 does not like recipient.\n\
         Remote host said: 550 5.1.1 <bob@example.net>... User unknown\nGiving up on 192.0.2.1.\n\n<carol@example.com>:\n\
         Sorry, I couldn't find any host named example.com. (#5.1.2)\n\n--- Below this line is a copy of the message.\n\nTo: bob@example.net\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550)), ("carol@example.com", Some("5.1.2"), None)],
    );
}

#[test]
fn sendmail_without_a_dsn() {
    check(
        "Sendmail (text)",
        "From: Mail Delivery Subsystem <MAILER-DAEMON@mx.example.org>\nSubject: Returned mail: see transcript for details\n\n\
         The original message was received at Thu, 29 Apr 2010 23:34:45 +0900\nfrom localhost [127.0.0.1]\n\n\
         \u{20}  ----- The following addresses had permanent fatal errors -----\n<bob@example.net>\n    (reason: 550 5.1.1 <bob@example.net>... User Unknown)\n\n\
         \u{20}  ----- Transcript of session follows -----\n... while talking to mx.example.net.:\n>>> RCPT To:<bob@example.net>\n\
         <<< 550 5.1.1 <bob@example.net>... User Unknown\n550 5.1.1 <bob@example.net>... User unknown\n\n   ----- Original message follows -----\n\nSubject: hi\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn exchange_in_html_only() {
    check(
        "Exchange (HTML)",
        "From: postmaster@example.org\nSubject: Undeliverable: hi\nContent-Language: en-US\nContent-Type: text/html; charset=us-ascii\n\n\
         <html><body><p><b>Delivery has failed to these recipients or groups:</b></p>\n<p><a href=\"mailto:bob@example.net\">bob@example.net</a><br>\n\
         The e-mail address you entered couldn't be found.</p>\n<p>Diagnostic information for administrators:</p>\n<p>Generating server: mx.example.org</p>\n\
         <p>bob@example.net<br>\nRemote Server returned '550 5.1.1 RESOLVER.ADR.RecipNotFound; not found'<br>\n</p></body></html>\n",
        Kind::Failed,
        &[("bob@example.net", Some("5.1.1"), Some(550))],
    );
}

#[test]
fn a_dsn_in_base64_and_a_report_in_iso_2022_jp() {
    check(
        "RFC 3464 (encoded)",
        "From: MAILER-DAEMON@mx.example.jp\nSubject: =?ISO-2022-JP?B?GyRCJWEhPCVrJE5KVkFXGyhC?=\n\
         Content-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: text/plain; charset=ISO-2022-JP\n\n\
         \u{1b}$B%a!<%k$rAw?.$G$-$^$;$s$G$7$?\u{1b}(B\n<bob@example.jp>\n--b\nContent-Type: message/delivery-status\nContent-Transfer-Encoding: base64\n\n\
         UmVwb3J0aW5nLU1UQTogZG5zOyBteC5leGFtcGxlLmpwCgpGaW5hbC1SZWNpcGllbnQ6IHJmYzgy\nMjsgYm9iQGV4YW1wbGUuanAKQWN0aW9uOiBmYWlsZWQKU3RhdHVzOiA1LjEuMQpEaWFnbm9zdGlj\nLUNvZGU6IHNtdHA7IDU1MCA1LjEuMSBVc2VyIHVua25vd24K\n--b--\n",
        Kind::Failed,
        &[("bob@example.jp", Some("5.1.1"), Some(550))],
    );
}
