// The schema validators as code: ajv's standalone output for schema/*.schema.json, written to
// src/core/report/validators.generated.js by `npm run generate` (a test fails when it is out of date).
// Compiling the schemas in every run was half of an analysis' start-up; the compiled code is the
// same that ajv would build at run time, so the checks and their messages do not change.
// Build time only: nothing that runs in the Action or the CLI imports this module.

import { _, Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import addFormats from 'ajv-formats';
import auditSchema from '../../../schema/audit.schema.json' with { type: 'json' };
import baselineSchema from '../../../schema/baseline.schema.json' with { type: 'json' };
import perfReportSchema from '../../../schema/perf-report.schema.json' with { type: 'json' };

/** The exported validator's name for each schema. */
const SCHEMAS = {
  perfReport: perfReportSchema,
  audit: auditSchema,
  baseline: baselineSchema
} as const;

const HEADER =
  '// Generated from schema/*.schema.json by `npm run generate` (src/core/report/validators-source.ts); edit those.\n';

/** The module's source and its type declarations. */
export function renderValidators(): { js: string; dts: string } {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // The formats by a name the module imports (ajv-formats would emit a require()).
    code: { source: true, esm: true, lines: true, formats: _`fullFormats` }
  });
  addFormats.default(ajv);
  for (const schema of Object.values(SCHEMAS)) ajv.addSchema(schema);
  const ids = Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, schema.$id]));
  let code = standaloneCode.default(ajv, ids);

  // ajv's runtime helpers (ucs2length, ...) come as require() even in ESM output: make them imports.
  const imports = [`import { fullFormats } from 'ajv-formats/dist/formats.js';`];
  const specifiers = [...new Set([...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string))];
  specifiers.forEach((specifier, i) => {
    imports.push(`import runtime${i} from '${specifier.endsWith('.js') ? specifier : `${specifier}.js`}';`);
    code = code.replaceAll(`require("${specifier}")`, `runtime${i}`);
  });
  code = code.replace(/^"use strict";\n?/, '');

  const dts = [
    "import type { ErrorObject } from 'ajv';",
    '',
    'export interface Validator {',
    '  (data: unknown): boolean;',
    '  errors?: ErrorObject[] | null;',
    '}',
    '',
    ...Object.keys(SCHEMAS).map((name) => `export declare const ${name}: Validator;`)
  ];
  return { js: `${HEADER}${imports.join('\n')}\n${code}\n`, dts: `${HEADER}${dts.join('\n')}\n` };
}
