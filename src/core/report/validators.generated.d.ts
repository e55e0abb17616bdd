// Generated from schema/*.schema.json by `npm run generate` (src/core/report/validators-source.ts); edit those.
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}

export declare const perfReport: Validator;
export declare const audit: Validator;
export declare const baseline: Validator;
