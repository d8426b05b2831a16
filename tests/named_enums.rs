//! The enums whose values have stable names (`Standing`, `Topic`, `Actor`, `Usage`, `Retry`,
//! `RetryReason`, `Outcome`, `Heading`, `Class`, `Category`, `StatusClass`, `Subject`) and
//! `UnknownName`, the error of their `FromStr`.

use std::collections::BTreeSet;

use smtp_codes::{
    Actor, Category, Class, Heading, Outcome, Retry, RetryReason, Standing, StatusClass, Subject, Topic, UnknownName,
    Usage,
};

/// Each value's name reads back to it, names are lowercase words joined by hyphens and unique,
/// and the variants' order is `ALL`'s.
macro_rules! names_round_trip {
    ($($Type:ident),+) => {$(
        let mut seen = BTreeSet::new();
        for value in $Type::ALL {
            let name = value.as_str();
            assert_eq!(name.parse::<$Type>(), Ok(*value), "{name}");
            assert!(!name.is_empty() && name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{name}");
            assert!(!name.starts_with('-') && !name.ends_with('-') && !name.contains("--"), "{name}");
            assert!(seen.insert(name), "{} has {name} twice", stringify!($Type));
            assert!(name.to_uppercase().parse::<$Type>().is_err(), "names are read exactly: {name}");
        }
        assert!($Type::ALL.windows(2).all(|pair| pair[0] < pair[1]), "{} values order as declared", stringify!($Type));
    )+};
}

#[test]
fn every_name_reads_back_to_its_value() {
    names_round_trip!(
        Standing,
        Topic,
        Actor,
        Usage,
        Retry,
        RetryReason,
        Outcome,
        Heading,
        Class,
        Category,
        StatusClass,
        Subject
    );
}

#[test]
fn labels_are_short_texts_for_people() {
    macro_rules! labels {
        ($($Type:ident),+) => {$(
            for value in $Type::ALL {
                let label = value.label();
                assert!(!label.is_empty() && label.len() <= 70, "{label:?}");
                assert_eq!(value.to_string(), label);
                assert!(!label.ends_with('.'), "a label is not a sentence: {label:?}");
            }
        )+};
    }
    labels!(Standing, Topic, Actor, Retry, RetryReason, Outcome, Heading);
}

#[test]
fn an_unknown_name_says_what_was_expected() {
    let error: UnknownName = "official".parse::<Standing>().unwrap_err();
    assert_eq!(
        error.to_string(),
        "\"official\" is not the name of a standing (one of: standard, extension, obsolete, non-standard, unlisted)"
    );
    let error = "x".repeat(100).parse::<Retry>().unwrap_err().to_string();
    assert!(error.starts_with(&format!("\"{}...\"", "x".repeat(32))), "{error}");
    assert!("PermanentNegative".parse::<Class>().is_err());
    assert_eq!("permanent-negative".parse::<Class>(), Ok(Class::PermanentNegative));
}
