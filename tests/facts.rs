//! Facts checked against the RFCs and real servers (the facts pass): each point that a test can
//! hold, in every locale of the build.

use smtp_codes::{EnhancedStatusCode, Locale, Reference, Reply, ReplyCode, Standing, StatusClass};

fn enhanced(text: &str) -> EnhancedStatusCode {
    text.parse().unwrap()
}

fn cause(code: u16, index: usize) -> &'static str {
    ReplyCode::from(code).causes().nth(index).unwrap_or_else(|| panic!("{code} has no cause {index}"))
}

/// Every text of a code in a locale.
fn reply_texts(code: ReplyCode, locale: Locale) -> Vec<&'static str> {
    let texts = code.localize(locale);
    let mut all = vec![texts.meaning(), texts.use_when()];
    all.extend(texts.causes().chain(texts.remedies()).chain(texts.note()));
    all
}

/// Every text of an enhanced code in a locale.
fn enhanced_texts(code: EnhancedStatusCode, locale: Locale) -> Vec<&'static str> {
    let texts = code.localize(locale);
    let mut all = vec![texts.meaning()];
    all.extend(texts.causes().chain(texts.remedies()).chain(texts.note()));
    all
}

#[test]
fn two_hundred_is_non_standard_and_its_source_is_cited() {
    assert_eq!(ReplyCode::from(200).standing(), Standing::NonStandard);
    assert!(ReplyCode::from(200).references().contains(&Reference::Rfc { number: 876, section: "" }));
    assert!(cause(200, 0).contains("RSET or NOOP"));
}

#[test]
fn rfc_7504_gives_521_and_556_their_texts() {
    let note = ReplyCode::from(556).note().unwrap();
    assert!(note.contains("556 Domain does not accept mail") && !note.contains("secondary"), "{note}");
    let note = ReplyCode::from(521).note().unwrap();
    assert!(note.contains("521 Host does not accept mail") && note.contains("RFC 1846"), "{note}");
    for code in [521, 556] {
        assert!(ReplyCode::from(code).references().contains(&Reference::Rfc { number: 7504, section: "5.1" }));
    }
    assert!(ReplyCode::from(521).references().contains(&Reference::Rfc { number: 1846, section: "4.1" }));
}

#[test]
fn x_5_6_is_the_authentication_line_limit_not_base64() {
    for text in ["5.5.6", "4.5.6"] {
        let code = enhanced(text);
        for locale in Locale::ALL.iter().copied() {
            let all = enhanced_texts(code, locale);
            assert!(all.iter().all(|t| !t.to_lowercase().contains("base64")), "{locale}: {text}: {all:?}");
            assert!(all.iter().any(|t| t.contains("12288")), "{locale}: {text}");
        }
    }
    assert_eq!(enhanced("5.5.6").remedies().len(), 2);
    assert!(enhanced("5.5.6").note().unwrap().contains("501 with 5.5.2"));
}

#[test]
fn rfc_3463_s_appendix_a_names_the_old_names() {
    for text in ["5.1.5", "5.1.6", "4.4.3", "4.4.5"] {
        let note = enhanced(text).note().unwrap();
        assert!(note.contains("Appendix A") && !note.contains("1893"), "{text}: {note}");
    }
}

#[test]
fn rfc_1845_says_when_355_is_sent() {
    let note = ReplyCode::from(355).note().unwrap();
    assert!(note.contains("TRANSID") && note.contains("MAIL FROM"), "{note}");
}

#[test]
fn rarely_seen_pairings_say_so() {
    for code in [422, 430, 524, 533] {
        let meaning = ReplyCode::from(code).meaning();
        assert!(meaning.starts_with("Registered, but rarely sent: IANA lists"), "{code}: {meaning}");
        assert_eq!(ReplyCode::from(code).usage(), smtp_codes::Usage::Rarely, "{code}");
    }
}

#[test]
fn notes_hold_no_provenance_hedges() {
    const HEDGES: [&str; 10] = [
        "not confirmed",
        "not checked",
        "was not checked",
        "read from",
        "taken from",
        "quotation",
        "from implementations",
        "secondary lists",
        "not from the rfc",
        "probably since",
    ];
    const HEDGES_ZH: [&str; 6] = ["未经确认", "未核对", "取自", "引文", "而非 rfc 原文", "二手"];
    for locale in Locale::ALL.iter().copied() {
        let texts = ReplyCode::ALL.iter().flat_map(|code| reply_texts(*code, locale)).chain(
            StatusClass::ALL
                .iter()
                .flat_map(|class| EnhancedStatusCode::all(*class))
                .flat_map(|code| enhanced_texts(code, locale)),
        );
        for text in texts {
            let lower = text.to_lowercase();
            assert!(HEDGES.iter().chain(&HEDGES_ZH).all(|hedge| !lower.contains(hedge)), "{locale}: {text}");
        }
    }
}

#[test]
fn what_postfix_really_sends_is_covered() {
    let vrfy = Reply::parse("502 5.5.1 VRFY command is disabled").unwrap();
    assert_eq!(vrfy.code(), ReplyCode::from(502));
    assert!(cause(502, 2).contains("502 5.5.1 VRFY command is disabled"));
    let auth = Reply::parse("503 5.5.1 Error: authentication not enabled").unwrap();
    assert_eq!(auth.code(), ReplyCode::from(503));
    assert!(cause(503, 2).contains("503 5.5.1 Error: authentication not enabled"));
    let old = Reply::parse("502 5.5.2 Error: command not recognized").unwrap();
    assert_eq!(old.code(), ReplyCode::from(502));
    assert!(
        cause(502, 3).contains("502 5.5.2 Error: command not recognized")
            && cause(502, 3).contains("before version 3.7")
    );
    let new = Reply::parse("500 5.5.2 Error: command not recognized").unwrap();
    assert_eq!(new.code(), ReplyCode::SyntaxError);
    assert!(cause(500, 0).contains("does not know"));
    assert!(ReplyCode::from(502).use_when().contains("252"));
    assert!(ReplyCode::from(502).note().unwrap().contains("4.2.4"));
    assert!(ReplyCode::from(252).note().unwrap().contains("VRFY or EXPN"));
}

#[test]
fn unsupported_claims_are_gone() {
    assert!(ReplyCode::from(446).use_when().contains("RFC 3463"));
    assert!(enhanced("5.5.1").causes().all(|cause| !cause.contains("2017")));
    assert!(!enhanced("5.7.9").causes().next().unwrap().contains("OAuth"));
    let note = enhanced("5.7.9").note().unwrap();
    assert!(note.contains("534 5.7.14") && note.contains("535 5.7.139"), "{note}");
}
