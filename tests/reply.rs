//! `Reply::parse`: real replies from real servers, and the edge and error cases.

mod common;

use smtp_codes::{ParseErrorKind, Reply, ReplyCode};

fn error_name(kind: ParseErrorKind) -> &'static str {
    match kind {
        ParseErrorKind::Empty => "empty",
        ParseErrorKind::BadCode(_) => "bad-code",
        ParseErrorKind::BadSeparator(_) => "bad-separator",
        ParseErrorKind::MixedCodes { .. } => "mixed-codes",
        ParseErrorKind::MixedEnhancedCodes { .. } => "mixed-enhanced-codes",
        ParseErrorKind::Unterminated => "unterminated",
        ParseErrorKind::NonUtf8 { .. } => "non-utf8",
        ParseErrorKind::TrailingData => "trailing-data",
        ParseErrorKind::Incomplete => "incomplete",
        _ => "other",
    }
}

#[test]
fn real_replies_parse_with_every_line_ending() {
    let cases = common::corpus("replies.txt");
    assert!(cases.len() >= 80, "only {} cases", cases.len());
    for case in &cases {
        for (ending, end) in [("\r\n", true), ("\n", true), ("\r\n", false)] {
            let input = case.input(ending, end);
            let result = Reply::parse(&input);
            if let Some(expected) = &case.error {
                let error = result.expect_err(&case.comment);
                assert_eq!(error_name(error.kind()), expected, "{}", case.comment);
                continue;
            }
            let reply = result.unwrap_or_else(|e| panic!("{}: {e}\n{input:?}", case.comment));
            assert_eq!(Some(reply.code().as_u16()), case.code, "{}", case.comment);
            assert_eq!(reply.enhanced().map(|e| e.to_string()), case.enhanced, "{}", case.comment);
            if let Some(text) = &case.text {
                assert_eq!(reply.text(), text, "{}", case.comment);
            }
            assert_eq!(reply.line_count(), case.lines.len(), "{}", case.comment);
            // Rendered back, it parses to the same reply.
            assert_eq!(Reply::parse(&reply.to_string()), Ok(reply), "{}", case.comment);
            // Every real reply gets an explanation and a retry decision.
            assert!(reply.explain().to_string().contains(&format!("[{}", reply.code())), "{}", case.comment);
            assert_eq!(reply.retry().should_retry(), reply.retry().suggested_delay().is_some(), "{}", case.comment);
        }
    }
}

#[test]
fn gmail_multi_line_reply_with_enhanced_code_on_every_line() {
    let input = "550-5.1.1 The email account that you tried to reach does not exist. Please try\r\n\
                 550-5.1.1 double-checking the recipient's email address for typos or\r\n\
                 550-5.1.1 unnecessary spaces. For more information, go to\r\n\
                 550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp\r\n";
    let reply = Reply::parse(input).unwrap();
    assert_eq!(reply.code(), 550);
    assert_eq!(reply.enhanced().unwrap().to_string(), "5.1.1");
    let lines: Vec<&str> = reply.lines().collect();
    assert_eq!(lines[0], "The email account that you tried to reach does not exist. Please try");
    assert_eq!(lines[3], " https://support.google.com/mail/?p=NoSuchUser a1si123 - gsmtp");
    assert!(reply.is_permanent() && !reply.is_transient() && !reply.is_positive());
}

#[test]
fn line_shapes() {
    // Just the code, the code and a space, a missing final line ending.
    assert_eq!(Reply::parse("250").unwrap().text(), "");
    assert_eq!(Reply::parse("250 ").unwrap().text(), "");
    assert_eq!(Reply::parse("250-\r\n250").unwrap().line_count(), 2);
    assert_eq!(Reply::parse("221 2.0.0").unwrap().enhanced().unwrap().to_string(), "2.0.0");
    // RFC 5321's own example: text that begins with digits is text.
    let reply = Reply::parse(
        "250-First line\r\n250-Second line\r\n250-234 Text beginning with numbers\r\n250 The last line\r\n",
    )
    .unwrap();
    assert_eq!(reply.lines().nth(2), Some("234 Text beginning with numbers"));
    assert_eq!(reply.enhanced(), None);
    // Not an enhanced code: followed by something other than a space.
    assert_eq!(Reply::parse("250 2.1.0.5 x").unwrap().enhanced(), None);
    assert_eq!(Reply::parse("250 192.0.2.1 is you").unwrap().enhanced(), None);
    // Enhanced code only on some lines is accepted.
    let reply = Reply::parse("250-mx.example.com\r\n250 2.0.0 Ok").unwrap();
    assert_eq!(reply.enhanced().unwrap().to_string(), "2.0.0");
    assert_eq!(reply.lines().collect::<Vec<_>>(), ["mx.example.com", "Ok"]);
    // The two codes seen in practice that break the grammar.
    assert_eq!(
        Reply::parse("571 5.7.1 Message refused, DMARC verification Failed").unwrap().code(),
        ReplyCode::from(571)
    );
}

#[test]
fn errors_name_their_kind_and_line() {
    let cases: &[(&[u8], &str, usize)] = &[
        (b"", "empty", 1),
        (b"2500 ok", "bad-code", 1),
        (b"25 ok", "bad-code", 1),
        (b"650 x", "bad-code", 1),
        (b"2a0 x", "bad-code", 1),
        (b"250_ok", "bad-separator", 1),
        (b"250-a\r\n251 b", "mixed-codes", 2),
        (b"550-5.1.1 a\r\n550 5.1.2 b", "mixed-enhanced-codes", 2),
        (b"250-a\r\n250-b\r\n", "unterminated", 2),
        (b"250 a\r\n250 b", "trailing-data", 2),
        (b"250 caf\xe9", "non-utf8", 1),
        (b"250-ok\r\n250 caf\xc3", "non-utf8", 2),
        (b"\r\n250 ok", "bad-code", 1),
        (b" 250 ok", "bad-code", 1),
    ];
    for (input, kind, line) in cases {
        let error = Reply::parse_bytes(input).expect_err(&String::from_utf8_lossy(input));
        assert_eq!(error_name(error.kind()), *kind, "{input:?}: {error}");
        assert_eq!(error.line(), *line, "{input:?}: {error}");
        assert!(error.to_string().starts_with(&format!("line {line}: ")), "{error}");
    }
    let error = Reply::parse("250-a\r\n251 b").unwrap_err();
    assert_eq!(error.to_string(), "line 2: reply code 251 differs from the first line's 250");
    let error: Box<dyn std::error::Error> = Box::new(error);
    assert!(error.to_string().contains("251"));
}

#[test]
fn pipelined_replies_are_read_one_by_one() {
    let mut rest = "250 2.1.0 Ok\r\n250 2.1.5 Ok\r\n550 5.1.1 No such user\r\n354 End data with <CR><LF>.<CR><LF>\r\n";
    let mut codes = Vec::new();
    while !rest.is_empty() {
        let (reply, next) = Reply::parse_next(rest).unwrap();
        codes.push(reply.code().as_u16());
        rest = next;
    }
    assert_eq!(codes, [250, 250, 550, 354]);
    // A buffer cut anywhere inside a reply asks for more instead of giving half a reply.
    let whole = "250-mx.example.com\r\n250-PIPELINING\r\n250 SIZE 35882577\r\n";
    for cut in 1..whole.len() {
        let error = Reply::parse_next(&whole[..cut]).unwrap_err();
        assert_eq!(error.kind(), ParseErrorKind::Incomplete, "{:?}", &whole[..cut]);
    }
    assert_eq!(Reply::parse_next(whole).unwrap().0.line_count(), 3);
}

#[test]
fn huge_inputs_are_handled_in_linear_time() {
    // A megabyte-long single line, and a hundred thousand continuation lines with no end.
    let long = format!("250 {}", "x".repeat(4 << 20));
    assert_eq!(Reply::parse(&long).unwrap().text().len(), 4 << 20);
    let unterminated = "250-a\r\n".repeat(100_000);
    assert_eq!(Reply::parse(&unterminated).unwrap_err().kind(), ParseErrorKind::Unterminated);
    let many = format!("{}250 end\r\n", "250-a\r\n".repeat(100_000));
    assert_eq!(Reply::parse(&many).unwrap().line_count(), 100_001);
    let digits = "9".repeat(1 << 20);
    assert!(Reply::parse(&digits).is_err());
}
