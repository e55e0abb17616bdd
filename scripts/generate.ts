// Regenerates action.yml and the README's input/output tables from src/config/options.ts and
// src/outputs.ts. Run with `npm run generate`; a test fails when they are out of date.

import { readFileSync, writeFileSync } from 'node:fs';
import { renderActionYml } from '../src/config/action-yml.js';
import { renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from '../src/config/docs.js';

writeFileSync('action.yml', renderActionYml());
let readme = readFileSync('README.md', 'utf8');
readme = replaceBetweenMarkers(readme, 'inputs', renderInputsTable());
readme = replaceBetweenMarkers(readme, 'outputs', renderOutputsTable());
writeFileSync('README.md', readme);
console.log('wrote action.yml and the README tables');
