// JSON Schema validation (2020-12) of what we write and read, by validators compiled ahead of time
// (src/generated/validators.js, `npm run generate`): no run compiles a schema.

import type { ErrorObject } from 'ajv';
import auditSchema from '../../../schema/audit.schema.json' with { type: 'json' };
import baselineSchema from '../../../schema/baseline.schema.json' with { type: 'json' };
import historyRecordSchema from '../../../schema/history-record.schema.json' with { type: 'json' };
import perfReportSchema from '../../../schema/perf-report.schema.json' with { type: 'json' };
import { audit, baseline, historyRecord, perfReport, type Validator } from '../../generated/validators.js';
import type { PerfReport } from '../model.js';

const validators = new Map<object, Validator>([
  [perfReportSchema, perfReport],
  [auditSchema, audit],
  [baselineSchema, baseline],
  [historyRecordSchema, historyRecord]
]);

/** A schema problem: the JSON pointer of the value (empty for the root) and what is wrong with it. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export const describeIssue = (issue: SchemaIssue): string => `${issue.path || '(root)'} ${issue.message}`;

function issuesOf(schema: object, data: unknown): SchemaIssue[] {
  const validate = validators.get(schema);
  if (!validate) throw new Error('no compiled validator for this schema (see scripts/validators-source.ts)');
  if (validate(data)) return [];
  return (validate.errors ?? []).map((e: ErrorObject) => ({
    path: e.instancePath,
    message: e.message ?? 'is invalid'
  }));
}

/** Validates data against one of schema/*.schema.json; returns the problems (empty when valid). */
export function validateAgainst(schema: object, data: unknown): string[] {
  return issuesOf(schema, data).map(describeIssue);
}

/** The problems of a perf.json, each with where it is (see repairReport). */
export function perfReportIssues(data: unknown): SchemaIssue[] {
  return issuesOf(perfReportSchema, data);
}

export function perfReportProblems(data: unknown): string[] {
  return validateAgainst(perfReportSchema, data);
}

/** The problems of an audit record against schema/audit.schema.json (empty when valid). */
export function auditRecordProblems(data: unknown): string[] {
  return validateAgainst(auditSchema, data);
}

/** The JSON files a run writes, each with the schema it must match. */
const JSON_DOCUMENTS = {
  'perf.json': { schema: perfReportSchema, file: 'schema/perf-report.schema.json' },
  'audit.json': { schema: auditSchema, file: 'schema/audit.schema.json' },
  'baseline.json': { schema: baselineSchema, file: 'schema/baseline.schema.json' }
} as const;

export type JsonDocument = keyof typeof JSON_DOCUMENTS;

/** A document that does not match its schema: it is never written. */
export class SchemaMismatchError extends Error {
  override name = 'SchemaMismatchError';
}

/**
 * The text to write for `data` (pretty-printed, one trailing newline), after checking it against
 * its schema: every JSON file a run writes goes through here, so none is written invalid.
 */
export function checkedJsonText(kind: JsonDocument, data: unknown): string {
  const { schema, file } = JSON_DOCUMENTS[kind];
  const problems = validateAgainst(schema, data);
  if (problems.length > 0)
    throw new SchemaMismatchError(`${kind} does not match ${file}: ${problems.join('; ')}`);
  return `${JSON.stringify(data, null, 2)}\n`;
}

/**
 * A report that matches the schema, as this version reads it: a comparison change written before
 * `quantity` existed has only `metric`, its former name, and takes its value from there.
 */
export function withQuantities(report: PerfReport): PerfReport {
  if (!report.comparison) return report;
  const changes = report.comparison.changes.map((c) => (c.quantity ? c : { ...c, quantity: c.metric }));
  return { ...report, comparison: { ...report.comparison, changes } };
}
