// Where criterion writes its results, from the settings and environment handed in.

import { isAbsolute, join, normalize } from 'node:path';

/** Which setting chose criterion's results folder. */
export type CriterionDirSource = 'criterion-dir' | 'CRITERION_HOME' | 'CARGO_TARGET_DIR' | 'default';

/**
 * Where criterion wrote its results, in criterion's own order: an explicit dir, `$CRITERION_HOME`,
 * `$CARGO_TARGET_DIR/criterion`, else `target/criterion`, and which of those it was. Relative paths
 * are taken against `workingDirectory`; empty values count as unset (Actions passes unset inputs as '').
 */
export function locateCriterionDir(opts: {
  criterionDir: string | null;
  workingDirectory: string;
  env: Record<string, string | undefined>;
}): { dir: string; value: string; source: CriterionDirSource } {
  const set = (value: string | null | undefined): string | null =>
    value !== null && value !== undefined && value.trim() !== '' ? value : null;
  const targetDir = set(opts.env.CARGO_TARGET_DIR);
  const explicit = set(opts.criterionDir);
  const home = set(opts.env.CRITERION_HOME);
  const [value, source]: [string, CriterionDirSource] =
    explicit !== null
      ? [explicit, 'criterion-dir']
      : home !== null
        ? [home, 'CRITERION_HOME']
        : targetDir !== null
          ? [targetDir, 'CARGO_TARGET_DIR']
          : ['target', 'default'];
  const chosen = source === 'CARGO_TARGET_DIR' || source === 'default' ? join(value, 'criterion') : value;
  // join rather than resolve: resolve would read process.cwd() for a relative base.
  const dir = isAbsolute(chosen) ? normalize(chosen) : join(opts.workingDirectory, chosen);
  return { dir, value: chosen, source };
}

/** Where criterion wrote its results (see locateCriterionDir). */
export function resolveCriterionDir(opts: Parameters<typeof locateCriterionDir>[0]): string {
  return locateCriterionDir(opts).dir;
}
