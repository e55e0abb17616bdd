/**
 * Checks before a benchmark run, so that a missing toolchain or a misspelt package fails in a second
 * with a clear message instead of deep inside a cargo build.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import * as exec from '@actions/exec';
import { childEnv } from '../../core/child-env.js';
import { InputError } from '../../core/errors.js';
import { parsePackageSpec, specMatches } from '../../core/runner/package-spec.js';

/** A problem with the machine or the checkout (not with an input). */
export class PreflightError extends Error {
  override name = 'PreflightError';
}

export const CARGO_NOT_FOUND =
  'cargo was not found on PATH; install Rust (e.g. dtolnay/rust-toolchain or rustup) before this step';

export interface PreflightOptions {
  /** The workspace member that will be benchmarked: a name or a package spec (`name@1.2.3`, …). */
  packageName: string;
  /** Where cargo runs (the workspace or a directory inside it). */
  cwd: string;
  /** Variables layered over process.env (PATH here decides where cargo is looked for). */
  env?: Record<string, string>;
}

/** A target of a package, as `cargo metadata` lists it. */
export interface CargoTarget {
  name: string;
  /** `lib`, `bin`, `bench`, `test`, `example`, `custom-build`, `proc-macro`, … */
  kind: string[];
  /** Features the target needs (`required-features`); empty when it needs none. */
  requiredFeatures: string[];
}

/** The workspace member that the package spec names. */
export interface MemberPackage {
  name: string;
  version: string;
  manifestPath: string;
  targets: CargoTarget[];
  /** The `[features]` table as cargo resolved it (optional dependencies included). */
  features: Record<string, string[]>;
}

export interface Workspace {
  /** Absolute path of the cargo that was found. */
  cargoPath: string;
  workspaceRoot: string;
  /** Names of the workspace members, sorted. */
  members: string[];
  package: MemberPackage;
}

/** The first executable file named `command` in the directories of `pathValue`, or null. */
export function findOnPath(
  command: string,
  pathValue: string | undefined,
  platform: NodeJS.Platform = process.platform
): string | null {
  const extensions = platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const dir of (pathValue ?? '').split(delimiter)) {
    if (dir === '') continue; // an empty entry would mean the cwd, which is not where cargo lives
    for (const ext of extensions) {
      const candidate = join(dir, command + ext);
      try {
        if (!statSync(candidate).isFile()) continue;
        if (platform !== 'win32') accessSync(candidate, constants.X_OK);
        return candidate;
      } catch {
        // missing or not executable: keep looking
      }
    }
  }
  return null;
}

interface MetadataPackage {
  id: string;
  name: string;
  version?: string;
  manifest_path?: string;
  targets?: { name?: unknown; kind?: unknown; 'required-features'?: unknown }[];
  features?: Record<string, string[]>;
}

interface CargoMetadata {
  workspace_root?: string;
  workspace_members?: string[];
  packages?: MetadataPackage[];
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

function memberPackage(p: MetadataPackage): MemberPackage {
  return {
    name: p.name,
    version: p.version ?? '',
    manifestPath: p.manifest_path ?? '',
    targets: (p.targets ?? []).map((t) => ({
      name: typeof t.name === 'string' ? t.name : '',
      kind: strings(t.kind),
      requiredFeatures: strings(t['required-features'])
    })),
    features: p.features ?? {}
  };
}

/** Finds cargo and the workspace member at `cwd` that `packageName` (a name or spec) names. */
export async function preflight(opts: PreflightOptions): Promise<Workspace> {
  const env = childEnv(opts.env ?? {}, process.env);
  const cargoPath = findOnPath('cargo', env.PATH);
  if (cargoPath === null) throw new PreflightError(CARGO_NOT_FOUND);
  if (!existsSync(opts.cwd)) {
    throw new PreflightError(`The working directory ${opts.cwd} does not exist`);
  }

  // --no-deps: only the workspace's own packages, so no registry or network is needed.
  const result = await exec.getExecOutput(cargoPath, ['metadata', '--format-version', '1', '--no-deps'], {
    cwd: opts.cwd,
    env,
    silent: true,
    ignoreReturnCode: true
  });
  if (result.exitCode !== 0) {
    throw new PreflightError(
      `cargo metadata failed in ${opts.cwd} (exit code ${result.exitCode}): ${result.stderr.trim()}`
    );
  }
  let metadata: CargoMetadata;
  try {
    metadata = JSON.parse(result.stdout) as CargoMetadata;
  } catch {
    throw new PreflightError(`cargo metadata in ${opts.cwd} printed something that is not JSON`);
  }
  const memberIds = new Set(metadata.workspace_members ?? []);
  const memberPackages = (metadata.packages ?? []).filter((p) => memberIds.has(p.id)).map(memberPackage);
  const members = memberPackages.map((p) => p.name).sort();
  const workspaceRoot = metadata.workspace_root ?? opts.cwd;

  const spec = parsePackageSpec(opts.packageName);
  if (spec === null) {
    throw new InputError(
      `Input 'package': '${opts.packageName}' is not a Cargo package name or package spec`
    );
  }
  // Names are unique within a workspace, and a folder holds one package: at most one matches.
  const found = memberPackages.find((p) =>
    specMatches(spec, { name: p.name, version: p.version, directory: dirname(p.manifestPath) })
  );
  if (found === undefined) {
    // cargo matches package names exactly, so a -/_ mix-up is a common miss worth naming.
    const normalized = (spec.name ?? '').replaceAll('_', '-');
    const near = members.find((m) => m.replaceAll('_', '-') === normalized && m !== spec.name);
    const hint = near ? ` (did you mean '${near}'?)` : '';
    // A spec with a version or a folder missed on those: show them too.
    const detailed = spec.version !== null || spec.directory !== null;
    const shown = memberPackages
      .map((p) => (detailed ? `${p.name}@${p.version} (${dirname(p.manifestPath)})` : p.name))
      .sort();
    const list = shown.length > 0 ? shown.join(', ') : '(none)';
    throw new InputError(
      `Input 'package': '${opts.packageName}' is not a member of the Cargo workspace at ${workspaceRoot}${hint}; ` +
        `its members are: ${list}`
    );
  }
  return { cargoPath, workspaceRoot, members, package: found };
}
