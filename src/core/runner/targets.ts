/**
 * Which bench targets a run passes as `--bench <name>` when the `benches` input is empty: the
 * package's bench targets with `harness = false` (criterion's, which parse criterion's flags) whose
 * required features are enabled. Left to cargo, `cargo bench -p <package> -- <args>` would hand the
 * arguments to the library's and every binary's libtest harness too, which exits with
 * "Unrecognized option". Pure: the shell reads `cargo metadata` and the manifest.
 */

/** The settings of one target table (`[lib]`, `[[bin]]`, `[[bench]]`) that decide how it benches. */
export interface TargetSettings {
  /** `harness = …`; absent means cargo's default, libtest (true). */
  harness?: boolean;
  /** `bench = …`; absent means cargo's default (true for lib, bins and benches). */
  bench?: boolean;
}

/** The target tables of a package's Cargo.toml (adapters/cargo/manifest.ts reads them). */
export interface ManifestTargets {
  lib: TargetSettings | null;
  /** By target name. */
  bins: Map<string, TargetSettings>;
  benches: Map<string, TargetSettings>;
}

export interface PackageTargets {
  name: string;
  targets: readonly { name: string; kind: readonly string[]; requiredFeatures: readonly string[] }[];
  /** The `[features]` table as `cargo metadata` gives it. */
  features: Readonly<Record<string, readonly string[]>>;
}

export interface LeftOutTarget {
  name: string;
  /** `bench`, `lib` or `bin`. */
  kind: string;
  reason: string;
}

export interface TargetChoice {
  run: string[];
  leftOut: LeftOutTarget[];
}

/** Features asked for on cargo's command line. */
export interface FeatureRequest {
  all: boolean;
  noDefault: boolean;
  features: string[];
}

/**
 * cargo's flags that choose targets themselves; with one of them in `cargo-args` the run adds no
 * `--bench` of its own.
 */
const TARGET_FLAGS = [
  '--lib',
  '--bin',
  '--bins',
  '--bench',
  '--benches',
  '--test',
  '--tests',
  '--example',
  '--examples',
  '--all-targets'
];

/** The first target-choosing flag in cargo's arguments, or null. */
export function targetFlag(cargoArgs: readonly string[]): string | null {
  for (const arg of cargoArgs) {
    const flag = arg.split('=')[0] as string;
    if (TARGET_FLAGS.includes(flag)) return flag;
  }
  return null;
}

/** Reads `--features a,b`, `--features=a`, `-F a`, `-Fa`, `--all-features`, `--no-default-features`. */
export function featureRequest(cargoArgs: readonly string[], packageName: string): FeatureRequest {
  const request: FeatureRequest = { all: false, noDefault: false, features: [] };
  const add = (list: string) => {
    for (const item of list.split(/[\s,]+/)) {
      if (item === '') continue;
      // `<package>/<feature>` names a feature of the package itself.
      request.features.push(item.startsWith(`${packageName}/`) ? item.slice(packageName.length + 1) : item);
    }
  };
  for (let i = 0; i < cargoArgs.length; i++) {
    const arg = cargoArgs[i] as string;
    if (arg === '--all-features') request.all = true;
    else if (arg === '--no-default-features') request.noDefault = true;
    else if (arg === '--features' || arg === '-F') add(cargoArgs[++i] ?? '');
    else if (arg.startsWith('--features=')) add(arg.slice('--features='.length));
    else if (arg.startsWith('-F')) add(arg.slice(2).replace(/^=/, ''));
  }
  return request;
}

/**
 * Every feature the request turns on, following the package's `[features]` table (`default`
 * unless `--no-default-features`); 'all' for `--all-features`. Entries that reach into
 * dependencies (`dep:x`, `x/y`) are kept as written.
 */
export function enabledFeatures(
  request: FeatureRequest,
  table: Readonly<Record<string, readonly string[]>>
): Set<string> | 'all' {
  if (request.all) return 'all';
  const enabled = new Set<string>();
  const queue = [...request.features];
  if (!request.noDefault && Object.hasOwn(table, 'default')) queue.push('default');
  while (queue.length > 0) {
    const feature = queue.pop() as string;
    if (enabled.has(feature)) continue;
    enabled.add(feature);
    for (const item of Object.hasOwn(table, feature) ? (table[feature] ?? []) : []) {
      if (Object.hasOwn(table, item)) queue.push(item);
      else enabled.add(item);
      // `x/y` also turns on an optional dependency `x`, which is itself a feature.
      const dependency = /^([^/?]+)\//.exec(item)?.[1];
      if (dependency !== undefined && Object.hasOwn(table, dependency)) queue.push(dependency);
    }
  }
  return enabled;
}

const LIBRARY_KINDS = new Set(['lib', 'rlib', 'dylib', 'cdylib', 'staticlib', 'proc-macro']);
// cargo accepts nearly any target name, newlines included; the command line and the log only get
// plain ones (a line starting with `::` in the log would be a workflow command).
const PLAIN_NAME = /^[A-Za-z0-9_.+-]+$/;

/** A target name as the log shows it: as it is when plain, else quoted with escapes. */
function shownName(name: string): string {
  return PLAIN_NAME.test(name) ? name : JSON.stringify(name);
}
const REFUSES = "libtest's harness, which refuses criterion's arguments";

function featureHint(missing: readonly string[]): string {
  const names = missing.map((f) => `\`${f}\``).join(', ');
  return `needs feature${missing.length === 1 ? '' : 's'} ${names}, not enabled (add \`--features ${missing.join(',')}\` to cargo-args)`;
}

/** The bench targets to run, and every target `cargo bench` would otherwise run, with the reason. */
export function chooseBenchTargets(
  pkg: PackageTargets,
  manifest: ManifestTargets,
  cargoArgs: readonly string[]
): TargetChoice {
  const enabled = enabledFeatures(featureRequest(cargoArgs, pkg.name), pkg.features);
  const choice: TargetChoice = { run: [], leftOut: [] };
  for (const target of pkg.targets) {
    const leaveOut = (kind: string, reason: string) =>
      choice.leftOut.push({ name: target.name, kind, reason });
    if (target.kind.includes('bench')) {
      const declared = manifest.benches.get(target.name);
      const missing =
        enabled === 'all' ? [] : target.requiredFeatures.filter((feature) => !enabled.has(feature));
      if (!PLAIN_NAME.test(target.name)) leaveOut('bench', 'not a plain name (letters, digits, _ - . +)');
      else if (declared?.bench === false) leaveOut('bench', '`bench = false` in Cargo.toml');
      else if (declared?.harness !== false) {
        const why = declared
          ? 'its [[bench]] entry does not set `harness = false`'
          : 'no [[bench]] entry sets `harness = false`';
        leaveOut('bench', `${REFUSES} (${why})`);
      } else if (missing.length > 0) leaveOut('bench', featureHint(missing));
      else choice.run.push(target.name);
    } else if (target.kind.some((kind) => LIBRARY_KINDS.has(kind))) {
      // A target with `bench = false` is not run by `cargo bench` anyway: nothing to say about it.
      if (manifest.lib?.bench !== false) leaveOut('lib', REFUSES);
    } else if (target.kind.includes('bin')) {
      if (manifest.bins.get(target.name)?.bench !== false) leaveOut('bin', REFUSES);
    }
  }
  return choice;
}

/** Log lines that say what runs and what was left out, and why. */
export function describeChoice(packageName: string, choice: TargetChoice): string[] {
  const lines = [
    choice.run.length > 0
      ? `Bench targets of ${packageName} with harness = false: ${choice.run.join(', ')}`
      : `${packageName} has no bench target with harness = false and its required features enabled`
  ];
  for (const t of choice.leftOut) lines.push(`  left out ${shownName(t.name)} (${t.kind}): ${t.reason}`);
  if (choice.leftOut.length > 0) lines.push('  (name targets in `benches` to choose them yourself)');
  return lines;
}

/** The error when nothing can run. */
export function noTargetsMessage(packageName: string, choice: TargetChoice): string {
  const leftOut = choice.leftOut.map((t) => `${shownName(t.name)} (${t.kind}): ${t.reason}`).join('; ');
  return (
    `${packageName} has no bench target to run with criterion's arguments: none has harness = false and its ` +
    `required features enabled${leftOut === '' ? '' : ` (left out ${leftOut})`}. Add a [[bench]] entry with ` +
    '`harness = false` to its Cargo.toml, enable the features in `cargo-args`, or name the targets in `benches`.'
  );
}
