//! `Reason::decide` against the same decision made with a `regex::RegexSet`, the way KumoMTA's
//! bounce classifier works: every row of `src/data/reason_phrases.rs` compiled into one set, one
//! pattern per row (a row of several parts as its parts in order with anything between them),
//! the lowest matching row winning.
//!
//! ```text
//! cargo bench --bench reason
//! ```
//!
//! The inputs are the 369 real diagnostic texts of `tests/data/reason_corpus.tsv`, with their
//! reply codes and statuses. The regex side is built from the same phrase table (this file
//! includes the data file, as `build.rs` includes the reply-code table), matches the same way
//! (ASCII case ignored, runs of white space as one space), and applies the same conditions and
//! command rules; it is given what the codes say for free, worked out before timing. Before
//! timing, the bench asserts that both sides decide the same reason for every input. At the end
//! it prints the ratio of the fastest samples (see `benches/README.md`).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use regex::{RegexSet, RegexSetBuilder};
use smtp_codes::{EnhancedStatusCode, Reason, ReplyCode};

#[path = "support/samples.rs"]
mod samples;
#[path = "../tests/support/tsv.rs"]
mod tsv;

use samples::fastest_ns;
use tsv::unescape;

/// The phrase table's own types, as the crate declares them, so that the data file reads here
/// too.
mod scan {
    use smtp_codes::Reason;

    #[derive(Clone, Copy, Debug)]
    pub enum When {
        Always,
        Weak,
        Status { subject: u16, from: u16, to: u16 },
        Reply { from: u16, to: u16 },
    }

    #[derive(Clone, Copy, Debug)]
    pub struct Phrase {
        parts: [&'static str; 3],
        count: usize,
        pub reason: Reason,
        pub when: When,
    }

    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub enum Command {
        Greeting = 1,
        Mail = 2,
        Rcpt = 4,
        Data = 8,
    }

    pub const fn p(phrase: &'static str, reason: Reason) -> Phrase {
        Phrase { parts: [phrase, "", ""], count: 1, reason, when: When::Always }
    }

    pub const fn seq(parts: &'static [&'static str], reason: Reason) -> Phrase {
        let mut row = Phrase { parts: ["", "", ""], count: parts.len(), reason, when: When::Always };
        let mut i = 0;
        while i < parts.len() {
            row.parts[i] = parts[i];
            i += 1;
        }
        row
    }

    impl Phrase {
        pub const fn weak(self) -> Phrase {
            Phrase { when: When::Weak, ..self }
        }

        pub const fn status(self, subject: u16, from: u16, to: u16) -> Phrase {
            Phrase { when: When::Status { subject, from, to }, ..self }
        }

        pub const fn reply(self, from: u16, to: u16) -> Phrase {
            Phrase { when: When::Reply { from, to }, ..self }
        }

        /// Firmness weighs the command a reply answered, which both sides here leave out.
        pub const fn firm(self) -> Phrase {
            self
        }

        pub fn parts(&self) -> &[&'static str] {
            &self.parts[..self.count]
        }
    }
}

use scan::{Command, When};

/// The crate's expansion of the phrase table (`src/reasons/scan.rs`), onto this file's stand-ins.
macro_rules! reason_phrases {
    (
        phrases: [$($phrase:expr),+ $(,)?],
        commands: [$($command:expr),+ $(,)?] $(,)?
    ) => {
        #[allow(unused_imports)]
        use super::scan::{Command, Phrase, p, seq};
        use crate::Reason::*;

        pub const PHRASES: &[Phrase] = &[$($phrase),+];
        pub const COMMANDS: &[(&str, Command)] = &[$($command),+];
    };
}

#[path = "../src/data/reason_phrases.rs"]
mod phrases;

use phrases::{COMMANDS, PHRASES};

/// One phrase part as a regex: ASCII case ignored, each space any run of white space, and a space
/// at either end also matching the start or the end of the text (the crate's scanner reads a
/// space before and after the text).
fn part_pattern(part: &str) -> String {
    let mut pattern = String::new();
    let (lead, body, trail) = (part.starts_with(' '), part.trim_matches(' '), part.ends_with(' '));
    if lead {
        pattern.push_str(r"(?:\A|\s+)");
    }
    let words: Vec<String> = body.split(' ').map(regex::escape).collect();
    pattern.push_str(&format!("(?i-u:{})", words.join(r"\s+")));
    if trail {
        pattern.push_str(r"(?:\s+|\z)");
    }
    pattern
}

/// The regex side: one set of a pattern per row (a row of several parts is one pattern, its
/// parts in order with anything between them, as a KumoMTA rules file would say it), then the
/// command markers.
struct Regexes {
    set: RegexSet,
    /// Where the command markers start in `set`.
    markers: usize,
}

/// The lazy DFA of a set of a thousand patterns outgrows `regex`'s default cache and falls back
/// to a far slower engine (0.66 s per corpus instead of 0.6 ms, measured); the bench gives it
/// room, as anyone tuning it would. KumoMTA keeps the defaults, with far fewer rules.
const REGEX_LIMIT: usize = 512 << 20;

fn regexes() -> Regexes {
    let mut patterns: Vec<String> = PHRASES
        .iter()
        .map(|row| row.parts().iter().map(|part| part_pattern(part)).collect::<Vec<_>>().join("(?s:.*)"))
        .collect();
    let markers = patterns.len();
    patterns.extend(COMMANDS.iter().map(|(marker, _)| part_pattern(marker)));
    let set = RegexSetBuilder::new(&patterns)
        .size_limit(REGEX_LIMIT)
        .dfa_size_limit(REGEX_LIMIT)
        .build()
        .expect("the phrases compile");
    Regexes { set, markers }
}

/// What the codes say, worked out once per input through the crate's public API: the reason they
/// name (if any), and whether they name it specifically (a weak row then does not count).
#[derive(Clone, Copy, Debug)]
struct CodeVerdict {
    reason: Option<Reason>,
    specific: bool,
}

fn code_verdict(code: Option<ReplyCode>, status: Option<EnhancedStatusCode>) -> CodeVerdict {
    let alone = Reason::decide(code, status, "");
    let reason = (!matches!(alone, Reason::OnHold | Reason::Undefined)).then_some(alone);
    // Two weak rows: both count only when the codes are vague.
    let vague = Reason::decide(code, status, "policy") == Reason::PolicyViolation
        && Reason::decide(code, status, "virus") == Reason::VirusDetected;
    CodeVerdict { reason, specific: !vague }
}

/// One input and what was worked out about it before timing.
struct Input {
    code: Option<ReplyCode>,
    status: Option<EnhancedStatusCode>,
    text: String,
    verdict: CodeVerdict,
    blank: bool,
}

/// The decision with the regex set, following `src/reason/decide.rs`: the first row whose
/// pattern matched and whose condition holds, then the same fallbacks and command rules.
fn decide_with_regex(regexes: &Regexes, input: &Input) -> Reason {
    if let Some(code) = input.code {
        if code.is_positive() {
            let success = code.class() == smtp_codes::Class::PositiveCompletion;
            return if success { Reason::Delivered } else { Reason::Undefined };
        }
    } else if input.status.is_some_and(|s| s.class() == smtp_codes::StatusClass::Success) {
        return Reason::Delivered;
    }
    let matches = regexes.set.matches(&input.text);
    // The first row that matched and whose condition holds, as KumoMTA takes the first match.
    let row_reason = matches.iter().take_while(|&index| index < regexes.markers).find_map(|row| {
        let phrase = &PHRASES[row];
        let holds = match phrase.when {
            When::Always => true,
            When::Weak => !input.verdict.specific,
            When::Status { subject, from, to } => {
                input.status.is_some_and(|s| s.subject_number() == subject && (from..=to).contains(&s.detail()))
            }
            When::Reply { from, to } => input.code.is_some_and(|c| (from..=to).contains(&c.as_u16())),
        };
        holds.then_some(phrase.reason)
    });
    let mut commands = 0u8;
    for (index, (_, command)) in COMMANDS.iter().enumerate() {
        if matches.matched(regexes.markers + index) {
            commands |= *command as u8;
        }
    }
    let reason = match (row_reason, input.verdict.reason) {
        (Some(reason), _) => reason,
        (None, Some(reason)) => reason,
        (None, None) if input.code.is_some() || input.status.is_some() || !input.blank => Reason::OnHold,
        (None, None) => Reason::Undefined,
    };
    let has = |command: Command| commands & command as u8 != 0;
    let codes_say_user_unknown = input.verdict.specific && input.verdict.reason == Some(Reason::UserUnknown);
    let mailbox_exists = input.status.is_some_and(|s| s.subject_number() == 2 && s.detail() == 0);
    match reason {
        Reason::UserUnknown if (has(Command::Data) || mailbox_exists) && !codes_say_user_unknown => Reason::Filtered,
        Reason::UserUnknown | Reason::HostUnknown
            if has(Command::Mail) && !has(Command::Rcpt) && !has(Command::Data) =>
        {
            Reason::Rejected
        }
        Reason::OnHold if commands == Command::Greeting as u8 => Reason::Blocked,
        reason => reason,
    }
}

/// The corpus rows: reply code, status (without Sisimai's made-up X.0.9NN) and text.
fn inputs() -> Vec<Input> {
    include_str!("../tests/data/reason_corpus.tsv")
        .lines()
        .skip(1)
        .map(|line| {
            let fields: Vec<&str> = line.split('\t').collect();
            let code = fields[3].parse::<u16>().ok().map(ReplyCode::from);
            let status = fields[4]
                .parse::<EnhancedStatusCode>()
                .ok()
                .filter(|s| !(s.subject_number() == 0 && (900..1000).contains(&s.detail())));
            let text = unescape(fields[5]);
            let blank = text.trim_ascii().is_empty();
            Input { code, status, verdict: code_verdict(code, status), text, blank }
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let inputs = inputs();
    let regexes = regexes();
    for input in &inputs {
        let ours = Reason::decide(input.code, input.status, &input.text);
        let theirs = decide_with_regex(&regexes, input);
        assert_eq!(ours, theirs, "both sides must decide the same reason for {:?}", input.text);
    }
    let bytes: usize = inputs.iter().map(|input| input.text.len()).sum();
    let mut group = c.benchmark_group("reason_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("smtp_codes", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(Reason::decide(black_box(input.code), input.status, black_box(&input.text)));
            }
        })
    });
    group.bench_function("regex_set", |b| {
        b.iter(|| {
            for input in &inputs {
                black_box(decide_with_regex(&regexes, black_box(input)));
            }
        })
    });
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(3))
        .sample_size(30)
        .configure_from_args();
    bench(&mut criterion);
    criterion.final_summary();
    let rows = inputs().len() as f64;
    if let (Some(ours), Some(theirs)) =
        (fastest_ns("reason_corpus", "smtp_codes"), fastest_ns("reason_corpus", "regex_set"))
    {
        println!(
            "\nRatio of fastest samples (regex_set time / smtp_codes time; above 1.00 means smtp_codes is faster):\n  \
             Reason::decide over {rows} corpus rows: target 3x a RegexSet\n    \
             smtp_codes {:.1} us ({:.0} ns a row); regex_set {:.2}x",
            ours / 1000.0,
            ours / rows,
            theirs / ours
        );
    }
}
