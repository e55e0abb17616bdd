import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { renderActionYml } from '../../../src/core/config/action-yml.js';
import { renderInputsTable, renderOutputsTable } from '../../../src/core/config/docs.js';
import { OPTIONS } from '../../../src/core/config/options.js';
import { OUTPUTS } from '../../../src/core/outputs.js';

describe('action.yml and README are generated from the options table', () => {
  const actionYml = readFileSync('action.yml', 'utf8');
  const readme = readFileSync('README.md', 'utf8');

  it('action.yml is up to date (run `npm run generate`)', () => {
    expect(actionYml).toBe(renderActionYml());
  });

  it('declares every option as an input without a default (but two), and runs on node24', () => {
    for (const option of OPTIONS) expect(actionYml).toContain(`\n  ${option.name}:\n    description:`);
    for (const output of OUTPUTS) expect(actionYml).toContain(`\n  ${output.name}:\n    description:`);
    // An always-set input would hide the config file: only the token (which the file cannot set)
    // and bench-args (whose '' must differ from unset; its default reads as unset) have one.
    expect(actionYml.match(/^\s+default:.*$/gm)).toEqual([
      "    default: '--noplot'",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression.
      "    default: '${{ github.token }}'"
    ]);
    expect(actionYml).toContain(
      "  github-token:\n    description: 'Token for the PR comment (needs `pull-requests: write`)."
    );
    expect(actionYml).toContain("using: 'node24'");
    expect(actionYml).toContain("main: 'dist/index.js'");
  });

  it('the README tables are up to date (run `npm run generate`)', () => {
    expect(readme).toContain(renderInputsTable());
    expect(readme).toContain(renderOutputsTable());
  });
});
