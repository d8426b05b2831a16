//! Fills `{name}` placeholders of a template while writing, without allocating.

use core::fmt;

/// A named value for a template.
pub(crate) type Arg<'a> = (&'static str, &'a dyn fmt::Display);

/// Writes `template`, replacing each `{name}` with the value of that name in `args`. A name that
/// `args` lacks is written as it stands, braces included, so a mistake shows instead of vanishing.
pub(crate) fn fill(f: &mut fmt::Formatter<'_>, template: &str, args: &[Arg<'_>]) -> fmt::Result {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        f.write_str(&rest[..open])?;
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                match args.iter().find(|(key, _)| *key == name) {
                    Some((_, value)) => fmt::Display::fmt(value, f)?,
                    None => f.write_str(&rest[open..open + close + 2])?,
                }
                rest = &after[close + 1..];
            }
            None => {
                f.write_str(&rest[open..])?;
                rest = "";
            }
        }
    }
    f.write_str(rest)
}

/// The placeholder names of a template, in order.
#[allow(dead_code)]
pub(crate) fn placeholders(template: &str) -> impl Iterator<Item = &str> {
    template.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name))
}
