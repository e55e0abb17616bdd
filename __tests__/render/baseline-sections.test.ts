import { describe, expect, it } from '@jest/globals';
import { lastLine } from '../../src/adapters/github/comments.js';
import { compareToBaseline } from '../../src/core/baseline/compare.js';
import {
  baselineSections,
  promotedComment,
  promotedSection,
  sectionsAsMarkdown,
  withPromotedSection
} from '../../src/render/baseline-sections.js';
import { COMMENT_LIMIT } from '../../src/render/comment.js';
import { baselineFile, bench, historyOf, report } from '../helpers/baseline-reports.js';

const ID = 'decode_comp3_heavy/single_threaded/1000';
const REPORT = report([]);
const base = baselineFile([
  bench(ID, { bps: [99e6, 100e6, 101e6] }),
  bench('d/x', { bps: [99e6, 100e6, 101e6] })
]);
const slower = compareToBaseline(
  report([bench(ID, { bps: [49e6, 50e6, 51e6] }), bench('d/x', { bps: [99e6, 100e6, 101e6] })]),
  base,
  { regressionThreshold: 0.05, noiseThreshold: 0.02 }
);

describe('baselineSections', () => {
  it('shows the comparison, open when something regressed, with a short form of the regressed rows', () => {
    const [section] = baselineSections(
      { ...REPORT, comparison: slower },
      { compared: true, history: base.history, branch: 'main' }
    );
    expect(section?.title).toMatch(/^📊 Compared with the baseline \(\w+\): 1 regressed, 0 improved$/);
    expect(section?.open).toBe(true);
    expect(section?.markdown).toContain('d/x');
    expect(section?.short).toContain(ID);
    expect(section?.short).not.toContain('`d/x`');
  });

  it('says "no baseline yet" when the run compared but had none, and nothing when it did not compare', () => {
    const [none] = baselineSections(
      { ...REPORT, comparison: null },
      { compared: true, history: [], branch: 'main' }
    );
    expect(none?.markdown).toContain('No baseline yet');
    expect(none?.markdown).toContain('`main`');
    expect(
      baselineSections({ ...REPORT, comparison: null }, { compared: false, history: [], branch: null })
    ).toEqual([]);
  });

  it('adds the trend from two history entries on', () => {
    const history = historyOf(ID, [100e6, 101e6]);
    const sections = baselineSections(
      { ...REPORT, comparison: slower },
      { compared: true, history, branch: 'main' }
    );
    expect(sections.map((s) => s.title)).toEqual([expect.stringMatching(/^📊/), '📈 DISPLAY / COMP-3 trend']);
    expect(sectionsAsMarkdown(sections)).toContain(
      '### 📈 DISPLAY / COMP-3 trend\n\n```mermaid\n%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#0969da, #cf222e"}}}}%%\nxychart-beta'
    );
  });

  it('puts this run after the promotions, so one promotion already makes a trend', () => {
    const sections = baselineSections(
      { ...REPORT, comparison: slower },
      { compared: true, history: historyOf(ID, [100e6]), branch: 'main' }
    );
    const trend = sections.find((s) => s.title === '📈 DISPLAY / COMP-3 trend')?.markdown ?? '';
    expect(trend).toMatch(/x-axis \["\w{7}", "this run"\]/);
    expect(trend).toContain(`line [3.700, ${REPORT.display_gibs?.toFixed(3)}]`);
    expect(trend).toContain(`|  | this run |  | ${REPORT.display_gibs?.toFixed(3)} |`);
  });
});

describe('promotedSection', () => {
  it('names the commit, the metrics and the history size, and links the run', () => {
    const text = promotedSection(base, 'https://github.com/o/r/actions/runs/1');
    expect(text).toContain('### 🎯 Baseline promoted');
    expect(text).toContain('DISPLAY **3.725 GiB/s**, COMP-3 **572.2 MiB/s**');
    expect(text).toContain('[Promotion run](https://github.com/o/r/actions/runs/1)');
  });
});

describe('withPromotedSection', () => {
  const MARKER = '<!-- copybook-bench-action:copybook-bench -->';
  const body = `## 🚀 Performance Report - x\n\nbody\n\n${MARKER}\n`;

  it('adds the section before the marker, once, and replaces it on the next promotion', () => {
    const once = withPromotedSection(body, '### 🎯 Baseline promoted\n\nfirst', 'copybook-bench');
    expect(once).toContain('first');
    expect(
      once.startsWith(
        '## 🚀 Performance Report - x\n\nbody\n\n<!-- copybook-bench-action:copybook-bench:promoted -->\n'
      )
    ).toBe(true);
    // The marker stays the last line, so the comment is still found as ours.
    expect(once.endsWith(`\n\n${MARKER}\n`)).toBe(true);
    expect(lastLine(once)).toBe(MARKER);
    const twice = withPromotedSection(once, '### 🎯 Baseline promoted\n\nsecond', 'copybook-bench');
    expect(twice).not.toContain('first');
    expect(twice.match(/🎯 Baseline promoted/g)).toHaveLength(1);
    expect(twice.match(/copybook-bench-action:copybook-bench -->/g)).toHaveLength(1);
    expect(twice).toBe(once.replace('first', 'second'));
  });

  it('keeps another instance’s section', () => {
    const other = withPromotedSection(body, 'other', 'perf-arm');
    const both = withPromotedSection(other, 'mine', 'copybook-bench');
    expect(both).toContain('other');
    expect(both).toContain('mine');
    expect(lastLine(both)).toBe(MARKER);
  });
});

describe('promotedComment', () => {
  const MARKER = '<!-- copybook-bench-action:copybook-bench -->';

  it('is the body with the section while it fits in a comment, else null', () => {
    const body = `## 🚀 Performance Report - x\n\nbody\n\n${MARKER}\n`;
    expect(promotedComment(body, 'section', 'copybook-bench')).toBe(
      withPromotedSection(body, 'section', 'copybook-bench')
    );
    const full = `${'x'.repeat(COMMENT_LIMIT - 200)}\n\n${MARKER}\n`;
    expect(promotedComment(full, 'short', 'copybook-bench')?.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(promotedComment(full, 'y'.repeat(300), 'copybook-bench')).toBeNull();
  });
});
