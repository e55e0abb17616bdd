/**
 * The bench programs of a `cargo bench --no-run --message-format=json` build, read from cargo's JSON
 * lines: each `compiler-artifact` message of a bench target names its `executable`. Also the
 * criterion version the build linked (its flags differ by version) and how much cargo reused.
 * Pure: cargo's stdout in, plain data out. Lines that are not cargo's JSON are skipped.
 */

export interface BenchExecutable {
  /** The bench target's name (`decode`). */
  target: string;
  /** The built program, as cargo names it (absolute). */
  executable: string;
  /** The package's Cargo.toml: cargo runs a bench from its folder. */
  manifestPath: string;
}

export interface BenchBuild {
  /** One per bench target, in the order asked for (in cargo's order when none was named). */
  executables: BenchExecutable[];
  /** Bench targets asked for that the build did not produce. */
  missing: string[];
  /** The version of the criterion library the build linked (`0.3.6`); null when none was seen. */
  criterionVersion: string | null;
  /** compiler-artifact messages: all of them, and those cargo reused without compiling (`fresh`). */
  artifacts: number;
  fresh: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isStringArray = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string');

/**
 * The version in one of cargo's package ids: `registry+https://…/crates.io-index#criterion@0.3.6`
 * and `path+file:///…/criterion#0.3.6` (cargo 1.77 and later), `criterion 0.3.6 (registry+…)` (older).
 */
export function packageIdVersion(id: string): string | null {
  const spec = /#(?:[^#@\s]+@)?(\d+\.\d+\.\d+[^\s#@]*)$/.exec(id);
  if (spec) return spec[1] as string;
  const old = /^\S+ (\d+\.\d+\.\d+\S*) \(/.exec(id);
  return old ? (old[1] as string) : null;
}

/** The bench executables among cargo's JSON lines; every bench target when `benches` is empty. */
export function benchBuild(stdout: string, benches: readonly string[]): BenchBuild {
  const found = new Map<string, BenchExecutable>();
  let criterionVersion: string | null = null;
  let artifacts = 0;
  let fresh = 0;
  for (const line of stdout.split('\n')) {
    const text = line.trim();
    if (!text.startsWith('{')) continue;
    let message: unknown;
    try {
      message = JSON.parse(text);
    } catch {
      continue;
    }
    if (!isObject(message) || message.reason !== 'compiler-artifact') continue;
    artifacts++;
    if (message.fresh === true) fresh++;
    const target = message.target;
    if (!isObject(target) || typeof target.name !== 'string' || !isStringArray(target.kind)) continue;
    if (
      target.name === 'criterion' &&
      target.kind.includes('lib') &&
      typeof message.package_id === 'string'
    ) {
      criterionVersion = packageIdVersion(message.package_id) ?? criterionVersion;
    }
    if (!target.kind.includes('bench')) continue;
    if (benches.length > 0 && !benches.includes(target.name)) continue;
    const { executable, manifest_path: manifestPath } = message;
    if (typeof executable !== 'string' || executable === '' || typeof manifestPath !== 'string') continue;
    if (!found.has(target.name)) found.set(target.name, { target: target.name, executable, manifestPath });
  }
  const executables =
    benches.length > 0
      ? benches.flatMap((name) => {
          const executable = found.get(name);
          return executable ? [executable] : [];
        })
      : [...found.values()];
  return {
    executables,
    missing: benches.filter((name) => !found.has(name)),
    criterionVersion,
    artifacts,
    fresh
  };
}
