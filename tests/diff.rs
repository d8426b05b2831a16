//! `diff`: the structured differences and the comparison view.

use smtp_codes::{Class, Difference, ReplyCode, diff};

fn aspects(a: u16, b: u16) -> Vec<&'static str> {
    diff(ReplyCode::from(a), ReplyCode::from(b)).differences().map(|d| d.aspect()).collect()
}

#[test]
fn a_code_does_not_differ_from_itself() {
    for code in ReplyCode::ALL.iter().copied().chain([ReplyCode::from(558)]) {
        let comparison = diff(code, code);
        assert_eq!(comparison.differences().count(), 0, "{code}");
        assert!(comparison.is_same());
        assert!(comparison.to_string().contains("same code"));
    }
}

#[test]
fn cannot_verify_user_vs_bad_sequence() {
    let comparison = diff(ReplyCode::from(252), ReplyCode::from(503));
    let class = comparison.differences().find(|d| matches!(d, Difference::Class { .. })).expect("a class difference");
    assert_eq!(class, Difference::Class { first: Class::PositiveCompletion, second: Class::PermanentNegative });
    let text = comparison.to_string();
    assert!(text.starts_with("SMTP 252 Cannot Verify User vs 503 Bad Sequence\n"), "{text}");
    for needle in
        ["2xx Positive Completion", "5xx Permanent Negative", "VRFY", "Key differences:", "When to use which:"]
    {
        assert!(text.contains(needle), "missing {needle:?} in\n{text}");
    }
    // The parts come in the promised order.
    let order = [
        "SMTP 252",
        "2xx Positive Completion reply",
        "252 Cannot Verify User\nDescription:",
        "When it occurs:",
        "What to do:",
        "503 Bad Sequence\nDescription:",
        "Key differences:\n1. ",
        "When to use which:",
    ];
    let mut from = 0;
    for part in order {
        let at = text[from..].find(part).unwrap_or_else(|| panic!("{part:?} out of order in\n{text}"));
        from += at;
    }
}

#[test]
fn same_class_pairs_are_told_apart_by_what_went_wrong() {
    let found = aspects(501, 503);
    assert!(!found.contains(&"class"), "{found:?}");
    assert!(found.contains(&"topic"), "{found:?}");
    let text = diff(ReplyCode::from(501), ReplyCode::from(503)).to_string();
    assert!(text.contains("Both 501 and 503 are 5xx Permanent Negative replies"), "{text}");
    assert!(text.contains("the command's arguments") && text.contains("the order of commands"), "{text}");
}

#[test]
fn transient_vs_permanent_is_called_out() {
    let found = aspects(452, 552);
    assert!(found.contains(&"class") && found.contains(&"retry") && found.contains(&"outcome"), "{found:?}");
    let text = diff(ReplyCode::from(452), ReplyCode::from(552)).to_string();
    assert!(text.contains("4xx Transient Negative") && text.contains("5xx Permanent Negative"), "{text}");
    assert!(text.contains("try again later"), "{text}");
}

#[test]
fn the_comparison_keeps_the_order_of_its_arguments() {
    for a in ReplyCode::ALL.iter().copied() {
        for b in [ReplyCode::from(250), ReplyCode::from(503), ReplyCode::from(558)] {
            let (forward, backward) = (diff(a, b), diff(b, a));
            assert_eq!((forward.first(), forward.second()), (a, b));
            assert_eq!((backward.first(), backward.second()), (b, a));
            // The same aspects differ, each with its sides swapped.
            assert_eq!(aspects(a.as_u16(), b.as_u16()), aspects(b.as_u16(), a.as_u16()));
            assert!(forward.to_string().starts_with(&format!("SMTP {a:#} vs {b:#}")));
        }
    }
    let swapped = diff(ReplyCode::from(552), ReplyCode::from(452));
    assert_eq!(
        swapped.differences().next(),
        Some(Difference::Class { first: Class::PermanentNegative, second: Class::TransientNegative })
    );
}

#[test]
fn every_pair_renders_whole_sentences() {
    let codes: Vec<ReplyCode> = ReplyCode::ALL.iter().copied().chain([558, 299, 650].map(ReplyCode::from)).collect();
    for &a in &codes {
        for &b in &codes {
            let comparison = diff(a, b);
            let text = comparison.to_string();
            assert!(text.starts_with(&format!(
                "SMTP {} vs {}",
                format_args!("{:#}", comparison.first()),
                format_args!("{:#}", comparison.second())
            )));
            for line in text.lines().filter(|line| !line.is_empty()) {
                let last = line.chars().last().unwrap();
                assert!(
                    matches!(last, '.' | ':')
                        || line.starts_with("SMTP ")
                        || line == format!("{:#}", comparison.first())
                        || line == format!("{:#}", comparison.second()),
                    "{a} vs {b}: cut line {line:?}"
                );
            }
            for difference in comparison.differences() {
                assert!(difference.to_string().ends_with('.'), "{difference:?}");
            }
        }
    }
}

#[test]
fn codes_never_to_send_say_so() {
    let text = diff(ReplyCode::from(550), ReplyCode::from(571)).to_string();
    assert!(text.contains("- Never send 571: it is not a standard reply"), "{text}");
    assert!(!text.contains("when never"), "{text}");
    assert!(text.contains("- Use 550 when "), "{text}");
    let text = diff(ReplyCode::from(432), ReplyCode::from(422)).to_string();
    assert!(text.contains("- Hardly ever send 422: no RFC gives it a reply text"), "{text}");
}

#[test]
fn unlisted_codes_compare_by_their_class() {
    let comparison = diff(ReplyCode::from(558), ReplyCode::from(450));
    assert!(comparison.differences().any(|d| matches!(d, Difference::Class { .. })));
    assert!(comparison.to_string().contains("Unlisted Permanent Failure"));
}
