//! Reading the tab-separated corpus files of `tests/data/`, shared by the tests and the benches
//! that read them (each includes this file with `#[path]`).

/// Undoes the corpus's escapes: `\\`, `\t`, `\n`, `\r`.
pub fn unescape(field: &str) -> String {
    let mut out = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('t') => out.push('\t'),
            Some('n') => out.push('\n'),
            Some('r') => out.push('\r'),
            Some(other) => out.push(other),
            None => out.push('\\'),
        }
    }
    out
}
