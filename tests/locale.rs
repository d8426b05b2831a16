//! Every text exists in every locale: reply codes, enhanced codes, labels, comparisons and
//! explanations. Run with `--all-features` to cover every locale.

use smtp_codes::{
    Actor, Category, Class, EnhancedStatusCode, Locale, Outcome, Reply, ReplyCode, Retry, RetryReason, Standing,
    StatusClass, Subject, Topic, diff,
};

fn nonempty(locale: Locale, what: &str, text: &str) {
    assert!(!text.trim().is_empty(), "{locale}: {what} is empty");
}

#[test]
fn reply_codes_are_complete_in_every_locale() {
    let unknown = [558, 299, 650, 0].map(ReplyCode::from);
    for locale in Locale::ALL.iter().copied() {
        for code in ReplyCode::iter().chain(unknown) {
            let english = code.describe(Locale::En);
            let texts = code.describe(locale);
            nonempty(locale, &format!("{code} name"), texts.name());
            nonempty(locale, &format!("{code} meaning"), texts.meaning());
            nonempty(locale, &format!("{code} use_when"), texts.use_when());
            assert_eq!(texts.causes().len(), english.causes().len(), "{locale}: {code} causes");
            assert_eq!(texts.remedies().len(), english.remedies().len(), "{locale}: {code} remedies");
            assert_eq!(texts.note().is_some(), english.note().is_some(), "{locale}: {code} note");
            for text in texts.causes().iter().chain(texts.remedies()).chain(texts.note().as_ref()) {
                nonempty(locale, &format!("{code} text"), text);
            }
            if locale != Locale::En && code.is_known() {
                let same_class_unknown = ReplyCode::from(code.class().digit() as u16 * 100 + 39);
                assert_ne!(
                    texts.name(),
                    same_class_unknown.describe(locale).name(),
                    "{locale}: {code} is not translated"
                );
            }
        }
    }
}

#[test]
fn enhanced_codes_are_complete_in_every_locale() {
    let unregistered = ["4.7.500", "5.9.9", "2.0.99"].map(|text| text.parse::<EnhancedStatusCode>().unwrap());
    for locale in Locale::ALL.iter().copied() {
        for code in EnhancedStatusCode::registered(StatusClass::PermanentFailure).chain(unregistered) {
            let english = code.describe(Locale::En);
            let texts = code.describe(locale);
            nonempty(locale, &format!("{code} title"), texts.title());
            nonempty(locale, &format!("{code} description"), texts.description());
            assert_eq!(texts.causes().len(), english.causes().len(), "{locale}: {code} causes");
            assert_eq!(texts.remedies().len(), english.remedies().len(), "{locale}: {code} remedies");
            assert_eq!(texts.note().is_some(), english.note().is_some(), "{locale}: {code} note");
            for text in texts.causes().iter().chain(texts.remedies()) {
                nonempty(locale, &format!("{code} text"), text);
            }
        }
        for subject in Subject::ALL {
            let texts = subject.describe(locale);
            nonempty(locale, "subject title", texts.title());
            assert_eq!(texts.causes().len(), subject.describe(Locale::En).causes().len());
        }
        for class in StatusClass::ALL {
            nonempty(locale, "class title", class.title_in(locale));
            nonempty(locale, "class description", class.description_in(locale));
        }
    }
}

#[test]
fn labels_are_complete_in_every_locale() {
    for locale in Locale::ALL.iter().copied() {
        let labels = Standing::ALL
            .iter()
            .map(|v| v.label_in(locale))
            .chain(Topic::ALL.iter().map(|v| v.label_in(locale)))
            .chain(Actor::ALL.iter().map(|v| v.label_in(locale)))
            .chain(Retry::ALL.iter().map(|v| v.label_in(locale)))
            .chain(RetryReason::ALL.iter().map(|v| v.label_in(locale)))
            .chain(Outcome::ALL.iter().map(|v| v.label_in(locale)));
        for label in labels {
            nonempty(locale, "label", label);
        }
        for class in
            [Class::PositiveCompletion, Class::PositiveIntermediate, Class::TransientNegative, Class::PermanentNegative]
        {
            nonempty(locale, "class name", class.name_in(locale));
            nonempty(locale, "class meaning", class.meaning_in(locale));
        }
        for category in [
            Category::Syntax,
            Category::Information,
            Category::Connections,
            Category::Unspecified,
            Category::MailSystem,
        ] {
            nonempty(locale, "category name", category.name_in(locale));
            nonempty(locale, "category meaning", category.meaning_in(locale));
        }
    }
}

#[test]
fn comparisons_and_explanations_render_in_every_locale() {
    for locale in Locale::ALL.iter().copied() {
        for (a, b) in [(252, 503), (501, 503), (452, 552), (250, 250), (558, 421)] {
            let text = diff(ReplyCode::from(a), ReplyCode::from(b)).render(locale).to_string();
            assert!(!text.contains('{') && !text.contains('}'), "{locale}: unfilled placeholder in {text}");
        }
        for reply in ["550 5.1.1 User unknown", "451 4.7.1 Greylisted", "250 2.0.0 Ok", "554 5.7.1 Relay access denied"]
        {
            let reply = Reply::parse(reply).unwrap();
            let text = reply.explain().render(locale).to_string();
            assert!(text.contains(&reply.code().to_string()) && !text.contains('{'), "{locale}: {text}");
            let retry = reply.retry().render(locale).to_string();
            assert!(!retry.is_empty() && !retry.contains('{'));
        }
    }
}

#[test]
fn tags_parse() {
    assert_eq!("en".parse::<Locale>(), Ok(Locale::En));
    assert_eq!("en-US".parse::<Locale>(), Ok(Locale::En));
    assert!("fr".parse::<Locale>().is_err());
    assert!("".parse::<Locale>().is_err());
    assert!("zh-Hant".parse::<Locale>().is_err());
    assert!("é".repeat(50).parse::<Locale>().is_err());
    for locale in Locale::ALL {
        assert_eq!(locale.tag().parse::<Locale>(), Ok(*locale));
    }
}

#[cfg(feature = "zh-hans")]
#[test]
fn chinese_comparison_has_the_chinese_headings() {
    for tag in ["zh-Hans", "zh-CN", "zh", "ZH-hans-cn"] {
        assert_eq!(tag.parse::<Locale>(), Ok(Locale::ZhHans), "{tag}");
    }
    let text = diff(ReplyCode::from(252), ReplyCode::from(503)).render(Locale::ZhHans).to_string();
    for heading in ["描述", "何时出现", "如何修复", "主要区别", "何时使用哪个", "VRFY", "252", "503"]
    {
        assert!(text.contains(heading), "missing {heading} in\n{text}");
    }
    // SMTP commands and codes stay as they are; the English sentences do not leak through.
    assert!(!text.contains("When it occurs") && !text.contains("Positive Completion"), "{text}");
    let explanation = Reply::parse("550 5.1.1 User unknown").unwrap().explain().render(Locale::ZhHans).to_string();
    assert!(explanation.contains("[550 5.1.1]") && explanation.contains("“User unknown”"), "{explanation}");
    assert_eq!(ReplyCode::BadSequence.describe(Locale::ZhHans).name(), "命令顺序错误");
    // The plain methods stay English.
    assert_eq!(ReplyCode::BadSequence.name(), "Bad Sequence");
}
