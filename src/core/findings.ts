// A finding is one thing the report tells the reader: an error or a warning, of a kind that
// `fail-on` can select.

/** `machine`: the compared result was measured on another machine (core/baseline/machine.ts). */
export type FindingKind =
  | 'floor'
  | 'metric'
  | 'variance'
  | 'memory'
  | 'input'
  | 'run'
  | 'regression'
  | 'machine';

export interface Finding {
  level: 'error' | 'warning';
  kind: FindingKind;
  message: string;
  /** The metric it concerns, if any ('display' | 'comp3'). */
  metric?: string;
}

export const error = (kind: FindingKind, message: string, metric?: string): Finding =>
  metric === undefined ? { level: 'error', kind, message } : { level: 'error', kind, message, metric };
export const warning = (kind: FindingKind, message: string, metric?: string): Finding =>
  metric === undefined ? { level: 'warning', kind, message } : { level: 'warning', kind, message, metric };

export type Status = 'pass' | 'warn' | 'fail';

export function statusOf(findings: readonly Finding[]): Status {
  if (findings.some((f) => f.level === 'error')) return 'fail';
  if (findings.some((f) => f.level === 'warning')) return 'warn';
  return 'pass';
}

/**
 * Whether the step fails, by `fail-on`: `floor` fails on errors, `regression` on regressions (which
 * are errors only when it is set), `warning` on every error and warning but one: a baseline from
 * another machine says nothing about this code, so it never fails the step by itself (a runner pool
 * that changed would fail every pull request until the next promotion). A bench that could not run
 * or results that could not be read fail the step whatever the list holds, unless it is empty
 * (`none`).
 */
export function shouldFail(findings: readonly Finding[], failOn: readonly string[]): boolean {
  if (failOn.length === 0) return false;
  const errors = findings.filter((f) => f.level === 'error');
  if (errors.some((f) => f.kind === 'run' || f.kind === 'input')) return true;
  if (failOn.includes('warning') && findings.some((f) => f.kind !== 'machine')) return true;
  if (failOn.includes('floor') && errors.some((f) => f.kind !== 'regression')) return true;
  return failOn.includes('regression') && errors.some((f) => f.kind === 'regression');
}
