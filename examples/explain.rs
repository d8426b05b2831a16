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
//! ```
//!
//! Exits with status 2 when an argument is not a known code or a readable reply.

use std::io::{IsTerminal, Read};
use std::process::ExitCode;

use smtp_codes::{EnhancedStatusCode, Reply, ReplyCode};

const USAGE: &str = "usage: explain [--list] [CODE | ENHANCED-CODE | NAME | \"REPLY TEXT\" | -]...
  CODE           a reply code such as 503
  ENHANCED-CODE  an enhanced status code such as 5.7.1
  NAME           a code's name such as bad-sequence
  REPLY TEXT     a whole server reply, or a bounce or log line that holds one
  -              read replies from standard input (also when no argument is given)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
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
            "-" => read_stdin(),
            other => explain(other),
        };
        if let Err(message) = result {
            eprintln!("error: {message}");
            failed = true;
        }
    }
    if failed { ExitCode::from(2) } else { ExitCode::SUCCESS }
}

/// Explains one argument, whatever kind it is.
fn explain(arg: &str) -> Result<(), String> {
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
        print_code(code);
        return Ok(());
    }
    if arg.bytes().next().is_some_and(|b| b.is_ascii_digit()) && arg.as_bytes().get(1) == Some(&b'.') {
        let code: EnhancedStatusCode = arg.parse().map_err(|error| format!("{arg:?}: {error}"))?;
        print_enhanced(code);
        return Ok(());
    }
    if let Some(code) = ReplyCode::from_name(arg) {
        print_code(code);
        return Ok(());
    }
    match Reply::parse(arg) {
        Ok(reply) => print_reply(&reply),
        Err(error) => match Reply::find(arg) {
            Some(reply) => print_reply(&reply),
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
fn read_stdin() -> Result<(), String> {
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
                print_reply(&reply);
                rest = next;
            }
            Err(_) => {
                let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
                let line = rest[..end].trim_end();
                match Reply::find(line) {
                    Some(reply) => print_reply(&reply),
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

fn print_code(code: ReplyCode) {
    println!("{}", code.title());
    println!("Class:     {}", code.class());
    println!("Category:  x{}z {}", code.code() / 10 % 10, code.category());
    println!("Standing:  {}", code.standing());
    println!("Meaning:   {}", code.meaning());
    print_list("When it occurs", code.causes());
    print_list("How to fix", code.remedies());
    let references: Vec<String> = code.references().iter().map(ToString::to_string).collect();
    if references.is_empty() {
        println!("References: none; no standard defines this code");
    } else {
        println!("References: {}", references.join("; "));
    }
    if let Some(note) = code.note() {
        println!("Note:      {note}");
    }
    let enhanced: Vec<String> = code.enhanced_codes().map(|c| c.to_string()).collect();
    if !enhanced.is_empty() {
        println!("Enhanced codes sent with it: {}", enhanced.join(", "));
    }
}

fn print_enhanced(code: EnhancedStatusCode) {
    println!("{code} {}", code.title());
    println!("Class:     {}", code.class());
    match code.subject() {
        Some(subject) => println!("Subject:   {subject}"),
        None => println!("Subject:   X.{} (not defined by RFC 3463)", code.subject_code()),
    }
    println!("Registered: {}", if code.is_registered() { "yes, in the IANA registry" } else { "no" });
    println!("Meaning:   {}", code.description());
    print_list("When it occurs", code.causes());
    print_list("How to fix", code.remedies());
    if !code.is_intended_class() {
        let classes: Vec<String> = code.intended_classes().iter().map(ToString::to_string).collect();
        println!("Warning:   the registry means this entry for {} only", classes.join(" and "));
    }
    let references: Vec<String> = code.references().iter().map(ToString::to_string).collect();
    if !references.is_empty() {
        println!("References: {}", references.join("; "));
    }
    if !code.associated_text().is_empty() {
        println!("Basic codes (IANA): {}", code.associated_text());
    }
    if let Some(note) = code.note() {
        println!("Note:      {note}");
    }
}

fn print_reply(reply: &Reply<'_>) {
    let explanation = reply.explain();
    println!("Reply:     {}", reply.as_str().replace("\r\n", "\n").replace('\n', "\n           "));
    println!("Code:      {} ({})", reply.code().title(), reply.code().class());
    if let Some(enhanced) = reply.enhanced() {
        println!("Enhanced:  {enhanced} {}", enhanced.title());
        if !reply.classes_agree() {
            println!("Warning:   the enhanced code's class disagrees with the reply code's; the reply code decides");
        }
    }
    println!("Summary:   {}", explanation.summary());
    println!("Cause:     {}", explanation.cause());
    println!("What to do: {}", explanation.remedy());
    println!("Who acts:  {}", explanation.actor());
    println!("Retry:     {}", explanation.retry());
    println!("Message:   {explanation}");
}

fn list() {
    println!("{:<5} {:<40} {:<13} Class", "Code", "Name", "Standing");
    for code in ReplyCode::iter() {
        println!("{:<5} {:<40} {:<13} {}", code.to_string(), code.name(), code.standing().to_string(), code.class());
    }
}
