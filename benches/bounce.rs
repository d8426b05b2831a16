//! `Bounce::parse` over the bounce corpus held in memory (`tests/data/bounces/maildir/`, 435
//! emails): messages per second. `benches/sisimai_rate.pl` measures Sisimai on the same files;
//! `benches/README.md` has both figures.
//!
//! `bounce_hostile`: hostile emails (`tests/support/hostile.rs`) at two sizes ten times apart,
//! so that their rates (bytes per second) show whether the reading is linear: a linear reader
//! keeps its rate at ten times the size.

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

#[path = "../tests/support/hostile.rs"]
mod hostile;

fn hostile_input(c: &mut Criterion) {
    type Build = fn(usize) -> String;
    let shapes: &[(&str, Build, usize)] = &[
        ("nested_multiparts", hostile::nested_multiparts, 20_000),
        ("nested_messages", hostile::nested_messages, 20_000),
        ("many_parts", hostile::many_parts, 50_000),
        ("encoded_returned_message", hostile::encoded_returned_message, 30_000),
        ("delimiters_mid_line", hostile::delimiters_mid_line, 200_000),
        ("unclosed_multiparts", |n| hostile::unclosed_multiparts(n / 1000, n * 8), 100_000),
        ("dsn_of_recipients", hostile::dsn_of_recipients, 1_000),
        ("text_report_of_addresses", hostile::text_report_of_addresses, 1_000),
    ];
    let mut group = c.benchmark_group("bounce_hostile");
    for (name, build, size) in shapes {
        for size in [*size, size * 10] {
            let email = build(size);
            group.throughput(Throughput::Bytes(email.len() as u64));
            group.bench_function(format!("{name}/{size}"), |b| {
                b.iter(|| black_box(Bounce::parse(black_box(email.as_bytes())).map(|bounce| bounce.recipients().len())))
            });
        }
    }
    group.finish();
}

fn main() {
    let mut criterion = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(4))
        .configure_from_args();
    parse(&mut criterion);
    hostile_input(&mut criterion);
    criterion.final_summary();
}
