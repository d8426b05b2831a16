//! Serde: every public serializable type round-trips through JSON, with stable forms.

#![cfg(feature = "serde")]

use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::{Value, json};
use smtp_codes::{
    Actor, Category, Class, EnhancedStatusCode, Outcome, Reply, ReplyCode, Retry, RetryDecision, RetryReason, Standing,
    StatusClass, Subject, Topic, diff,
};

fn round_trip<T: Serialize + DeserializeOwned + PartialEq + std::fmt::Debug>(value: T) -> Value {
    let json = serde_json::to_value(&value).unwrap();
    let back: T = serde_json::from_value(json.clone()).unwrap_or_else(|e| panic!("{value:?} as {json}: {e}"));
    assert_eq!(back, value, "{json}");
    json
}

#[test]
fn codes_serialize_as_they_are_written() {
    assert_eq!(round_trip(ReplyCode::BadSequence), json!(503));
    assert_eq!(round_trip(ReplyCode::from(558)), json!(558));
    for code in ReplyCode::ALL.iter().copied() {
        round_trip(code);
    }
    let enhanced: EnhancedStatusCode = "5.1.1".parse().unwrap();
    assert_eq!(round_trip(enhanced), json!("5.1.1"));
    for class in StatusClass::ALL {
        for code in EnhancedStatusCode::all(*class) {
            round_trip(code);
        }
    }
    assert!(serde_json::from_value::<EnhancedStatusCode>(json!("5.01.1")).is_err());
    assert!(serde_json::from_value::<ReplyCode>(json!(-1)).is_err());
}

#[test]
fn enums_serialize_as_stable_strings() {
    assert_eq!(round_trip(Class::PermanentNegative), json!("permanent-negative"));
    assert_eq!(round_trip(Category::MailSystem), json!("mail-system"));
    assert_eq!(round_trip(StatusClass::PersistentTransientFailure), json!("persistent-transient-failure"));
    assert_eq!(round_trip(Subject::SecurityOrPolicy), json!("security-or-policy"));
    assert_eq!(round_trip(Standing::NonStandard), json!("non-standard"));
    assert_eq!(round_trip(Topic::Sequence), json!("sequence"));
    assert_eq!(round_trip(Actor::SenderAdmin), json!("sender-admin"));
    assert_eq!(round_trip(Retry::DoNotRetry), json!("do-not-retry"));
    assert_eq!(round_trip(RetryReason::Greylisted), json!("greylisted"));
    assert_eq!(round_trip(Outcome::Refused), json!("refused"));
    for value in Standing::ALL {
        round_trip(*value);
    }
    for value in Topic::ALL {
        round_trip(*value);
    }
    for value in Actor::ALL {
        round_trip(*value);
    }
    for value in Retry::ALL {
        round_trip(*value);
    }
    for value in RetryReason::ALL {
        round_trip(*value);
    }
    for value in Outcome::ALL {
        round_trip(*value);
    }
    for value in Subject::ALL {
        round_trip(*value);
    }
    assert!(serde_json::from_value::<Class>(json!("nonsense")).is_err());
}

#[test]
fn diff_and_retry_round_trip_and_explanations_serialize() {
    let comparison = diff(ReplyCode::from(252), ReplyCode::from(503));
    let json = round_trip(comparison);
    assert_eq!(json["first"], json!(252));
    assert_eq!(
        json["differences"][0],
        json!({"aspect": "class", "first": "positive-completion", "second": "permanent-negative"})
    );

    let decision = Reply::parse("451 4.7.1 Greylisted").unwrap().retry();
    let json = round_trip(decision);
    assert_eq!(json, json!({"action": "later", "reason": "greylisted", "suggested_delay_seconds": 300}));
    assert_eq!(
        round_trip(RetryDecision::new(Retry::NoNeed, RetryReason::Success))["suggested_delay_seconds"],
        Value::Null
    );

    let reply = Reply::parse("550-5.1.1 No such\r\n550 5.1.1 user").unwrap();
    assert_eq!(
        serde_json::to_value(reply).unwrap(),
        json!({"code": 550, "enhanced": "5.1.1", "lines": ["No such", "user"]})
    );
    let explanation = serde_json::to_value(reply.explain()).unwrap();
    assert_eq!(explanation["retry"]["action"], json!("do-not-retry"));
    assert_eq!(explanation["server_text"], json!("No such user"));
    assert_eq!(explanation["message"], json!(reply.explain().to_string()));
}

#[cfg(feature = "bounce")]
#[test]
fn a_bounce_serializes_with_each_recipient_s_reason() {
    let email = "Content-Type: multipart/report; report-type=delivery-status; boundary=b\r\n\r\n\
        --b\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; mx.example.org\r\n\r\n\
        Final-Recipient: rfc822; bob@example.net\r\nAction: failed\r\nStatus: 5.1.1\r\n\
        Diagnostic-Code: smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown\r\n\r\n--b--\r\n";
    let bounce = smtp_codes::bounce::Bounce::parse(email.as_bytes()).unwrap();
    let json = serde_json::to_value(&bounce).unwrap();
    assert_eq!(json["kind"], json!("failed"));
    let bob = &json["recipients"][0];
    assert_eq!(bob["address"], json!("bob@example.net"));
    assert_eq!(bob["status"], json!("5.1.1"));
    assert_eq!(bob["reply"]["code"], json!(550));
    assert_eq!(bob["reason"], json!("userunknown"));
    assert_eq!(bob["hard"], json!(true));
    assert_eq!(bob["retry"]["action"], json!("do-not-retry"));
    assert_eq!(bob["diagnostic"], json!("smtp; 550 5.1.1 <bob@example.net>: Recipient address rejected: User unknown"));
    assert_eq!(json["reporting_mta"], json!("mx.example.org"));
}
