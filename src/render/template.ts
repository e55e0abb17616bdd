// `{{name}}` placeholders in a user's markdown template. Pure: the caller reads the file. Any
// `{{…}}` counts as a placeholder, so a misspelt one (`{{display-gibs}}`) is reported, not kept.

import { InputError } from '../core/errors.js';

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The placeholder names a template uses, in order of first use. */
export function placeholdersIn(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))];
}

/** Throws an InputError naming `source`, the unknown placeholders and the known ones. */
export function checkTemplate(template: string, known: readonly string[], source: string): void {
  const accepted = new Set(known);
  const unknown = placeholdersIn(template).filter((name) => !accepted.has(name));
  if (unknown.length === 0) return;
  const list = (names: readonly string[]) => names.map((n) => `{{${n}}}`).join(', ');
  throw new InputError(
    `${source}: unknown placeholder${unknown.length > 1 ? 's' : ''} ${list(unknown)}. Accepted: ${list(known)}.`
  );
}

/** Replaces every placeholder with its value; check the template first (unknown names become empty). */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  // A function replacement, so `$&` and friends in a value stay literal.
  return template.replace(PLACEHOLDER, (_, name: string) => values[name] ?? '');
}
