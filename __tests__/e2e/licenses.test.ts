// dist/licenses.txt covers every bundled package, whether its code is in an entry file or in a chunk
// that loads on first use (scripts/licenses.ts; ncc's own --license keeps only one chunk's list).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { REPO_ROOT } from '../helpers/cargo.js';

const licenses = readFileSync(path.join(REPO_ROOT, 'dist', 'licenses.txt'), 'utf8');

/** The packages listed: an entry starts the file or follows a blank line, then its license id. */
const listed = (name: string) => licenses.startsWith(`${name}\n`) || licenses.includes(`\n\n${name}\n`);

describe('dist/licenses.txt', () => {
  it("lists what the entry files and the service clients' chunks carry", () => {
    const bundled = [
      // In the entry files.
      ...['@actions/core', '@actions/exec', 'ajv', 'ajv-formats', 'smol-toml', 'yaml'],
      // In the clients' chunks (undici is in the Action's entry file too: @actions/core needs it).
      ...['@actions/github', '@octokit/core', '@octokit/plugin-retry', '@octokit/plugin-throttling'],
      ...['@actions/cache', '@actions/artifact', '@azure/storage-blob', 'undici']
    ];
    expect(bundled.filter((name) => !listed(name))).toEqual([]);
  });
});
