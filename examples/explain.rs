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
//! cargo run --example explain --features all-locales -- --lang zh-Hans 503
//! ```
//!
//! Exits with status 2 when an argument is not a known code or a readable reply.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use smtp_codes::{EnhancedStatusCode, Heading, Locale, Reason, Reply, ReplyCode};

const USAGE: &str = "usage: explain [--lang TAG] [--list] [CODE | ENHANCED-CODE | NAME | \"REPLY TEXT\" | -]...
  CODE           a reply code such as 503
  ENHANCED-CODE  an enhanced status code such as 5.7.1
  NAME           a code's name such as bad-sequence
  REPLY TEXT     a whole server reply, or a bounce or log line that holds one
  -              read replies from standard input (also when no argument is given)
  --lang TAG     the language of the texts: en (default), or any the build has (--features all-locales)";

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
        if !code.is_listed() {
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

/// A heading in the locale, and what follows it before its text on the same line.
fn heading(heading: Heading, locale: Locale) -> String {
    let heading = heading.localize(locale);
    format!("{heading}{}", heading.colon())
}

fn print_list(label: Heading, locale: Locale, items: impl Iterator<Item = &'static str>) {
    let label = label.localize(locale);
    println!("{label}{}", label.colon_end());
    for item in items {
        println!("  - {item}");
    }
}

fn print_code(code: ReplyCode, locale: Locale) {
    let texts = code.localize(locale);
    println!("{texts}");
    println!("{}{}", heading(Heading::Class, locale), code.class().localize(locale));
    println!(
        "{}x{}z {}",
        heading(Heading::Category, locale),
        code.as_u16() / 10 % 10,
        code.category().localize(locale)
    );
    println!("{}{}", heading(Heading::Standing, locale), code.standing().localize(locale));
    println!("{}{}", heading(Heading::Meaning, locale), texts.meaning());
    print_list(Heading::WhenItOccurs, locale, texts.causes());
    print_list(Heading::HowToFix, locale, texts.remedies());
    let references: Vec<String> =
        code.references().iter().map(|reference| reference.localize(locale).to_string()).collect();
    if !references.is_empty() {
        let separator = Heading::References.localize(locale).separator();
        println!("{}{}", heading(Heading::References, locale), references.join(separator));
    }
    if let Some(note) = texts.note() {
        println!("{}{note}", heading(Heading::Note, locale));
    }
    let enhanced: Vec<String> = code.enhanced_codes().map(|c| c.to_string()).collect();
    if !enhanced.is_empty() {
        let separator = Heading::EnhancedCodes.localize(locale).separator();
        println!("{}{}", heading(Heading::EnhancedCodes, locale), enhanced.join(separator));
    }
}

fn print_enhanced(code: EnhancedStatusCode, locale: Locale) {
    let texts = code.localize(locale);
    println!("{texts}");
    println!("{}{}", heading(Heading::Class, locale), code.class().localize(locale));
    match code.subject() {
        Some(subject) => println!("{}{}", heading(Heading::Subject, locale), subject.localize(locale)),
        None => println!("{}X.{}", heading(Heading::Subject, locale), code.subject_number()),
    }
    println!("{}{}", heading(Heading::Meaning, locale), texts.meaning());
    print_list(Heading::WhenItOccurs, locale, texts.causes());
    print_list(Heading::HowToFix, locale, texts.remedies());
    let references: Vec<String> =
        code.references().iter().map(|reference| reference.localize(locale).to_string()).collect();
    if !references.is_empty() {
        let separator = Heading::References.localize(locale).separator();
        println!("{}{}", heading(Heading::References, locale), references.join(separator));
    }
    if let Some(note) = texts.note() {
        println!("{}{note}", heading(Heading::Note, locale));
    }
}

fn print_reply(reply: &Reply<'_>, locale: Locale) {
    let explanation = reply.explain().localize(locale);
    println!("{}{}", heading(Heading::Reply, locale), reply.as_str().replace("\r\n", "\n").replace('\n', "\n       "));
    println!("{}{}", heading(Heading::Code, locale), reply.code().localize(locale));
    println!("{}{}", heading(Heading::Class, locale), reply.code().class().localize(locale));
    if let Some(enhanced) = reply.enhanced() {
        println!("{}{}", heading(Heading::Enhanced, locale), enhanced.localize(locale));
    }
    // A reply too vague for a diagnosis gets none: its code's own likely cause and who acts
    // follow, and a "not determined" beside them would only contradict them.
    let reason = explanation.value().reason();
    if !matches!(reason, Reason::OnHold | Reason::Undefined) {
        println!("{}{} [{reason}]", heading(Heading::Reason, locale), reason.localize(locale));
        println!("{}{}", heading(Heading::Fault, locale), explanation.value().fault().localize(locale));
    }
    println!("{}{}", heading(Heading::Cause, locale), explanation.cause());
    println!("{}{}", heading(Heading::WhoActs, locale), explanation.value().actor().localize(locale));
    println!("{}{}", heading(Heading::Retry, locale), reply.retry().localize(locale));
    println!("{}{explanation}", heading(Heading::Message, locale));
}

fn list() {
    println!("{:<5} {:<40} {:<13} Class", "Code", "Name", "Standing");
    for code in ReplyCode::ALL {
        println!("{:<5} {:<40} {:<13} {}", code.to_string(), code.name(), code.standing().to_string(), code.class());
    }
}
