//! `Localized`: every text in every locale of the build, and the comparisons, explanations and
//! retry decisions as they render.
//!
//! Run with `--all-features` to cover every locale.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use smtp_codes::{
    Actor, Category, Class, EnhancedStatusCode, Heading, Locale, Outcome, Reply, ReplyCode, Retry, RetryReason,
    Standing, StatusClass, Subject, Topic, diff,
};

/// The translations of a locale's PO file that are the same as their English (`msgstr` equal to
/// `msgid`): the only texts a locale may show in English.
fn same_as_english(locale: Locale) -> BTreeSet<String> {
    let path = format!("{}/src/text/locales/{}.po", env!("CARGO_MANIFEST_DIR"), locale.tag());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"));
    let mut same = BTreeSet::new();
    let mut id = None;
    for line in text.lines() {
        if let Some(value) = line.strip_prefix("msgid ") {
            id = Some(value.to_owned());
        } else if let Some(value) = line.strip_prefix("msgstr ") {
            if id.as_deref() == Some(value) && value != "\"\"" {
                same.insert(value.trim_matches('"').replace("\\\"", "\""));
            }
        }
    }
    same
}

/// Every text of the crate, in English and in `locale`, with what it is.
fn texts(locale: Locale) -> Vec<(String, String, String)> {
    let mut texts = Vec::new();
    let mut add = |what: String, english: &str, localized: &str| {
        texts.push((what, english.to_owned(), localized.to_owned()));
    };
    let unlisted = [
        200, 210, 220, 230, 250, 299, 300, 310, 320, 340, 350, 409, 419, 429, 439, 459, 509, 519, 529, 539, 549, 558,
        650, 0,
    ];
    for code in ReplyCode::ALL.iter().copied().chain(unlisted.map(ReplyCode::from)) {
        let (english, localized) = (code.localize(Locale::En), code.localize(locale));
        add(format!("{code} name"), english.name(), localized.name());
        add(format!("{code} meaning"), english.meaning(), localized.meaning());
        add(format!("{code} use_when"), english.use_when(), localized.use_when());
        for (index, (english, localized)) in english.causes().zip(localized.causes()).enumerate() {
            add(format!("{code} cause {index}"), english, localized);
        }
        for (index, (english, localized)) in english.remedies().zip(localized.remedies()).enumerate() {
            add(format!("{code} remedy {index}"), english, localized);
        }
        assert_eq!(english.causes().len(), localized.causes().len(), "{locale}: {code} causes");
        assert_eq!(english.remedies().len(), localized.remedies().len(), "{locale}: {code} remedies");
        assert_eq!(english.note().is_some(), localized.note().is_some(), "{locale}: {code} note");
        if let (Some(english), Some(localized)) = (english.note(), localized.note()) {
            add(format!("{code} note"), english, localized);
        }
    }
    let unlisted_enhanced = ["4.7.500", "5.9.9", "2.0.99", "5.1.999", "4.4.999"].map(|code| code.parse().unwrap());
    for class in StatusClass::ALL {
        for code in EnhancedStatusCode::all(*class).chain(unlisted_enhanced) {
            let code = EnhancedStatusCode::new(*class, code.subject_number(), code.detail());
            let (english, localized) = (code.localize(Locale::En), code.localize(locale));
            add(format!("{code} name"), english.name(), localized.name());
            add(format!("{code} meaning"), english.meaning(), localized.meaning());
            for (index, (english, localized)) in english.causes().zip(localized.causes()).enumerate() {
                add(format!("{code} cause {index}"), english, localized);
            }
            for (index, (english, localized)) in english.remedies().zip(localized.remedies()).enumerate() {
                add(format!("{code} remedy {index}"), english, localized);
            }
            assert_eq!(english.causes().len(), localized.causes().len(), "{locale}: {code} causes");
            assert_eq!(english.remedies().len(), localized.remedies().len(), "{locale}: {code} remedies");
            if let (Some(english), Some(localized)) = (english.note(), localized.note()) {
                add(format!("{code} note"), english, localized);
            }
        }
    }
    for subject in Subject::ALL {
        let (english, localized) = (subject.localize(Locale::En), subject.localize(locale));
        add(format!("{subject} name"), english.name(), localized.name());
        add(format!("{subject} meaning"), english.meaning(), localized.meaning());
        for (english, localized) in
            english.causes().zip(localized.causes()).chain(english.remedies().zip(localized.remedies()))
        {
            add(format!("{subject} list"), english, localized);
        }
    }
    for class in StatusClass::ALL {
        add(format!("{class} name"), class.name(), class.localize(locale).name());
        add(format!("{class} meaning"), class.meaning(), class.localize(locale).meaning());
    }
    for class in Class::ALL {
        add(format!("{class} name"), class.name(), class.localize(locale).name());
        add(format!("{class} meaning"), class.meaning(), class.localize(locale).meaning());
    }
    for category in Category::ALL {
        add(format!("{category} name"), category.name(), category.localize(locale).name());
        add(format!("{category} meaning"), category.meaning(), category.localize(locale).meaning());
    }
    macro_rules! labels {
        ($($Type:ident),+) => {$(
            for value in $Type::ALL {
                add(format!("{} label", value.as_str()), value.label(), value.localize(locale).label());
            }
        )+};
    }
    labels!(Standing, Topic, Actor, Retry, RetryReason, Outcome, Heading);
    for reason in RetryReason::ALL {
        add(format!("{} meaning", reason.as_str()), reason.meaning(), reason.localize(locale).meaning());
    }
    texts
}

#[test]
fn every_text_is_translated_in_every_locale() {
    for locale in Locale::ALL.iter().copied() {
        let same = if locale == Locale::En { BTreeSet::new() } else { same_as_english(locale) };
        for (what, english, localized) in texts(locale) {
            assert!(!localized.trim().is_empty(), "{locale}: {what} is empty");
            if locale == Locale::En {
                assert_eq!(english, localized, "{what}");
            } else if localized == english {
                // Shown in English: only where the translation is the English, word for word.
                assert!(same.contains(&english), "{locale}: {what} is not translated: {english:?}");
            }
        }
    }
}

#[test]
fn translations_keep_codes_commands_and_numbers() {
    // The SMTP words of a text come through translation as they are.
    let words = [
        "EHLO",
        "HELO",
        "MAIL FROM",
        "RCPT TO",
        "DATA",
        "STARTTLS",
        "AUTH",
        "VRFY",
        "ETRN",
        "ATRN",
        "SPF",
        "DKIM",
        "DMARC",
        "TLS",
        "RFC",
    ];
    for locale in Locale::ALL.iter().copied().filter(|locale| *locale != Locale::En) {
        for (what, english, localized) in texts(locale) {
            for word in words {
                let count = |text: &str| text.matches(word).count();
                if count(&english) > 0 {
                    assert!(count(&localized) > 0, "{locale}: {what} lost {word}:\n{english}\n{localized}");
                }
            }
            let numbers = |text: &str| {
                let mut found: Vec<String> = text
                    .split(|c: char| !(c.is_ascii_digit() || c == '.'))
                    .map(|run| run.trim_matches('.'))
                    .filter(|run| run.len() >= 3 && run.bytes().any(|b| b.is_ascii_digit()))
                    .map(str::to_owned)
                    .collect();
                found.sort();
                found.dedup();
                found
            };
            let missing: Vec<String> =
                numbers(&english).into_iter().filter(|number| !localized.contains(number.as_str())).collect();
            assert!(missing.is_empty(), "{locale}: {what} lost {missing:?}:\n{english}\n{localized}");
        }
    }
}

/// A short fixed digest of a text.
fn digest(text: &str) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in text.bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Every comparison of a fixed set of codes, and the explanation and retry decision of every reply
/// of `tests/data/replies.txt`, rendered in every locale of the build: digests by what they are.
fn renders() -> BTreeMap<String, String> {
    let codes = [
        200u16, 211, 250, 252, 334, 354, 420, 421, 450, 451, 452, 500, 501, 503, 521, 530, 535, 550, 552, 554, 556,
        571, 558, 299, 650,
    ];
    let replies: Vec<String> = common::corpus("replies.txt").iter().map(|case| case.input("\r\n", true)).collect();
    let mut renders = BTreeMap::new();
    for locale in Locale::ALL.iter().copied() {
        for (index, &a) in codes.iter().enumerate() {
            for &b in &codes[index..] {
                let text = diff(ReplyCode::from(a), ReplyCode::from(b)).localize(locale).to_string();
                renders.insert(format!("{locale}\tdiff {a} {b}"), digest(&text));
            }
        }
        for reply in &replies {
            let Ok(parsed) = Reply::parse(reply) else { continue };
            let key = reply.trim_end().replace("\r\n", "\\n");
            renders.insert(format!("{locale}\texplain {key}"), digest(&parsed.explain().localize(locale).to_string()));
            renders.insert(format!("{locale}\tretry {key}"), digest(&parsed.retry().localize(locale).to_string()));
        }
    }
    renders
}

/// The renders are those recorded in `tests/data/renders.tsv` (for the locales of this build):
/// a change to a text, a template or a rule shows here, and is recorded on purpose with
/// `UPDATE_RENDERS=1 cargo test --all-features --test localized`.
#[test]
fn renders_are_those_recorded() {
    let path = format!("{}/tests/data/renders.tsv", env!("CARGO_MANIFEST_DIR"));
    let now = renders();
    let read = || -> BTreeMap<String, String> {
        common::data_file("renders.tsv")
            .lines()
            .filter_map(|line| line.rsplit_once('\t'))
            .map(|(key, digest)| (key.to_owned(), digest.to_owned()))
            .collect()
    };
    if std::env::var_os("UPDATE_RENDERS").is_some() {
        // The renders of this build's locales replace theirs; other locales' stay as recorded.
        let in_build: BTreeSet<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
        let mut all: BTreeMap<String, String> = read()
            .into_iter()
            .filter(|(key, _)| !in_build.contains(key.split('\t').next().unwrap_or_default()))
            .collect();
        all.extend(now.clone());
        let mut file = String::new();
        for (key, digest) in &all {
            writeln!(file, "{key}\t{digest}").unwrap();
        }
        std::fs::write(&path, file).unwrap();
    }
    let recorded = read();
    let tags: BTreeSet<&str> = Locale::ALL.iter().map(|locale| locale.tag()).collect();
    let mut changed = Vec::new();
    for (key, digest) in &recorded {
        let tag = key.split('\t').next().unwrap_or_default();
        if tags.contains(tag) && now.get(key) != Some(digest) {
            changed.push(key.clone());
        }
    }
    let added: Vec<&String> = now.keys().filter(|key| !recorded.contains_key(*key)).collect();
    assert!(changed.is_empty() && added.is_empty(), "renders changed: {changed:#?}\nnot recorded: {added:#?}");
}

#[cfg(feature = "zh-hans")]
#[test]
fn chinese_comparison_has_the_chinese_headings() {
    let text = diff(ReplyCode::from(252), ReplyCode::from(503)).localize(Locale::ZhHans).to_string();
    for heading in ["描述", "何时出现", "处理方法", "主要区别", "如何选用", "VRFY", "252", "503"] {
        assert!(text.contains(heading), "missing {heading} in\n{text}");
    }
    // SMTP commands and codes stay as they are; the English sentences do not leak through.
    assert!(!text.contains("When it occurs") && !text.contains("Positive Completion"), "{text}");
    let explanation = Reply::parse("550 5.1.1 User unknown").unwrap().explain().localize(Locale::ZhHans).to_string();
    assert!(explanation.contains("[550 5.1.1]") && explanation.contains("“User unknown”"), "{explanation}");
    assert_eq!(ReplyCode::BadSequence.localize(Locale::ZhHans).name(), "命令顺序错误");
    // The plain methods stay English.
    assert_eq!(ReplyCode::BadSequence.name(), "Bad Sequence");
}

#[cfg(feature = "zh-hans")]
#[test]
fn chinese_has_no_space_after_a_full_stop() {
    for reply in ["550 5.1.1 User unknown", "451 4.7.1 Greylisted", "554 5.7.1 Relay access denied", "250 Ok"] {
        let text = Reply::parse(reply).unwrap().explain().localize(Locale::ZhHans).to_string();
        assert!(!text.contains("。 "), "{text}");
    }
    for (what, _, localized) in texts(Locale::ZhHans) {
        assert!(!localized.contains("。 "), "{what}: {localized}");
    }
}
