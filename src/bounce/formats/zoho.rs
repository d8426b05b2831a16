//! Zoho Mail: its report writes the remote server's reply as two fields,
//! "bob@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <bob@example.net>...
//! User Unknown": the reply code, then the rest of the reply.

use std::string::String;

use crate::bounce::recipient::ReplySource;
use crate::bounce::report::Report;
use crate::bounce::scan;
use crate::bounce::text::{self, Context};

/// The reply that Zoho's two `ERROR_CODE :` fields hold.
fn reply(text: &str) -> Option<String> {
    const FIELD: &str = "error_code :";
    let first = scan::find_ci(text, FIELD)? + FIELD.len();
    let code = text.get(first..first + 3).filter(|code| code.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = &text[first + 3..];
    let second = scan::find_ci(rest, FIELD).map_or(rest.len(), |at| at + FIELD.len());
    let words = rest[second.min(rest.len())..].trim_start_matches([',', ' ']);
    let words = words.lines().next().unwrap_or("").trim();
    Some(std::format!("{code} {words}"))
}

/// Reads Zoho's report with the general reader, then rebuilds each recipient's reply.
pub(crate) fn read(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let start = report.recipients.len();
    if !text::read(context, true, report) {
        return false;
    }
    for found in &mut report.recipients[start..] {
        if let Some(rebuilt) = found.diagnostic.as_deref().and_then(reply) {
            found.set_reply(ReplySource::Text(rebuilt));
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_fields_make_one_reply() {
        assert_eq!(
            reply(
                "bob@example.net Invalid Address, ERROR_CODE :550, ERROR_CODE :5.1.1 <bob@example.net>... User Unknown"
            )
            .as_deref(),
            Some("550 5.1.1 <bob@example.net>... User Unknown")
        );
        assert_eq!(
            reply("Error, ERROR_CODE :421, ERROR_CODE :, Host not reachable.").as_deref(),
            Some("421 Host not reachable.")
        );
    }
}
