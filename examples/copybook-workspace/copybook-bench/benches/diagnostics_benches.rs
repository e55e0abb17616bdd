//! Opt-in (`--features diagnostics`): the cost of checking every field of a layout. Its ids
//! (`diagnostics/…`) must not appear in a run with default settings.

use std::hint::black_box;
use std::time::Duration;

use copybook_core::{parse_copybook, COMP3_HEAVY};
use criterion::{criterion_group, criterion_main, Criterion};

fn layout_checks(c: &mut Criterion) {
    let layout = parse_copybook(COMP3_HEAVY).expect("parses");
    let mut group = c.benchmark_group("diagnostics");
    group.bench_function("field_overlap_check", |b| {
        b.iter(|| {
            let fields = &black_box(&layout).fields;
            fields
                .windows(2)
                .all(|pair| pair[0].offset + pair[0].len == pair[1].offset)
        })
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
    targets = layout_checks
}
criterion_main!(benches);
