// JSON Schema validation (2020-12) of what we write and read, by validators compiled ahead of time
// (validators.generated.js, `npm run generate`): no run compiles a schema.

import type { ErrorObject } from 'ajv';
import auditSchema from '../../schema/audit.schema.json' with { type: 'json' };
import baselineSchema from '../../schema/baseline.schema.json' with { type: 'json' };
import perfReportSchema from '../../schema/perf-report.schema.json' with { type: 'json' };
import type { PerfReport } from './types.js';
import { audit, baseline, perfReport, type Validator } from './validators.generated.js';

const validators = new Map<object, Validator>([
  [perfReportSchema, perfReport],
  [auditSchema, audit],
  [baselineSchema, baseline]
]);

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

/** Validates data against one of schema/*.schema.json; returns the problems (empty when valid). */
export function validateAgainst(schema: object, data: unknown): string[] {
  const validate = validators.get(schema);
  if (!validate)
    throw new Error('no compiled validator for this schema (see src/report/validators-source.ts)');
  return validate(data) ? [] : describe(validate.errors);
}

export function validatePerfReport(data: unknown): data is PerfReport {
  return validateAgainst(perfReportSchema, data).length === 0;
}

export function perfReportProblems(data: unknown): string[] {
  return validateAgainst(perfReportSchema, data);
}
