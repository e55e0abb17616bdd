import { describe, expect, it } from '@jest/globals';
import type { BaselineHistoryEntry } from '../../../src/core/model.js';
import { GIB, MIB } from '../../../src/core/units.js';
import {
  benchmarkSeries,
  floorInUnit,
  metricSeries,
  shortCommit
} from '../../../src/render/charts/history.js';

const entry = (
  commit: string | null,
  display: number | null,
  benchmarks: Record<string, number>
): BaselineHistoryEntry => ({
  commit,
  timestamp: '2026-11-20T09:00:00.000Z',
  display_gibs: display,
  comp3_mibs: 500,
  benchmarks
});

describe('history series', () => {
  const history = [entry('abcdef0123456789', 3.1, { b: 2, a: 1 }), entry(null, null, { a: 3, c: 4 })];

  it('labels points by short commit, or by position when there is none', () => {
    expect(shortCommit('abcdef0123456789', 0)).toBe('abcdef0');
    expect(shortCommit(null, 1)).toBe('#2');
    expect(metricSeries(history, 'display')).toEqual([
      { label: 'abcdef0', title: 'abcdef0123456789 at 2026-11-20T09:00:00.000Z: 3.100 GiB/s', value: 3.1 },
      { label: '#2', title: '#2 at 2026-11-20T09:00:00.000Z: n/a', value: null }
    ]);
    expect(metricSeries(history, 'comp3').map((p) => p.value)).toEqual([500, 500]);
  });

  it('gives every benchmark id, sorted, a value per promotion with null where absent', () => {
    expect([...benchmarkSeries(history)]).toEqual([
      ['a', [1, 3]],
      ['b', [2, null]],
      ['c', [null, 4]]
    ]);
    expect(benchmarkSeries([]).size).toBe(0);
  });

  it('converts a floor to the unit its metric is kept in', () => {
    expect(floorInUnit('display', 2 * GIB)).toBe(2);
    expect(floorInUnit('comp3', 40 * MIB)).toBe(40);
  });
});
