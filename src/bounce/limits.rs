//! [`Limits`]: how much of an email a reader will take on.

/// What [`Bounce::parse_with`](super::Bounce::parse_with) accepts: the largest email, the most
/// MIME parts, the deepest nesting, and how many recipients it reads.
///
/// An email over the size, part or depth limit is refused with an
/// [`Error`](super::Error); recipients past the limit are not read (the
/// [`Bounce`](super::Bounce) has the first ones). The defaults fit any real bounce: 32 MiB, 1,000
/// parts, 32 levels, 10,000 recipients.
///
/// # Examples
///
/// ```
/// use smtp_codes::bounce::{Bounce, Limits};
///
/// let limits = Limits::new().max_size(1 << 20).max_recipients(100);
/// let email = b"From: MAILER-DAEMON@example.org\r\nSubject: hello\r\n\r\nhi\r\n";
/// assert!(Bounce::parse_with(email, &limits).is_ok());
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    pub(crate) max_size: usize,
    pub(crate) max_parts: usize,
    pub(crate) max_depth: usize,
    pub(crate) max_recipients: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits::new()
    }
}

impl Limits {
    /// The defaults: 32 MiB, 1,000 parts, 32 levels, 10,000 recipients.
    ///
    /// # Examples
    ///
    /// ```
    /// assert_eq!(smtp_codes::bounce::Limits::new(), Default::default());
    /// ```
    pub const fn new() -> Limits {
        Limits { max_size: 32 << 20, max_parts: 1000, max_depth: 32, max_recipients: 10_000 }
    }

    /// The largest email, in bytes.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Limits};
    ///
    /// assert!(Bounce::parse_with(b"Subject: x\r\n\r\nbody", &Limits::new().max_size(8)).is_err());
    /// ```
    pub const fn max_size(mut self, bytes: usize) -> Limits {
        self.max_size = bytes;
        self
    }

    /// The most MIME parts, counted on the raw email before any is built: every `Content-Type`
    /// field, and every delimiter of a declared boundary (wherever it stands, as mail-parser
    /// splits there), the returned message's included, though its parts are never built.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Limits};
    ///
    /// let email = "Content-Type: multipart/mixed; boundary=b\r\n\r\n".to_owned() + &"--b\r\n\r\nx\r\n".repeat(50);
    /// assert!(Bounce::parse_with(email.as_bytes(), &Limits::new().max_parts(10)).is_err());
    /// ```
    pub const fn max_parts(mut self, parts: usize) -> Limits {
        self.max_parts = parts;
        self
    }

    /// The deepest nesting of multiparts and messages.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Limits};
    ///
    /// let mut email = String::from("Subject: x\r\n");
    /// for level in 0..5 {
    ///     email += &format!("Content-Type: multipart/mixed; boundary=b{level}\r\n\r\n--b{level}\r\n");
    /// }
    /// assert!(Bounce::parse_with(email.as_bytes(), &Limits::new().max_depth(3)).is_err());
    /// ```
    pub const fn max_depth(mut self, levels: usize) -> Limits {
        self.max_depth = levels;
        self
    }

    /// The most recipients read from one report.
    ///
    /// # Examples
    ///
    /// ```
    /// use smtp_codes::bounce::{Bounce, Limits};
    ///
    /// let email = b"From: MAILER-DAEMON@example.org\r\nX-Failed-Recipients: a@example.net, b@example.net\r\n\r\nfailed\r\n";
    /// let bounce = Bounce::parse_with(email, &Limits::new().max_recipients(1))?;
    /// assert_eq!(bounce.recipients().count(), 1);
    /// # Ok::<(), smtp_codes::bounce::Error>(())
    /// ```
    pub const fn max_recipients(mut self, recipients: usize) -> Limits {
        self.max_recipients = recipients;
        self
    }
}
