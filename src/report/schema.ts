// JSON Schema validation (2020-12) of what we write and read.

import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import perfReportSchema from '../../schema/perf-report.schema.json' with { type: 'json' };
import type { PerfReport } from './types.js';

// The schemas are our own files, checked against the meta-schema by __tests__/report/schema.test.ts;
// checking them again in every run would compile the meta-schema, about 45 ms of each start-up.
const ajv = new Ajv2020({ allErrors: true, strict: true, validateSchema: false });
addFormats.default(ajv);
// Registered up front so that other schemas (baseline.json embeds a report) can $ref it by its $id.
ajv.addSchema(perfReportSchema);

const validators = new Map<object, ValidateFunction>();

function compiled(schema: object): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(schema);
    validators.set(schema, validate);
  }
  return validate;
}

function describe(errors: ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}`);
}

/** Validates data against a schema; returns the problems (empty when valid). */
export function validateAgainst(schema: object, data: unknown): string[] {
  const validate = compiled(schema);
  return validate(data) ? [] : describe(validate.errors);
}

export function validatePerfReport(data: unknown): data is PerfReport {
  return validateAgainst(perfReportSchema, data).length === 0;
}

export function perfReportProblems(data: unknown): string[] {
  return validateAgainst(perfReportSchema, data);
}
