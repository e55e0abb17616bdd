// The pages the CLI writes from a real pipeline run (analyze, baseline promote, analyze --baseline-file,
// report, audit), opened in headless Chromium: clean, self-contained, every benchmark on them.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import type { PerfReport } from '../../src/core/model.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, writeTree } from '../helpers/criterion-tree.js';
import { describeWithChromium, launchChromium, openFile, visibleText } from './chromium.js';

const CLI = path.join(REPO_ROOT, 'dist', 'cli', 'index.js');
const SHOTS = path.join(REPO_ROOT, 'test-output', 'screenshots');
const scratch = mkdtempSync(path.join(tmpdir(), 'cli-pages-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000
  });
  if (run.status === 2) throw new Error(run.stderr);
  return run;
}

const sha256 = (file: string): string => createHash('sha256').update(readFileSync(file)).digest('hex');

describeWithChromium('pages written by the CLI', () => {
  let browser: Browser;
  let report: PerfReport;
  beforeAll(async () => {
    const tree = path.join(scratch, 'criterion');
    writeTree(tree, HEALTHY);
    cli('analyze', '--criterion-dir', tree, '--report-dir', 'first');
    cli('baseline', 'promote', '--report', 'first/perf.json', '--out', 'baseline.json');
    cli('analyze', '--criterion-dir', tree, '--report-dir', 'run', '--baseline-file', 'baseline.json');
    report = JSON.parse(readFileSync(path.join(scratch, 'run', 'perf.json'), 'utf8')) as PerfReport;
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('report and audit commands write the same files and name them', () => {
    const pages = cli(
      'report',
      '--report',
      'run/perf.json',
      '--baseline-file',
      'baseline.json',
      '--out',
      'local'
    );
    expect(pages.stdout).toBe(
      `HTML report: ${path.join(scratch, 'local', 'report.html')}\nTrend: ${path.join(scratch, 'local', 'trend.html')}\n`
    );
    const audit = cli(
      'audit',
      '--report',
      'run/perf.json',
      '--baseline-file',
      'baseline.json',
      '--out',
      'local'
    );
    expect(audit.stdout).toContain(`Audit record: ${path.join(scratch, 'local', 'audit.json')}`);
    expect(audit.stdout).toContain(`Compliance summary: ${path.join(scratch, 'local', 'compliance.html')}`);
    const record = JSON.parse(readFileSync(path.join(scratch, 'local', 'audit.json'), 'utf8'));
    // The record vouches for the files it names, by their sha256.
    expect(record.files.report.sha256).toBe(sha256(path.join(scratch, 'run', 'perf.json')));
    expect(record.files.baseline.sha256).toBe(sha256(path.join(scratch, 'baseline.json')));
    const missing = spawnSync(process.execPath, [CLI, 'report', '--out', 'x'], {
      cwd: scratch,
      encoding: 'utf8'
    });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('Usage: copybook-bench report --report perf.json');
  });

  it.each(['report.html', 'trend.html', 'audit.html', 'compliance.html'])(
    '%s from the pipeline opens clean, offline, and shows the run',
    async (name) => {
      const file = path.join(scratch, 'run', name);
      const url = pathToFileURL(file).href;
      const opened = await openFile(browser, url);
      try {
        expect(opened.errors).toEqual([]);
        expect(opened.dialogs).toEqual([]);
        expect(opened.requests).toEqual([url]);
        const text = await visibleText(opened.page.locator('body'));
        if (name === 'report.html') {
          expect(text).toContain(`${report.display_gibs?.toPrecision(4)} GiB/s`);
          expect(await opened.page.locator('tr.benchmark').count()).toBe(report.benchmarks.length);
          const charted = report.benchmarks.filter((b) => b.bytes_per_second !== null).length;
          expect(await opened.page.locator('svg.throughput-chart g.mark').count()).toBe(charted);
        } else if (name === 'trend.html') {
          expect(text.toLowerCase()).toContain('history');
        } else {
          expect(text).toContain(report.compliance_level);
          expect(text).toContain(sha256(path.join(scratch, 'run', 'perf.json')));
        }
        await opened.page.screenshot({ path: path.join(SHOTS, `pipeline-${name}.png`), fullPage: true });
      } finally {
        await opened.page.close();
      }
    }
  );
});
