// Writes synthetic criterion result trees in criterion's real on-disk layout, for tests and for
// timing the disk reader on large trees. Deterministic for a given seed.

import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GIB, MIB } from '../../src/core/units.js';

/** criterion's `make_filename_safe`: `?"/\*<>:|^` become `_`, then cut to 64 bytes on a char boundary. */
export function makeFilenameSafe(segment: string): string {
  const replaced = segment.replace(/[?"/\\*<>:|^]/g, '_');
  let bytes = 0;
  let end = 0;
  for (const char of replaced) {
    const size = Buffer.byteLength(char, 'utf8');
    if (bytes + size > 64) break;
    bytes += size;
    end += char.length;
  }
  return replaced.slice(0, end);
}

/** The directory criterion gives a benchmark (before its `_2`, `_3` de-duplication), `/`-separated. */
export function criterionDirectoryName(group: string, fn: string | null, value: string | null): string {
  return [group, fn, value]
    .filter((part): part is string => part !== null)
    .map(makeFilenameSafe)
    .join('/');
}

export type SyntheticThroughput =
  | { Bytes: number }
  | { BytesDecimal: number }
  | { Elements: number }
  | { Bits: number }
  | { ElementsAndBytes: { elements: number; bytes: number } }
  | null;

export interface SyntheticBenchmark {
  id: string;
  /** Relative to the tree's root, `/`-separated. */
  directory: string;
  /** What was written to `new/benchmark.json` and `new/estimates.json`. */
  benchmark: Record<string, unknown>;
  estimates: Record<string, unknown>;
}

export interface SyntheticOptions {
  /** PRNG seed (default 1). */
  seed?: number;
  /** Also write `base/` and `change/` as a second run does (default true). */
  baseline?: boolean;
  /** Also write `report/index.html` per benchmark and at the top (default false). */
  report?: boolean;
}

/** mulberry32: small, fast, and the same sequence on every platform. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Template {
  group: string;
  fn: string | null;
  /** Value for the n-th benchmark of this template (n from 0); null for none. */
  value: (n: number) => string | null;
  throughput: (n: number) => SyntheticThroughput;
  /** Typical time per iteration in ns, before noise. */
  ns: (n: number, random: () => number) => number;
}

const RECORD_BYTES = 120;
const records = (n: number): number => (n + 1) * 100;
/** A time per iteration that moves `bytes(n)` at a rate drawn between the two bounds (bytes/s). */
const atRate =
  (lowBps: number, highBps: number, bytes: (n: number) => number) =>
  (n: number, random: () => number): number =>
    (bytes(n) / (lowBps + random() * (highBps - lowBps))) * 1e9;

const displayBytes = (n: number): number => records(n) * RECORD_BYTES;
const comp3Bytes = (n: number): number => records(n) * 64;
const binaryBytes = (n: number): number => records(n) * 32;
const mixedBytes = (n: number): number => records(n) * 96;
const packedBits = (n: number): number => records(n) * 8 * 6;
const roundtripBytes = (n: number): number => records(n) * 80;

// The first templates mirror copybook-rs's benches; the rest add the other throughput kinds and ids
// that criterion must sanitise.
const TEMPLATES: Template[] = [
  {
    group: 'decode_display_heavy',
    fn: 'single_threaded',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Bytes: displayBytes(n) }),
    ns: atRate(2.5 * GIB, 4.5 * GIB, displayBytes)
  },
  {
    group: 'decode_display_heavy',
    fn: 'streaming_processor',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Bytes: displayBytes(n) }),
    ns: atRate(2 * GIB, 4 * GIB, displayBytes)
  },
  {
    group: 'decode_comp3_heavy',
    fn: 'single_threaded',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Bytes: comp3Bytes(n) }),
    ns: atRate(350 * MIB, 700 * MIB, comp3Bytes)
  },
  {
    group: 'decode_comp3_heavy',
    fn: 'streaming_processor',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Bytes: comp3Bytes(n) }),
    ns: atRate(300 * MIB, 650 * MIB, comp3Bytes)
  },
  {
    group: 'decode_binary_heavy',
    fn: 'single_threaded',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Bytes: binaryBytes(n) }),
    ns: atRate(1 * GIB, 2 * GIB, binaryBytes)
  },
  {
    group: 'parse_copybook',
    fn: null,
    value: (n) => `fields_${n + 1}`,
    throughput: () => null,
    ns: (n, random) => (n + 1) * 900 * (0.8 + random() * 0.4)
  },
  {
    group: 'encode_display',
    fn: 'records',
    value: (n) => String(records(n)),
    throughput: (n) => ({ Elements: records(n) }),
    ns: (n, random) => records(n) * 40 * (0.8 + random() * 0.4)
  },
  {
    group: 'roundtrip <mixed>|copybook',
    fn: 'fn: "layout"?*^',
    value: (n) => `size/${records(n)}`,
    throughput: (n) => ({ BytesDecimal: roundtripBytes(n) }),
    ns: atRate(150e6, 400e6, roundtripBytes)
  },
  {
    group: 'ünïcode packed décimal',
    fn: 'a_function_name_that_is_long_enough_to_be_cut_by_criterion_at_sixty_four_bytes',
    value: (n) => `${records(n)} bits`,
    throughput: (n) => ({ Bits: packedBits(n) }),
    ns: atRate(200 * MIB, 500 * MIB, (n) => packedBits(n) / 8)
  },
  {
    group: 'decode_mixed',
    fn: 'elements_and_bytes',
    value: (n) => String(records(n)),
    throughput: (n) => ({ ElementsAndBytes: { elements: records(n), bytes: mixedBytes(n) } }),
    ns: atRate(800 * MIB, 1.6 * GIB, mixedBytes)
  }
];

type Estimate = {
  confidence_interval: { confidence_level: number; lower_bound: number; upper_bound: number };
  point_estimate: number;
  standard_error: number;
};

function estimate(point: number, halfWidth: number, random: () => number): Estimate {
  // Bootstrap intervals are rarely symmetric.
  const lower = point - halfWidth * (0.6 + random() * 0.8);
  const upper = point + halfWidth * (0.6 + random() * 0.8);
  return {
    confidence_interval: { confidence_level: 0.95, lower_bound: lower, upper_bound: upper },
    point_estimate: point,
    standard_error: (upper - lower) / 3.92
  };
}

function estimatesFor(typicalNs: number, flat: boolean, random: () => number): Record<string, unknown> {
  const cv = 0.005 + random() * 0.05;
  const sd = typicalNs * cv;
  const mean = typicalNs * (1 + (random() - 0.4) * 0.02);
  return {
    mean: estimate(mean, sd * 0.6, random),
    median: estimate(typicalNs * (1 - random() * 0.01), sd * 0.5, random),
    median_abs_dev: estimate(sd * 0.7, sd * 0.3, random),
    // Flat sampling (long benchmarks) has no slope; criterion then reports the mean.
    slope: flat ? null : estimate(typicalNs, sd * 0.5, random),
    std_dev: estimate(sd, sd * 0.4, random)
  };
}

function changeFor(random: () => number): Record<string, unknown> {
  const change = (random() - 0.5) * 0.1;
  return { mean: estimate(change, 0.02, random), median: estimate(change * 0.9, 0.025, random) };
}

const REPORT_HTML =
  '<!DOCTYPE html>\n<html><head><title>Criterion.rs report</title></head><body></body></html>\n';

/**
 * Writes one benchmark's `new/benchmark.json` and `new/estimates.json` under `dir/<directory>`, as
 * criterion does, and returns the benchmark's folder.
 */
export function writeCriterionResult(
  dir: string,
  directory: string,
  benchmark: Record<string, unknown>,
  estimates: Record<string, unknown>
): string {
  const benchDir = path.join(dir, ...directory.split('/'));
  const newDir = path.join(benchDir, 'new');
  mkdirSync(newDir, { recursive: true });
  writeFileSync(path.join(newDir, 'benchmark.json'), JSON.stringify(benchmark));
  writeFileSync(path.join(newDir, 'estimates.json'), JSON.stringify(estimates));
  return benchDir;
}

/**
 * Writes `count` benchmarks under `dir` in criterion's layout (`<sanitised id>/new/`, `base/`,
 * `change/`) and returns what was written. Synchronous: many tiny files write fastest that way.
 */
export function writeSyntheticCriterionTree(
  dir: string,
  count: number,
  opts: SyntheticOptions = {}
): SyntheticBenchmark[] {
  const random = prng(opts.seed ?? 1);
  const baseline = opts.baseline ?? true;
  const written: SyntheticBenchmark[] = [];
  const directories = new Set<string>();
  mkdirSync(dir, { recursive: true });

  for (let i = 0; i < count; i++) {
    const template = TEMPLATES[i % TEMPLATES.length] as Template;
    const n = Math.floor(i / TEMPLATES.length);
    const value = template.value(n);
    const fn = template.fn;
    const id = [template.group, fn, value].filter((part) => part !== null).join('/');
    // criterion de-duplicates colliding sanitised names with _2, _3, ...
    let directory = criterionDirectoryName(template.group, fn, value);
    for (let k = 2; directories.has(directory); k++)
      directory = `${criterionDirectoryName(template.group, fn, value)}_${k}`;
    directories.add(directory);

    const throughput = template.throughput(n);
    const benchmark = {
      group_id: template.group,
      function_id: fn,
      value_str: value,
      throughput,
      full_id: id,
      directory_name: directory,
      title: id
    };
    const typical = template.ns(n, random);
    const estimates = estimatesFor(typical, random() < 0.1, random);
    const benchDir = writeCriterionResult(dir, directory, benchmark, estimates);
    if (baseline) {
      const baseDir = path.join(benchDir, 'base');
      mkdirSync(baseDir, { recursive: true });
      writeFileSync(path.join(baseDir, 'benchmark.json'), JSON.stringify(benchmark));
      writeFileSync(
        path.join(baseDir, 'estimates.json'),
        JSON.stringify(estimatesFor(typical * (0.97 + random() * 0.06), random() < 0.1, random))
      );
      const changeDir = path.join(benchDir, 'change');
      mkdirSync(changeDir, { recursive: true });
      writeFileSync(path.join(changeDir, 'estimates.json'), JSON.stringify(changeFor(random)));
    }
    if (opts.report) {
      mkdirSync(path.join(benchDir, 'report'), { recursive: true });
      writeFileSync(path.join(benchDir, 'report', 'index.html'), REPORT_HTML);
    }
    written.push({ id, directory, benchmark, estimates });
  }
  if (opts.report) {
    mkdirSync(path.join(dir, 'report'), { recursive: true });
    writeFileSync(path.join(dir, 'report', 'index.html'), REPORT_HTML);
  }
  return written;
}
