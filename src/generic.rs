//! The texts for codes that are not in the table: one entry for each class and category, plus
//! one for numbers that break the grammar.
//!
//! RFC 5321, section 4.2, tells a client to read an unknown code by its first digit; the second
//! digit adds the category. So an unknown code's meaning is its class's sentence followed by its
//! category's, composed at compile time with `concat!`.

use crate::reply_code::{Entry, fits_grammar};
use crate::{Actor, Reference, Standing, Topic};

const REFERENCES: &[Reference] = &[Reference::Rfc { number: 5321, section: "4.2.1" }];

/// One entry per category for a class: `$class` gives the class's literals, the category texts
/// are listed here once.
macro_rules! class_row {
    (
        name: $name:literal,
        meaning: $meaning:literal,
        actor: $actor:ident,
        causes: $causes:tt,
        remedies: $remedies:tt,
        use_when: $use_when:literal $(,)?
    ) => {
        class_row!(@row $name, $meaning, $actor, $causes, $remedies, $use_when;
            (Command, "Its second digit, 0, places it among replies about command syntax."),
            (Information, "Its second digit, 1, places it among replies that give information."),
            (Connection, "Its second digit, 2, places it among replies about the connection."),
            (Transaction, "Its second digit, 3 or 4, is one that RFC 5321 leaves unspecified; extensions use it for authentication and encryption."),
            (Transaction, "Its second digit, 5, places it among replies about the receiving mail system.")
        )
    };
    (@row $name:literal, $meaning:literal, $actor:ident, $causes:tt, $remedies:tt, $use_when:literal;
        $(($topic:ident, $category:literal)),+) => {
        [$(
            Entry {
                name: $name,
                standing: Standing::Unlisted,
                topic: Topic::$topic,
                actor: Actor::$actor,
                references: REFERENCES,
                meaning: concat!($meaning, " ", $category),
                causes: &$causes,
                remedies: &$remedies,
                use_when: $use_when,
                note: Some("This code is not defined by any RFC known to this crate, so only its first two digits explain it; the server's own text says more."),
            }
        ),+]
    };
}

static BY_CLASS: [[Entry; 5]; 4] = [
    class_row! {
        name: "Unlisted Success Reply",
        meaning: "An unlisted success reply: the server carried out the command.",
        actor: Nobody,
        causes: ["A server sent a success code that no standard defines, often from a private extension."],
        remedies: ["The client goes on as after any success reply; the server's text may say more."],
        use_when: "never: send a standard 2xx code such as 250 instead",
    },
    class_row! {
        name: "Unlisted Intermediate Reply",
        meaning: "An unlisted intermediate reply: the server accepted the command and waits for more.",
        actor: Client,
        causes: ["A server answered a command with an intermediate code that no standard defines, usually in an extension's exchange."],
        remedies: ["The client continues the exchange that the command started, as the extension in use describes."],
        use_when: "never: send a standard 3xx code such as 354 or 334 instead",
    },
    class_row! {
        name: "Unlisted Temporary Failure",
        meaning: "An unlisted temporary failure: the server did not carry out the command, but it may succeed later.",
        actor: Client,
        causes: ["A temporary condition on the server, described only in the server's own text."],
        remedies: ["The sending program should try again later, as for any 4xx reply.", "If the failure persists, the sender should show the server's text to the receiving server's administrator."],
        use_when: "never: send a standard 4xx code with an enhanced status code instead",
    },
    class_row! {
        name: "Unlisted Permanent Failure",
        meaning: "An unlisted permanent failure: the server did not carry out the command, and repeating it unchanged will fail again.",
        actor: Sender,
        causes: ["A permanent refusal, described only in the server's own text."],
        remedies: ["The sending program should not repeat the command unchanged.", "The sender should read the server's text to find what must change, and ask the receiving server's administrator if it is unclear."],
        use_when: "never: send a standard 5xx code with an enhanced status code instead",
    },
];

static INVALID: Entry = Entry {
    name: "Invalid Reply Code",
    standing: Standing::Unlisted,
    topic: Topic::Transaction,
    actor: Actor::RecipientAdmin,
    references: &[Reference::Rfc { number: 5321, section: "4.2" }],
    meaning: "This number breaks the reply-code grammar of RFC 5321, which allows only a first digit of 2 to 5 and a second digit of 0 to 5, so no server should send it.",
    causes: &[
        "A server that is not an SMTP server, or a broken one, answered the connection.",
        "A program stored or copied a code wrongly, for example a client-side error number that some lists present as an SMTP code.",
    ],
    remedies: &[
        "The sending program should treat the reply as a fatal error and end the mail transaction, as RFC 5321 advises.",
        "The receiving server's administrator should check that an SMTP server is listening and answering correctly.",
    ],
    use_when: "never: it is not a valid SMTP reply",
    note: None,
};

/// The entry that explains a number that is not in the table.
pub(crate) const fn entry(code: u16) -> &'static Entry {
    if !fits_grammar(code) {
        return &INVALID;
    }
    let class = (code / 100) as usize - 2;
    let category = match (code / 10) % 10 {
        0 => 0,
        1 => 1,
        2 => 2,
        3 | 4 => 3,
        _ => 4,
    };
    &BY_CLASS[class][category]
}
