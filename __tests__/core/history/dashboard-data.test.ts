// The dashboard's columns from literal records: slots apart, commits oldest first, one column per
// commit, gaps as null, and a script no id can break out of.

import { describe, expect, it } from '@jest/globals';
import {
  type DashboardData,
  dashboardData,
  dashboardScript,
  packValues
} from '../../../src/core/history/dashboard-data.js';
import { CLIENT_FORMAT } from '../../../src/render/dashboard/client/format.js';
import { historyRecordOf, sha } from '../../helpers/history-records.js';

/** The page's own unpacking of a series, run as the browser runs it. */
const unpack = new Function(`${CLIENT_FORMAT}\nreturn unpackValues;`)() as (
  packed: string
) => (number | null)[];

const META = { generatedAt: '2026-12-07T12:00:00.000Z', repositoryUrl: 'https://github.com/o/r' };

describe('dashboardData', () => {
  it('puts each slot in columns, oldest commit first, one record per commit (the newest)', () => {
    const early = historyRecordOf(sha('a', 1), '2026-12-01T10:00:00Z');
    const late = historyRecordOf(
      sha('a', 2),
      '2026-12-02T10:00:00Z',
      {},
      {
        metrics: { display_gibs: 5, comp3_mibs: null, display_floor_gibs: 0.0745, comp3_floor_mibs: 38.15 },
        benchmarks: [{ id: 'only/new', group: 'only', time_ns: [1, 2, 3], throughput: null }]
      }
    );
    const rerun = historyRecordOf(sha('a', 1), '2026-12-03T10:00:00Z', {}, { run_id: '4243' });
    const arm = historyRecordOf(sha('a', 1), '2026-12-01T10:00:00Z', { testbed: 'arm' });
    const data = dashboardData([late, rerun, arm, early], META);
    expect(data.slots.map((s) => [s.testbed, s.commits.map((c) => [c.sha, c.run_id])])).toEqual([
      ['arm', [[sha('a', 1), '4242']]],
      [
        'default',
        [
          [sha('a', 2), '4242'],
          [sha('a', 1), '4243']
        ]
      ]
    ]);
    const slot = data.slots[1];
    expect(slot?.display_gibs).toEqual([5, 4]);
    expect(slot?.comp3_mibs).toEqual([null, 512]);
    expect(slot?.benchmarks).toEqual([
      {
        id: 'decode_display_heavy/single_threaded/1000',
        group: 'decode_display_heavy',
        quantity: 'throughput',
        values: [null, 4.29e9]
      },
      { id: 'only/new', group: 'only', quantity: 'time', values: [2, null] },
      { id: 'parse_copybook/simple', group: 'parse_copybook', quantity: 'time', values: [null, 910] }
    ]);
    expect(data).toMatchObject({
      schema_version: '1.0',
      generated_at: META.generatedAt,
      repository_url: META.repositoryUrl
    });
  });

  it('has no slot without records', () => {
    expect(dashboardData([], { generatedAt: META.generatedAt, repositoryUrl: null })).toEqual({
      schema_version: '1.0',
      generated_at: META.generatedAt,
      repository_url: null,
      slots: []
    });
  });

  it('keeps `__proto__` and the like as plain ids and slot names', () => {
    const record = historyRecordOf(
      sha('b'),
      '2026-12-01T10:00:00Z',
      { name: '__proto__', testbed: 'constructor' },
      {
        benchmarks: [{ id: '__proto__', group: '__proto__', time_ns: [1, 2, 3], throughput: null }]
      }
    );
    const [slot] = dashboardData([record], META).slots;
    expect(slot?.name).toBe('__proto__');
    expect(slot?.benchmarks.map((b) => b.id)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).values).toBeUndefined();
  });
});

describe('dashboardScript', () => {
  it('is one assignment whose JSON no id can end a script element or a line of', () => {
    const record = historyRecordOf(
      sha('c'),
      '2026-12-01T10:00:00Z',
      {},
      {
        benchmarks: [
          {
            id: '</script><script>alert(1)</script>\u2028\u2029',
            group: 'x',
            time_ns: [1, 2, 3],
            throughput: null
          }
        ]
      }
    );
    const data = dashboardData([record], META);
    const script = dashboardScript(data);
    expect(script.startsWith('window.COPYBOOK_BENCH_DATA = ')).toBe(true);
    expect(script.endsWith(';\n')).toBe(true);
    expect(script).not.toMatch(/<\/?script/i);
    expect(script).not.toMatch(/[<\u2028\u2029]/);
    const json = script.slice('window.COPYBOOK_BENCH_DATA = '.length, -2);
    const back = JSON.parse(json) as { slots: { benchmarks: { f32: string }[] }[] };
    const slots = back.slots.map((slot, i) => ({
      ...slot,
      benchmarks: slot.benchmarks.map(({ f32, ...series }) => ({ ...series, values: unpack(f32) }))
    }));
    expect({ ...back, slots }).toEqual(data);
  });
});

// data.js's numbers at display precision, nothing that can end a script element.

const DATA: DashboardData = {
  schema_version: '1.0',
  generated_at: '2025-06-01T12:00:00Z',
  repository_url: null,
  slots: [
    {
      name: 'n',
      testbed: '</script><img src=x onerror=alert(1)>',
      os: 'Linux',
      commits: [
        { sha: 'abc1234', timestamp: '2025-06-01T12:00:00Z', release: '\u2028v1', run_id: '12345678901' }
      ],
      display_gibs: [1.4234567891234],
      comp3_mibs: [null],
      display_floor_gibs: [0.07450580596923828],
      comp3_floor_mibs: [38.14697265625],
      benchmarks: [{ id: 'a/b', group: 'a', quantity: 'throughput', values: [1234567890.1234567] }]
    }
  ]
};

const parse = (script: string): DashboardData =>
  JSON.parse(script.replace(/^window\.COPYBOOK_BENCH_DATA = /, '').replace(/;\n$/, '')) as DashboardData;

describe('dashboardScript', () => {
  it('keeps six significant digits of every number and leaves strings alone', () => {
    const script = dashboardScript(DATA);
    expect(script.startsWith('window.COPYBOOK_BENCH_DATA = {')).toBe(true);
    const back = parse(script);
    const slot = back.slots[0];
    expect(slot?.display_gibs).toEqual([1.42346]);
    expect(slot?.comp3_mibs).toEqual([null]);
    expect(slot?.display_floor_gibs).toEqual([0.0745058]);
    expect(slot?.comp3_floor_mibs).toEqual([38.147]);
    // float32 keeps seven significant digits of a series' values.
    const packed = slot?.benchmarks[0] as unknown as { f32: string; values?: unknown };
    expect(packed.values).toBeUndefined();
    expect(unpack(packed.f32)).toEqual([1234567936]);
    expect(slot?.commits[0]).toEqual(DATA.slots[0]?.commits[0]);
    expect(slot?.testbed).toBe(DATA.slots[0]?.testbed);
  });

  it('packs a series as float32, a commit without a value as none, read back by the page', () => {
    const values = [1, null, 4.29e9, 0, 232.8];
    const packed = packValues(values);
    expect(packed).toBe(
      Buffer.from(new Float32Array([1, Number.NaN, 4.29e9, 0, 232.8]).buffer).toString('base64')
    );
    expect(unpack(packed)).toEqual([1, null, Math.fround(4.29e9), 0, Math.fround(232.8)]);
    expect(unpack('not base64!')).toEqual([]);
    expect(unpack(42 as unknown as string)).toEqual([]);
  });

  it('cannot end a script element or a string', () => {
    const script = dashboardScript(DATA);
    expect(script).not.toContain('<');
    expect(script).not.toMatch(/[\u2028\u2029]/);
  });
});
