// A compared result measured on another machine: a change of runner pool, compiler or flags moves
// every benchmark, and must not read as the code's doing. Flagged as a warning, never judged.

import { type Finding, warning } from '../findings.js';
import type { MachineDifference, MachineFingerprint } from '../model.js';

const FIELDS: readonly (keyof MachineFingerprint)[] = [
  'cpu_model',
  'cpu_cores',
  'rustc',
  'target',
  'rustflags'
];

/** How a field is named in a message, and whether its values are quoted (they may hold spaces). */
const LABEL: Readonly<Record<keyof MachineFingerprint, { name: string; quoted: boolean }>> = {
  cpu_model: { name: 'CPU model', quoted: true },
  cpu_cores: { name: 'CPU cores', quoted: false },
  rustc: { name: 'rustc', quoted: false },
  target: { name: 'target', quoted: false },
  rustflags: { name: 'RUSTFLAGS', quoted: true }
};

/**
 * The fields known on both sides whose values differ, in the fingerprint's order. A baseline
 * without a fingerprint (written before it was recorded), or a field either side does not know, is
 * no evidence of another machine.
 */
export function machineDifferences(
  baseline: MachineFingerprint | null | undefined,
  current: MachineFingerprint | null | undefined
): MachineDifference[] {
  if (!baseline || !current) return [];
  return FIELDS.flatMap((field) => {
    const before = baseline[field];
    const now = current[field];
    return before !== null && now !== null && before !== now
      ? [{ field, baseline: before, current: now }]
      : [];
  });
}

const shown = (field: keyof MachineFingerprint, value: string | number): string =>
  LABEL[field].quoted ? JSON.stringify(String(value)) : String(value);

/**
 * `The baseline was measured on another machine (CPU model: "A" → "B"; rustc: 1.84.0 → 1.85.0): a
 * change may be the machine's, not the code's.`
 */
export function machineDifferenceMessage(differences: readonly MachineDifference[]): string {
  const parts = differences.map(
    (d) => `${LABEL[d.field].name}: ${shown(d.field, d.baseline)} → ${shown(d.field, d.current)}`
  );
  return `The baseline was measured on another machine (${parts.join('; ')}): a change may be the machine's, not the code's.`;
}

/** The warning for the report, when any field differs. */
export function machineFindings(differences: readonly MachineDifference[]): Finding[] {
  return differences.length > 0 ? [warning('machine', machineDifferenceMessage(differences))] : [];
}
