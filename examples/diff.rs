//! Compares two SMTP reply codes.
//!
//! ```text
//! cargo run --example diff -- 252 503
//! cargo run --example diff --features serde -- --json 452 552
//! cargo run --example diff --features all-locales -- --lang zh-Hans 252 503
//! ```
//!
//! Exits with status 2 when an argument is not a reply code.

use std::process::ExitCode;

use smtp_codes::{Locale, ReplyCode, diff};

const USAGE: &str = "usage: diff [--json] [--lang TAG] CODE CODE   (for example: diff 252 503)";

fn main() -> ExitCode {
    let mut json = false;
    let mut codes = Vec::new();
    let mut locale = Locale::En;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--json" => json = true,
            "--lang" => match args.next().map(|tag| tag.parse::<Locale>()) {
                Some(Ok(chosen)) => locale = chosen,
                Some(Err(error)) => {
                    eprintln!("error: {error}\n{USAGE}");
                    return ExitCode::from(2);
                }
                None => {
                    eprintln!("error: --lang needs a language tag such as zh-Hans\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            other => match parse_code(other) {
                Ok(code) => codes.push(code),
                Err(message) => {
                    eprintln!("error: {message}\n{USAGE}");
                    return ExitCode::from(2);
                }
            },
        }
    }
    let [a, b] = codes[..] else {
        eprintln!("error: give exactly two codes, got {}\n{USAGE}", codes.len());
        return ExitCode::from(2);
    };
    let comparison = diff(a, b);
    if json {
        return print_json(&comparison);
    }
    print!("{}", comparison.localize(locale));
    ExitCode::SUCCESS
}

/// A code by number ("503") or by name ("bad-sequence"). Numbers outside the table are allowed,
/// as long as they fit the grammar: they compare by their class.
fn parse_code(arg: &str) -> Result<ReplyCode, String> {
    if arg.bytes().all(|b| b.is_ascii_digit()) {
        return arg.parse().map_err(|error| format!("{arg:?}: {error}"));
    }
    ReplyCode::from_name(arg).ok_or_else(|| format!("{arg:?} is neither a reply code nor the name of one"))
}

#[cfg(feature = "serde")]
fn print_json(comparison: &smtp_codes::Diff) -> ExitCode {
    match serde_json::to_string_pretty(comparison) {
        Ok(text) => {
            println!("{text}");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

#[cfg(not(feature = "serde"))]
fn print_json(_: &smtp_codes::Diff) -> ExitCode {
    eprintln!("error: --json needs the serde feature: cargo run --example diff --features serde -- --json A B");
    ExitCode::from(2)
}
