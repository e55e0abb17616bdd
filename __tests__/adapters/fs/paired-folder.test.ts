import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import {
  checkPairedFolder,
  inheritedCargoConfigs,
  otherWorktreeFolders,
  preparePairedFolder,
  reallyInside
} from '../../../src/adapters/fs/paired-folder.js';
import { pairedLayout, WORK_FOLDER_GITIGNORE } from '../../../src/core/runner/paired-layout.js';

const scratch = realpathSync(mkdtempSync(path.join(tmpdir(), 'paired-folder-adapter-')));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const SHA = '0123456789abcdef0123456789abcdef01234567';

let count = 0;
function workspace(): string {
  const dir = path.join(scratch, `ws-${++count}`);
  mkdirSync(dir);
  return dir;
}

describe('preparePairedFolder', () => {
  it('makes the folder with a .gitignore that leaves it all out, and accepts it again', () => {
    const ws = workspace();
    const layout = pairedLayout(ws, SHA);
    expect(layout.worktree).toBe(path.join(ws, '.copybook-bench', 'paired', '0123456789ab'));
    expect(preparePairedFolder(ws, layout)).toBeNull();
    expect(existsSync(layout.pairedFolder)).toBe(true);
    expect(readFileSync(path.join(layout.workFolder, '.gitignore'), 'utf8')).toBe(WORK_FOLDER_GITIGNORE);
    mkdirSync(layout.targetDir);
    mkdirSync(layout.worktree);
    expect(preparePairedFolder(ws, layout)).toBeNull();
    expect(checkPairedFolder(ws, layout)).toBeNull();
  });

  it('lists the worktree folders of other commits, not the target folder or its own', () => {
    const ws = workspace();
    const layout = pairedLayout(ws, SHA);
    expect(otherWorktreeFolders(layout)).toEqual([]);
    expect(preparePairedFolder(ws, layout)).toBeNull();
    for (const name of ['target', '0123456789ab', 'fedcba987654'])
      mkdirSync(path.join(layout.pairedFolder, name));
    expect(otherWorktreeFolders(layout)).toEqual([path.join(layout.pairedFolder, 'fedcba987654')]);
  });
});

describe('reallyInside', () => {
  it('follows symlinks before it judges', () => {
    const ws = workspace();
    const outside = workspace();
    mkdirSync(path.join(ws, 'target'));
    writeFileSync(path.join(outside, 'bench'), '');
    symlinkSync(path.join(outside, 'bench'), path.join(ws, 'target', 'bench'));
    writeFileSync(path.join(ws, 'target', 'real'), '');
    expect(reallyInside(path.join(ws, 'target', 'real'), path.join(ws, 'target'))).toBe(true);
    expect(reallyInside(path.join(ws, 'target', 'bench'), path.join(ws, 'target'))).toBe(false);
  });
});

describe('inheritedCargoConfigs', () => {
  const config = (dir: string, name: string, text: string): void => {
    mkdirSync(path.join(dir, '.cargo'), { recursive: true });
    writeFileSync(path.join(dir, '.cargo', name), text);
  };

  it("names the workspace's cargo configs that the worktree's copy does not match", () => {
    const ws = workspace();
    const worktree = path.join(ws, '.copybook-bench', 'paired', '0123456789ab');
    mkdirSync(worktree, { recursive: true });
    expect(inheritedCargoConfigs(ws, worktree)).toEqual([]);

    config(ws, 'config.toml', '[build]\nrustflags = ["-C", "target-cpu=native"]\n');
    expect(inheritedCargoConfigs(ws, worktree)).toEqual([path.join(ws, '.cargo', 'config.toml')]);
    config(worktree, 'config.toml', '[build]\nrustflags = ["-C", "target-cpu=native"]\n');
    expect(inheritedCargoConfigs(ws, worktree)).toEqual([]);
    config(ws, 'config', '[net]\nretry = 1\n');
    expect(inheritedCargoConfigs(ws, worktree)).toEqual([path.join(ws, '.cargo', 'config')]);
  });

  it('does not read a config that leads out of the workspace, and names it', () => {
    const ws = workspace();
    const outside = workspace();
    writeFileSync(path.join(outside, 'secret'), 'token = "x"\n');
    mkdirSync(path.join(ws, '.cargo'));
    symlinkSync(path.join(outside, 'secret'), path.join(ws, '.cargo', 'config.toml'));
    const worktree = path.join(ws, 'wt');
    config(worktree, 'config.toml', 'token = "x"\n');
    expect(inheritedCargoConfigs(ws, worktree)).toEqual([path.join(ws, '.cargo', 'config.toml')]);
  });
});
