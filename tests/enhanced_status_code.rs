//! `EnhancedStatusCode`, `StatusClass` and `Subject`: the table against the IANA registry,
//! parsing, and the API.

mod common;

use smtp_codes::{EnhancedStatusCode, ReplyCode, StatusClass, Subject};

/// One enumerated record of the registry XML.
struct Record {
    subject: u16,
    detail: u16,
    sample: String,
    basic: String,
}

fn element(record: &str, name: &str) -> String {
    if record.contains(&format!("<{name}/>")) {
        return String::new();
    }
    let open = format!("<{name}>");
    let start = record.find(&open).unwrap_or_else(|| panic!("no <{name}> in {record}")) + open.len();
    let end = record[start..].find(&format!("</{name}>")).unwrap() + start;
    record[start..end].split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The enumerated codes (X.s.d) of the registry, read from the XML as published.
fn registry() -> Vec<Record> {
    let xml = common::data_file("iana-smtp-enhanced-status-codes.xml");
    let mut records = Vec::new();
    for chunk in xml.split("<record").skip(1) {
        let record = &chunk[..chunk.find("</record>").expect("closed record")];
        let code = element(record, "code");
        let parts: Vec<&str> = code.split('.').collect();
        let (Some(subject), Some(detail)) =
            (parts.get(1).and_then(|s| s.parse().ok()), parts.get(2).and_then(|s| s.parse().ok()))
        else {
            continue; // a class or subject row: 2.XXX.YYY, X.1.YYY
        };
        records.push(Record {
            subject,
            detail,
            sample: element(record, "sample"),
            basic: element(record, "basic_code"),
        });
    }
    records
}

#[test]
fn table_matches_the_iana_registry() {
    let registry = registry();
    let table: Vec<EnhancedStatusCode> = EnhancedStatusCode::all(StatusClass::PermanentFailure).collect();
    for record in &registry {
        let code = EnhancedStatusCode::new(StatusClass::PermanentFailure, record.subject, record.detail);
        assert!(code.is_listed(), "X.{}.{} is in the registry but not in the table", record.subject, record.detail);
        if record.sample.is_empty() {
            // X.6.10 has no title in the registry: it is a deprecated duplicate of X.6.8.
            assert!(code.meaning().contains("X.6.8") || code.note().unwrap_or("").contains("X.6.8"), "{code}");
        } else {
            assert_eq!(code.name(), record.sample, "title of {code}");
        }
        assert_eq!(code.associated_text(), record.basic, "associated basic codes of {code}");
        let numbers: Vec<u16> = record
            .basic
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| run.len() == 3)
            .map(|run| run.parse().unwrap())
            .collect();
        let ours: Vec<u16> = code.associated_reply_codes().map(ReplyCode::as_u16).collect();
        assert_eq!(ours, numbers, "{code}");
    }
    for code in &table {
        assert!(
            registry.iter().any(|r| r.subject == code.subject_number() && r.detail == code.detail()),
            "{code} is in the table but not in the registry"
        );
    }
    assert_eq!(table.len(), registry.len());
}

#[test]
fn table_is_sorted_and_texts_are_shaped() {
    let codes: Vec<(u16, u16)> =
        EnhancedStatusCode::all(StatusClass::Success).map(|c| (c.subject_number(), c.detail())).collect();
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]));
    for code in EnhancedStatusCode::all(StatusClass::PermanentFailure) {
        assert!(code.meaning().ends_with('.') && code.meaning().len() > 20, "{code}");
        for list in [code.causes(), code.remedies()] {
            assert!((1..=4).contains(&list.len()), "{code}");
            assert!(list.clone().all(|item| item.ends_with('.') && item.len() > 10), "{code}");
        }
        assert!(!code.references().is_empty(), "{code}");
        assert!(!code.intended_classes().is_empty(), "{code}");
    }
}

#[test]
fn every_registered_code_round_trips_in_every_class() {
    for class in StatusClass::ALL {
        let mut count = 0;
        for code in EnhancedStatusCode::all(*class) {
            let text = code.to_string();
            assert_eq!(text.parse::<EnhancedStatusCode>(), Ok(code), "{text}");
            assert_eq!(code.class(), *class);
            assert!(text.starts_with(&format!("{}.", class.digit())));
            count += 1;
        }
        assert_eq!(count, registry().len(), "every entry of the registry, in every class");
    }
}

#[test]
fn malformed_codes_are_rejected_with_a_reason() {
    for (bad, reason) in [
        ("", "empty"),
        ("5.1", "missing detail"),
        ("6.1.1", "class must be 2, 4 or 5"),
        ("3.0.0", "class must be 2, 4 or 5"),
        ("5.01.1", "leading zero in the subject"),
        ("5.1.01", "leading zero in the detail"),
        ("5.1.1000", "detail of an enhanced status code has more than three digits"),
        ("5.1000.1", "subject of an enhanced status code has more than three digits"),
        (" 5.1.1", "class must be 2, 4 or 5"),
        ("5.1.1 ", "unexpected input after"),
        ("5..1", "missing subject"),
        ("5.1.", "missing detail"),
        ("5.1.1.1", "unexpected input after"),
        ("5,1,1", "unexpected character ','"),
        ("55.1.1", "unexpected character '5'"),
        ("5.a.1", "missing subject"),
    ] {
        let error = bad.parse::<EnhancedStatusCode>().expect_err(bad);
        assert!(error.to_string().contains(reason), "{bad:?}: {error}");
    }
    for good in ["2.0.0", "4.7.500", "5.9.9", "5.999.999", "5.0.0", "5.1.10"] {
        assert!(good.parse::<EnhancedStatusCode>().is_ok(), "{good}");
    }
}

#[test]
fn codes_outside_the_registry_use_class_and_subject_texts() {
    let microsoft: EnhancedStatusCode = "4.7.500".parse().unwrap();
    assert!(!microsoft.is_listed());
    assert_eq!(microsoft.subject(), Some(Subject::SecurityOrPolicy));
    assert_eq!(microsoft.name(), Subject::SecurityOrPolicy.name());
    assert_eq!(microsoft.meaning(), Subject::SecurityOrPolicy.meaning());
    assert!(microsoft.note().unwrap().contains("not in the IANA registry"));
    let odd: EnhancedStatusCode = "5.9.9".parse().unwrap();
    assert_eq!(odd.subject(), None);
    assert_eq!(odd.name(), StatusClass::PermanentFailure.name());
    assert!(odd.causes().len() > 0 && odd.remedies().len() > 0);
}

#[test]
fn microsoft_5_1_10_conflict_is_documented() {
    let code: EnhancedStatusCode = "5.1.10".parse().unwrap();
    assert_eq!(code.name(), "Recipient address has null MX");
    let note = code.note().expect("5.1.10 needs a note");
    assert!(note.contains("Microsoft") || note.contains("Exchange"), "{note}");
}

#[test]
fn reply_codes_know_their_enhanced_codes() {
    let paired: Vec<String> = ReplyCode::from(550).enhanced_codes().map(|c| c.to_string()).collect();
    for expected in ["5.1.1", "5.7.1", "5.7.23"] {
        assert!(paired.contains(&expected.to_owned()), "{expected} not in {paired:?}");
    }
    assert!(ReplyCode::from(452).enhanced_codes().any(|c| c.to_string() == "4.3.1"));
    assert!(ReplyCode::from(556).enhanced_codes().any(|c| c.to_string() == "5.1.10"));
    assert_eq!(ReplyCode::from(354).enhanced_codes().count(), 0);
    for code in ReplyCode::ALL.iter().copied() {
        for enhanced in code.enhanced_codes() {
            assert!(enhanced.agrees_with(code), "{code} {enhanced}");
            assert!(enhanced.is_typical_for(code), "{code} {enhanced}");
        }
    }
}

#[test]
fn pairs_agree_only_in_the_same_class() {
    let full: EnhancedStatusCode = "4.2.2".parse().unwrap();
    assert!(full.agrees_with(ReplyCode::from(452)));
    assert!(!full.agrees_with(ReplyCode::from(550)));
    assert!(!full.agrees_with(ReplyCode::from(250)));
    let ok: EnhancedStatusCode = "2.0.0".parse().unwrap();
    assert!(ok.agrees_with(ReplyCode::from(250)));
    assert!(!ok.agrees_with(ReplyCode::from(354)));
}

#[test]
fn intended_classes_follow_the_registry() {
    let bad_mailbox: EnhancedStatusCode = "5.1.1".parse().unwrap();
    assert_eq!(bad_mailbox.intended_classes(), [StatusClass::PermanentFailure]);
    let full: EnhancedStatusCode = "4.2.2".parse().unwrap();
    assert_eq!(full.intended_classes(), [StatusClass::PersistentTransientFailure]);
    let valid: EnhancedStatusCode = "2.1.5".parse().unwrap();
    assert!(valid.is_intended_class());
}

#[test]
fn subjects_and_classes_have_names() {
    let titles: Vec<&str> = Subject::ALL.iter().map(|s| s.name()).collect();
    assert_eq!(
        titles,
        [
            "Other or Undefined Status",
            "Addressing Status",
            "Mailbox Status",
            "Mail System Status",
            "Network and Routing Status",
            "Mail Delivery Protocol Status",
            "Message Content or Media Status",
            "Security or Policy Status"
        ]
    );
    let classes: Vec<&str> = StatusClass::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(classes, ["Success", "Persistent Transient Failure", "Permanent Failure"]);
}

#[test]
fn advice_written_for_one_class_is_left_out_of_the_others() {
    let transient: EnhancedStatusCode = "4.2.2".parse().unwrap();
    let permanent: EnhancedStatusCode = "5.2.2".parse().unwrap();
    let for_transient = |text: &str| text.contains("4.2.2 code");
    assert!(transient.remedies().any(for_transient));
    assert!(!permanent.remedies().any(for_transient));
    assert_eq!(transient.remedies().len(), transient.remedies().count());
    // A list for one class never names another class's form of the code as its own.
    for class in StatusClass::ALL {
        for code in EnhancedStatusCode::all(*class) {
            for text in code.causes().chain(code.remedies()) {
                for other in StatusClass::ALL.iter().filter(|other| *other != class) {
                    let named = format!("{}.{}.{} code", other.digit(), code.subject_number(), code.detail());
                    assert!(!text.contains(&named), "{code}: {text}");
                }
            }
        }
    }
}

#[test]
fn status_classes_and_reply_classes_correspond() {
    for class in StatusClass::ALL {
        assert_eq!(StatusClass::for_reply_class(class.reply_class()), Some(*class));
        assert_eq!(StatusClass::from_digit(class.digit()), Some(*class));
        assert!(class.to_string().starts_with(&class.digit().to_string()));
    }
    for subject in Subject::ALL {
        assert_eq!(Subject::from_number(subject.number()), Some(*subject));
        assert_eq!(subject.to_string(), format!("X.{} {}", subject.number(), subject.name()));
        assert!(subject.causes().len() > 0 && subject.remedies().len() > 0);
    }
}
