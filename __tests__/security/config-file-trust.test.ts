// The config file (.github/copybook-bench.toml) is the pull request's. A settings file written by
// the pull request's author tries to take what only the workflow may decide: another instance's
// sticky comment (`name`), a promotion from its own run (`baseline`, `baseline-branch`), a merge job
// (`mode`), and what the audit records (`audit-config`). Each is refused by name, the file and the
// input to use instead named with it.

import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../src/adapters/config/load.js';
import { InputError } from '../../src/core/errors.js';

const FILE = '.github/copybook-bench.toml';

const scratch = mkdtempSync(path.join(tmpdir(), 'config-file-trust-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let made = 0;

/** A checkout whose config file holds `toml`. */
function checkout(toml: string): string {
  const cwd = path.join(scratch, `checkout-${++made}`);
  mkdirSync(path.join(cwd, '.github'), { recursive: true });
  writeFileSync(path.join(cwd, FILE), toml);
  return cwd;
}

/** The message loading the settings stops with. */
function refusal(toml: string, inputs: Record<string, string> = {}): string {
  const cwd = checkout(toml);
  try {
    loadConfig(inputs, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('the config file was accepted');
}

const refused = (key: string): string =>
  `${FILE}: "${key}" cannot be set in the config file: a pull request controls that file. Set the action's ${key} input (or --${key}) instead.`;

describe('a config file setting what only the workflow decides', () => {
  it.each([
    // Takes over another instance's sticky comment: its ❌ rewritten to ✅.
    ['name', 'name = "release-gate"\n'],
    // Promotes the pull request's own numbers as the baseline.
    ['baseline', 'baseline = "promote"\n'],
    ['baseline-branch', 'baseline-branch = "feature/faster-numbers"\n'],
    // Turns the job into a merge job that reads other jobs' reports.
    ['mode', 'mode = "merge"\n'],
    // Chooses what the audit record holds.
    ['audit-config', 'audit-config = ".github/audit.yml"\n']
  ])('%s is refused, naming the key, the file and the input', (key, toml) => {
    expect(refusal(`display-floor = "1 B/s"\n${toml}`)).toBe(refused(key));
  });

  it('is refused when the workflow sets the input too', () => {
    expect(refusal('name = "release-gate"\n', { name: 'copybook-bench' })).toBe(refused('name'));
  });

  it('names every such key of one file', () => {
    const message = refusal(
      'name = "release-gate"\nbaseline = "promote"\naudit-config = ".github/audit.yml"\nmode = "merge"\n'
    );
    expect(message).toBe(
      `${FILE}: "name", "baseline", "audit-config" and "mode" cannot be set in the config file: a pull request controls that file. Set the action's name, baseline, audit-config and mode inputs (or --name, --baseline, --audit-config, --mode) instead.`
    );
  });

  it('keeps the token out as before, without repeating it', () => {
    const token = 'ghs_configFileTrust0123456789abcdefghijk';
    const message = refusal(`github-token = "${token}"\nname = "release-gate"\n`);
    expect(message).toContain(`${FILE}: "github-token" cannot be set in the config file`);
    expect(message).not.toContain(token);
  });

  it('leaves the other settings to the file', () => {
    const config = loadConfig(
      { name: 'bench-arm64', baseline: 'compare' },
      checkout('testbed = "arm64"\ncomment = "on-failure"\n')
    );
    expect([config.name, config.baseline, config.testbed, config.comment]).toEqual([
      'bench-arm64',
      'compare',
      'arm64',
      'on-failure'
    ]);
  });
});
