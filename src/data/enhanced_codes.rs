//! The IANA registry of SMTP enhanced status codes: the one place each entry is declared, then
//! the texts of the three classes and eight subjects.
//!
//! An entry fills every field of `EnhancedRow` (`src/enhanced/registry.rs`): the registry's name,
//! associated basic codes (verbatim) and classes, then who acts, meaning, causes, remedies and a
//! note. Advice that holds for one class only starts with `transient`, `permanent` or `success`.
//! Sources go in `references`; a note says what a reader must know, never where a fact was read.
//! Every text is written for this crate; translations follow the English template.
//!
//! Sources: RFC 3463 and the IANA SMTP Enhanced Status Codes registry, updated 2024-12-06 (X.0.0 to
//! X.7.30), with the RFCs it cites; for vendor behaviour, what real servers send.

enhanced_codes! {
    (0, 0) {
        name: "Other undefined Status",
        meaning: "The server reported a result without saying what kind of problem or success it was. Only the first digit tells whether it is a success, a temporary failure or a permanent failure.",
        basic: "Any",
        classes: &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.1")],
        causes: sentences![
            "The server software has no more specific code for the situation and falls back to this generic one.",
            "A filter, script or gateway rejected or deferred the message without classifying the reason.",
            "Some servers use 5.0.0 for an unknown recipient or any other refusal and explain the real reason only in the text.",
        ],
        remedies: sentences![
            "Read the text that follows the code, because it is the only place where the server explains the reason.",
            transient "For a 4.0.0 code, the sending program should simply retry later as usual.",
            permanent "For a 5.0.0 code that the text does not explain, the sender should reach the recipient by another channel or ask the recipient's mail administrator.",
        ],
        note: Some("Several vendor bounce tables describe 5.0.0 as \"address does not exist\", but the registry gives this code no specific meaning. Treat it as generic and rely on the server's text for the actual reason."),
    }
    (1, 0) {
        name: "Other address status",
        meaning: "Something about one of the addresses, the sender's or a recipient's, caused the problem, but the server did not say exactly what.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The recipient address was refused for a reason the server did not classify further.",
            "An alias lookup or address rewriting step on the receiving side failed.",
            "The server refused the sender address without giving a specific reason.",
        ],
        remedies: sentences![
            "The sender should check both the recipient address and their own address for mistakes.",
            "Read the server's text to learn which address was refused and why.",
            "If the addresses look correct, the sender should ask the recipient by another channel to confirm the address.",
        ],
        note: None,
    }
    (1, 1) {
        name: "Bad destination mailbox address",
        meaning: "The recipient's mailbox does not exist at the destination: the part of the address before the @ is unknown there.",
        basic: "451, 550",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The user name in the address contains a typing mistake.",
            "The recipient's account was deleted, for example after the person left the organisation.",
            "The address came from an old or bought list and was never valid.",
            "A server that checks recipients against its directory could not find the user.",
        ],
        remedies: sentences![
            "The sender should check the part before the @ for typos and resend.",
            "The sender should confirm the current address with the recipient by another channel.",
            "Bulk senders and bounce processors should remove the address from their lists after this error.",
        ],
        note: Some("The registry lists basic code 451 for this entry besides 550, yet describes it as meant only for permanent failures. Servers that verify recipients by asking another server, such as Postfix with address verification, may send 4.1.1 while that check cannot be completed; as the first digit says, that is a temporary refusal."),
    }
    (1, 2) {
        name: "Bad destination system address",
        meaning: "The domain in the recipient address, the part after the @, does not exist or cannot receive mail.",
        basic: "Not given",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The domain name is misspelled, for example \"gmial.com\" instead of \"gmail.com\".",
            "The domain has expired or was never registered.",
            "The domain exists but has no mail server records and no host that accepts mail.",
        ],
        remedies: sentences![
            "The sender should check the part after the @ for typos and resend.",
            "The sender should confirm the address with the recipient by another channel.",
            "If the domain is supposed to receive mail, its administrator should check its registration and MX records.",
        ],
        note: None,
    }
    (1, 3) {
        name: "Bad destination mailbox address syntax",
        meaning: "The recipient address is not a well-formed email address, so the server could not interpret it at all.",
        basic: "501",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The address contains spaces, commas, stray quotes or other characters that are not allowed there.",
            "The address lacks the @ sign or the domain part.",
            "A mail program or script put a display name or extra angle brackets into the envelope address.",
        ],
        remedies: sentences![
            "The sender should correct the address so that it has the form name@domain with nothing else around it.",
            "Developers should validate and clean up addresses before passing them to the RCPT TO command.",
        ],
        note: None,
    }
    (1, 4) {
        name: "Destination mailbox address ambiguous",
        meaning: "The address matches more than one mailbox at the destination, so the server cannot tell which person is meant.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The destination maps addresses to people by approximate name matching, and several people share the name.",
            "A short or partial address, such as a first name only, matched several directory entries.",
        ],
        remedies: sentences![
            "The sender should use the recipient's full and exact address.",
            "The sender should ask the recipient for an address that identifies them uniquely.",
            "The destination's administrator should make the address lookup resolve to a single mailbox.",
        ],
        note: None,
    }
    (1, 5) {
        name: "Destination address valid",
        meaning: "A positive report: the recipient address was accepted as valid.",
        basic: "250",
        classes: &[StatusClass::Success],
        actor: Actor::Nobody,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The server accepted the recipient in reply to the RCPT TO command.",
            "A delivery status notification confirms successful delivery or relay to this recipient.",
        ],
        remedies: sentences![
            "No action is needed.",
        ],
        note: Some("RFC 3463 itself uses two names: section 3.2 says \"Destination address valid\", the name in the registry, while the summary list in its Appendix A says \"Destination mailbox address valid\". Code lists copied from that appendix use the longer name."),
    }
    (1, 6) {
        name: "Destination mailbox has moved, No forwarding address",
        meaning: "The recipient address used to be valid, but the destination no longer accepts mail for it and knows no new address to forward to.",
        basic: "Not given",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The person left the organisation and the account was closed without a forwarding address.",
            "The provider retired the mailbox after the owner changed name or domain.",
        ],
        remedies: sentences![
            "The sender should obtain the recipient's new address by another channel.",
            "Bounce processors should remove the old address from mailing lists.",
        ],
        note: Some("RFC 3463 names this code \"Destination mailbox has moved, No forwarding address\" in section 3.2 but \"Mailbox has moved\" in the summary list of its Appendix A, and code lists copied from that appendix use the short name."),
    }
    (1, 7) {
        name: "Bad sender's mailbox address syntax",
        meaning: "The sender's address, as given to the server, is not a well-formed email address.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The mail program or a script set an envelope sender (MAIL FROM) with spaces, a missing @ or a missing domain.",
            "The email address field of the account settings contains a display name or other extra text.",
            "A web application sends mail with a bare local name such as \"www-data\" as the sender.",
        ],
        remedies: sentences![
            "The sender should correct the email address in the mail program's account settings.",
            "Developers should make sure the envelope sender is a complete address of the form name@domain.",
        ],
        note: None,
    }
    (1, 8) {
        name: "Bad sender's system address",
        meaning: "The domain of the sender's address does not exist or cannot receive mail, so replies and bounces could not be returned to it.",
        basic: "451, 501",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.2")],
        causes: sentences![
            "The sender address uses a domain that does not resolve in public DNS, such as an internal name like \"example.local\".",
            "The sender's domain was misspelled in the mail program's settings.",
            "The DNS servers of the sending domain could not be reached when the receiver checked the domain.",
        ],
        remedies: sentences![
            "The sender should use an address in a real domain that resolves publicly.",
            "The sending domain's administrator should make sure the domain resolves and has working MX or address records.",
            transient "For a 4.1.8 code, the sending program should retry later, because the DNS lookup may then succeed.",
        ],
        note: None,
    }
    (1, 9) {
        name: "Message relayed to non-compliant mailer",
        meaning: "The recipient address was valid, and the message was handed on to a mail system without support for this reporting protocol, so no further status can be obtained.",
        basic: "Not given",
        classes: &[StatusClass::Success],
        actor: Actor::Nobody,
        references: &[rfc(3886, "")],
        causes: sentences![
            "A message tracking request followed the message to a server that does not support message tracking.",
            "The message was handed to a gateway or older mail system that returns no status reports.",
        ],
        remedies: sentences![
            "No action is needed; the lack of further reports does not mean the message was lost.",
            "If confirmation matters, the sender should ask the recipient directly whether the message arrived.",
        ],
        note: Some("This code comes from the message tracking specification (RFC 3886) and is rarely seen in ordinary bounces. The registry does not name a class for it; it reports a hand-off rather than a failure."),
    }
    (1, 10) {
        name: "Recipient address has null MX",
        meaning: "The recipient's domain publishes a \"null MX\" record, which declares that the domain never receives email, so the message could not be sent there.",
        basic: "556",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(7505, ""), rfc(7504, "")],
        causes: sentences![
            "The address belongs to a domain that only sends mail, such as a no-reply or web-only domain, and says so with a null MX record.",
            "The sender typed or replied to an address in a domain that has shut down its mail service.",
        ],
        remedies: sentences![
            "The sender should find another address for the recipient, because retrying this one cannot succeed.",
            "If the domain should receive mail, its administrator must replace the null MX record with real MX records.",
        ],
        note: Some("Exchange Online (Microsoft 365) sends 5.1.10 with a different meaning: the recipient was not found by address lookup, which amounts to the same thing as 5.1.1. When the text mentions \"RecipientNotFound\" or a failed address lookup, treat the address as nonexistent rather than as a null MX. Outlook.com and Hotmail do not use 5.1.10 for this; they report an unknown address with 550 5.5.0."),
    }
    (2, 0) {
        name: "Other or undefined mailbox status",
        meaning: "The recipient's mailbox exists, but something about it prevented delivery, and the server did not say what.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Recipient,
        references: &[rfc(3463, "3.3")],
        causes: sentences![
            "The mailbox is locked for a while or is being moved to another server.",
            "A rule or setting for this mailbox at the destination refused the message.",
            "The server had a mailbox problem for which there is no more specific code.",
        ],
        remedies: sentences![
            "Read the server's text for the specific reason.",
            transient "For a 4.2.0 code, the sending program should retry later.",
            "If the problem continues, the sender should tell the recipient by another channel so that they can check the mailbox with their provider.",
        ],
        note: None,
    }
    (2, 1) {
        name: "Mailbox disabled, not accepting messages",
        meaning: "The recipient's mailbox exists but has been switched off and does not accept mail at present.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Recipient,
        references: &[rfc(3463, "3.3")],
        causes: sentences![
            "The provider suspended the account, for example for inactivity, unpaid fees or abuse.",
            "The recipient's organisation disabled the account, for example when the person left.",
            "The mailbox is locked temporarily during maintenance or a migration.",
            "The recipient is receiving mail faster than the provider allows, so further messages are deferred for a while.",
        ],
        remedies: sentences![
            transient "For a 4.2.1 code, the sending program should retry later, because the mailbox may accept mail again.",
            permanent "For a 5.2.1 code, the sender should contact the recipient by another channel and ask for a working address.",
            "The recipient must ask their provider or administrator to reactivate the account.",
        ],
        note: None,
    }
    (2, 2) {
        name: "Mailbox full",
        meaning: "The recipient's mailbox has no room left, because it has reached its storage quota or the space available to it.",
        basic: "552",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::Recipient,
        references: &[rfc(3463, "3.3")],
        causes: sentences![
            "The recipient has filled their storage quota with old mail or large attachments.",
            "The mailbox has been abandoned and nobody deletes messages from it any more.",
            "This message is large enough to push the mailbox over its quota, even though smaller ones would still fit.",
        ],
        remedies: sentences![
            "The recipient must delete messages or ask their provider for a larger quota.",
            transient "For a 4.2.2 code, the sending program should keep retrying for its normal queue lifetime.",
            "The sender should tell the recipient by another channel that their mailbox is full, or resend later.",
        ],
        note: Some("The registry intends this as a temporary failure, since the recipient can make room, but it pairs the code with basic code 552, and many servers send 5.2.2 as a permanent refusal. Bounce processors often treat a mailbox that stays full for weeks as abandoned."),
    }
    (2, 3) {
        name: "Message length exceeds administrative limit",
        meaning: "The message is larger than this recipient's mailbox is allowed to accept, a limit set lower than the server's general maximum.",
        basic: "552",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.3")],
        causes: sentences![
            "The message carries large attachments and the recipient's account has a small per-message size limit.",
            "The administrator set a lower size limit for this mailbox or group, for example for a shared or restricted mailbox.",
        ],
        remedies: sentences![
            "The sender should make the message smaller, for example by compressing attachments or sending a download link instead.",
            "The recipient can ask their administrator to raise the size limit for their mailbox.",
        ],
        note: None,
    }
    (2, 4) {
        name: "Mailing list expansion problem",
        meaning: "The address belongs to a mailing list or group, and the system could not work out who its members are.",
        basic: "450, 452",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.3")],
        causes: sentences![
            "The list server could not read the member list from its database or directory.",
            "The group definition is broken, empty or refers to itself.",
            "The list software hit a resource limit while expanding a very large list.",
        ],
        remedies: sentences![
            transient "For a 4.2.4 code, the sending program should retry later.",
            "The list owner or the destination's administrator should check the list configuration and where its members come from.",
            "If the problem continues, the sender can inform the list owner by another channel.",
        ],
        note: None,
    }
    (3, 0) {
        name: "Other or undefined mail system status",
        meaning: "The destination mail system normally accepts mail, but a problem on that system, which the server did not specify, affected this message.",
        basic: "221, 250, 421, 451, 550, 554",
        classes: &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.4")],
        causes: sentences![
            "The receiving server had an internal error, such as a failed disk write or a crashed component.",
            "The server is short of resources and is deferring or refusing mail in general.",
            "A local delivery program or the mailbox store at the destination failed.",
            "A lookup table or database the server consults was missing, unreadable or unreachable; Postfix, for example, then answers with the temporary refusal 451 4.3.0 \"Temporary lookup failure\".",
        ],
        remedies: sentences![
            transient "For a 4.3.0 code, the sending program should retry later.",
            permanent "If a 5.3.0 code keeps coming back, the sender should pass the error text to the recipient or their mail administrator.",
            "The destination's administrator should look in the mail server's logs for the underlying error.",
        ],
        note: Some("The registry also associates this code with the success replies 221 and 250, so servers may use it with class 2 as well."),
    }
    (3, 1) {
        name: "Mail system full",
        meaning: "The destination mail system as a whole has run out of storage, so this is not something the recipient can fix by deleting mail.",
        basic: "452",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.4")],
        causes: sentences![
            "The disk holding the receiving server's queue or mail store is full.",
            "The server refuses new mail because free space has fallen below its safety threshold.",
        ],
        remedies: sentences![
            "The sending program should keep the message queued and retry later.",
            "The destination's administrator must free or add disk space on the mail server.",
        ],
        note: None,
    }
    (3, 2) {
        name: "System not accepting network messages",
        meaning: "The host that holds the recipient's mailbox is not accepting mail at the moment or, in the permanent form, does not accept mail at all.",
        basic: "453, 521",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.4"), rfc(7504, "")],
        causes: sentences![
            "The server is shutting down, restarting or undergoing maintenance.",
            "The server is overloaded and turns new connections away.",
            "The host never accepts mail and says so as soon as a connection opens, with reply 521.",
        ],
        remedies: sentences![
            transient "For a 4.3.2 code, the sending program should retry later.",
            permanent "For a 5.3.2 code, the sender should ask the recipient which address actually receives their mail.",
            "The destination's administrator should restore the service or point the domain's MX records at a host that accepts mail.",
        ],
        note: None,
    }
    (3, 3) {
        name: "System not capable of selected features",
        meaning: "The message asked for features that the destination system does not support, so it could not be handled as requested.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.4")],
        causes: sentences![
            "A gateway between two different mail systems could not map an option of one system onto the other.",
            "The message requested a delivery option, such as a particular kind of notification, that the destination cannot honour.",
        ],
        remedies: sentences![
            "The sender should resend the message without special options such as delivery receipts or priority settings.",
            "The destination's administrator should check whether the gateway can be set to support or ignore the feature.",
        ],
        note: None,
    }
    (3, 4) {
        name: "Message too big for system",
        meaning: "The message is larger than the largest message the receiving system accepts at all.",
        basic: "552, 554",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.4")],
        causes: sentences![
            "The attachments, such as videos or many high-resolution photos, add up to more than the server's maximum message size.",
            "Encoding for transfer made the attachments about a third larger, which pushed a message that looked small enough over the limit.",
            "The receiving organisation has set a low size limit as a matter of policy.",
        ],
        remedies: sentences![
            "The sender should reduce the message size, for example by compressing or resizing attachments.",
            "The sender should share large files through a download link instead of attaching them.",
            "Sending programs should check the size limit the server announces (the SIZE extension) and warn the user before sending.",
        ],
        note: None,
    }
    (3, 5) {
        name: "System incorrectly configured",
        meaning: "The destination system is set up in a way that does not let it accept this message; the fault lies in that system's configuration.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.4")],
        causes: sentences![
            "The server's settings contain a mistake, such as a misspelt restriction name or an invalid entry in an access table; Postfix, for example, answers 451 4.3.5 \"Server configuration error\" in that case.",
            "The server is told to deliver mail for the domain to a destination that does not exist or leads back to itself.",
            "A required component, such as a delivery agent or content filter, is misconfigured or missing.",
        ],
        remedies: sentences![
            transient "For a 4.3.5 code, the sending program should retry later in case the fault is fixed meanwhile.",
            "The sender should let the recipient know by another channel, quoting the error text.",
            "The destination's administrator must correct the mail server's configuration.",
        ],
        note: None,
    }
    (3, 6) {
        name: "Requested priority was changed",
        meaning: "The message was accepted, but the server changed its priority: it did not keep the one the sender asked for, or the default when none was asked for.",
        basic: "250 or 251",
        classes: &[StatusClass::Success],
        actor: Actor::Nobody,
        references: &[rfc(6710, "")],
        causes: sentences![
            "The sender asked for a higher priority than the server grants to them, using the SMTP priority extension (MT-PRIORITY).",
            "The server's policy raises or lowers the priority of messages from this client.",
        ],
        remedies: sentences![
            "No action is needed for delivery, because the message was accepted.",
            "If priority matters, the sender should read the new priority in the reply text and use another channel for urgent matters.",
        ],
        note: Some("The reply text after this code begins with the new priority value, then a space and a human-readable explanation, so software can read the value from it."),
    }
    (4, 0) {
        name: "Other or undefined network or routing status",
        meaning: "A network or routing problem prevented delivery, and the server could not describe it more precisely.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The connection to the next server failed in a way the sending system did not classify.",
            "A DNS lookup for the destination returned an unexpected or unusable answer.",
            "A network fault between the two systems made the next server unreachable.",
        ],
        remedies: sentences![
            transient "For a 4.4.0 code, the sending program should retry later.",
            "The destination's administrator should check that the domain's MX records and mail servers are reachable from the Internet.",
            "If the problem persists, the sender should forward the error text to their own mail administrator.",
        ],
        note: None,
    }
    (4, 1) {
        name: "No answer from host",
        meaning: "The sending system tried to connect to the next mail server, but that server did not answer.",
        basic: "451",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The destination mail server is down or too busy to accept connections.",
            "A firewall silently drops connections to port 25 of the destination.",
            "The sender's network blocks outgoing connections to port 25, as many consumer ISPs do.",
        ],
        remedies: sentences![
            "The sending program should keep the message queued and retry later.",
            "The destination's administrator should check that the mail server is running and reachable on port 25.",
            "If only this sender is affected, the sending side's administrator should check outbound firewall rules.",
        ],
        note: None,
    }
    (4, 2) {
        name: "Bad connection",
        meaning: "A connection to the next mail server was opened but broke down before the message was completely transferred.",
        basic: "421",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The transfer timed out because the network or the server was too slow.",
            "The remote server or a device in between closed the connection unexpectedly.",
            "An unreliable network link lost data during a large transfer.",
        ],
        remedies: sentences![
            "The sending program should retry later; the transfer often succeeds on the next attempt.",
            "If large messages keep failing, the sending side's administrator should look for network devices that cut long connections.",
        ],
        note: None,
    }
    (4, 3) {
        name: "Directory server failure",
        meaning: "The message could not be passed on because a directory service it depends on, most often DNS, was unavailable.",
        basic: "451, 550",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The sending or receiving server could not reach its DNS resolver.",
            "The DNS servers of the destination domain did not respond or reported a server failure.",
            "An internal directory used for recipient lookup, such as LDAP, was down.",
        ],
        remedies: sentences![
            "The sending program should retry later.",
            "The administrator of the affected server should check its DNS resolver and directory connections.",
            "The destination domain's administrator should check that the domain's authoritative DNS servers answer.",
        ],
        note: Some("RFC 3463 names this code \"Directory server failure\" in section 3.5 but \"Routing server failure\" in the summary list of its Appendix A, and code lists copied from that appendix use the second name. The registry also lists basic code 550 for it, although it describes the condition as temporary only."),
    }
    (4, 4) {
        name: "Unable to route",
        meaning: "The mail system could not work out where to send the message next, because the routing information for the destination was missing.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The recipient domain exists in DNS but has neither an MX record nor an address record to deliver to.",
            "A DNS lookup returned only the zone's administrative (SOA) data and no mail routing data.",
            "An internal routing table on the sending side has no entry for the destination.",
        ],
        remedies: sentences![
            "The sender should check the domain part of the address for typos.",
            "The destination domain's administrator should publish correct MX records for the domain.",
            transient "For a 4.4.4 code, the sending program should retry later in case DNS was being changed.",
        ],
        note: None,
    }
    (4, 5) {
        name: "Mail system congestion",
        meaning: "Delivery was put off because the mail system was too busy.",
        basic: "451",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The receiving server limits the number of connections or messages per sender, and that limit was reached.",
            "The server's queue is overloaded, for example during a mail flood or after an outage.",
            "The sender was throttled for sending too much mail in a short time.",
        ],
        remedies: sentences![
            "The sending program should retry later, ideally at a slower sending rate.",
            "Bulk senders should spread their sending over time and respect the limits that receiving providers publish.",
        ],
        note: Some("RFC 3463 names this code \"Mail system congestion\" in section 3.5, the name in the registry, but \"Network congestion\" in the summary list of its Appendix A, and code lists copied from that appendix use the second name."),
    }
    (4, 6) {
        name: "Routing loop detected",
        meaning: "The message was passed between systems too many times, which shows that it was travelling in a loop.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "Two mailboxes forward to each other, directly or through a chain of forwarding rules.",
            "Mail servers disagree about routing, for example each one believes the other is responsible for the domain.",
            "An MX record points to a server that does not treat the domain as local and sends the mail back.",
        ],
        remedies: sentences![
            "The recipient or their administrator should remove forwarding rules that send mail around in a circle.",
            "The destination's administrator should check MX records and server routing so that one server delivers the mail locally.",
            "The sender should let the recipient know, because a resent message will loop again until the setup is fixed.",
        ],
        note: Some("The registry describes this as a temporary condition only, but servers commonly bounce a detected loop at once as a permanent failure; Postfix, for example, reports mail forwarding loops with 5.4.6."),
    }
    (4, 7) {
        name: "Delivery time expired",
        meaning: "The message stayed in transit longer than allowed, so the system holding it gave up or is reporting the delay.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.5")],
        causes: sentences![
            "The sending server kept retrying a destination that was unreachable or kept deferring mail until the queue lifetime, often several days, ran out.",
            "The sender had set a time limit for the message and it was not delivered before that limit.",
        ],
        remedies: sentences![
            "The sender should look in the bounce for the last error reported for this destination, which shows the real reason.",
            "The sender should resend later or contact the recipient by another channel.",
            "The destination's administrator should fix whatever kept the server from accepting mail.",
        ],
        note: Some("The registry asks servers to report the actual problem met during delivery instead of this code where they can, so the bounce text or earlier log entries usually hold the real cause."),
    }
    (5, 0) {
        name: "Other or undefined protocol status",
        meaning: "Something went wrong in the SMTP conversation with the next server, and no more specific code fits.",
        basic: "220, 250, 251, 252, 253, 451, 452, 454, 458, 459, 501, 502, 503, 554",
        classes: &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "The two servers disagreed about the protocol in a way the software did not classify.",
            "The receiving server sent a reply that the sending program did not expect.",
            "A firewall that inspects mail traffic altered or blocked SMTP commands between the two systems.",
        ],
        remedies: sentences![
            transient "For a 4.5.0 code, the sending program should retry later.",
            "The sending side's administrator should compare the SMTP session logs of both servers to find the step that failed.",
            "If a firewall inspects SMTP traffic, its administrator should try turning that inspection off.",
        ],
        note: Some("The registry associates this code with many basic codes, including success replies such as 220 and 250, so servers may use it with class 2 as well."),
    }
    (5, 1) {
        name: "Invalid command",
        meaning: "The sending program issued an SMTP command that the server does not support or that came at the wrong point in the conversation.",
        basic: "430, 500, 501, 503, 530, 550, 554, 555",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "The client sent DATA before naming any recipient, or MAIL FROM before greeting the server with EHLO or HELO.",
            "The client used an extension command that the server had not announced.",
            "The client tried to send through a submission server without logging in; Gmail used to answer 530 5.5.1 in that case and now sends 530 5.7.0, the code the SMTP authentication specification (RFC 4954) gives for a missing login.",
        ],
        remedies: sentences![
            "The developer of the sending software should follow the command order SMTP requires and use only extensions the server announces.",
            "The sender should make sure the mail program logs in to the outgoing server (SMTP authentication) with the right account.",
            "The sending side's administrator should update or repair the sending software.",
        ],
        note: None,
    }
    (5, 2) {
        name: "Syntax error",
        meaning: "The server could not understand a command from the sending program, because the command is unknown or badly formed.",
        basic: "500, 501, 502, 550, 555",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "The client sent a misspelled or unknown command.",
            "An address in MAIL FROM or RCPT TO lacked angle brackets or contained extra spaces.",
            "A command line was longer than the server allows.",
            "A program that does not speak SMTP, such as a web browser or a port scanner, connected to the mail port.",
        ],
        remedies: sentences![
            "The developer of the sending software should check the exact commands it sends against the SMTP specification.",
            "The sender should check the addresses for stray characters and keep the mail program up to date.",
        ],
        note: None,
    }
    (5, 3) {
        name: "Too many recipients",
        meaning: "The message named more recipients than the server accepts in a single transaction.",
        basic: "451",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "One message was addressed to more recipients than the server's per-message limit.",
            "The sending account has an hourly or daily recipient quota, and this message would exceed it.",
            "A bulk mailing went out as a single message to a large list instead of separate messages.",
        ],
        remedies: sentences![
            transient "For a 4.5.3 code, the sending program should deliver the remaining recipients in a further transaction.",
            "The sender should split large mailings into several messages or use a mailing list service.",
            "Developers of bulk-mail software should respect the server's limit on recipients per message.",
        ],
        note: Some("The registry pairs this code with basic code 451, but SMTP (RFC 5321) names 452 as the right reply for too many recipients, and servers commonly send 452 4.5.3. Accepting some recipients and deferring the rest in this way is normal behaviour, and the recipients already accepted are not affected."),
    }
    (5, 4) {
        name: "Invalid command arguments",
        meaning: "A known SMTP command was sent with arguments that the server does not accept, such as an unknown option or a value out of range.",
        basic: "451, 501, 502, 503, 504, 550, 555",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "The client added a parameter to MAIL FROM or RCPT TO, such as SIZE or BODY, that the server had not announced.",
            "A parameter had an invalid value, for example a size that is not a number.",
            "The client asked for an option or mechanism that the server does not offer.",
        ],
        remedies: sentences![
            "The developer of the sending software should send only parameters the server announced in its EHLO reply.",
            "The sending side's administrator should update the sending software or turn off the option that causes the error.",
        ],
        note: None,
    }
    (5, 5) {
        name: "Wrong protocol version",
        meaning: "The two systems use incompatible versions of the mail protocol and could not agree on one they both support.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.6")],
        causes: sentences![
            "The client and the server implement different, incompatible variants of the protocol, for example when software for a local delivery protocol connects to an SMTP port.",
            "A gateway between different mail protocols could not find a version that both sides understand.",
        ],
        remedies: sentences![
            "The sending side's administrator should update the sending software to a current SMTP implementation.",
            "The administrators of both systems should check that each one connects to the service and port meant for its protocol.",
        ],
        note: None,
    }
    (5, 6) {
        name: "Authentication Exchange line is too long",
        meaning: "During login with the AUTH command, the client sent an encoded response longer than the server can accept for the chosen authentication method.",
        basic: "500",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(4954, "4"), rfc(4954, "6")],
        causes: sentences![
            "The client sent a very large authentication token, such as an OAuth or Kerberos token, that exceeds the server's buffer.",
            "The server allows shorter authentication lines than the chosen mechanism needs; RFC 4954 considers 12288 octets enough for the mechanisms in use.",
        ],
        remedies: sentences![
            "The sending program should try a different authentication mechanism that the server offers.",
            "The mail server's administrator can raise the line length limit for authentication if large tokens are expected.",
        ],
        note: Some("The registry links this code only to basic code 500, which is a permanent reply, even though it says the code is meant for both permanent and temporary failures. Postfix, for example, answers \"500 5.5.6 SASL response limit exceeded\" when a response is longer than its smtpd_sasl_response_limit setting. A response that the server cannot decode at all gets 501 with 5.5.2 instead (RFC 4954, section 4)."),
    }
    (6, 0) {
        name: "Other or undefined media error",
        meaning: "Something about the content of the message made it undeliverable, and no more specific code fits.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "The message is malformed, for example with a broken MIME structure or invalid header fields.",
            "Lines in the message are longer than the receiving server allows.",
            "The message lacks required header fields such as Date or From.",
        ],
        remedies: sentences![
            "The sender should resend the message from a standard mail program, without unusual attachments or formatting.",
            "Developers of software that generates mail should check that messages follow the Internet message format, including line endings and line lengths.",
        ],
        note: None,
    }
    (6, 1) {
        name: "Media not supported",
        meaning: "The message contains a kind of content that the next system on the path, or the protocol used to reach it, cannot carry.",
        basic: "Not given",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "The message contains 8-bit or binary data, but the next server accepts only 7-bit text.",
            "The message uses a content type or attachment that the destination does not accept.",
        ],
        remedies: sentences![
            "The sender should resend without the unsupported content, or with attachments packed in a common format such as a ZIP file.",
            "The sending program should encode 8-bit content, for example as base64 or quoted-printable, when the next server does not announce 8BITMIME.",
        ],
        note: None,
    }
    (6, 2) {
        name: "Conversion required and prohibited",
        meaning: "The message would have to be converted before it could be delivered, but converting it is not allowed.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "The sender marked the message as not to be altered, but the next system needs a different encoding.",
            "The sending host's policy forbids converting content, for example to keep a digital signature intact.",
        ],
        remedies: sentences![
            "The sender should resend the message in a form that needs no conversion, such as 7-bit safe encoding.",
            "The sending side's administrator should review the policy that forbids conversion.",
        ],
        note: None,
    }
    (6, 3) {
        name: "Conversion required but not supported",
        meaning: "The message would have to be converted to pass the next system, but a host on the way cannot perform that conversion.",
        basic: "554",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "The message has 8-bit content, and a relay cannot turn it into 7-bit form for a next server that lacks 8-bit support.",
            "The message was sent in binary form (BINARYMIME) and the next server does not accept binary transfers.",
        ],
        remedies: sentences![
            "The sending program should encode the content as 7-bit, using base64 or quoted-printable, before sending.",
            "The administrator of the relay should enable conversion or route mail through servers that support 8-bit transfer.",
        ],
        note: None,
    }
    (6, 4) {
        name: "Conversion with loss performed",
        meaning: "The message was delivered, but it had to be converted on the way and some of its information was lost in the process.",
        basic: "250",
        classes: &[StatusClass::Success, StatusClass::PermanentFailure],
        actor: Actor::Nobody,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "A gateway converted the message to a format that cannot represent all of it, such as certain attachments or character sets.",
            "Characters missing from the destination's character set were replaced during conversion.",
        ],
        remedies: sentences![
            "No action is needed for delivery, but the sender may want to check with the recipient that the content arrived intact.",
            "For important content, the sender should use a simpler format that needs no conversion.",
        ],
        note: Some("This is normally a warning attached to a successful delivery. The registry also allows it as a permanent failure when the sender had asked that no conversion losing information be performed."),
    }
    (6, 5) {
        name: "Conversion Failed",
        meaning: "The message needed to be converted for delivery, and the conversion was attempted but did not succeed.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.7")],
        causes: sentences![
            "A gateway could not convert the message's encoding or character set for the next system.",
            "The content was damaged or malformed, so the converter could not process it.",
        ],
        remedies: sentences![
            transient "For a 4.6.5 code, the sending program should retry later.",
            "The sender should resend with simpler content, such as plain text and common attachment types.",
            "The administrator of the converting system should check its logs for the cause of the failure.",
        ],
        note: None,
    }
    (6, 6) {
        name: "Message content not available",
        meaning: "The server was supposed to fetch the message content from another system and could not get it.",
        basic: "554",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(4468, "")],
        causes: sentences![
            "A mail program used the BURL extension to point the submission server at a message stored on an IMAP server, and fetching it failed.",
            "The URL given for the content has expired, was revoked or refers to a message that was deleted.",
            "The IMAP server holding the content could not be reached.",
        ],
        remedies: sentences![
            "The sending program should resend the message with its content included directly instead of by reference.",
            transient "For a 4.6.6 code, the content may be reachable again later, so the sending program can retry with the same reference.",
            "The sending side's administrator should check the connection and trust settings between the submission server and the IMAP server.",
        ],
        note: None,
    }
    (6, 7) {
        name: "Non-ASCII addresses not permitted for that sender/recipient",
        meaning: "An address containing characters outside ASCII, an internationalised address, was used, and the server does not accept such addresses for that sender or recipient.",
        basic: "553, 550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(6531, "")],
        causes: sentences![
            "The sender or recipient address contains accented or non-Latin characters, and the server or the path does not support SMTPUTF8.",
            "The server supports internationalised mail in general, but not for this particular mailbox.",
        ],
        remedies: sentences![
            "The sender should use an ASCII-only address for the recipient if one exists.",
            "The sender should send from an ASCII-only address when writing to systems without internationalised mail support.",
            "The administrators of the mail systems involved should enable SMTPUTF8 support.",
        ],
        note: None,
    }
    (6, 8) {
        name: "UTF-8 string reply is required, but not permitted by the SMTP client",
        meaning: "The server would have to show a mailbox name in UTF-8 in its reply, but the client has not said that it accepts UTF-8 replies.",
        basic: "252, 553, 550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(6531, "")],
        causes: sentences![
            "A client asked the server to verify or expand an address (VRFY or EXPN) whose mailbox name contains non-ASCII characters, without giving the SMTPUTF8 option.",
            "The client does not support internationalised email (SMTPUTF8), while the mailbox involved needs it.",
        ],
        remedies: sentences![
            "The sending program should repeat the request with the SMTPUTF8 option if it supports internationalised email.",
            "The sending side's administrator should update the software to a version that supports SMTPUTF8.",
        ],
        note: None,
    }
    (6, 9) {
        name: "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
        meaning: "The message has internationalised (UTF-8) header fields and could not be passed on to at least one recipient, so the whole message was refused after its content had been sent.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(6531, "")],
        causes: sentences![
            "The message uses UTF-8 in addresses or header fields, and a server further along the path does not support SMTPUTF8.",
            "One recipient's system cannot accept internationalised mail, so the server refused the message at the end of the data transfer.",
        ],
        remedies: sentences![
            "The sender should resend using only ASCII addresses and header fields, or send separately to the recipients whose systems lack SMTPUTF8 support.",
            "The recipient's administrator should enable SMTPUTF8 support on their mail servers.",
        ],
        note: Some("This code is given after the final dot of the DATA command, so it applies to the message as a whole rather than to one RCPT TO command."),
    }
    (6, 10) {
        name: "Deprecated duplicate of X.6.8",
        meaning: "This is a deprecated duplicate of X.6.8: a reply would need to show a mailbox name in UTF-8, but the client does not accept UTF-8 replies.",
        basic: "",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(6531, "")],
        causes: sentences![
            "A server sent this deprecated number in a situation for which X.6.8 is the registered code.",
        ],
        remedies: sentences![
            "Treat it as X.6.8: the sending program should repeat the request with the SMTPUTF8 option if it can.",
            "Server developers should send X.6.8 instead of this code.",
        ],
        note: Some("The registry keeps this entry only to record that it duplicates X.6.8 and is deprecated. It has no name or basic code there, so the title used here is not an official one."),
    }
    (7, 0) {
        name: "Other or undefined security status",
        meaning: "A security or policy matter affected the message and no more specific code fits, or the server chose not to give details for security reasons.",
        basic: "220, 235, 450, 454, 500, 501, 503, 504, 530, 535, 550",
        classes: &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "The server requires login or encryption before it accepts mail, and the client had not provided it (for example 530 5.7.0).",
            "The authentication system had a temporary fault, and the server answered 454 4.7.0.",
            "A security check failed and the server keeps the details to itself so as not to help attackers.",
            "The server confirms a successful login with 235 2.7.0.",
        ],
        remedies: sentences![
            "The sender should check that the mail program logs in to the outgoing server and uses an encrypted connection (STARTTLS or SSL/TLS).",
            transient "For a 4.7.0 code, the sending program should retry later.",
            "The sending side's administrator should read the server's text and logs and contact the receiving side if the reason stays unclear.",
        ],
        note: Some("The registry also lists success replies such as 235 for this code, and the SMTP authentication specification (RFC 4954) uses 235 2.7.0 to confirm a successful login, so a class 2 form is normal."),
    }
    (7, 1) {
        name: "Delivery not authorized, message refused",
        meaning: "The receiving server refused the message because of its policy: this sender is not allowed to send to this destination.",
        basic: "451, 454, 502, 503, 533, 550, 551",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "The sending server's IP address is on a blocklist or has a poor reputation.",
            "The client tried to relay mail through a server that does not relay for it without authentication.",
            "A spam or content filter rejected the message, or the recipient accepts mail only from approved senders.",
            "A greylisting server refused the first attempt from an unfamiliar sender with 4.7.1 and expects a retry.",
        ],
        remedies: sentences![
            transient "For a 4.7.1 code, the sending program should retry later; greylisting servers accept the message after a delay of some minutes.",
            "The sending side's administrator should check whether the sending IP address is on a blocklist named in the reply text and request removal once the cause is fixed.",
            "The sender should make sure the mail program logs in to the outgoing server, because relaying without authentication is refused.",
            "If the refusal seems wrong, the sender should contact the recipient's postmaster by another channel and quote the full error.",
        ],
        note: Some("The registry calls this code permanent only, yet it lists temporary basic codes such as 451 and 454 for it, and 4.7.1 is widely used for temporary policy refusals, most notably by greylisting servers. A 4.7.1 reply means the sending program should simply retry later."),
    }
    (7, 2) {
        name: "Mailing list expansion prohibited",
        meaning: "The sender is not allowed to send to this mailing list or group address.",
        basic: "550",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "The list accepts posts only from its members, and the sender is not subscribed.",
            "The group is restricted to senders inside the organisation or to named moderators.",
            "The sender posted from a different address than the one subscribed to the list.",
        ],
        remedies: sentences![
            "The sender should subscribe to the list or send from the subscribed address.",
            "The sender should ask the list owner for permission to post.",
        ],
        note: None,
    }
    (7, 3) {
        name: "Security conversion required but not possible",
        meaning: "Delivery required converting the message from one secure messaging format to another, and that conversion could not be done.",
        basic: "Not given",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "A gateway between two secure mail systems cannot translate the message's encryption or signature format.",
            "A message signed or encrypted in one format was sent to a system that handles only another.",
        ],
        remedies: sentences![
            "The sender should resend using a security format that the recipient's system supports, or without that protection if that is acceptable.",
            "The sender and the recipient should agree on a common method, such as S/MIME or OpenPGP.",
        ],
        note: None,
    }
    (7, 4) {
        name: "Security features not supported",
        meaning: "The message or session asked for a security feature that the delivery protocol or the receiving server cannot support.",
        basic: "504",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "The client requested an authentication mechanism that the server does not offer.",
            "The message asked for a security service, such as secure authentication or signing, that the next system lacks.",
        ],
        remedies: sentences![
            "The sending program should choose a security option or authentication mechanism that the server announces.",
            "The sender should resend without the unsupported security feature, or ask the recipient which features their system supports.",
        ],
        note: None,
    }
    (7, 5) {
        name: "Cryptographic failure",
        meaning: "A system that was entitled to check or decrypt the message could not do so, because a key or similar information was missing or invalid.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::RecipientAdmin,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "A gateway that decrypts incoming mail does not have the private key or certificate for the recipient.",
            "The certificate or key involved has expired, was revoked or is otherwise invalid.",
            "The message was encrypted to an old key that the recipient's system no longer holds.",
        ],
        remedies: sentences![
            "The recipient's administrator should make sure the gateway has the current keys and certificates.",
            "The sender should check that the message was encrypted to the recipient's current certificate or key, and resend.",
        ],
        note: None,
    }
    (7, 6) {
        name: "Cryptographic algorithm not supported",
        meaning: "A system that was entitled to check or decrypt the message could not do so, because it does not support the algorithm used.",
        basic: "Not given",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "The message was encrypted or signed with an algorithm that the gateway does not implement.",
            "The receiving system has disabled an old algorithm that it no longer considers safe, such as a weak hash or cipher.",
        ],
        remedies: sentences![
            "The sender should resend using a current, widely supported algorithm.",
            "The recipient's administrator should check which algorithms the gateway supports and update it if needed.",
        ],
        note: None,
    }
    (7, 7) {
        name: "Message integrity failure",
        meaning: "A system that was entitled to verify the message found that it had been corrupted or changed on the way.",
        basic: "Not given",
        classes: &[StatusClass::Success, StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(3463, "3.8")],
        causes: sentences![
            "A signature check failed because the content changed after the message was signed.",
            "A relay or mailing list modified the message, for example by adding a footer or re-encoding it.",
            "The message was damaged during transfer.",
        ],
        remedies: sentences![
            "The sender should resend the message, ideally by a direct route.",
            "Administrators of relays and mailing lists should avoid altering signed messages.",
        ],
        note: Some("The registry allows this code in all three classes, so it can also appear as a warning about a message that was still delivered."),
    }
    (7, 8) {
        name: "Authentication credentials invalid",
        meaning: "Logging in to the mail server failed because the user name, password or other credentials were wrong or not sufficient.",
        basic: "535, 554",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(4954, "")],
        causes: sentences![
            "The password stored in the mail program is wrong or was changed on the server.",
            "The provider requires an app password or OAuth sign-in, and the ordinary account password was refused.",
            "The user name was entered in the wrong form, for example without the domain.",
        ],
        remedies: sentences![
            "The sender should re-enter the user name and password in the mail program's outgoing server settings.",
            "The sender should check whether the provider requires an app password or a different sign-in method.",
            "Mail client developers should ask the user for new credentials instead of retrying the same ones.",
        ],
        note: Some("Before X.7.14 was registered, the BURL extension (RFC 4468) used this code when a submission server lacked a trust relationship with the server holding the message content; X.7.14 now covers that case."),
    }
    (7, 9) {
        name: "Authentication mechanism is too weak",
        meaning: "The server will not accept the chosen login method for this user, because its policy requires a stronger one.",
        basic: "534",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(4954, "")],
        causes: sentences![
            "The server's policy does not allow the chosen login method for this account, and the client did not pick a stronger one from the methods the server lists.",
            "The account uses two-step verification and the provider demands an application-specific password; Gmail, for example, replies 534 5.7.9 in that case.",
        ],
        remedies: sentences![
            "The sending program should retry with a stronger authentication mechanism that the server offers.",
            "The sender should create an app password or switch the mail program to OAuth sign-in, as the provider instructs.",
        ],
        note: Some("Providers that refuse password logins by policy often use other codes: Gmail answers 534 5.7.14 when the user must first sign in through a web browser, and Microsoft 365 answers 535 5.7.139 when basic authentication or SMTP authentication is turned off for the account or its organisation."),
    }
    (7, 10) {
        name: "Encryption Needed",
        meaning: "The requested login method may be used only over an encrypted connection, and the connection is not yet encrypted.",
        basic: "523",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(5248, "")],
        causes: sentences![
            "The client tried to log in with a plain-text password before starting TLS.",
            "The mail program is set up without SSL/TLS or STARTTLS for the outgoing server.",
        ],
        remedies: sentences![
            "The sending program should start TLS (STARTTLS) and then log in again, or choose a stronger mechanism.",
            "The sender should enable SSL/TLS or STARTTLS for the outgoing server in the mail program.",
        ],
        note: Some("Some bounce-code lists describe basic code 523 as a message size limit, but in the registry 523 belongs to this encryption code."),
    }
    (7, 11) {
        name: "Encryption required for requested authentication mechanism",
        meaning: "The login method the client chose is allowed only on an encrypted connection, and the connection was not encrypted.",
        basic: "524, 538",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(4954, "")],
        causes: sentences![
            "The client used a password-based mechanism on a plain connection to a server that allows it only after TLS has started.",
        ],
        remedies: sentences![
            "The sending program should start TLS before logging in.",
            "The sender should enable SSL/TLS or STARTTLS for the outgoing server in the mail program.",
        ],
        note: Some("The registry keeps this code for historical reasons: current servers should not offer login methods that cannot be used on the connection as it stands, so they seldom send it. X.7.10 expresses a similar need for encryption."),
    }
    (7, 12) {
        name: "A password transition is needed",
        meaning: "The server must convert the account's stored password before the requested authentication mechanism can be used; one login with PLAIN usually does it.",
        basic: "422, 432",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(4954, "")],
        causes: sentences![
            "The server holds no credentials for the requested mechanism yet, for example after a change of login system, and needs one login with PLAIN to create them.",
        ],
        remedies: sentences![
            "The sending program should log in once with PLAIN over an encrypted connection and then use the requested mechanism in later sessions.",
            "The sender should ask the mail administrator for help if the error continues after a successful login with PLAIN.",
        ],
        note: Some("Some bounce-code lists describe 422 as a full mailbox and 432 as a stopped Microsoft Exchange queue; in the registry both basic codes belong to this authentication code."),
    }
    (7, 13) {
        name: "User Account Disabled",
        meaning: "The login itself succeeded, but the account is disabled, so the server will not accept mail from it until an administrator enables it again.",
        basic: "525",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(5248, "")],
        causes: sentences![
            "The provider suspended the account for non-payment.",
            "The account was locked after abuse, such as sending spam, or after signs of a break-in.",
            "The organisation disabled the account, for example when the user left.",
        ],
        remedies: sentences![
            "The sender must contact their provider or administrator to have the account enabled again.",
            "Mail client developers should present this as an account problem rather than asking for the password again.",
        ],
        note: None,
    }
    (7, 14) {
        name: "Trust relationship required",
        meaning: "The submission server needs a configured trust relationship with another server in order to fetch the message content, and none exists.",
        basic: "535, 554",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(5248, "")],
        causes: sentences![
            "A mail program used BURL to refer to a message stored on an IMAP server that the submission server is not set up to trust.",
            "The IMAP server and the submission server are run by different parties and do not share the credentials BURL needs.",
        ],
        remedies: sentences![
            "The sending program should resend the message with its content included instead of by reference.",
            "The sending side's administrator should configure trust between the submission server and the IMAP server.",
        ],
        note: Some("This code took over the situation for which the BURL specification (RFC 4468) had used X.7.8, so older servers may still send X.7.8 instead."),
    }
    (7, 15) {
        name: "Priority Level is too low",
        meaning: "The message's priority is below the lowest priority that the receiving server currently accepts.",
        basic: "450, 550 (other 4XX or 5XX codes are allowed)",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Client,
        references: &[rfc(6710, "")],
        causes: sentences![
            "The server is running in a restricted mode, for example during an emergency or overload, and accepts only higher-priority messages.",
            "The server's policy requires a minimum priority for mail from this sender.",
        ],
        remedies: sentences![
            transient "For a 4.7.15 code, the sending program should retry later, when the server may accept normal priorities again.",
            "If the message is urgent and the sender is entitled to do so, the sender can resend it with a higher priority.",
        ],
        note: Some("This code belongs to the MT-PRIORITY extension (RFC 6710) and is rarely seen in ordinary Internet mail."),
    }
    (7, 16) {
        name: "Message is too big for the specified priority",
        meaning: "The message is larger than the server allows for messages of the requested priority.",
        basic: "552 (other 4XX or 5XX codes are allowed)",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(6710, "")],
        causes: sentences![
            "The server accepts only small messages at high priority, and this one carries large attachments.",
            "The server is in a restricted mode in which higher-priority messages must stay under a certain size.",
        ],
        remedies: sentences![
            "The sender should make the message smaller or send it at a lower priority.",
            transient "For a 4.7.16 code, the sending program may retry later, when the limit may have been relaxed.",
        ],
        note: None,
    }
    (7, 17) {
        name: "Mailbox owner has changed",
        meaning: "The sender asked for delivery only if the mailbox has belonged to the same person since a given date, and the receiver found that it has changed owners since then.",
        basic: "5XX",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(7293, "")],
        causes: sentences![
            "The message carried a Require-Recipient-Valid-Since header field or RRVS option, and the address was closed and given to a new user after that date.",
            "A service such as a password reset sender used RRVS to avoid mailing an address that has been recycled.",
        ],
        remedies: sentences![
            "The sender should not resend to this address, because the intended person no longer owns it.",
            "The sender should obtain a current address for the person and update their records.",
        ],
        note: None,
    }
    (7, 18) {
        name: "Domain owner has changed",
        meaning: "The sender asked for delivery only to a recipient that has been valid since a given date, and the receiver reports that the recipient's domain has changed hands since then.",
        basic: "5XX",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(7293, "")],
        causes: sentences![
            "The message carried a Require-Recipient-Valid-Since header field or RRVS option, and the domain was sold, expired or transferred after the given date.",
        ],
        remedies: sentences![
            "The sender should not resend, because the address may now belong to someone else entirely.",
            "The sender should contact the intended person by another channel for a current address.",
        ],
        note: None,
    }
    (7, 19) {
        name: "RRVS test cannot be completed",
        meaning: "The sender asked for a check that the mailbox has had the same owner since a given date, but the receiver has no record that would allow the check.",
        basic: "5XX",
        classes: &[StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(7293, "")],
        causes: sentences![
            "The receiving system did not record when the mailbox was created or last changed owner, so it cannot answer the RRVS question.",
        ],
        remedies: sentences![
            "The sender should decide whether to resend the message without the RRVS requirement.",
            "For sensitive messages, the sender should confirm the address with the intended recipient first.",
        ],
        note: None,
    }
    (7, 20) {
        name: "No passing DKIM signature found",
        meaning: "The receiver requires a valid DKIM signature, and the message had none that verified.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, ""), rfc(6376, "")],
        causes: sentences![
            "The sending domain does not sign its mail with DKIM.",
            "The message was signed, but the signature broke because the message was changed afterwards, for example by a mailing list footer.",
            "The DKIM public key is missing from DNS or does not match the key used for signing.",
        ],
        remedies: sentences![
            "The sending domain's administrator should set up DKIM signing and publish the matching public key in DNS.",
            "The sending side's administrator should make sure nothing changes messages after they have been signed.",
        ],
        note: Some("The DKIM specification (RFC 6376) advises receivers not to treat a message with only failing signatures worse than an unsigned one, so a refusal with this code reflects the receiver's stricter local policy."),
    }
    (7, 21) {
        name: "No acceptable DKIM signature found",
        meaning: "The message had at least one valid DKIM signature, but none that the receiver's policy accepts.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, ""), rfc(6376, "")],
        causes: sentences![
            "The only valid signature came from a third party, such as an email service provider's own domain, which the receiver does not accept.",
            "The signature used a key that is too short or an algorithm that the receiver no longer accepts.",
            "The signature did not cover header fields that the receiver requires to be signed.",
        ],
        remedies: sentences![
            "The sending domain's administrator should have mail signed with the domain's own DKIM key.",
            "The sending domain's administrator should follow current signing practice, such as 2048-bit RSA keys and always signing the From header field.",
        ],
        note: Some("As with X.7.20, refusing mail for this reason goes beyond what the DKIM specification (RFC 6376) advises and reflects the receiver's local policy."),
    }
    (7, 22) {
        name: "No valid author-matched DKIM signature found",
        meaning: "The message had valid DKIM signatures, but none from the domain of the author address in the From header field, which the receiver requires.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, ""), rfc(6376, "")],
        causes: sentences![
            "A service provider signed the message with its own domain instead of the domain in the From address.",
            "The From address uses a domain that has not been set up for DKIM signing with the service that sent the message.",
        ],
        remedies: sentences![
            "The sending domain's administrator should set up DKIM signing for the From domain with every service that sends mail for it.",
            "The sender should send from an address in a domain that their mail service signs for.",
        ],
        note: Some("This is a narrower case of X.7.21: the signatures are valid, but none matches the author's domain, the same idea of alignment that DMARC uses."),
    }
    (7, 23) {
        name: "SPF validation failed",
        meaning: "The sending server is not authorised by the SPF record of the sender's domain, and the receiver's policy refuses mail that fails SPF.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, ""), rfc(7208, "")],
        causes: sentences![
            "The sender's domain publishes an SPF record that does not list the server or service that sent the message.",
            "A new mail service was added without updating the domain's SPF record.",
            "The message was forwarded, so it arrived from a server that the original domain's SPF record does not cover.",
        ],
        remedies: sentences![
            "The sending domain's administrator should add every legitimate sending server and service to the domain's SPF record.",
            "Forwarding services should rewrite the envelope sender, for example with SRS, so that SPF is checked against their own domain.",
        ],
        note: Some("This code is a more specific alternative to 5.7.1: RFC 7208, the SPF specification, names 5.7.1 for SPF failures, and many servers still send it."),
    }
    (7, 24) {
        name: "SPF validation error",
        meaning: "The receiver could not complete the SPF check for the sender's domain because of an error, so it got no clear pass or fail.",
        basic: "451/550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, ""), rfc(7208, "")],
        causes: sentences![
            "The DNS lookup for the domain's SPF record timed out or failed temporarily.",
            "The SPF record contains a syntax error or is otherwise invalid.",
            "Evaluating the SPF record needs more than the permitted ten DNS lookups, for example because of many nested include terms.",
            "The domain publishes more than one SPF record.",
        ],
        remedies: sentences![
            transient "For a 4.7.24 code, the sending program should retry later.",
            "The sending domain's administrator should check the SPF record with a validator and fix syntax errors, duplicate records or too many lookups.",
        ],
        note: Some("Without this code, the SPF specification (RFC 7208) has such errors reported as 4.4.3 for temporary DNS problems or 5.5.2 for a broken record; this code names the cause directly."),
    }
    (7, 25) {
        name: "Reverse DNS validation failed",
        meaning: "The sending server's IP address failed the receiver's reverse DNS check, which its policy requires.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, "3.3")],
        causes: sentences![
            "The sending IP address has no reverse DNS (PTR) record.",
            "The PTR record names a host whose forward lookup does not lead back to the same IP address.",
            "The reverse DNS name looks like a generic name for a dynamic or residential address.",
        ],
        remedies: sentences![
            "The sending side's administrator should ask whoever controls the IP range, usually the hosting provider or ISP, to set a PTR record naming the mail server.",
            "The sending side's administrator should make sure the PTR name resolves back to the same IP address.",
        ],
        note: None,
    }
    (7, 26) {
        name: "Multiple authentication checks failed",
        meaning: "The message failed more than one of the receiver's sender authentication checks, such as SPF and DKIM, and the receiver's policy refuses it. The reply does not say which checks failed.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7372, "")],
        causes: sentences![
            "The message failed both SPF and DKIM, so it also failed the sending domain's DMARC policy.",
            "Someone forged the sender's domain, for example in a phishing attempt.",
            "A legitimate service sends mail for the domain without being covered by its SPF record or its DKIM signing.",
        ],
        remedies: sentences![
            "The sending domain's administrator should set up SPF and DKIM for every service that sends mail for the domain.",
            "The sending domain's administrator should read the DMARC aggregate reports to find the sources that fail.",
        ],
        note: Some("Gmail, for example, uses 5.7.26 for mail that fails the sending domain's DMARC policy or is not authenticated at all."),
    }
    (7, 27) {
        name: "Sender address has null MX",
        meaning: "The sender's address is in a domain that declares with a null MX record that it receives no mail, and the receiver refuses mail from such senders.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(7505, "")],
        causes: sentences![
            "The message was sent from a no-reply domain whose DNS publishes a null MX record.",
            "The sending application uses a domain set up only for sending, which cannot receive replies or bounces.",
        ],
        remedies: sentences![
            "The sender should use a sender address in a domain that can receive mail, so that replies and bounces can be delivered.",
            "The sending domain's administrator should replace the null MX record with working MX records if the domain should receive mail.",
        ],
        note: None,
    }
    (7, 28) {
        name: "Mail flood detected",
        meaning: "The receiver judged the message to be one of a flood of similar abusive messages and refused it.",
        basic: ".",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[draft("draft-levine-mailbomb-header-00")],
        causes: sentences![
            "An address is being subscription-bombed: attackers signed it up to many lists or web forms, which now send it confirmation messages.",
            "Many nearly identical messages arrived from the same source within a short time.",
        ],
        remedies: sentences![
            "The sending side's administrator should stop the flood, for example by protecting sign-up forms against automated abuse and using confirmed opt-in.",
            "The sending program should not retry the same message quickly.",
        ],
        note: Some("The only reference for this entry is an Internet-Draft (draft-levine-mailbomb-header-00), not an RFC, and its change controller is not the IESG. The registry's basic code field holds just \".\", so no basic reply code is given."),
    }
    (7, 29) {
        name: "ARC validation failure",
        meaning: "The message failed ARC validation: the chain of authentication results added by intermediaries such as mailing lists or forwarders could not be verified.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::SenderAdmin,
        references: &[rfc(8617, "")],
        causes: sentences![
            "An intermediary added ARC header fields incorrectly or with an invalid signature.",
            "The message was changed after an ARC seal was applied, which broke the chain.",
        ],
        remedies: sentences![
            "The administrator of the forwarding service or mailing list should check its ARC signing configuration.",
            "The sender should try sending directly to the recipient instead of through the forwarder or list.",
        ],
        note: None,
    }
    (7, 30) {
        name: "REQUIRETLS support required",
        meaning: "The message was sent with the REQUIRETLS option, which demands TLS protection on every hop, and none of the servers it should go to next support that option, so it could not be passed on.",
        basic: "550",
        classes: &[StatusClass::PersistentTransientFailure, StatusClass::PermanentFailure],
        actor: Actor::Sender,
        references: &[rfc(8689, "")],
        causes: sentences![
            "The sender asked for REQUIRETLS, and the recipient domain's mail servers do not announce REQUIRETLS support.",
            "A relay on the way could not find a next-hop server that supports REQUIRETLS.",
        ],
        remedies: sentences![
            "The sender should decide whether to resend the message without the REQUIRETLS requirement.",
            "If protected delivery is needed, the recipient's administrator should enable REQUIRETLS support on the domain's mail servers.",
        ],
        note: None,
    }
}

enhanced_subjects! {
    unlisted_note: "This code is not in the IANA registry, so it is a server's own private code. Only its class is standard, and its subject too when that is one of the eight subjects (X.0 to X.7) that RFC 3463 defines; the server's text says what it means. Microsoft's mail services, for example, use many codes in the X.7.500 to X.7.999 range.",
    class 2 {
        name: "Success",
        meaning: "The action succeeded: the message was delivered, relayed or accepted. The rest of the code may report something that happened on the way, such as a conversion.",
    }
    class 4 {
        name: "Persistent Transient Failure",
        meaning: "The message could not be delivered yet because of a condition that is expected to be temporary. The sending program normally keeps it queued and tries again, and a later attempt may succeed.",
    }
    class 5 {
        name: "Permanent Failure",
        meaning: "The message was refused or could not be delivered, and sending it again unchanged will fail again. Something must change first, such as the address, the message or a setting on one of the systems.",
    }
    subject 0 {
        name: "Other or Undefined Status",
        meaning: "The code says nothing about the kind of problem; only its first digit tells whether it is a success, a temporary failure or a permanent failure.",
        actor: Actor::RecipientAdmin,
        causes: sentences![
            "The server did not classify the reason and used a generic code.",
            "The reason is described only in the text that follows the code.",
        ],
        remedies: sentences![
            "Read the server's text after the code, because it is the only explanation given.",
            "For a temporary failure, the sending program should retry later; for a permanent one, the sender should ask the recipient or their mail administrator.",
        ],
    }
    subject 1 {
        name: "Addressing Status",
        meaning: "The problem concerns the sender's or a recipient's address: its syntax, whether it exists, or whether its domain can handle mail.",
        actor: Actor::Sender,
        causes: sentences![
            "An address is misspelled or incomplete.",
            "The recipient's mailbox or domain no longer exists.",
            "The sender's address or domain is invalid or cannot receive replies.",
        ],
        remedies: sentences![
            "The sender should check both addresses for typos and resend.",
            "The sender should confirm the recipient's current address by another channel.",
            "Bounce processors should stop mailing addresses that fail permanently.",
        ],
    }
    subject 2 {
        name: "Mailbox Status",
        meaning: "The problem concerns the recipient's mailbox itself, such as its capacity, its state or its limits, which the recipient can usually sort out.",
        actor: Actor::Recipient,
        causes: sentences![
            "The mailbox is full or over its quota.",
            "The mailbox is disabled, suspended or receiving mail too fast.",
            "The message exceeds a limit set for this mailbox.",
        ],
        remedies: sentences![
            "For a temporary failure, the sending program should retry later.",
            "The sender should tell the recipient by another channel, so that the recipient can fix the mailbox.",
            "The recipient should free space or ask their provider to restore the mailbox.",
        ],
    }
    subject 3 {
        name: "Mail System Status",
        meaning: "The problem lies in the destination mail system as a whole rather than in one mailbox, and is normally for that system's administrator to fix.",
        actor: Actor::RecipientAdmin,
        causes: sentences![
            "The destination server is overloaded, out of storage or under maintenance.",
            "The destination server is misconfigured.",
            "The message exceeds a limit of the destination system, such as its maximum message size.",
        ],
        remedies: sentences![
            "For a temporary failure, the sending program should retry later.",
            "The sender should report lasting failures to the recipient or to the destination's postmaster.",
            "The destination's administrator should check the mail server's logs, storage and configuration.",
        ],
    }
    subject 4 {
        name: "Network and Routing Status",
        meaning: "The problem lies in getting the message across the network: connections, DNS and routing between mail servers.",
        actor: Actor::RecipientAdmin,
        causes: sentences![
            "The next mail server could not be reached, or the connection broke.",
            "DNS lookups for the destination failed or gave no usable mail route.",
            "The message looped between servers or took too long to deliver.",
        ],
        remedies: sentences![
            "For a temporary failure, the sending program should retry later.",
            "The destination's administrator should check the domain's DNS records and whether its servers are reachable.",
            "Administrators of relays along the path should check their routing and connectivity.",
        ],
    }
    subject 5 {
        name: "Mail Delivery Protocol Status",
        meaning: "The problem lies in the SMTP conversation between two systems, such as unsupported or malformed commands, limits of the protocol, or an unreliable connection.",
        actor: Actor::SenderAdmin,
        causes: sentences![
            "The sending software sent a command the server did not accept.",
            "A command had invalid or unsupported arguments.",
            "A protocol limit, such as the number of recipients per message, was reached.",
        ],
        remedies: sentences![
            "For a temporary failure, the sending program should retry later.",
            "The sending side's administrator should compare the session logs of both servers and update the sending software.",
            "Developers should follow the SMTP specification and use only extensions that the server announces.",
        ],
    }
    subject 6 {
        name: "Message Content or Media Status",
        meaning: "The problem concerns the content of the message: its format, its encoding or media types, or a conversion needed to deliver it.",
        actor: Actor::Sender,
        causes: sentences![
            "The message is malformed or uses content that the receiver cannot handle.",
            "A conversion needed on the way, such as from 8-bit to 7-bit, was not possible or failed.",
            "Internationalised (UTF-8) addresses or header fields could not be passed on.",
        ],
        remedies: sentences![
            "The sender should resend the message in a simpler form, such as plain text with common attachment types.",
            "Developers of sending software should produce standard message formats and encode 8-bit content when needed.",
            "The administrators of both sides should make sure they support a common set of content types and extensions.",
        ],
    }
    subject 7 {
        name: "Security or Policy Status",
        meaning: "The problem concerns security or policy: authentication, encryption, filtering, or the receiver's rules about which senders and messages it accepts.",
        actor: Actor::SenderAdmin,
        causes: sentences![
            "The sender could not log in, or used credentials or a login method that the server refused.",
            "The receiver's policy refused the sending server, for example because of its reputation, or refused the message content.",
            "The message failed sender authentication checks such as SPF, DKIM or DMARC.",
            "The receiver is limiting how fast it accepts mail from this sender.",
        ],
        remedies: sentences![
            "The sender should check the login and encryption settings of the mail program.",
            "The sending side's administrator should check the IP reputation, blocklists and the domain's SPF, DKIM and DMARC records.",
            "For a temporary failure, the sending program should retry later at a slower rate.",
            "If the refusal seems wrong, the sender should contact the recipient's postmaster with the full error text.",
        ],
    }
}
