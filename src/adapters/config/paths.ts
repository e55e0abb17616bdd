// Every path setting resolved and checked once, where a run begins, before anything runs. The rule
// (src/adapters/fs/confined.ts): a path from the config file, which the checkout controls, stays inside the
// workspace; a path the workflow or the terminal sets may lie outside it; a path spelt inside the
// workspace may not leave it through a symlink; nothing leads under /proc, /sys or /dev.

import path from 'node:path';
import type { Config } from '../../core/config/config.js';
import type { SettingName } from '../../core/config/options.js';
import { locateCriterionDir } from '../../core/criterion/location.js';
import { WORK_FOLDER } from '../../core/runner/paired-layout.js';
import {
  type ConfinedPath,
  type ConfineRule,
  confinePath,
  type Expect,
  expectKind,
  isInside,
  PathError,
  realPath
} from '../fs/confined.js';

/** The resolved places of a run. */
export interface RunPaths {
  /** The checkout: GITHUB_WORKSPACE for the Action, the current directory for the CLI. */
  workspace: string;
  /** An existing directory; relative settings resolve against it. */
  workingDirectory: string;
  /** A directory, or one that can be created. */
  reportDir: ConfinedPath;
  commentTemplate: ConfinedPath | null;
  auditConfig: ConfinedPath | null;
  benchOutput: ConfinedPath | null;
  /** `mode: merge`: the folder of the shards' reports; null when they come from the run's artifacts. */
  shardReports: ConfinedPath | null;
}

/** The places a run can write its report to: enough to report a bad setting. */
export type ReportPaths = Pick<RunPaths, 'workspace' | 'workingDirectory' | 'reportDir'>;

const ACCEPTED: Readonly<Partial<Record<SettingName, string>>> = {
  'config-file': "a TOML file with the action's settings as keys",
  'working-directory': 'an existing directory',
  'report-dir': 'a directory, or one that can be created, relative to working-directory',
  'comment-template': 'a markdown file, relative to working-directory',
  'audit-config': 'a YAML file, relative to working-directory',
  'bench-output': 'a file with captured `cargo bench` output, relative to working-directory',
  'criterion-dir': "criterion's results folder, relative to working-directory",
  'shard-reports':
    "a folder of the shards' reports (perf.json, each in a folder of its own), relative to working-directory",
  'bench-env': "CRITERION_HOME or CARGO_TARGET_DIR naming criterion's results folder or cargo's target folder"
};

/** A setting's rule: trusted unless the config file set it. */
function settingRule(
  config: Pick<Config, 'effective' | 'configFile'>,
  name: SettingName,
  where: { base: string; workspace: string },
  value = config.effective[name].value
): ConfineRule {
  const fromFile = config.effective[name].origin === 'config-file';
  return {
    setting: name,
    value,
    from: fromFile ? ` (from ${config.configFile})` : '',
    base: where.base,
    workspace: where.workspace,
    trusted: !fromFile,
    accepted: ACCEPTED[name] ?? 'a path'
  };
}

function checked(rule: ConfineRule, expect: Expect | null): ConfinedPath {
  const confined = confinePath(rule);
  if (expect !== null) expectKind(confined, expect, rule);
  return confined;
}

/**
 * Refuses a place in the action's own folder (the paired run's checkout and builds, see
 * core/runner/paired-layout.ts), as spelt or through a symlink: a report or an artifact made there
 * would carry the other revision's files, and a build there would be of the other revision.
 */
function outsideOwnFolder(confined: ConfinedPath, rule: ConfineRule): ConfinedPath {
  const own = path.join(path.resolve(rule.workspace), WORK_FOLDER);
  if (isInside(confined.path, own) || isInside(realPath(confined.path), realPath(own))) {
    throw new PathError(
      `Invalid ${rule.setting}${rule.from ?? ''}: "${rule.value}" lies in ${own}, the action's own folder. Accepted: ${rule.accepted}, outside ${WORK_FOLDER}/.`
    );
  }
  return confined;
}

/** One path setting resolved against `base` and checked; null when it is not set. */
export function settingPath(
  config: Config,
  name: SettingName,
  value: string | null,
  where: { base: string; workspace: string },
  expect: Expect | null
): ConfinedPath | null {
  return value === null ? null : checked(settingRule(config, name, where, value), expect);
}

/**
 * working-directory (must exist: it is never created) and report-dir (a directory or creatable).
 * Throws a PathError; without these no report can be written.
 */
export function resolveReportPaths(config: Config, where: { cwd: string; workspace: string }): ReportPaths {
  const workspace = path.resolve(where.workspace);
  const workingRule = settingRule(
    config,
    'working-directory',
    { base: where.cwd, workspace },
    config.workingDirectory
  );
  const workingDirectory = outsideOwnFolder(checked(workingRule, 'directory'), workingRule).path;
  const reportRule = settingRule(
    config,
    'report-dir',
    { base: workingDirectory, workspace },
    config.reportDir
  );
  const reportDir = outsideOwnFolder(checked(reportRule, 'creatable-directory'), reportRule);
  return { workspace, workingDirectory, reportDir };
}

/**
 * The other path settings: comment-template and audit-config (must exist), bench-output, and
 * criterion's results folder as it will be looked for. Throws a PathError naming the setting.
 */
export function resolveRunPaths(config: Config, base: ReportPaths, env: NodeJS.ProcessEnv): RunPaths {
  const where = { base: base.workingDirectory, workspace: base.workspace };
  // Checked now for an early message; looked up again after the run, which may change the tree.
  criterionDirPath(config, base, env);
  return {
    ...base,
    commentTemplate: settingPath(config, 'comment-template', config.commentTemplate, where, 'file'),
    auditConfig: settingPath(config, 'audit-config', config.auditConfig, where, 'file'),
    benchOutput: settingPath(config, 'bench-output', config.benchOutput, where, null),
    shardReports: settingPath(config, 'shard-reports', config.shardReports, where, 'directory')
  };
}

/**
 * criterion's results folder, confined by where it was chosen: `criterion-dir`, CRITERION_HOME or
 * CARGO_TARGET_DIR in `bench-env` by their setting's origin; the step's own environment is the
 * workflow's, so trusted; `target/criterion` is inside working-directory.
 */
export function criterionDirPath(config: Config, base: ReportPaths, env: NodeJS.ProcessEnv): ConfinedPath {
  const located = locateCriterionDir({
    criterionDir: config.criterionDir,
    workingDirectory: base.workingDirectory,
    // The bench sees bench-env on top of the step's environment.
    env: { ...env, ...config.benchEnv }
  });
  const where = { base: base.workingDirectory, workspace: base.workspace };
  if (located.source === 'criterion-dir') return confinePath(settingRule(config, 'criterion-dir', where));
  const variable = located.source;
  const fromBenchEnv = variable !== 'default' && Boolean(config.benchEnv[variable]?.trim());
  const rule: ConfineRule = fromBenchEnv
    ? {
        ...settingRule(config, 'bench-env', where, located.value),
        shown: `${variable}=${config.benchEnv[variable as keyof typeof config.benchEnv]}`
      }
    : {
        setting: variable === 'default' ? 'criterion-dir (default)' : `${variable} (the step's environment)`,
        value: located.value,
        base: where.base,
        workspace: where.workspace,
        trusted: true,
        accepted: ACCEPTED['criterion-dir'] as string
      };
  return confinePath(rule);
}
