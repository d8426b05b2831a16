//! `ReplyCode`, `UnlistedCode` and `Usage`: the reply-code table and its API.

mod common;

use smtp_codes::{Category, Class, Locale, ReplyCode, Standing, Usage, diff};

#[test]
fn table_is_sorted_and_unique() {
    let codes: Vec<u16> = ReplyCode::ALL.iter().copied().map(ReplyCode::as_u16).collect();
    assert!(codes.windows(2).all(|pair| pair[0] < pair[1]), "not strictly ascending: {codes:?}");
    let mut names: Vec<&str> = ReplyCode::ALL.iter().copied().map(ReplyCode::name).collect();
    names.sort_unstable();
    let before = names.len();
    names.dedup();
    assert_eq!(before, names.len(), "two codes share a name");
    let mut variants: Vec<String> = ReplyCode::ALL.iter().copied().map(|code| format!("{code:?}")).collect();
    variants.sort();
    variants.dedup();
    assert_eq!(variants.len(), before, "two codes share a variant");
}

#[test]
fn class_and_category_follow_the_digits() {
    for code in ReplyCode::ALL.iter().copied() {
        let n = code.as_u16();
        assert_eq!(code.class().digit() as u16, n / 100, "{n}");
        assert_eq!(code.category(), Category::from_digit((n / 10 % 10) as u8), "{n}");
    }
}

#[test]
fn every_text_is_present_and_shaped() {
    for code in ReplyCode::ALL.iter().copied() {
        let n = code.as_u16();
        assert!(code.is_listed());
        assert!(!code.name().trim().is_empty(), "{n} name");
        for (what, text) in [("meaning", code.meaning()), ("use_when", code.use_when())] {
            assert!(text.trim().len() > 10, "{n} {what} is too short: {text:?}");
            assert_eq!(text, text.trim(), "{n} {what} has outer spaces");
        }
        assert!(code.meaning().ends_with('.'), "{n} meaning is not a sentence");
        assert!(!code.use_when().ends_with('.'), "{n} use_when must read after \"Use {n} when\"");
        for (what, list) in [("causes", code.causes()), ("remedies", code.remedies())] {
            assert!((1..=4).contains(&list.len()), "{n} has {} {what}", list.len());
            for item in list {
                assert!(item.len() > 10 && item.ends_with('.'), "{n} {what}: {item:?}");
                assert!(item.chars().next().is_some_and(char::is_uppercase), "{n} {what}: {item:?}");
            }
        }
        if let Some(note) = code.note() {
            assert!(note.ends_with('.') && note.len() > 10, "{n} note: {note:?}");
        }
        match code.standing() {
            Standing::Standard | Standing::Extension => {
                assert!(!code.references().is_empty(), "{n}: a standard or extension code must cite its source")
            }
            _ => assert!(code.note().is_some(), "{n}: an obsolete or non-standard code must say where it comes from"),
        }
        assert_ne!(code.standing(), Standing::Unlisted, "{n}");
    }
}

#[test]
fn required_variants_exist() {
    assert_eq!(ReplyCode::BadSequence.as_u16(), 503);
    assert_eq!(ReplyCode::CannotVerifyUser.as_u16(), 252);
    assert_eq!(ReplyCode::SyntaxErrorInParameters.as_u16(), 501);
    assert_eq!(ReplyCode::BadSequence.name(), "Bad Sequence");
}

/// Every code of the researched table that fits the grammar, or that the issue lists as seen in
/// practice, is in the crate, with the standing the table gives it.
#[test]
fn every_code_of_the_reference_table_is_present() {
    let tsv = common::data_file("basic-reply-codes.tsv");
    let mut checked = std::collections::BTreeSet::new();
    for row in tsv.lines().skip(1) {
        let fields: Vec<&str> = row.split('\t').collect();
        let number: u16 = fields[0].parse().expect("code column");
        let status = fields[3];
        let code = ReplyCode::from(number);
        if number < 200 {
            assert!(!code.is_listed(), "{number} is not an SMTP reply and must not be in the table");
            continue;
        }
        assert!(code.is_listed(), "{number} ({status}) is missing from the table");
        let standing = match status {
            "standard" => Standing::Standard,
            "extension" => Standing::Extension,
            "obsolete" => Standing::Obsolete,
            "non-standard-common" => Standing::NonStandard,
            other => panic!("unknown status {other}"),
        };
        // 422, 432 and 523 have a second, vendor row; the table keeps the RFC/IANA standing
        // and describes the vendor meaning in the note.
        if standing == Standing::NonStandard && code.standing() != Standing::NonStandard {
            let note = code.note().unwrap_or_default();
            assert!(!note.is_empty(), "{number}: the vendor meaning must be in the note");
        } else {
            assert_eq!(code.standing(), standing, "{number}");
        }
        checked.insert(number);
    }
    assert_eq!(checked.len(), ReplyCode::ALL.len(), "the table and the reference data list different codes");
}

#[test]
fn every_u16_round_trips_without_panic() {
    for n in 0..=u16::MAX {
        let code = ReplyCode::from(n);
        assert_eq!(code.as_u16(), n);
        assert_eq!(u16::from(code), n);
        assert_eq!(code.is_listed(), ReplyCode::ALL.iter().copied().any(|known| known.as_u16() == n));
        let fits = (200..=559).contains(&n) && n / 10 % 10 <= 5;
        // The one rule of every reader: the grammar, or a code the table lists (471, 571).
        assert_eq!(ReplyCode::from_u16(n).is_ok(), fits || code.is_listed(), "{n}");
        assert_eq!(format!("{n:03}").parse::<ReplyCode>().is_ok(), fits || code.is_listed(), "{n}");
        if fits {
            assert_eq!(code.class(), Class::from_digit((n / 100) as u8).unwrap());
            assert_eq!(format!("{n:03}").parse::<ReplyCode>(), Ok(code));
            assert_eq!(code.to_string(), n.to_string());
        }
        // Names, meanings and the rest exist for every number.
        assert!(!code.name().is_empty() && !code.meaning().is_empty() && code.causes().len() > 0);
    }
}

#[test]
fn unlisted_codes_keep_their_number_and_class() {
    let code = ReplyCode::from(558);
    assert_eq!(code.as_u16(), 558);
    assert!(!code.is_listed());
    assert_eq!(code.class(), Class::PermanentNegative);
    assert_eq!(code.category(), Category::MailSystem);
    assert_eq!(code.standing(), Standing::Unlisted);
    assert!(code.meaning().contains("permanent"), "{}", code.meaning());
    assert!(code.meaning().contains("mail system"), "{}", code.meaning());
    assert_eq!(ReplyCode::from(299).class(), Class::PositiveCompletion);
    assert_eq!(ReplyCode::from(0).class(), Class::PermanentNegative);
    assert_eq!(ReplyCode::from(0).to_string(), "000");
    assert_eq!(ReplyCode::from(650).name(), "Invalid Reply Code");
    assert_eq!(ReplyCode::from(650).usage(), Usage::Never);
    match ReplyCode::from(558) {
        ReplyCode::Unlisted(unlisted) => assert_eq!(unlisted.as_u16(), 558),
        other => panic!("558 is not in the table, got {other:?}"),
    }
}

#[test]
fn strict_parsing_rejects_bad_input() {
    for bad in ["", "5", "50", "5030", "2a0", " 250", "250 ", "+50", "650", "260", "199", "099", "١٢٣", "999", "581"]
    {
        assert!(bad.parse::<ReplyCode>().is_err(), "{bad:?} must be rejected");
    }
    for bad in [0, 99, 101, 199, 260, 600, 999, 1000, u16::MAX] {
        assert!(ReplyCode::from_u16(bad).is_err(), "{bad}");
    }
    assert_eq!("252".parse::<ReplyCode>(), Ok(ReplyCode::CannotVerifyUser));
    // Listed codes that break the grammar are read, as every reader reads them.
    assert_eq!("571".parse::<ReplyCode>(), Ok(ReplyCode::from(571)));
    assert_eq!(ReplyCode::from_u16(471), Ok(ReplyCode::from(471)));
    assert_eq!(
        "2500".parse::<ReplyCode>().unwrap_err().to_string(),
        "a reply code has three digits, found 4 characters"
    );
    assert_eq!(
        ReplyCode::from_u16(260).unwrap_err().to_string(),
        "reply code 260 breaks the RFC 5321 grammar: the second digit must be 0 to 5"
    );
}

#[test]
fn names_find_their_codes() {
    for code in ReplyCode::ALL.iter().copied() {
        assert_eq!(ReplyCode::from_name(code.name()), Some(code), "{}", code.name());
        assert_eq!(ReplyCode::from_name(&format!("{code:?}")), Some(code));
        let slug = code.name().to_lowercase().replace(' ', "-");
        assert_eq!(ReplyCode::from_name(&slug), Some(code), "{slug}");
        assert_eq!(ReplyCode::from_name(&code.name().to_uppercase()), Some(code));
    }
    assert_eq!(ReplyCode::from_name("bad-sequence"), Some(ReplyCode::BadSequence));
    // RFC 5321 calls both 450 and 550 "mailbox unavailable"; no name leads to the wrong one.
    assert_eq!(ReplyCode::from_name("mailbox unavailable"), None);
    assert_eq!(ReplyCode::from_name("MailboxTemporarilyUnavailable"), Some(ReplyCode::from(450)));
    assert_eq!(ReplyCode::from_name("mailbox permanently unavailable"), Some(ReplyCode::from(550)));
    for miss in ["", "bad sequence!", "no such code at all", "é", &"x".repeat(10_000)] {
        assert_eq!(ReplyCode::from_name(miss), None, "{miss:?}");
    }
}

#[test]
fn display_forms() {
    assert_eq!(ReplyCode::BadSequence.to_string(), "503");
    assert_eq!(format!("{:#}", ReplyCode::BadSequence), "503 Bad Sequence");
    assert_eq!(ReplyCode::CannotVerifyUser.localize(Locale::En).to_string(), "252 Cannot Verify User");
    assert_eq!(ReplyCode::from(7).to_string(), "007");
}

#[test]
fn usage_says_which_codes_a_server_should_not_send() {
    for code in ReplyCode::ALL.iter().copied() {
        // The comparison's template says "Never send 571: " or "Hardly ever send 422: ", so the
        // guidance itself must not say it again.
        let guidance = code.use_when();
        assert!(!guidance.starts_with("never") && !guidance.starts_with("hardly"), "{code}: {guidance:?}");
        let line = diff(code, ReplyCode::from(250)).to_string();
        let expected = match code.usage() {
            Usage::Never => format!("- Never send {code}: {guidance}."),
            Usage::Rarely => format!("- Hardly ever send {code}: {guidance}."),
            _ => format!("- Use {code} when {guidance}."),
        };
        assert!(code == ReplyCode::from(250) || line.contains(&expected), "{code}: {line}");
        if !code.is_valid() || code.standing() == Standing::Obsolete || code.standing() == Standing::NonStandard {
            assert_eq!(code.usage(), Usage::Never, "{code} is not a code to send");
        }
    }
}

#[test]
fn disputed_codes_say_so() {
    // NOTES.md, section 4: each of these has conflicting sources, which the note must mention.
    for (code, word) in
        [(432, "Exchange"), (422, "full"), (523, "size"), (530, "STARTTLS"), (454, "TLS"), (451, "4.2.2"), (521, "556")]
    {
        let note = ReplyCode::from(code).note().unwrap_or_else(|| panic!("{code} has no note"));
        let all = format!("{note} {}", ReplyCode::from(code).meaning());
        assert!(all.contains(word), "{code}: expected {word:?} in {all:?}");
    }
}

#[test]
fn a_code_is_small() {
    assert!(std::mem::size_of::<ReplyCode>() <= 4);
}
