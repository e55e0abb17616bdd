import { describe, expect, it } from '@jest/globals';
import type { BaselineHistoryEntry, BenchmarkChange, Comparison } from '../../src/core/model.js';
import {
  comparedCommitLine,
  renderComparisonTable,
  renderNoBaseline,
  renderTrendTable,
  sparkline
} from '../../src/render/comparison.js';

const MIB = 1024 ** 2;

const change = (
  c: Partial<Omit<BenchmarkChange, 'metric'>> & Pick<BenchmarkChange, 'id' | 'verdict'>
): BenchmarkChange => {
  const quantity = c.quantity ?? 'throughput';
  return {
    baseline: 512 * MIB,
    current: 512 * MIB,
    change_pct: 0,
    lower_pct: -1,
    upper_pct: 1,
    noise_threshold_pct: 2,
    threshold_source: 'fixed',
    ...c,
    quantity,
    metric: quantity
  };
};

// Given in no particular order: the table sorts worst first.
const COMPARISON: Comparison = {
  baseline: { commit: 'f'.repeat(40), promoted_at: '2026-11-20T08:00:00.000Z', ref: 'refs/heads/main' },
  thresholds: { regression_pct: 5, noise_pct: 2 },
  regressions: 2,
  improvements: 1,
  changes: [
    change({
      id: 'removed/bench',
      verdict: 'missing',
      current: null,
      change_pct: null,
      lower_pct: null,
      upper_pct: null
    }),
    change({
      id: 'decode_display_heavy/single_threaded/1000',
      verdict: 'unchanged',
      baseline: 4 * 1024 * MIB,
      current: 3.92 * 1024 * MIB,
      change_pct: -2,
      lower_pct: -4.1,
      upper_pct: 0.2
    }),
    change({
      id: 'added/bench',
      verdict: 'new',
      quantity: 'time',
      baseline: null,
      current: 1500,
      change_pct: null,
      lower_pct: null,
      upper_pct: null
    }),
    change({
      id: 'decode_comp3_heavy/single_threaded/1000',
      verdict: 'regressed',
      current: 449 * MIB,
      change_pct: -12.3046875,
      lower_pct: -14.04,
      upper_pct: -10.55
    }),
    change({
      id: 'decode_comp3_heavy/streaming_processor/1000',
      verdict: 'unchanged',
      change_pct: -9,
      lower_pct: -20,
      upper_pct: 3,
      noise_threshold_pct: 15.811,
      threshold_source: 'history'
    }),
    change({
      id: 'parse_copybook/simple_copybook',
      verdict: 'regressed',
      quantity: 'time',
      baseline: 1500,
      current: 1650,
      change_pct: 10,
      lower_pct: 8.4,
      upper_pct: 11.6
    }),
    change({
      id: 'decode_binary_heavy/single_threaded/1000',
      verdict: 'improved',
      current: 600 * MIB,
      change_pct: 17.1875,
      lower_pct: 15,
      upper_pct: 19.5
    })
  ]
};

describe('renderComparisonTable', () => {
  it('names the baseline, tallies the verdicts and lists every benchmark worst first', () => {
    expect(renderComparisonTable(COMPARISON)).toBe(
      [
        'Compared with baseline `fffffff` (`refs/heads/main`), promoted 2026-11-20 08:00 UTC: **2 regressions**, 1 improvement, 2 unchanged, 1 new, 1 missing.',
        '',
        '| Benchmark | Baseline | Current | Change | 95% interval | Verdict | Noise threshold |',
        '| --- | ---: | ---: | ---: | ---: | --- | ---: |',
        '| `decode_comp3_heavy/single_threaded/1000` | 512 MiB/s | 449 MiB/s | −12.3% | −14.0% … −10.6% | ⬇️ regressed | 2% |',
        '| `parse_copybook/simple_copybook` | 1.50 µs | 1.65 µs | +10.0% (time) | +8.4% … +11.6% | ⬇️ regressed | 2% |',
        '| `decode_comp3_heavy/streaming_processor/1000` | 512 MiB/s | 512 MiB/s | −9.0% | −20.0% … +3.0% | ➖ unchanged | 15.8% (history) |',
        '| `decode_display_heavy/single_threaded/1000` | 4.00 GiB/s | 3.92 GiB/s | −2.0% | −4.1% … +0.2% | ➖ unchanged | 2% |',
        '| `decode_binary_heavy/single_threaded/1000` | 512 MiB/s | 600 MiB/s | +17.2% | +15.0% … +19.5% | ⬆️ improved | 2% |',
        '| `added/bench` | — | 1.50 µs | — | — | 🆕 new | 2% |',
        '| `removed/bench` | 512 MiB/s | — | — | — | ❓ missing | 2% |',
        '',
        'A benchmark regressed (or improved) when its change is beyond ±5% and its whole 95% interval lies beyond its noise threshold; a threshold marked "history" is twice the run-to-run variation of that benchmark over the baseline history, one marked "run" the variation the two runs themselves measured (a busy runner). Rows marked (time) have no byte throughput and compare the time per iteration, where lower is better.',
        ''
      ].join('\n')
    );
  });

  it('escapes ids so they cannot break the table, open HTML or ping anyone', () => {
    const hostile = 'decode/<img src=x onerror=alert(1)>|@octocat #12 `x`';
    const md = renderComparisonTable({
      ...COMPARISON,
      changes: [change({ id: hostile, verdict: 'unchanged' })]
    });
    const row = md.split('\n').find((line) => line.includes('onerror')) ?? '';
    expect(
      row.startsWith('| `` decode/<img src=x onerror=alert(1)>\\|@octocat #12 `x` `` | 512 MiB/s |')
    ).toBe(true);
    // Seven cells: eight unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(8);
  });

  it('escapes the baseline’s ref and commit and copes without them', () => {
    const odd: Comparison = {
      ...COMPARISON,
      baseline: { commit: null, promoted_at: 'soon <b>', ref: 'refs/heads/a|b`' },
      changes: [change({ id: 'a', verdict: 'unchanged' })]
    };
    expect(renderComparisonTable(odd).split('\n')[0]).toBe(
      'Compared with the baseline (`` refs/heads/a\\|b` ``), promoted soon &lt;b&gt;: 0 regressions, 0 improvements, 1 unchanged.'
    );
    const noRef = {
      ...odd,
      baseline: { commit: 'not-a-sha @me', promoted_at: '2026-11-20T08:00:00Z', ref: null }
    };
    expect(renderComparisonTable(noRef).split('\n')[0]).toBe(
      'Compared with baseline `not-a-sha @me`, promoted 2026-11-20 08:00 UTC: 0 regressions, 0 improvements, 1 unchanged.'
    );
  });

  it('says so when there is nothing to compare', () => {
    expect(renderComparisonTable({ ...COMPARISON, changes: [] })).toBe(
      'Compared with baseline `fffffff` (`refs/heads/main`), promoted 2026-11-20 08:00 UTC: no benchmarks on either side.\n'
    );
  });
});

describe('comparedCommitLine', () => {
  const BASE = 'b'.repeat(40);
  const at = { promoted_at: '2026-11-20T08:00:00.000Z', ref: 'refs/heads/main' };

  it('says when the pull request was compared with its own base', () => {
    expect(
      comparedCommitLine({
        ...at,
        commit: BASE,
        source: 'history-branch',
        base_commit: BASE,
        commits_behind: 0
      })
    ).toBe("Compared with `bbbbbbb`, this pull request's base.");
  });

  it('says how far behind the base another commit is, and where it came from', () => {
    const latest = { ...at, commit: 'a'.repeat(40), source: 'baseline', base_commit: BASE } as const;
    expect(comparedCommitLine({ ...latest, commits_behind: 3 })).toBe(
      "Compared with the latest baseline `aaaaaaa`, 3 commits behind this pull request's base `bbbbbbb` (no stored result of the base)."
    );
    expect(comparedCommitLine({ ...latest, commits_behind: 1 })).toContain(', 1 commit behind this');
    expect(comparedCommitLine({ ...latest, commits_behind: null })).toBe(
      "Compared with the latest baseline `aaaaaaa`, not this pull request's base `bbbbbbb` (no stored result of the base)."
    );
    expect(comparedCommitLine({ ...latest, commits_behind: 0 })).toContain(
      "`aaaaaaa`, newer than this pull request's base `bbbbbbb`"
    );
    expect(
      comparedCommitLine({ ...latest, source: 'baseline-history', commits_behind: 2 }, (c) => c.slice(0, 4))
    ).toBe(
      "Compared with the baseline history's entry of aaaa, 2 commits behind this pull request's base bbbb (no stored result of the base)."
    );
    expect(comparedCommitLine({ ...latest, commit: null, commits_behind: null })).toContain(
      'Compared with a baseline of unknown commit, not this'
    );
  });

  it('says nothing outside a pull request, or in a report written before it was recorded', () => {
    expect(
      comparedCommitLine({ ...at, commit: BASE, source: 'baseline', base_commit: null, commits_behind: null })
    ).toBeNull();
    expect(comparedCommitLine({ ...at, commit: BASE })).toBeNull();
  });
});

describe('renderComparisonTable on a pull request', () => {
  const BASE = 'b'.repeat(40);
  const onPr: Comparison = {
    ...COMPARISON,
    baseline: { ...COMPARISON.baseline, source: 'baseline', base_commit: BASE, commits_behind: 3 },
    machine_differences: [
      { field: 'cpu_model', baseline: 'AMD EPYC 7763', current: 'Intel <b>Xeon</b>' },
      { field: 'rustc', baseline: '1.84.0', current: '1.85.0' }
    ]
  };

  it('says which commit and which machine next to the tally, in the short form too', () => {
    const lines = renderComparisonTable(onPr).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      expect.stringMatching(/^Compared with baseline `fffffff` .*: \*\*2 regressions\*\*/),
      '',
      "Compared with the latest baseline `fffffff`, 3 commits behind this pull request's base `bbbbbbb` (no stored result of the base).",
      '',
      '⚠️ The baseline was measured on another machine (CPU model: "AMD EPYC 7763" → "Intel &lt;b&gt;Xeon&lt;/b&gt;"; rustc: 1.84.0 → 1.85.0): a change may be the machine\'s, not the code\'s.'
    ]);
    const regressed = { ...onPr, changes: onPr.changes.filter((c) => c.verdict === 'regressed') };
    expect(renderComparisonTable(regressed)).toContain("this pull request's base `bbbbbbb`");
    const empty = [
      'Compared with baseline `fffffff` (`refs/heads/main`), promoted 2026-11-20 08:00 UTC: no benchmarks on either side.',
      "Compared with the latest baseline `fffffff`, 3 commits behind this pull request's base `bbbbbbb` (no stored result of the base).",
      lines[4]
    ];
    expect(renderComparisonTable({ ...onPr, changes: [] })).toBe(`${empty.join('\n\n')}\n`);
  });

  it('adds nothing on a run without a pull request or a machine difference', () => {
    const plain = renderComparisonTable(COMPARISON);
    expect(plain).not.toContain("pull request's base");
    expect(plain).not.toContain('another machine');
  });
});

describe('renderNoBaseline', () => {
  it('says there is no baseline yet and what happens next', () => {
    expect(renderNoBaseline('main')).toBe(
      'No baseline yet, so nothing was compared. The next push to `main` promotes its result as the baseline; ' +
        'pull requests after that are compared with it, benchmark by benchmark.\n'
    );
    expect(renderNoBaseline()).toContain('The next push to the baseline branch promotes');
    expect(renderNoBaseline('x`|@y')).toContain('The next push to ``x`\\|@y`` promotes');
  });
});

const entry = (day: number, display: number | null, comp3: number | null): BaselineHistoryEntry => ({
  commit: `${day}`.repeat(40).slice(0, 40),
  timestamp: `2026-11-${String(day).padStart(2, '0')}T08:30:00.000Z`,
  display_gibs: display,
  comp3_mibs: comp3,
  benchmarks: {}
});

describe('renderTrendTable', () => {
  it('draws DISPLAY and COMP-3 over the history and lists the promotions newest first', () => {
    const history = [
      entry(1, 4.0, 571.0),
      entry(2, 4.1, 560.5),
      entry(3, null, 480.25),
      entry(4, 4.22, 575.0)
    ];
    expect(renderTrendTable(history)).toBe(
      [
        'Trend over the last 4 promotions of the baseline (oldest to newest):',
        '',
        '- DISPLAY: `▁▄·█` 4.000 → 4.220 GiB/s',
        '- COMP-3: `█▇▁█` 571.0 → 575.0 MiB/s',
        '',
        '| # | Commit | Promoted | DISPLAY (GiB/s) | COMP-3 (MiB/s) |',
        '| ---: | --- | --- | ---: | ---: |',
        '| 4 | `4444444` | 2026-11-04 08:30 UTC | 4.220 | 575.0 |',
        '| 3 | `3333333` | 2026-11-03 08:30 UTC | n/a | 480.3 |',
        '| 2 | `2222222` | 2026-11-02 08:30 UTC | 4.100 | 560.5 |',
        '| 1 | `1111111` | 2026-11-01 08:30 UTC | 4.000 | 571.0 |',
        ''
      ].join('\n')
    );
  });

  it('ends with this run, in the sparklines and as the newest row', () => {
    const md = renderTrendTable([entry(1, 4.0, 571.0), entry(2, 4.1, 560.5)], {
      display_gibs: 0.03166,
      comp3_mibs: 512.7
    });
    expect(md).toContain('Trend over the last 2 promotions of the baseline and this run (oldest to newest):');
    // Four significant digits: a slow run reads 0.03166, not 0.03.
    expect(md).toContain('- DISPLAY: `██▁` 4.000 → 0.03166 GiB/s');
    expect(md).toContain('- COMP-3: `█▇▁` 571.0 → 512.7 MiB/s');
    expect(md).toContain(
      '| ---: | --- | --- | ---: | ---: |\n|  | this run |  | 0.03166 | 512.7 |\n| 2 | `2222222` |'
    );
  });

  it('copes with one promotion, missing metrics and no history', () => {
    const md = renderTrendTable([{ ...entry(5, null, null), commit: null }]);
    expect(md).toContain('Trend over the last 1 promotion of the baseline');
    expect(md).toContain('- DISPLAY: no values\n- COMP-3: no values');
    expect(md).toContain('| 1 | — | 2026-11-05 08:30 UTC | n/a | n/a |');
    expect(renderTrendTable([])).toBe('No baseline history yet.\n');
  });
});

describe('sparkline', () => {
  it('scales between the smallest and largest value', () => {
    expect(sparkline([1, 2, 3, 4, 5, 6, 7, 8])).toBe('▁▂▃▄▅▆▇█');
    expect(sparkline([10, 0, 5])).toBe('█▁▅');
  });

  it('draws a flat series mid-height, gaps as dots, and nothing for no values', () => {
    expect(sparkline([3, 3, 3])).toBe('▄▄▄');
    expect(sparkline([1, null, 2])).toBe('▁·█');
    expect(sparkline([null, null])).toBe('');
    expect(sparkline([])).toBe('');
  });
});
