//! [`Explanation`]: what a mail client puts in an error message.

use core::fmt;

use crate::locale::fill;
use crate::{Actor, EnhancedStatusCode, Locale, Reply, ReplyCode, RetryDecision};

/// What a reply means, in words a mail client can show to a person as they are.
///
/// Made by [`Reply::explain`]. The texts come from the enhanced status code when it says more than
/// the reply code: a registered, specific status (5.1.1 is "the address does not exist", where 550
/// is only "mailbox unavailable") whose class agrees with the reply code. The reply code's texts
/// are used for the generic X.y.0 statuses, for the protocol statuses X.5.y (503 says more than
/// 5.5.1), for success replies (unless a plain 250 carries a status that exists only for
/// success, such as 2.1.5), and
/// for replies without an enhanced code. Two of Microsoft's uses that contradict the registry are
/// explained as the unknown recipient they are (5.1.1): "5.1.10 RESOLVER.ADR.RecipientNotFound"
/// (the registry's 5.1.10 is a null MX) and Exchange Online's "550 5.4.1 Recipient address
/// rejected: Access denied" (the registry's X.4.1 is a host that did not answer). A cause or remedy that the table gives for the other
/// failure class ("For a 4.7.1 code, ...") is left out.
///
/// Nothing is allocated until it is displayed. `Display` writes one paragraph: what happened, the
/// codes, what to do, and the server's own words. It also implements `Error`, so a client can
/// return it with `?`.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Actor, Reply};
///
/// let reply = Reply::parse("552 5.2.2 <bob@example.net>: Mailbox full")?;
/// let explanation = reply.explain();
/// assert_eq!(explanation.actor(), Actor::Recipient);
/// let message = explanation.to_string();
/// assert!(message.contains("552 5.2.2"));
/// assert!(message.contains("Mailbox full"));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Explanation<'a> {
    reply: Reply<'a>,
}

/// A summary, its causes and its remedies, in one language.
type Texts = (&'static str, &'static [&'static str], &'static [&'static str]);

/// Where the texts come from.
#[derive(Clone, Copy)]
enum Source {
    Enhanced(EnhancedStatusCode),
    Code(ReplyCode),
}

impl Source {
    /// Summary, causes and remedies in a language.
    fn texts(self, locale: Locale) -> Texts {
        match self {
            Source::Enhanced(code) => {
                let texts = code.describe(locale);
                (texts.description(), texts.causes(), texts.remedies())
            }
            Source::Code(code) => {
                let texts = code.describe(locale);
                (texts.meaning(), texts.causes(), texts.remedies())
            }
        }
    }
}

impl<'a> Explanation<'a> {
    /// The explanation of a reply.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Explanation, Reply};
    ///
    /// let reply = Reply::parse("421 4.7.0 Try again later")?;
    /// assert_eq!(Explanation::new(reply), reply.explain());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn new(reply: Reply<'a>) -> Explanation<'a> {
        Explanation { reply }
    }

    fn source(&self) -> Source {
        let code = self.reply.code();
        match crate::retry::effective_enhanced(self.reply.enhanced(), self.reply.as_str()) {
            Some(enhanced) if enhanced.agrees_with(code) && (says_more(enhanced, code) || !code.is_known()) => {
                Source::Enhanced(enhanced)
            }
            _ => Source::Code(code),
        }
    }

    /// True when a text names another class's form of the code ("For a 4.7.1 code, ..." in the
    /// explanation of a 5.7.1), and so does not apply here.
    fn applies(&self, text: &str) -> bool {
        let Some(enhanced) = self.reply.enhanced() else { return true };
        let bytes = text.as_bytes();
        // Look for "<digit>.<subject>.<detail> code" whose first digit is not this class's.
        bytes.windows(2).enumerate().all(|(at, pair)| {
            let other_class = matches!(pair[0], b'2' | b'4' | b'5') && pair[0] != b'0' + enhanced.class().digit();
            let starts_code = pair[1] == b'.' && (at == 0 || bytes[at - 1] == b' ');
            !(other_class && starts_code && text[at..].split(' ').nth(1).is_some_and(|word| word.starts_with("code")))
        })
    }

    /// The reply explained.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("250 Ok")?;
    /// assert_eq!(reply.explain().reply(), reply);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn reply(&self) -> Reply<'a> {
        self.reply
    }

    /// What happened, in one or two plain sentences.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{EnhancedStatusCode, Reply};
    ///
    /// let reply = Reply::parse("550 5.1.1 User unknown")?;
    /// let expected = "5.1.1".parse::<EnhancedStatusCode>().unwrap().description();
    /// assert_eq!(reply.explain().summary(), expected);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn summary(&self) -> &'static str {
        self.source().texts(Locale::En).0
    }

    /// The most likely cause.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::Reply::parse("503 5.5.1 Error: need RCPT command")?.explain().cause().is_empty());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn cause(&self) -> &'static str {
        self.causes().next().unwrap_or("")
    }

    /// Every known cause, most likely first.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Reply::parse("550 5.7.1 Rejected")?.explain().causes().count() > 0);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn causes(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.applicable(Locale::En, |(_, causes, _)| causes)
    }

    /// The items of a list that apply to this reply's class, in a language. Whether an item
    /// applies is read from its English text, whose position every language keeps.
    fn applicable(
        &self,
        locale: Locale,
        list: fn(Texts) -> &'static [&'static str],
    ) -> impl Iterator<Item = &'static str> + '_ {
        let source = self.source();
        let english = list(source.texts(Locale::En));
        let localized = list(source.texts(locale));
        english.iter().zip(localized).filter(|(text, _)| self.applies(text)).map(|(_, localized)| *localized)
    }

    /// The first thing to do.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(!smtp_codes::Reply::parse("535 5.7.8 Bad credentials")?.explain().remedy().is_empty());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedy(&self) -> &'static str {
        self.remedies().next().unwrap_or("")
    }

    /// Everything worth trying, first thing first.
    ///
    /// # Examples
    ///
    /// ```
    /// assert!(smtp_codes::Reply::parse("552 5.3.4 Message too big")?.explain().remedies().count() > 0);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn remedies(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.applicable(Locale::En, |(_, _, remedies)| remedies)
    }

    /// A value whose `Display` writes the explanation in a language.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Locale, Reply};
    ///
    /// let reply = Reply::parse("550 5.1.1 User unknown")?;
    /// assert_eq!(reply.explain().render(Locale::En).to_string(), reply.explain().to_string());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn render(&self, locale: Locale) -> RenderedExplanation<'a> {
        RenderedExplanation { explanation: *self, locale }
    }

    /// Who has to act.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Actor, Reply};
    ///
    /// assert_eq!(Reply::parse("250 2.0.0 Ok")?.explain().actor(), Actor::Nobody);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn actor(&self) -> Actor {
        match self.source() {
            Source::Enhanced(code) => code.actor(),
            Source::Code(code) => code.actor(),
        }
    }

    /// The retry decision; the same as [`Reply::retry`].
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::{Reply, Retry};
    ///
    /// assert_eq!(Reply::parse("452 4.2.2 Mailbox full")?.explain().retry().action(), Retry::Later);
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn retry(&self) -> RetryDecision {
        self.reply.retry()
    }

    /// A value whose `Display` writes the server's own words: the lines of the reply joined by
    /// spaces.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("550-5.1.1 No such\r\n550 5.1.1 user")?;
    /// assert_eq!(reply.explain().server_text().to_string(), "No such user");
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub fn server_text(&self) -> ServerText<'a> {
        ServerText(self.reply)
    }
}

/// The server's own words: a reply's lines joined by spaces. Made by
/// [`Explanation::server_text`].
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("250-a\r\n250 b")?;
/// assert_eq!(reply.explain().server_text().to_string(), "a b");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug)]
pub struct ServerText<'a>(Reply<'a>);

/// Writes the lines joined by single spaces, each trimmed.
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("250-a \r\n250  b")?;
/// assert_eq!(reply.explain().server_text().to_string(), "a b");
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for ServerText<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for line in self.0.lines().map(str::trim).filter(|line| !line.is_empty()) {
            if !first {
                f.write_str(" ")?;
            }
            f.write_str(line)?;
            first = false;
        }
        Ok(())
    }
}

/// An [`Explanation`] written in a language; made by [`Explanation::render`].
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reply};
///
/// let reply = Reply::parse("452 4.2.2 Mailbox full")?;
/// assert!(reply.explain().render(Locale::En).to_string().contains("[452 4.2.2]"));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RenderedExplanation<'a> {
    explanation: Explanation<'a>,
    locale: Locale,
}

/// The reply's codes: "550 5.1.1".
struct Codes<'a>(Reply<'a>);

impl fmt::Display for Codes<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.code())?;
        if let Some(enhanced) = self.0.enhanced() {
            write!(f, " {enhanced}")?;
        }
        Ok(())
    }
}

/// Writes one paragraph in the chosen language: what happened, the codes in brackets, what to
/// do, and the server's own words.
///
/// # Examples
///
/// ```
/// use smtp_codes::{Locale, Reply};
///
/// let text = Reply::parse("550 5.1.1 User unknown")?.explain().render(Locale::En).to_string();
/// assert!(text.ends_with("The server said: \"User unknown\""));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for RenderedExplanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let explanation = &self.explanation;
        let ui = self.locale.ui();
        let summary = explanation.source().texts(self.locale).0;
        let remedy = explanation.applicable(self.locale, |(_, _, remedies)| remedies).next().unwrap_or("");
        let codes = Codes(explanation.reply);
        fill(f, ui.explanation, &[("summary", &summary), ("codes", &codes), ("remedy", &remedy)])?;
        if explanation.reply.lines().any(|line| !line.trim().is_empty()) {
            fill(f, ui.explanation_server, &[("server", &explanation.server_text())])?;
        }
        Ok(())
    }
}

/// Writes one paragraph: what happened, the codes in brackets, what to do, and the server's words.
///
/// # Examples
///
/// ```
/// let reply = smtp_codes::Reply::parse("550 5.1.1 <bob@example.net>: User unknown")?;
/// let text = reply.explain().to_string();
/// assert!(text.starts_with(reply.explain().summary()));
/// assert!(text.contains("[550 5.1.1]"));
/// assert!(text.contains("What to do: "));
/// assert!(text.ends_with("The server said: \"<bob@example.net>: User unknown\""));
/// # Ok::<(), smtp_codes::ParseError>(())
/// ```
impl fmt::Display for Explanation<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.render(Locale::En), f)
    }
}

impl core::error::Error for Explanation<'_> {}

/// True when an enhanced code's texts say more than the reply code's: a registered, specific
/// status (not X.y.0, not a protocol status X.5.y), and for a success reply one that exists only
/// for success.
fn says_more(enhanced: EnhancedStatusCode, code: ReplyCode) -> bool {
    let specific = enhanced.is_registered() && enhanced.detail() != 0 && enhanced.subject_code() != 5;
    // A success status says more only about a plain success: "252 2.1.5" is still a VRFY that
    // could not verify, whatever 2.1.5 ("address valid") says.
    let for_success = enhanced.intended_classes() == [crate::StatusClass::Success] && code.code() == 250;
    specific && (!code.is_positive() || for_success)
}

impl<'a> Reply<'a> {
    /// The explanation of this reply, for an error message.
    ///
    /// # Examples
    ///
    /// ```
    /// let reply = smtp_codes::Reply::parse("554 5.7.1 <bob@example.net>: Relay access denied")?;
    /// println!("{}", reply.explain());
    /// # Ok::<(), smtp_codes::ParseError>(())
    /// ```
    pub const fn explain(&self) -> Explanation<'a> {
        Explanation::new(*self)
    }
}
