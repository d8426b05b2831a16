//! Explains SMTP reply codes, enhanced status codes and whole server replies.
//!
//! ```text
//! cargo run --example explain -- 503                  # a reply code
//! cargo run --example explain -- 252 503              # several
//! cargo run --example explain -- 5.7.1                # an enhanced status code
//! cargo run --example explain -- "550 5.1.1 <bob@example.net>: User unknown"
//! cargo run --example explain -- bad-sequence         # by name
//! cargo run --example explain -- --list               # the whole table
//! printf '250-a\r\n250 b\r\n' | cargo run --example explain -- -
//! cargo run --example explain --features zh-hans -- --lang zh-Hans 503
//! ```
//!
//! Exits with status 2 when an argument is not a known code or a readable reply.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use smtp_codes::{EnhancedStatusCode, Locale, Reply, ReplyCode};

/// The card's field names, per language.
struct Words {
    class: &'static str,
    category: &'static str,
    subject: &'static str,
    standing: &'static str,
    meaning: &'static str,
    when: &'static str,
    fix: &'static str,
    references: &'static str,
    note: &'static str,
    reply: &'static str,
    code: &'static str,
    enhanced: &'static str,
    cause: &'static str,
    who: &'static str,
    retry: &'static str,
    message: &'static str,
}

fn words(locale: Locale) -> Words {
    match locale.tag() {
        "zh-Hans" => Words {
            class: "类别",
            category: "分类",
            subject: "主题",
            standing: "标准化程度",
            meaning: "含义",
            when: "何时出现",
            fix: "如何修复",
            references: "参考文献",
            note: "说明",
            reply: "回复",
            code: "回复码",
            enhanced: "增强状态码",
            cause: "原因",
            who: "处理方",
            retry: "重试",
            message: "提示信息",
        },
        _ => Words {
            class: "Class",
            category: "Category",
            subject: "Subject",
            standing: "Standing",
            meaning: "Meaning",
            when: "When it occurs",
            fix: "How to fix",
            references: "References",
            note: "Note",
            reply: "Reply",
            code: "Code",
            enhanced: "Enhanced",
            cause: "Cause",
            who: "Who acts",
            retry: "Retry",
            message: "Message",
        },
    }
}

const USAGE: &str = "usage: explain [--lang TAG] [--list] [CODE | ENHANCED-CODE | NAME | \"REPLY TEXT\" | -]...
  CODE           a reply code such as 503
  ENHANCED-CODE  an enhanced status code such as 5.7.1
  NAME           a code's name such as bad-sequence
  REPLY TEXT     a whole server reply, or a bounce or log line that holds one
  -              read replies from standard input (also when no argument is given)
  --lang TAG     the language of the texts: en (default), zh-Hans (with --features zh-hans)";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut locale = Locale::En;
    if let Some(at) = args.iter().position(|arg| arg == "--lang") {
        let Some(tag) = args.get(at + 1) else {
            eprintln!("error: --lang needs a language tag such as zh-Hans");
            return ExitCode::from(2);
        };
        match tag.parse() {
            Ok(chosen) => locale = chosen,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        }
        args.drain(at..at + 2);
    }
    if args.iter().any(|arg| arg == "--help" || arg == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    if args.is_empty() && std::io::stdin().is_terminal() {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    }
    let mut failed = false;
    let mut first = true;
    let args = if args.is_empty() { vec!["-".to_owned()] } else { args };
    for arg in &args {
        if !first {
            println!();
        }
        first = false;
        let result = match arg.as_str() {
            "--list" => {
                list();
                Ok(())
            }
            "-" => read_stdin(locale),
            other => explain(other, locale),
        };
        if let Err(message) = result {
            eprintln!("error: {message}");
            failed = true;
        }
    }
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

/// Explains one argument, whatever kind it is.
fn explain(arg: &str, locale: Locale) -> Result<(), String> {
    let arg = arg.trim();
    if arg.len() == 3 && arg.bytes().all(|b| b.is_ascii_digit()) {
        let code: ReplyCode = arg.parse().map_err(|error| format!("{arg:?}: {error}"))?;
        if !code.is_known() {
            return Err(format!(
                "{arg} is not in the table of reply codes; as an unlisted {} reply: {}",
                code.class(),
                code.meaning()
            ));
        }
        print_code(code, locale);
        return Ok(());
    }
    if arg.bytes().next().is_some_and(|b| b.is_ascii_digit()) && arg.as_bytes().get(1) == Some(&b'.') {
        let code: EnhancedStatusCode = arg.parse().map_err(|error| format!("{arg:?}: {error}"))?;
        print_enhanced(code, locale);
        return Ok(());
    }
    if let Some(code) = ReplyCode::from_name(arg) {
        print_code(code, locale);
        return Ok(());
    }
    match Reply::parse(arg) {
        Ok(reply) => print_reply(&reply, locale),
        Err(error) => match Reply::find(arg) {
            Some(reply) => print_reply(&reply, locale),
            None => {
                return Err(format!(
                    "{arg:?} is not a reply code, an enhanced status code, a name or a reply ({error})"
                ));
            }
        },
    }
    Ok(())
}

/// Reads replies from standard input: raw (multi-line) replies, or lines that hold one.
fn read_stdin(locale: Locale) -> Result<(), String> {
    let mut input = String::new();
    std::io::stdin().read_to_string(&mut input).map_err(|error| format!("reading standard input: {error}"))?;
    let mut rest = input.as_str();
    let mut failed = 0;
    let mut first = true;
    while !rest.trim().is_empty() {
        rest = rest.trim_start_matches(['\r', '\n']);
        if !first {
            println!();
        }
        first = false;
        match Reply::parse_next(rest) {
            Ok((reply, next)) => {
                print_reply(&reply, locale);
                rest = next;
            }
            Err(_) => {
                let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
                let line = rest[..end].trim_end();
                match Reply::find(line) {
                    Some(reply) => print_reply(&reply, locale),
                    None => {
                        eprintln!("error: no SMTP reply in {line:?}");
                        failed += 1;
                    }
                }
                rest = &rest[end..];
            }
        }
    }
    if failed > 0 { Err(format!("{failed} line(s) of standard input held no reply")) } else { Ok(()) }
}

fn print_list(label: &str, items: &[&str]) {
    println!("{label}:");
    for item in items {
        println!("  - {item}");
    }
}

fn print_code(code: ReplyCode, locale: Locale) {
    let w = words(locale);
    let texts = code.describe(locale);
    println!("{} {}", code, texts.name());
    println!("{}: {}", w.class, code.class().display_in(locale));
    println!("{}: x{}z {}", w.category, code.code() / 10 % 10, code.category().name_in(locale));
    println!("{}: {}", w.standing, code.standing().label_in(locale));
    println!("{}: {}", w.meaning, texts.meaning());
    print_list(w.when, texts.causes());
    print_list(w.fix, texts.remedies());
    let references: Vec<String> = code.references().iter().map(ToString::to_string).collect();
    if !references.is_empty() {
        println!("{}: {}", w.references, references.join("; "));
    }
    if let Some(note) = texts.note() {
        println!("{}: {note}", w.note);
    }
    let enhanced: Vec<String> = code.enhanced_codes().map(|c| c.to_string()).collect();
    if !enhanced.is_empty() {
        println!("{}: {}", w.enhanced, enhanced.join(", "));
    }
}

fn print_enhanced(code: EnhancedStatusCode, locale: Locale) {
    let w = words(locale);
    let texts = code.describe(locale);
    println!("{code} {}", texts.title());
    println!("{}: {} {}", w.class, code.class().digit(), code.class().title_in(locale));
    match code.subject() {
        Some(subject) => println!("{}: X.{} {}", w.subject, subject.code(), subject.describe(locale).title()),
        None => println!("{}: X.{} (RFC 3463 does not define it)", w.subject, code.subject_code()),
    }
    println!("{}: {}", w.meaning, texts.description());
    print_list(w.when, texts.causes());
    print_list(w.fix, texts.remedies());
    if !code.is_intended_class() {
        let classes: Vec<String> = code.intended_classes().iter().map(ToString::to_string).collect();
        println!("Warning: the registry means this entry for {} only", classes.join(" and "));
    }
    let references: Vec<String> = code.references().iter().map(ToString::to_string).collect();
    if !references.is_empty() {
        println!("{}: {}", w.references, references.join("; "));
    }
    if !code.associated_text().is_empty() {
        println!("IANA: {}", code.associated_text());
    }
    if let Some(note) = texts.note() {
        println!("{}: {note}", w.note);
    }
}

fn print_reply(reply: &Reply<'_>, locale: Locale) {
    let w = words(locale);
    let explanation = reply.explain();
    println!("{}: {}", w.reply, reply.as_str().replace("\r\n", "\n").replace('\n', "\n       "));
    println!(
        "{}: {} {} ({})",
        w.code,
        reply.code(),
        reply.code().describe(locale).name(),
        reply.code().class().display_in(locale)
    );
    if let Some(enhanced) = reply.enhanced() {
        println!("{}: {enhanced} {}", w.enhanced, enhanced.describe(locale).title());
        if !reply.classes_agree() {
            println!("Warning: the enhanced code's class disagrees with the reply code's; the reply code decides");
        }
    }
    if locale == Locale::En {
        println!("{}: {}", w.cause, explanation.cause());
    }
    println!("{}: {}", w.who, explanation.actor().label_in(locale));
    println!("{}: {}", w.retry, explanation.retry().render(locale));
    println!("{}: {}", w.message, explanation.render(locale));
}

fn list() {
    println!("{:<5} {:<40} {:<13} Class", "Code", "Name", "Standing");
    for code in ReplyCode::iter() {
        println!("{:<5} {:<40} {:<13} {}", code.to_string(), code.name(), code.standing().to_string(), code.class());
    }
}
