import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { buildBaselineFile } from '../../src/core/baseline/file.js';
import { buildConfig } from '../../src/core/config/config.js';
import type { Measurement } from '../../src/core/criterion/measurement.js';
import { InputError } from '../../src/core/errors.js';
import type { PerfReport } from '../../src/core/model.js';
import {
  COMMENT_LIMIT,
  COMPLIANCE_BADGE,
  type CommentOptions,
  commentMarker,
  dashboardLine,
  PLACEHOLDER_NAMES,
  renderComment,
  renderTestbedsComment
} from '../../src/render/comment.js';
import { NO_SAMPLES } from '../../src/render/summary.js';
import { atRate, measurement, printed } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const OPTIONS: CommentOptions = {
  project: 'copybook-rs',
  name: 'copybook-bench',
  runUrl: 'https://github.com/octo-org/copybook-rs/actions/runs/30433642'
};
const HEALTHY = [
  atRate('decode_display_heavy/single_threaded/1000', 4e9),
  atRate('decode_comp3_heavy/single_threaded/1000', 6e8),
  measurement('parse_copybook/simple', { bytes: null })
];

function reportOf(measurements: Measurement[], inputs: Record<string, string> = {}): PerfReport {
  return analyze({
    config: buildConfig({ inputs }),
    results: { measurements, problems: [] },
    facts: RUN_FACTS
  }).report;
}

const lines = (text: string) => text.split('\n');

describe('renderComment, default layout', () => {
  const report = reportOf(HEALTHY);
  const { body, full, shortened } = renderComment(report, OPTIONS);

  it('matches the snapshot', () => {
    expect(body).toMatchSnapshot();
  });

  it('starts with the headline and the status line, and ends with the marker', () => {
    expect(shortened).toBe(false);
    expect(full).toBe(body);
    expect(lines(body).slice(0, 3)).toEqual([
      '## 🚀 Performance Report - copybook-rs',
      '',
      '**✅ PASSED** | DISPLAY: **3.725 GiB/s** (50.0x safety) | COMP-3: **572.2 MiB/s** (15.0x safety)'
    ]);
    expect(body.endsWith('\n\n<!-- copybook-bench-action:copybook-bench -->\n')).toBe(true);
  });

  it('has the collapsible sections in order, and the footer links the run', () => {
    const order = [
      '<summary><strong>📊 Throughput analysis</strong></summary>',
      '<summary><strong>🏁 Production readiness</strong></summary>',
      '<summary><strong>🧪 Benchmarks (3)</strong></summary>',
      '<summary><strong>⚙️ Execution context</strong></summary>',
      '<sub>[Workflow run](https://github.com/octo-org/copybook-rs/actions/runs/30433642) · copybook-bench-action</sub>'
    ].map((text) => body.indexOf(text));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('links the history dashboard from the footer when there is one', () => {
    const linked = renderComment(report, {
      ...OPTIONS,
      runUrl: 'https://github.com/octo-org/copybook-rs/actions/runs/1',
      dashboardUrl: 'https://octo-org.github.io/copybook-rs/'
    }).body;
    expect(linked).toContain(
      '<sub>[Workflow run](https://github.com/octo-org/copybook-rs/actions/runs/1) · [History](<https://octo-org.github.io/copybook-rs/>) · copybook-bench-action</sub>'
    );
    expect(dashboardLine('https://bench.example.com/a b)')).toBe(
      '📈 [History dashboard](<https://bench.example.com/a%20b)>)'
    );
  });

  it('gives each metric in both units, its floor, safety margin and headroom', () => {
    expect(body).toContain(
      '| DISPLAY | 3.725 GiB/s (4000 MB/s) | 80 MB/s (80.0 MB/s) | 50.0x | +3920 MB/s (+4900.0%) | ✅ pass |'
    );
    expect(body).toContain(
      '| COMP-3 | 572.2 MiB/s (600 MB/s) | 40 MB/s (40.0 MB/s) | 15.0x | +560 MB/s (+1400.0%) | ✅ pass |'
    );
  });

  it('has the readiness, the benchmarks and the execution context', () => {
    expect(body).toContain('| Compliance | 🟢 Fully Compliant |\n| Production ready | ✅ Yes |');
    expect(body).toContain(
      '| `decode_comp3_heavy/single_threaded/1000` | COMP-3 | 1.67 µs | 572 MiB/s | 1.0% |'
    );
    expect(body).toContain('| `parse_copybook/simple` |  | 1.00 µs | — | 1.0% |');
    expect(body).toContain(
      '- Bench duration: 42.5 s\n- Commit: `0123456`\n- Timestamp: 2026-11-26T12:00:00.000Z'
    );
    expect(body).toContain('- Runner: `linux-x64`, 2 CPU cores, 24 GB memory');
  });

  it('shows the pull request head commit when given, and no run link outside Actions', () => {
    const other = renderComment(report, { ...OPTIONS, commit: '4c3b2a1908f7e6d5', runUrl: null }).body;
    expect(other).toContain('- Commit: `4c3b2a1`');
    expect(other).toContain('<sub>copybook-bench-action</sub>');
  });
});

describe('renderComment status line and badges', () => {
  it('says WARNING near a floor, with the warnings listed', () => {
    const report = reportOf(HEALTHY, { 'display-floor': '3500 MB/s' });
    const { body } = renderComment(report, OPTIONS);
    expect(lines(body)[2]).toBe(
      '**⚠️ WARNING**: DISPLAY near floor | DISPLAY: **3.725 GiB/s** (1.1x safety) | COMP-3: **572.2 MiB/s** (15.0x safety)'
    );
    expect(body).toContain('### ⚠️ Warnings (1)\n\n- ⚠️ DISPLAY throughput 4000 MB/s is within 1.25×');
    expect(body).toContain('| Compliance | 🟠 Requires Attention |\n| Production ready | ❌ No |');
    expect(body).not.toContain('### ❌ Errors');
  });

  it('says FAILED below a floor, and n/a for a missing metric', () => {
    const report = reportOf([atRate('decode_display_heavy/x', 1e7)]);
    const { body } = renderComment(report, OPTIONS);
    // Why it failed, and 10 MB/s in GiB/s with its digits (0.009313), not 0.01.
    expect(lines(body)[2]).toBe(
      '**❌ FAILED**: COMP-3 missing, DISPLAY below floor | DISPLAY: **0.009313 GiB/s** (0.13x safety) | COMP-3: **n/a**'
    );
    expect(body).toContain('| COMP-3 | n/a | 40 MB/s (40.0 MB/s) | n/a | n/a | ❌ missing |');
    expect(body).toContain(
      '| DISPLAY | 0.009313 GiB/s (10.0 MB/s) | 80 MB/s (80.0 MB/s) | 0.13x | −70.0 MB/s (−87.5%) | ❌ fail |'
    );
    expect(body).toContain('### ❌ Errors (2)');
    expect(body).toContain(`| Compliance | ${COMPLIANCE_BADGE.NonCompliant} |`);
    expect(body).toMatchSnapshot();
  });

  it('says why it failed and how each metric moved against the baseline', () => {
    const promoted = reportOf(HEALTHY);
    const file = buildBaselineFile(promoted, null, {
      name: 'copybook-bench',
      commit: 'aaaa',
      ref: 'refs/heads/main',
      runId: '1',
      promotedAt: '2026-11-25T12:00:00.000Z',
      runner: { os: 'Linux', arch: 'X64', testbed: 'default' },
      historySize: 30
    });
    const slower = [
      atRate('decode_display_heavy/single_threaded/1000', 4e9 * 0.979),
      atRate('decode_comp3_heavy/single_threaded/1000', 3e8),
      measurement('parse_copybook/simple', { bytes: null })
    ];
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: slower, problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: {
        file,
        regressionThreshold: 0.05,
        noiseThreshold: 0.02,
        failOnRegression: true
      }
    });
    const { body } = renderComment(report, OPTIONS);
    expect(lines(body)[2]).toBe(
      '**❌ FAILED**: 1 regressed | DISPLAY: **3.647 GiB/s** (−2.1% vs baseline, 49.0x safety) | COMP-3: **286.1 MiB/s** (−50.0% vs baseline, 7.5x safety)'
    );
  });

  it('says under the benchmark table why the CV of printed output is n/a', () => {
    const report = analyze({
      config: buildConfig({ inputs: {} }),
      results: {
        measurements: [
          printed('decode_display_heavy/a', { bytesPerSecond: 4e9 }),
          printed('decode_comp3_heavy/a', { bytesPerSecond: 6e8 })
        ],
        problems: []
      },
      facts: RUN_FACTS
    }).report;
    const { body } = renderComment(report, OPTIONS);
    expect(body).toContain(
      `| \`decode_comp3_heavy/a\` | COMP-3 | 1.00 µs | 572 MiB/s | n/a |\n\nCV n/a: ${NO_SAMPLES}.`
    );
    expect(renderComment(reportOf(HEALTHY), OPTIONS).body).not.toContain('CV n/a');
  });

  it('has a badge for every compliance level', () => {
    expect(COMPLIANCE_BADGE).toEqual({
      FullyCompliant: '🟢 Fully Compliant',
      ConditionallyCompliant: '🟡 Conditionally Compliant',
      RequiresAttention: '🟠 Requires Attention',
      NonCompliant: '🔴 Non-Compliant'
    });
    const conditional = reportOf([
      atRate('decode_display_heavy/x', 4e9),
      atRate('decode_comp3_heavy/x', 3e8)
    ]);
    expect(conditional.compliance_level).toBe('ConditionallyCompliant');
    expect(renderComment(conditional, OPTIONS).body).toContain('| Compliance | 🟡 Conditionally Compliant |');
  });

  it('lists at most five findings of a kind, then how many more', () => {
    const noisy = Array.from({ length: 8 }, (_, i) =>
      atRate(`decode_display_heavy/${i}`, 4e9, { stdDevNs: 100 })
    );
    const report = reportOf([...noisy, atRate('decode_comp3_heavy/x', 6e8)]);
    expect(report.warnings).toHaveLength(8);
    const { body } = renderComment(report, OPTIONS);
    const items = lines(body).filter((line) => line.startsWith('- ⚠️ '));
    expect(items).toHaveLength(5);
    expect(body).toContain('- … and 3 more (see the job summary or perf.json)');
  });
});

describe('renderComment escaping', () => {
  const hostile = 'decode_display_heavy/<img src=x onerror=alert(1)>|@octocat #12';
  const report = reportOf([atRate(hostile, 4e9, { stdDevNs: 100 }), atRate('decode_comp3_heavy/x', 6e8)]);
  const { body } = renderComment(report, { ...OPTIONS, project: '<b>@team</b> #1 | x' });

  it('puts ids in code spans that keep the table whole', () => {
    const row = lines(body).find((line) => line.startsWith('| `decode_display_heavy/<img')) ?? '';
    expect(row).toBe(
      '| `decode_display_heavy/<img src=x onerror=alert(1)>\\|@octocat #12` | DISPLAY | 250 ns | 3.73 GiB/s | 40.0% |'
    );
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
  });

  it('escapes ids in messages so that they open no HTML and ping nobody', () => {
    const warning = lines(body).find((line) => line.startsWith('- ⚠️ DISPLAY benchmark')) ?? '';
    // A word joiner after `@` and `#`: GitHub resolves entities before it links, so `&#64;` would not do.
    expect(warning).toContain('&lt;img src=x onerror=alert(1)&gt;\\|@&#8288;octocat #&#8288;12');
    // Outside code spans and the marker, no raw HTML from the input, no mention, no issue link.
    const outsideCode = body.replace(/`[^`\n]*`/g, '').replace(commentMarker('copybook-bench'), '');
    expect(outsideCode).not.toMatch(/<img|<b>|@octocat|@team|#12|#1\b/);
  });

  it('escapes the project in the headline', () => {
    expect(lines(body)[0]).toBe('## 🚀 Performance Report - &lt;b&gt;@&#8288;team&lt;/b&gt; #&#8288;1 \\| x');
  });
});

describe('renderComment sections', () => {
  const report = reportOf(HEALTHY);
  const sections = [
    {
      title: '📉 Baseline comparison',
      markdown: '| a | b |\n| --- | --- |\n| 1 | 2 |',
      short: '| regressed |'
    },
    { title: '🎯 Baseline promoted', markdown: 'Promoted `abc1234`.', open: true }
  ];
  const { body } = renderComment(report, { ...OPTIONS, sections });

  it('go after the benchmark table and before the execution context', () => {
    const at = (text: string) => body.indexOf(text);
    expect(at('🧪 Benchmarks')).toBeLessThan(at('📉 Baseline comparison'));
    expect(at('📉 Baseline comparison')).toBeLessThan(at('🎯 Baseline promoted'));
    expect(at('🎯 Baseline promoted')).toBeLessThan(at('⚙️ Execution context'));
    expect(body).toContain(
      '<details open>\n<summary><strong>🎯 Baseline promoted</strong></summary>\n\nPromoted `abc1234`.\n\n</details>'
    );
  });
});

describe('renderComment over the limit', () => {
  // Long ids make a big table: 3000 benchmarks of about 120 characters a row.
  const many = Array.from({ length: 3000 }, (_, i) =>
    atRate(`decode_display_heavy/streaming_processor/${'x'.repeat(60)}/${i}`, 4e9 + i)
  );

  it('posts the short form: headline, status, pointer, failing rows only; the full form stays in full', () => {
    const report = reportOf([
      ...many,
      atRate('decode_comp3_heavy/a', 1e7),
      atRate('decode_comp3_heavy/b', 2e7)
    ]);
    const sections = [{ title: '📉 Baseline comparison', markdown: 'all rows', short: 'regressed rows' }];
    const rendered = renderComment(report, { ...OPTIONS, sections });
    expect(rendered.shortened).toBe(true);
    expect(rendered.full.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(rendered.full).toContain('decode_display_heavy/streaming_processor/');
    const { body } = rendered;
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(lines(body).slice(0, 3)).toEqual([
      '## 🚀 Performance Report - copybook-rs',
      '',
      '**❌ FAILED**: COMP-3 below floor | DISPLAY: **3.725 GiB/s** (50.0x safety) | COMP-3: **19.07 MiB/s** (0.50x safety)'
    ]);
    expect(body).toContain(
      `The full report has ${rendered.full.length.toLocaleString('en-US')} characters, more than a PR comment holds (65,536)`
    );
    expect(body).toContain(
      '[the workflow run](https://github.com/octo-org/copybook-rs/actions/runs/30433642) and in `summary.md` and `perf.json` in the report directory.'
    );
    expect(body).toContain('| `decode_comp3_heavy/a` | COMP-3 |');
    expect(body).toContain('| `decode_comp3_heavy/b` | COMP-3 |');
    expect(body).not.toContain('decode_display_heavy/streaming_processor');
    expect(body).toContain('| COMP-3 | 19.07 MiB/s');
    expect(body).not.toContain('| DISPLAY | 3.725 GiB/s');
    expect(body).toContain('regressed rows');
    expect(body).not.toContain('all rows');
    expect(body).toContain('### ❌ Errors (1)');
    expect(body.endsWith(`${commentMarker('copybook-bench')}\n`)).toBe(true);
  });

  it('keeps as many failing rows as fit, and says how many are left out', () => {
    const report = reportOf([...many, atRate('decode_comp3_heavy/a', 6e8)], { 'display-floor': '10 GiB/s' });
    const { body, shortened } = renderComment(report, OPTIONS);
    expect(shortened).toBe(true);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    const rows = lines(body).filter((line) => line.startsWith('| `decode_display_heavy/'));
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.length).toBeLessThan(3000);
    expect(body).toContain(`… and ${3000 - rows.length} more in the full report.`);
  });

  it('falls back to headline, status and pointer when nothing else fits', () => {
    const report = reportOf(HEALTHY, { 'display-floor': '10 GiB/s' });
    const { body, shortened } = renderComment(report, { ...OPTIONS, limit: 800 });
    expect(shortened).toBe(true);
    expect(body.length).toBeLessThanOrEqual(800);
    expect(body).toContain('**❌ FAILED**');
    expect(body).not.toContain('<details');
    expect(body.endsWith(`${commentMarker('copybook-bench')}\n`)).toBe(true);
  });
});

describe('renderComment with a comment-template', () => {
  const report = reportOf(HEALTHY);
  const template = (text: string) => ({ ...OPTIONS, template: { path: '.github/perf-comment.md', text } });

  it('fills every placeholder and adds the marker', () => {
    const text = PLACEHOLDER_NAMES.map((name) => `${name}=[{{ ${name} }}]`).join('\n');
    const { body } = renderComment(report, template(text));
    expect(body).not.toMatch(/\{\{/);
    expect(body).toContain('status=[✅ PASSED]');
    expect(body).toContain('status_code=[pass]');
    expect(body).toContain('display_gibs=[3.725]');
    expect(body).toContain('comp3_mibs=[572.2]');
    expect(body).toContain('display_safety=[50.0]');
    expect(body).toContain('comp3_safety=[15.0]');
    expect(body).toContain('compliance=[🟢 Fully Compliant]');
    expect(body).toContain('run_url=[https://github.com/octo-org/copybook-rs/actions/runs/30433642]');
    expect(body).toContain('warnings=[]');
    expect(body).toContain('table=[| Benchmark | Metric | Time | Throughput | CV |');
    expect(body).toContain('summary=[DISPLAY: 3.725 GiB/s, COMP-3: 572.2 MiB/s ✅]');
    expect(body.endsWith('\n\n<!-- copybook-bench-action:copybook-bench -->\n')).toBe(true);
  });

  it('keeps $ patterns in values literal', () => {
    const { body } = renderComment(report, { ...template('{{project}}'), project: "$1 $$ $'" });
    expect(lines(body)[0]).toBe("$1 $$ $'");
  });

  it('names unknown placeholders, the file and what is accepted', () => {
    const bad = template('{{status}} {{display-gibs}} {{ colour }} {{colour}}');
    expect(() => renderComment(report, bad)).toThrow(InputError);
    expect(() => renderComment(report, bad)).toThrow(
      /^comment-template \.github\/perf-comment\.md: unknown placeholders \{\{display-gibs\}\}, \{\{colour\}\}\. Accepted: \{\{project\}\}, .*\{\{run_url\}\}\.$/
    );
  });

  it('falls back to the short form when the filled template is over the limit', () => {
    const { body, full, shortened } = renderComment(report, {
      ...template('{{table}}\n'.repeat(10)),
      limit: 2000
    });
    expect(shortened).toBe(true);
    expect(full.length).toBeGreaterThan(2000);
    expect(body.length).toBeLessThanOrEqual(2000);
    expect(body.startsWith('## 🚀 Performance Report - copybook-rs')).toBe(true);
  });
});

describe('docs/reports.md', () => {
  it('documents every placeholder', () => {
    const page = readFileSync('docs/reports.md', 'utf8');
    for (const name of PLACEHOLDER_NAMES) expect(page).toContain(`| \`{{${name}}}\` |`);
  });
});

describe('renderTestbedsComment', () => {
  const ubuntu = { testbed: 'ubuntu-latest', os: 'Linux', report: reportOf(HEALTHY), sections: [] };
  const slow = HEALTHY.map((m) => (m.id.startsWith('decode_comp3') ? atRate(m.id, 1e6) : m));
  const mac = { testbed: 'macos-latest', os: 'macOS', report: reportOf(slow), sections: [] };

  it('leads with the worst testbed, lists every one, then a section each, worst first, marker last', () => {
    const { body, shortened } = renderTestbedsComment([ubuntu, mac], OPTIONS);
    expect(shortened).toBe(false);
    const text = lines(body);
    expect(text[0]).toBe('## 🚀 Performance Report - copybook-rs');
    expect(body).toContain('Worst of 2 testbeds: macos-latest (macOS), **❌ FAILED**: COMP-3 below floor');
    expect(body).toContain('| macos-latest | macOS | ❌ FAILED |');
    expect(body).toContain('| ubuntu-latest | Linux | ✅ PASSED |');
    const macAt = body.indexOf('### macos-latest (macOS)');
    const ubuntuAt = body.indexOf('### ubuntu-latest (Linux)');
    expect(macAt).toBeGreaterThan(0);
    expect(ubuntuAt).toBeGreaterThan(macAt);
    // Each testbed's own findings, in its own section.
    expect(body.slice(macAt, ubuntuAt)).toContain('#### ❌ Errors (1)');
    expect(body.slice(ubuntuAt)).not.toContain('#### ❌ Errors');
    expect(body.endsWith(`${commentMarker('copybook-bench')}\n`)).toBe(true);
    expect(body.split(commentMarker('copybook-bench'))).toHaveLength(2);
  });

  it("escapes a testbed's name (the config file is the pull request's), and keeps only status lines when too long", () => {
    const hostile = { ...ubuntu, testbed: '<img src=x> *bold* @someone' };
    const { body } = renderTestbedsComment([hostile], OPTIONS);
    expect(body).not.toContain('<img');
    expect(body).not.toContain('*bold*');
    const small = renderTestbedsComment([ubuntu, mac], { ...OPTIONS, limit: 3000 });
    expect(small.shortened).toBe(true);
    expect(small.body).toContain('### macos-latest (macOS)');
    expect(small.body).not.toContain('Throughput analysis');
    expect(small.full.length).toBeGreaterThan(3000);
  });
});
