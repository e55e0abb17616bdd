//! Criterion benches for copybook-bench-action. The ids are a contract with the action's metric
//! mapping (`decode_display_heavy` → DISPLAY, `decode_comp3_heavy` → COMP-3), so keep them stable.
//!
//! Only `benchmark_group`, `BenchmarkId`, `Throughput` and `std::hint::black_box` are used, so the
//! file builds with criterion 0.3.6 (Debian, offline) and the newest release alike.
//!
//! `COPYBOOK_BENCH_COMP3_SLOWDOWN=<factor>` (a whole number ≥ 1) repeats the COMP-3 decode work
//! `factor` times per iteration while reporting the same bytes, so COMP-3 throughput drops by about
//! that factor. It exists to prove regression detection end to end; leave it unset otherwise.

use std::hint::black_box;
use std::io::Cursor;
use std::time::Duration;

use copybook_bench::copybook::{
    parse_copybook, Layout, COMP3_HEAVY_COPYBOOK, DISPLAY_HEAVY_COPYBOOK, SIMPLE_COPYBOOK,
};
use copybook_bench::record::{decode_batch, decode_stream, generate_records, Summary};
use copybook_bench::Encoding;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

const SLOWDOWN_VAR: &str = "COPYBOOK_BENCH_COMP3_SLOWDOWN";
const ENCODING: Encoding = Encoding::Ebcdic;
/// Records per iteration for the SLO benches: large enough that per-call overhead is noise.
const SLO_RECORDS: usize = 2000;

/// The COMP-3 slowdown factor; a bad value stops the run rather than silently benchmarking
/// something other than what was asked for.
fn comp3_slowdown() -> u32 {
    match std::env::var(SLOWDOWN_VAR) {
        Err(_) => 1,
        Ok(text) => {
            match text.trim().parse::<u32>() {
                Ok(factor) if factor >= 1 => {
                    if factor > 1 {
                        eprintln!("{SLOWDOWN_VAR}={factor}: COMP-3 benches repeat their work {factor} times");
                    }
                    factor
                }
                _ => panic!("{SLOWDOWN_VAR} must be a whole number >= 1, got '{text}'"),
            }
        }
    }
}

fn layout(copybook: &str) -> Layout {
    parse_copybook(copybook).expect("bench copybook parses")
}

fn decode_all(layout: &Layout, data: &[u8]) -> Summary {
    decode_batch(layout, data, ENCODING).expect("generated records decode")
}

fn decode_comp3(layout: &Layout, data: &[u8], slowdown: u32) -> Summary {
    let mut last = Summary::default();
    for _ in 0..slowdown {
        // black_box on the input keeps the repeats from being folded into one.
        last = decode_all(layout, black_box(data));
    }
    last
}

fn display_heavy(c: &mut Criterion) {
    let layout = layout(DISPLAY_HEAVY_COPYBOOK);
    let mut group = c.benchmark_group("decode_display_heavy");
    for records in [100usize, 1000] {
        let data = generate_records(&layout, ENCODING, records, 42);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("single_threaded", records),
            &data,
            |b, data| b.iter(|| decode_all(&layout, black_box(data))),
        );
    }
    let records = 1000usize;
    let data = generate_records(&layout, ENCODING, records, 43);
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_with_input(
        BenchmarkId::new("streaming_processor", records),
        &data,
        |b, data| {
            b.iter(|| {
                decode_stream(&layout, Cursor::new(black_box(data.as_slice())), ENCODING)
                    .expect("decodes")
            })
        },
    );
    group.finish();
}

fn comp3_heavy(c: &mut Criterion) {
    let layout = layout(COMP3_HEAVY_COPYBOOK);
    let slowdown = comp3_slowdown();
    let mut group = c.benchmark_group("decode_comp3_heavy");
    for records in [100usize, 1000] {
        let data = generate_records(&layout, ENCODING, records, 42);
        group.throughput(Throughput::Bytes(data.len() as u64));
        group.bench_with_input(
            BenchmarkId::new("single_threaded", records),
            &data,
            |b, data| b.iter(|| decode_comp3(&layout, data, slowdown)),
        );
    }
    group.finish();
}

fn copybook_parsing(c: &mut Criterion) {
    // No throughput: copybook parsing is measured in time per parse only.
    let mut group = c.benchmark_group("parse_copybook");
    group.bench_function("simple_copybook", |b| {
        b.iter(|| parse_copybook(black_box(SIMPLE_COPYBOOK)).expect("parses"))
    });
    group.finish();
}

fn slo_validation(c: &mut Criterion) {
    let display = layout(DISPLAY_HEAVY_COPYBOOK);
    let packed = layout(COMP3_HEAVY_COPYBOOK);
    let slowdown = comp3_slowdown();
    let display_data = generate_records(&display, ENCODING, SLO_RECORDS, 44);
    let packed_data = generate_records(&packed, ENCODING, SLO_RECORDS, 44);

    let mut group = c.benchmark_group("slo_validation");
    group.throughput(Throughput::Bytes(display_data.len() as u64));
    group.bench_function("display_heavy_slo_80mbps", |b| {
        b.iter(|| decode_all(&display, black_box(&display_data)))
    });
    group.throughput(Throughput::Bytes(packed_data.len() as u64));
    group.bench_function("comp3_heavy_slo_40mbps", |b| {
        b.iter(|| decode_comp3(&packed, &packed_data, slowdown))
    });
    group.finish();
}

fn short_runs() -> Criterion {
    // Sub-second settings must be set in code (the CLI flags take whole seconds); flags given on
    // the command line still override these. No plots: drawing them with plotters takes several
    // times longer than measuring here, and the action reads only the JSON files, which are
    // written either way.
    Criterion::default()
        .sample_size(30)
        .warm_up_time(Duration::from_millis(300))
        .measurement_time(Duration::from_millis(1000))
        .without_plots()
}

criterion_group! {
    name = benches;
    config = short_runs();
    targets = display_heavy, comp3_heavy, copybook_parsing, slo_validation
}
criterion_main!(benches);
