//! Every speed claim of the crate, measured side by side with the alternatives in one run, and
//! printed as ratios at the end.
//!
//! ```text
//! cargo bench --bench compare
//! ```
//!
//! Groups:
//! 1. `code_from_u16` and `code_from_str`: `ReplyCode::from` and `str::parse` against a
//!    hand-written `match`, a dense array, a `std` `HashMap` built once, and a `phf` map.
//! 2. `code_from_name`: `ReplyCode::from_name` (phf) against a `HashMap` and a linear search.
//! 3. `enhanced_parse` and `enhanced_lookup`: the RFC 3463 parser against `split('.')`, and the
//!    registry `match` against a `HashMap`.
//! 4. `reply_parse_*`: `Reply::parse` against lettre 0.11's `Response::from_str` and smtp-proto's
//!    `ResponseReceiver`, on one-line replies, Gmail's multi-line replies and EHLO lists.
//! 5. `find_corpus`: `Reply::find` over generated Postfix log lines and DSN fields, against the
//!    same search with the `regex` crate.
//! 6. `render`: building and writing a `diff`, and writing an `explain`.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::hint::black_box;
use std::str::FromStr;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use regex::Regex;
use smtp_codes::{EnhancedStatusCode, Reply, ReplyCode, StatusClass, diff};

/// The alternatives the number lookup is measured against, made from the same table: a `phf` map
/// from number to code and a plain `match` from number to name. Only each row's number, variant
/// and name are read; the rest of the row is passed over.
macro_rules! reply_codes {
    ($($code:literal $Variant:ident { name: $name:literal, $($rest:tt)* })+) => {
        use super::ReplyCode;

        /// The table as a phf map from number to code. `phf_map!` wants its first key's type
        /// written out: that key, 0, is one no lookup asks for.
        pub(super) static PHF_BY_NUMBER: phf::Map<u16, ReplyCode> =
            phf::phf_map! { 0u16 => ReplyCode::Ok, $($code => ReplyCode::$Variant),+ };

        /// The table as a hand-written match from number to name.
        pub(super) fn match_name(code: u16) -> Option<&'static str> {
            match code {
                $($code => Some($name),)+
                _ => None,
            }
        }
    };
}

#[path = "support/samples.rs"]
mod samples;
#[path = "../src/data/reply_codes.rs"]
mod table;
use samples::fastest_ns;
use table::{PHF_BY_NUMBER, match_name};

/// The table as a dense array indexed by number, built at compile time.
const DENSE: [Option<ReplyCode>; 1000] = {
    let mut table = [None; 1000];
    let mut n = 0;
    while n < 1000 {
        if let Ok(code) = ReplyCode::from_u16(n as u16) {
            if code.is_listed() {
                table[n] = Some(code);
            }
        }
        n += 1;
    }
    table
};

/// A realistic mix: mostly common codes, some rare, some unknown.
const NUMBERS: [u16; 16] = [250, 550, 250, 421, 354, 451, 250, 552, 503, 535, 220, 221, 558, 571, 999, 450];
const STRINGS: [&str; 8] = ["250", "550", "421", "354", "503", "558", "2500", "5a0"];

fn lookups(c: &mut Criterion) {
    let hash: HashMap<u16, ReplyCode> = ReplyCode::ALL.iter().copied().map(|code| (code.as_u16(), code)).collect();

    let mut group = c.benchmark_group("code_from_u16");
    group.bench_function("smtp_codes", |b| b.iter(|| NUMBERS.map(|n| black_box(ReplyCode::from(black_box(n))))));
    group.bench_function("match", |b| b.iter(|| NUMBERS.map(|n| black_box(match_name(black_box(n))))));
    group.bench_function("dense_array", |b| {
        b.iter(|| NUMBERS.map(|n| black_box(DENSE.get(usize::from(black_box(n))).copied().flatten())))
    });
    group.bench_function("std_hashmap", |b| b.iter(|| NUMBERS.map(|n| black_box(hash.get(&black_box(n)).copied()))));
    group.bench_function("phf", |b| b.iter(|| NUMBERS.map(|n| black_box(PHF_BY_NUMBER.get(&black_box(n)).copied()))));
    group.finish();

    let mut group = c.benchmark_group("code_from_str");
    group.bench_function("smtp_codes", |b| {
        b.iter(|| STRINGS.map(|s| black_box(black_box(s).parse::<ReplyCode>().ok())))
    });
    group.bench_function("match", |b| {
        b.iter(|| STRINGS.map(|s| black_box(black_box(s).parse::<u16>().ok().and_then(match_name))))
    });
    group.bench_function("std_hashmap", |b| {
        b.iter(|| STRINGS.map(|s| black_box(black_box(s).parse::<u16>().ok().and_then(|n| hash.get(&n).copied()))))
    });
    group.bench_function("phf", |b| {
        b.iter(|| {
            STRINGS.map(|s| black_box(black_box(s).parse::<u16>().ok().and_then(|n| PHF_BY_NUMBER.get(&n).copied())))
        })
    });
    group.finish();

    let names = ["bad-sequence", "Cannot Verify User", "MAILBOX_PERMANENTLY_UNAVAILABLE", "no such code"];
    let by_name: HashMap<String, ReplyCode> =
        ReplyCode::ALL.iter().copied().map(|code| (code.name().to_ascii_lowercase().replace(' ', "-"), code)).collect();
    let mut group = c.benchmark_group("code_from_name");
    group.bench_function("smtp_codes", |b| b.iter(|| names.map(|s| black_box(ReplyCode::from_name(black_box(s))))));
    group.bench_function("std_hashmap", |b| {
        b.iter(|| {
            names.map(|s| {
                let key = black_box(s).to_ascii_lowercase().replace([' ', '_'], "-");
                black_box(by_name.get(&key).copied())
            })
        })
    });
    group.bench_function("linear_search", |b| {
        b.iter(|| {
            names.map(|s| {
                let s = black_box(s);
                black_box(ReplyCode::ALL.iter().copied().find(|code| {
                    let name = code.name().bytes().filter(u8::is_ascii_alphanumeric);
                    let given = s.bytes().filter(u8::is_ascii_alphanumeric);
                    name.map(|b| b.to_ascii_lowercase()).eq(given.map(|b| b.to_ascii_lowercase()))
                }))
            })
        })
    });
    group.finish();
}

fn enhanced(c: &mut Criterion) {
    let texts = ["5.1.1", "4.7.1", "2.0.0", "5.7.26", "4.7.500", "5.1.10", "5.01.1", "6.1.1"];
    let mut group = c.benchmark_group("enhanced_parse");
    group.bench_function("smtp_codes", |b| {
        b.iter(|| texts.map(|t| black_box(black_box(t).parse::<EnhancedStatusCode>().ok())))
    });
    group.bench_function("split_parse", |b| {
        b.iter(|| {
            texts.map(|t| {
                let mut parts = black_box(t).split('.').map(u16::from_str);
                black_box(match (parts.next(), parts.next(), parts.next(), parts.next()) {
                    (Some(Ok(c @ (2 | 4 | 5))), Some(Ok(s)), Some(Ok(d)), None) if s < 1000 && d < 1000 => {
                        Some((c, s, d))
                    }
                    _ => None,
                })
            })
        })
    });
    group.finish();

    let codes: Vec<EnhancedStatusCode> = texts.iter().filter_map(|t| t.parse().ok()).collect();
    let hash: HashMap<(u16, u16), &'static str> = EnhancedStatusCode::all(StatusClass::PermanentFailure)
        .map(|code| ((code.subject_number(), code.detail()), code.name()))
        .collect();
    let mut group = c.benchmark_group("enhanced_lookup");
    group.bench_function("smtp_codes", |b| {
        b.iter(|| {
            for code in &codes {
                black_box(black_box(code).is_listed().then(|| code.name()));
            }
        })
    });
    group.bench_function("std_hashmap", |b| {
        b.iter(|| {
            for code in &codes {
                let code = black_box(code);
                black_box(hash.get(&(code.subject_number(), code.detail())));
            }
        })
    });
    group.finish();
}

const ONE_LINE: &str = "250 2.0.0 Ok: queued as 3F2A81C0123\r\n";
const GMAIL: &str = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
                     550-5.1.1 double-checking the recipient's email address for typos or\r\n\
                     550-5.1.1 unnecessary spaces. For more information, go to\r\n\
                     550 5.1.1  https://support.google.com/mail/?p=NoSuchUser d2e1a72fcca58-6f8e4b0e2d9si1234 - gsmtp\r\n";
const EHLO: &str = "250-mx.google.com at your service, [192.0.2.1]\r\n250-SIZE 157286400\r\n250-8BITMIME\r\n\
                    250-STARTTLS\r\n250-ENHANCEDSTATUSCODES\r\n250-PIPELINING\r\n250-CHUNKING\r\n250 SMTPUTF8\r\n";

fn parsers(c: &mut Criterion) {
    for (name, input) in [("one_line", ONE_LINE), ("gmail_multi_line", GMAIL), ("ehlo", EHLO)] {
        // All three must read the input, or the comparison means nothing.
        assert!(Reply::parse(input).is_ok());
        assert!(lettre::transport::smtp::response::Response::from_str(input).is_ok());
        assert!(smtp_proto::response::parser::ResponseReceiver::default().parse(&mut input.as_bytes().iter()).is_ok());

        let mut group = c.benchmark_group(format!("reply_parse_{name}"));
        group.throughput(Throughput::Bytes(input.len() as u64));
        group.bench_function("smtp_codes", |b| {
            b.iter(|| {
                // What the others hand back: the code, the enhanced code, the text (lettre and
                // smtp-proto copy every line; a Reply borrows them, and reads the last one here).
                let reply = Reply::parse(black_box(input)).unwrap();
                black_box((reply.code(), reply.enhanced(), reply.line_count(), reply.text()))
            })
        });
        group.bench_function("lettre", |b| {
            b.iter(|| black_box(lettre::transport::smtp::response::Response::from_str(black_box(input)).unwrap()))
        });
        group.bench_function("smtp_proto", |b| {
            b.iter(|| {
                let mut receiver = smtp_proto::response::parser::ResponseReceiver::default();
                black_box(receiver.parse(&mut black_box(input).as_bytes().iter()).unwrap())
            })
        });
        group.finish();
    }
}

/// Thousands of Postfix log lines and DSN fields, with and without replies, made
/// deterministically.
fn corpus() -> Vec<String> {
    let replies = [
        ("550", "5.1.1", "<bob@example.net>: Recipient address rejected: User unknown in local recipient table"),
        ("452", "4.2.2", "<carol@example.org>: Mailbox full"),
        ("421", "4.7.0", "[TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume"),
        ("554", "5.7.1", "<dave@example.com>: Relay access denied"),
        ("250", "2.0.0", "Ok: queued as 4F2B91C0456"),
    ];
    let mut lines = Vec::new();
    for i in 0..3000u32 {
        let (code, enhanced, text) = replies[i as usize % replies.len()];
        let line = match i % 4 {
            0 => format!(
                "Nov 22 10:{:02}:{:02} mx1 postfix/smtp[{}]: {:X}: to=<user{i}@example.net>, relay=mx{}.example.net[192.0.2.{}]:25, delay=1.{}, delays=0.1/0/0.6/0.5, dsn={enhanced}, status=bounced (host mx.example.net[192.0.2.10] said: {code} {enhanced} {text} (in reply to RCPT TO command))",
                i % 60,
                (i * 7) % 60,
                10_000 + i,
                0x3F2A_81C0u64 + u64::from(i),
                i % 9,
                i % 250,
                i % 10
            ),
            1 => format!("Diagnostic-Code: smtp; {code} {enhanced} {text}"),
            2 => format!(
                "Nov 22 10:{:02}:{:02} mx1 postfix/smtpd[{}]: connect from client{i}.example.org[198.51.100.{}] size=250 nrcpt=1 (queue active)",
                i % 60,
                (i * 3) % 60,
                20_000 + i,
                i % 250
            ),
            _ => format!(
                "Nov 22 10:{:02}:{:02} mx1 postfix/qmgr[{}]: {:X}: from=<list@example.com>, size={}, nrcpt=1 (queue active)",
                i % 60,
                i % 60,
                900 + i,
                0x5C8D_A1E0u64 + u64::from(i),
                2000 + i
            ),
        };
        lines.push(line);
    }
    lines
}

fn finder(c: &mut Criterion) {
    let lines = corpus();
    // What a bounce processor would write with regex: a code after "said:", "smtp;" or at the
    // start of the line, then an optional enhanced code.
    let pattern =
        Regex::new(r"(?:said:|smtp;|^)\s*([2-5][0-5][0-9])[ -](?:([245]\.[0-9]{1,3}\.[0-9]{1,3}) )?").unwrap();
    let ours = lines.iter().filter(|line| Reply::find(line).is_some()).count();
    let theirs = lines.iter().filter(|line| pattern.is_match(line)).count();
    assert_eq!(ours, theirs, "both searches must find the same replies");

    let bytes: usize = lines.iter().map(String::len).sum();
    let mut group = c.benchmark_group("find_corpus");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("smtp_codes", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for line in &lines {
                if let Some(reply) = Reply::find(black_box(line)) {
                    found += u32::from(reply.code().as_u16()) + u32::from(reply.enhanced().is_some());
                }
            }
            black_box(found)
        })
    });
    group.bench_function("regex", |b| {
        b.iter(|| {
            let mut found = 0u32;
            for line in &lines {
                if let Some(captures) = pattern.captures(black_box(line)) {
                    let code: u16 = captures[1].parse().unwrap();
                    let enhanced = captures.get(2).and_then(|m| m.as_str().parse::<EnhancedStatusCode>().ok());
                    found += u32::from(ReplyCode::from(code).as_u16()) + u32::from(enhanced.is_some());
                }
            }
            black_box(found)
        })
    });
    group.finish();
}

fn render(c: &mut Criterion) {
    let reply = Reply::parse(GMAIL).unwrap();
    let mut out = String::with_capacity(8192);
    let mut group = c.benchmark_group("render");
    group.bench_function("diff_build", |b| {
        b.iter(|| {
            black_box(diff(black_box(ReplyCode::from(252)), black_box(ReplyCode::from(503))).differences().count())
        })
    });
    group.bench_function("diff_display", |b| {
        b.iter(|| {
            out.clear();
            write!(out, "{}", diff(black_box(ReplyCode::from(252)), black_box(ReplyCode::from(503)))).unwrap();
            black_box(out.len())
        })
    });
    group.bench_function("explain_display", |b| {
        b.iter(|| {
            out.clear();
            write!(out, "{}", black_box(reply).explain()).unwrap();
            black_box(out.len())
        })
    });
    group.finish();
}

/// Prints how many times slower each alternative is than this crate (above 1: this crate wins).
fn ratios() {
    let table: &[(&str, &[&str], &str)] = &[
        (
            "code_from_u16",
            &["match", "dense_array", "std_hashmap", "phf"],
            "ReplyCode::from(u16): target within 2x of match",
        ),
        (
            "code_from_str",
            &["match", "std_hashmap", "phf"],
            "\"503\".parse::<ReplyCode>(): target within 2x of the fastest",
        ),
        ("code_from_name", &["std_hashmap", "linear_search"], "ReplyCode::from_name: target within 2x of the fastest"),
        ("enhanced_parse", &["split_parse"], "EnhancedStatusCode parse"),
        ("enhanced_lookup", &["std_hashmap"], "registry lookup"),
        ("reply_parse_one_line", &["lettre", "smtp_proto"], "Reply::parse: target 10x lettre, 2x smtp-proto"),
        ("reply_parse_gmail_multi_line", &["lettre", "smtp_proto"], "Reply::parse, Gmail multi-line"),
        ("reply_parse_ehlo", &["lettre", "smtp_proto"], "Reply::parse, EHLO list"),
        ("find_corpus", &["regex"], "Reply::find over a log corpus: target 3x regex"),
    ];
    println!(
        "\nRatios of fastest samples (alternative time / smtp_codes time; above 1.00 means smtp_codes is faster):"
    );
    for (group, alternatives, label) in table {
        let Some(ours) = fastest_ns(group, "smtp_codes") else { continue };
        let cells: Vec<String> = alternatives
            .iter()
            .filter_map(|alt| fastest_ns(group, alt).map(|theirs| format!("{alt} {:.2}x", theirs / ours)))
            .collect();
        println!("  {label}\n    smtp_codes {:.1} ns; {}", ours, cells.join(", "));
    }
    for function in ["diff_build", "diff_display", "explain_display"] {
        if let Some(ns) = fastest_ns("render", function) {
            println!("  render/{function}: {ns:.0} ns");
        }
    }
}

fn main() {
    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .sample_size(30)
        .configure_from_args();
    lookups(&mut criterion);
    enhanced(&mut criterion);
    parsers(&mut criterion);
    finder(&mut criterion);
    render(&mut criterion);
    criterion.final_summary();
    ratios();
}
