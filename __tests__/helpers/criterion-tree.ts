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
