import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { buildBaselineFile } from '../../src/core/baseline/file.js';
import { buildConfig } from '../../src/core/config/config.js';
import { perfReportProblems } from '../../src/core/report/schema.js';
import { GIB, MIB } from '../../src/core/units.js';
import { atRate, measurement } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const healthy = [
  atRate('decode_display_heavy/single_threaded/100', 3.9 * GIB),
  atRate('decode_display_heavy/single_threaded/1000', 4.22 * GIB),
  atRate('decode_comp3_heavy/single_threaded/100', 560 * MIB),
  atRate('decode_comp3_heavy/single_threaded/1000', 571 * MIB),
  measurement('parse_copybook/simple_copybook', { bytes: null })
];

describe('analyze', () => {
  it('reports healthy numbers as a valid, passing, fully compliant report', () => {
    const { report, failed, findings } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS
    });
    expect(findings).toEqual([]);
    expect(failed).toBe(false);
    expect(report.display_gibs).toBe(4.22);
    expect(report.comp3_mibs).toBe(571);
    expect(report.status).toBe('pass');
    expect(report.status_reasons).toEqual([]);
    expect(report.metrics.display.change_pct).toBeNull();
    expect(report.compliance_level).toBe('FullyCompliant');
    expect(report.summary).toBe('DISPLAY: 4.220 GiB/s, COMP-3: 571.0 MiB/s ✅');
    expect(report.metrics.display.ids).toHaveLength(2);
    expect(report.metrics.display.safety_factor).toBeCloseTo((4.22 * GIB) / 80e6, 6);
    expect(report.benchmarks.map((b) => b.metric)).toEqual(['display', 'display', 'comp3', 'comp3', null]);
    expect(report._metadata.execution_context.config['display-floor']).toBe('80 MB/s');
    expect(report.memory).toEqual({ peak_rss_bytes: 12 * MIB, ceiling_bytes: 256 * MIB });
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('fails a floor breach and the step, keeping everything else', () => {
    const slow = [atRate('decode_display_heavy/a', 72.4e6), atRate('decode_comp3_heavy/a', 500e6)];
    const { report, failed } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: slow, problems: [] },
      facts: RUN_FACTS
    });
    expect(report.status).toBe('fail');
    expect(report.compliance_level).toBe('NonCompliant');
    expect(report.errors).toEqual([
      'DISPLAY throughput 72.4 MB/s is below the floor of 80.0 MB/s (deficit 7.60 MB/s)'
    ]);
    expect(report.metrics.display.status).toBe('fail');
    expect(report.metrics.comp3.status).toBe('pass');
    expect(report.status_reasons).toEqual(['DISPLAY below floor']);
    // 72.4 MB/s is 0.06743 GiB/s: four significant digits, not 0.07.
    expect(report.display_gibs).toBe(0.06743);
    expect(report.summary).toBe('DISPLAY: 0.06743 GiB/s, COMP-3: 476.8 MiB/s ❌ DISPLAY below floor');
    expect(failed).toBe(true);
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('lets fail-on decide whether findings fail the step', () => {
    const near = [atRate('decode_display_heavy/a', 90e6), atRate('decode_comp3_heavy/a', 500e6)];
    const parsed = { measurements: near, problems: [] };
    expect(analyze({ config: buildConfig({ inputs: {} }), results: parsed, facts: RUN_FACTS }).failed).toBe(
      false
    );
    expect(
      analyze({
        config: buildConfig({ inputs: { 'fail-on': 'warning' } }),
        results: parsed,
        facts: RUN_FACTS
      }).failed
    ).toBe(true);
    const slow = {
      measurements: [atRate('decode_display_heavy/a', 1e6), atRate('decode_comp3_heavy/a', 1e6)],
      problems: []
    };
    expect(
      analyze({ config: buildConfig({ inputs: { 'fail-on': 'none' } }), results: slow, facts: RUN_FACTS })
        .failed
    ).toBe(false);
  });

  it('turns reader problems into errors and still builds a valid report', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: healthy, problems: ['target/criterion/x/new/estimates.json: truncated JSON'] },
      facts: RUN_FACTS
    });
    expect(report.errors).toEqual(['target/criterion/x/new/estimates.json: truncated JSON']);
    expect(report.status).toBe('fail');
    expect(report.display_gibs).toBe(4.22);
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('reports missing metrics as null with a listing error', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: [measurement('other/x')], problems: [] },
      facts: RUN_FACTS
    });
    expect(report.display_gibs).toBeNull();
    expect(report.comp3_mibs).toBeNull();
    expect(report.metrics.display.status).toBe('missing');
    expect(report.errors[0]).toContain('Benchmarks found: other/x');
    expect(report.summary).toBe('DISPLAY: n/a, COMP-3: n/a ❌ DISPLAY missing, COMP-3 missing');
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('says once that there were no results when nothing was read', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: [], problems: [] },
      facts: RUN_FACTS
    });
    expect(report.errors).toEqual(['no benchmark results were found, so no metric could be computed']);
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('after a failed run without results, reports only the run error', () => {
    const runError = {
      level: 'error',
      kind: 'run',
      message: "cargo bench failed with exit code 101: error: Unrecognized option: 'noplot'"
    } as const;
    const nothingRead = {
      measurements: [],
      problems: ['no criterion results in the cargo bench output: expected lines like "<id>  time: […]"']
    };
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: nothingRead,
      facts: RUN_FACTS,
      findings: [runError]
    });
    expect(report.errors).toEqual([runError.message]);
    // Without a failed run the same reader problem is the error to report.
    expect(
      analyze({ config: buildConfig({ inputs: {} }), results: nothingRead, facts: RUN_FACTS }).report.errors
    ).toEqual(nothingRead.problems);
    // A run that failed after writing some results keeps the reader's problems with them.
    const partial = { measurements: healthy, problems: ['x/new/estimates.json: truncated JSON'] };
    expect(
      analyze({
        config: buildConfig({ inputs: {} }),
        results: partial,
        facts: RUN_FACTS,
        findings: [runError]
      }).report.errors
    ).toEqual([runError.message, 'x/new/estimates.json: truncated JSON']);
  });

  it('warns above the memory ceiling', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: { 'memory-ceiling': '1 MiB' } }),
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS
    });
    expect(report.warnings).toEqual([
      'Peak RSS of the bench processes 12.0 MiB is above the memory ceiling of 1 MiB'
    ]);
    expect(report.status).toBe('warn');
    expect(report.summary.endsWith('⚠️ memory above ceiling')).toBe(true);
  });

  describe('a benchmark in a unit nobody knows (a custom measurement)', () => {
    const unknown = (id: string) => ({
      id,
      unit: 's/2',
      message: `the cargo bench output, line 7: cannot read the time of "${id}": unknown time unit "s/2" (expected ps, ns, µs, us, ms or s), so it is left out`
    });

    it('is a warning on that benchmark when it is in neither metric, and the run goes on', () => {
      const { report, failed } = analyze({
        config: buildConfig({ inputs: {} }),
        results: {
          measurements: healthy,
          problems: [],
          unknownUnits: [unknown('custom_measurement/fibonacci')]
        },
        facts: RUN_FACTS
      });
      expect(report.errors).toEqual([]);
      expect(report.warnings).toEqual([
        `${unknown('custom_measurement/fibonacci').message}; it is in neither DISPLAY nor COMP-3, so the run goes on`
      ]);
      expect(report.status).toBe('warn');
      expect(report.status_reasons).toEqual(['input warning']);
      expect(failed).toBe(false);
      expect(report.display_gibs).toBe(4.22);
      expect(perfReportProblems(report)).toEqual([]);
    });

    it('is an error when DISPLAY or COMP-3 selects it', () => {
      const { report, failed } = analyze({
        config: buildConfig({ inputs: {} }),
        results: {
          measurements: healthy,
          problems: [],
          unknownUnits: [unknown('decode_comp3_heavy/custom/1')]
        },
        facts: RUN_FACTS
      });
      expect(report.errors).toEqual([
        `${unknown('decode_comp3_heavy/custom/1').message}; it is a COMP-3 benchmark`
      ]);
      expect(report.status).toBe('fail');
      expect(report.summary.endsWith('❌ input error')).toBe(true);
      expect(failed).toBe(true);
    });
  });
});

describe('analyze with a baseline', () => {
  const config = buildConfig({ inputs: {} });
  const promoted = analyze({
    config,
    results: { measurements: healthy, problems: [] },
    facts: RUN_FACTS
  }).report;
  const file = buildBaselineFile(promoted, null, {
    name: 'copybook-bench',
    commit: 'aaaa',
    ref: 'refs/heads/main',
    runId: '1',
    promotedAt: '2026-11-25T12:00:00.000Z',
    runner: { os: 'Linux', arch: 'X64', testbed: 'default' },
    historySize: 30
  });
  // COMP-3 at half the speed, everything else the same.
  const slower = healthy.map((m) =>
    m.id.startsWith('decode_comp3_heavy/') ? atRate(m.id, (m.rate?.point ?? 0) / 2) : m
  );
  const baseline = { file, regressionThreshold: 0.05, noiseThreshold: 0.02 };

  it('compares every benchmark and fails on regressions when asked to', () => {
    const { report, failed } = analyze({
      config,
      results: { measurements: slower, problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: {
        ...baseline,
        failOnRegression: true
      }
    });
    expect(report.comparison?.regressions).toBe(2);
    expect(report.comparison?.changes.slice(0, 2).map((c) => c.verdict)).toEqual(['regressed', 'regressed']);
    expect(report.comparison?.changes.filter((c) => c.verdict === 'unchanged')).toHaveLength(3);
    expect(report.errors).toHaveLength(2);
    expect(report.errors[0]).toMatch(/^decode_comp3_heavy\/single_threaded\/\d+ regressed by 50\.0%/);
    expect(report.status).toBe('fail');
    // The headline says why, and how each metric moved against the baseline's own value.
    expect(report.status_reasons).toEqual(['2 regressed']);
    expect(report.metrics.display.change_pct).toBe(0);
    expect(report.metrics.comp3.change_pct).toBe(-50);
    expect(report.summary).toBe('DISPLAY: 4.220 GiB/s (0.0%), COMP-3: 285.5 MiB/s (−50.0%) ❌ 2 regressed');
    expect(report.compliance_level).toBe('NonCompliant');
    expect(failed).toBe(true);
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('makes regressions warnings when they do not fail the step', () => {
    const { report, failed } = analyze({
      config,
      results: { measurements: slower, problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: {
        ...baseline,
        failOnRegression: false
      }
    });
    expect(report.errors).toEqual([]);
    expect(report.warnings).toHaveLength(2);
    expect(report.status).toBe('warn');
    expect(report.summary.endsWith('⚠️ 2 regressed')).toBe(true);
    expect(failed).toBe(false);
  });

  it('finds nothing to say about the same numbers', () => {
    const { report } = analyze({
      config,
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: {
        ...baseline,
        failOnRegression: true
      }
    });
    expect(report.comparison?.regressions).toBe(0);
    expect(report.status).toBe('pass');
    // Measured on the same machine: nothing to flag.
    expect(report._metadata.machine).toEqual(RUN_FACTS.machine);
    expect(report.comparison?.machine_differences).toBeUndefined();
  });

  it('records which result was compared and how it stands to the pull request’s base', () => {
    const reference = { source: 'history-branch', base_commit: 'b'.repeat(40), commits_behind: 0 } as const;
    const { report } = analyze({
      config,
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS,
      baseline: { ...baseline, failOnRegression: true, reference }
    });
    expect(report.comparison?.baseline).toEqual({
      commit: 'aaaa',
      promoted_at: '2026-11-25T12:00:00.000Z',
      ref: 'refs/heads/main',
      ...reference
    });
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('flags a baseline measured on another machine with a warning that fails nothing by itself', () => {
    const other = { ...RUN_FACTS.machine, cpu_model: 'Intel Xeon Platinum 8370C', rustc: '1.94.0' };
    const onOther = {
      ...file,
      report: { ...file.report, _metadata: { ...file.report._metadata, machine: other } }
    };
    const { report, failed, findings } = analyze({
      config: buildConfig({ inputs: { 'fail-on': 'warning' } }),
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS,
      baseline: { ...baseline, file: onOther, failOnRegression: true }
    });
    expect(report.comparison?.machine_differences).toEqual([
      {
        field: 'cpu_model',
        baseline: 'Intel Xeon Platinum 8370C',
        current: 'AMD EPYC 7763 64-Core Processor'
      },
      { field: 'rustc', baseline: '1.94.0', current: '1.95.0' }
    ]);
    expect(findings.map((f) => [f.level, f.kind])).toEqual([['warning', 'machine']]);
    expect(report.warnings).toEqual([
      'The baseline was measured on another machine (CPU model: "Intel Xeon Platinum 8370C" → "AMD EPYC 7763 64-Core Processor"; rustc: 1.94.0 → 1.95.0): a change may be the machine\'s, not the code\'s.'
    ]);
    expect(report.status).toBe('warn');
    expect(report.status_reasons).toEqual(['baseline from another machine']);
    expect(failed).toBe(false);
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('does not flag a baseline written before the fingerprint was recorded', () => {
    const { machine: _, ...metadata } = file.report._metadata;
    const older = { ...file, report: { ...file.report, _metadata: metadata } };
    const { report } = analyze({
      config,
      results: { measurements: healthy, problems: [] },
      facts: RUN_FACTS,
      baseline: { ...baseline, file: older, failOnRegression: true }
    });
    expect(report.comparison?.machine_differences).toBeUndefined();
    expect(report.warnings).toEqual([]);
  });
});

describe('analyze a shard', () => {
  const shard = (ids: string[]) => ({
    index: 2,
    count: 3,
    plan: '0123456789abcdef',
    method: 'hash' as const,
    listed: 5,
    ids,
    testbed: 'default',
    os: 'Linux'
  });

  it('judges no floor and compares nothing: the merge does, over every shard', () => {
    // Only DISPLAY is in this share, far below its floor; COMP-3 is another shard's.
    const slow = [atRate('decode_display_heavy/a', 1e6)];
    const baseline = {
      file: buildBaselineFile(
        analyze({
          config: buildConfig({ inputs: {} }),
          results: { measurements: healthy, problems: [] },
          facts: RUN_FACTS
        }).report,
        null,
        {
          name: 'copybook-bench',
          promotedAt: RUN_FACTS.timestamp,
          commit: 'a',
          ref: null,
          runId: null,
          runner: { os: 'Linux', arch: 'X64', testbed: 'default' },
          historySize: 30
        }
      ),
      regressionThreshold: 0.05,
      noiseThreshold: 0.02,
      failOnRegression: true
    };
    const { report, failed, findings } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: slow, problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline,
      paired: null,
      shard: shard(['decode_display_heavy/a'])
    });
    expect(findings).toEqual([]);
    expect(failed).toBe(false);
    expect(report.status).toBe('pass');
    expect(report.comparison).toBeNull();
    expect(report.shard).toEqual(shard(['decode_display_heavy/a']));
    expect(report.summary).toBe(
      'Shard 2 of 3: 1 of 1 benchmarks measured; floors and the comparison come with the merge of all 3 shards.'
    );
    expect(perfReportProblems(report)).toEqual([]);
  });

  it('fails when a benchmark of its share was not measured, and passes with an empty share', () => {
    const missed = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: [atRate('decode_display_heavy/a', 1e9)], problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: null,
      paired: null,
      shard: shard(['decode_display_heavy/a', 'decode_comp3_heavy/b'])
    });
    expect(missed.report.errors).toEqual([
      'shard 2 of 3 did not measure 1 of its 2 benchmarks: decode_comp3_heavy/b'
    ]);
    expect(missed.failed).toBe(true);
    const none = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: [], problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: null,
      paired: null,
      shard: shard([])
    });
    expect(none.report.warnings).toEqual([]);
    expect(none.report.errors).toEqual([]);
    expect(none.report.status).toBe('pass');
    expect(none.report.summary).toBe(
      'Shard 2 of 3: 0 of 0 benchmarks measured; floors and the comparison come with the merge of all 3 shards.'
    );
    expect(perfReportProblems(none.report)).toEqual([]);
  });

  it('records how long each benchmark measured, where the samples were read', () => {
    const timed = { ...atRate('decode_display_heavy/a', 1e9), sampled_ns: 1_234_567_890 };
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: { measurements: [timed], problems: [] },
      facts: RUN_FACTS,
      findings: [],
      baseline: null,
      paired: null,
      shard: shard(['decode_display_heavy/a'])
    });
    expect(report.benchmarks[0]?.measured_seconds).toBe(1.234568);
    expect(perfReportProblems(report)).toEqual([]);
  });
});
