// Writes criterion result trees with chosen numbers, for end-to-end tests that must know the
// answer: `bytes` per iteration at `ns` per iteration (the slope), ±1% bounds.

import path from 'node:path';
import { splitId } from '../../src/core/criterion/measurement.js';
import { criterionDirectoryName, writeCriterionResult } from './synthetic.js';

export interface TreeBenchmark {
  id: string;
  /** Bytes per iteration; null for no throughput. */
  bytes: number | null;
  /** Typical (slope) ns per iteration. */
  ns: number;
  /** Standard deviation in ns (default 0.5% of ns). */
  stdDevNs?: number;
}

const estimate = (point: number, spread: number) => ({
  confidence_interval: {
    confidence_level: 0.95,
    lower_bound: point * (1 - spread),
    upper_bound: point * (1 + spread)
  },
  point_estimate: point,
  standard_error: point * spread * 0.5
});

export function writeTree(dir: string, benchmarks: readonly TreeBenchmark[]): void {
  for (const b of benchmarks) {
    const { group, function: fn, value } = splitId(b.id);
    const directory = criterionDirectoryName(group, fn, value);
    writeCriterionResult(
      dir,
      directory,
      {
        group_id: group,
        function_id: fn,
        value_str: value,
        throughput: b.bytes === null ? null : { Bytes: b.bytes },
        full_id: b.id,
        directory_name: directory,
        title: b.id
      },
      {
        mean: estimate(b.ns * 1.002, 0.012),
        median: estimate(b.ns * 0.999, 0.01),
        median_abs_dev: estimate(b.ns * 0.004, 0.2),
        slope: estimate(b.ns, 0.01),
        std_dev: estimate(b.stdDevNs ?? b.ns * 0.005, 0.2)
      }
    );
  }
}

/** A healthy copybook tree: DISPLAY 4.0 GiB/s at best, COMP-3 512 MiB/s at best. */
export const HEALTHY: readonly TreeBenchmark[] = [
  // 1 GiB per iteration at 250 ms → 4 GiB/s.
  { id: 'decode_display_heavy/single_threaded/1000', bytes: 1024 ** 3, ns: 250e6 },
  { id: 'decode_display_heavy/single_threaded/100', bytes: 1024 ** 3, ns: 500e6 },
  // 1 MiB per iteration at 1/512 s → 512 MiB/s.
  { id: 'decode_comp3_heavy/single_threaded/1000', bytes: 1024 ** 2, ns: 1e9 / 512 },
  { id: 'decode_comp3_heavy/single_threaded/100', bytes: 1024 ** 2, ns: 1e9 / 256 },
  { id: 'parse_copybook/simple_copybook', bytes: null, ns: 1500 }
];

/**
 * A maker of fresh workspace folders under `root`, each with a criterion tree at target/criterion
 * (HEALTHY unless told otherwise); `count()` says how many it made.
 */
export function workspaceMaker(root: string): {
  make(benchmarks?: readonly TreeBenchmark[]): string;
  count(): number;
} {
  let made = 0;
  return {
    make(benchmarks = HEALTHY) {
      const dir = path.join(root, `ws-${++made}`);
      writeTree(path.join(dir, 'target', 'criterion'), benchmarks);
      return dir;
    },
    count: () => made
  };
}

/** A number as criterion prints it: five significant digits for values under 10,000. */
function short(n: number): string {
  if (n < 10) return n.toFixed(4);
  if (n < 100) return n.toFixed(3);
  if (n < 1000) return n.toFixed(2);
  if (n < 10000) return n.toFixed(1);
  return n.toFixed(0);
}

/** The value in the largest unit that keeps it at 1 or more (the first unit for smaller values). */
function scaled(value: number, units: readonly (readonly [string, number])[]): string {
  let chosen = units[0] as readonly [string, number];
  for (const unit of units) if (value >= unit[1]) chosen = unit;
  return `${short(value / chosen[1])} ${chosen[0]}`;
}

const TIME_UNITS = [
  ['ps', 1e-3],
  ['ns', 1],
  ['µs', 1e3],
  ['ms', 1e6],
  ['s', 1e9]
] as const;
const BYTE_RATE_UNITS = [
  ['B/s', 1],
  ['KiB/s', 1024],
  ['MiB/s', 1024 ** 2],
  ['GiB/s', 1024 ** 3]
] as const;

/**
 * What criterion prints for these benchmarks (its human format, as writeTree's numbers: ±1% around
 * the typical time, the throughput from the time's bounds), for a run whose output is all there is.
 */
export function criterionText(benchmarks: readonly TreeBenchmark[]): string {
  const bracket = (values: readonly number[], units: readonly (readonly [string, number])[]) =>
    `[${values.map((v) => scaled(v, units)).join(' ')}]`;
  const lines: string[] = [];
  for (const b of benchmarks) {
    const times = [b.ns * 0.99, b.ns, b.ns * 1.01];
    const time = `time:   ${bracket(times, TIME_UNITS)}`;
    // Ids longer than 23 characters stand on their own line; the rest is padded to 24 columns.
    if (b.id.length > 23) lines.push(b.id, `${' '.repeat(24)}${time}`);
    else lines.push(`${b.id.padEnd(24)}${time}`);
    if (b.bytes !== null) {
      const rates = [...times].reverse().map((ns) => (b.bytes as number) / (ns * 1e-9));
      lines.push(`${' '.repeat(24)}thrpt:  ${bracket(rates, BYTE_RATE_UNITS)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
