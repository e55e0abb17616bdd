// Renders action.yml from the options and outputs tables, so the two never drift apart.
// Inputs have no `default:` in action.yml: the runner would always pass it, and an always-set
// input would hide the config file. The effective default is in the description and in OPTIONS.
// The one exception is an option with an `actionDefault` (the token): the config file may not set
// it, so there is nothing to hide, and only the workflow knows its value (`${{ github.token }}`).

import { OUTPUTS } from '../outputs.js';
import { OPTIONS } from './options.js';

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function renderActionYml(): string {
  const lines = [
    '# Generated from src/config/options.ts and src/outputs.ts by `npm run generate`; edit those.',
    "name: 'copybook-bench-action'",
    `description: ${quote('Run cargo bench, read criterion DISPLAY/COMP-3 throughput, enforce performance floors and write a schema-validated report.')}`,
    "author: 'copybook-bench-action contributors'",
    'branding:',
    "  icon: 'activity'",
    "  color: 'green'",
    'inputs:'
  ];
  for (const option of OPTIONS) {
    const actionDefault = 'actionDefault' in option ? option.actionDefault : null;
    const shown = actionDefault ?? option.default;
    const fallback = shown === '' ? 'empty' : `\`${shown}\``;
    lines.push(`  ${option.name}:`);
    lines.push(`    description: ${quote(`${option.description} Default: ${fallback}.`)}`);
    lines.push('    required: false');
    if (actionDefault !== null) lines.push(`    default: ${quote(actionDefault)}`);
  }
  lines.push('outputs:');
  for (const output of OUTPUTS) {
    lines.push(`  ${output.name}:`);
    lines.push(`    description: ${quote(output.description)}`);
  }
  lines.push('runs:', "  using: 'node24'", "  main: 'dist/index.js'");
  return `${lines.join('\n')}\n`;
}
