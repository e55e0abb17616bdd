// Regenerates action.yml and the input/output tables of the README (and of any docs/*.md page that
// carries their markers) from src/core/config/options.ts and src/core/outputs.ts, and the schema
// validators from schema/*.schema.json. Run with `npm run generate`; a test fails when they are out
// of date.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { renderActionYml } from '../src/core/config/action-yml.js';
import { renderInputsTable, renderOutputsTable, replaceBetweenMarkers } from '../src/core/config/docs.js';
import { renderValidators } from './validators-source.js';

const TABLES: Record<string, string> = { inputs: renderInputsTable(), outputs: renderOutputsTable() };

writeFileSync('action.yml', renderActionYml());
// The README always carries both tables; a docs page only those whose markers it has.
const pages = readdirSync('docs')
  .filter((name) => name.endsWith('.md'))
  .map((name) => `docs/${name}`);
const withTables: string[] = [];
for (const file of ['README.md', ...pages]) {
  let text = readFileSync(file, 'utf8');
  const names = Object.keys(TABLES).filter(
    (name) => file === 'README.md' || text.includes(`<!-- ${name}:start -->`)
  );
  if (names.length === 0) continue;
  for (const name of names) text = replaceBetweenMarkers(text, name, TABLES[name] as string);
  writeFileSync(file, text);
  withTables.push(file);
}
const validators = renderValidators();
writeFileSync('src/generated/validators.js', validators.js);
writeFileSync('src/generated/validators.d.ts', validators.dts);
console.log(
  `wrote action.yml, the tables of ${withTables.join(', ')} and src/generated/validators.js (.d.ts)`
);
