//! Reads the reply-code table (`src/data/reply_codes.rs`) and writes the compile-time `phf` map
//! from names to codes into `OUT_DIR`.
//!
//! The table is Rust: a `reply_codes!` invocation. The crate expands it into the enum and its
//! texts; this script expands the same invocation with the macro below, which keeps only each
//! code's number, variant and name. So the table is written once and read twice.

use std::collections::BTreeMap;
use std::env;
use std::fs;
use std::path::Path;

#[path = "src/name_key.rs"]
#[allow(dead_code)]
mod name_key;

struct Row {
    code: u16,
    variant: &'static str,
    name: &'static str,
    standing: &'static str,
}

macro_rules! reply_codes {
    ($($code:literal $Variant:ident { name: $name:literal, standing: $standing:ident, $($rest:tt)* })+) => {
        pub(crate) const ROWS: &[crate::Row] = &[$(crate::Row {
            code: $code,
            variant: stringify!($Variant),
            name: $name,
            standing: stringify!($standing),
        }),+];
    };
}

#[path = "src/data/reply_codes.rs"]
mod table;

fn key(text: &str) -> String {
    let mut buffer = [0u8; 256];
    name_key::normalize(text, &mut buffer)
        .unwrap_or_else(|| panic!("name {text:?} has characters that lookups would reject"))
        .to_owned()
}

fn main() {
    println!("cargo::rerun-if-changed=src/data/reply_codes.rs");
    println!("cargo::rerun-if-changed=src/name_key.rs");

    // Each code is found by its name and by its variant's name; both normalise to one key for
    // most codes. A key that two codes share would make lookups ambiguous: refuse to build.
    let mut keys: BTreeMap<String, &Row> = BTreeMap::new();
    for row in table::ROWS {
        for text in [row.name, row.variant] {
            let key = key(text);
            if let Some(other) = keys.insert(key.clone(), row) {
                assert!(other.code == row.code, "codes {} and {} share the lookup key {key:?}", other.code, row.code);
            }
        }
    }

    let mut map = phf_codegen::Map::new();
    for (key, row) in &keys {
        map.entry(key.as_str(), format!("ReplyCode::{}", row.variant));
    }
    let longest = keys.keys().map(String::len).max().unwrap_or(0);

    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("reply_code_names.rs");
    let code = format!(
        "/// The longest name key; longer input cannot match.\n\
         const NAME_KEY_MAX: usize = {longest};\n\
         /// Normalised names and variant names of every code in the table.\n\
         static BY_NAME: phf::Map<&'static str, ReplyCode> = {};\n",
        map.build()
    );
    fs::write(&out, code).expect("write reply_code_names.rs");

    // The table of codes in the crate documentation, made from the same rows.
    let mut docs = String::from("| Code | Name | Variant | Standing |\n|---|---|---|---|\n");
    for row in table::ROWS {
        docs.push_str(&format!(
            "| {} | {} | [`{}`](ReplyCode::{}) | {} |\n",
            row.code, row.name, row.variant, row.variant, row.standing
        ));
    }
    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("reply_code_table.md");
    fs::write(&out, docs).expect("write reply_code_table.md");

    // The alternatives the benchmarks measure the number lookup against, from the same rows:
    // a phf map keyed by number and a plain match. Only `benches/` includes this file.
    let mut by_number = phf_codegen::Map::new();
    let mut arms = String::new();
    for row in table::ROWS {
        by_number.entry(row.code, format!("ReplyCode::{}", row.variant));
        arms.push_str(&format!("        {} => Some({:?}),\n", row.code, row.name));
    }
    let bench = format!(
        "/// The table as a phf map from number to code.\n\
         pub static PHF_BY_NUMBER: phf::Map<u16, ReplyCode> = {};\n\
         /// The table as a hand-written match from number to name.\n\
         pub fn match_name(code: u16) -> Option<&'static str> {{\n    match code {{\n{arms}        _ => None,\n    }}\n}}\n",
        by_number.build()
    );
    let out = Path::new(&env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("bench_alternatives.rs");
    fs::write(&out, bench).expect("write bench_alternatives.rs");
}
