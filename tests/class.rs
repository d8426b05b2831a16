//! `Class` and `Category`: the first and second digits, and the predicates that `Class`,
//! `ReplyCode` and `Reply` share.

use smtp_codes::{Category, Class, Reply, ReplyCode};

#[test]
fn digits_name_the_classes_and_categories() {
    for digit in 0..=9u8 {
        match Class::from_digit(digit) {
            Some(class) => assert_eq!(class.digit(), digit),
            None => assert!(!(2..=5).contains(&digit), "{digit}"),
        }
    }
    assert_eq!(Class::ALL.len(), 4);
    let categories: Vec<Category> = (0..=9).map(Category::from_digit).collect();
    assert_eq!(
        &categories[..6],
        &[
            Category::Syntax,
            Category::Information,
            Category::Connections,
            Category::Unspecified,
            Category::Unspecified,
            Category::MailSystem
        ]
    );
    assert!(categories[6..].iter().all(|category| *category == Category::Unspecified));
}

#[test]
fn display_forms() {
    assert_eq!(Class::PositiveCompletion.to_string(), "2xx Positive Completion");
    assert_eq!(Class::PositiveIntermediate.to_string(), "3xx Positive Intermediate");
    assert_eq!(Class::TransientNegative.to_string(), "4xx Transient Negative");
    assert_eq!(Class::PermanentNegative.to_string(), "5xx Permanent Negative");
    assert_eq!(Category::MailSystem.to_string(), "Mail System");
}

#[test]
fn class_code_and_reply_answer_the_same_predicates() {
    for number in [200u16, 250, 334, 354, 421, 452, 500, 550, 599, 650, 999] {
        let code = ReplyCode::from(number);
        let class = code.class();
        let line = format!("{number:03} text");
        // Replies are read for codes the readers accept; others have no reply to ask.
        let reply = Reply::parse(&line).ok();
        let answers = |is: [bool; 6]| is;
        let of_class = answers([
            class.is_positive(),
            class.is_completion(),
            class.is_intermediate(),
            class.is_transient(),
            class.is_permanent(),
            class.is_negative(),
        ]);
        let of_code = answers([
            code.is_positive(),
            code.is_completion(),
            code.is_intermediate(),
            code.is_transient(),
            code.is_permanent(),
            code.is_negative(),
        ]);
        assert_eq!(of_class, of_code, "{number}");
        if let Some(reply) = reply {
            let of_reply = answers([
                reply.is_positive(),
                reply.is_completion(),
                reply.is_intermediate(),
                reply.is_transient(),
                reply.is_permanent(),
                reply.is_negative(),
            ]);
            assert_eq!(of_class, of_reply, "{number}");
        }
        // Exactly one of completion, intermediate, transient and permanent.
        assert_eq!(of_class[1..5].iter().filter(|is| **is).count(), 1, "{number}");
        assert_eq!(of_class[0], of_class[1] || of_class[2], "{number}");
        assert_eq!(of_class[5], of_class[3] || of_class[4], "{number}");
    }
    assert!(ReplyCode::from(650).is_permanent(), "a code outside the grammar is treated as fatal");
}

#[test]
fn names_are_the_rfc_s_and_meanings_are_sentences() {
    for class in Class::ALL {
        assert!(!class.name().is_empty() && class.meaning().ends_with('.'), "{class}");
        assert_eq!(class.as_str().parse::<Class>(), Ok(*class));
    }
    for category in Category::ALL {
        assert!(!category.name().is_empty() && category.meaning().ends_with('.'), "{category}");
    }
}
