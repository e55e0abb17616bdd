import { describe, expect, it } from '@jest/globals';
import { compareToBaseline } from '../../src/baseline/compare.js';
import { baselineSections, promotedSection, sectionsAsMarkdown } from '../../src/render/baseline-sections.js';
import { baselineFile, bench, historyOf, report } from '../baseline/reports.js';

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
      { comparison: slower, metrics: REPORT.metrics },
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
      { comparison: null, metrics: REPORT.metrics },
      { compared: true, history: [], branch: 'main' }
    );
    expect(none?.markdown).toContain('No baseline yet');
    expect(none?.markdown).toContain('`main`');
    expect(
      baselineSections(
        { comparison: null, metrics: REPORT.metrics },
        { compared: false, history: [], branch: null }
      )
    ).toEqual([]);
  });

  it('adds the trend from two history entries on', () => {
    const history = historyOf(ID, [100e6, 101e6]);
    const sections = baselineSections(
      { comparison: slower, metrics: REPORT.metrics },
      { compared: true, history, branch: 'main' }
    );
    expect(sections.map((s) => s.title)).toEqual([expect.stringMatching(/^📊/), '📈 DISPLAY / COMP-3 trend']);
    expect(sectionsAsMarkdown(sections)).toContain(
      '### 📈 DISPLAY / COMP-3 trend\n\n```mermaid\nxychart-beta'
    );
  });
});

describe('promotedSection', () => {
  it('names the commit, the metrics and the history size, and links the run', () => {
    const text = promotedSection(base, 'https://github.com/o/r/actions/runs/1');
    expect(text).toContain('### 🎯 Baseline promoted');
    expect(text).toMatch(/DISPLAY \*\*\d+\.\d\d GiB\/s\*\*, COMP-3 \*\*\d+\.\d MiB\/s\*\*/);
    expect(text).toContain('[Promotion run](https://github.com/o/r/actions/runs/1)');
  });
});
