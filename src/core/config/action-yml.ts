// Renders action.yml from the options and outputs tables, so the two never drift apart.
// Inputs have no `default:` in action.yml: the runner would always pass it, and an always-set
// input would hide the config file. The effective default is in the description and in OPTIONS.
// The exceptions are options with an `actionDefault`: the token, whose value only the workflow
// knows (`${{ github.token }}`), and options where an empty input means something (bench-args),
// which the runner could not otherwise tell from an unset one. The action reads that default as
// "not set" (actionInput), so it hides nothing.

import { OUTPUTS } from '../outputs.js';
import { OPTIONS, optionDescription } from './options.js';

const quote = (text: string): string => `'${text.replace(/'/g, "''")}'`;

export function renderActionYml(): string {
  const lines = [
    '# Generated from src/core/config/options.ts and src/core/outputs.ts by `npm run generate`; edit those.',
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
    lines.push(`    description: ${quote(`${optionDescription(option)} Default: ${fallback}.`)}`);
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
