//! HTML as plain text, for the bounces that come in HTML only (Exchange's and some providers').

use std::string::String;

/// HTML as plain text: tags removed, block ends made line breaks, the common entities decoded.
/// Enough for an NDR written in HTML, not a renderer.
pub(crate) fn to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    while let Some(open) = memchr::memchr2(b'<', b'&', rest.as_bytes()) {
        push_text(&mut out, &rest[..open]);
        rest = &rest[open..];
        if rest.starts_with('&') {
            let end = rest[1..].find(|c: char| !c.is_ascii_alphanumeric() && c != '#').map_or(rest.len(), |i| i + 1);
            let name = &rest[1..end];
            let decoded = match name {
                "nbsp" => Some(' '),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|hex| u32::from_str_radix(hex, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|dec| dec.parse().ok()))
                    .and_then(char::from_u32),
            };
            match decoded {
                Some(c) => {
                    out.push(c);
                    rest = rest.get(end..).map_or("", |r| r.strip_prefix(';').unwrap_or(r));
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
            continue;
        }
        let (tag, close) = match memchr::memchr(b'>', rest.as_bytes()) {
            Some(i) => (&rest[1..i], i + 1),
            None => (&rest[1..], rest.len()),
        };
        let tag = tag.trim_start_matches('/');
        let name_end = tag.bytes().position(|b| !b.is_ascii_alphanumeric()).unwrap_or(tag.len());
        let mut lower = [0u8; 12];
        let name = match tag.as_bytes().get(..name_end).filter(|name| name.len() <= lower.len()) {
            Some(name) => {
                lower[..name.len()].copy_from_slice(name);
                lower[..name.len()].make_ascii_lowercase();
                core::str::from_utf8(&lower[..name.len()]).unwrap_or("")
            }
            None => "",
        };
        // Skip what a reader never sees.
        if name == "style" || name == "script" || name == "head" {
            let after = closing_tag(&rest[close..], name).map_or(rest.len(), |i| close + i);
            rest = &rest[after..];
            let close = memchr::memchr(b'>', rest.as_bytes()).map_or(rest.len(), |i| i + 1);
            rest = &rest[close..];
            continue;
        }
        if matches!(name, "br" | "p" | "div" | "tr" | "li" | "table" | "h1" | "h2" | "h3" | "h4" | "pre" | "blockquote")
        {
            out.push('\n');
        } else if matches!(name, "td" | "th") {
            out.push(' ');
        }
        rest = &rest[close..];
    }
    push_text(&mut out, rest);
    out
}

/// Where the closing tag `</name` starts in `html`, without case.
fn closing_tag(html: &str, name: &str) -> Option<usize> {
    let bytes = html.as_bytes();
    memchr::memmem::find_iter(bytes, b"</").find(|&at| {
        bytes.get(at + 2..at + 2 + name.len()).is_some_and(|found| found.eq_ignore_ascii_case(name.as_bytes()))
    })
}

/// Text between tags, its line breaks made spaces (HTML breaks lines with tags).
fn push_text(out: &mut String, text: &str) {
    let mut rest = text;
    while let Some(at) = memchr::memchr2(b'\n', b'\r', rest.as_bytes()) {
        out.push_str(&rest[..at]);
        out.push(' ');
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_becomes_lines_of_text() {
        let text = to_text(
            "<html><head><style>p{}</style></head><body><p>Delivery has failed to:</p><p>bob@example.net&nbsp;x</p>Remote Server returned &#39;550 5.1.1&#39;<br>end</body></html>",
        );
        assert!(text.contains("\nbob@example.net x"), "{text:?}");
        assert!(text.contains("returned '550 5.1.1'\nend"), "{text:?}");
        assert!(!text.contains("p{}"));
        assert_eq!(to_text("a <é"), "a ");
    }
}
