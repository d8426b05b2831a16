//! [`Template`]: the sentences the crate builds its comparisons, explanations and retry decisions
//! from, with `{name}` placeholders, and [`fill`], which writes one without allocating.

use core::fmt;

use crate::Locale;
use crate::text::catalog::{self, Row};

/// Declares the templates: each with its name in the catalog, its English text, and (as its doc)
/// what its placeholders hold, which the English template shows translators.
macro_rules! templates {
    ($($(#[doc = $doc:literal])+ $Variant:ident($name:literal) = $english:literal,)+) => {
        /// A sentence pattern of the text layer.
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub(crate) enum Template {
            $($(#[doc = $doc])+ $Variant,)+
        }

        impl Template {
            /// Every template, in declaration order.
            #[allow(dead_code)]
            pub(crate) const ALL: &'static [Template] = &[$(Template::$Variant),+];

            /// The template's name: its field under `template/` in the catalog.
            pub(crate) const fn name(self) -> &'static str {
                match self {
                    $(Template::$Variant => $name,)+
                }
            }

            /// The English text.
            pub(crate) const fn english(self) -> &'static str {
                match self {
                    $(Template::$Variant => $english,)+
                }
            }

            /// What the placeholders hold, for translators.
            #[allow(dead_code)]
            pub(crate) const fn comment(self) -> &'static str {
                match self {
                    $(Template::$Variant => concat!($($doc),+),)+
                }
            }
        }
    };
}

templates! {
    /// `{a}`, `{b}`: the two codes with their names ("503 Bad Sequence").
    DiffTitle("diff-title") = "SMTP {a} vs {b}",
    /// `{a}`: the code with its name.
    DiffSameCode("diff-same-code") = "These are the same code, {a}, so there is nothing to tell apart.",
    /// `{a}`, `{b}`: the two codes; `{class}`: their class; `{topic_a}`, `{topic_b}`: what each is about.
    DiffSameClass("diff-same-class") = "Both {a} and {b} are {class} replies; what separates them is what they are about: {a} concerns {topic_a}, {b} concerns {topic_b}.",
    /// `{a}`, `{b}`: the two codes; `{class}`: their class; `{topic_a}`: what both are about.
    DiffSameClassSameTopic("diff-same-class-same-topic") = "Both {a} and {b} are {class} replies; both concern {topic_a}, and they differ in the situation each describes.",
    /// `{a}`, `{b}`: the two codes; `{class_a}`, `{class_b}`: their classes; `{outcome_a}`, `{outcome_b}`: what becomes of the command.
    DiffClasses("diff-classes") = "{a} is a {class_a} reply and {b} is a {class_b} reply: after {a}, {outcome_a}; after {b}, {outcome_b}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: their classes; `{gist_a}`, `{gist_b}`: each class in a few words.
    KeyClass("key-class") = "Class: {a} is {first} ({gist_a}); {b} is {second} ({gist_b}).",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: what becomes of the command after each.
    KeyOutcome("key-outcome") = "Outcome: after {a}, {first}; after {b}, {second}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: the retry action for each.
    KeyRetry("key-retry") = "Retry: on {a}, {first}; on {b}, {second}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: their categories.
    KeyCategory("key-category") = "Category: {first} for {a}; {second} for {b}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: what each is about.
    KeyTopic("key-topic") = "What each is about: {a} concerns {first}; {b} concerns {second}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: who acts on each.
    KeyActor("key-actor") = "Who acts: on {a}, {first}; on {b}, {second}.",
    /// `{a}`, `{b}`: the two codes; `{first}`, `{second}`: their standing.
    KeyStanding("key-standing") = "Standing: {first} for {a}; {second} for {b}.",
    /// No placeholder: the only key difference when two codes differ in nothing else.
    KeyMeaningOnly("key-meaning-only") = "They differ only in their meaning, described above.",
    /// `{code}`: a code; `{text}`: the situation to send it in.
    UseWhen("use-when") = "Use {code} when {text}.",
    /// `{code}`: a code a server should hardly ever send; `{text}`: why, and what to send instead.
    UseWhenRarely("use-when-rarely") = "Hardly ever send {code}: {text}.",
    /// `{code}`: a code a server should never send; `{text}`: why, and what to send instead.
    UseWhenNever("use-when-never") = "Never send {code}: {text}.",
    /// No placeholder: what a 2xx reply means, in a few words.
    GistPositiveCompletion("gist-positive-completion") = "success",
    /// No placeholder: what a 3xx reply means, in a few words.
    GistPositiveIntermediate("gist-positive-intermediate") = "accepted so far, send the rest",
    /// No placeholder: what a 4xx reply means, in a few words.
    GistTransientNegative("gist-transient-negative") = "failure for now, try again later",
    /// No placeholder: what a 5xx reply means, in a few words.
    GistPermanentNegative("gist-permanent-negative") = "failure, do not repeat unchanged",
    /// `{first}`, `{second}`: the two classes; `{first_meaning}`, `{second_meaning}`: what each means.
    DifferenceClass("difference-class") = "The first is {first}. {first_meaning} The second is {second}. {second_meaning}",
    /// `{first}`, `{second}`: what becomes of the command after each.
    DifferenceOutcome("difference-outcome") = "After the first, {first}; after the second, {second}.",
    /// `{first}`, `{second}`: the retry action for each.
    DifferenceRetry("difference-retry") = "Retry: on the first, {first}; on the second, {second}.",
    /// `{first}`, `{second}`: the two categories; `{first_meaning}`, `{second_meaning}`: what each means.
    DifferenceCategory("difference-category") = "The first is in the {first} category. {first_meaning} The second is in the {second} category. {second_meaning}",
    /// `{first}`, `{second}`: what each is about.
    DifferenceTopic("difference-topic") = "The first is about {first}; the second is about {second}.",
    /// `{first}`, `{second}`: who acts on each.
    DifferenceActor("difference-actor") = "Who acts: on the first, {first}; on the second, {second}.",
    /// `{first}`, `{second}`: the standing of each.
    DifferenceStanding("difference-standing") = "The first's standing is {first}; the second's is {second}.",
    /// `{summary}`: what happened; `{codes}`: the reply's codes ("550 5.1.1"); `{remedy}`: what to do.
    Explanation("explanation") = "{summary} [{codes}] What to do: {remedy}",
    /// `{server}`: the server's own words.
    ExplanationServer("explanation-server") = " The server said: \"{server}\"",
    /// `{action}`: what to do; `{reason}`: why.
    Retry("retry") = "{action}, because {reason}",
    /// `{number}`: an RFC's number; `{section}`: a section of it, such as "4.2.2".
    ReferenceRfcSection("reference-rfc-section") = "RFC {number}, section {section}",
    /// `{number}`: an RFC's number, cited as a whole.
    ReferenceRfc("reference-rfc") = "RFC {number}",
    /// `{entry}`: an entry of the IANA registry, such as "X.7.12".
    ReferenceIana("reference-iana") = "IANA enhanced status code registry ({entry})",
    /// `{error}`: the sending library's own words for a failure without an SMTP reply; `{remedy}`: what to do.
    SendFailure("send-failure") = "The message was not sent, and no SMTP reply says why: {error}. What to do: {remedy}",
    /// No placeholder: what to do when the encrypted connection failed.
    SendFailureTls("send-failure-tls") = "Check the TLS settings: whether the server's certificate is valid for its name, and whether the server expects TLS from the start or STARTTLS.",
    /// No placeholder: what to do when the connection failed.
    SendFailureConnection("send-failure-connection") = "Check the server's name and port and the network; sending again later may work.",
    /// No placeholder: what to do when the server's answer was not an SMTP reply.
    SendFailureInvalidReply("send-failure-invalid-reply") = "Check that the name and port are those of a mail server: what answered does not speak SMTP correctly.",
    /// No placeholder: what to do when the sending program failed on its own side.
    SendFailureClient("send-failure-client") = "Check the sending program's SMTP settings and the message's addresses.",
    /// No placeholder: between a heading and its text on one line.
    Colon("colon") = ": ",
    /// No placeholder: what separates the items of a list written on one line after a heading
    /// (references, codes). English items hold commas ("RFC 5321, section 4.2.3"), hence "; ";
    /// a language whose items hold none may use a comma.
    ListSeparator("list-separator") = "; ",
    /// No placeholder: after a heading on a line of its own.
    ColonEnd("colon-end") = ":",
}

impl Template {
    /// The template in a language.
    pub(crate) fn text(self, locale: Locale) -> &'static str {
        catalog::text(locale, Row::Template, self.name(), self.english())
    }
}

/// A named value for a template.
pub(crate) type Arg<'a> = (&'static str, &'a dyn fmt::Display);

/// Writes `template`, replacing each `{name}` with the value of that name in `args`. A name that
/// `args` lacks is written as it stands, braces included, so a mistake shows instead of vanishing.
pub(crate) fn fill(f: &mut fmt::Formatter<'_>, template: &str, args: &[Arg<'_>]) -> fmt::Result {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        f.write_str(&rest[..open])?;
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => fmt::Display::fmt(value, f)?,
                    None => f.write_str(&rest[open..open + close + 2])?,
                }
                rest = &after[close + 1..];
            }
            None => {
                f.write_str(&rest[open..])?;
                rest = "";
            }
        }
    }
    f.write_str(rest)
}

/// The placeholder names of a template, in order.
#[cfg(test)]
pub(crate) fn placeholders(template: &str) -> std::vec::Vec<&str> {
    template.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect()
}
