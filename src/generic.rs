//! The texts for codes that are not in the table: one set for each class and category, plus one
//! for numbers that break the grammar, in each locale.
//!
//! RFC 5321, section 4.2, tells a client to read an unknown code by its first digit; the second
//! digit adds the category. So an unknown code's meaning is its class's sentence followed by its
//! category's, composed at compile time with `concat!`.

use crate::reply_code::{Entry, fits_grammar};
use crate::{Actor, Description, Reference, Standing, Topic};

/// The generic texts of one locale: `[class][category]`, and the text for invalid numbers.
pub(crate) struct GenericTexts {
    pub(crate) by_class: [[Description; 5]; 4],
    pub(crate) invalid: Description,
}

/// Builds a locale's [`GenericTexts`] from one sentence per category and the texts per class.
macro_rules! generic_texts {
    (
        separator: $separator:literal,
        note: $note:expr,
        categories: $categories:tt,
        classes: [$({
            name: $name:literal,
            meaning: $meaning:literal,
            causes: $causes:tt,
            remedies: $remedies:tt,
            use_when: $use_when:literal $(,)?
        }),+ $(,)?],
        invalid: {
            name: $invalid_name:literal,
            meaning: $invalid_meaning:literal,
            causes: $invalid_causes:tt,
            remedies: $invalid_remedies:tt,
            use_when: $invalid_use_when:literal $(,)?
        } $(,)?
    ) => {
        $crate::generic::GenericTexts {
            by_class: [$(generic_texts!(@row $separator, $note, $name, $meaning, $causes, $remedies, $use_when; $categories)),+],
            invalid: $crate::Description {
                name: $invalid_name,
                meaning: $invalid_meaning,
                causes: &$invalid_causes,
                remedies: &$invalid_remedies,
                use_when: $invalid_use_when,
                note: None,
            },
        }
    };
    (@row $separator:literal, $note:expr, $name:literal, $meaning:literal, $causes:tt, $remedies:tt, $use_when:literal;
        [$($category:literal),+ $(,)?]) => {
        [$(
            $crate::Description {
                name: $name,
                meaning: concat!($meaning, $separator, $category),
                causes: &$causes,
                remedies: &$remedies,
                use_when: $use_when,
                note: $note,
            }
        ),+]
    };
}

#[cfg(feature = "zh-hans")]
pub(crate) use generic_texts;

pub(crate) const EN: GenericTexts = generic_texts! {
    separator: " ",
    note: Some(crate::locale::en::UI.unlisted_note),
    categories: [
        "Its second digit, 0, places it among replies about command syntax.",
        "Its second digit, 1, places it among replies that give information.",
        "Its second digit, 2, places it among replies about the connection.",
        "Its second digit, 3 or 4, is one that RFC 5321 leaves unspecified; extensions use it for authentication and encryption.",
        "Its second digit, 5, places it among replies about the receiving mail system.",
    ],
    classes: [
        {
            name: "Unlisted Success Reply",
            meaning: "An unlisted success reply: the server carried out the command.",
            causes: ["A server sent a success code that no standard defines, often from a private extension."],
            remedies: ["The client goes on as after any success reply; the server's text may say more."],
            use_when: "never: send a standard 2xx code such as 250 instead",
        },
        {
            name: "Unlisted Intermediate Reply",
            meaning: "An unlisted intermediate reply: the server accepted the command and waits for more.",
            causes: ["A server answered a command with an intermediate code that no standard defines, usually in an extension's exchange."],
            remedies: ["The client continues the exchange that the command started, as the extension in use describes."],
            use_when: "never: send a standard 3xx code such as 354 or 334 instead",
        },
        {
            name: "Unlisted Temporary Failure",
            meaning: "An unlisted temporary failure: the server did not carry out the command, but it may succeed later.",
            causes: ["A temporary condition on the server, described only in the server's own text."],
            remedies: [
                "The sending program should try again later, as for any 4xx reply.",
                "If the failure persists, the sender should show the server's text to the receiving server's administrator.",
            ],
            use_when: "never: send a standard 4xx code with an enhanced status code instead",
        },
        {
            name: "Unlisted Permanent Failure",
            meaning: "An unlisted permanent failure: the server did not carry out the command, and repeating it unchanged will fail again.",
            causes: ["A permanent refusal, described only in the server's own text."],
            remedies: [
                "The sending program should not repeat the command unchanged.",
                "The sender should read the server's text to find what must change, and ask the receiving server's administrator if it is unclear.",
            ],
            use_when: "never: send a standard 5xx code with an enhanced status code instead",
        },
    ],
    invalid: {
        name: "Invalid Reply Code",
        meaning: "This number breaks the reply-code grammar of RFC 5321, which allows only a first digit of 2 to 5 and a second digit of 0 to 5, so no server should send it.",
        causes: [
            "A server that is not an SMTP server, or a broken one, answered the connection.",
            "A program stored or copied a code wrongly, for example a client-side error number that some lists present as an SMTP code.",
        ],
        remedies: [
            "The sending program should treat the reply as a fatal error and end the mail transaction, as RFC 5321 advises.",
            "The receiving server's administrator should check that an SMTP server is listening and answering correctly.",
        ],
        use_when: "never: it is not a valid SMTP reply",
    },
};

/// The topic each category gives an unknown code.
const TOPICS: [Topic; 5] =
    [Topic::Command, Topic::Information, Topic::Connection, Topic::Transaction, Topic::Transaction];
/// Who acts on an unknown code of each class.
const ACTORS: [Actor; 4] = [Actor::Nobody, Actor::Client, Actor::Client, Actor::Sender];
const REFERENCES: &[Reference] = &[Reference::Rfc { number: 5321, section: "4.2.1" }];

static BY_CLASS: [[Entry; 5]; 4] = {
    let mut entries = [const { placeholder() }; 4];
    let mut class = 0;
    while class < 4 {
        let mut category = 0;
        while category < 5 {
            entries[class][category] = Entry {
                texts: EN.by_class[class][category],
                standing: Standing::Unlisted,
                topic: TOPICS[category],
                actor: ACTORS[class],
                references: REFERENCES,
            };
            category += 1;
        }
        class += 1;
    }
    entries
};

const fn placeholder() -> [Entry; 5] {
    [const {
        Entry {
            texts: EN.invalid,
            standing: Standing::Unlisted,
            topic: Topic::Transaction,
            actor: Actor::Nobody,
            references: &[],
        }
    }; 5]
}

static INVALID: Entry = Entry {
    texts: EN.invalid,
    standing: Standing::Unlisted,
    topic: Topic::Transaction,
    actor: Actor::RecipientAdmin,
    references: &[Reference::Rfc { number: 5321, section: "4.2" }],
};

/// Where a number's generic texts are: `None` for a number that breaks the grammar.
pub(crate) const fn position(code: u16) -> Option<(usize, usize)> {
    if !fits_grammar(code) {
        return None;
    }
    let class = (code / 100) as usize - 2;
    let category = match (code / 10) % 10 {
        0 => 0,
        1 => 1,
        2 => 2,
        3 | 4 => 3,
        _ => 4,
    };
    Some((class, category))
}

/// The entry that explains a number that is not in the table.
pub(crate) const fn entry(code: u16) -> &'static Entry {
    match position(code) {
        Some((class, category)) => &BY_CLASS[class][category],
        None => &INVALID,
    }
}

/// The generic texts of a locale for a number that is not in the table.
#[cfg(feature = "zh-hans")]
pub(crate) const fn texts(generic: &'static GenericTexts, code: u16) -> &'static Description {
    match position(code) {
        Some((class, category)) => &generic.by_class[class][category],
        None => &generic.invalid,
    }
}
