import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { criterionDirPath, resolveReportPaths, resolveRunPaths } from '../../../src/adapters/config/paths.js';
import { buildConfig } from '../../../src/core/config/config.js';

// A workspace `ws` with a crate folder, and `temp` beside it (as a runner's temp folder is).
const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'run-paths-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ws = path.join(scratch, 'ws');
const temp = path.join(scratch, 'temp');
mkdirSync(path.join(ws, 'crates', 'bench'), { recursive: true });
mkdirSync(temp);
writeFileSync(path.join(ws, 'perf.md'), '{{status}}\n');
const where = { cwd: ws, workspace: ws };
const FILE = '.github/copybook-bench.toml';

/** A config from inputs and a config file's values. */
const config = (inputs: Record<string, string>, values: Record<string, unknown> = {}) =>
  buildConfig({ inputs, file: { path: FILE, values } });

describe('resolveReportPaths', () => {
  it('resolves working-directory against the workspace and report-dir against it', () => {
    expect(resolveReportPaths(config({}, { 'working-directory': 'crates/bench' }), where)).toEqual({
      workspace: ws,
      workingDirectory: path.join(ws, 'crates', 'bench'),
      reportDir: { path: path.join(ws, 'crates', 'bench', 'copybook-bench-report'), root: ws }
    });
  });

  it("takes the workflow's working-directory outside the workspace, with the default report-dir under it", () => {
    expect(resolveReportPaths(config({ 'working-directory': temp }), where)).toEqual({
      workspace: ws,
      workingDirectory: temp,
      reportDir: { path: path.join(temp, 'copybook-bench-report'), root: null }
    });
  });

  it("refuses the config file's working-directory or report-dir outside the workspace", () => {
    expect(() => resolveReportPaths(config({}, { 'working-directory': temp }), where)).toThrow(
      `Invalid working-directory (from ${FILE}): "${temp}" is an absolute path outside the workspace.`
    );
    expect(() => resolveReportPaths(config({}, { 'report-dir': '../temp/report' }), where)).toThrow(
      `Invalid report-dir (from ${FILE}): "../temp/report" leads out of the workspace with ".."`
    );
    // A config file's relative report-dir under the workflow's outside working-directory: outside too.
    expect(() =>
      resolveReportPaths(config({ 'working-directory': temp }, { 'report-dir': 'report' }), where)
    ).toThrow(
      `Invalid report-dir (from ${FILE}): "report" resolves to ${path.join(temp, 'report')}, outside the workspace.`
    );
  });
});

describe("the action's own folder", () => {
  it('is no report-dir and no working-directory, as spelt or through a symlink', () => {
    const own = path.join(ws, '.copybook-bench');
    expect(() =>
      resolveReportPaths(config({ 'report-dir': '.copybook-bench/paired/report' }), where)
    ).toThrow(`Invalid report-dir: ".copybook-bench/paired/report" lies in ${own}, the action's own folder.`);
    expect(() => resolveReportPaths(config({}, { 'report-dir': '.copybook-bench' }), where)).toThrow(
      `Invalid report-dir (from ${FILE}): ".copybook-bench" lies in ${own}, the action's own folder.`
    );
    mkdirSync(path.join(own, 'paired'), { recursive: true });
    symlinkSync(path.join(own, 'paired'), path.join(ws, 'reports-link'));
    try {
      expect(() => resolveReportPaths(config({ 'report-dir': 'reports-link/out' }), where)).toThrow(
        `Invalid report-dir: "reports-link/out" lies in ${own}`
      );
      expect(() =>
        resolveReportPaths(config({ 'working-directory': '.copybook-bench/paired' }), where)
      ).toThrow(`Invalid working-directory: ".copybook-bench/paired" lies in ${own}`);
      // A name that only starts the same is another folder.
      expect(
        resolveReportPaths(config({ 'report-dir': '.copybook-bench-report' }), where).reportDir.path
      ).toBe(path.join(ws, '.copybook-bench-report'));
    } finally {
      rmSync(path.join(ws, 'reports-link'));
      rmSync(own, { recursive: true });
    }
  });
});

describe('resolveRunPaths', () => {
  it('resolves the template and audit-config, which must exist, and bench-output, which need not yet', () => {
    const c = config({ 'comment-template': 'perf.md', 'bench-output': 'bench.txt' });
    const paths = resolveRunPaths(c, resolveReportPaths(c, where), {});
    expect(paths.commentTemplate).toEqual({ path: path.join(ws, 'perf.md'), root: ws });
    expect(paths.benchOutput).toEqual({ path: path.join(ws, 'bench.txt'), root: ws });
    expect(paths.auditConfig).toBeNull();
    const missing = config({ 'audit-config': 'audit.yml' });
    expect(() => resolveRunPaths(missing, resolveReportPaths(missing, where), {})).toThrow(
      `Invalid audit-config: "audit.yml" does not exist (looked at ${path.join(ws, 'audit.yml')}).`
    );
  });
});

describe("criterionDirPath: criterion's folder, confined by who chose it", () => {
  const dir = (c: ReturnType<typeof config>, env: NodeJS.ProcessEnv = {}) =>
    criterionDirPath(c, resolveReportPaths(c, where), env);
  const outside = path.join(temp, 'criterion');

  it('defaults to target/criterion in the working directory', () => {
    expect(dir(config({}))).toEqual({ path: path.join(ws, 'target', 'criterion'), root: ws });
  });

  it("takes the workflow's folder outside the workspace: criterion-dir, bench-env or the step's environment", () => {
    expect(dir(config({ 'criterion-dir': outside }))).toEqual({ path: outside, root: null });
    expect(dir(config({ 'bench-env': `CRITERION_HOME=${outside}` }))).toEqual({ path: outside, root: null });
    expect(dir(config({}), { CARGO_TARGET_DIR: temp })).toEqual({ path: outside, root: null });
  });

  it("refuses the config file's folder outside the workspace", () => {
    expect(() => dir(config({}, { 'criterion-dir': outside }))).toThrow(
      `Invalid criterion-dir (from ${FILE}): "${outside}" is an absolute path outside the workspace.`
    );
    expect(() => dir(config({}, { 'bench-env': `CARGO_TARGET_DIR=${temp}` }))).toThrow(
      `Invalid bench-env (from ${FILE}): "CARGO_TARGET_DIR=${temp}" is an absolute path outside the workspace.`
    );
  });

  it('never leads under /proc, /sys or /dev, whoever chose it', () => {
    expect(() => dir(config({ 'criterion-dir': '/proc/self' }))).toThrow(
      'Invalid criterion-dir: "/proc/self" is under /proc.'
    );
    expect(() => dir(config({}), { CRITERION_HOME: '/sys/kernel' })).toThrow(
      `Invalid CRITERION_HOME (the step's environment): "/sys/kernel" is under /sys.`
    );
  });
});
