//! fml, the mailing list manager: it reports a message it would not distribute (a loop, a
//! sender who is not a member) to the list's administrator, naming the address concerned in
//! angle brackets at the end of a line ("Duplicated Message-ID in <list@example.org>.").

use std::string::String;

use crate::bounce::address;
use crate::bounce::recipient::{Action, Found, ReplySource};
use crate::bounce::report::{Kind, Report};
use crate::bounce::scan;
use crate::bounce::text::Context;

/// Reads an fml error report; false when it names no address.
pub(crate) fn read(context: &Context<'_, '_>, report: &mut Report) -> bool {
    let text = context.report();
    let start = report.recipients.len();
    let mut seen = address::Seen::default();
    for (_, line) in scan::lines(text) {
        let line = line.trim();
        let Some(inner) = line.strip_suffix(">.").or_else(|| line.strip_suffix('>')) else { continue };
        let Some(open) = inner.rfind('<') else { continue };
        let Some(found_address) = address::bare(&inner[open + 1..]) else { continue };
        if seen.get(&found_address).is_some() {
            continue;
        }
        seen.insert(&found_address, 0);
        let mut found = Found::new(found_address);
        found.action = Some(Action::Failed);
        found.diagnostic = Some(String::from(line));
        found.set_reply(ReplySource::None);
        if !report.push(found) {
            break;
        }
    }
    if report.recipients.len() == start {
        return false;
    }
    report.kind = Some(Kind::Failed);
    true
}
