import { describe, expect, it } from '@jest/globals';
import { compileGlob } from '../../src/core/glob.js';
import { aggregateIntervals, computeMetric, listIds } from '../../src/core/metrics.js';
import { atRate, measurement } from '../helpers/measurements.js';

const selector = (...patterns: string[]) => ({ patterns, globs: patterns.map(compileGlob) });

describe('aggregateIntervals', () => {
  const values = [
    { lower: 1, point: 2, upper: 3 },
    { lower: 9, point: 10, upper: 11 },
    { lower: 4, point: 5, upper: 6 },
    { lower: 6, point: 7, upper: 8 }
  ];
  it('picks a benchmark for max and min, keeping its bounds', () => {
    expect(aggregateIntervals(values, 'max')).toEqual({ lower: 9, point: 10, upper: 11 });
    expect(aggregateIntervals(values, 'min')).toEqual({ lower: 1, point: 2, upper: 3 });
  });
  it('averages the two middle values for an even median, and everything for the mean', () => {
    expect(aggregateIntervals(values, 'median')).toEqual({ lower: 5, point: 6, upper: 7 });
    expect(aggregateIntervals(values.slice(0, 3), 'median')).toEqual({ lower: 4, point: 5, upper: 6 });
    expect(aggregateIntervals(values, 'mean')).toEqual({ lower: 5, point: 6, upper: 7 });
  });
  it('is null for nothing', () => {
    expect(aggregateIntervals([], 'max')).toBeNull();
  });
});

describe('computeMetric', () => {
  const measurements = [
    atRate('decode_display_heavy/single_threaded/100', 3e9),
    atRate('decode_display_heavy/single_threaded/1000', 4e9),
    atRate('decode_comp3_heavy/single_threaded/100', 5e8),
    measurement('parse_copybook/simple_copybook', { bytes: null })
  ];

  it('aggregates the matched benchmarks with byte throughput', () => {
    const { metric, findings } = computeMetric(
      'display',
      selector('decode_display_heavy/**'),
      'max',
      measurements
    );
    expect(findings).toEqual([]);
    expect(metric.ids).toEqual([
      'decode_display_heavy/single_threaded/100',
      'decode_display_heavy/single_threaded/1000'
    ]);
    expect(metric.bytesPerSecond?.point).toBeCloseTo(4e9, 0);
    const min = computeMetric('display', selector('decode_display_heavy/**'), 'min', measurements);
    expect(min.metric.bytesPerSecond?.point).toBeCloseTo(3e9, 0);
  });

  it('is an error listing the ids that exist when nothing matches', () => {
    const { metric, findings } = computeMetric('comp3', selector('nope/**'), 'max', measurements);
    expect(metric.bytesPerSecond).toBeNull();
    expect(findings).toHaveLength(1);
    expect(findings[0]?.level).toBe('error');
    expect(findings[0]?.message).toContain('COMP-3: no benchmark matches comp3-benchmarks "nope/**"');
    expect(findings[0]?.message).toContain('parse_copybook/simple_copybook');
    expect(findings[0]?.message).toContain('decode_comp3_heavy/single_threaded/100');
  });

  it('is an error when only benchmarks without throughput match', () => {
    const { findings } = computeMetric('display', selector('parse_copybook/*'), 'max', measurements);
    expect(findings[0]?.message).toContain('have no byte throughput (parse_copybook/simple_copybook)');
    expect(findings[0]?.message).toContain('decode_display_heavy/single_threaded/100');
  });
});

describe('listIds', () => {
  it('shortens long lists', () => {
    expect(listIds(['a', 'b', 'c'], 2)).toBe('a, b … and 1 more');
    expect(listIds([])).toBe('(none)');
  });
});
