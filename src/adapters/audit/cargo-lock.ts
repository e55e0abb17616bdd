// Which criterion the benches were built with, from Cargo.lock (TOML: `[[package]]` tables with
// `name` and `version`). Pure: the shell finds and reads the file.

import { parse, TomlError } from 'smol-toml';
import { InputError } from '../../core/errors.js';

/** The locked versions of a package, sorted and without repeats (a lock file may hold several). */
export function lockedVersions(lockText: string, file: string, packageName = 'criterion'): string[] {
  let data: Record<string, unknown>;
  try {
    data = parse(lockText);
  } catch (error) {
    if (error instanceof TomlError) {
      throw new InputError(
        `${file}:${error.line}:${error.column}: not valid TOML: ${error.message.split('\n')[0]}`
      );
    }
    throw error;
  }
  const packages = data.package;
  if (packages === undefined) return [];
  if (!Array.isArray(packages))
    throw new InputError(`${file}: "package" must be a list of [[package]] tables`);
  const versions = packages.flatMap((p: unknown) => {
    const entry = p as { name?: unknown; version?: unknown };
    return entry?.name === packageName && typeof entry.version === 'string' ? [entry.version] : [];
  });
  return [...new Set(versions)].sort(compareVersions);
}

function semver(version: string): { core: number[]; pre: string } {
  const [main = '', ...pre] = (version.split('+')[0] ?? '').split('-');
  return { core: main.split('.').map((part) => Number(part) || 0), pre: pre.join('-') };
}

/** Semver order: `0.3.6` < `0.5.1-rc.1` < `0.5.1` < `0.10.0`. */
export function compareVersions(a: string, b: string): number {
  const x = semver(a);
  const y = semver(b);
  for (let i = 0; i < Math.max(x.core.length, y.core.length); i++) {
    const diff = (x.core[i] ?? 0) - (y.core[i] ?? 0);
    if (diff !== 0) return diff;
  }
  if (x.pre === y.pre) return 0;
  // A pre-release comes before its release.
  if (x.pre === '') return 1;
  if (y.pre === '') return -1;
  return x.pre.localeCompare(y.pre, 'en', { numeric: true });
}
