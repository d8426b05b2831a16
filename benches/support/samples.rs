//! Reading criterion's samples back after a run, shared by the benches that print ratios (each
//! includes this file with `#[path]`).

use std::path::PathBuf;

/// The time per iteration of the fastest sample criterion took of `group/function`, in
/// nanoseconds. Noise on a shared machine only ever adds time, and lands on one contestant
/// more than another when they run one after the other; each side's fastest sample is its
/// speed with the least noise in it, so their ratio moves far less between runs than a ratio
/// of means.
pub fn fastest_ns(group: &str, function: &str) -> Option<f64> {
    let target = std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from).or_else(|| {
        // A bench runs as target/<profile>/deps/<name>-<hash>.
        std::env::current_exe().ok()?.parent()?.parent()?.parent().map(PathBuf::from)
    })?;
    let path = target.join("criterion").join(group).join(function).join("new/sample.json");
    let json: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()?;
    let (iters, times) = (json["iters"].as_array()?, json["times"].as_array()?);
    iters.iter().zip(times).filter_map(|(iters, time)| Some(time.as_f64()? / iters.as_f64()?)).reduce(f64::min)
}
