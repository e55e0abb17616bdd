import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import { capJobSummary, JOB_SUMMARY_LIMIT } from '../../src/render/job-summary.js';
import { renderSummary } from '../../src/render/summary.js';
import { atRate } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const FULL = '`report/summary.md`';
const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

/** A summary with `n` benchmark rows of long ids (about 150 bytes each) and the findings the floor makes. */
function summaryOf(n: number, inputs: Record<string, string> = {}, extra = ''): string {
  const measurements = Array.from({ length: n }, (_, i) =>
    atRate(`decode_display_heavy/streaming_processor/récord_layout_${'x'.repeat(60)}/${i}`, 4e9 + i)
  );
  measurements.push(atRate('decode_comp3_heavy/a', 6e8));
  const { report } = analyze({
    config: buildConfig({ inputs }),
    results: { measurements, problems: [] },
    facts: RUN_FACTS
  });
  return renderSummary(report, extra);
}

describe('capJobSummary', () => {
  it('leaves a summary under the limit as it is', () => {
    const markdown = summaryOf(10);
    expect(capJobSummary(markdown, { fullSummary: FULL })).toEqual({ markdown, shortened: false });
  });

  it('keeps 10,000 rows under 1 MiB by showing the first rows of each table, and says so', () => {
    const markdown = summaryOf(10_000);
    expect(bytes(markdown)).toBeGreaterThan(JOB_SUMMARY_LIMIT);
    const capped = capJobSummary(markdown, { fullSummary: FULL });
    expect(capped.shortened).toBe(true);
    expect(bytes(capped.markdown)).toBeLessThan(JOB_SUMMARY_LIMIT);
    // As many rows as fit: the remainder is less than two rows' worth.
    expect(bytes(capped.markdown)).toBeGreaterThan(JOB_SUMMARY_LIMIT - 2 * 160);
    const lines = capped.markdown.split('\n');
    const rows = lines.filter((l) => l.startsWith('| `decode_display_heavy/'));
    expect(rows.length).toBeGreaterThan(5000);
    expect(rows.length).toBeLessThan(10_000);
    // Cut after a whole row: every row is one the full summary has.
    const all = new Set(markdown.split('\n'));
    expect(rows.every((row) => all.has(row))).toBe(true);
    expect(lines[0]).toBe(markdown.split('\n')[0]);
    expect(lines.slice(1, 3)).toEqual(['', `> [!NOTE]`]);
    expect(lines[3]).toBe(
      `> The full summary has ${bytes(markdown).toLocaleString('en-US')} bytes, more than GitHub shows for one step (1,048,576), so each table and list shows only its first ${rows.length.toLocaleString('en-US')} entries. The full summary is ${FULL}.`
    );
    // The left-out rows are counted where they were cut, after a blank line that ends the table.
    const last = lines.indexOf(rows[rows.length - 1] as string);
    expect(lines.slice(last + 1, last + 3)).toEqual([
      '',
      `_… and ${(10_001 - rows.length).toLocaleString('en-US')} more rows, in the full summary._`
    ]);
    expect(capped.markdown.endsWith('\n')).toBe(true);
  });

  it('shortens every table, so the one after a long table keeps its first rows', () => {
    const comparison = [
      '### 📊 Compared with the baseline',
      '',
      '| Benchmark | Change |',
      '| --- | ---: |',
      ...Array.from({ length: 300 }, (_, i) => `| \`regressed/${i}\` | −${300 - i}.0% |`)
    ].join('\n');
    const markdown = summaryOf(400, {}, comparison);
    const capped = capJobSummary(markdown, { fullSummary: FULL, limit: 20_000 });
    expect(bytes(capped.markdown)).toBeLessThan(20_000);
    expect(capped.markdown).toContain('### 📊 Compared with the baseline');
    // Worst first: the biggest regressions stay.
    expect(capped.markdown).toContain('| `regressed/0` | −300.0% |');
    expect(capped.markdown).not.toContain('| `regressed/299` |');
    expect(capped.markdown).toMatch(/_… and \d+ more rows, in the full summary\._\n*$/);
  });

  it('cuts list items like table rows', () => {
    const findings = Array.from({ length: 300 }, (_, i) => `- ⚠️ warning number ${i} ${'w'.repeat(40)}`);
    const markdown = ['## title', '', '### Warnings', '', ...findings, ''].join('\n');
    const capped = capJobSummary(markdown, { fullSummary: FULL, limit: 4000 });
    expect(bytes(capped.markdown)).toBeLessThan(4000);
    expect(capped.markdown).toContain('- ⚠️ warning number 0 ');
    expect(capped.markdown).toMatch(/_… and \d+ more items, in the full summary\._/);
  });

  it('when not even the headers fit, stops after a whole line outside any code block', () => {
    const markdown = [
      '## title',
      '',
      'intro line',
      '',
      '```mermaid',
      ...Array.from({ length: 200 }, (_, i) => `  line ${i} ${'m'.repeat(50)}`),
      '```',
      '',
      'after'
    ].join('\n');
    const capped = capJobSummary(markdown, { fullSummary: FULL, limit: 1200 });
    expect(bytes(capped.markdown)).toBeLessThan(1200);
    expect(capped.markdown).toContain('intro line');
    expect(capped.markdown).not.toContain('```');
    expect(capped.markdown).toContain(
      'so it stops after line 3 of 208. The full summary is `report/summary.md`.'
    );
  });
});
