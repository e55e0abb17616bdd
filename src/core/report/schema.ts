// JSON Schema validation (2020-12) of what we write and read, by validators compiled ahead of time
// (validators.generated.js, `npm run generate`): no run compiles a schema.

import type { ErrorObject } from 'ajv';
import auditSchema from '../../../schema/audit.schema.json' with { type: 'json' };
import baselineSchema from '../../../schema/baseline.schema.json' with { type: 'json' };
import perfReportSchema from '../../../schema/perf-report.schema.json' with { type: 'json' };
import type { PerfReport } from '../model.js';
import { audit, baseline, perfReport, type Validator } from './validators.generated.js';

const validators = new Map<object, Validator>([
  [perfReportSchema, perfReport],
  [auditSchema, audit],
  [baselineSchema, baseline]
]);

/** A schema problem: the JSON pointer of the value (empty for the root) and what is wrong with it. */
export interface SchemaIssue {
  path: string;
  message: string;
}

export const describeIssue = (issue: SchemaIssue): string => `${issue.path || '(root)'} ${issue.message}`;

function issuesOf(schema: object, data: unknown): SchemaIssue[] {
  const validate = validators.get(schema);
  if (!validate)
    throw new Error('no compiled validator for this schema (see src/core/report/validators-source.ts)');
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

/**
 * A report that matches the schema, as this version reads it: a comparison change written before
 * `quantity` existed has only `metric`, its former name, and takes its value from there.
 */
export function withQuantities(report: PerfReport): PerfReport {
  if (!report.comparison) return report;
  const changes = report.comparison.changes.map((c) => (c.quantity ? c : { ...c, quantity: c.metric }));
  return { ...report, comparison: { ...report.comparison, changes } };
}
