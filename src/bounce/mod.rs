//! Reading whole bounce emails: who a message failed for, and why.
//!
//! Most failures never reach a program as an SMTP reply: the first server accepts the message,
//! and the failure comes back later as an email. [`Bounce::parse`] reads one such email and gives
//! its [`Kind`], each [`Recipient`] with the status, the remote server's [`Reply`](crate::Reply),
//! the command it answered, the [`Reason`](crate::Reason), whether the bounce is hard and what
//! to do next, and what is needed to match it to the message that was sent ([`Original`]).
//!
//! # How it reads an email
//!
//! Four layers, each only knowing those below (the files of this folder, in order):
//!
//! 1. **MIME** (`prescan`, `mime`): the `mail-parser` crate reads the email's structure and
//!    decodes its parts (quoted-printable, base64, character sets); bare-CR line ends are made
//!    LF first. `prescan` checks the raw bytes against the [`Limits`] before mail-parser sees
//!    them, and marks each returned message so that mail-parser keeps it whole: only its head
//!    is read. `html` turns an HTML-only report into text. Nothing above sees MIME.
//! 2. **Text** (`fields`, `scan`, `address`, `head`): header fields read in place (a DSN body, a
//!    feedback report and a message head are all that shape), searches without case and
//!    without copies, addresses, and the email's own head read once into what the format
//!    detectors ask for.
//! 3. **Readers**, tried in order:
//!    - `dsn`: RFC 3464 `message/delivery-status` and RFC 6533
//!      `message/global-delivery-status`, one group per recipient; RFC 3464 fields come first,
//!      and the human-readable part only completes them (a reply or a command they lack);
//!    - `feedback`: RFC 5965 abuse reports (`message/feedback-report`), and complaints without
//!      that part;
//!    - `formats`: one table row per MTA or provider (every one Sisimai reads), detected from
//!      the head: where its report and the returned message start, and for the few the general
//!      reader cannot follow (Amazon SES's JSON, Sendmail's session transcripts, Postfix's smtpd
//!      transcript, Zoho, fml) a reader of its own;
//!    - `text`: the general reader of human-readable bounces (Postfix, Exim, qmail, Sendmail,
//!      Courier, Exchange, Gmail, ...): it cuts off the returned message, splits the report into
//!      one block per failed address, and keeps each block as the recipient's text;
//!    - `autoreply`: RFC 3834 auto-replies and vacation messages.
//!
//!    A bounce that returns another bounce whole (a gateway's notice around the MTA's report) is
//!    read from the inner one where the outer one names nobody. An email that is a message
//!    wrapped whole (a person's forward of a bounce) is read with the head that looks like a
//!    bounce's, the outermost first, else the innermost.
//! 4. **Settling** (`diagnosis`): the same rules for every reader. A recipient's reply is found
//!    with [`Reply::find`](crate::Reply::find) in its text (a `Diagnostic-Code` unfolded, so that
//!    a reply the MTA joined into one line and then folded gives the server's own lines); a reply that the reporting MTA wraps around the remote
//!    server's (`554 ... <421 4.4.2 ...>`) gives the inner one. Its status is the remote
//!    server's enhanced code where that says more than the stated one (RFC 3463 asks for the
//!    code of the actual problem, so it replaces `X.0.0`, an expiry `X.4.7`, or the reporting
//!    MTA's own mapping), else the DSN's `Status` or a code in the text.
//!
//! What the readers fill in (`kind`: [`Kind`]; `report`: [`Feedback`]) and what a user reads
//! (`recipient`: [`Recipient`] and its [`Action`]; `original`: [`Original`]; `parse`: [`Bounce`]
//! and the order the readers run in) sit beside the layers; `limits` and `error` are the
//! [`Limits`] and the [`Error`]. A recipient's [`Reason`](crate::Reason), whether it is hard and
//! its retry decision come from the reasons layer: the remote reply, the status and the text
//! about the recipient, weighed as for a reply, with the command the reply answered. The text
//! is read whole: a reply of several lines that an MTA folded onto one ("550-5.2.1 ... 550-5.2.1
//! ...") is read without its inner codes, a `Diagnostic-Code` that Sendmail cut to a reply's
//! first line is completed from its transcript, and where the DSN gives no diagnostic, the
//! human-readable part's words about the recipient stand in.
//!
//! # Hostile input
//!
//! [`Limits`] caps the size, the number of MIME parts, their nesting and the recipients read.
//! The parts are counted on the raw bytes before mail-parser builds any (every `Content-Type`
//! field, and every delimiter of a declared boundary), so a bomb is refused before it costs
//! memory; the depth is measured on mail-parser's result. Where mail-parser would take more than
//! one pass (a multipart whose boundary never comes), the pre-scan changes what it is given.
//! A delimiter counts only at the start of a line, as RFC 2046 has it (mail-parser alone would
//! end a part at "--boundary" anywhere, as inside an address).
//! Reading never panics and takes time linear in the input for given limits: each distinct
//! boundary, at most 64, costs at most three searches of the email, and a bounce that returns another
//! bounce is read again from the inner one, at most once per level of the depth limit.
//!
//! # Examples
//!
//! ```
//! use smtp_codes::bounce::{Action, Bounce, Kind};
//!
//! let email = "From: MAILER-DAEMON@mx.example.org\r
//! To: alice@example.org\r
//! Subject: Undelivered Mail Returned to Sender\r
//! Content-Type: multipart/report; report-type=delivery-status; boundary=\"b\"\r
//! \r
//! --b\r
//! Content-Type: text/plain\r
//! \r
//! I'm sorry to have to inform you that your message could not be delivered.\r
//! --b\r
//! Content-Type: message/delivery-status\r
//! \r
//! Reporting-MTA: dns; mx.example.org\r
//! \r
//! Final-Recipient: rfc822; bob@example.net\r
//! Action: failed\r
//! Status: 5.1.1\r
//! Remote-MTA: dns; mx.example.net\r
//! Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected:\r
//!     User unknown in local recipient table\r
//! \r
//! --b\r
//! Content-Type: text/rfc822-headers\r
//! \r
//! Message-ID: <1234@example.org>\r
//! Subject: Lunch?\r
//! \r
//! --b--\r
//! ";
//! let bounce = Bounce::parse(email.as_bytes())?;
//! assert_eq!(bounce.kind(), Kind::Failed);
//! let recipient = bounce.recipients().next().unwrap();
//! assert_eq!(recipient.address(), "bob@example.net");
//! assert_eq!(recipient.action(), Some(Action::Failed));
//! assert_eq!(recipient.status().unwrap().to_string(), "5.1.1");
//! assert_eq!(recipient.reply().unwrap().code(), 550);
//! assert_eq!(bounce.original().message_id(), Some("<1234@example.org>"));
//! println!("{}", recipient.reply().unwrap().explain());
//! # Ok::<(), smtp_codes::bounce::Error>(())
//! ```

mod address;
mod autoreply;
mod diagnosis;
mod dsn;
mod error;
mod feedback;
mod fields;
mod formats;
mod head;
mod html;
mod kind;
mod limits;
mod mime;
mod original;
mod parse;
mod prescan;
mod recipient;
mod report;
mod scan;
mod text;

pub use error::Error;
pub use kind::Kind;
pub use limits::Limits;
pub use original::Original;
pub use parse::Bounce;
pub use recipient::{Action, Recipient, Recipients};
pub use report::Feedback;
