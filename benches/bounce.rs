//! `Bounce::parse` over the bounce corpus held in memory (`tests/data/bounces/maildir/`, 435
//! emails): messages per second. `benches/sisimai_rate.pl` measures Sisimai on the same files;
//! `benches/README.md` has both figures.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput};
use smtp_codes::bounce::Bounce;

fn corpus() -> Vec<Vec<u8>> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/bounces/maildir");
    let mut emails = Vec::new();
    for dir in ["bsd", "dos", "mac", "err", "not", "tmp"] {
        let mut paths: Vec<PathBuf> =
            std::fs::read_dir(root.join(dir)).unwrap().map(|entry| entry.unwrap().path()).collect();
        paths.sort();
        emails.extend(paths.iter().map(|path| std::fs::read(path).unwrap()));
    }
    emails
}

fn parse(c: &mut Criterion) {
    let emails = corpus();
    let mut group = c.benchmark_group("bounce_corpus");
    group.throughput(Throughput::Elements(emails.len() as u64));
    group.bench_function("smtp_codes", |b| {
        b.iter(|| {
            let mut recipients = 0;
            for email in &emails {
                if let Ok(bounce) = Bounce::parse(black_box(email)) {
                    recipients += bounce.recipients().len();
                }
            }
            black_box(recipients)
        })
    });
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    parse(&mut criterion);
    criterion.final_summary();
}
