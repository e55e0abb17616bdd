import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderValidators } from '../../scripts/validators-source.js';

describe('the compiled schema validators', () => {
  it('are what schema/*.schema.json compile to (run `npm run generate`)', () => {
    const { js, dts } = renderValidators();
    expect(readFileSync('src/generated/validators.js', 'utf8')).toBe(js);
    expect(readFileSync('src/generated/validators.d.ts', 'utf8')).toBe(dts);
  });

  it('import what they need instead of requiring it (the bundles are ES modules)', () => {
    const { js } = renderValidators();
    expect(js).not.toMatch(/\brequire\(/);
    expect(js).toContain("import runtime0 from 'ajv/dist/runtime/ucs2length.js';");
  });
});
