// The lock records the machine and the time it is handed, and judges another host's lock by its age
// on the clock it is handed: literal clocks and a stand-in machine, real files.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import {
  HEARTBEAT_MS,
  holderGone,
  LOCK_FILE,
  type LockHolder,
  lockReportDir,
  readLockHolder,
  STALE_FOREIGN_MS
} from '../../../src/adapters/fs/lock.js';
import { HOST } from '../../helpers/host.js';

const dir = (): string => mkdtempSync(path.join(tmpdir(), 'lock-'));

describe('lockReportDir', () => {
  it('writes the host name and the start time it is handed', async () => {
    const held = await lockReportDir(dir(), () => Date.UTC(2030, 0, 2, 3, 4, 5), HOST);
    try {
      expect(readLockHolder(held.file)).toMatchObject({
        pid: process.pid,
        host: 'stand-in-host',
        started_at: '2030-01-02T03:04:05.000Z'
      });
    } finally {
      held.release();
    }
    expect(readLockHolder(held.file)).toBeNull();
  });
});

describe('holderGone', () => {
  // A pid that was just in use and has ended.
  const deadPid = spawnSync(process.execPath, ['-e', '']).pid as number;
  const FOREIGN: LockHolder = {
    pid: deadPid,
    host: 'runner-elsewhere',
    started_at: '2030-01-01T00:00:00.000Z',
    process_start: null,
    token: 'c'.repeat(32)
  };

  function lockFile(): { file: string; touched: number } {
    const file = path.join(dir(), LOCK_FILE);
    writeFileSync(file, '{}\n');
    return { file, touched: statSync(file).mtimeMs };
  }

  it('judges a lock from another host by its age on the clock it is handed', () => {
    const { file, touched } = lockFile();
    expect(holderGone(FOREIGN, file, () => touched + HEARTBEAT_MS, HOST)).toBeNull();
    expect(holderGone(FOREIGN, file, () => touched + STALE_FOREIGN_MS + 30_000, HOST)).toBe(
      `untouched for ${Math.round((STALE_FOREIGN_MS + 30_000) / 1000)} s (a running run touches it every ${HEARTBEAT_MS / 1000} s)`
    );
  });

  it('takes the host it is handed for this machine: there the same lock is judged by its pid', () => {
    const { file, touched } = lockFile();
    const here = { ...HOST, hostname: 'runner-elsewhere' };
    expect(holderGone(FOREIGN, file, () => touched, here)).toBe(`pid ${deadPid} is not running`);
  });
});
