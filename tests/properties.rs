//! Properties over arbitrary input: the parsers never panic, and what they accept renders back to
//! the same value.

use proptest::prelude::*;
use smtp_codes::{EnhancedStatusCode, Reply, ReplyCode, StatusClass};

/// Text shaped like a reply line, so the properties reach past the first byte.
fn reply_text() -> impl Strategy<Value = String> {
    let code = prop_oneof![Just("250".to_owned()), Just("550".to_owned()), "[2-5][0-5][0-9]", "[0-9]{1,4}"];
    let separator = prop_oneof![Just(" "), Just("-"), Just(""), Just("\t")];
    let enhanced = prop_oneof![Just(String::new()), "[245]\\.[0-9]{1,3}\\.[0-9]{1,3} ", "[0-9.]{1,8} "];
    let text = "[ -~]{0,30}";
    let ending = prop_oneof![Just("\r\n"), Just("\n"), Just("")];
    let line = (code, separator, enhanced, text, ending).prop_map(|(c, s, e, t, n)| format!("{c}{s}{e}{t}{n}"));
    prop::collection::vec(line, 1..5).prop_map(|lines| lines.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn parse_never_panics_on_bytes(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        if let Ok(reply) = Reply::parse_bytes(&bytes) {
            let rendered = reply.to_string();
            prop_assert_eq!(Reply::parse(&rendered), Ok(reply));
        }
    }

    #[test]
    fn find_never_panics(text in "\\PC{0,300}") {
        if let Some(reply) = Reply::find(&text) {
            prop_assert!(text.contains(reply.as_str()));
            prop_assert_eq!(reply.text(), reply.lines().last().unwrap_or(""));
        }
    }

    #[test]
    fn enhanced_parse_never_panics(text in "[0-9.]{0,12}|\\PC{0,20}") {
        if let Ok(code) = text.parse::<EnhancedStatusCode>() {
            prop_assert_eq!(code.to_string(), text);
        }
    }

    #[test]
    fn rendered_replies_parse_to_the_same_value(text in reply_text()) {
        if let Ok(reply) = Reply::parse(&text) {
            let rendered = reply.to_string();
            let parsed = Reply::parse(&rendered).unwrap();
            prop_assert_eq!(parsed, reply, "{:?} rendered as {:?}", text, rendered);
            prop_assert_eq!(parsed.text(), reply.text());
            prop_assert_eq!(parsed.line_count(), reply.line_count());
            prop_assert_eq!(parsed.lines().len(), reply.lines().count());
            prop_assert!(reply.explain().to_string().contains(&reply.code().to_string()));
            prop_assert_eq!(reply.retry().action() == smtp_codes::Retry::NoNeed, reply.is_completion() && reply.code().is_valid());
        }
    }

    /// `text` is kept as an offset when a reply is read; it must be what reading the lines gives.
    #[test]
    fn text_is_the_last_line(prefix in "[ -~]{0,20}", text in reply_text()) {
        for reply in [Reply::parse(&text).ok(), Reply::find(&format!("{prefix} said: {text}"))].into_iter().flatten() {
            prop_assert_eq!(reply.text(), reply.lines().last().unwrap_or(""), "{:?}", reply.as_str());
        }
        if let Ok((reply, _)) = Reply::parse_next(&text) {
            prop_assert_eq!(reply.text(), reply.lines().last().unwrap_or(""), "{:?}", reply.as_str());
        }
    }

    /// However a log holds a multi-line reply, `find` gives back the lines the server sent:
    /// joined by spaces on one line (Postfix), each line behind a protocol-log prefix (MailKit,
    /// swaks), or folded onto indented lines of a DSN field.
    #[test]
    fn logged_replies_are_read_as_sent(
        code in prop::sample::select(vec!["250", "421", "550"]),
        enhanced in prop::sample::select(vec!["", "5.1.1 ", "4.7.0 "]),
        texts in prop::collection::vec("[a-zA-Z.,]([a-zA-Z.,<>@ ]{0,30}[a-zA-Z.,>])?", 2..6),
        shape in 0usize..5,
    ) {
        let last = texts.len() - 1;
        let line = |(index, text): (usize, &String)| {
            format!("{code}{}{enhanced}{text}", if index == last { ' ' } else { '-' })
        };
        let wire: Vec<String> = texts.iter().enumerate().map(line).collect();
        let sent = wire.join("\r\n");
        let logged = match shape {
            0 => format!("host mx.example.net[192.0.2.1] said: {} (in reply to RCPT TO command)", wire.join(" ")),
            1 => format!("C: RCPT TO:<bob@example.net>\nS: {}\nC: QUIT", wire.join("\nS: ")),
            2 => format!(" -> RCPT TO:<bob@example.net>\n<** {}\n -> QUIT", wire.join("\r\n<** ")),
            3 => format!("Diagnostic-Code: smtp; {}\nLast-Attempt-Date: Sun, 22 Nov 2026", wire.join("\n    ")),
            _ => format!("2026-11-22 10:15:26 SERVER -> CLIENT: {}\n", wire.join("\n2026-11-22 10:15:26 SERVER -> CLIENT: ")),
        };
        let found = Reply::find(&logged);
        prop_assert_eq!(found, Some(Reply::parse(&sent).unwrap()), "{:?}", logged);
        prop_assert_eq!(found.map(|reply| reply.text()), Some(texts[last].as_str()));
    }

    #[test]
    fn found_replies_render_to_clean_replies(prefix in "[ -~]{0,20}", text in reply_text()) {
        let input = format!("{prefix} said: {text}");
        if let Some(reply) = Reply::find(&input) {
            let rendered = reply.to_string();
            let parsed = Reply::parse(&rendered).unwrap();
            prop_assert_eq!(parsed, reply, "{:?}", rendered);
            prop_assert_eq!(parsed.text(), reply.text());
            prop_assert_eq!(parsed.line_count(), reply.line_count());
            prop_assert_eq!(parsed.to_string(), rendered);
        }
    }

    #[test]
    fn enhanced_codes_round_trip(class in 0usize..3, subject in 0u16..1000, detail in 0u16..1000) {
        let code = EnhancedStatusCode::new(StatusClass::ALL[class], subject, detail);
        prop_assert_eq!(code.to_string().parse::<EnhancedStatusCode>(), Ok(code));
        prop_assert!(!code.name().is_empty() && code.meaning().ends_with('.'));
        prop_assert!(code.causes().len() > 0 && code.remedies().len() > 0);
        prop_assert_eq!(code.note().is_some(), !code.is_listed() || code.note().is_some());
    }

    /// The reply reader and the strict `FromStr` read enhanced codes with the one grammar; they
    /// must agree on what an enhanced code is.
    #[test]
    fn both_enhanced_code_readers_agree(text in "[245]\\.[0-9]{1,4}\\.[0-9]{1,4}|[0-9.]{1,9}") {
        let strict = text.parse::<EnhancedStatusCode>().ok();
        let reply_text = format!("250 {text} ok");
        let in_reply = Reply::parse(&reply_text).unwrap().enhanced();
        prop_assert_eq!(in_reply, strict, "{:?}", text);
    }

    #[test]
    fn reply_code_strings(text in "[0-9a-z ]{0,5}") {
        if let Ok(code) = text.parse::<ReplyCode>() {
            prop_assert_eq!(code.to_string(), text);
        }
    }
}
