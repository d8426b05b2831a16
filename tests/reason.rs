//! [`Reason`]: real replies for every reason, the cases the codes alone get wrong, user rules,
//! the vendor taxonomies, and properties over arbitrary input.

use proptest::prelude::*;
use smtp_codes::{EnhancedStatusCode, Fault, Reason, Reply, ReplyCode, Retry, Rule};

/// Real replies, as servers send them (addresses and IP addresses replaced by documentation
/// ones), and the reason each must give. Every reason has at least one.
const REPLIES: &[(Reason, &str)] = &[
    // Delivered.
    (Reason::Delivered, "250 2.0.0 Ok: queued as 3F2A81C0123"),
    (Reason::Delivered, "250 2.0.0 OK  1700000000 a1-20020a170902000000b001 - gsmtp"),
    // User unknown.
    (
        Reason::UserUnknown,
        "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
         550-5.1.1 double-checking the recipient's email address for typos or\r\n\
         550-5.1.1 unnecessary spaces. For more information, go to\r\n\
         550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp\r\n",
    ),
    (
        Reason::UserUnknown,
        "550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown in local recipient table",
    ),
    (Reason::UserUnknown, "550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup"),
    (Reason::UserUnknown, "550 5.1.1 RESOLVER.ADR.RecipNotFound; not found"),
    (
        Reason::UserUnknown,
        "550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]",
    ),
    (
        Reason::UserUnknown,
        "550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). [BN7NAM10FT011.eop-nam10.prod.protection.outlook.com]",
    ),
    (
        Reason::UserUnknown,
        "554 delivery error: dd This user doesn't have a yahoo.com account (bob@yahoo.com) [0] - mta1234.mail.gq1.yahoo.com",
    ),
    (Reason::UserUnknown, "550 sorry, no mailbox here by that name. (#5.1.1)"),
    (Reason::UserUnknown, "550 5.1.1 <bob@icloud.com>: inactive email address"),
    (Reason::UserUnknown, "550 5.1.1 <bob@example.net>... User unknown"),
    (
        Reason::UserUnknown,
        "550 Message was not accepted -- invalid mailbox.  Local mailbox bob@mail.ru is unavailable: user not found",
    ),
    (Reason::UserUnknown, "550 5.7.1 No such user!"),
    (
        Reason::UserUnknown,
        "550 5.1.1 <bob@orange.fr>: Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
    ),
    (Reason::UserUnknown, "550 Requested action not taken: mailbox unavailable"),
    (Reason::UserUnknown, "550 5.1.1 <bob@comcast.net> Not our Customer"),
    (Reason::UserUnknown, "550 5.1.1 User does not exist - <bob@zoho.com>"),
    (Reason::UserUnknown, "550 Invalid Recipient - https://community.mimecast.com/docs/DOC-1369#550 [Z1b2C3d4.us123]"),
    (Reason::UserUnknown, "550 User unknown."),
    // Host unknown.
    (
        Reason::HostUnknown,
        "550 5.1.2 <bob@nosuch.example>... Host unknown (Name server: nosuch.example: host not found)",
    ),
    (Reason::HostUnknown, "550 5.1.2 <bob@nosuch.example>: Recipient address rejected: Domain not found"),
    (Reason::HostUnknown, "553 sorry, I couldn't find any host named nosuch.example. (#5.1.2)"),
    (Reason::HostUnknown, "550 Unrouteable address"),
    // Has moved.
    (Reason::HasMoved, "550 5.1.6 recipient no longer on server: bob@icloud.com"),
    (Reason::HasMoved, "551 5.1.6 User not local; please try <bob@new.example>"),
    // Does not accept mail.
    (Reason::NotAccept, "556 5.1.10 Recipient address has null MX"),
    (Reason::NotAccept, "550 5.7.1 host/domain does not accept mail"),
    (Reason::NotAccept, "521 5.3.2 mail.example.com does not accept mail"),
    // Mailbox full.
    (
        Reason::MailboxFull,
        "452-4.2.2 The recipient's inbox is out of storage space. Please direct the recipient to\r\n\
         452 4.2.2  https://support.google.com/mail/?p=OverQuotaTemp a1si123 - gsmtp",
    ),
    (Reason::MailboxFull, "552 5.2.2 <bob@example.net>: Recipient address rejected: Mailbox full"),
    (Reason::MailboxFull, "552 5.2.2 <bob@example.net> Quota exceeded (mailbox for user is full)"),
    (Reason::MailboxFull, "552 5.2.2 <bob@icloud.com>: user is over quota"),
    (Reason::MailboxFull, "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]"),
    (
        Reason::MailboxFull,
        "554 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded",
    ),
    // Suspended.
    (Reason::Suspend, "550 5.2.1 The email account that you tried to reach is disabled. a1si123 - gsmtp"),
    (
        Reason::Suspend,
        "550-5.2.1 The email account that you tried to reach is inactive.\r\n\
         550 5.2.1 For more information, go to https://support.google.com/mail/?p=DisabledUser a1si123 - gsmtp",
    ),
    (
        Reason::Suspend,
        "554 30 Sorry, your message to bob@aol.com cannot be delivered. This mailbox is disabled (554.30)",
    ),
    (Reason::Suspend, "550 5.5.0 Le compte du destinataire est bloque. The recipient account is blocked. LPN007_426"),
    (Reason::Suspend, "525 5.7.13 User Account Disabled"),
    (Reason::Suspend, "550 Mailbox is frozen. See http://mail.i.ua/err/3/"),
    // Filtered by the recipient.
    (
        Reason::Filtered,
        "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.1#rcp Refused due to recipient preferences",
    ),
    (
        Reason::Filtered,
        "550 Envelope blocked - User Entry - https://community.mimecast.com/docs/DOC-1369#550 [Z1b2C3d4.us123]",
    ),
    (Reason::Filtered, "550 5.2.0 Message Filtered"),
    // Blocked.
    (
        Reason::Blocked,
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
    ),
    (
        Reason::Blocked,
        "550 5.7.606 Access denied, banned sending IP [192.0.2.1]. To request removal from this list please visit https://sender.office.com/ and follow the directions. For more information please go to  http://go.microsoft.com/fwlink/?LinkID=526655 AS(1430)",
    ),
    (
        Reason::Blocked,
        "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
    ),
    (Reason::Blocked, "554 5.7.1 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1"),
    (
        Reason::Blocked,
        "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1",
    ),
    (
        Reason::Blocked,
        "421-4.7.28 Gmail has detected an unusual rate of mail originating from your IP\r\n\
         421-4.7.28 Netblock. To protect our users from spam, mail has been temporarily\r\n\
         421 4.7.28 rate limited. a1si123 - gsmtp",
    ),
    (
        Reason::Blocked,
        "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
    ),
    (
        Reason::Blocked,
        "554 resimta-h1p-028598.sys.comcast.net resimta-h1p-028598.sys.comcast.net 192.0.2.1 found on one or more DNSBLs, see http://postmaster.comcast.net/smtp-error-codes.php#BL000001",
    ),
    (
        Reason::Blocked,
        "550 mwinf5c04 ME Adresse IP source bloquee pour incident de spam. Client host blocked for spamming issues. OFR006_102 Ref http://csi.cloudmark.com",
    ),
    (
        Reason::Blocked,
        "554-gmx.net (mxgmx117) Nemesis ESMTP Service not available\r\n554-No SMTP service\r\n\
         554-IP address is black listed.\r\n554 For explanation visit https://www.gmx.net/mail/senderguidelines?c=bl",
    ),
    (
        Reason::Blocked,
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.spamcop.net; Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1",
    ),
    (Reason::Blocked, "550 5.7.1 Client host rejected: Access denied"),
    (Reason::Blocked, "554 5.7.1 mx.example.net ESMTP not accepting connections"),
    // Bad reputation.
    (
        Reason::BadReputation,
        "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
    ),
    (
        Reason::BadReputation,
        "451 4.7.650 The mail server [192.0.2.1] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
    ),
    (
        Reason::BadReputation,
        "421-4.7.0 This message is suspicious due to the very low reputation of the\r\n\
         421-4.7.0 sending IP address. To protect our users from spam, mail sent from your IP\r\n\
         421 4.7.0 address has been temporarily rate limited. a1si123 - gsmtp",
    ),
    (
        Reason::BadReputation,
        "554 5.7.1 Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
    ),
    // Reverse DNS.
    (
        Reason::RequirePtr,
        "550-5.7.25 The IP address sending this message does not have a PTR record setup, or\r\n\
         550-5.7.25 the corresponding forward DNS entry does not point to the sending IP.\r\n\
         550 5.7.25 As a policy, Gmail does not accept messages from IPs with missing PTR records. a1si123 - gsmtp",
    ),
    (Reason::RequirePtr, "450 4.7.1 Client host rejected: cannot find your hostname, [192.0.2.1]"),
    (Reason::RequirePtr, "450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]"),
    (
        Reason::RequirePtr,
        "554 resimta-po-08v.sys.comcast.net comcast 192.0.2.1 Comcast requires that all mail servers must have a PTR record with a valid Reverse DNS entry. Learn more at https://postmaster.comcast.net/smtp-error-codes.php#554",
    ),
    // Rate limited.
    (
        Reason::Speeding,
        "450-4.2.1 The user you are trying to contact is receiving mail too quickly. Please\r\n\
         450-4.2.1 resend your message at a later time. If the user is able to receive mail\r\n\
         450 4.2.1 at that time, your message will be delivered. a1si123 - gsmtp",
    ),
    (
        Reason::Speeding,
        "550 5.4.5 Daily user sending limit exceeded. For more information on Gmail sending limits go to https://support.google.com/a/answer/166852 a1si123 - gsmtp",
    ),
    (
        Reason::Speeding,
        "421 4.7.1 Messages to bob@icloud.com deferred due to excessive volume. Try again later - https://support.apple.com/en-us/HT204137",
    ),
    (
        Reason::Speeding,
        "550 5.2.122 The recipient has exceeded their limit for the number of messages they can receive per hour.",
    ),
    (
        Reason::Speeding,
        "550 5.1.1 <bob@example.com> - 192.0.2.1 has sent to too many recipients this hour. IB607 <http://x.co/rlbounce>",
    ),
    (Reason::Speeding, "450 4.7.1 <mx.example.org[192.0.2.2]>: Client host rejected: Please try again slower"),
    // Too many connections.
    (
        Reason::TooManyConnections,
        "451 4.7.652 The mail server [192.0.2.1] has exceeded the maximum number of connections. (S3115)",
    ),
    (
        Reason::TooManyConnections,
        "421 Too many concurrent SMTP connections from this IP address; please try again later.",
    ),
    (Reason::TooManyConnections, "421 4.7.0 mx.example.net Error: too many connections from 192.0.2.1"),
    (
        Reason::TooManyConnections,
        "421 mwinf5c79 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]",
    ),
    // Too many recipients.
    (Reason::TooManyRecipients, "452 4.5.3 Error: too many recipients"),
    (
        Reason::TooManyRecipients,
        "452-4.5.3 Your message has too many recipients. For more information regarding\r\n\
         452 4.5.3 Google's sending limits, go to https://support.google.com/mail/?p=TooManyRecipientsError a1si123 - gsmtp",
    ),
    // Greylisted.
    (
        Reason::Greylisted,
        "450 4.2.0 <bob@example.net>: Recipient address rejected: Greylisted, see http://postgrey.schweikert.ch/help/example.net.html",
    ),
    (Reason::Greylisted, "451 4.7.1 Greylisting in action, please come back later"),
    (
        Reason::Greylisted,
        "451 Internal resources are temporarily unavailable - https://community.mimecast.com/docs/DOC-1369#451 [Z1b2C3d4.us123]",
    ),
    // Authentication (SPF, DKIM, DMARC).
    (
        Reason::AuthFailure,
        "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's\r\n\
         550-5.7.26 DMARC policy. Please contact the administrator of example.com domain if\r\n\
         550 5.7.26 this was a legitimate mail. a1si123 - gsmtp",
    ),
    (
        Reason::AuthFailure,
        "550-5.7.26 This mail has been blocked because the sender is unauthenticated.\r\n\
         550-5.7.26 Gmail requires all senders to authenticate with either SPF or DKIM.\r\n\
         550 5.7.26  Authentication results: DKIM = did not pass SPF [example.com] with ip: [192.0.2.1] = did not pass a1si123 - gsmtp",
    ),
    (
        Reason::AuthFailure,
        "550 5.7.509 Access denied, sending domain [EXAMPLE.COM] does not pass DMARC verification and has a DMARC policy of reject.",
    ),
    (Reason::AuthFailure, "550 5.7.23 The message was rejected because of Sender Policy Framework violation"),
    (
        Reason::AuthFailure,
        "554 5.7.1 Your message was rejected due to example.com's DMARC policy. See https://support.apple.com/en-us/HT204137 for info",
    ),
    (
        Reason::AuthFailure,
        "550 5.7.9 This mail has been blocked because the sender is unauthenticated. Yahoo requires all senders to authenticate with either SPF or DKIM.",
    ),
    (
        Reason::AuthFailure,
        "550 DMARC Sender Invalid - envelope rejected - https://community.mimecast.com/docs/DOC-1369#550 [Z1b2C3d4.us123]",
    ),
    (
        Reason::AuthFailure,
        "550 DMARC check failed. http://service.mail.qq.com/cgi-bin/help?subtype=1&&no=1001508&&id=16.",
    ),
    // The sender refused.
    (Reason::Rejected, "553 5.1.8 <bob@nosuch.example>: Sender address rejected: Domain not found"),
    (
        Reason::Rejected,
        "550-Verification failed for <bob@nosuch.example>\r\n550-Unrouteable address\r\n550 Sender verify failed",
    ),
    (Reason::Rejected, "550 5.1.0 <bounce@mailer.example.com> sender rejected"),
    (
        Reason::Rejected,
        "550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed as sender not authenticated",
    ),
    (Reason::Rejected, "550 example.com From: Domain is invalid. Provide a valid From: IB506"),
    (Reason::Rejected, "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)"),
    // Relaying denied.
    (Reason::NoRelaying, "554 5.7.1 <bob@example.org>: Relay access denied"),
    (Reason::NoRelaying, "550 5.7.1 Unable to relay"),
    (Reason::NoRelaying, "550 5.7.1 <bob@example.org>... Relaying denied"),
    (Reason::NoRelaying, "553 sorry, that domain isn't in my list of allowed rcpthosts (#5.7.1)"),
    (
        Reason::NoRelaying,
        "550 5.7.64 TenantAttribution; Relay Access Denied [AM6EUR05FT012.eop-eur05.prod.protection.outlook.com]",
    ),
    // Security: logins.
    (Reason::SecurityError, "535 5.7.8 Authentication credentials invalid"),
    (
        Reason::SecurityError,
        "535-5.7.8 Username and Password not accepted. For more information, go to\r\n\
         535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1si123 - gsmtp",
    ),
    (
        Reason::SecurityError,
        "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.",
    ),
    (
        Reason::SecurityError,
        "550 Please turn on SMTP Authentication in your mail client. mail0.bemta0.messagelabs.com [198.51.100.21]:11111 is not permitted to relay through this server without authentication.",
    ),
    (Reason::SecurityError, "530 5.7.0 Authentication required"),
    // STARTTLS.
    (Reason::FailedStartTls, "530 5.7.0 Must issue a STARTTLS command first. a1si123 - gsmtp"),
    (
        Reason::FailedStartTls,
        "450 4.4.317 Cannot connect to remote server [Message=451 5.7.3 STARTTLS is required to send mail]",
    ),
    (
        Reason::FailedStartTls,
        "553 This route requires encryption (TLS) - https://community.mimecast.com/docs/DOC-1369#553 [Z1b2C3d4.us123]",
    ),
    (Reason::FailedStartTls, "538 5.7.11 Encryption required for requested authentication mechanism"),
    // Spam.
    (
        Reason::SpamDetected,
        "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To\r\n\
         550-5.7.1 reduce the amount of spam sent to Gmail, this message has been\r\n\
         550-5.7.1 blocked. Please visit\r\n550 5.7.1  https://support.google.com/mail/?p=UnsolicitedMessageError a1si123 - gsmtp",
    ),
    (Reason::SpamDetected, "550 spam message rejected. Please visit http://help.mail.ru/notspam-support/id?c=AbCdEf"),
    (Reason::SpamDetected, "554 5.7.1 [2] Message rejected under suspicion of SPAM; https://ya.cc/1IrBc"),
    (Reason::SpamDetected, "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]"),
    (Reason::SpamDetected, "554 5.7.0 Reject, id=12345-01 - spam"),
    (Reason::SpamDetected, "550 5.7.1 Message rejected as spam by Content Filtering."),
    (
        Reason::SpamDetected,
        "552 This message has been rejected due to content judged to be spam by the internet community. IB212",
    ),
    // Viruses.
    (Reason::VirusDetected, "554 5.7.0 Reject, id=12345-02 - INFECTED: Eicar-Test-Signature"),
    (Reason::VirusDetected, "552 Virus infected message rejected. IB705"),
    (Reason::VirusDetected, "550 5.7.0 Virus detected: Win.Test.EICAR_HDB-1"),
    // Content format.
    (
        Reason::ContentError,
        "550 5.6.11 SMTPSEND.BareLinefeedsAreIllegal; message contains bare linefeeds, which cannot be sent via DATA",
    ),
    (Reason::ContentError, "553 Stray linefeeds in message (#5.6.2)"),
    (Reason::ContentError, "550 Message has lines too long for transport"),
    // Policy.
    (
        Reason::PolicyViolation,
        "554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
    ),
    (
        Reason::PolicyViolation,
        "552-5.7.0 This message was blocked because its content presents a potential\r\n\
         552-5.7.0 security issue. Please visit\r\n\
         552-5.7.0  https://support.google.com/mail/?p=BlockedMessage to review our\r\n\
         552 5.7.0 message content and attachment content guidelines. a1si123 - gsmtp",
    ),
    (
        Reason::PolicyViolation,
        "550 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
    ),
    (
        Reason::PolicyViolation,
        "554 Host network not allowed - https://community.mimecast.com/docs/DOC-1369#554 [Z1b2C3d4.us123]",
    ),
    (
        Reason::PolicyViolation,
        "554-Transaction failed\r\n554-Reject due to policy restrictions.\r\n\
         554 For explanation visit https://postmaster.gmx.net/en/case?c=r0701&i=ip&v=192.0.2.1",
    ),
    (Reason::PolicyViolation, "550 5.7.900 Delivery not authorized, message refused"),
    // Not compliant with the RFCs.
    (
        Reason::NotCompliantRfc,
        "550-5.7.1 [192.0.2.1 13] Messages with multiple addresses in From: header are\r\n\
         550 5.7.1 not accepted. a1si123 - gsmtp",
    ),
    (
        Reason::NotCompliantRfc,
        "550 5.7.512 Access denied, message must be RFC 5322 section 3.6.2 compliant and include a valid From address.",
    ),
    (Reason::NotCompliantRfc, "550 5.7.1 This message is not RFC 5322 compliant. There are multiple From headers."),
    // Too big.
    (Reason::MessageTooBig, "552 5.3.4 Message size exceeds fixed limit"),
    (
        Reason::MessageTooBig,
        "552-5.3.4 Your message exceeded Google's message size limits. Please visit\r\n\
         552 5.3.4  https://support.google.com/mail/?p=MaxSizeError to view our size guidelines. a1si123 - gsmtp",
    ),
    (Reason::MessageTooBig, "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient"),
    (
        Reason::MessageTooBig,
        "554 Maximum email size exceeded - https://community.mimecast.com/docs/DOC-1369#554 [Z1b2C3d4.us123]",
    ),
    // Over a limit.
    (Reason::ExceedLimit, "552 5.2.3 Your message exceeded Google's message size limits. a1si123 - gsmtp"),
    (Reason::ExceedLimit, "552 5.2.3 Message size exceeds fixed maximum message size (10485760)"),
    (
        Reason::ExceedLimit,
        "552 5.3.4 The size of the X-Custom header value (1234 bytes) exceeds Google's limit of 1000 bytes per individual header size.",
    ),
    // System error.
    (Reason::SystemError, "451 4.3.0 Error: queue file write error"),
    (Reason::SystemError, "451 4.3.0 Mail server temporarily rejected message. a1si123 - gsmtp"),
    (Reason::SystemError, "451 Temporary local problem - please try later"),
    (Reason::SystemError, "554 5.3.0 <bob@example.org>: Recipient address rejected: Internal system error"),
    // System full.
    (Reason::SystemFull, "452 4.3.1 Insufficient system storage"),
    (Reason::SystemFull, "452 4.4.5 Insufficient disk space; try again later"),
    // Mailer error.
    (Reason::MailerError, "550 5.3.0 Command died with status 127: \"/usr/local/bin/filter\""),
    (Reason::MailerError, "554 5.3.0 unknown mailer error 1"),
    // Network.
    (Reason::NetworkError, "554 5.4.6 Hop count exceeded - possible mail loop"),
    // Zoho, after its retries.
    (Reason::NetworkError, "421 Host not reachable."),
    (Reason::NetworkError, "451 4.4.0 connect to mx.example.com[192.0.2.1]:25: No route to host"),
    (
        Reason::NetworkError,
        "554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DB5EUR03FT012.eop-EUR03.prod.protection.outlook.com]",
    ),
    // Expired.
    (Reason::Expired, "550 4.4.7 QUEUE.Expired; message expired"),
    (Reason::Expired, "451 4.4.1 connect to mx.example.com[192.0.2.1]:25: Connection timed out"),
    // Protocol errors.
    (Reason::SyntaxError, "500 5.5.1 Command unrecognized: \"XYZZY\""),
    (Reason::SyntaxError, "503 5.5.1 Error: need RCPT command"),
    (Reason::SyntaxError, "554 5.5.1 Error: improper use of SMTP command pipelining"),
    // Suppressed by the sending service.
    (
        Reason::Suppressed,
        "550 5.1.1 Amazon SES has suppressed sending to this address because it has a recent history of bouncing as an invalid address.",
    ),
    (Reason::Suppressed, "550 5.0.0 Not delivering to previously bounced address"),
    // On hold: a failure that says nothing.
    (Reason::OnHold, "450 4.0.0 Temporary failure"),
    (Reason::OnHold, "550 Rejected"),
    // Undefined: nothing to go on (a 3xx is no failure).
    (Reason::Undefined, "354 End data with <CR><LF>.<CR><LF>"),
];

/// Texts that are not SMTP replies, for the reasons Sisimai reads from whole messages.
const TEXTS: &[(Reason, &str)] = &[
    (Reason::Vacation, "I am out of the office until Monday and will reply on my return."),
    (Reason::Vacation, "I am away on vacation with limited access to email."),
    (
        Reason::Feedback,
        "This is an email abuse report for an email message received from IP 192.0.2.1 on Thu, 29 Apr 2021 23:34:45 +0000",
    ),
    (Reason::Undefined, ""),
];

#[test]
fn real_replies_give_their_reasons() {
    let mut failures = Vec::new();
    for (expected, text) in REPLIES {
        let reply = Reply::parse(text).unwrap_or_else(|error| panic!("{text:?} does not parse: {error}"));
        let reason = reply.reason();
        if reason != *expected {
            failures.push(format!("{text:?}: expected {expected}, got {reason}"));
        }
        // The same parts through `decide`, the reply's lines as one text.
        let lines: Vec<&str> = reply.lines().collect();
        let decided = Reason::decide(Some(reply.code()), reply.enhanced(), &lines.join("\n"));
        assert_eq!(decided, reason, "decide and reason differ on {text:?}");
    }
    for (expected, text) in TEXTS {
        let reason = Reason::decide(None, None, text);
        if reason != *expected {
            failures.push(format!("{text:?}: expected {expected}, got {reason}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_reason_has_a_real_example() {
    for reason in Reason::ALL {
        let examples = REPLIES.iter().chain(TEXTS).filter(|(expected, _)| expected == reason).count();
        assert!(examples > 0, "no example for {reason}");
    }
}

fn reply(text: &str) -> Reason {
    Reply::parse(text).unwrap().reason()
}

fn status(text: &str) -> Option<EnhancedStatusCode> {
    Some(text.parse().unwrap())
}

#[test]
fn the_text_wins_where_it_names_the_cause() {
    // One code, four causes.
    assert_eq!(reply("550 5.7.1 Client host [192.0.2.1] blocked using zen.spamhaus.org"), Reason::Blocked);
    assert_eq!(reply("550 5.7.1 Message rejected as spam"), Reason::SpamDetected);
    assert_eq!(reply("550 5.7.1 Email rejected per DMARC policy for example.org"), Reason::AuthFailure);
    assert_eq!(reply("550 5.7.1 <bob@example.org>: Relay access denied"), Reason::NoRelaying);
    // Without a cause in the text, the code decides.
    assert_eq!(reply("550 5.7.1 Delivery not authorized, message refused"), Reason::SecurityError);
    assert_eq!(reply("550 5.1.1 <bob@example.net>: Recipient address rejected: Access denied"), Reason::UserUnknown);
    // A spam block under 5.2.0 is soft; a user unknown is hard.
    let spam = Reply::parse("550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]").unwrap();
    assert_eq!(spam.reason(), Reason::SpamDetected);
    assert!(!spam.is_hard_bounce());
    // "Sender rejected" under 5.1.0 is not a user unknown.
    assert_eq!(reply("550 5.1.0 <bounce@example.com> sender rejected"), Reason::Rejected);
    assert!(!Reply::parse("550 5.1.0 <bounce@example.com> sender rejected").unwrap().is_hard_bounce());
    // Office 365's 5.1.10 is a user unknown, not a null MX.
    let office =
        Reply::parse("550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup").unwrap();
    assert_eq!(office.reason(), Reason::UserUnknown);
    assert!(office.is_hard_bounce());
    assert_eq!(reply("556 5.1.10 Recipient address has null MX"), Reason::NotAccept);
    // Greylisting under 4.7.1, reverse DNS under 4.7.25, Yahoo's deferral, Yahoo's policy.
    assert_eq!(
        reply("450 4.7.1 <bob@example.net>: Recipient address rejected: Greylisted for 5 minutes"),
        Reason::Greylisted
    );
    assert_eq!(reply("451 4.7.1 Greylisted, please try again in 300 seconds"), Reason::Greylisted);
    assert_eq!(
        reply("450 4.7.25 Client host rejected: cannot find your reverse hostname, [192.0.2.1]"),
        Reason::RequirePtr
    );
    assert_eq!(reply("450 4.7.25 Reverse DNS validation failed"), Reason::RequirePtr);
    assert_eq!(
        reply(
            "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1"
        ),
        Reason::BadReputation,
    );
    assert_eq!(reply("554 5.7.9 Message not accepted for policy reasons."), Reason::PolicyViolation);
    assert_eq!(reply("534 5.7.9 Authentication mechanism is too weak"), Reason::SecurityError);
    assert_eq!(reply("550 5.7.606 Access denied, banned sending IP [192.0.2.1]."), Reason::Blocked);
    // Microsoft's private details alone.
    assert_eq!(reply("550 5.7.633"), Reason::Blocked);
    assert_eq!(
        reply("550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains"),
        Reason::Rejected
    );
}

#[test]
fn the_codes_decide_when_the_text_is_silent() {
    let decide =
        |code: Option<u16>, status_text: &str| Reason::decide(code.map(ReplyCode::from), status(status_text), "");
    // A Postfix log line with only a status.
    assert_eq!(decide(None, "5.1.1"), Reason::UserUnknown);
    assert_eq!(decide(None, "4.2.2"), Reason::MailboxFull);
    assert_eq!(decide(None, "5.7.25"), Reason::RequirePtr);
    assert_eq!(decide(None, "5.7.26"), Reason::AuthFailure);
    assert_eq!(decide(None, "4.4.7"), Reason::Expired);
    assert_eq!(decide(None, "5.3.4"), Reason::MessageTooBig);
    assert_eq!(decide(None, "5.2.3"), Reason::ExceedLimit);
    assert_eq!(decide(None, "4.5.3"), Reason::TooManyRecipients);
    assert_eq!(decide(None, "2.0.0"), Reason::Delivered);
    assert_eq!(decide(None, "4.7.0"), Reason::OnHold);
    // Reply codes alone.
    assert_eq!(Reason::decide(Some(ReplyCode::from(521)), None, ""), Reason::NotAccept);
    assert_eq!(Reason::decide(Some(ReplyCode::from(535)), None, ""), Reason::SecurityError);
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), None, ""), Reason::OnHold);
    assert_eq!(Reason::decide(Some(ReplyCode::from(250)), None, "user unknown"), Reason::Delivered);
    assert_eq!(Reason::decide(None, None, "   \r\n "), Reason::Undefined);
    // A 2xx reply wins over a failure status.
    assert_eq!(decide(Some(250), "5.1.1"), Reason::Delivered);
}

#[test]
fn a_bounce_s_own_words_name_a_reason_without_codes() {
    // fml's notice to the sender of a post it has seen before.
    let fml = "Loop Alert: Duplicated Message-ID in <20140101000000.1234@example.jp>.";
    assert_eq!(Reason::decide(None, None, fml), Reason::SystemError);
    // A DSN's diagnostic from a local delivery program (sendmail's exit status 77).
    assert_eq!(Reason::decide(None, status("5.3.0"), "X-Unix; 77"), Reason::MailerError);
}

#[test]
fn the_command_a_reply_answered_refines_the_reason() {
    // A user unknown after the message data came from a filter, unless the status says the
    // address is unknown.
    let data = "host mx.example.jp[192.0.2.1] said: 550 Unknown user bob@example.jp (in reply to end of DATA command)";
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), None, data), Reason::Filtered);
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), status("5.1.1"), data), Reason::UserUnknown);
    // Yahoo checks its recipients only after the data, and says so plainly.
    let yahoo = "host mta7.am0.yahoodns.net[192.0.2.7] said: 554 delivery error: dd This user doesn't have a \
                 yahoo.com account (bob@yahoo.com) [0] - mta4012.mail.bf1.yahoo.com (in reply to end of DATA command)";
    assert_eq!(Reason::decide(Some(ReplyCode::from(554)), None, yahoo), Reason::UserUnknown);
    let rcpt = "host mx.example.jp[192.0.2.1] said: 550 Unknown user bob@example.jp (in reply to RCPT TO command)";
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), None, rcpt), Reason::UserUnknown);
    // An address that does not exist, at MAIL FROM, is the sender's.
    let mail = "SMTP error from remote mail server after MAIL FROM:<bob@nosuch.example> SIZE=1022: 553 5.1.0 nosuch.example does not exist";
    assert_eq!(Reason::decide(Some(ReplyCode::from(553)), None, mail), Reason::Rejected);
    // Refused at the greeting, for no reason given.
    let greeting = "SMTP error from remote mail server after EHLO mx.example.com: 550 Rejected";
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), None, greeting), Reason::Blocked);
    // A reason the text names is kept.
    let named = "host mx.example.com[192.0.2.1] refused to talk to me: 554 5.7.1 Client host [192.0.2.2] blocked using zen.spamhaus.org";
    assert_eq!(Reason::decide(Some(ReplyCode::from(554)), status("5.7.1"), named), Reason::Blocked);
}

#[test]
fn matching_ignores_case_and_white_space_and_line_breaks() {
    assert_eq!(reply("550 USER   UNKNOWN"), Reason::UserUnknown);
    assert_eq!(reply("550 user\tunknown"), Reason::UserUnknown);
    // A phrase broken over the lines of a multi-line reply.
    let broken = "550-5.1.1 The email account that you tried to reach does\r\n550 5.1.1 not exist.";
    assert_eq!(reply(broken), Reason::UserUnknown);
    // A folded DSN field read as one text.
    let folded = "smtp; 550-5.1.1 The email account that you tried to reach does\n    not exist.";
    assert_eq!(Reason::decide(Some(ReplyCode::from(550)), status("5.1.1"), folded), Reason::UserUnknown);
    // A phrase needs its own bytes: white space cannot be left out.
    assert_eq!(reply("550 5.0.0 unknownuser"), Reason::OnHold);
}

#[test]
fn rules_come_first_and_the_first_matching_rule_wins() {
    const RULES: &[Rule] = &[
        Rule::new("Account  LOCKED", Reason::Suspend),
        Rule::new("locked", Reason::SecurityError),
        Rule::new("user unknown", Reason::Filtered),
    ];
    let reply = Reply::parse("550 5.1.1 Account locked; user unknown").unwrap();
    assert_eq!(reply.reason(), Reason::UserUnknown);
    assert_eq!(reply.reason_with(RULES), Reason::Suspend);
    assert_eq!(reply.reason_with(&RULES[1..]), Reason::SecurityError);
    assert_eq!(reply.reason_with(&RULES[2..]), Reason::Filtered);
    // White space in the text and in the phrase folds; ASCII case never counts.
    let folded = Reply::parse("550-5.7.1 your ACCOUNT\r\n550 5.7.1 locked").unwrap();
    assert_eq!(folded.reason_with(RULES), Reason::Suspend);
    // A rule that does not match changes nothing.
    assert_eq!(Reply::parse("550 5.1.1 User unknown").unwrap().reason_with(&RULES[..2]), Reason::UserUnknown);
    // Empty and blank phrases never match.
    let blank = [Rule::new("", Reason::Vacation), Rule::new(" \t ", Reason::Vacation)];
    assert_eq!(Reply::parse("550 5.1.1 User unknown").unwrap().reason_with(&blank), Reason::UserUnknown);
    // Nor does a phrase longer than the scanner keeps.
    let long = "x".repeat(300);
    let text = format!("550 {long}");
    let rules = [Rule::new(&long, Reason::Vacation)];
    assert_eq!(Reply::parse(&text).unwrap().reason_with(&rules), Reason::OnHold);
    // A success stays a success.
    assert_eq!(Reply::parse("250 2.0.0 account locked").unwrap().reason_with(RULES), Reason::Delivered);
}

#[test]
fn names_round_trip_and_match_sisimai() {
    let sisimai = [
        "authfailure",
        "badreputation",
        "blocked",
        "contenterror",
        "delivered",
        "exceedlimit",
        "expired",
        "failedstarttls",
        "feedback",
        "filtered",
        "hasmoved",
        "hostunknown",
        "mailboxfull",
        "mailererror",
        "mesgtoobig",
        "networkerror",
        "norelaying",
        "notaccept",
        "notcompliantrfc",
        "onhold",
        "policyviolation",
        "rejected",
        "requireptr",
        "securityerror",
        "spamdetected",
        "speeding",
        "suppressed",
        "suspend",
        "syntaxerror",
        "systemerror",
        "systemfull",
        "toomanyconn",
        "undefined",
        "userunknown",
        "vacation",
        "virusdetected",
    ];
    for name in sisimai {
        let reason: Reason = name.parse().unwrap_or_else(|_| panic!("{name} is not a reason"));
        assert_eq!(reason.as_str(), name);
        assert_eq!(reason.sisimai_name(), Some(name));
    }
    let ours: Vec<&str> = Reason::ALL.iter().filter(|r| r.sisimai_name().is_none()).map(|r| r.as_str()).collect();
    assert_eq!(ours, ["toomanyrecipients", "greylisted"]);
    assert_eq!(Reason::ALL.len(), sisimai.len() + ours.len());
    for reason in Reason::ALL {
        assert_eq!(reason.to_string().parse::<Reason>(), Ok(*reason));
        assert_eq!(reason.as_str().to_uppercase().parse::<Reason>(), Ok(*reason));
        assert!(reason.as_str().bytes().all(|b| b.is_ascii_lowercase()), "{reason:?}");
    }
    assert!("user unknown".parse::<Reason>().is_err());
    let error = "x".repeat(100).parse::<Reason>().unwrap_err().to_string();
    assert!(
        error.starts_with(&format!(
            "\"{}...\" is not the name of a bounce reason (one of: delivered, userunknown",
            "x".repeat(32)
        )),
        "{error}"
    );
}

#[test]
fn every_reason_has_texts_and_rules() {
    let hard: Vec<Reason> = Reason::ALL.iter().copied().filter(|r| r.is_hard_bounce()).collect();
    assert_eq!(hard, [Reason::UserUnknown, Reason::HostUnknown, Reason::HasMoved, Reason::NotAccept]);
    for reason in Reason::ALL {
        assert!(!reason.name().is_empty() && reason.meaning().ends_with('.'), "{reason:?}");
        assert!((1..=4).contains(&reason.causes().len()), "{reason:?}");
        assert!((1..=4).contains(&reason.remedies().len()), "{reason:?}");
        assert_eq!(reason.actors().len(), reason.remedies().len(), "{reason:?}");
        let texts = reason.causes().chain(reason.remedies());
        for text in texts {
            assert!(text.ends_with('.'), "{reason:?}: {text}");
        }
        let not_failures = [Reason::Delivered, Reason::Vacation];
        assert_eq!(reason.retry() == Retry::NoNeed, not_failures.contains(reason), "{reason:?}");
    }
    assert_eq!(Reason::UserUnknown.fault(), Fault::Address);
    assert_eq!(Reason::Greylisted.fault(), Fault::Nobody);
    assert_eq!(Reason::OnHold.fault(), Fault::Unknown);
}

#[test]
fn not_accept_is_hard_only_when_permanent() {
    assert!(Reply::parse("556 5.1.10 Recipient address has null MX").unwrap().is_hard_bounce());
    let temporary = Reply::parse("453 4.3.2 System not accepting network messages").unwrap();
    assert_eq!(temporary.reason(), Reason::NotAccept);
    assert!(!temporary.is_hard_bounce());
    // Sisimai counts a temporary user unknown as hard too.
    assert!(
        Reply::parse("450 4.1.1 <bob@example.org>: Recipient address rejected: User unknown in virtual alias table")
            .unwrap()
            .is_hard_bounce()
    );
}

/// The table in the docs of the vendor conversions, checked cell by cell against the code.
#[test]
fn the_vendor_table_in_the_docs_is_the_code() {
    let table = include_str!("../src/reasons/vendor_table.md");
    let mut seen = Vec::new();
    for line in table.lines().skip(2) {
        let cells: Vec<&str> = line.trim_matches('|').split('|').map(str::trim).collect();
        let [name, ses, sendgrid, sparkpost, powermta, kumomta] = cells[..] else {
            panic!("malformed row {line:?}");
        };
        let reason: Reason = name.trim_matches('`').parse().unwrap();
        seen.push(reason);
        let dash = |cell: &str| (cell != "—").then(|| cell.to_owned());
        let ours_ses = reason.ses_bounce().map(|b| format!("{} / {}", b.bounce_type(), b.sub_type()));
        assert_eq!(ours_ses, dash(ses), "{reason} SES");
        assert_eq!(reason.sendgrid_classification().map(str::to_owned), dash(sendgrid), "{reason} SendGrid");
        let number = dash(sparkpost).map(|cell| cell.split(' ').next().unwrap().parse::<u8>().unwrap());
        assert_eq!(reason.sparkpost_bounce_class(), number, "{reason} SparkPost");
        assert_eq!(reason.powermta_category().map(str::to_owned), dash(powermta), "{reason} PowerMTA");
        assert_eq!(reason.kumomta_class().map(str::to_owned), dash(kumomta), "{reason} KumoMTA");
    }
    assert_eq!(seen, Reason::ALL, "the table lists every reason once, in order");
}

/// Each vendor's words are from its own documented vocabulary.
#[test]
fn vendor_names_are_the_vendors_own() {
    let ses_types = ["Permanent", "Transient", "Undetermined"];
    let ses_subtypes = [
        "General",
        "NoEmail",
        "Suppressed",
        "OnAccountSuppressionList",
        "MailboxFull",
        "MessageTooLarge",
        "ContentRejected",
        "AttachmentRejected",
        "Undetermined",
    ];
    let sendgrid = [
        "Content",
        "Frequency or Volume Too High",
        "Invalid Address",
        "Mailbox Unavailable",
        "Reputation",
        "Technical Failure",
        "Unclassified",
    ];
    let sparkpost = [1, 10, 20, 21, 22, 23, 24, 25, 30, 40, 50, 51, 52, 53, 54, 60, 70, 80, 90, 100];
    let powermta = [
        "bad-configuration",
        "bad-connection",
        "bad-domain",
        "bad-mailbox",
        "content-related",
        "inactive-mailbox",
        "invalid-sender",
        "message-expired",
        "no-answer-from-host",
        "other",
        "policy-related",
        "protocol-errors",
        "quota-issues",
        "relaying-issues",
        "routing-errors",
        "spam-related",
        "virus-related",
    ];
    let kumomta = [
        "InvalidRecipient",
        "DNSFailure",
        "SpamBlock",
        "SpamContent",
        "ProhibitedAttachment",
        "RelayDenied",
        "AutoReply",
        "TransientFailure",
        "Subscribe",
        "Unsubscribe",
        "ChallengeResponse",
        "BadConfiguration",
        "BadConnection",
        "BadDomain",
        "ContentRelated",
        "InactiveMailbox",
        "InvalidSender",
        "MessageExpired",
        "NoAnswerFromHost",
        "PolicyRelated",
        "ProtocolErrors",
        "QuotaIssues",
        "RelayingIssues",
        "RoutingErrors",
        "SpamRelated",
        "VirusRelated",
        "AuthenticationFailed",
        "TooManyRecipients",
        "Uncategorized",
    ];
    for reason in Reason::ALL {
        if let Some(bounce) = reason.ses_bounce() {
            assert!(ses_types.contains(&bounce.bounce_type()) && ses_subtypes.contains(&bounce.sub_type()), "{reason}");
        }
        assert!(reason.sendgrid_classification().is_none_or(|name| sendgrid.contains(&name)), "{reason}");
        assert!(reason.sparkpost_bounce_class().is_none_or(|class| sparkpost.contains(&class)), "{reason}");
        assert!(reason.powermta_category().is_none_or(|name| powermta.contains(&name)), "{reason}");
        assert!(reason.kumomta_class().is_none_or(|name| kumomta.contains(&name)), "{reason}");
        // A hard bounce is permanent everywhere.
        if reason.is_hard_bounce() {
            assert_eq!(reason.ses_bounce().unwrap().bounce_type(), "Permanent", "{reason}");
            assert_eq!(reason.sparkpost_bounce_class(), Some(10), "{reason}");
        }
    }
}

/// Text shaped like a reply, with phrases of the table in it now and then.
fn reply_like() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[ -~]{0,12}",
        1 => Just("user unknown ".to_owned()),
        1 => Just("MAILBOX   FULL".to_owned()),
        1 => Just("\r\n550-5.1.1 ".to_owned()),
        1 => Just("blocked using zen.spamhaus.org".to_owned()),
        1 => Just("(in reply to end of DATA command)".to_owned()),
        1 => "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..12).prop_map(|pieces| pieces.concat())
}

fn codes() -> impl Strategy<Value = (Option<ReplyCode>, Option<EnhancedStatusCode>)> {
    let reply = prop::option::of((200u16..600).prop_map(ReplyCode::from));
    let class = prop_oneof![Just(2u16), Just(4), Just(5)];
    let status = prop::option::of((class, 0u16..8, prop_oneof![0u16..40, 0u16..1000])).prop_map(|status| {
        status.and_then(|(class, subject, detail)| format!("{class}.{subject}.{detail}").parse().ok())
    });
    (reply, status)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    /// Any text and any codes give a reason, without a panic; a reply gives the same reason as
    /// its parts.
    #[test]
    fn reason_never_panics(text in "\\PC{0,400}", (code, status) in codes()) {
        let _ = Reason::decide(code, status, &text);
        if let Some(reply) = Reply::find(&text) {
            let _ = reply.reason();
            let _ = reply.is_hard_bounce();
        }
    }

    #[test]
    fn replies_decide_like_their_parts(text in reply_like()) {
        let wire = format!("550 {}", text.replace(['\r', '\n'], " "));
        if let Ok(reply) = Reply::parse(&wire) {
            let lines: Vec<&str> = reply.lines().collect();
            prop_assert_eq!(reply.reason(), Reason::decide(Some(reply.code()), reply.enhanced(), &lines.join(" ")));
        }
    }

    /// A rule whose phrase is in the text decides, wherever the phrase stands and however it is
    /// cased and spaced, unless the reply is a success.
    #[test]
    fn user_rules_win(
        before in reply_like(),
        after in reply_like(),
        phrase in "[a-z]{2,8}( [a-z]{2,8}){0,3}",
        upper in any::<bool>(),
        (code, status) in codes(),
        index in 0usize..Reason::ALL.len(),
    ) {
        let reason = Reason::ALL[index];
        let written = if upper { phrase.to_uppercase().replace(' ', " \r\n  ") } else { phrase.clone() };
        let text = format!("{before} {written} {after}");
        let rules = [Rule::new(&phrase, reason)];
        let decided = Reason::decide_with(code, status, &text, &rules);
        let success = code.map_or_else(|| status.is_some_and(|s| s.class() == smtp_codes::StatusClass::Success), |c| c.is_positive());
        if success {
            prop_assert!(matches!(decided, Reason::Delivered | Reason::Undefined));
        } else {
            prop_assert_eq!(decided, reason, "{:?}", text);
        }
    }
}

/// Under the `serde` feature: reasons and faults as their names, a localized reason as its
/// texts with who takes each step, SES pairs as SES writes them.
#[cfg(feature = "serde")]
mod serde_form {
    use serde_json::json;
    use smtp_codes::{Fault, Locale, Reason};

    #[test]
    fn reasons_and_faults_travel_as_their_names() {
        for reason in Reason::ALL {
            let value = serde_json::to_value(reason).unwrap();
            assert_eq!(value, json!(reason.as_str()));
            assert_eq!(serde_json::from_value::<Reason>(value).unwrap(), *reason);
        }
        assert_eq!(serde_json::from_str::<Reason>("\"UserUnknown\"").unwrap(), Reason::UserUnknown);
        assert!(serde_json::from_str::<Reason>("\"no such reason\"").is_err());
        assert_eq!(serde_json::to_value(Fault::Address).unwrap(), json!("address"));
        assert_eq!(serde_json::from_str::<Fault>("\"sending-server\"").unwrap(), Fault::SendingServer);
    }

    #[test]
    fn a_localized_reason_carries_its_steps_and_ses_its_pair() {
        let value = serde_json::to_value(Reason::MailboxFull.localize(Locale::En)).unwrap();
        assert_eq!(value["reason"], json!("mailboxfull"));
        assert_eq!(value["hard"], json!(false));
        let first = &value["remedies"][0];
        assert_eq!(first["actor"], json!(Reason::MailboxFull.actors()[0].as_str()));
        assert_eq!(first["text"], json!(Reason::MailboxFull.remedies().next().unwrap()));
        assert_eq!(
            serde_json::to_value(Reason::UserUnknown.ses_bounce()).unwrap(),
            json!({ "bounceType": "Permanent", "bounceSubType": "NoEmail" })
        );
    }
}
