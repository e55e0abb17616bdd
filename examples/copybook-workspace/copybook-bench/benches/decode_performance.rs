//! DISPLAY and COMP-3 decoding throughput. The ids follow copybook-rs (`decode_display_heavy/…`,
//! `decode_comp3_heavy/…`), which the action maps to its two metrics by default.
//! Only `benchmark_group`, `BenchmarkId`, `Throughput` and `std::hint::black_box` are used, so it
//! builds with criterion 0.3.6 and the newest release alike.

use std::hint::black_box;
use std::time::Duration;

use copybook_bench::generate_records;
use copybook_codec::decode_all;
use copybook_core::{parse_copybook, COMP3_HEAVY, DISPLAY_HEAVY};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn decode(c: &mut Criterion, group_name: &str, copybook: &str) {
    let layout = parse_copybook(copybook).expect("bench copybook parses");
    let mut group = c.benchmark_group(group_name);
    for records in [100usize, 1000] {
        let data = generate_records(&layout, records, 42);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(BenchmarkId::new("single_threaded", records), &data, |b, data| {
            b.iter(|| decode_all(&layout, black_box(data)).expect("decodes"))
        });
    }
    group.finish();
}

fn display_heavy(c: &mut Criterion) {
    decode(c, "decode_display_heavy", DISPLAY_HEAVY);
}

fn comp3_heavy(c: &mut Criterion) {
    decode(c, "decode_comp3_heavy", COMP3_HEAVY);
}

/// Short on purpose (sub-second settings go in code: criterion 0.3's flags take whole seconds).
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
    targets = display_heavy, comp3_heavy
}
criterion_main!(benches);
