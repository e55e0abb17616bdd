import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  CriterionDataError,
  fastestFromSamples,
  measurementFromFiles,
  parseResultFile
} from '../../../src/core/criterion/estimates.js';
import { InputError } from '../../../src/core/errors.js';
import { benchmark, estimate, estimates } from '../../helpers/criterion-json.js';

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

// ---- parseResultFile ---------------------------------------------------------------------------------

describe('parseResultFile', () => {
  it('parses the text, with or without a byte order mark', () => {
    expect(parseResultFile('{"a": 1}', 'r/new/x.json')).toEqual({ kind: 'ok', value: { a: 1 } });
    expect(parseResultFile('\ufeff[1]', 'r/new/x.json')).toEqual({ kind: 'ok', value: [1] });
  });

  it('tells an empty, a cut-off and a malformed file apart, naming the file', () => {
    const problem = (text: string): string => {
      const read = parseResultFile(text, 'r/new/x.json');
      return read.kind === 'problem' ? read.problem : 'parsed';
    };
    expect(problem(' \n')).toBe('r/new/x.json: file is empty (was the run interrupted?)');
    expect(problem('{"mean": {"point_estimate": 1')).toMatch(/^r\/new\/x\.json: truncated JSON \(/);
    expect(problem('{"mean" 1}')).toMatch(/^r\/new\/x\.json: malformed JSON \(/);
  });
});
