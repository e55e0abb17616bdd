import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  CriterionDataError,
  fastestFromSamples,
  hasCriterionResults,
  measurementFromFiles,
  parseCriterionDir
} from '../../../src/adapters/criterion/disk.js';
import { InputError } from '../../../src/core/errors.js';

// ---- fixtures ----------------------------------------------------------------------------------------

const REAL = fileURLToPath(new URL('../../fixtures/criterion-disk/criterion-0.3.6', import.meta.url));

const scratch = mkdtempSync(path.join(tmpdir(), 'criterion-disk-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** A copy of a fixture tree to spoil. */
function copyTree(from: string): string {
  const to = mkdtempSync(path.join(scratch, 'tree-'));
  cpSync(from, to, { recursive: true });
  return to;
}
let trees = 0;

/** Writes `files` (relative path → JSON value, or raw text) into a fresh directory and returns it. */
function tree(files: Record<string, unknown>): string {
  const root = path.join(scratch, `tree-${++trees}`);
  mkdirSync(root, { recursive: true });
  for (const [relative, content] of Object.entries(files)) {
    const file = path.join(root, ...relative.split('/'));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content));
  }
  return root;
}

const estimate = (lower: number, point: number, upper: number) => ({
  confidence_interval: { confidence_level: 0.95, lower_bound: lower, upper_bound: upper },
  point_estimate: point,
  standard_error: (upper - lower) / 3.92
});

/** estimates.json as criterion writes it: mean 2000 [1900, 2200] ns, slope 1000 [800, 1250] ns. */
function estimates(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mean: estimate(1900, 2000, 2200),
    median: estimate(1850, 1950, 2100),
    median_abs_dev: estimate(10, 40, 90),
    slope: estimate(800, 1000, 1250),
    std_dev: estimate(50, 75, 120),
    ...overrides
  };
}

function benchmark(
  fullId: string,
  throughput: unknown = { Bytes: 1000 },
  parts: { group?: string; fn?: string | null; value?: string | null } = {}
): Record<string, unknown> {
  const [group, fn = null, value = null] = fullId.split('/');
  return {
    group_id: parts.group ?? group,
    function_id: parts.fn === undefined ? fn : parts.fn,
    value_str: parts.value === undefined ? value : parts.value,
    throughput,
    full_id: fullId,
    directory_name: fullId.replace(/[?"/\\*<>:|^]/g, '_'),
    title: fullId
  };
}

/** The message of what `fn` throws; fails the test when it does not throw a CriterionDataError. */
function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CriterionDataError);
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected a CriterionDataError, nothing was thrown');
}

// ---- measurementFromFiles ----------------------------------------------------------------------------

describe('measurementFromFiles', () => {
  it('takes the slope as the typical time when there is one, and rates from it', () => {
    const m = measurementFromFiles(benchmark('decode/single/1000'), estimates(), 'dir/new');
    expect(m).toEqual({
      id: 'decode/single/1000',
      group: 'decode',
      function: 'single',
      value: '1000',
      throughput: { kind: 'bytes', per_iteration: 1000 },
      time_ns: { lower: 800, point: 1000, upper: 1250 },
      std_dev_ns: 75,
      // 1000 bytes per 1000 ns = 1e9 B/s; the lowest rate comes from the slowest time (1250 ns).
      rate: { lower: 8e8, point: 1e9, upper: 1.25e9 },
      source: 'disk'
    });
  });

  it('falls back to the mean when slope is null (flat sampling)', () => {
    const m = measurementFromFiles(benchmark('decode/single/1000'), estimates({ slope: null }), 'dir/new');
    expect(m.time_ns).toEqual({ lower: 1900, point: 2000, upper: 2200 });
    expect(m.rate?.point).toBeCloseTo(5e8, 3);
    expect(m.rate?.lower).toBeCloseTo(1000 / 2200e-9, 3);
    expect(m.rate?.upper).toBeCloseTo(1000 / 1900e-9, 3);
  });

  it.each([
    [{ Bytes: 4096 }, 'bytes', 4096],
    [{ BytesDecimal: 4000 }, 'bytes_decimal', 4000],
    [{ Elements: 64 }, 'elements', 64],
    [{ Bits: 8192 }, 'bits', 8192],
    // Floors are byte rates, so ElementsAndBytes counts its bytes.
    [{ ElementsAndBytes: { elements: 10, bytes: 5000 } }, 'elements_and_bytes', 5000]
  ])('reads throughput %j as kind %s with %d per iteration', (throughput, kind, perIteration) => {
    const m = measurementFromFiles(benchmark('g/f', throughput), estimates(), 'dir/new');
    expect(m.throughput).toEqual({ kind, per_iteration: perIteration });
    expect(m.rate).toEqual({
      lower: (perIteration * 1e9) / 1250,
      point: (perIteration * 1e9) / 1000,
      upper: (perIteration * 1e9) / 800
    });
  });

  it('has no throughput and no rate when throughput is null', () => {
    const m = measurementFromFiles(benchmark('parse_copybook', null), estimates(), 'dir/new');
    expect(m.throughput).toBeNull();
    expect(m.rate).toBeNull();
    expect(m).toMatchObject({ id: 'parse_copybook', group: 'parse_copybook', function: null, value: null });
  });

  it('takes id, group, function and value from the file, not from a path', () => {
    const bench = benchmark('a<b>|c/fn: "x"/v/1', null, { group: 'a<b>|c', fn: 'fn: "x"', value: 'v/1' });
    const m = measurementFromFiles(bench, estimates(), 'a_b__c/fn_ _x_/v_1/new');
    expect(m).toMatchObject({ id: 'a<b>|c/fn: "x"/v/1', group: 'a<b>|c', function: 'fn: "x"', value: 'v/1' });
  });

  it('widens an interval that misses its own point estimate, keeping lower <= point <= upper', () => {
    const m = measurementFromFiles(
      benchmark('g', null),
      estimates({ slope: estimate(1010, 1000, 1100) }),
      'd'
    );
    expect(m.time_ns).toEqual({ lower: 1000, point: 1000, upper: 1100 });
  });

  it('names the file and lists the accepted kinds for an unknown throughput kind', () => {
    const message = errorOf(() =>
      measurementFromFiles(benchmark('g', { Lines: 3 }), estimates(), 'out/g/new')
    );
    expect(message).toContain(path.join('out/g/new', 'benchmark.json'));
    expect(message).toContain('unknown kind "Lines"');
    for (const kind of ['Bytes', 'BytesDecimal', 'Elements', 'Bits', 'ElementsAndBytes']) {
      expect(message).toContain(kind);
    }
  });

  it.each([
    [
      'NaN (criterion writes it as null)',
      null,
      'slope.point_estimate is null (criterion writes NaN or infinity as null)'
    ],
    ['negative', -5, 'slope.point_estimate must be a positive number of ns, got -5'],
    ['zero', 0, 'slope.point_estimate must be a positive number of ns, got 0'],
    ['a string', '1000', 'slope.point_estimate must be a number, got "1000"']
  ])('rejects a typical time that is %s', (_what, point, expected) => {
    const slope = { ...estimate(800, 1000, 1250), point_estimate: point };
    const message = errorOf(() => measurementFromFiles(benchmark('g'), estimates({ slope }), 'res/g/new'));
    expect(message).toBe(`${path.join('res/g/new', 'estimates.json')}: ${expected}`);
  });

  it('rejects a zero or negative time bound and a NaN mean even when the slope is fine', () => {
    const zeroLower = {
      ...estimate(800, 1000, 1250),
      confidence_interval: { ...estimate(0, 0, 0).confidence_interval }
    };
    expect(
      errorOf(() => measurementFromFiles(benchmark('g'), estimates({ slope: zeroLower }), 'd'))
    ).toContain('slope.confidence_interval.lower_bound must be a positive number of ns, got 0');
    const nanMean = { ...estimate(1, 2, 3), point_estimate: null };
    expect(errorOf(() => measurementFromFiles(benchmark('g'), estimates({ mean: nanMean }), 'd'))).toContain(
      'mean.point_estimate is null'
    );
  });

  it('accepts a zero spread (std_dev, median_abs_dev) but not a negative one', () => {
    const m = measurementFromFiles(benchmark('g'), estimates({ std_dev: estimate(0, 0, 0) }), 'd');
    expect(m.std_dev_ns).toBe(0);
    expect(
      errorOf(() =>
        measurementFromFiles(benchmark('g'), estimates({ median_abs_dev: estimate(-1, 1, 2) }), 'd')
      )
    ).toContain('median_abs_dev.confidence_interval.lower_bound must not be negative, got -1');
  });

  it.each([
    [
      'full_id missing',
      { ...benchmark('g'), full_id: undefined },
      'full_id must be a string, got nothing (missing)'
    ],
    ['full_id empty', { ...benchmark('g'), full_id: '' }, 'full_id is empty'],
    ['group_id a number', { ...benchmark('g'), group_id: 7 }, 'group_id must be a string, got 7'],
    ['function_id missing', { ...benchmark('g'), function_id: undefined }, 'function_id is missing'],
    [
      'value_str an array',
      { ...benchmark('g'), value_str: [] },
      'value_str must be a string or null, got []'
    ],
    ['throughput missing', { ...benchmark('g'), throughput: undefined }, 'throughput is missing'],
    ['throughput two kinds', benchmark('g', { Bytes: 1, Elements: 2 }), 'throughput must be one of null'],
    ['throughput a number', benchmark('g', 1000), 'throughput must be one of null'],
    [
      'a negative count',
      benchmark('g', { Bytes: -1 }),
      'throughput.Bytes must be a whole number >= 0, got -1'
    ],
    [
      'a fractional count',
      benchmark('g', { Elements: 1.5 }),
      'throughput.Elements must be a whole number >= 0'
    ],
    [
      'ElementsAndBytes without bytes',
      benchmark('g', { ElementsAndBytes: { elements: 3 } }),
      'throughput.ElementsAndBytes.bytes must be a whole number >= 0, got nothing (missing)'
    ],
    ['an array', [], 'benchmark.json must be a JSON object, got []']
  ])('rejects benchmark.json with %s, naming the file', (_what, bench, expected) => {
    const message = errorOf(() => measurementFromFiles(bench, estimates(), 'r/g/new'));
    expect(message.startsWith(`${path.join('r/g/new', 'benchmark.json')}: `)).toBe(true);
    expect(message).toContain(expected);
  });

  it.each([
    ['mean missing', estimates({ mean: undefined }), 'estimates.json: mean is missing'],
    [
      'slope missing',
      (() => {
        const e = estimates();
        delete e.slope;
        return e;
      })(),
      'slope is missing (expected an estimate or null)'
    ],
    ['std_dev null', estimates({ std_dev: null }), 'std_dev must be a JSON object, got null'],
    [
      'no confidence_interval',
      estimates({ median: { point_estimate: 1, standard_error: 0 } }),
      'median.confidence_interval must be a JSON object'
    ],
    [
      'confidence_level 95',
      estimates({
        slope: {
          ...estimate(1, 2, 3),
          confidence_interval: { confidence_level: 95, lower_bound: 1, upper_bound: 3 }
        }
      }),
      'slope.confidence_interval.confidence_level must be between 0 and 1, got 95'
    ],
    [
      'bounds swapped',
      estimates({ slope: { ...estimate(1250, 1000, 800), standard_error: 10 } }),
      'slope.confidence_interval.lower_bound 1250 is above upper_bound 800'
    ],
    [
      'criterion 0.2 keys',
      { Mean: estimate(1, 2, 3), Slope: estimate(1, 2, 3) },
      'capitalised keys of criterion 0.2'
    ],
    ['a string', 'oops', 'estimates.json must be a JSON object, got "oops"']
  ])('rejects estimates.json with %s, naming the file', (_what, est, expected) => {
    const message = errorOf(() => measurementFromFiles(benchmark('g'), est, 'r/g/new'));
    expect(message.startsWith(`${path.join('r/g/new', 'estimates.json')}: `)).toBe(true);
    expect(message).toContain(expected);
  });
});

// ---- fastestFromSamples ------------------------------------------------------------------------------

describe('fastestFromSamples', () => {
  it('takes the lowest time per iteration over the samples, not the lowest time', () => {
    // 3000/10 = 300, 500/1 = 500, 5800/20 = 290 ns per iteration.
    const samples = { sampling_mode: 'Linear', iters: [10, 1, 20], times: [3000, 500, 5800] };
    expect(fastestFromSamples(samples, '/r/x/new')).toBe(290);
  });

  it('names the file and what is accepted for every shape criterion does not write', () => {
    const cases: Array<[unknown, RegExp]> = [
      [[1, 2], /sample\.json: sample\.json must be a JSON object/],
      [{ iters: [1], times: 'x' }, /iters and times must be arrays of numbers, got \[1\] and "x"/],
      [{ iters: [], times: [] }, /equally long and not empty, got 0 and 0/],
      [{ iters: [1, 2], times: [5] }, /equally long and not empty, got 2 and 1/],
      [{ iters: [1, 0], times: [5, 5] }, /iters\[1\] must be a positive number of iterations, got 0/],
      [{ iters: [1], times: [null] }, /times\[0\] must be a positive number of ns, got null/],
      [{ iters: [1], times: ['5'] }, /times\[0\] must be a positive number of ns, got "5"/],
      [{ iters: [1e308], times: [5e-324] }, /which no machine measures/]
    ];
    for (const [value, message] of cases) {
      const text = errorOf(() => fastestFromSamples(value, '/r/x/new'));
      expect(text).toMatch(/^\/r\/x\/new\/sample\.json: /);
      expect(text).toMatch(message);
    }
  });
});

// ---- parseCriterionDir over a real criterion 0.3.6 tree ----------------------------------------------

describe('parseCriterionDir on a real criterion 0.3.6 tree', () => {
  it('reads each benchmark once, by full_id, sorted, ignoring base/, change/, report/ and the named baseline', async () => {
    const result = await parseCriterionDir(REAL);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual([
      'a_very_long_benchmark_name_that_goes_on_and_on_past_the_sixty_four_byte_limit_of_criterion',
      'decode_comp3_heavy/streaming_processor/100',
      'decode_display_heavy/single_threaded/1000',
      'parse copybook <b>|x/fn: "q"?*^',
      'ünïcode/grp/a\\b/v/1'
    ]);
  });

  it('adds each benchmark’s fastest sample from new/sample.json when asked, and only then', async () => {
    const plain = await parseCriterionDir(REAL);
    expect(plain.measurements.every((m) => m.fastest_ns === undefined)).toBe(true);
    const { measurements, problems } = await parseCriterionDir(REAL, { samples: true });
    expect(problems).toEqual([]);
    const display = measurements.find((m) => m.id === 'decode_display_heavy/single_threaded/1000');
    // The fixture's new/sample.json: the lowest of times[i] / iters[i] over its 10 samples.
    expect(display?.fastest_ns).toBeCloseTo(838.0245246134708, 9);
    // … and the sum of its times: how long criterion measured it.
    expect(display?.sampled_ns).toBe(361508649);
    expect(measurements).toHaveLength(plain.measurements.length);
  });

  it('reads sample.json when it can with `optional`, and keeps a benchmark whose sample.json is bad', async () => {
    const tree = copyTree(REAL);
    const sample = path.join(tree, 'decode_display_heavy/single_threaded/1000/new/sample.json');
    writeFileSync(sample, '{"iters": [1], "times": [-5]}');
    rmSync(path.join(tree, 'decode_comp3_heavy/streaming_processor/100/new/sample.json'));
    const optional = await parseCriterionDir(tree, { samples: 'optional' });
    expect(optional.problems).toEqual([]);
    expect(optional.measurements).toHaveLength(5);
    const byId = new Map(optional.measurements.map((m) => [m.id, m]));
    expect(byId.get('decode_display_heavy/single_threaded/1000')?.sampled_ns).toBeUndefined();
    expect(byId.get('decode_comp3_heavy/streaming_processor/100')?.sampled_ns).toBeUndefined();
    expect(byId.get('ünïcode/grp/a\\b/v/1')?.sampled_ns).toBeGreaterThan(0);
    // Required, the same tree leaves both out with a problem each.
    const required = await parseCriterionDir(tree, { samples: 'required' });
    expect(required.measurements).toHaveLength(3);
    expect(required.problems).toHaveLength(2);
  });

  it('uses the slope of the new/ results and rates bytes from it', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const display = measurements.find((m) => m.id === 'decode_display_heavy/single_threaded/1000');
    // Numbers copied from the fixture's new/estimates.json (not base/ or main/, which differ).
    expect(display).toEqual({
      id: 'decode_display_heavy/single_threaded/1000',
      group: 'decode_display_heavy',
      function: 'single_threaded',
      value: '1000',
      throughput: { kind: 'bytes', per_iteration: 1000 },
      time_ns: { lower: 911.289673918207, point: 1263.2621313287743, upper: 1481.2169046158667 },
      std_dev_ns: 304.16724733166376,
      rate: {
        lower: 1000e9 / 1481.2169046158667,
        point: 1000e9 / 1263.2621313287743,
        upper: 1000e9 / 911.289673918207
      },
      source: 'disk'
    });
  });

  it('uses the mean where criterion wrote "slope": null, and counts elements', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const comp3 = measurements.find((m) => m.id === 'decode_comp3_heavy/streaming_processor/100');
    expect(comp3?.time_ns).toEqual({
      lower: 74.80505844417576,
      point: 75.48839204268229,
      upper: 76.4156513184412
    });
    expect(comp3?.throughput).toEqual({ kind: 'elements', per_iteration: 100 });
  });

  it('reads ids whose folders criterion sanitised or cut to 64 bytes', async () => {
    const { measurements } = await parseCriterionDir(REAL);
    const odd = measurements.find((m) => m.group === 'parse copybook <b>|x');
    expect(odd).toMatchObject({ id: 'parse copybook <b>|x/fn: "q"?*^', function: 'fn: "q"?*^', value: null });
    const unicode = measurements.find((m) => m.group === 'ünïcode/grp');
    expect(unicode).toMatchObject({ function: 'a\\b', value: 'v/1', throughput: null, rate: null });
  });

  it('finds results there', async () => {
    expect(await hasCriterionResults(REAL)).toBe(true);
  });
});

// ---- parseCriterionDir on literal trees --------------------------------------------------------------

describe('parseCriterionDir', () => {
  it('takes ids from full_id, never from folder names, and sorts by id', async () => {
    const root = tree({
      'aaa/new/benchmark.json': benchmark('zzz/last'),
      'aaa/new/estimates.json': estimates(),
      'zzz/new/benchmark.json': benchmark('aaa/first'),
      'zzz/new/estimates.json': estimates(),
      'mmm/new/benchmark.json': benchmark('mmm|middle'),
      'mmm/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['aaa/first', 'mmm|middle', 'zzz/last']);
  });

  it('with samples, leaves out a benchmark whose sample.json is missing or bad, naming the file', async () => {
    const root = tree({
      'a/new/benchmark.json': benchmark('a'),
      'a/new/estimates.json': estimates(),
      'a/new/sample.json': { iters: [1, 2], times: [900, 1600] },
      'b/new/benchmark.json': benchmark('b'),
      'b/new/estimates.json': estimates(),
      'c/new/benchmark.json': benchmark('c'),
      'c/new/estimates.json': estimates(),
      'c/new/sample.json': { iters: [1], times: [-1] }
    });
    const result = await parseCriterionDir(root, { samples: true });
    expect(result.measurements.map((m) => [m.id, m.fastest_ns])).toEqual([['a', 800]]);
    expect(result.problems).toEqual([
      `${path.join(root, 'b', 'new', 'sample.json')}: missing next to estimates.json (criterion 0.3 or newer writes it)`,
      `${path.join(root, 'c', 'new', 'sample.json')}: times[0] must be a positive number of ns, got -1`
    ]);
  });

  it('reads only new/: base/, change/, report/ and named baselines are not read', async () => {
    const root = tree({
      'g/f/new/benchmark.json': benchmark('g/f'),
      'g/f/new/estimates.json': estimates(),
      // A stale base/ with another id and unreadable neighbours: none of them may show up.
      'g/f/base/benchmark.json': benchmark('g/stale-base'),
      'g/f/base/estimates.json': estimates(),
      'g/f/change/estimates.json': '{"mean": broken',
      'g/f/report/index.html': '<html></html>',
      'g/f/report/change/mean.svg': '<svg/>',
      'g/f/main/benchmark.json': benchmark('g/named-baseline'),
      'g/f/main/estimates.json': '{',
      'report/index.html': '<html></html>'
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['g/f']);
  });

  it('still finds benchmarks whose own names are new, base, change or report', async () => {
    const root = tree({
      // group "base" (not a benchmark itself), benchmark "base/report"
      'base/report/new/benchmark.json': benchmark('base/report'),
      'base/report/new/estimates.json': estimates(),
      // benchmark "grp/new" lives in grp/new/new/
      'grp/new/new/benchmark.json': benchmark('grp/new'),
      'grp/new/new/estimates.json': estimates(),
      'grp/new/base/benchmark.json': benchmark('grp/new'),
      'grp/new/base/estimates.json': estimates(),
      // benchmark "x/change/1"
      'x/change/1/new/benchmark.json': benchmark('x/change/1'),
      'x/change/1/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.problems).toEqual([]);
    expect(result.measurements.map((m) => m.id)).toEqual(['base/report', 'grp/new', 'x/change/1']);
    expect(await hasCriterionResults(path.join(root, 'base'))).toBe(true);
  });

  it('turns malformed JSON into one problem naming the file and reads the rest', async () => {
    const root = tree({
      'bad/new/benchmark.json': '{"group_id": "bad", "full_id" "bad"}',
      'bad/new/estimates.json': estimates(),
      'good/new/benchmark.json': benchmark('good'),
      'good/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['good']);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      new RegExp(
        `^${escapeRegExp(path.join(root, 'bad/new/benchmark.json'))}: malformed JSON \\(.*position \\d+`
      )
    );
  });

  it('reports a truncated file as truncated', async () => {
    const full = readFileSync(
      path.join(REAL, 'decode_display_heavy/single_threaded/1000/new/estimates.json'),
      'utf8'
    );
    const root = tree({
      'cut/new/benchmark.json': benchmark('cut'),
      'cut/new/estimates.json': full.slice(0, 300),
      'ok/new/benchmark.json': benchmark('ok'),
      'ok/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['ok']);
    expect(result.problems).toEqual([
      expect.stringMatching(
        new RegExp(`^${escapeRegExp(path.join(root, 'cut/new/estimates.json'))}: truncated JSON \\(`)
      )
    ]);
  });

  it('reports an empty file', async () => {
    const root = tree({ 'e/new/benchmark.json': '', 'e/new/estimates.json': estimates() });
    const result = await parseCriterionDir(root);
    expect(result.measurements).toEqual([]);
    expect(result.problems).toEqual([
      `${path.join(root, 'e/new/benchmark.json')}: file is empty (was the run interrupted?)`
    ]);
  });

  it('reports a missing estimates.json, and a missing benchmark.json', async () => {
    const root = tree({
      'no-estimates/new/benchmark.json': benchmark('no-estimates'),
      'no-bench/new/estimates.json': estimates(),
      'fine/new/benchmark.json': benchmark('fine'),
      'fine/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['fine']);
    expect(result.problems).toEqual([
      `${path.join(root, 'no-bench/new/benchmark.json')}: missing next to estimates.json (criterion 0.3 or newer writes both)`,
      `${path.join(root, 'no-estimates/new/estimates.json')}: missing next to benchmark.json (was the run interrupted?)`
    ]);
  });

  it('reports invalid values (NaN time, unknown throughput kind) per benchmark and reads the rest', async () => {
    const root = tree({
      'nan/new/benchmark.json': benchmark('nan'),
      'nan/new/estimates.json': estimates({ slope: { ...estimate(1, 2, 3), point_estimate: null } }),
      'kind/new/benchmark.json': benchmark('kind', { Pages: 2 }),
      'kind/new/estimates.json': estimates(),
      'ok/new/benchmark.json': benchmark('ok'),
      'ok/new/estimates.json': estimates()
    });
    const result = await parseCriterionDir(root);
    expect(result.measurements.map((m) => m.id)).toEqual(['ok']);
    expect(result.problems).toEqual([
      expect.stringContaining(
        `${path.join(root, 'kind/new/benchmark.json')}: throughput has an unknown kind "Pages"`
      ),
      `${path.join(root, 'nan/new/estimates.json')}: slope.point_estimate is null (criterion writes NaN or infinity as null)`
    ]);
  });

  it('keeps the newest of two folders with the same id and says so', async () => {
    const root = tree({
      'old/new/benchmark.json': benchmark('same'),
      'old/new/estimates.json': estimates({ slope: estimate(1, 2, 3) }),
      'recent/new/benchmark.json': benchmark('same'),
      'recent/new/estimates.json': estimates({ slope: estimate(4, 5, 6) })
    });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(root, 'old/new/estimates.json'), past, past);
    const result = await parseCriterionDir(root);
    expect(result.measurements).toHaveLength(1);
    expect(result.measurements[0]?.time_ns.point).toBe(5);
    expect(result.problems).toEqual([
      expect.stringContaining(`benchmark id "same" has results in 2 folders`)
    ]);
    expect(result.problems[0]).toContain(`using the newest, ${path.join(root, 'recent/new')}`);
  });

  it('leaves out, and lists, results older than modifiedSince', async () => {
    const root = tree({
      'old/new/benchmark.json': benchmark('left/over'),
      'old/new/estimates.json': estimates({ slope: estimate(1, 2, 3) }),
      'fresh/new/benchmark.json': benchmark('this/run'),
      'fresh/new/estimates.json': estimates({ slope: estimate(4, 5, 6) })
    });
    const past = new Date('2020-01-01T00:00:00Z');
    utimesSync(path.join(root, 'old/new/estimates.json'), past, past);
    const since = Date.parse('2021-01-01T00:00:00Z');
    const result = await parseCriterionDir(root, { modifiedSince: since });
    expect(result.measurements.map((m) => m.id)).toEqual(['this/run']);
    expect(result.stale).toEqual(['left/over']);
    expect(result.problems).toEqual([]);
    expect((await parseCriterionDir(root)).measurements).toHaveLength(2);
  });

  it('reports an empty directory, naming it and what was expected', async () => {
    const root = tree({ 'report/index.html': '<html></html>' });
    const result = await parseCriterionDir(root);
    expect(result).toEqual({
      measurements: [],
      problems: [
        `no criterion results in ${root}: expected <benchmark>/new/benchmark.json and estimates.json ` +
          '(written by criterion 0.3 or newer during cargo bench)'
      ],
      stale: []
    });
  });

  it('reports a directory that does not exist', async () => {
    const missing = path.join(scratch, 'no-such-dir', 'criterion');
    const result = await parseCriterionDir(missing);
    expect(result).toEqual({
      measurements: [],
      problems: [
        `criterion results directory ${missing} does not exist; ` +
          'expected criterion results (<benchmark>/new/benchmark.json) from cargo bench'
      ],
      stale: []
    });
  });

  it('reports a path that is a file', async () => {
    const root = tree({ criterion: 'not a directory' });
    const file = path.join(root, 'criterion');
    const result = await parseCriterionDir(file);
    expect(result.problems).toEqual([
      expect.stringContaining(`criterion results directory ${file} is not a directory`)
    ]);
  });
});

// ---- hasCriterionResults -----------------------------------------------------------------------------

describe('hasCriterionResults', () => {
  it('is true when a new/benchmark.json exists, however deep', async () => {
    expect(await hasCriterionResults(tree({ 'a/b/c/d/new/benchmark.json': benchmark('a/b/c/d') }))).toBe(
      true
    );
  });

  it('is false for an empty dir, a missing dir, and results only in base/ or a named baseline', async () => {
    expect(await hasCriterionResults(tree({}))).toBe(false);
    expect(await hasCriterionResults(path.join(scratch, 'missing'))).toBe(false);
    const onlyOld = tree({
      'g/base/benchmark.json': benchmark('g'),
      'g/main/benchmark.json': benchmark('g'),
      'g/new/estimates.json': estimates()
    });
    expect(await hasCriterionResults(onlyOld)).toBe(false);
  });
});

/** A literal string inside a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
