//! Reads bounce emails and says, per recipient, what happened and why.
//!
//! ```sh
//! cargo run --example bounce --features bounce -- message.eml
//! cargo run --example bounce --features bounce -- ~/Maildir/cur        # a maildir folder
//! cargo run --example bounce --features bounce -- bounces.mbox         # an mbox file
//! cargo run --example bounce --features bounce,serde -- --json ~/Maildir/cur > bounces.jsonl
//! ```
//!
//! A line per recipient: the file, the address, the kind, the reply code, the status, the
//! reason and hard/soft, then the bounce's diagnostic text, what the reason means and the
//! explanation of the remote server's reply; at the end a count by kind and one by reason. A
//! progress bar goes to standard error for large folders when it is a terminal.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

use smtp_codes::bounce::{Bounce, Kind};

/// One email to read: where it came from, and its bytes.
struct Email {
    name: String,
    bytes: Vec<u8>,
}

/// The emails of a path: a file (one email, or an mbox of several), or a folder (a maildir's
/// `cur/` and `new/`, or any folder of `.eml` files).
fn emails(path: &Path, out: &mut Vec<Email>) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for entry in entries {
            if entry.file_name().is_some_and(|name| name.to_string_lossy().starts_with('.')) {
                continue;
            }
            emails(&entry, out)?;
        }
        return Ok(());
    }
    let bytes = std::fs::read(path)?;
    let name = path.display().to_string();
    if bytes.starts_with(b"From ") && is_mbox(&bytes) {
        for (index, message) in split_mbox(&bytes).into_iter().enumerate() {
            out.push(Email { name: format!("{name}#{}", index + 1), bytes: message });
        }
    } else {
        out.push(Email { name, bytes });
    }
    Ok(())
}

/// True when a file holds more than one "From " separator line.
fn is_mbox(bytes: &[u8]) -> bool {
    bytes.windows(6).filter(|w| w == b"\nFrom ").count() > 0
}

/// The messages of an mbox: split at "From " lines, with ">From " unquoted.
fn split_mbox(bytes: &[u8]) -> Vec<Vec<u8>> {
    let mut messages = Vec::new();
    let mut current: Vec<u8> = Vec::new();
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        if line.starts_with(b"From ") {
            if !current.is_empty() {
                messages.push(std::mem::take(&mut current));
            }
            continue;
        }
        let unquoted = if line.starts_with(b">From ") { &line[1..] } else { line };
        current.extend_from_slice(unquoted);
    }
    if !current.is_empty() {
        messages.push(current);
    }
    messages
}

fn progress(done: usize, total: usize) {
    let width = 40;
    let filled = done * width / total.max(1);
    eprint!("\r[{}{}] {done}/{total}", "#".repeat(filled), " ".repeat(width - filled));
    if done == total {
        eprintln!();
    }
}

fn main() {
    let mut json = false;
    let mut paths = Vec::new();
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--json" => json = true,
            "-h" | "--help" => {
                println!("usage: bounce [--json] FILE|MAILDIR|MBOX...");
                return;
            }
            _ => paths.push(PathBuf::from(arg)),
        }
    }
    if paths.is_empty() {
        eprintln!("usage: bounce [--json] FILE|MAILDIR|MBOX...");
        std::process::exit(2);
    }
    if json && !cfg!(feature = "serde") {
        eprintln!("--json needs the serde feature: cargo run --example bounce --features bounce,serde -- --json ...");
        std::process::exit(2);
    }
    let mut all = Vec::new();
    for path in &paths {
        if let Err(error) = emails(path, &mut all) {
            eprintln!("{}: {error}", path.display());
        }
    }
    let show_progress = all.len() > 200 && std::io::stderr().is_terminal();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let mut by_kind: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_reason: BTreeMap<String, usize> = BTreeMap::new();
    for (index, email) in all.iter().enumerate() {
        if show_progress && index % 50 == 0 {
            progress(index, all.len());
        }
        let bounce = match Bounce::parse(&email.bytes) {
            Ok(bounce) => bounce,
            Err(error) => {
                eprintln!("{}: {error}", email.name);
                *by_kind.entry(String::from("unreadable")).or_default() += 1;
                continue;
            }
        };
        *by_kind.entry(bounce.kind().to_string()).or_default() += 1;
        if json {
            write_json(&mut out, &email.name, &bounce);
            continue;
        }
        if bounce.kind() == Kind::NotBounce {
            continue;
        }
        for recipient in bounce.recipients() {
            *by_reason.entry(recipient.reason().to_string()).or_default() += 1;
            let code = recipient.reply().map_or_else(|| String::from("-"), |reply| reply.code().to_string());
            let status = recipient.status().map_or_else(|| String::from("-"), |status| status.to_string());
            let reason = recipient.reason();
            let hard = if recipient.is_hard() { "hard" } else { "soft" };
            let _ = writeln!(
                out,
                "{}\t{}\t{}\t{code}\t{status}\t{reason}\t{hard}",
                email.name,
                recipient.address(),
                bounce.kind()
            );
            if let Some(diagnostic) = recipient.diagnostic() {
                let _ =
                    writeln!(out, "    diagnostic: {}", diagnostic.split_whitespace().collect::<Vec<_>>().join(" "));
            }
            // The reason's meaning, unless the explanation of the reply leads with it already.
            let explanation = recipient.reply().map(|reply| reply.explain());
            if explanation.is_none_or(|explanation| explanation.summary() != reason.meaning()) {
                let _ = writeln!(out, "    {reason}: {}", reason.meaning());
            }
            if let Some(explanation) = explanation {
                let _ = writeln!(out, "    {}", explanation.to_string().replace('\n', "\n    "));
            }
        }
    }
    if show_progress {
        progress(all.len(), all.len());
    }
    let summary: Vec<String> = by_kind.iter().map(|(kind, count)| format!("{kind} {count}")).collect();
    eprintln!("{} emails: {}", all.len(), summary.join(", "));
    if !by_reason.is_empty() {
        let mut reasons: Vec<(&String, &usize)> = by_reason.iter().collect();
        reasons.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        let summary: Vec<String> = reasons.iter().map(|(reason, count)| format!("{reason} {count}")).collect();
        eprintln!("recipients by reason: {}", summary.join(", "));
    }
}

#[cfg(feature = "serde")]
fn write_json(out: &mut impl Write, name: &str, bounce: &Bounce<'_>) {
    let line = serde_json::json!({ "file": name, "bounce": bounce });
    let _ = writeln!(out, "{line}");
}

#[cfg(not(feature = "serde"))]
fn write_json(_out: &mut impl Write, _name: &str, _bounce: &Bounce<'_>) {}
