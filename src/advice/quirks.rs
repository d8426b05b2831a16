//! What real servers do that the standards do not say: uses of enhanced codes that contradict the
//! registry, read as what they mean.

use crate::{EnhancedStatusCode, StatusClass};

/// True when a word of `text` starts with `word`, ignoring ASCII case: "rate" matches "rate" and
/// "rate-limited", not "corporate" or "generated".
pub(crate) fn mentions(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(word.len()).enumerate().any(|(at, window)| {
        window.eq_ignore_ascii_case(word.as_bytes()) && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric())
    })
}

/// The enhanced code a decision or explanation should read. Two of Microsoft's uses contradict
/// the registry, and both mean an unknown recipient, 5.1.1's case: 5.1.10 with
/// "RESOLVER.ADR.RecipientNotFound" (the registry's 5.1.10 is a null MX), and Exchange Online's
/// 5.4.1 with "Recipient address rejected" (the registry's X.4.1 is a host that did not answer,
/// and only for temporary failures).
pub(crate) fn effective_enhanced(enhanced: Option<EnhancedStatusCode>, text: &str) -> Option<EnhancedStatusCode> {
    let code = enhanced?;
    let microsoft_unknown_recipient = match (code.subject_number(), code.detail()) {
        (1, 10) => mentions(text, "RESOLVER.ADR.RecipientNotFound"),
        (4, 1) => code.class() == StatusClass::PermanentFailure && mentions(text, "Recipient address rejected"),
        _ => false,
    };
    if microsoft_unknown_recipient { Some(EnhancedStatusCode::new(code.class(), 1, 1)) } else { Some(code) }
}
