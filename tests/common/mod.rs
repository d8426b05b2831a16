//! Shared by the integration tests: the corpora and reference data in `tests/data`.

#![allow(dead_code)]

use std::path::PathBuf;

/// One case of `tests/data/replies.txt` or `tests/data/find.txt`.
#[derive(Debug)]
pub struct Case {
    /// The comment lines, the first naming the source.
    pub comment: String,
    /// `code:`; `None` for `code: none`.
    pub code: Option<u16>,
    /// `enhanced:`; `None` for `enhanced: none`.
    pub enhanced: Option<String>,
    /// `text:`, the expected text of the last line.
    pub text: Option<String>,
    /// `lines:`, the expected number of lines.
    pub line_count: Option<usize>,
    /// `error:`, for malformed replies.
    pub error: Option<String>,
    /// The `>` lines joined by `line_ending`.
    pub lines: Vec<String>,
}

impl Case {
    /// The case's input, lines joined by `ending` (and ended by it too when `end` is set).
    pub fn input(&self, ending: &str, end: bool) -> String {
        let mut text = self.lines.join(ending);
        if end {
            text.push_str(ending);
        }
        text
    }
}

/// Reads a corpus file of `tests/data`.
pub fn corpus(name: &str) -> Vec<Case> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut cases = Vec::new();
    for block in text.split("\n\n").map(|b| b.trim_matches('\n')).filter(|b| !b.trim().is_empty()) {
        let mut case = Case {
            comment: String::new(),
            code: None,
            enhanced: None,
            text: None,
            line_count: None,
            error: None,
            lines: Vec::new(),
        };
        for line in block.lines() {
            if let Some(comment) = line.strip_prefix('#') {
                case.comment.push_str(comment.trim());
                case.comment.push(' ');
            } else if let Some(value) = line.strip_prefix("code: ") {
                case.code = (value != "none").then(|| value.parse().unwrap_or_else(|_| panic!("bad code in {block}")));
            } else if let Some(value) = line.strip_prefix("enhanced: ") {
                case.enhanced = (value != "none").then(|| value.to_owned());
            } else if let Some(value) = line.strip_prefix("text: ") {
                case.text = Some(value.to_owned());
            } else if let Some(value) = line.strip_prefix("text:") {
                case.text = Some(value.to_owned());
            } else if let Some(value) = line.strip_prefix("lines: ") {
                case.line_count = Some(value.parse().unwrap_or_else(|_| panic!("bad line count in {block}")));
            } else if let Some(value) = line.strip_prefix("error: ") {
                case.error = Some(value.to_owned());
            } else if let Some(value) = line.strip_prefix('>') {
                case.lines.push(value.to_owned());
            } else {
                panic!("unexpected line {line:?} in {}", path.display());
            }
        }
        cases.push(case);
    }
    cases
}

/// A file of `tests/data`; a test that needs one fails without it, never skips.
pub fn data_file(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}
