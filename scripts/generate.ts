// Regenerates action.yml and the README's input/output tables from src/core/config/options.ts and
// src/core/outputs.ts, and the schema validators from schema/*.schema.json. Run with `npm run generate`;
// a test fails when they are out of date.

import { readFileSync, writeFileSync } from 'node:fs';
import { renderActionYml } from '../src/core/config/action-yml.js';
import { renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from '../src/core/config/docs.js';
import { renderValidators } from './validators-source.js';

writeFileSync('action.yml', renderActionYml());
let readme = readFileSync('README.md', 'utf8');
readme = replaceBetweenMarkers(readme, 'inputs', renderInputsTable());
readme = replaceBetweenMarkers(readme, 'outputs', renderOutputsTable());
writeFileSync('README.md', readme);
const validators = renderValidators();
writeFileSync('src/generated/validators.js', validators.js);
writeFileSync('src/generated/validators.d.ts', validators.dts);
console.log('wrote action.yml, the README tables and src/generated/validators.js (.d.ts)');
