// A GitHub Actions runner reads a step's output line by line and takes a line for a workflow command
// when, after leading white space, it starts with `::name` (`::add-mask::`, `::error::`,
// `::stop-commands::`), or when it holds the older `##[name` anywhere; it ends a line at LF, CR or
// CRLF. @actions/core's `info` prints a message as it is, the CLI prints to stderr, and a message
// can name a benchmark id, which the code under test chooses. No id may make a line a command.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { logText } from '../../src/core/log.js';
import { runAction } from '../helpers/action-process.js';
import { REPO_ROOT } from '../helpers/cargo.js';
import { HEALTHY, type TreeBenchmark, writeTree } from '../helpers/criterion-tree.js';

// The commands the runner registers (actions/runner ActionCommandManager and its extensions).
const REGISTERED = [
  'set-env',
  'set-output',
  'save-state',
  'add-mask',
  'add-path',
  'add-matcher',
  'remove-matcher',
  'debug',
  'warning',
  'error',
  'notice',
  'group',
  'endgroup',
  'echo',
  'stop-commands'
];

/** The commands the runner would act on in this output, as `name` (data left out). */
function commandsIn(output: string): string[] {
  const found: string[] = [];
  for (const line of output.split(/\r\n|\r|\n/)) {
    const v2 = /^::([^\s:]+)[\s:]/.exec(line.replace(/^\s+/u, ''));
    if (v2 && REGISTERED.includes(v2[1] as string)) found.push(v2[1] as string);
    else {
      // The older form, anywhere in the line, as long as v2 did not match.
      for (const match of line.matchAll(/##\[([^\s\]]+)[\s\]]/g)) {
        if (REGISTERED.includes(match[1] as string)) found.push(match[1] as string);
      }
    }
  }
  return found;
}

describe('logText', () => {
  it('keeps a LF-separated message on its lines but no line starts a command', () => {
    expect(logText('decode/x\n::add-mask::decode\nregressed')).toBe(
      'decode/x\n\\::add-mask::decode\nregressed'
    );
    expect(commandsIn(logText('a\n  ::error::forged\n::stop-commands::t'))).toEqual([]);
  });

  it('shows a lone CR (a line break to the runner) escaped', () => {
    expect(logText('a\r::error::forged')).toBe('a\\r::error::forged');
    expect(commandsIn(logText('a\r::error::forged'))).toEqual([]);
  });

  it('writes the older `##[command]` form so that the runner does not find it', () => {
    expect(logText('id ##[add-mask]secret ###[error]x')).toBe('id ##\\[add-mask]secret ###\\[error]x');
    expect(commandsIn(logText('id ##[add-mask]secret'))).toEqual([]);
  });

  it('shows U+2028, NEL, bidi and escape sequences escaped, and leaves plain text alone', () => {
    expect(logText('a\u2028b\u0085c\u202ed\u001b[31me')).toBe('a\\u{2028}b\\u{85}c\\u{202e}d\\u{1b}[31me');
    expect(logText('Read 5 benchmarks from target/criterion (disk).')).toBe(
      'Read 5 benchmarks from target/criterion (disk).'
    );
  });
});

// Each id names a DISPLAY benchmark (the glob's `*` takes any character but `/`) that varies by 20%,
// above the default tolerance of 5%, so a warning names it.
const HOSTILE: readonly TreeBenchmark[] = [
  '\n::add-mask::decode\n',
  '\r::stop-commands::pwned\r',
  'x ##[error]forged',
  '\n  ::error title=forged::looks like ours',
  '::set-output name=status::pass',
  '\u2028::warning::u2028'
].map((name) => ({ id: `decode_display_heavy/${name}`, bytes: 1024 ** 3, ns: 250e6, stdDevNs: 50e6 }));
const INPUTS = { 'display-benchmarks': 'decode_display_heavy/*' };

const scratch = mkdtempSync(path.join(tmpdir(), 'workflow-commands-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const tree = path.join(scratch, 'target', 'criterion');
writeTree(tree, [...HEALTHY, ...HOSTILE]);

describe('benchmark ids that spell workflow commands', () => {
  it('make no command in the output of the CLI (a CI step reads it too)', () => {
    const run = spawnSync(
      process.execPath,
      [
        path.join(REPO_ROOT, 'dist', 'cli', 'index.js'),
        'analyze',
        '--criterion-dir',
        tree,
        '--report-dir',
        'cli-report',
        ...Object.entries(INPUTS).flatMap(([name, value]) => [`--${name}`, value])
      ],
      { cwd: scratch, encoding: 'utf8', timeout: 60_000 }
    );
    expect(run.status).toBe(0);
    // The warnings are there, naming the ids: a line feed stays a line break, a CR is shown.
    expect(run.stderr).toContain(
      'warning: DISPLAY benchmark decode_display_heavy/\n\\::add-mask::decode\n varies'
    );
    expect(run.stderr).toContain('decode_display_heavy/x ##\\[error]forged varies');
    expect(run.stderr).toContain('decode_display_heavy/\\r::stop-commands::pwned\\r varies');
    expect(commandsIn(run.stdout)).toEqual([]);
    expect(commandsIn(run.stderr)).toEqual([]);
  });

  it('make no command in the Action’s log but its own groups and annotations', async () => {
    const run = await runAction({ run: 'false', ...INPUTS }, { cwd: scratch });
    expect(run.exitCode).toBe(0);
    const commands = commandsIn(run.stdout);
    expect(commands.filter((name) => !['group', 'endgroup', 'warning', 'notice'].includes(name))).toEqual([]);
    // The verdict of a step that passes is one notice.
    expect(commands.filter((name) => name === 'notice')).toHaveLength(1);
    // One annotation per hostile id, each one line (core escapes CR and LF in its data).
    const annotations = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::warning title=copybook-bench::'));
    expect(annotations).toHaveLength(HOSTILE.length);
    expect(commands.filter((name) => name === 'warning')).toHaveLength(HOSTILE.length);
    expect(commandsIn(run.stderr)).toEqual([]);
  });
});
