//! Prints every reply code and every listed enhanced status code as JSON, in a language, so that
//! tools in other languages can use the tables. Each code is its `Localized` value, serialized.
//!
//! ```text
//! cargo run --example export --features serde > smtp-codes.json
//! cargo run --example export --features serde,zh-hans -- --lang zh-Hans > smtp-codes.zh-Hans.json
//! ```

use std::process::ExitCode;

#[cfg(feature = "serde")]
fn main() -> ExitCode {
    use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode, StatusClass};

    let args: Vec<String> = std::env::args().skip(1).collect();
    let locale = match args.as_slice() {
        [] => Locale::En,
        [flag, tag] if flag == "--lang" => match tag.parse() {
            Ok(locale) => locale,
            Err(error) => {
                eprintln!("error: {error}");
                return ExitCode::from(2);
            }
        },
        _ => {
            eprintln!("usage: export [--lang TAG]");
            return ExitCode::from(2);
        }
    };
    let reply_codes: Vec<_> = ReplyCode::ALL.iter().map(|code| code.localize(locale)).collect();
    let enhanced_codes: Vec<_> =
        EnhancedStatusCode::all(StatusClass::PermanentFailure).map(|code| code.localize(locale)).collect();
    let document = serde_json::json!({
        "locale": locale.tag(),
        "reply_codes": reply_codes,
        "enhanced_status_codes": enhanced_codes,
    });
    match serde_json::to_string_pretty(&document) {
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
fn main() -> ExitCode {
    eprintln!("error: export needs the serde feature: cargo run --example export --features serde");
    ExitCode::from(2)
}
