// Which environment variables' values the audit record may hold. The audit-config YAML lies in the
// checkout, so a pull request chooses which names it lists; only the workflow (`audit-variables`)
// and the runner's own public variables decide whose values are shown. Pure.

import { isCredentialName } from '../redact.js';

/** What the record shows in place of a value the workflow did not allow. */
export const WITHHELD_VALUE = '(withheld)';

/** An environment variable's name: letters, digits and `_`, not starting with a digit. */
export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

// Stricter than isCredentialName for the runner's names: any of these anywhere in the name.
const CREDENTIAL_MARKS = /TOKEN|SECRET|KEY|PASSWORD/i;

/**
 * The runner's public variables: `CI`, `GITHUB_*` and `RUNNER_*`, but never one whose name
 * contains TOKEN, SECRET, KEY or PASSWORD or otherwise looks like a credential (so never
 * `GITHUB_TOKEN`). The runner sets them for every step; they say where and how the job ran.
 */
export function isPublicVariable(name: string): boolean {
  if (name !== 'CI' && !name.startsWith('GITHUB_') && !name.startsWith('RUNNER_')) return false;
  return !CREDENTIAL_MARKS.test(name) && !isCredentialName(name);
}

/** Whether the record may show `name`'s value: the runner's public variables and those the workflow allows. */
export function mayRecordValue(name: string, allowed: ReadonlySet<string>): boolean {
  return !isCredentialName(name) && (allowed.has(name) || isPublicVariable(name));
}
