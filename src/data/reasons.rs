//! The table of bounce reasons: the one place each [`Reason`](crate::Reason) is declared.
//!
//! One row per reason; `src/reasons/reason.rs` expands it into the `Reason` enum, its docs,
//! `Reason::ALL`, `as_str`, `FromStr` and every accessor, and the struct `ReasonRow` there is the
//! schema the rows follow. Adding a reason is one row here, its phrases in `reason_phrases.rs`,
//! and its translations (the tests name what is missing).
//!
//! - `Variant("name")`: the stable name `as_str` gives. For a reason Sisimai has (`sisimai:
//!   true`) it is Sisimai's exact name (v5); for one it lacks, a lowercase word in the same style.
//! - `name`, `meaning`, `causes`, `remedies`: English texts, written for this crate. Each remedy
//!   names who acts ([`Actor`](crate::Actor)); `transient` before a remedy keeps it for a
//!   temporary (4xx) failure only, as "Send again later" is no advice after a 5xx reply. Other
//!   languages come from `src/text/locales/`.
//! - `hard`: whether the reason says the address itself is bad and should be suppressed:
//!   `Always`, `Never`, or `WhenPermanent` (only with a 5xx reply or a 5.X.X status).
//! - `fault`: whose problem it is ([`Fault`](crate::Fault)).
//! - `retry`: what a sender does about it ([`Retry`](crate::Retry)): `Later`, `FixFirst`,
//!   `DoNotRetry`, or `NoNeed` for what is not a failure.
//!
//! Rows are in a reading order (success, the address, the mailbox, the sending side, the sender,
//! the message, the receiving side, the rest); the order means nothing to the decision.

reasons! {
    Delivered("delivered") {
        name: "Delivered",
        meaning: "The message was accepted for delivery. Nothing failed.",
        sisimai: true,
        causes: sentences![
            "The receiving server answered with a 2xx reply, or a delivery report carries a 2.X.X status.",
        ],
        remedies: remedies![
            Nobody "Nothing needs to be done.",
        ],
        hard: Hardness::Never,
        fault: Fault::Nobody,
        retry: Retry::NoNeed,
    }
    UserUnknown("userunknown") {
        name: "User unknown",
        meaning: "The recipient's domain exists, but the mailbox named before the @ does not. The address is wrong or was deleted.",
        sisimai: true,
        causes: sentences![
            "The address was mistyped, or was never valid.",
            "The person left the organisation and the mailbox was removed.",
            "The provider deleted a mailbox that had not been used for a long time.",
        ],
        remedies: remedies![
            Sender "Check the spelling of the address, or ask the recipient for the current one.",
            Client "Stop sending to the address and remove it from mailing lists.",
        ],
        hard: Hardness::Always,
        fault: Fault::Address,
        retry: Retry::DoNotRetry,
    }
    HostUnknown("hostunknown") {
        name: "Unknown domain",
        meaning: "The part of the address after the @ names a domain that does not exist, or has no host that mail could be routed to.",
        sisimai: true,
        causes: sentences![
            "The domain was mistyped (\"gmial.com\").",
            "The domain expired or was deleted from DNS.",
        ],
        remedies: remedies![
            Sender "Check the domain of the address for typos.",
            Client "Stop sending to the address; mail to a domain that does not exist cannot be delivered.",
        ],
        hard: Hardness::Always,
        fault: Fault::Address,
        retry: Retry::DoNotRetry,
    }
    HasMoved("hasmoved") {
        name: "Mailbox has moved",
        meaning: "The address was valid once, but its owner has moved elsewhere and the server no longer takes mail for it or forwards it.",
        sisimai: true,
        causes: sentences![
            "The recipient changed provider or address, and the old server reports the move without forwarding.",
            "The mailbox or domain changed owner.",
        ],
        remedies: remedies![
            Sender "Ask the recipient for the new address; some servers name it in the reply.",
            Client "Stop sending to the old address.",
        ],
        hard: Hardness::Always,
        fault: Fault::Address,
        retry: Retry::DoNotRetry,
    }
    NotAccept("notaccept") {
        name: "Domain does not accept mail",
        meaning: "The recipient's domain says it takes no mail at all, usually with a null MX record (RFC 7505), or its mail server refuses every message.",
        sisimai: true,
        causes: sentences![
            "The domain publishes a null MX record because it is used only for a web site.",
            "The receiving host is set up to accept no mail from the network, for good or for a while.",
        ],
        remedies: remedies![
            Sender "Find another way to reach the recipient; this domain does not receive mail.",
            Client "Stop sending to addresses at the domain once the refusal is permanent (a 5xx reply).",
        ],
        hard: Hardness::WhenPermanent,
        fault: Fault::Address,
        retry: Retry::DoNotRetry,
    }
    MailboxFull("mailboxfull") {
        name: "Mailbox full",
        meaning: "The recipient's mailbox has reached its storage quota and takes no more mail until space is freed.",
        sisimai: true,
        causes: sentences![
            "The recipient has not deleted old mail and the quota is used up.",
            "An abandoned mailbox keeps receiving mail that nobody reads.",
        ],
        remedies: remedies![
            Client transient "Send again later; the recipient may free space.",
            Recipient "Delete mail, or ask the provider for a larger quota.",
            Client "Treat an address that stays full for weeks as abandoned.",
        ],
        hard: Hardness::Never,
        fault: Fault::Recipient,
        retry: Retry::Later,
    }
    Suspend("suspend") {
        name: "Account suspended",
        meaning: "The mailbox exists but is disabled, suspended, locked or inactive, so it refuses mail for now.",
        sisimai: true,
        causes: sentences![
            "The provider disabled an account that had not been used for a long time.",
            "The account was locked for a policy breach, an unpaid bill or a security problem.",
            "The organisation archived the mailbox of a person who left.",
        ],
        remedies: remedies![
            Sender "Reach the recipient another way; the account may not come back.",
            Client "Stop sending to the address if the refusal goes on for weeks.",
        ],
        hard: Hardness::Never,
        fault: Fault::Recipient,
        retry: Retry::DoNotRetry,
    }
    Filtered("filtered") {
        name: "Filtered by the recipient",
        meaning: "The recipient's own settings refused the message: a personal blocklist, a rule that takes mail only from chosen senders, or a filter that refused it only after the message's data was sent.",
        sisimai: true,
        causes: sentences![
            "The recipient blocked the sender's address or domain.",
            "The mailbox accepts mail only from a list of senders the recipient chose.",
            "A filter rejected the message after its data was sent, sometimes with a misleading \"user unknown\".",
        ],
        remedies: remedies![
            Sender "Ask the recipient, by other means, to allow mail from your address.",
            Client "Do not resend the same message; it will be refused the same way.",
        ],
        hard: Hardness::Never,
        fault: Fault::Recipient,
        retry: Retry::DoNotRetry,
    }
    Blocked("blocked") {
        name: "Sending server blocked",
        meaning: "The receiving server refused the connection or the mail because of the sending server itself: its IP address is on a blocklist, or the receiver does not take mail from that host or network.",
        sisimai: true,
        causes: sentences![
            "The sending IP address is listed on a DNS blocklist such as Spamhaus, Barracuda or SpamCop.",
            "The receiving provider banned the IP address or its network after spam or abuse.",
            "The IP address belongs to a dynamic or residential range that should not send mail directly.",
        ],
        remedies: remedies![
            SenderAdmin "Look the IP address up on the blocklist named in the reply and follow its removal procedure.",
            SenderAdmin "Find and stop whatever sent spam from the address, then ask for delisting.",
            SenderAdmin "Send through a relay or smart host with a good reputation.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::FixFirst,
    }
    BadReputation("badreputation") {
        name: "Bad reputation",
        meaning: "The receiving provider judges the sending IP address or domain by its history (complaints, spam traps, volume) and will not take its mail now.",
        sisimai: true,
        causes: sentences![
            "Recipients marked earlier mail as spam, or the sender mailed addresses that do not exist.",
            "A new IP address or domain sent a large volume without a sending history.",
        ],
        remedies: remedies![
            Client transient "Slow down and send again later; deferrals for reputation often clear within hours.",
            SenderAdmin "Send only to people who asked for the mail, remove bouncing addresses, and watch the receiving providers' postmaster tools (such as Google Postmaster Tools or Microsoft SNDS).",
            SenderAdmin "Warm up new IP addresses and domains with small, growing volumes.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::Later,
    }
    RequirePtr("requireptr") {
        name: "Reverse DNS required",
        meaning: "The receiving server refuses mail from an IP address without a valid reverse DNS (PTR) record, or whose PTR name does not resolve back to the same address.",
        sisimai: true,
        causes: sentences![
            "The sending IP address has no PTR record.",
            "The PTR record names a host whose forward lookup gives a different address.",
            "The PTR name looks generic or dynamic (\"host-192-0-2-1.isp.example\").",
        ],
        remedies: remedies![
            SenderAdmin "Ask whoever controls the IP address (the hosting or network provider) to set a PTR record naming the mail server.",
            SenderAdmin "Make the PTR name resolve back to the same address.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::FixFirst,
    }
    Speeding("speeding") {
        name: "Rate limited",
        meaning: "The sender sent too many messages, or to too many recipients, in too short a time, and the rest is held back, by the receiving server or by the sending provider's own limits.",
        sisimai: true,
        causes: sentences![
            "A burst of mail exceeded the receiver's per-IP, per-domain or per-hour limit.",
            "The recipient's mailbox receives mail faster than the provider allows.",
            "The sending account reached its own daily or hourly quota.",
        ],
        remedies: remedies![
            Client transient "Send again later at a slower rate.",
            SenderAdmin "Spread large sends over time and honour the limits the receiver publishes.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::Later,
    }
    TooManyConnections("toomanyconn") {
        name: "Too many connections",
        meaning: "The receiving server refused because the sending host has too many connections open to it at once, or opens them too often.",
        sisimai: true,
        causes: sentences![
            "The sending server opens many parallel connections to the same destination.",
            "Several servers behind one IP address all deliver to the same provider.",
        ],
        remedies: remedies![
            Client transient "Send again later over fewer connections.",
            SenderAdmin "Lower the concurrency limit for the destination in the MTA's settings.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::Later,
    }
    TooManyRecipients("toomanyrecipients") {
        name: "Too many recipients",
        meaning: "The receiving server takes no more recipients in this transaction. The message can be sent straight away, in a new transaction, to the recipients it refused.",
        sisimai: false,
        causes: sentences![
            "The transaction had more RCPT TO commands than the server accepts (often 50 or 100).",
        ],
        remedies: remedies![
            Client "Send to the refused recipients again straight away, in a new transaction.",
            SenderAdmin "Lower the MTA's limit of recipients per message.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::Later,
    }
    Greylisted("greylisted") {
        name: "Greylisted",
        meaning: "The receiving server defers mail from a sender it has not seen before, and accepts it when the same message is sent again after a few minutes. It is a routine check, not a fault.",
        sisimai: false,
        causes: sentences![
            "This combination of sending IP address, sender and recipient is new to the receiving server.",
        ],
        remedies: remedies![
            Client transient "Send again after a few minutes, from the same IP address; a standard MTA does this on its own.",
            SenderAdmin "Keep the queue's retry interval short enough (5 to 15 minutes) for the first retries.",
        ],
        hard: Hardness::Never,
        fault: Fault::Nobody,
        retry: Retry::Later,
    }
    AuthFailure("authfailure") {
        name: "Sender authentication failed",
        meaning: "The message failed the sender-authentication checks the receiver demands: SPF, DKIM, DMARC or ARC.",
        sisimai: true,
        causes: sentences![
            "The sending server is not in the SPF record of the sending domain.",
            "The message has no valid DKIM signature, or a signature for another domain.",
            "The domain in the From header has a DMARC policy of reject or quarantine, and neither SPF nor DKIM passed aligned with it.",
        ],
        remedies: remedies![
            SenderAdmin "Add every server that sends for the domain to its SPF record.",
            SenderAdmin "Sign outgoing mail with DKIM for the From domain, and publish the key.",
            SenderAdmin "Check DMARC reports to find which source fails, then fix it before sending again.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::FixFirst,
    }
    Rejected("rejected") {
        name: "Sender rejected",
        meaning: "The receiving side refused the sender: the envelope sender's address or domain is invalid, unresolvable or blocked, or the sender is not allowed to send to this recipient.",
        sisimai: true,
        causes: sentences![
            "The sender's domain does not exist or has no MX or A record, so bounces could not be returned.",
            "The sender's address or domain is on the receiver's blocklist.",
            "The recipient's organisation or group takes mail only from its members or from authenticated senders.",
            "The sending account is not allowed to use that sender address.",
        ],
        remedies: remedies![
            SenderAdmin "Use an envelope sender address that can receive bounces, in a domain whose DNS works.",
            Sender "Send from an address the account is allowed to use, or ask the group's owner for permission to post.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::FixFirst,
    }
    NoRelaying("norelaying") {
        name: "Relaying denied",
        meaning: "The server that received the message does not handle mail for the recipient's domain, and will not pass it on for this client.",
        sisimai: true,
        causes: sentences![
            "The client sent the message, without logging in, to a server that is not the recipient's MX.",
            "The recipient domain's MX record points to a server that does not handle that domain.",
        ],
        remedies: remedies![
            Sender "Log in (SMTP AUTH) before sending through the submission server.",
            SenderAdmin "Route mail to the recipient domain's own MX hosts, or ask the relay's administrator to allow relaying for the sending host.",
            RecipientAdmin "Fix the domain's MX records, or the receiving server's list of accepted domains.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::FixFirst,
    }
    SecurityError("securityerror") {
        name: "Security error",
        meaning: "The receiving server refused for a security reason: the client must log in, its credentials failed, or a security policy was broken.",
        sisimai: true,
        causes: sentences![
            "The submission server requires SMTP authentication and the client did not log in.",
            "The user name or password was wrong, or the account is not allowed to send.",
            "The server sent a generic security or policy refusal (5.7.0, 5.7.1) that names no more specific cause.",
        ],
        remedies: remedies![
            Sender "Turn on SMTP authentication in the mail client and check the credentials.",
            SenderAdmin "Read the rest of the reply for the policy that was broken.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::FixFirst,
    }
    FailedStartTls("failedstarttls") {
        name: "STARTTLS failed",
        meaning: "Delivery needed an encrypted connection and it could not be set up: the receiver requires STARTTLS, TLS negotiation failed, or a certificate check (MTA-STS, DANE) did not pass.",
        sisimai: true,
        causes: sentences![
            "The receiver requires TLS and the sending server did not use it.",
            "The two servers have no TLS version, or no cipher, in common.",
            "The receiving server's certificate failed the checks that MTA-STS or DANE demand.",
        ],
        remedies: remedies![
            SenderAdmin "Enable STARTTLS on the sending server, with up-to-date TLS versions (1.2 or later).",
            RecipientAdmin "Renew the certificate, and keep the MTA-STS policy and the TLSA records in step with it.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::FixFirst,
    }
    SpamDetected("spamdetected") {
        name: "Spam detected",
        meaning: "A content filter on the receiving side classified the message itself as spam and refused it.",
        sisimai: true,
        causes: sentences![
            "The text, links or layout look like spam to the filter.",
            "A link in the message points to a domain on a URL blocklist.",
            "The message scored above the filter's spam threshold.",
        ],
        remedies: remedies![
            Sender "Change the content: remove links to domains on URL blocklists and spam-like wording, and send only mail people asked for.",
            SenderAdmin "Check the sending domain, and the domains the message links to, against URL blocklists.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    VirusDetected("virusdetected") {
        name: "Virus detected",
        meaning: "A virus scanner on the receiving side found malware, or an attachment type used by malware, in the message.",
        sisimai: true,
        causes: sentences![
            "An attachment is infected.",
            "An attachment is an executable, or an archive that holds one, and the receiver refuses such files as a matter of policy.",
        ],
        remedies: remedies![
            Sender "Scan the attachments, then send clean files or share them through a link instead.",
            SenderAdmin "Check the sending computer for malware if the sender attached nothing.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    ContentError("contenterror") {
        name: "Malformed message",
        meaning: "The receiving server could not accept the format of the message: malformed headers, invalid MIME, bare line feeds or 8-bit data where it is not allowed.",
        sisimai: true,
        causes: sentences![
            "The sending program wrote malformed or duplicate headers or broken MIME parts.",
            "The message has bare LF line endings or raw 8-bit data that the receiver refuses.",
        ],
        remedies: remedies![
            SenderAdmin "Fix the program that builds the message so that it writes standard MIME with CRLF line endings.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    PolicyViolation("policyviolation") {
        name: "Policy violation",
        meaning: "The message broke a policy of the receiving side that is not about spam scoring: a ban on some attachments, a rule of the recipient's organisation, or the provider's acceptable-use policy.",
        sisimai: true,
        causes: sentences![
            "A mail flow rule of the recipient's organisation rejects this kind of message.",
            "The provider refused the message with a bare \"not accepted for policy reasons\", naming no policy.",
            "The message has an attachment type or content the receiver forbids.",
        ],
        remedies: remedies![
            Sender "Remove what the policy forbids (attachments, links) and send again.",
            SenderAdmin "Ask the receiving organisation, or read the provider's postmaster pages, for the exact policy.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    NotCompliantRfc("notcompliantrfc") {
        name: "Not compliant with the RFCs",
        meaning: "The message breaks the Internet message format (RFC 5322) in a way the receiver enforces: several From addresses, duplicate headers, a missing Message-ID or Date.",
        sisimai: true,
        causes: sentences![
            "The From header holds more than one address or is missing.",
            "A header that may appear only once appears twice.",
            "A required header is missing or malformed.",
        ],
        remedies: remedies![
            SenderAdmin "Fix the program that builds the message so that its headers follow RFC 5322.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    MessageTooBig("mesgtoobig") {
        name: "Message too big",
        meaning: "The message is larger than the receiving system accepts at all.",
        sisimai: true,
        causes: sentences![
            "The message holds large attachments, which base64 encoding makes about a third larger.",
        ],
        remedies: remedies![
            Sender "Send smaller attachments, or share large files through a link.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    ExceedLimit("exceedlimit") {
        name: "Limit exceeded",
        meaning: "The message exceeds a limit of the recipient's mailbox or of the receiving server, most often a per-mailbox size limit lower than the system's.",
        sisimai: true,
        causes: sentences![
            "The recipient's mailbox takes smaller messages than the server does in general.",
            "The message has too many headers or attachments for the receiver.",
        ],
        remedies: remedies![
            Sender "Send a smaller message, or share the files through a link.",
        ],
        hard: Hardness::Never,
        fault: Fault::Message,
        retry: Retry::FixFirst,
    }
    SystemError("systemerror") {
        name: "System error",
        meaning: "Something went wrong inside the receiving mail system (a configuration error, a failed component, a mail loop) and it could not take the message.",
        sisimai: true,
        causes: sentences![
            "The receiving server failed to write its queue, reach its directory service or run a filter.",
            "The receiving system is misconfigured, or loops mail back to itself.",
        ],
        remedies: remedies![
            Client transient "Send again later; many such failures are temporary.",
            RecipientAdmin "Check the receiving server's logs for the failing component.",
        ],
        hard: Hardness::Never,
        fault: Fault::ReceivingServer,
        retry: Retry::Later,
    }
    SystemFull("systemfull") {
        name: "System full",
        meaning: "The receiving mail system, not the single mailbox, has run out of disk space or another resource.",
        sisimai: true,
        causes: sentences![
            "The disk holding the receiving server's queue or mail store is full.",
        ],
        remedies: remedies![
            Client transient "Send again later.",
            RecipientAdmin "Free disk space on the mail server.",
        ],
        hard: Hardness::Never,
        fault: Fault::ReceivingServer,
        retry: Retry::Later,
    }
    MailerError("mailererror") {
        name: "Mailer error",
        meaning: "The program that delivers into the recipient's mailbox (procmail, maildrop, a pipe, a script) failed or exited with an error.",
        sisimai: true,
        causes: sentences![
            "A local delivery program or a user's forwarding script failed.",
            "The delivery program could not lock or write the mailbox file.",
        ],
        remedies: remedies![
            RecipientAdmin "Check the delivery program's configuration and the permissions of the mailbox.",
            Client transient "Send again later.",
        ],
        hard: Hardness::Never,
        fault: Fault::ReceivingServer,
        retry: Retry::Later,
    }
    NetworkError("networkerror") {
        name: "Network error",
        meaning: "Mail could not be routed or carried to the receiver: a DNS lookup failed, the route was broken, or the message looped between servers.",
        sisimai: true,
        causes: sentences![
            "The DNS servers of the recipient's domain did not answer, or answered with errors.",
            "The network path to the receiving server failed.",
            "Forwarding between servers made the message loop until its hop count ran out.",
        ],
        remedies: remedies![
            Client transient "Send again later; DNS and network failures are usually temporary.",
            RecipientAdmin "Check the domain's DNS servers, MX records and forwarding rules.",
        ],
        hard: Hardness::Never,
        fault: Fault::ReceivingServer,
        retry: Retry::Later,
    }
    Expired("expired") {
        name: "Delivery expired",
        meaning: "The sending server kept retrying until the message's time in the queue ran out, usually because the receiving server could not be reached or kept deferring it.",
        sisimai: true,
        causes: sentences![
            "The receiving server was down, unreachable or refusing connections for days.",
            "Every attempt met a temporary failure until the queue lifetime ended.",
        ],
        remedies: remedies![
            Sender "Send the message again later; the cause may have passed.",
            RecipientAdmin "Check that the receiving server is reachable on port 25 and accepting mail.",
        ],
        hard: Hardness::Never,
        fault: Fault::ReceivingServer,
        retry: Retry::Later,
    }
    SyntaxError("syntaxerror") {
        name: "Protocol error",
        meaning: "The receiving server did not understand the SMTP commands it was sent: an unknown command, bad syntax, or commands in the wrong order.",
        sisimai: true,
        causes: sentences![
            "The sending program has a bug or speaks a non-standard dialect of SMTP.",
            "A firewall or proxy between the servers garbled the session.",
        ],
        remedies: remedies![
            SenderAdmin "Compare the session with RFC 5321 and fix the sending program, or the device in the path.",
        ],
        hard: Hardness::Never,
        fault: Fault::SendingServer,
        retry: Retry::FixFirst,
    }
    Suppressed("suppressed") {
        name: "Suppressed address",
        meaning: "The sending service did not even try: the address is on its suppression list, after an earlier hard bounce, complaint or unsubscribe.",
        sisimai: true,
        causes: sentences![
            "The address bounced hard before, and the service stopped sending to it.",
            "The recipient complained about earlier mail or unsubscribed.",
        ],
        remedies: remedies![
            SenderAdmin "Do not send to the address; take it off the lists that feed the sending service.",
            SenderAdmin "Remove the address from the suppression list only once it is known to work again.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::DoNotRetry,
    }
    OnHold("onhold") {
        name: "Cause not determined",
        meaning: "Delivery failed, but the reply says too little to tell why.",
        sisimai: true,
        causes: sentences![
            "The server gave a bare code, or a text that names no cause (\"Requested action not taken\").",
        ],
        remedies: remedies![
            Client "Act on the reply's class: after a 4xx, try again later; after a 5xx, do not send the same message again unchanged.",
            SenderAdmin "Read the full bounce, or ask the receiving side, for the cause.",
        ],
        hard: Hardness::Never,
        fault: Fault::Unknown,
        retry: Retry::Later,
    }
    Undefined("undefined") {
        name: "No details",
        meaning: "There was nothing to decide from: no reply code, no status code and no text.",
        sisimai: true,
        causes: sentences![
            "The bounce or log line carried no reply at all.",
        ],
        remedies: remedies![
            SenderAdmin "Look at the bounce message or the logs for the missing details.",
        ],
        hard: Hardness::Never,
        fault: Fault::Unknown,
        retry: Retry::Later,
    }
    Vacation("vacation") {
        name: "Auto-reply",
        meaning: "Not a failure: the recipient's mailbox answered automatically, typically with an out-of-office message. The original message was delivered.",
        sisimai: true,
        causes: sentences![
            "The recipient turned on an out-of-office or vacation reply.",
        ],
        remedies: remedies![
            Nobody "Nothing needs to be done; do not count the reply as a bounce.",
        ],
        hard: Hardness::Never,
        fault: Fault::Nobody,
        retry: Retry::NoNeed,
    }
    Feedback("feedback") {
        name: "Complaint",
        meaning: "Not a bounce: a feedback-loop report (ARF) says the recipient marked the message as spam.",
        sisimai: true,
        causes: sentences![
            "The recipient pressed \"report spam\", and the provider sent a report to the sender's feedback address.",
        ],
        remedies: remedies![
            Client "Stop sending to the recipient who complained.",
            SenderAdmin "Send only mail people asked for, and make unsubscribing easy.",
        ],
        hard: Hardness::Never,
        fault: Fault::Sender,
        retry: Retry::DoNotRetry,
    }
}
