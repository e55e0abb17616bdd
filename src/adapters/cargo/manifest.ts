/**
 * What `cargo metadata` does not say about a package's targets, read from its Cargo.toml: which
 * bench targets have `harness = false` (criterion's own `main`) and which targets set
 * `bench = false`. The manifest belongs to the checkout, so it is parsed as untrusted text.
 */
import { parse as parseToml, TomlError } from 'smol-toml';
import { InputError, messageOf } from '../../core/errors.js';
import type { ManifestTargets, TargetSettings } from '../../core/runner/targets.js';
import { FILE_CAPS, readFileCapped } from '../fs/confined.js';

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function settings(table: Record<string, unknown>): TargetSettings {
  const out: TargetSettings = {};
  // Only real booleans count; cargo itself refuses anything else before this is read.
  if (typeof table.harness === 'boolean') out.harness = table.harness;
  if (typeof table.bench === 'boolean') out.bench = table.bench;
  return out;
}

function named(value: unknown): Map<string, TargetSettings> {
  const map = new Map<string, TargetSettings>();
  if (!Array.isArray(value)) return map;
  for (const entry of value) {
    if (isTable(entry) && typeof entry.name === 'string') map.set(entry.name, settings(entry));
  }
  return map;
}

/** Parses a Cargo.toml's target tables; `file` names it in the message when it is not TOML. */
export function parseManifestTargets(text: string, file: string): ManifestTargets {
  let manifest: Record<string, unknown>;
  try {
    manifest = parseToml(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    throw new InputError(`${file} is not valid TOML${where}: ${messageOf(error).split('\n')[0]}`);
  }
  return {
    lib: isTable(manifest.lib) ? settings(manifest.lib) : null,
    bins: named(manifest.bin),
    benches: named(manifest.bench)
  };
}

/**
 * Reads and parses the manifest at `file` (capped; inside `root` when given: the checkout, when the
 * manifest lies in it).
 */
export async function readManifestTargets(
  file: string,
  root: string | null = null
): Promise<ManifestTargets> {
  return parseManifestTargets(readFileCapped(file, FILE_CAPS.cargoManifest, 'Cargo.toml', root), file);
}
