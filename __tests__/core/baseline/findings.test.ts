import { describe, expect, it } from '@jest/globals';
import { compareToBaseline } from '../../../src/core/baseline/compare.js';
import { comparisonFindings } from '../../../src/core/baseline/findings.js';
import { baselineFile, bench, historyOf, report } from '../../helpers/baseline-reports.js';

const OPTS = { regressionThreshold: 0.05, noiseThreshold: 0.02 };
const COMP3 = 'decode_comp3_heavy/single_threaded/1000';
const PARSE = 'parse_copybook/simple_copybook';
const JITTERY = 'decode_display_heavy/streaming_processor/1000';

const comparison = compareToBaseline(
  report([
    // −12.3%, interval −14.0% … −10.6% (to one decimal).
    bench(COMP3, { bps: [86e6, 87.7e6, 89.4e6] }),
    bench(PARSE, { ns: [1095, 1100, 1105] }),
    bench(JITTERY, { bps: [74.5e6, 75e6, 75.5e6] }),
    bench('decode_display_heavy/single_threaded/1000', { bps: [109e6, 110e6, 111e6] }),
    bench('steady', { bps: [99e6, 100e6, 101e6] })
  ]),
  baselineFile(
    [
      bench(COMP3, { bps: [100e6, 100e6, 100e6] }),
      bench(PARSE, { ns: [990, 1000, 1010] }),
      bench(JITTERY, { bps: [99.5e6, 100e6, 100.5e6] }),
      bench('decode_display_heavy/single_threaded/1000', { bps: [99e6, 100e6, 101e6] }),
      bench('steady', { bps: [99e6, 100e6, 101e6] })
    ],
    historyOf(JITTERY, [100e6, 90e6, 110e6, 95e6, 105e6])
  ),
  OPTS
);

describe('comparisonFindings', () => {
  it('reports each regression with its change, interval and thresholds, worst first', () => {
    expect(comparisonFindings(comparison, false)).toEqual([
      {
        level: 'warning',
        kind: 'regression',
        message: `${JITTERY} regressed by 25.0% (95% interval −25.9% … −24.1%; threshold 5%, noise 15.8% from the baseline history)`
      },
      {
        level: 'warning',
        kind: 'regression',
        message: `${COMP3} regressed by 12.3% (95% interval −14.0% … −10.6%; threshold 5%, noise 2%)`
      },
      {
        level: 'warning',
        kind: 'regression',
        message: `${PARSE} regressed: time per iteration +10.0% (95% interval +8.4% … +11.6%; threshold 5%, noise 2%)`
      }
    ]);
  });

  it('makes them errors when regressions fail the step', () => {
    const findings = comparisonFindings(comparison, true);
    expect(findings.map((f) => [f.level, f.kind])).toEqual([
      ['error', 'regression'],
      ['error', 'regression'],
      ['error', 'regression']
    ]);
  });

  it('has nothing to say about improvements or unchanged benchmarks', () => {
    const calm = compareToBaseline(
      report([bench('steady', { bps: [99e6, 100e6, 101e6] })]),
      baselineFile([bench('steady', { bps: [99e6, 100e6, 101e6] })]),
      OPTS
    );
    expect(comparisonFindings(calm, true)).toEqual([]);
  });
});
