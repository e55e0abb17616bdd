// Synthetic history records, as a data branch holds them after many promotions: for the dashboard's
// tests and its timing (1,000 benchmarks × 500 commits × 2 testbeds). Deterministic for a seed.

import type { HistoryBenchmark, HistoryRecord } from '../../src/core/history/record.js';
import { GIB, MIB } from '../../src/core/units.js';
import { prng } from './synthetic.js';

export interface SyntheticHistoryOptions {
  benchmarks: number;
  commits: number;
  /** Testbed names, one slot each (default `['ubuntu-2core']`). */
  testbeds?: readonly string[];
  /** Every n-th commit is tagged `v0.<k>.0` (default 50; 0: none). */
  releaseEvery?: number;
  /** Extra benchmarks added to every record (e.g. a hostile id). */
  extra?: readonly HistoryBenchmark[];
  seed?: number;
}

const GROUPS = ['decode_display_heavy', 'decode_comp3_heavy', 'decode_binary_heavy', 'parse_copybook'];
const FUNCTIONS = ['single_threaded', 'streaming_processor'];

/** The 40-hex sha of the `i`-th commit of the `slot`-th testbed (distinct across slots). */
export function syntheticSha(slot: number, i: number): string {
  const hex = ((slot + 1) * 0x10000000 + i).toString(16);
  return hex.padStart(40, 'a');
}

/** The `n`-th benchmark's id and group: four groups, two functions, a size. */
export function syntheticBenchmarkId(n: number): { id: string; group: string } {
  const group = GROUPS[n % GROUPS.length] as string;
  const fn = FUNCTIONS[Math.floor(n / GROUPS.length) % FUNCTIONS.length] as string;
  return { id: `${group}/${fn}/${n}`, group };
}

function benchmarksAt(options: SyntheticHistoryOptions, random: () => number): HistoryBenchmark[] {
  const list: HistoryBenchmark[] = [];
  for (let n = 0; n < options.benchmarks; n++) {
    const { id, group } = syntheticBenchmarkId(n);
    const noise = 0.9 + random() * 0.2;
    const ns = (1_000 + (n % 97) * 1_000) * noise;
    const bytes = group === 'parse_copybook' ? null : (n + 1) * 10_000;
    const rate = bytes === null ? null : bytes / (ns * 1e-9);
    list.push({
      id,
      group,
      time_ns: [ns * 0.98, ns, ns * 1.02],
      throughput: rate === null ? null : [rate * 0.98, rate, rate * 1.02]
    });
  }
  return [...list, ...(options.extra ?? [])];
}

/** `commits` records per testbed, oldest first, one day apart. */
export function syntheticHistory(options: SyntheticHistoryOptions): HistoryRecord[] {
  const random = prng(options.seed ?? 1);
  const testbeds = options.testbeds ?? ['ubuntu-2core'];
  const releaseEvery = options.releaseEvery ?? 50;
  const records: HistoryRecord[] = [];
  testbeds.forEach((testbed, slot) => {
    for (let i = 0; i < options.commits; i++) {
      const day = new Date(Date.UTC(2024, 0, 1) + i * 86_400_000);
      const benchmarks = benchmarksAt(options, random);
      records.push({
        schema_version: '1.0',
        name: 'copybook-bench',
        testbed,
        os: 'Linux',
        arch: 'x64',
        commit: syntheticSha(slot, i),
        ref: 'refs/heads/main',
        run_id: String(1000 + i),
        timestamp: day.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        release: releaseEvery > 0 && i % releaseEvery === releaseEvery - 1 ? `v0.${i}.0` : null,
        machine: null,
        metrics: {
          display_gibs: (slot + 1) * (1.2 + random() * 0.4),
          comp3_mibs: (slot + 1) * (60 + random() * 20),
          display_floor_gibs: 80e6 / GIB,
          comp3_floor_mibs: 40e6 / MIB
        },
        benchmarks
      });
    }
  });
  return records;
}
