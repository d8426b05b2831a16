//! The texts of reply codes that are not in the table, by class and second digit, and of numbers
//! that break the reply-code grammar.
//!
//! RFC 5321, section 4.2, tells a client to read a code it does not know by its first digit; the
//! second digit adds the category. So an unlisted code's meaning is its class's sentence, then
//! `separator`, then its category's sentence (composed at compile time), and its other texts are
//! its class's. Each class row is written as `ReplyCodeRow` names its fields; the composition
//! gives every unlisted code the standing `Unlisted`, the guidance `Usage::Never`, the reference
//! RFC 5321 section 4.2.1 and the `note` below. A category row gives the code its topic.
//!
//! Translations follow the composed texts: one entry per class and category (`unlisted/55x/meaning`).

unlisted_codes! {
    separator: " ",
    note: "This code is not defined by any RFC this library knows of, so only its first two digits explain it; the server's own text says more.",
    categories: [
        Topic::Command: "Its second digit, 0, places it among replies about command syntax.",
        Topic::Information: "Its second digit, 1, places it among replies that give information.",
        Topic::Connection: "Its second digit, 2, places it among replies about the connection.",
        Topic::Transaction: "Its second digit, 3 or 4, is one that RFC 5321 leaves unspecified; extensions use 3 for authentication and encryption, and no standard code uses 4.",
        Topic::Transaction: "Its second digit, 5, places it among replies about the receiving mail system.",
    ],
    classes: [
        {
            name: "Unlisted Success Reply",
            meaning: "An unlisted success reply: the server carried out the command.",
            actor: Actor::Nobody,
            causes: sentences!["A server sent a success code that no standard defines, often from a private extension."],
            remedies: sentences!["The client goes on as after any success reply; the server's text may say more."],
            use_when: "send a standard 2xx code such as 250 instead",
        },
        {
            name: "Unlisted Intermediate Reply",
            meaning: "An unlisted intermediate reply: the server accepted the command and waits for more.",
            actor: Actor::Client,
            causes: sentences!["A server answered a command with an intermediate code that no standard defines, usually in an extension's exchange."],
            remedies: sentences!["The client continues the exchange that the command started, as the extension in use describes."],
            use_when: "send a standard 3xx code such as 354 or 334 instead",
        },
        {
            name: "Unlisted Temporary Failure",
            meaning: "An unlisted temporary failure: the server did not carry out the command, but it may succeed later.",
            actor: Actor::Client,
            causes: sentences!["A temporary condition on the server, described only in the server's own text."],
            remedies: sentences![
                "The sending program should try again later, as for any 4xx reply.",
                "If the failure persists, the sender should show the server's text to the receiving server's administrator.",
            ],
            use_when: "send a standard 4xx code with an enhanced status code instead",
        },
        {
            name: "Unlisted Permanent Failure",
            meaning: "An unlisted permanent failure: the server did not carry out the command, and repeating it unchanged will fail again.",
            actor: Actor::Sender,
            causes: sentences!["A permanent refusal, described only in the server's own text."],
            remedies: sentences![
                "The sending program should not repeat the command unchanged.",
                "The sender should read the server's text to find what must change, and ask the receiving server's administrator if it is unclear.",
            ],
            use_when: "send a standard 5xx code with an enhanced status code instead",
        },
    ],
    invalid: {
        name: "Invalid Reply Code",
        meaning: "This number breaks the reply-code grammar of RFC 5321, which allows only a first digit of 2 to 5 and a second digit of 0 to 5, so no server should send it.",
        actor: Actor::RecipientAdmin,
        topic: Topic::Transaction,
        references: &[rfc(5321, "4.2")],
        sent_with: &[],
        causes: sentences![
            "A server that is not an SMTP server, or a broken one, answered the connection.",
            "A program stored or copied a code wrongly, for example a client-side error number that some lists present as an SMTP code.",
        ],
        remedies: sentences![
            "The sending program should treat the reply as a fatal error and end the mail transaction, as RFC 5321 advises.",
            "The receiving server's administrator should check that an SMTP server is listening and answering correctly.",
        ],
        use_when: "it is not a valid SMTP reply",
        note: None,
    },
}
