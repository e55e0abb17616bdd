import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  realpathSync,
  renameSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  type ConfineRule,
  confinePath,
  expectKind,
  FileReadError,
  formatBytes,
  isInside,
  PathError,
  readFileCapped,
  realPath,
  recheckPlace,
  rootFor,
  systemDirOf
} from '../../../src/adapters/fs/confined.js';

// Real folders: the workspace `ws` with a file, a folder and symlinks; `out` beside it.
const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'confined-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const ws = path.join(scratch, 'ws');
const out = path.join(scratch, 'out');
mkdirSync(path.join(ws, 'docs'), { recursive: true });
mkdirSync(out);
writeFileSync(path.join(ws, 'docs', 'a.md'), 'inside\n');
writeFileSync(path.join(out, 'secret.txt'), 'outside\n');
symlinkSync(path.join(out, 'secret.txt'), path.join(ws, 'leak.md'));
symlinkSync(out, path.join(ws, 'away'));
symlinkSync(path.join(ws, 'docs'), path.join(ws, 'docs-link'));
symlinkSync(path.join(ws, 'nothing-here'), path.join(ws, 'dangling'));
symlinkSync('/proc/self/environ', path.join(ws, 'environ.md'));
symlinkSync('/dev/zero', path.join(ws, 'zero.md'));
execFileSync('mkfifo', [path.join(ws, 'fifo')]);

const rule = (value: string, trusted: boolean, base = ws): ConfineRule => ({
  setting: 'comment-template',
  value,
  base,
  workspace: ws,
  trusted,
  accepted: 'a markdown file'
});

describe('isInside, systemDirOf and rootFor', () => {
  it('tell a path inside a folder from one beside it', () => {
    expect(isInside('/a/b/c', '/a/b')).toBe(true);
    expect(isInside('/a/b', '/a/b')).toBe(true);
    expect(isInside('/a/bc', '/a/b')).toBe(false);
    expect(isInside('/a', '/a/b')).toBe(false);
    expect(isInside('/a/..b/c', '/a')).toBe(true);
  });

  it('name the pseudo-filesystem a path lies in', () => {
    expect(systemDirOf('/proc/self/environ')).toBe('/proc');
    expect(systemDirOf('/sys/kernel')).toBe('/sys');
    expect(systemDirOf('/dev/zero')).toBe('/dev');
    expect(systemDirOf('/devices/x')).toBeNull();
    // A tmpfs of ordinary files.
    expect(systemDirOf('/dev/shm/target/criterion')).toBeNull();
    expect(systemDirOf('/home/runner/proc')).toBeNull();
  });

  it('give the root only for a path spelt inside it', () => {
    expect(rootFor('/w/crates/Cargo.toml', '/w')).toBe('/w');
    expect(rootFor('/elsewhere/Cargo.toml', '/w')).toBeNull();
  });
});

describe('realPath', () => {
  it('resolves symlinks in the existing part and keeps the rest', () => {
    expect(realPath(path.join(ws, 'away', 'new', 'dir'))).toBe(path.join(out, 'new', 'dir'));
    expect(realPath(path.join(ws, 'docs-link', 'a.md'))).toBe(path.join(ws, 'docs', 'a.md'));
  });

  it('refuses a dangling symlink', () => {
    expect(() => realPath(path.join(ws, 'dangling', 'x'))).toThrow(PathError);
  });
});

describe('confinePath', () => {
  it('resolves a relative path inside the workspace, through a symlink that stays inside', () => {
    expect(confinePath(rule('docs/a.md', false))).toEqual({ path: path.join(ws, 'docs', 'a.md'), root: ws });
    expect(confinePath(rule('docs-link/a.md', false))).toEqual({
      path: path.join(ws, 'docs-link', 'a.md'),
      root: ws
    });
    expect(confinePath(rule('docs/../docs/a.md', false)).path).toBe(path.join(ws, 'docs', 'a.md'));
  });

  it('refuses a ".." escape and an absolute path outside, from the config file', () => {
    expect(() => confinePath({ ...rule('../out/secret.txt', false), from: ' (from x.toml)' })).toThrow(
      `Invalid comment-template (from x.toml): "../out/secret.txt" leads out of the workspace with ".." (to ${path.join(out, 'secret.txt')}). Accepted: a markdown file; a path that stays inside the workspace ${ws}`
    );
    expect(() => confinePath(rule(path.join(out, 'secret.txt'), false))).toThrow(
      `"${path.join(out, 'secret.txt')}" is an absolute path outside the workspace.`
    );
    // Relative, but to a base outside the workspace.
    expect(() => confinePath(rule('secret.txt', false, out))).toThrow(
      `"secret.txt" resolves to ${path.join(out, 'secret.txt')}, outside the workspace.`
    );
  });

  it('takes a trusted path outside the workspace, with no root', () => {
    expect(confinePath(rule(path.join(out, 'secret.txt'), true))).toEqual({
      path: path.join(out, 'secret.txt'),
      root: null
    });
  });

  it('refuses a symlink out of the workspace, trusted or not, for what exists and what does not yet', () => {
    for (const trusted of [false, true]) {
      expect(() => confinePath(rule('leak.md', trusted))).toThrow(
        `"leak.md" leads through a symlink to ${path.join(out, 'secret.txt')}, outside the workspace.`
      );
      expect(() => confinePath(rule('away/report', trusted))).toThrow(
        `"away/report" leads through a symlink to ${path.join(out, 'report')}, outside the workspace.`
      );
    }
  });

  it('refuses /proc, /sys and /dev, as spelt or through a symlink, even trusted', () => {
    expect(() => confinePath(rule('/proc/self/environ', true))).toThrow(
      'Invalid comment-template: "/proc/self/environ" is under /proc.'
    );
    expect(() => confinePath(rule('/dev/zero', true))).toThrow('"/dev/zero" is under /dev.');
    expect(() => confinePath(rule('environ.md', true))).toThrow(
      /"environ\.md" leads through a symlink to \/proc\/\d+\/environ, under \/proc\./
    );
  });

  it('refuses a dangling symlink and a NUL', () => {
    expect(() => confinePath(rule('dangling', true))).toThrow(
      `"dangling" ${path.join(ws, 'dangling')} is a symlink whose target does not exist or loops`
    );
    expect(() => confinePath(rule('a\0b', true))).toThrow('contains a NUL character');
  });
});

describe('expectKind', () => {
  const check = (value: string, expect: Parameters<typeof expectKind>[1]) =>
    expectKind(confinePath(rule(value, true)), expect, rule(value, true));

  it('wants an existing regular file', () => {
    expect(() => check('docs/a.md', 'file')).not.toThrow();
    expect(() => check('docs/b.md', 'file')).toThrow(
      `Invalid comment-template: "docs/b.md" does not exist (looked at ${path.join(ws, 'docs', 'b.md')}). Accepted: a markdown file.`
    );
    expect(() => check('docs', 'file')).toThrow('"docs" is a directory, not a regular file');
    expect(() => check('fifo', 'file')).toThrow('"fifo" is a FIFO, not a regular file');
  });

  it('wants an existing directory, and never creates one', () => {
    expect(() => check('docs', 'directory')).not.toThrow();
    expect(() => check('crates/x', 'directory')).toThrow(
      `"crates/x" does not exist (looked at ${path.join(ws, 'crates', 'x')}); it is not created.`
    );
    expect(() => check('docs/a.md', 'directory')).toThrow('"docs/a.md" is a regular file');
  });

  it('wants a directory that exists or can be created', () => {
    expect(() => check('docs', 'creatable-directory')).not.toThrow();
    expect(() => check('new/deeper', 'creatable-directory')).not.toThrow();
    expect(() => check('docs/a.md', 'creatable-directory')).toThrow(
      `"docs/a.md" is a file, not a directory (${path.join(ws, 'docs', 'a.md')})`
    );
    expect(() => check('docs/a.md/sub', 'creatable-directory')).toThrow(
      `"docs/a.md/sub" cannot be created: ${path.join(ws, 'docs', 'a.md')} is not a directory`
    );
  });
});

describe('readFileCapped', () => {
  const refusal = (fn: () => unknown): FileReadError => {
    try {
      fn();
    } catch (error) {
      if (error instanceof FileReadError) return error;
      throw error;
    }
    throw new Error('read');
  };

  it('reads a regular file up to and including the cap', () => {
    expect(readFileCapped(path.join(ws, 'docs', 'a.md'), 7, 'doc', ws)).toBe('inside\n');
    const over = refusal(() => readFileCapped(path.join(ws, 'docs', 'a.md'), 6, 'doc'));
    expect(over.reason).toBe('too-large');
    expect(over.message).toBe(
      `doc: ${path.join(ws, 'docs', 'a.md')} is larger than 6 bytes, the most read from such a file`
    );
  });

  it('stops reading a large file at the cap', () => {
    const big = path.join(scratch, 'big.txt');
    writeFileSync(big, Buffer.alloc(3 * 1024 * 1024, 'a'));
    expect(refusal(() => readFileCapped(big, 1024 * 1024, 'big')).detail).toBe(
      'is larger than 1 MiB, the most read from such a file'
    );
    expect(readFileCapped(big, 3 * 1024 * 1024, 'big')).toHaveLength(3 * 1024 * 1024);
  });

  it('names a missing file and refuses what is not a regular file', () => {
    expect(refusal(() => readFileCapped(path.join(ws, 'none.md'), 100, 'doc')).reason).toBe('missing');
    const fifo = refusal(() => readFileCapped(path.join(ws, 'fifo'), 100, 'doc'));
    expect([fifo.reason, fifo.detail]).toEqual(['not-regular', 'is a FIFO, not a regular file']);
    expect(refusal(() => readFileCapped(path.join(ws, 'docs'), 100, 'doc')).detail).toBe(
      'is a directory, not a regular file'
    );
    expect(refusal(() => readFileCapped(path.join(ws, 'zero.md'), 100, 'doc')).detail).toBe(
      'is a character device, not a regular file'
    );
  });

  it('refuses /proc, /sys and /dev as spelt and through a symlink (where /proc files report size 0)', () => {
    expect(refusal(() => readFileCapped('/proc/self/environ', 1e6, 'doc')).detail).toBe(
      'is under /proc, which is never read'
    );
    expect(refusal(() => readFileCapped('/dev/zero', 1e6, 'doc')).reason).toBe('system');
    const viaLink = refusal(() => readFileCapped(path.join(ws, 'environ.md'), 1e6, 'doc'));
    expect(viaLink.reason).toBe('system');
    expect(viaLink.detail).toMatch(/^leads to \/proc\/\d+\/environ, under \/proc, which is never read$/);
  });

  it('refuses a file that leads outside its root, and reads it without one', () => {
    const leak = refusal(() => readFileCapped(path.join(ws, 'leak.md'), 100, 'doc', ws));
    expect([leak.reason, leak.detail]).toEqual([
      'outside',
      `leads to ${path.join(out, 'secret.txt')}, outside ${ws}`
    ]);
    expect(readFileCapped(path.join(ws, 'leak.md'), 100, 'doc')).toBe('outside\n');
  });
});

describe('recheckPlace', () => {
  it('catches a folder swapped for a symlink after it was checked', () => {
    const dir = path.join(ws, 'report');
    mkdirSync(dir);
    const confined = confinePath(rule('report', true));
    expect(() => recheckPlace(confined, 'report-dir')).not.toThrow();
    renameSync(dir, path.join(ws, 'report-old'));
    symlinkSync(out, dir);
    expect(() => recheckPlace(confined, 'report-dir')).toThrow(
      `report-dir: ${dir} leads to ${out}, outside ${ws}`
    );
  });
});

describe('formatBytes', () => {
  it('says caps the way docs/results.md does', () => {
    expect([formatBytes(1024 * 1024), formatBytes(256 * 1024), formatBytes(100)]).toEqual([
      '1 MiB',
      '256 KiB',
      '100 bytes'
    ]);
  });
});
