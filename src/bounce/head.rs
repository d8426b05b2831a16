//! The email's own head, read once into what the format detectors look at: the fields they name,
//! found in one pass over the head.

use std::borrow::Cow;
use std::cell::RefCell;
use std::vec::Vec;

use crate::bounce::fields;
use crate::bounce::mime;
use crate::bounce::scan;

/// Declares [`Name`] and its table of lowercase field names from one list.
macro_rules! names {
    ($($variant:ident => $name:literal,)*) => {
        /// The fields a detector may look at. Their values are kept; any other field is skipped.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        #[repr(usize)]
        pub(crate) enum Name {
            $(#[doc = concat!("`", $name, "`")] $variant,)*
        }

        /// Every name, lowercase, in the order of [`Name`].
        const NAMES: &[(&str, Name)] = &[$(($name, Name::$variant),)*];
    };
}

names! {
    From => "from",
    To => "to",
    Subject => "subject",
    MessageId => "message-id",
    ReplyTo => "reply-to",
    ContentType => "content-type",
    ContentLanguage => "content-language",
    XMailer => "x-mailer",
    XFailedRecipients => "x-failed-recipients",
    AutoSubmitted => "auto-submitted",
    XAhMailId => "x-ahmailid",
    XAmzSnsMessageId => "x-amz-sns-message-id",
    XSesOutgoing => "x-ses-outgoing",
    XAolIp => "x-aol-ip",
    XMsEmbeddedReport => "x-ms-embedded-report",
    XMimeOle => "x-mimeole",
    XGmxAntispam => "x-gmx-antispam",
    XGmMessageState => "x-gm-message-state",
    XGoogleSmtpSource => "x-google-smtp-source",
    XMlServer => "x-mlserver",
    XMxBounce => "x-mx-bounce",
    XMxlHash => "x-mxl-hash",
    XMxlNoteHash => "x-mxl-notehash",
    XNaiHeader => "x-nai-header",
    XMsgRef => "x-msg-ref",
    XMsExchangeMessageIsNdr => "x-ms-exchange-message-is-ndr",
    XMicrosoftAntispamPrvs => "x-microsoft-antispam-prvs",
    XMsExchangeCrossTenantOriginalArrivalTime => "x-ms-exchange-crosstenant-originalarrivaltime",
    XMsExchangeCrossTenantFromEntityHeader => "x-ms-exchange-crosstenant-fromentityheader",
    XSpaSign => "x-spasign",
    XPostfixQueueId => "x-postfix-queue-id",
    XAutoReply => "x-autoreply",
    XAutoRespond => "x-autorespond",
    Precedence => "precedence",
    XSenderId => "x-senderid",
    XSmtpAgent => "x-smtp-agent",
    ReturnPath => "return-path",
    XMessageDelivery => "x-message-delivery",
    XMessageInfo => "x-message-info",
    XYmailIsg => "x-ymailisg",
    XYandexUniq => "x-yandex-uniq",
    XZohoMail => "x-zohomail",
    XSefProcessed => "x-sef-processed",
    XAwsOutgoing => "x-aws-outgoing",
    XMsExchangeTransportCrossTenantHeadersStamped => "x-ms-exchange-transport-crosstenantheadersstamped",
    XExchangeAntispamReportTest => "x-exchange-antispam-report-test",
    XExchangeAntispamReportCfaTest => "x-exchange-antispam-report-cfa-test",
    XHmxmrOriginalRecipient => "x-hmxmroriginalrecipient",
}

const COUNT: usize = NAMES.len();

/// The name a field has, if it is one of [`NAMES`]: compared only with the names of its length.
fn known(name: &str) -> Option<Name> {
    let (from, to) = *BY_LENGTH.get(name.len())?;
    SORTED[usize::from(from)..usize::from(to)]
        .iter()
        .find(|(known, _)| known.as_bytes().eq_ignore_ascii_case(name.as_bytes()))
        .map(|(_, name)| *name)
}

/// [`NAMES`] sorted by length, at compile time.
const SORTED: [(&str, Name); COUNT] = {
    let mut sorted = [("", Name::From); COUNT];
    let mut i = 0;
    while i < COUNT {
        sorted[i] = NAMES[i];
        i += 1;
    }
    let mut i = 1;
    while i < COUNT {
        let mut j = i;
        while j > 0 && sorted[j - 1].0.len() > sorted[j].0.len() {
            let swap = sorted[j - 1];
            sorted[j - 1] = sorted[j];
            sorted[j] = swap;
            j -= 1;
        }
        i += 1;
    }
    sorted
};

/// For each length, the range of [`SORTED`] with names of that length.
const BY_LENGTH: [(u8, u8); 64] = {
    let mut table = [(0u8, 0u8); 64];
    let mut i = 0;
    while i < COUNT {
        scan::group(&mut table, SORTED[i].0.len(), i);
        i += 1;
    }
    table
};

/// What the detectors know of the email's head.
#[derive(Debug)]
pub(crate) struct Head<'e> {
    values: [Option<&'e str>; COUNT],
    /// The `Received` fields' values, newest first.
    received: Vec<&'e str>,
    /// The answers [`Head::received_holds`] gave, by the address and length of the text asked.
    received_memo: RefCell<Vec<((usize, usize), bool)>>,
    /// The `Subject`, its encoded words decoded.
    pub(crate) subject: Cow<'e, str>,
    /// The `From` names a mail system: "MAILER-DAEMON", "postmaster", "Mail Delivery System".
    sent_by_mail_system: bool,
    /// The first bytes of the `From` and of the decoded `Subject`, lowercase: most detectors
    /// look at these, and a search of lowercase bytes needs no case folding.
    from_lower: Lowercase,
    subject_lower: Lowercase,
}

/// The first [`Lowercase::CAPACITY`] bytes of a text, ASCII letters lowercased, kept inline.
#[derive(Debug)]
struct Lowercase {
    bytes: [u8; Lowercase::CAPACITY],
    len: usize,
    /// The text was longer: a search that finds nothing must look at the text itself.
    cut: bool,
}

impl Lowercase {
    const CAPACITY: usize = 160;

    fn new(text: &str) -> Lowercase {
        let len = text.len().min(Lowercase::CAPACITY);
        let mut bytes = [0; Lowercase::CAPACITY];
        bytes[..len].copy_from_slice(&text.as_bytes()[..len]);
        bytes[..len].make_ascii_lowercase();
        Lowercase { bytes, len, cut: text.len() > len }
    }

    fn as_bytes(&self) -> &[u8] {
        &self.bytes[..self.len]
    }

    /// True when the lowercase bytes hold `needle` (lowercase): `None` when they do not but the
    /// text went on past them.
    fn holds(&self, needle: &str) -> Option<bool> {
        let hay = self.as_bytes();
        let needle = needle.as_bytes();
        let Some((&first, rest)) = needle.split_first() else { return Some(true) };
        let found = hay.len() >= needle.len()
            && (0..=hay.len() - needle.len()).any(|at| hay[at] == first && &hay[at + 1..at + needle.len()] == rest);
        if found || !self.cut { Some(found) } else { None }
    }
}

impl<'e> Head<'e> {
    pub(crate) fn new(text: &'e str) -> Head<'e> {
        let mut values = [None; COUNT];
        let mut received = Vec::new();
        // Most fields (DKIM-Signature, Authentication-Results, ...) are ruled out by their first
        // letter, before their name is compared.
        let first = |byte: u8| matches!(byte | 0x20, b'f' | b't' | b's' | b'm' | b'r' | b'c' | b'x' | b'a' | b'p');
        fields::select(
            text,
            first,
            |_| true,
            |name, value| {
                if name.eq_ignore_ascii_case("received") {
                    received.push(value);
                } else if let Some(known) = known(name) {
                    values[known as usize].get_or_insert(value);
                }
            },
        );
        let subject = values[Name::Subject as usize].map_or(Cow::Borrowed(""), mime::encoded_words);
        let from = values[Name::From as usize].unwrap_or("");
        let from_lower = Lowercase::new(from);
        let subject_lower = Lowercase::new(subject.trim_start());
        let sent_by_mail_system = ["mailer-daemon", "postmaster", "post_master", "mail delivery", "mailer daemon"]
            .iter()
            .any(|name| from_lower.holds(name).unwrap_or_else(|| scan::contains_ci(from, name)));
        Head {
            values,
            received,
            received_memo: RefCell::new(Vec::new()),
            subject,
            sent_by_mail_system,
            from_lower,
            subject_lower,
        }
    }

    /// The value of a field, if the head has it.
    pub(crate) fn get(&self, name: Name) -> Option<&'e str> {
        self.values[name as usize]
    }

    /// True when the head has the field.
    pub(crate) fn has(&self, name: Name) -> bool {
        self.values[name as usize].is_some()
    }

    /// The value of a field, or "" when the head has none.
    pub(crate) fn value(&self, name: Name) -> &'e str {
        self.get(name).unwrap_or("")
    }

    /// True when the `From` names a mail system: "MAILER-DAEMON", "postmaster", "Mail Delivery
    /// System".
    pub(crate) const fn sent_by_mail_system(&self) -> bool {
        self.sent_by_mail_system
    }

    /// True when the field's value holds `needle` (lowercase), without case.
    pub(crate) fn holds(&self, name: Name, needle: &str) -> bool {
        if name == Name::From {
            if let Some(found) = self.from_lower.holds(needle) {
                return found;
            }
        }
        self.get(name).is_some_and(|value| scan::contains_ci(value, needle))
    }

    /// True when the decoded subject starts with `prefix` (lowercase), without case.
    pub(crate) fn subject_starts(&self, prefix: &str) -> bool {
        let lower = self.subject_lower.as_bytes();
        if prefix.len() <= lower.len() {
            return &lower[..prefix.len()] == prefix.as_bytes();
        }
        scan::starts_with_ci(self.subject.trim_start(), prefix)
    }

    /// True when the decoded subject holds `needle` (lowercase), without case.
    pub(crate) fn subject_holds(&self, needle: &str) -> bool {
        self.subject_lower.holds(needle).unwrap_or_else(|| scan::contains_ci(&self.subject, needle))
    }

    /// True when a `Received` field of the head holds `needle` (as written).
    pub(crate) fn received_holds(&self, needle: &str) -> bool {
        // Detectors ask with constants: each is searched for once per email.
        let key = (needle.as_ptr() as usize, needle.len());
        if let Some((_, found)) = self.received_memo.borrow().iter().find(|(asked, _)| *asked == key) {
            return *found;
        }
        let found = self.received.iter().any(|value| scan::find(value, needle).is_some());
        self.received_memo.borrow_mut().push((key, found));
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fields_detectors_name_are_found_once() {
        let head = Head::new(
            "Received: from x\r\nFROM: MAILER-DAEMON@example.org\r\nSubject: =?UTF-8?Q?Undeliverable=3A?= x\r\nX-Failed-Recipients: a@example.net\r\nReceived: by y (MAILFOUNDRY) id 1\r\n",
        );
        assert_eq!(head.value(Name::From), "MAILER-DAEMON@example.org");
        assert!(head.subject_starts("undeliverable:"));
        assert!(head.has(Name::XFailedRecipients));
        assert!(!head.has(Name::XAolIp));
        assert!(head.received_holds("(MAILFOUNDRY) id"));
        assert!(head.holds(Name::From, "mailer-daemon"));
        for (index, (name, value)) in NAMES.iter().enumerate() {
            assert_eq!(known(name), Some(*value));
            assert_eq!(*value as usize, index);
        }
    }
}
