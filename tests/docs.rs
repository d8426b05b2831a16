//! What the documentation writes by hand agrees with the crate: the tables' counts, the features.

use smtp_codes::{EnhancedStatusCode, ReplyCode, StatusClass};

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md")).unwrap()
}

#[test]
fn the_readme_counts_the_tables() {
    let readme = readme();
    let reply_codes = ReplyCode::ALL.len();
    let enhanced: Vec<EnhancedStatusCode> = EnhancedStatusCode::all(StatusClass::PermanentFailure).collect();
    assert!(readme.contains(&format!("All {reply_codes} reply codes")), "README: the count of reply codes");
    assert!(
        readme.contains(&format!("All {} enhanced status codes", enhanced.len())),
        "README: the count of enhanced codes"
    );
    let last = enhanced.last().unwrap();
    let last = format!("X.{}.{}", last.subject_number(), last.detail());
    assert!(readme.contains(&format!("X.0.0 to {last}")), "README: the registry ends at {last}");
}

#[test]
fn the_docs_name_the_last_registered_code() {
    let source = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/enhanced/status_code.rs")).unwrap();
    let last = EnhancedStatusCode::all(StatusClass::Success).last().unwrap();
    let last = format!("X.{}.{}", last.subject_number(), last.detail());
    assert!(
        source.contains(&format!("(X.0.0 to {last})")),
        "the docs of EnhancedStatusCode name {last} as the last code"
    );
}

/// Every cargo feature is named where users look for it: the README's table and the crate docs.
#[test]
fn every_feature_is_documented() {
    let manifest = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/Cargo.toml")).unwrap();
    let lib = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/src/lib.rs")).unwrap();
    let readme = readme();
    let features = manifest.split("[features]").nth(1).unwrap().split("\n[").next().unwrap();
    let names: Vec<&str> = features
        .lines()
        .filter(|line| !line.starts_with('#') && line.contains(" = "))
        .map(|line| line.split(" = ").next().unwrap())
        .filter(|name| *name != "default")
        .collect();
    assert!(names.len() >= 17, "{names:?}");
    for name in names {
        let quoted = format!("`{name}`");
        assert!(readme.contains(&quoted), "README names no feature {quoted}");
        assert!(lib.contains(&quoted), "src/lib.rs names no feature {quoted}");
    }
}
