import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/analyze.js';
import { buildConfig } from '../../src/config/config.js';
import { renderOneLiner, renderSummary } from '../../src/render/summary.js';
import { CONTEXT } from '../helpers/context.js';
import { atRate, measurement } from '../helpers/measurements.js';

describe('renderOneLiner', () => {
  it('formats both metrics and the status icon', () => {
    expect(renderOneLiner(4.22, 571, 'pass')).toBe('DISPLAY: 4.22 GiB/s, COMP-3: 571.0 MiB/s ✅');
    expect(renderOneLiner(0.07, 38.5, 'warn')).toBe('DISPLAY: 0.07 GiB/s, COMP-3: 38.5 MiB/s ⚠️');
    expect(renderOneLiner(null, 1, 'fail')).toBe('DISPLAY: n/a, COMP-3: 1.0 MiB/s ❌');
  });
});

describe('renderSummary', () => {
  const hostile = 'decode_display_heavy/<img src=x onerror=alert(1)>|@octocat #12 `x`';
  const { report } = analyze(
    buildConfig({ inputs: { 'comp3-floor': '10 GiB/s' } }),
    {
      measurements: [
        atRate(hostile, 4e9),
        atRate('decode_comp3_heavy/a', 6e8),
        measurement('parse/x', { bytes: null })
      ],
      problems: []
    },
    CONTEXT
  );
  const md = renderSummary(report);

  it('has the headline, the metric table and the findings', () => {
    expect(md.startsWith(`## copybook-bench: ${report.summary}\n`)).toBe(true);
    expect(md).toMatch(/\| DISPLAY \| 3\.73 GiB\/s \| 4000\.00 MB\/s \| 80 MB\/s \| 50\.0x \| ✅ pass \|/);
    expect(md).toMatch(/\| COMP-3 \| 572\.2 MiB\/s \| 600\.00 MB\/s \| 10 GiB\/s \| 0\.1x \| ❌ fail \|/);
    expect(md).toContain(
      '### Errors\n\n- ❌ COMP-3 throughput 600.00 MB/s is below the floor of 10737.42 MB/s'
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
