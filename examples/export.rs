//! Prints every reply code and every registered enhanced status code as JSON, so that tools in
//! other languages can use the tables.
//!
//! ```text
//! cargo run --example export > smtp-codes.json
//! cargo run --example export --features zh-hans -- --lang zh-Hans > smtp-codes.zh-Hans.json
//! ```

use std::process::ExitCode;

use serde_json::{Value, json};
use smtp_codes::{EnhancedStatusCode, Locale, ReplyCode, StatusClass};

fn main() -> ExitCode {
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
    let reply_codes: Vec<Value> = ReplyCode::iter()
        .map(|code| {
            let texts = code.describe(locale);
            json!({
                "code": code.code(),
                "variant": format!("{code:?}"),
                "name": texts.name(),
                "class": code.class().as_str(),
                "category": code.category().as_str(),
                "standing": code.standing().as_str(),
                "topic": code.topic().as_str(),
                "actor": code.actor().as_str(),
                "meaning": texts.meaning(),
                "causes": texts.causes(),
                "remedies": texts.remedies(),
                "use_when": texts.use_when(),
                "note": texts.note(),
                "references": code.references().iter().map(|r| json!({"text": r.to_string(), "url": r.url().to_string()})).collect::<Vec<_>>(),
                "enhanced_codes": code.enhanced_codes().map(|c| c.to_string()).collect::<Vec<_>>(),
            })
        })
        .collect();
    let enhanced_codes: Vec<Value> = EnhancedStatusCode::registered(StatusClass::Success)
        .map(|code| {
            let texts = code.describe(locale);
            json!({
                "code": format!("X.{}.{}", code.subject_code(), code.detail()),
                "title": texts.title(),
                "description": texts.description(),
                "causes": texts.causes(),
                "remedies": texts.remedies(),
                "note": texts.note(),
                "classes": code.intended_classes().iter().map(|c| c.as_str()).collect::<Vec<_>>(),
                "associated_reply_codes": code.associated_reply_codes().map(|c| c.code()).collect::<Vec<_>>(),
                "iana_associated_text": code.associated_text(),
                "references": code.references().iter().map(ToString::to_string).collect::<Vec<_>>(),
            })
        })
        .collect();
    let document = json!({
        "locale": locale.tag(),
        "iana_registry_updated": "2024-12-06",
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
