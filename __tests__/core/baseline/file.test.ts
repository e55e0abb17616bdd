import { describe, expect, it } from '@jest/globals';
import {
  type BaselineMeta,
  baselineMismatch,
  buildBaselineFile,
  historyEntry,
  parseBaselineText,
  validateBaselineFile
} from '../../../src/core/baseline/file.js';
import type { BaselineFile } from '../../../src/core/model.js';
import { bench, report } from '../../helpers/baseline-reports.js';

const SHA1 = '1'.repeat(40);
const SHA2 = '2'.repeat(40);

const RUN = report(
  [
    bench('decode_display_heavy/single_threaded/1000', { bps: [4.2e9, 4.3e9, 4.4e9] }),
    bench('parse_copybook/simple', { ns: [1490, 1500, 1510] })
  ],
  { display_gibs: 4.0, comp3_mibs: 571.0 }
);

const meta = (overrides: Partial<BaselineMeta> = {}): BaselineMeta => ({
  name: 'copybook-bench',
  commit: SHA1,
  ref: 'refs/heads/main',
  runId: '1001',
  promotedAt: '2026-11-26T12:00:00.000Z',
  runner: { os: 'Linux', arch: 'X64', testbed: 'ubuntu-latest' },
  historySize: 30,
  ...overrides
});

describe('historyEntry', () => {
  it('keeps the metrics and each benchmark’s throughput, or its time without one', () => {
    expect(historyEntry(RUN, SHA1, '2026-11-26T12:00:00.000Z')).toEqual({
      commit: SHA1,
      timestamp: '2026-11-26T12:00:00.000Z',
      display_gibs: 4.0,
      comp3_mibs: 571.0,
      benchmarks: { 'decode_display_heavy/single_threaded/1000': 4.3e9, 'parse_copybook/simple': 1500 }
    });
  });

  it('keeps an id such as __proto__ as an ordinary key, and the first of duplicated ids', () => {
    const odd = report([
      bench('__proto__', { ns: [9, 10, 11] }),
      bench('twice', { ns: [1, 2, 3] }),
      bench('twice', { ns: [7, 8, 9] })
    ]);
    const entry = historyEntry(odd, null, '2026-11-26T12:00:00.000Z');
    expect(Object.keys(entry.benchmarks)).toEqual(['__proto__', 'twice']);
    expect(entry.benchmarks.twice).toBe(2);
    const roundTrip = JSON.parse(JSON.stringify(entry)) as typeof entry;
    expect(Object.entries(roundTrip.benchmarks)).toEqual([
      ['__proto__', 10],
      ['twice', 2]
    ]);
  });
});

describe('buildBaselineFile', () => {
  it('builds the first baseline with a history of one', () => {
    const file = buildBaselineFile(RUN, null, meta());
    expect(file).toEqual({
      schema_version: '1.0',
      name: 'copybook-bench',
      promoted_at: '2026-11-26T12:00:00.000Z',
      commit: SHA1,
      ref: 'refs/heads/main',
      run_id: '1001',
      runner: { os: 'Linux', arch: 'X64', testbed: 'ubuntu-latest' },
      report: RUN,
      history: [historyEntry(RUN, SHA1, '2026-11-26T12:00:00.000Z')]
    });
    expect(validateBaselineFile(file)).toEqual([]);
  });

  it('carries the previous history forward and appends this promotion', () => {
    const first = buildBaselineFile(RUN, null, meta());
    const second = buildBaselineFile(
      RUN,
      first,
      meta({ commit: SHA2, promotedAt: '2026-11-27T12:00:00.000Z' })
    );
    expect(second.history.map((e) => [e.commit, e.timestamp])).toEqual([
      [SHA1, '2026-11-26T12:00:00.000Z'],
      [SHA2, '2026-11-27T12:00:00.000Z']
    ]);
    expect(second.commit).toBe(SHA2);
    expect(validateBaselineFile(second)).toEqual([]);
  });

  it('keeps the newest historySize entries', () => {
    let file: BaselineFile | null = null;
    for (let day = 1; day <= 5; day++) {
      const at = `2026-12-0${day}T00:00:00.000Z`;
      file = buildBaselineFile(
        RUN,
        file,
        meta({ commit: `${day}`.repeat(40), promotedAt: at, historySize: 3 })
      );
    }
    expect(file?.history.map((e) => e.commit?.[0])).toEqual(['3', '4', '5']);
    const one = buildBaselineFile(RUN, file, meta({ historySize: 1 }));
    expect(one.history).toEqual([historyEntry(RUN, SHA1, '2026-11-26T12:00:00.000Z')]);
  });

  it('rejects a history size that is not a whole number >= 1', () => {
    expect(() => buildBaselineFile(RUN, null, meta({ historySize: 0 }))).toThrow(
      'historySize must be a whole number >= 1, got 0'
    );
    expect(() => buildBaselineFile(RUN, null, meta({ historySize: 2.5 }))).toThrow('got 2.5');
  });
});

describe('validateBaselineFile', () => {
  const file = buildBaselineFile(RUN, null, meta());

  it('checks the embedded report against the perf.json schema', () => {
    const badReport = { ...file, report: { ...file.report, status: 'ok' } };
    expect(validateBaselineFile(badReport).join('\n')).toContain(
      '/report/status must be equal to one of the allowed values'
    );
  });

  it('names the field that is wrong', () => {
    const { history: _history, ...noHistory } = file;
    expect(validateBaselineFile(noHistory)).toEqual(["(root) must have required property 'history'"]);
    expect(validateBaselineFile({ ...file, history: [] })).toEqual([
      '/history must NOT have fewer than 1 items'
    ]);
    const badEntry = { ...file, history: [{ ...file.history[0], timestamp: 'yesterday' }] };
    expect(validateBaselineFile(badEntry).join('\n')).toContain('/history/0/timestamp');
    const badValue = { ...file, history: [{ ...file.history[0], benchmarks: { a: -1 } }] };
    expect(validateBaselineFile(badValue)).toEqual(['/history/0/benchmarks/a must be >= 0']);
    expect(validateBaselineFile({ ...file, runner: { os: 'Linux', arch: 'X64' } })).toEqual([
      "/runner must have required property 'testbed'"
    ]);
    expect(validateBaselineFile({ ...file, name: '' })).toEqual([
      '/name must NOT have fewer than 1 characters'
    ]);
  });
});

describe('parseBaselineText', () => {
  const file = buildBaselineFile(RUN, null, meta());
  const SOURCE = 'baseline from cache key copybook-bench-baseline-Linux-ubuntu-latest-1111111';

  it('returns the file when it is valid (with or without a byte order mark)', () => {
    expect(parseBaselineText(JSON.stringify(file), SOURCE)).toEqual({ ok: true, file });
    expect(parseBaselineText(`\uFEFF${JSON.stringify(file)}`, SOURCE)).toEqual({ ok: true, file });
  });

  it('says which source is not JSON', () => {
    const parsed = parseBaselineText('{"schema_version": "1.0",', SOURCE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.reason).toMatch(new RegExp(`^${SOURCE} is not valid JSON \\(.+\\)$`));
  });

  it('lists the schema problems, at most five', () => {
    expect(parseBaselineText(JSON.stringify({ ...file, name: 7 }), SOURCE)).toEqual({
      ok: false,
      reason: `${SOURCE} does not match schema/baseline.schema.json: /name must be string`
    });
    const parsed = parseBaselineText(JSON.stringify({ schema_version: '1.0' }), SOURCE);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.reason).toBe(
        `${SOURCE} does not match schema/baseline.schema.json: (root) must have required property 'name'; ` +
          "(root) must have required property 'promoted_at'; (root) must have required property 'commit'; " +
          "(root) must have required property 'ref'; (root) must have required property 'run_id'; … and 3 more"
      );
    }
    expect(parseBaselineText('[]', SOURCE)).toEqual({
      ok: false,
      reason: `${SOURCE} does not match schema/baseline.schema.json: (root) must be object`
    });
  });

  it('names another schema version rather than every field that changed', () => {
    expect(parseBaselineText(JSON.stringify({ schema_version: '2.0', other: true }), SOURCE)).toEqual({
      ok: false,
      reason: `${SOURCE} has schema_version "2.0"; this version of the action reads "1.0"`
    });
  });
});

describe('baselineMismatch', () => {
  const file = buildBaselineFile(RUN, null, meta());
  const same = { name: 'copybook-bench', testbed: 'ubuntu-latest', os: 'Linux' };

  it('accepts a baseline of the same name, testbed and os', () => {
    expect(baselineMismatch(file, same)).toBeNull();
  });

  it('says what differs, with both values', () => {
    expect(baselineMismatch(file, { ...same, testbed: 'self-hosted-x' })).toBe(
      'it was promoted for a different setting: testbed "ubuntu-latest" (this run: "self-hosted-x")'
    );
    expect(baselineMismatch(file, { name: 'other', testbed: 'ubuntu-latest', os: 'macOS' })).toBe(
      'it was promoted for different settings: name "copybook-bench" (this run: "other"), os "Linux" (this run: "macOS")'
    );
  });

  it('accepts only a baseline promoted on the baseline branch, when the run knows it', () => {
    expect(baselineMismatch(file, { ...same, ref: 'refs/heads/main' })).toBeNull();
    expect(baselineMismatch(file, { ...same, ref: null })).toBeNull();
    expect(baselineMismatch(buildBaselineFile(RUN, null, meta({ ref: 'refs/heads/evil' })), same)).toBeNull();
    expect(
      baselineMismatch(buildBaselineFile(RUN, null, meta({ ref: 'refs/heads/evil' })), {
        ...same,
        ref: 'refs/heads/main'
      })
    ).toBe('it was promoted on "refs/heads/evil", not on refs/heads/main, the baseline branch');
    expect(
      baselineMismatch(buildBaselineFile(RUN, null, meta({ ref: null })), { ...same, ref: 'refs/heads/main' })
    ).toBe(
      "it names no ref (the CLI's `baseline promote` writes none outside a workflow run), so nothing shows it was promoted on refs/heads/main, the baseline branch"
    );
    expect(
      baselineMismatch(buildBaselineFile(RUN, null, meta({ ref: 'refs/tags/main' })), {
        ...same,
        os: 'macOS',
        ref: 'refs/heads/main'
      })
    ).toBe(
      'it was promoted for a different setting: os "Linux" (this run: "macOS"); it was promoted on "refs/tags/main", not on refs/heads/main, the baseline branch'
    );
  });
});
