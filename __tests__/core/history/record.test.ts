// A history record from a promoted report, and reading one back: literal reports and texts.

import { describe, expect, it } from '@jest/globals';
import { historyRecord, parseHistoryRecord, slotOfRecord } from '../../../src/core/history/record.js';
import { bench, report } from '../../helpers/baseline-reports.js';
import { historyRecordOf, sha } from '../../helpers/history-records.js';

const FACTS = {
  slot: { name: 'copybook-bench', testbed: 'ubuntu-latest', os: 'Linux' },
  arch: 'X64',
  commit: sha('a', 1),
  ref: 'refs/heads/main',
  runId: '4242',
  timestamp: '2026-12-07T11:41:31.000Z',
  release: 'v1.2.0'
};

describe('historyRecord', () => {
  it('keeps each benchmark once with its time and byte throughput intervals, and the floors in display units', () => {
    const built = report([
      bench('decode_display_heavy/a', { bps: [1e9, 2e9, 4e9] }),
      bench('decode_display_heavy/a', { bps: [5e9, 6e9, 7e9] }),
      bench('parse_copybook/simple', { ns: [900, 910, 920] }),
      bench('parse_copybook/broken', { ns: [Number.NaN, 1, 2] })
    ]);
    const record = historyRecord(built, FACTS);
    expect(record).toEqual({
      schema_version: '1.0',
      name: 'copybook-bench',
      testbed: 'ubuntu-latest',
      os: 'Linux',
      arch: 'X64',
      commit: sha('a', 1),
      ref: 'refs/heads/main',
      run_id: '4242',
      timestamp: '2026-12-07T11:41:31.000Z',
      release: 'v1.2.0',
      machine: built._metadata.machine,
      metrics: {
        display_gibs: 3.725,
        comp3_mibs: 572.2,
        display_floor_gibs: 0.07450580596923828,
        comp3_floor_mibs: 38.14697265625
      },
      benchmarks: [
        {
          id: 'decode_display_heavy/a',
          group: 'decode_display_heavy',
          // 1000 bytes an iteration: the fastest rate is the shortest time.
          time_ns: [250, 500, 1000],
          throughput: [1e9, 2e9, 4e9]
        },
        { id: 'parse_copybook/simple', group: 'parse_copybook', time_ns: [900, 910, 920], throughput: null }
      ]
    });
    expect(parseHistoryRecord(JSON.stringify(record), 'r.json')).toEqual({ ok: true, record });
  });

  it("carries the report's machine fingerprint", () => {
    const machine = {
      cpu_model: 'AMD EPYC 7763',
      cpu_cores: 4,
      rustc: '1.91.0',
      target: 'x86_64-unknown-linux-gnu',
      rustflags: ''
    };
    const base = report([bench('parse_copybook/simple', { ns: [1, 2, 3] })]);
    const withMachine = { ...base, _metadata: { ...base._metadata, machine } };
    expect(historyRecord(withMachine, FACTS).machine).toEqual(machine);
  });
});

describe('parseHistoryRecord', () => {
  const good = historyRecordOf(sha('b', 2), '2026-12-01T10:00:00Z');

  it('reads a record, with or without a byte order mark', () => {
    expect(parseHistoryRecord(`\uFEFF${JSON.stringify(good)}`, 'x.json')).toEqual({ ok: true, record: good });
  });

  it('names the file and the problem for what is not a record', () => {
    expect(parseHistoryRecord('{', 'data/a/b/c/x.json')).toEqual({
      ok: false,
      reason: expect.stringMatching(/^data\/a\/b\/c\/x\.json is not valid JSON \(/)
    });
    const cases: unknown[] = [
      { ...good, commit: 'not-hex' },
      { ...good, extra: 1 },
      { ...good, benchmarks: [{ id: 'x', group: 'x', time_ns: [1, 2], throughput: null }] },
      { ...good, benchmarks: [{ id: 'x', group: 'x', time_ns: [-1, 2, 3], throughput: null }] },
      { ...good, timestamp: 'yesterday' },
      JSON.parse(`{"__proto__": {"polluted": true}, "schema_version": "1.0"}`),
      [good],
      null
    ];
    for (const data of cases) {
      const parsed = parseHistoryRecord(JSON.stringify(data), 'x.json');
      expect(parsed).toEqual({
        ok: false,
        reason: expect.stringContaining('x.json does not match schema/history-record.schema.json: ')
      });
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('gives the slot a record belongs to', () => {
    expect(
      slotOfRecord(historyRecordOf(sha('c'), '2026-12-01T10:00:00Z', { testbed: 'arm', os: 'macOS' }))
    ).toEqual({
      name: 'copybook-bench',
      testbed: 'arm',
      os: 'macOS'
    });
  });
});
