import { describe, expect, it } from '@jest/globals';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import auditSchema from '../../../schema/audit.schema.json' with { type: 'json' };
import baselineSchema from '../../../schema/baseline.schema.json' with { type: 'json' };
import perfReportSchema from '../../../schema/perf-report.schema.json' with { type: 'json' };
import { analyze } from '../../../src/core/analyze.js';
import { buildConfig } from '../../../src/core/config/config.js';
import type { PerfReport } from '../../../src/core/model.js';
import { perfReportProblems, withQuantities } from '../../../src/core/report/schema.js';
import { atRate } from '../../helpers/measurements.js';
import { RUN_FACTS } from '../../helpers/run-facts.js';

const report = analyze({
  config: buildConfig({ inputs: {} }),
  results: {
    measurements: [atRate('decode_display_heavy/a', 4e9), atRate('decode_comp3_heavy/a', 6e8)],
    problems: []
  },
  facts: RUN_FACTS
}).report;

describe('perf.json schema', () => {
  it('accepts a report the pipeline builds', () => {
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('rejects missing fields, wrong enums, extra fields and bad timestamps, naming the path', () => {
    const { status: _status, ...noStatus } = report;
    expect(perfReportProblems(noStatus)).toEqual(["(root) must have required property 'status'"]);
    expect(perfReportProblems({ ...report, status: 'ok' })[0]).toContain(
      '/status must be equal to one of the allowed values'
    );
    expect(perfReportProblems({ ...report, extra: 1 })[0]).toContain('must NOT have additional properties');
    const badTime = { ...report, _metadata: { ...report._metadata, timestamp: 'yesterday' } };
    expect(perfReportProblems(badTime).join(' ')).toContain('/_metadata/timestamp');
    expect(perfReportProblems({ ...report, display_gibs: -1 })[0]).toContain('/display_gibs must be >= 0');
  });

  it('every schema file is a valid 2020-12 schema (checked here, so runs skip the meta-schema)', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats.default(ajv);
    const problems = (schema: object) => (ajv.validateSchema(schema) ? [] : ajv.errors);
    for (const schema of [perfReportSchema, auditSchema, baselineSchema])
      expect(problems(schema)).toEqual([]);
    // The check can fail: a keyword with a value of the wrong type.
    expect(problems({ ...baselineSchema, minProperties: 'two' })).not.toEqual([]);
  });
});

describe('comparison entries: quantity, and metric, its former name', () => {
  const entry = {
    id: 'parse_copybook/a',
    baseline: 900,
    current: 1000,
    change_pct: 11.1111,
    lower_pct: 5,
    upper_pct: 17,
    verdict: 'regressed' as const,
    noise_threshold_pct: 2,
    threshold_source: 'fixed' as const
  };
  const withChanges = (changes: object[]) => ({
    ...report,
    comparison: {
      baseline: { commit: null, promoted_at: '2026-11-25T12:00:00.000Z', ref: null },
      thresholds: { regression_pct: 5, noise_pct: 2 },
      regressions: 1,
      improvements: 0,
      changes
    }
  });

  it('accepts an entry with both, and one written before quantity existed, with metric only', () => {
    expect(perfReportProblems(withChanges([{ ...entry, quantity: 'time', metric: 'time' }]))).toEqual([]);
    expect(perfReportProblems(withChanges([{ ...entry, metric: 'time' }]))).toEqual([]);
    expect(perfReportProblems(withChanges([{ ...entry, quantity: 'time' }]))).toContain(
      "/comparison/changes/0 must have required property 'metric'"
    );
  });

  it('reads an earlier entry’s quantity from its metric, and leaves a current one as it is', () => {
    const earlier = withQuantities(withChanges([{ ...entry, metric: 'time' }]) as PerfReport);
    expect(earlier.comparison?.changes[0]).toEqual({ ...entry, quantity: 'time', metric: 'time' });
    const current = withChanges([{ ...entry, quantity: 'throughput', metric: 'throughput' }]) as PerfReport;
    expect(withQuantities(current).comparison).toEqual(current.comparison);
    expect(withQuantities(report)).toBe(report);
  });
});
