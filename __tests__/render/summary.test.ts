import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import { NO_SAMPLES, renderSummary } from '../../src/render/summary.js';
import { atRate, measurement, printed } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

describe('renderSummary', () => {
  const hostile = 'decode_display_heavy/<img src=x onerror=alert(1)>|@octocat #12 `x`';
  const { report } = analyze({
    config: buildConfig({ inputs: { 'comp3-floor': '10 GiB/s' } }),
    results: {
      measurements: [
        atRate(hostile, 4e9),
        atRate('decode_comp3_heavy/a', 6e8),
        measurement('parse/x', { bytes: null })
      ],
      problems: []
    },
    facts: RUN_FACTS
  });
  const md = renderSummary(report);

  it('has the headline, the metric table and the findings', () => {
    expect(md.startsWith(`## copybook-bench: ${report.summary}\n`)).toBe(true);
    expect(md.split('\n')[0]).toBe(
      '## copybook-bench: DISPLAY: 3.725 GiB/s, COMP-3: 572.2 MiB/s ❌ COMP-3 below floor'
    );
    expect(md).toContain('| DISPLAY | 3.725 GiB/s | 4000 MB/s | 80 MB/s | 50.0x | ✅ pass |');
    expect(md).toContain('| COMP-3 | 572.2 MiB/s | 600 MB/s | 10 GiB/s | 0.1x | ❌ fail |');
    expect(md).toContain(
      '### Errors\n\n- ❌ COMP-3 throughput 600 MB/s is below the floor of 10737 MB/s (deficit 10137 MB/s)'
    );
    expect(md).toContain('Compliance: **NonCompliant**');
  });

  it('puts ids in code spans that cannot break the table, open HTML or ping anyone', () => {
    const row = md.split('\n').find((line) => line.includes('onerror')) ?? '';
    expect(
      row.startsWith(
        '| `` decode_display_heavy/<img src=x onerror=alert(1)>\\|@octocat #12 `x` `` | DISPLAY |'
      )
    ).toBe(true);
    // Five cells: six unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });
});

describe('benchmark table of printed output', () => {
  const { report } = analyze({
    config: buildConfig({ inputs: {} }),
    results: {
      measurements: [
        printed('decode_display_heavy/a', { bytesPerSecond: 33.99e6 }),
        printed('decode_comp3_heavy/a', { bytesPerSecond: 6e8 }),
        printed('count/records', { elementsPerSecond: 5.9812e6 })
      ],
      problems: []
    },
    facts: RUN_FACTS
  });
  const md = renderSummary(report);

  it('writes elements as criterion does and a slow rate with three significant digits', () => {
    expect(md).toContain('| `count/records` |  | 1.00 µs | 5.98 Melem/s | n/a |');
    expect(md).toContain('| `decode_display_heavy/a` | DISPLAY | 1.00 µs | 32.4 MiB/s | n/a |');
    expect(report.summary.startsWith('DISPLAY: 0.03166 GiB/s, COMP-3: 572.2 MiB/s')).toBe(true);
  });

  it('says under the table why the CV column is n/a', () => {
    expect(md).toContain(`| n/a |\n\nCV n/a: ${NO_SAMPLES}.`);
    expect(NO_SAMPLES).toContain('no samples');
  });
});
