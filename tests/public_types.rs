//! Every public type can cross threads: `Send` and `Sync`, and the values are `Copy` where they
//! are plain data.

use smtp_codes::*;

fn send_sync<T: Send + Sync>() {}
fn copy<T: Copy>() {}

#[test]
fn every_public_type_is_send_and_sync() {
    send_sync::<ReplyCode>();
    send_sync::<UnlistedCode>();
    send_sync::<Usage>();
    send_sync::<Class>();
    send_sync::<Category>();
    send_sync::<Standing>();
    send_sync::<Topic>();
    send_sync::<Actor>();
    send_sync::<Reference>();
    send_sync::<InvalidReplyCode>();
    send_sync::<EnhancedStatusCode>();
    send_sync::<StatusClass>();
    send_sync::<Subject>();
    send_sync::<InvalidEnhancedCode>();
    send_sync::<Sentences>();
    send_sync::<Reply<'static>>();
    send_sync::<Lines<'static>>();
    send_sync::<ParseError>();
    send_sync::<ParseErrorKind>();
    send_sync::<OwnedReply>();
    send_sync::<Explanation<'static>>();
    send_sync::<RetryDecision>();
    send_sync::<Retry>();
    send_sync::<RetryReason>();
    send_sync::<Diff>();
    send_sync::<Difference>();
    send_sync::<Outcome>();
    send_sync::<Locale>();
    send_sync::<UnsupportedLocale>();
    send_sync::<Localized<ReplyCode>>();
    send_sync::<Localized<Explanation<'static>>>();
    send_sync::<Heading>();
    send_sync::<UnknownName>();
    #[cfg(feature = "lettre")]
    {
        send_sync::<SendFailure<'static>>();
    }
}

#[test]
fn plain_values_are_copy() {
    copy::<ReplyCode>();
    copy::<EnhancedStatusCode>();
    copy::<Reply<'static>>();
    copy::<Explanation<'static>>();
    copy::<RetryDecision>();
    copy::<Diff>();
    copy::<Difference>();
    copy::<Locale>();
    copy::<Localized<Diff>>();
    copy::<ParseError>();
}
