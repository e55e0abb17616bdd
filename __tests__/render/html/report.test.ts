import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../../src/core/analyze.js';
import { buildConfig } from '../../../src/core/config/config.js';
import { escapeHtml } from '../../../src/render/html/escape.js';
import { renderReportHtml } from '../../../src/render/html/report.js';
import { NO_SAMPLES } from '../../../src/render/summary.js';
import { measurement, printed } from '../../helpers/measurements.js';
import { RUN_FACTS } from '../../helpers/run-facts.js';
import { ALLOWED_TAGS, tagsIn, urlsIn } from './markup.js';
import { BASELINE, COMPARISON, HOSTILE, HOSTILE_ID, REPORT } from './sample.js';

const ESCAPED_HOSTILE = '&lt;img src=x onerror=alert(1)&gt;';
const rowsOf = (page: string) => page.match(/<tr class="benchmark" data-id="[^"]*">/g) ?? [];

describe('renderReportHtml', () => {
  const page = renderReportHtml(REPORT, {
    comparison: COMPARISON,
    baseline: BASELINE,
    header: { project: 'acme/copybook-rs', runUrl: 'https://github.com/acme/copybook-rs/actions/runs/9001' }
  });

  it('is one self-contained document: only allowed elements, no script, no URL but the run link', () => {
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true);
    expect([...tagsIn(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(urlsIn(page)).toEqual(['https://github.com/acme/copybook-rs/actions/runs/9001']);
    expect(page).toContain(
      'content="default-src &#39;none&#39;; style-src &#39;unsafe-inline&#39;; img-src data:;'
    );
  });

  it('shows the headline metrics with floors, safety factors, status and compliance', () => {
    expect(page).toContain('<div class="value">4.000 GiB/s</div>');
    expect(page).toContain('<div class="value">512.0 MiB/s</div>');
    expect(page).toContain('Floor 80 MB/s (0.07451 GiB/s)');
    expect(page).toContain('Floor 420 MiB/s (440 MB/s)');
    expect(page).toContain(
      `<strong class="safety">${REPORT.metrics.display.safety_factor?.toFixed(2)}×</strong>`
    );
    expect(page).toContain('data-status="warn"');
    expect(page).toContain('data-compliance="RequiresAttention"');
    expect(page).toContain('the smaller safety factor is below 5');
  });

  it('has one row per benchmark in report order, and one chart mark per benchmark with byte throughput', () => {
    expect(rowsOf(page)).toHaveLength(REPORT.benchmarks.length);
    const charted = REPORT.benchmarks.filter((b) => b.bytes_per_second !== null);
    expect(page.match(/<g class="mark /g)).toHaveLength(charted.length);
    expect(page).toContain('Not charted (no byte throughput): <code>parse_copybook/simple_copybook</code>');
    expect(page.match(/<g class="floor /g)).toHaveLength(2);
  });

  it('renders the hostile id only as escaped text, everywhere', () => {
    expect(page).not.toContain('<img');
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain(`<td class="id">decode_display_heavy/${ESCAPED_HOSTILE}</td>`);
    expect(page).toContain(`data-id="decode_display_heavy/${ESCAPED_HOSTILE}"`);
  });

  it('adds the baseline, change with interval and verdict to each row, and lists benchmarks that vanished', () => {
    const row = (id: string) =>
      page.slice(page.indexOf(`<tr class="benchmark" data-id="${id}">`)).split('</tr>')[0] ?? '';
    const improved = row('decode_display_heavy/single_threaded/1000');
    expect(improved).toContain('<td class="num">3.60 GiB/s</td>');
    expect(improved).toContain('+11.1%<br><small>[+9.0% … +13.3%]</small>');
    expect(improved).toContain('⬆️ improved');
    expect(improved).toContain('noise threshold 3.4% (from the history)');
    expect(row('decode_comp3_heavy/streaming_processor/1000')).toContain('⬇️ regressed');
    expect(row('parse_copybook/simple_copybook')).toContain('+1.4% (time)');
    expect(row(HOSTILE_ID.replace(HOSTILE, ESCAPED_HOSTILE))).toContain('🆕 new');
    // A benchmark of the run that the comparison does not mention gets empty comparison cells.
    expect(row('decode_binary_heavy/single_threaded/1000')).toContain(
      '<td class="num">—</td><td class="num">—</td><td>—</td>'
    );
    expect(page).toContain('<tr class="gone" data-missing-id="decode_gone/old/1">');
    expect(page).toContain('Linux X64 (ubuntu-latest)');
    expect(page).toContain('beyond ±5% and its whole 95% interval lies beyond its noise threshold (2%');
  });

  it('writes elements as criterion does, and says why the CV of printed output is n/a', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: {
        measurements: [
          printed('decode_display_heavy/a', { bytesPerSecond: 4 * 1024 ** 3 }),
          printed('decode_comp3_heavy/a', { bytesPerSecond: 6e8 }),
          printed('count/records', { elementsPerSecond: 5.9812e6 })
        ],
        problems: []
      },
      facts: RUN_FACTS
    });
    const text = renderReportHtml(report);
    expect(text).toContain('5.98 Melem/s<br><small>[5.92 Melem/s – 6.04 Melem/s]</small>');
    expect(text.match(/<abbr class="no-samples" title="([^"]*)">n\/a<\/abbr>/g)).toHaveLength(3);
    expect(text).toContain(`title="${escapeHtml(NO_SAMPLES)}"`);
    expect(text).toContain(`<p class="note" data-note="no-samples">CV n/a: ${escapeHtml(NO_SAMPLES)}.</p>`);
    // Criterion's own files carry samples: no note.
    expect(page).not.toContain('data-note="no-samples"');
  });

  it('says against which commit and how a paired comparison was measured, the ref escaped', () => {
    const paired = renderReportHtml(REPORT, {
      comparison: {
        ...COMPARISON,
        paired: {
          mode: 'paired',
          ref: `main${HOSTILE}`,
          commit: 'b'.repeat(40),
          rounds: 5,
          order: ['base', 'head', 'base', 'head', 'base'],
          together: true,
          measurement_seconds: 1,
          extra_seconds: 95.4
        }
      },
      baseline: BASELINE,
      header: { project: 'acme/copybook-rs', runUrl: null }
    });
    expect(paired).toContain(`<code>${'b'.repeat(40)}</code> (main${ESCAPED_HOSTILE})`);
    expect(paired).toContain(
      '5 interleaved on this runner (first: base, head, base, head, base; base and head side by side, a core each), 1 s per benchmark and side, +95 s of benchmarking'
    );
    expect(paired).toContain('each by its fastest sample');
    expect(paired).not.toContain(HOSTILE);
  });

  it('says which commit a pull request was compared with, and that the machine differs, escaped', () => {
    const base = 'b'.repeat(40);
    const onPr = renderReportHtml(REPORT, {
      comparison: {
        ...COMPARISON,
        baseline: {
          ...COMPARISON.baseline,
          commit: base,
          source: 'history-branch',
          base_commit: base,
          commits_behind: 0
        },
        machine_differences: [{ field: 'cpu_model', baseline: `EPYC${HOSTILE}`, current: 'Xeon' }]
      },
      baseline: BASELINE
    });
    expect(onPr).toContain(
      '<dt>Pull request base</dt><dd>Compared with bbbbbbb, this pull request&#39;s base.</dd>'
    );
    expect(onPr).toContain(
      `<dt>Machine</dt><dd><span class="status-warn">⚠️ The baseline was measured on another machine (CPU model: &quot;EPYC${ESCAPED_HOSTILE}&quot; → &quot;Xeon&quot;)`
    );
    expect(onPr).not.toContain(HOSTILE);
    expect(page).not.toContain('Pull request base');
    expect(page).not.toContain('<dt>Machine</dt>');
  });

  it('without a baseline says so and leaves the comparison columns out', () => {
    const plain = renderReportHtml(REPORT);
    expect(plain).toContain('No baseline yet');
    expect(plain).not.toContain('<th>Verdict</th>');
    expect(plain).not.toContain('class="gone"');
    expect(rowsOf(plain)).toHaveLength(REPORT.benchmarks.length);
    expect(urlsIn(plain)).toEqual([]);
  });

  it('never links a run URL that is not http(s), and escapes the project name', () => {
    const hostile = renderReportHtml(REPORT, {
      header: { project: '<b>proj</b>', runUrl: 'javascript:alert(1)' }
    });
    expect(urlsIn(hostile)).toEqual([]);
    expect(hostile).toContain('&lt;b&gt;proj&lt;/b&gt;');
    expect(hostile).toContain('workflow run');
  });

  it('escapes findings and settings, and says when nothing can be charted', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: { 'display-benchmarks': 'parse/**', 'bench-args': '--x=<script>' } }),
      results: { measurements: [measurement('parse/<script>', { bytes: null })], problems: [] },
      facts: RUN_FACTS
    });
    const page = renderReportHtml(report);
    expect(page).not.toContain('<script');
    expect(page).toContain('parse/&lt;script&gt;');
    expect(page).toContain('<code>--x=&lt;script&gt;</code>');
    expect(page).toContain('No benchmark has a byte throughput, so there is nothing to chart.');
    expect(page).toContain('data-status="fail"');
    expect(page).toContain('<div class="value">n/a</div>');
  });
});
