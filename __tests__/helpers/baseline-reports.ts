// Literal reports and baseline files for the comparison tests: every benchmark is given by the
// numbers the rule looks at (a throughput or a time, each as [lower, point, upper]).

import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import { splitId } from '../../src/core/criterion/measurement.js';
import type {
  BaselineFile,
  BaselineHistoryEntry,
  BenchmarkReport,
  PerfReport
} from '../../src/core/model.js';
import { atRate } from './measurements.js';
import { RUN_FACTS } from './run-facts.js';

export type Triple = readonly [lower: number, point: number, upper: number];

const BYTES_PER_ITERATION = 1000;

/** A benchmark with a byte throughput (bytes/s) or, without one, a time per iteration (ns). */
export function bench(id: string, given: { bps: Triple } | { ns: Triple }): BenchmarkReport {
  const common = { id, ...splitId(id), metric: null, source: 'disk' as const };
  if ('ns' in given) {
    const [lower, point, upper] = given.ns;
    return {
      ...common,
      throughput: null,
      time_ns: { lower, point, upper },
      std_dev_ns: point * 0.01,
      rate: null,
      bytes_per_second: null
    };
  }
  const [lower, point, upper] = given.bps;
  const rate = { lower, point, upper };
  const ns = (bps: number) => (BYTES_PER_ITERATION / bps) * 1e9;
  return {
    ...common,
    throughput: { kind: 'bytes', per_iteration: BYTES_PER_ITERATION },
    // The fastest rate comes from the shortest time.
    time_ns: { lower: ns(upper), point: ns(point), upper: ns(lower) },
    std_dev_ns: ns(point) * 0.01,
    rate,
    bytes_per_second: rate
  };
}

const BASE_REPORT: PerfReport = analyze({
  config: buildConfig({ inputs: {} }),
  results: {
    measurements: [atRate('decode_display_heavy/a', 4e9), atRate('decode_comp3_heavy/a', 6e8)],
    problems: []
  },
  facts: RUN_FACTS
}).report;

export function report(benchmarks: BenchmarkReport[], extra: Partial<PerfReport> = {}): PerfReport {
  return { ...BASE_REPORT, ...extra, benchmarks };
}

export function baselineFile(
  benchmarks: BenchmarkReport[],
  history: BaselineHistoryEntry[] = [
    {
      commit: 'a'.repeat(40),
      timestamp: '2026-11-20T08:00:00.000Z',
      display_gibs: 3.73,
      comp3_mibs: 572.2,
      benchmarks: {}
    }
  ]
): BaselineFile {
  return {
    schema_version: '1.0',
    name: 'copybook-bench',
    promoted_at: '2026-11-20T08:00:00.000Z',
    commit: 'a'.repeat(40),
    ref: 'refs/heads/main',
    run_id: '4242',
    runner: { os: 'Linux', arch: 'X64', testbed: 'ubuntu-latest' },
    report: report(benchmarks),
    history
  };
}

/** History entries holding one benchmark's values, oldest first. */
export function historyOf(id: string, values: readonly number[]): BaselineHistoryEntry[] {
  return values.map((value, i) => ({
    commit: `${i}`.padStart(40, 'c'),
    timestamp: `2026-11-${String(10 + i).padStart(2, '0')}T08:00:00.000Z`,
    display_gibs: 3.7,
    comp3_mibs: 570,
    benchmarks: { [id]: value }
  }));
}
