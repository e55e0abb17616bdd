// Inputs sized to break what scales badly: 50,000 benchmarks (150,000 interval bounds once spread
// into Math.min overflowed the stack), an audit config with 100,000 labels (the YAML parser's
// duplicate-key check is quadratic), and a glob that a RegExp backtracks on exponentially.
// Work is checked by counting, never by a clock.

import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { AuditConfigLimitError, parseAuditConfig } from '../../src/core/audit/config.js';
import { buildConfig } from '../../src/core/config/config.js';
import { compileGlob } from '../../src/core/glob.js';
import type { PerfReport } from '../../src/core/model.js';
import { perfReportProblems } from '../../src/core/report/schema.js';
import { code } from '../../src/render/markdown.js';
import { renderSummary } from '../../src/render/summary.js';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, type TreeBenchmark, writeTree } from '../helpers/criterion-tree.js';
import { atRate } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
// 50,000 benchmarks are 100,000 folders: on a RAM disk they take seconds to write and remove, on
// some virtual disks minutes.
const SHM = '/dev/shm';
const scratch = mkdtempSync(path.join(existsSync(SHM) ? SHM : tmpdir(), 'security-scale-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const readReport = (file: string): PerfReport => JSON.parse(readFileSync(file, 'utf8')) as PerfReport;

describe('50,000 benchmarks, every one with a byte throughput', () => {
  const COUNT = 50_000;
  const cwd = path.join(scratch, 'big');

  beforeAll(() => {
    // Half DISPLAY, half COMP-3: every benchmark is charted with its three bounds.
    const benchmarks: TreeBenchmark[] = [];
    for (let i = 0; i < COUNT; i++) {
      const display = i % 2 === 0;
      benchmarks.push({
        id: `${display ? 'decode_display_heavy' : 'decode_comp3_heavy'}/single_threaded/${i}`,
        bytes: display ? 1024 ** 3 : 1024 ** 2,
        ns: (display ? 250e6 : 1e9 / 512) * (1 + (i % 97) / 1000)
      });
    }
    writeTree(path.join(cwd, 'target', 'criterion'), benchmarks);
  }, 120_000);

  it('the action writes perf.json, the summary, the comment, the HTML pages, the audit and every output', async () => {
    const run = await runAction({ run: 'false' }, { cwd, timeoutMs: 150_000 });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const dir = path.join(cwd, 'copybook-bench-report');
    expect(run.outputs).toMatchObject({
      'display-gibs': '4.000',
      'comp3-mibs': '512.0',
      status: 'pass',
      'report-path': path.join(dir, 'perf.json'),
      'html-report-path': path.join(dir, 'report.html'),
      'audit-path': path.join(dir, 'audit.json')
    });
    const report = readReport(path.join(dir, 'perf.json'));
    expect(report.benchmarks).toHaveLength(COUNT);
    expect(perfReportProblems(report)).toEqual([]);
    const html = readFileSync(path.join(dir, 'report.html'), 'utf8');
    expect(html).toContain(`Throughput of ${COUNT} benchmarks with 95% intervals and floors`);
    for (const file of [
      'summary.md',
      'comment.md',
      'trend.html',
      'audit.json',
      'audit.html',
      'compliance.html'
    ]) {
      expect(existsSync(path.join(dir, file))).toBe(true);
    }
    expect(run.summary.length).toBeGreaterThan(0);
  }, 180_000);

  it('the CLI analyze writes the report, the HTML pages, the audit and the comment', () => {
    const out = path.join(cwd, 'cli-report');
    const result = spawnSync(
      process.execPath,
      [CLI, 'analyze', '--criterion-dir', 'target/criterion', '--report-dir', out],
      { cwd, encoding: 'utf8', timeout: 150_000 }
    );
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')[0]).toBe('DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ✅');
    expect(result.stderr).toContain(`Read ${COUNT} benchmarks`);
    expect(readReport(path.join(out, 'perf.json')).benchmarks).toHaveLength(COUNT);
    for (const file of [
      'summary.md',
      'comment.md',
      'report.html',
      'trend.html',
      'audit.json',
      'compliance.html'
    ]) {
      expect(existsSync(path.join(out, file))).toBe(true);
    }
  }, 180_000);
});

describe('an audit config at scale', () => {
  const labels = (count: number): string => {
    const lines = ['labels:'];
    for (let i = 0; i < count; i++) lines.push(`  label_${i}: value ${i}`);
    return `${lines.join('\n')}\n`;
  };

  it('refuses 100,000 labels by name and count, and reads the most it allows', () => {
    expect(() => parseAuditConfig(labels(100_000), 'audit.yml')).toThrow(
      new AuditConfigLimitError('audit.yml: "labels" has 100000 entries; an audit config holds at most 1000')
    );
    const variables = Array.from({ length: 1000 }, (_, i) => `  - VAR_${i}`).join('\n');
    const config = parseAuditConfig(`${labels(1000)}environment-variables:\n${variables}\n`, 'audit.yml');
    expect(Object.keys(config.labels)).toHaveLength(1000);
    expect(config.labels.label_999).toBe('value 999');
    expect(config.environmentVariables).toHaveLength(1000);
    // Repeated keys are still refused where they stand, now by the set of keys seen.
    expect(() => parseAuditConfig(`${labels(999)}  label_5: again\n`, 'audit.yml')).toThrow(
      'audit.yml:1001:3: not valid YAML: Map keys must be unique'
    );
  }, 60_000);
});

describe('globs against long ids', () => {
  const PATTERN = '*a*a*a*a*a*a*a*a*b';

  it('matches a backtracking pattern against a 10,000-character id in work linear in its length', () => {
    const glob = compileGlob(PATTERN);
    const short = 'a'.repeat(10_000);
    const long = 'a'.repeat(20_000);
    const work = glob.work(short);
    // At most 4 steps per state and character: no backtracking.
    expect(work).toBeLessThanOrEqual(4 * glob.size * (short.length + 1));
    // Twice the id, twice the work.
    expect(glob.work(long) / work).toBeCloseTo(2, 3);
    expect(glob.test(short)).toBe(false);
    expect(glob.test(`${short}b`)).toBe(true);
    expect(compileGlob('decode_*/single_threaded/*').work('decode_x/single_threaded/100')).toBeLessThan(400);
  });

  it('the CLI selects metrics with that glob over a benchmark with a 10,000-character id', () => {
    const id = 'a'.repeat(10_000);
    const cwd = path.join(scratch, 'glob');
    writeTree(path.join(cwd, 'target', 'criterion'), [...HEALTHY, { id, bytes: 1024 ** 3, ns: 250e6 }]);
    const result = spawnSync(
      process.execPath,
      [
        CLI,
        'analyze',
        '--criterion-dir',
        'target/criterion',
        '--report-dir',
        'out',
        '--display-benchmarks',
        `decode_display_heavy/**, ${PATTERN}`
      ],
      { cwd, encoding: 'utf8', timeout: 60_000 }
    );
    expect(result.signal).toBeNull();
    expect(result.status).toBe(0);
    const report = readReport(path.join(cwd, 'out', 'perf.json'));
    expect(report.metrics.display.ids).not.toContain(id);
    expect(report.benchmarks.find((b) => b.id === id)?.metric).toBeNull();
  });
});

describe('long lists in the renderers', () => {
  it('writes a code span for an id of 150,000 backtick runs', () => {
    const id = '`a'.repeat(150_000);
    const span = code(id);
    expect(span.startsWith('`` ')).toBe(true);
    expect(span.length).toBe(id.length + 6);
  });

  it('writes a summary with 150,000 warnings', () => {
    const { report } = analyze({
      config: buildConfig({ inputs: {} }),
      results: {
        measurements: [atRate('decode_display_heavy/x', 4e9), atRate('decode_comp3_heavy/x', 5e8)],
        problems: []
      },
      facts: RUN_FACTS
    });
    const warnings = Array.from({ length: 150_000 }, (_, i) => `warning ${i}`);
    const summary = renderSummary({ ...report, warnings, status: 'warn' });
    expect(summary).toContain('- ⚠️ warning 149999');
  });
});
