//! Copybook parsing time (no throughput), as copybook-rs's `parse_copybook/…` benches.

use std::hint::black_box;
use std::time::Duration;

use copybook_core::{parse_copybook, COMP3_HEAVY, DISPLAY_HEAVY};
use criterion::{criterion_group, criterion_main, Criterion};

fn parsing(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse_copybook");
    group.bench_function("display_heavy", |b| {
        b.iter(|| parse_copybook(black_box(DISPLAY_HEAVY)).expect("parses"))
    });
    group.bench_function("comp3_heavy", |b| {
        b.iter(|| parse_copybook(black_box(COMP3_HEAVY)).expect("parses"))
    });
    group.finish();
}

fn short_runs() -> Criterion {
    Criterion::default()
        .sample_size(10)
        .warm_up_time(Duration::from_millis(200))
        .measurement_time(Duration::from_millis(500))
        .without_plots()
}

criterion_group! {
    name = benches;
    config = short_runs();
    targets = parsing
}
criterion_main!(benches);
