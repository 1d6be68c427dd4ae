//! Engine benchmarks: cost against events and horizon (linear in events +
//! days). Results go to BENCHMARKS.md via `scripts/bench.sh`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use tierwise_engine::{self as engine, synthetic};

/// Reads scenario JSON, evaluates it and writes the result JSON: the CLI's
/// and a JSON caller's whole path.
fn round_trip(text: &str) -> String {
    let s = engine::parse(text).expect("parses");
    let o = engine::evaluate(&s, engine::Options::FULL).expect("simulates");
    serde_json::to_string(&o).expect("serializes")
}

fn by_events(c: &mut Criterion) {
    let mut g = c.benchmark_group("events_10y");
    g.sample_size(10);
    for events in [1_000usize, 10_000, 100_000] {
        let s = synthetic::scenario(events, 10, 1);
        g.throughput(Throughput::Elements(events as u64));
        g.bench_with_input(BenchmarkId::from_parameter(events), &s, |b, s| {
            b.iter(|| engine::evaluate(black_box(s), engine::Options::FULL).expect("simulates"))
        });
    }
    g.finish();
}

fn by_horizon(c: &mut Criterion) {
    let mut g = c.benchmark_group("horizon_1k_events");
    g.sample_size(10);
    for years in [1u32, 10, 50] {
        let s = synthetic::scenario(1_000, years, 1);
        g.bench_with_input(BenchmarkId::from_parameter(years), &s, |b, s| {
            b.iter(|| engine::evaluate(black_box(s), engine::Options::FULL).expect("simulates"))
        });
    }
    g.finish();
}

fn typical(c: &mut Criterion) {
    let s = synthetic::scenario(50, 3, 1);
    c.bench_function("typical_3y_50_events", |b| {
        b.iter(|| engine::evaluate(black_box(&s), engine::Options::FULL).expect("simulates"))
    });
    let text = serde_json::to_string(&s).expect("serializes");
    c.bench_function("typical_json_round_trip", |b| {
        b.iter(|| round_trip(black_box(&text)))
    });
    // The JavaScript API's long plan (BENCHMARKS.md compares the two).
    let long = serde_json::to_string(&synthetic::scenario(300, 19, 1)).expect("serializes");
    c.bench_function("long_300_19y_json_round_trip", |b| {
        b.iter(|| round_trip(black_box(&long)))
    });
}

fn large_json(c: &mut Criterion) {
    let text = serde_json::to_string(&synthetic::scenario(10_000, 10, 1)).expect("serializes");
    let mut g = c.benchmark_group("large");
    g.sample_size(10);
    g.bench_function("json_round_trip_10k_10y", |b| {
        b.iter(|| round_trip(black_box(&text)))
    });
    g.finish();
}

/// The advisor re-simulates: about 70 runs for a 60-day timing window.
fn advisor(c: &mut Criterion) {
    let q = engine::advisor::Questions {
        growth_per_day: Some(20),
        ..Default::default()
    };
    let mut g = c.benchmark_group("advisor");
    g.sample_size(10);
    for (name, events, years) in [
        ("typical_3y_50", 50usize, 3u32),
        ("large_10y_10k", 10_000, 10),
    ] {
        let s = synthetic::scenario(events, years, 1);
        g.bench_function(name, |b| {
            b.iter(|| engine::advisor::advise(black_box(&s), &q).expect("advises"))
        });
    }
    g.finish();
}

criterion_group!(benches, typical, by_events, by_horizon, large_json, advisor);
criterion_main!(benches);
