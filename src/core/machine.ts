// The machine fingerprint a report records (`_metadata.machine`): what the numbers depend on besides
// the code. Pure: the shell hands in the host's facts, rustc's answer and cargo's environment.

import type { MachineFingerprint } from './model.js';
import { redactText } from './redact.js';

/** The schema's limits (perf-report.schema.json `$defs/machine`): a longer value is cut, not refused. */
const MAX_TEXT = 200;
const MAX_RUSTFLAGS = 4000;

/** Nothing known: a report whose results were measured elsewhere, by a run that recorded nothing. */
export const UNKNOWN_MACHINE: MachineFingerprint = {
  cpu_model: null,
  cpu_cores: null,
  rustc: null,
  target: null,
  rustflags: null
};

/** What `rustc -vV` prints: its first line (what `rustc -V` prints) and its `host:` triple. */
export function parseRustcVerbose(text: string): { version: string | null; host: string | null } {
  const lines = text.split(/\r?\n/).map((line) => line.trim());
  const version = lines[0] ? lines[0] : null;
  const host = lines
    .find((line) => line.startsWith('host:'))
    ?.slice('host:'.length)
    .trim();
  return { version, host: host ? host : null };
}

/** `rustc 1.85.0 (4d91de4e4 2025-02-17)` → `1.85.0` (`1.86.0-nightly` stays whole); null otherwise. */
export function rustcRelease(version: string | null): string | null {
  const match = /^rustc\s+(\S+)/.exec(version?.trim() ?? '');
  return match ? (match[1] as string) : null;
}

/**
 * The flags rustc gets from cargo's environment, as cargo reads them: CARGO_ENCODED_RUSTFLAGS
 * (0x1f-separated) when it is set, even empty, else RUSTFLAGS (split on whitespace), else none.
 * Written space-separated either way, so the same flags given either way compare equal. Flags from
 * cargo's config files (`build.rustflags`) are not seen here.
 */
export function rustflagsOf(env: Readonly<Record<string, string | undefined>>): string {
  const encoded = env.CARGO_ENCODED_RUSTFLAGS;
  const flags =
    encoded !== undefined
      ? encoded.split('\x1f')
      : (env.RUSTFLAGS ?? '').split(/\s+/).filter((flag) => flag !== '');
  return flags.filter((flag) => flag !== '').join(' ');
}

const cut = (text: string | null, max: number): string | null =>
  text === null || text === '' ? null : text.slice(0, max);

/** What a fingerprint is made from; null for what the run does not know. */
export interface FingerprintFacts {
  cpuModel: string | null;
  cpuCores: number | null;
  /** rustc's version line (`rustc 1.85.0 (…)`). */
  rustcVersion: string | null;
  /** rustc's host triple (`rustc -vV`). */
  rustcHost: string | null;
  /** The environment cargo ran with; null when cargo did not run here (target and flags unknown). */
  cargoEnv: Readonly<Record<string, string | undefined>> | null;
}

/** The fingerprint: the target is CARGO_BUILD_TARGET when cargo had it, else rustc's host. */
export function machineFingerprint(facts: FingerprintFacts): MachineFingerprint {
  const { cargoEnv } = facts;
  const target = cargoEnv ? cargoEnv.CARGO_BUILD_TARGET?.trim() || facts.rustcHost : null;
  const cores = facts.cpuCores;
  return {
    cpu_model: cut(facts.cpuModel?.trim() ?? null, MAX_TEXT),
    cpu_cores: cores !== null && Number.isInteger(cores) && cores >= 1 ? cores : null,
    rustc: cut(rustcRelease(facts.rustcVersion), MAX_TEXT),
    target: cut(target ?? null, MAX_TEXT),
    // '' is a fact (no flags), unlike null (not known). Published with the report and the data
    // branch, so a credential in them is hidden as in every other recorded setting.
    rustflags: cargoEnv ? redactText(rustflagsOf(cargoEnv)).slice(0, MAX_RUSTFLAGS) : null
  };
}
