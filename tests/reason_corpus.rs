//! How often the crate's [`Reason`] agrees with Sisimai's on real bounces, and a record of every
//! case where they differ.
//!
//! `tests/data/reason_corpus.tsv` holds rows of Sisimai v5.1.0's results for the real bounce
//! messages of Sisimai's own test set (set-of-emails; see `reason_corpus.LICENSE` beside it):
//! the file, the recipient, Sisimai's reason, and the three fields the crate decides from: the
//! reply code, the delivery status and the diagnostic text (Sisimai's cleaned-up copy of the
//! server's words).
//!
//! The rows are those whose reason Sisimai takes from the text: every row with a non-empty
//! diagnostic text, except where Sisimai's reason comes from something else or from nowhere:
//!
//! - the reasons Sisimai decides from a message's structure or not at all: `feedback` (an ARF
//!   report), `vacation` (RFC 3834 auto-reply headers), `delivered` (a 2.X.X status), `onhold` and
//!   `undefined` (Sisimai could not decide);
//! - Google Groups notices: Sisimai's GoogleGroups module sets `rejected` for every notice with
//!   the four bullet points of its layout, whatever the (translated) text says;
//! - au (KDDI, EZweb) notices with an `X-SPASIGN: NG` header, which Sisimai's modules call
//!   `filtered` from that header alone.
//!
//! That leaves 369 of the 410 rows. The selection was made once, from `expected.tsv` and those
//! headers, before comparing; every row of those kinds is left out, agreeing or not. Sisimai's
//! made-up statuses `X.0.9NN` (it derives them from its own reason when the email has no
//! status) are not in the emails, so the crate is not given them.
//!
//! The test prints the share of rows where both agree, and fails below 90%. Every row where they
//! differ is listed in `tests/data/reason_disagreements.tsv` with a line saying which side is
//! right and why, after reading the email itself; the test fails when a disagreement is not
//! listed, or a listed one no longer disagrees, so the list stays true.

use std::collections::BTreeMap;

use smtp_codes::{EnhancedStatusCode, Reason, ReplyCode};

#[path = "support/tsv.rs"]
mod tsv;

use tsv::unescape;

/// The crate's reason for one row.
fn decide(replycode: &str, status: &str, text: &str) -> Reason {
    let code = replycode.parse::<u16>().ok().map(ReplyCode::from);
    let status = status.parse::<EnhancedStatusCode>().ok().filter(|status| {
        // Sisimai's pseudo statuses: X.0.9NN.
        !(status.subject_number() == 0 && (900..1000).contains(&status.detail()))
    });
    Reason::decide(code, status, text)
}

#[test]
fn the_crate_agrees_with_sisimai_on_most_real_bounces_and_every_difference_is_explained() {
    let corpus = include_str!("data/reason_corpus.tsv");
    let listed = include_str!("data/reason_disagreements.tsv");

    // (path, recipient) -> (sisimai, ours, explanation)
    let mut explained: BTreeMap<(String, String), (String, String, String)> = BTreeMap::new();
    for (number, line) in listed.lines().enumerate().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [path, recipient, sisimai, ours, why] = fields[..] else {
            panic!("reason_disagreements.tsv line {}: expected 5 fields, found {}", number + 1, fields.len());
        };
        assert!(!why.trim().is_empty(), "reason_disagreements.tsv line {}: no explanation", number + 1);
        let previous = explained
            .insert((path.to_owned(), recipient.to_owned()), (sisimai.to_owned(), ours.to_owned(), why.to_owned()));
        assert!(previous.is_none(), "reason_disagreements.tsv line {}: listed twice", number + 1);
    }

    let mut rows = 0;
    let mut agreed = 0;
    let mut unexplained = Vec::new();
    let mut stale = Vec::new();
    let mut seen = BTreeMap::new();
    for line in corpus.lines().skip(1) {
        let fields: Vec<&str> = line.split('\t').collect();
        let [path, recipient, sisimai, replycode, status, text] = fields[..] else {
            panic!("reason_corpus.tsv: expected 6 fields in {line:?}");
        };
        rows += 1;
        let ours = decide(replycode, status, &unescape(text));
        let key = (path.to_owned(), recipient.to_owned());
        // A file may hold a recipient twice (two attempts); both rows must agree with the list.
        let listing = explained.get(&key);
        *seen.entry(key.clone()).or_insert(0) += 1;
        if ours.as_str() == sisimai {
            agreed += 1;
            if listing.is_some() {
                stale.push(format!("{path}\t{recipient}\t{sisimai}\tnow agrees"));
            }
        } else {
            match listing {
                Some((listed_sisimai, listed_ours, _)) if listed_sisimai == sisimai && listed_ours == ours.as_str() => {
                }
                _ => unexplained.push(format!("{path}\t{recipient}\t{sisimai}\t{ours}\t{text}")),
            }
        }
    }
    for key in explained.keys() {
        if !seen.contains_key(key) {
            stale.push(format!("{}\t{}\tnot in the corpus", key.0, key.1));
        }
    }

    let share = f64::from(agreed) / f64::from(rows) * 100.0;
    println!("Reason agrees with Sisimai v5 on {agreed} of {rows} rows: {share:.1}%");
    assert!(unexplained.is_empty(), "disagreements not in reason_disagreements.tsv:\n{}", unexplained.join("\n"));
    assert!(stale.is_empty(), "listed disagreements that no longer disagree:\n{}", stale.join("\n"));
    assert!(share >= 90.0, "agreement {share:.1}% is below 90%");
}
