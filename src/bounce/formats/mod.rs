//! The MTAs' and providers' own bounce formats, as one table: each row detects its format by
//! the email's head (From, Subject, Message-ID, X-Mailer and other fields that the software
//! writes) and says where its report starts and where the returned message starts; the few
//! formats whose reports the general text reader cannot follow have a reader of their own.
//!
//! The table covers every MTA and provider that Sisimai reads (its `Sisimai::Lhost` modules);
//! the detection fields and marker sentences are taken from Sisimai 4.25 and v5, used here as
//! data (Sisimai is BSD 2-Clause, copyright (C) 2014 azumakuniyuki; the code is this crate's
//! own). Detect by what the software writes, never by a domain or an address of a test email.
//!
//! A format is used the same way whatever reader reads the email: where the email carries an
//! RFC 3464 DSN, its fields come first and the format's text only completes them (`fill`);
//! otherwise the format's reader, or the general text reader between its markers, reads it.

mod amazon;
mod fml;
mod postfix;
mod sendmail;
mod zoho;

use crate::bounce::head::{Head, Name};
use crate::bounce::report::Report;
use crate::bounce::scan;
use crate::bounce::text::{Context, Markers};

/// One format: its name, how to recognise it, its markers, and how to read it.
pub(crate) struct Format {
    /// The software that writes it (Sisimai's module name where there is one).
    #[allow(dead_code)]
    pub(crate) name: &'static str,
    /// True when the email is in this format.
    pub(crate) detect: fn(&Head<'_>) -> bool,
    /// Where its report and the returned message start.
    pub(crate) markers: Markers,
    /// Reads an email of this format that has no DSN; `None`: the general text reader, between
    /// the markers. False when it finds no recipient after all.
    pub(crate) read: Option<fn(&Context<'_, '_>, &mut Report) -> bool>,
    /// Completes the recipients that a DSN gave, from the format's text; `None`: the general
    /// completion (each recipient's block of the text).
    pub(crate) fill: Option<fn(&Context<'_, '_>, &mut Report, usize)>,
}

/// A row with only a detector and markers.
const fn row(name: &'static str, detect: fn(&Head<'_>) -> bool, markers: Markers) -> Format {
    Format { name, detect, markers, read: None, fill: None }
}

const fn starts(starts: &'static [&'static str]) -> Markers {
    Markers { starts, originals: &[] }
}

const fn markers(starts: &'static [&'static str], originals: &'static [&'static str]) -> Markers {
    Markers { starts, originals }
}

const NONE: Markers = Markers { starts: &[], originals: &[] };

/// How many of the tests hold.
fn count(tests: &[bool]) -> usize {
    tests.iter().filter(|&&test| test).count()
}

/// The address of the From field ends with `suffix` (lowercase), without case and brackets.
fn from_ends(head: &Head<'_>, suffix: &str) -> bool {
    scan::ends_with_ci(head.value(Name::From).trim().trim_end_matches('>'), suffix)
}

/// Every format, tried in order: the ones a field of their own identifies first, the ones known
/// by their subject and sender last (Exim's, Postfix's and Sendmail's subjects are copied by
/// others).
pub(crate) const FORMATS: &[Format] = &[
    Format {
        name: "AmazonSES (JSON notification)",
        detect: |head| head.has(Name::XAmzSnsMessageId),
        markers: NONE,
        read: Some(amazon::read),
        fill: None,
    },
    Format {
        name: "Microsoft JMRP (complaint)",
        detect: |head| head.subject_starts("complaint about message from"),
        markers: NONE,
        read: Some(crate::bounce::feedback::read_complaint),
        fill: None,
    },
    row(
        "AmazonWorkMail",
        |head| head.has(Name::XSesOutgoing) && head.holds(Name::XMailer, "amazon workmail"),
        starts(&["technical report:"]),
    ),
    row(
        "AmazonSES",
        |head| head.has(Name::XSesOutgoing) || head.has(Name::XAwsOutgoing),
        starts(&[
            "the following message to <",
            "an error occurred while trying to deliver the mail ",
            "this message could not be delivered.",
        ]),
    ),
    row(
        "Activehunter",
        |head| head.has(Name::XAhMailId),
        starts(&["----- the following addresses had permanent fatal errors -----"]),
    ),
    row(
        "Amavis",
        |head| scan::starts_with_ci(head.value(Name::From), "\"content-filter at "),
        starts(&["the message "]),
    ),
    row("Aol", |head| head.has(Name::XAolIp), NONE),
    row(
        "ApacheJames",
        |head| {
            head.subject.trim() == "[BOUNCE]"
                || head.holds(Name::MessageId, ".javamail.")
                || head.sent_by_mail_system() && head.received_holds("JAMES SMTP Server")
        },
        NONE,
    ),
    row("Barracuda", |head| head.subject_holds("our bulk email filter"), starts(&["your message to:"])),
    row("Bigfoot", |head| head.holds(Name::From, "@bigfoot.com>"), starts(&["----- transcript of session follows"])),
    row(
        "Biglobe",
        |head| {
            head.subject_starts("returned mail:")
                && ["@biglobe.ne.jp", "@inacatv.ne.jp", "@tmtv.ne.jp", "@ttv.ne.jp"].iter().any(|d| from_ends(head, d))
        },
        starts(&["----- the following addresses had delivery problems -----"]),
    ),
    row(
        "Courier",
        |head| {
            head.holds(Name::From, "courier mail server at ")
                || head.subject_holds("notice: mail delivery status.")
                || head.subject_holds("warning: delayed mail.")
                || scan::starts_with_ci(head.value(Name::MessageId).trim(), "<courier.")
        },
        NONE,
    ),
    row(
        "Domino",
        |head| head.subject_starts("delivery failure:") || head.subject_starts("delivery_failure:"),
        starts(&["your message"]),
    ),
    row(
        "DragonFly",
        |head| head.sent_by_mail_system() && head.received_holds("(DragonFly Mail Agent"),
        markers(&["this is the dragonfly mail agent"], &["message headers follow."]),
    ),
    row(
        "EZweb",
        |head| {
            // Two signs; a Received field counts only with another.
            let signs = count(&[
                head.holds(Name::From, "postmaster@ezweb.ne.jp"),
                head.holds(Name::From, "postmaster@au.com"),
                head.subject.trim() == "Mail System Error - Returned Mail",
                scan::ends_with_ci(head.value(Name::MessageId).trim(), ".ezweb.ne.jp>"),
                scan::ends_with_ci(head.value(Name::MessageId).trim(), ".au.com>"),
            ]);
            signs >= 2
                || signs == 1
                    && (head.received_holds("ezweb.ne.jp (EZweb Mail) with") || head.received_holds(".au.com ("))
        },
        markers(&[], &["--------------------------------------------------"]),
    ),
    row(
        "EinsUndEins",
        |head| {
            scan::starts_with_ci(head.value(Name::From), "\"mail delivery system\"")
                && head.subject.trim() == "Mail delivery failed: returning message to sender"
                && !head.has(Name::XFailedRecipients)
        },
        markers(
            &["this message was created automatically by mail delivery software"],
            &["--- the header of the original message is following. ---"],
        ),
    ),
    row(
        "GMX",
        |head| head.has(Name::XGmxAntispam),
        markers(
            &["this message was created automatically by mail delivery software"],
            &["--- the header of the original message is following. ---"],
        ),
    ),
    row(
        "Exchange2003",
        |head| {
            head.has(Name::XMsEmbeddedReport)
                || scan::starts_with_ci(head.value(Name::XMailer), "internet mail service (")
                || scan::starts_with_ci(head.value(Name::XMailer), "microsoft exchange server internet mail connector")
                || scan::starts_with_ci(head.value(Name::XMimeOle), "produced by microsoft exchange")
                || head.sent_by_mail_system() && head.received_holds(" with Internet Mail Service (")
        },
        starts(&["your message"]),
    ),
    row(
        "Office365",
        |head| {
            // Two signs; a Received field counts only with another.
            let signs = count(&[
                head.subject_holds("undeliverable:"),
                head.has(Name::XMsExchangeMessageIsNdr),
                head.has(Name::XMicrosoftAntispamPrvs),
                head.has(Name::XExchangeAntispamReportTest),
                head.has(Name::XExchangeAntispamReportCfaTest),
                head.has(Name::XMsExchangeCrossTenantOriginalArrivalTime),
                head.has(Name::XMsExchangeCrossTenantFromEntityHeader),
                head.has(Name::XMsExchangeTransportCrossTenantHeadersStamped),
            ]);
            signs >= 2
                || signs == 1
                    && (head.received_holds(".outbound.protection.outlook.com")
                        || head.received_holds(".prod.outlook.com"))
        },
        markers(&[], &["original message headers", "message hops"]),
    ),
    row(
        "Exchange2007",
        |head| {
            (head.subject_starts("undeliverable:")
                || head.subject_starts("non_remis_")
                || head.subject_starts("non recapitabile:"))
                && head.has(Name::ContentLanguage)
        },
        markers(
            &[
                "diagnostic information for administrators:",
                "informations de diagnostic pour les administrateurs",
                "informazioni di diagnostica per gli amministratori",
            ],
            &["original message headers:", "en-têtes de message d'origine :", "intestazioni originali del messaggio:"],
        ),
    ),
    row(
        "Facebook",
        |head| {
            head.holds(Name::From, "mailer-daemon@mx.facebook.com")
                && head.subject.trim() == "Sorry, your message could not be delivered"
        },
        starts(&["this message was created automatically by facebook."]),
    ),
    Format {
        name: "FML",
        detect: |head| {
            head.has(Name::XMlServer) && head.holds(Name::From, "-admin@") && head.holds(Name::MessageId, ".fml")
        },
        markers: markers(&[], &["original mail as follows:"]),
        read: Some(fml::read),
        fill: None,
    },
    // Google Workspace (with X-Gm-Message-State) and Google Groups (with X-Failed-Recipients
    // and X-Google-Smtp-Source) send the same report as Gmail.
    row(
        "Gmail",
        |head| {
            head.holds(Name::From, "<mailer-daemon@googlemail.com>")
                && head.subject_holds("delivery status notification")
        },
        markers(
            &["delivery to the following recipient"],
            &["----- original message -----", "----- message header follows -----"],
        ),
    ),
    row(
        "IMailServer",
        |head| {
            head.subject.trim().eq_ignore_ascii_case("undeliverable mail")
                || scan::starts_with_ci(head.value(Name::XMailer), "<smtp32 v")
        },
        markers(&[], &["original message follows."]),
    ),
    row(
        "InterScanMSS",
        |head| {
            scan::starts_with_ci(head.value(Name::From), "\"interscan mss\"")
                || scan::starts_with_ci(head.value(Name::From), "\"interscan notification\"")
                || ["Mail could not be delivered", "メッセージを配信できません。", "メール配信に失敗しました"]
                    .contains(&head.subject.trim())
        },
        NONE,
    ),
    row(
        "KDDI",
        |head| {
            head.holds(Name::From, ".dion.ne.jp") && head.holds(Name::From, "no-reply@")
                || head.value(Name::ReplyTo).trim() == "no-reply@app.auone-net.jp"
                || (head.holds(Name::From, "no-reply@") || head.sent_by_mail_system())
                    && (head.received_holds("ezweb.ne.jp (") || head.received_holds(".au.com ("))
        },
        starts(&["your mail sent on", "your mail attempted to be delivered on"]),
    ),
    row(
        "MailFoundry",
        |head| head.subject.trim() == "Message delivery has failed" && head.received_holds("(MAILFOUNDRY) id"),
        starts(&["unable to deliver message to:"]),
    ),
    row("MailMarshalSMTP", |head| head.subject_starts("undeliverable mail: \""), starts(&["your message:"])),
    row(
        "MailRu",
        |head| {
            head.holds(Name::From, "mailer-daemon@")
                && head.holds(Name::From, "mail.ru")
                && (scan::ends_with_ci(head.value(Name::MessageId).trim(), ".mail.ru>")
                    || scan::ends_with_ci(head.value(Name::MessageId).trim(), "smailru.net>"))
        },
        markers(
            &["this message was created automatically by mail delivery software."],
            &["------ this is a copy of the message, including all the headers. ------"],
        ),
    ),
    row(
        "McAfee",
        |head| head.holds(Name::XNaiHeader, "modified by mcafee") && head.subject.trim() == "Delivery Status",
        starts(&["--- the following addresses had delivery problems ---"]),
    ),
    row(
        "MessageLabs",
        |head| {
            head.has(Name::XMsgRef)
                && head.holds(Name::From, "mailer-daemon@messagelabs.com")
                && head.subject_starts("mail delivery failure")
        },
        NONE,
    ),
    row(
        "MessagingServer",
        |head| head.holds(Name::ContentType, "boundary_(id_") || head.subject_starts("delivery notification: "),
        markers(&["this report relates to a message you sent with the following header fields:"], &["return-path:"]),
    ),
    row(
        "MXLogic",
        |head| head.has(Name::XMxBounce) || head.has(Name::XMxlHash) || head.has(Name::XMxlNoteHash),
        markers(
            &["this message was created automatically by mail delivery software."],
            &["included is a copy of the message header:"],
        ),
    ),
    row(
        "Notes",
        |head| head.subject_starts("undeliverable message"),
        markers(&["------- failure reasons"], &["------- returned message --------"]),
    ),
    row(
        "OpenSMTPD",
        |head| head.subject_holds("delivery status notification") && head.holds(Name::From, "mailer daemon <"),
        markers(&["this is the mailer-daemon, please do not reply"], &["below is a copy of the original message:"]),
    ),
    row(
        "Outlook",
        |head| {
            // Two signs; a Received field counts only with another.
            let signs = count(&[
                head.subject_holds("delivery status notification"),
                head.has(Name::XMessageDelivery),
                head.has(Name::XMessageInfo),
            ]);
            signs >= 2 || signs == 1 && head.received_holds(".hotmail.com")
        },
        starts(&["this is an automatically generated delivery status notification"]),
    ),
    row("PowerMTA", |head| head.subject_holds("delivery report"), starts(&["hello, this is the mail server on "])),
    row(
        "SendGrid",
        |head| {
            head.value(Name::ReturnPath).trim() == "<apps@sendgrid.net>"
                && head.subject.trim() == "Undelivered Mail Returned to Sender"
        },
        starts(&["this is an automatically generated message from sendgrid."]),
    ),
    row(
        "SurfControl",
        |head| head.has(Name::XSefProcessed) && head.value(Name::XMailer).trim() == "SurfControl E-mail Filter",
        starts(&["your message could not be sent."]),
    ),
    row(
        "Verizon",
        |head| {
            (head.holds(Name::From, "post_master@vtext.com") || head.holds(Name::From, ".vzwpix.com"))
                && head.received_holds(".vtext.com (")
        },
        NONE,
    ),
    row(
        "X1",
        |head| {
            head.subject_starts("returned mail: ")
                && scan::starts_with_ci(head.value(Name::From), "\"mail deliver system\" ")
        },
        NONE,
    ),
    row(
        "X2",
        |head| {
            head.holds(Name::From, "mailer-daemon@")
                && (head.subject_starts("delivery failure")
                    || head.subject_starts("failure delivery")
                    || head.subject_starts("failed delivery"))
        },
        markers(&[], &["--- original message follows."]),
    ),
    row(
        "X3",
        |head| {
            scan::starts_with_ci(head.value(Name::From), "mail delivery system")
                && head.subject_starts("delivery status notification")
        },
        starts(&["this is an automatically generated delivery status notification."]),
    ),
    row(
        "X6",
        |head| head.subject_starts("there was an error sending your mail"),
        markers(&[], &["the attachment contains the original mail headers"]),
    ),
    row(
        "Yahoo",
        |head| head.has(Name::XYmailIsg),
        markers(&["sorry, we were unable to deliver your message"], &["--- below this line is a copy of the message."]),
    ),
    row("Yandex", |head| head.has(Name::XYandexUniq) && head.holds(Name::From, "mailer-daemon@yandex.ru"), NONE),
    Format {
        name: "Zoho",
        detect: |head| head.has(Name::XZohoMail),
        markers: markers(
            &["this message was created automatically by mail delivery"],
            &["received:from mail.zoho.com by mx.zohomail.com", "received: from mail.zoho.com by mx.zohomail.com"],
        ),
        read: Some(zoho::read),
        fill: None,
    },
    row(
        "mFILTER",
        |head| head.value(Name::XMailer).trim() == "m-FILTER" && head.subject.trim() == "failure notice",
        markers(&[], &["-------original message", "-------original mail info"]),
    ),
    Format {
        name: "Postfix (SMTP server notice)",
        detect: |head| head.subject_starts("postfix smtp server: errors from"),
        markers: NONE,
        read: Some(postfix::read_transcript),
        fill: None,
    },
    row(
        "Postfix",
        |head| head.subject.trim() == "Undelivered Mail Returned to Sender" && !head.has(Name::XAolIp),
        NONE,
    ),
    row(
        "MailRu (Exim)",
        |head| head.holds(Name::From, "mail.ru") && head.holds(Name::From, "mailer-daemon"),
        markers(&[], &["------ this is a copy of the message, including all the headers. ------"]),
    ),
    row(
        "Exim",
        |head| {
            let subjects = [
                "mail delivery failed",
                "warning: message ",
                "delivery status notification",
                "mail failure",
                "message frozen",
                "error(s) in forwarding or filtering",
            ];
            // Two of the three; the subjects are looked at only where they can make the second.
            let signs = count(&[
                scan::starts_with_ci(head.value(Name::From), "mail delivery system"),
                is_exim_id(head.value(Name::MessageId)),
            ]);
            signs == 2 || signs == 1 && subjects.iter().any(|s| head.subject_holds(s))
        },
        markers(&[], &["------ this is a copy of the message, including all the headers. ------"]),
    ),
    row(
        "qmail",
        |head| {
            head.subject.trim() == "failure notice"
                || head.subject_starts("permanent delivery failure")
                || head.sent_by_mail_system()
                    && (head.received_holds("invoked for bounce)")
                        || head.subject_holds("failure") && head.received_holds("invoked from network)"))
        },
        markers(&[], &["--- below this line is a copy of the message.", "--- original message follows."]),
    ),
    Format {
        name: "V5sendmail",
        detect: |head| {
            head.subject_starts("returned mail: ")
                && !head.subject_holds("see transcript for details")
                && head.subject.trim().as_bytes().get("returned mail: ".len()).is_some_and(u8::is_ascii_uppercase)
        },
        markers: markers(&[], &["----- unsent message follows -----", "----- no message was collected -----"]),
        read: Some(sendmail::read_v5),
        fill: Some(sendmail::fill),
    },
    Format {
        name: "Sendmail",
        detect: |head| {
            (scan::ends_with_ci(head.subject.trim(), "see transcript for details") || head.subject_starts("warning: "))
                && !head.has(Name::XAolIp)
        },
        markers: NONE,
        read: None,
        fill: Some(sendmail::fill),
    },
];

/// True for Exim's message IDs: "<1XYZab-000AbC-Zz@host>", three fields of 6, 6 and 2
/// characters (Exim 4.97 and later write 6, 11 and 4).
fn is_exim_id(value: &str) -> bool {
    let Some(inner) = value.trim().strip_prefix('<') else { return false };
    let Some((id, _)) = inner.split_once('@') else { return false };
    let mut parts = id.split('-');
    let lengths = (parts.next().map(str::len), parts.next().map(str::len), parts.next().map(str::len), parts.next());
    matches!(lengths, (Some(6 | 7), Some(6 | 11), Some(2 | 4), None))
        && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// The first format that recognises the email.
pub(crate) fn detect(head: &Head<'_>) -> Option<&'static Format> {
    FORMATS.iter().find(|format| (format.detect)(head))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exim_ids() {
        assert!(is_exim_id("<1XYZab-000AbC-Zz@mx.example.org>"));
        assert!(!is_exim_id("<20261122.1234@example.org>"));
    }

    #[test]
    fn markers_are_lowercase() {
        for format in FORMATS {
            for marker in format.markers.starts.iter().chain(format.markers.originals) {
                assert_eq!(*marker, marker.to_lowercase(), "{}", format.name);
            }
        }
    }
}
