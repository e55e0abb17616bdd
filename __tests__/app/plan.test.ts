import { describe, expect, it } from '@jest/globals';
import { runnerOf, slotOf } from '../../src/app/plan.js';
import { buildConfig } from '../../src/core/config/config.js';
import { HOST } from '../helpers/host.js';

describe('runnerOf', () => {
  it('takes the runner’s names from the env, else the machine facts it is handed', () => {
    expect(runnerOf({ RUNNER_OS: 'Linux', RUNNER_ARCH: 'X64' }, HOST)).toEqual({ os: 'Linux', arch: 'X64' });
    expect(runnerOf({}, HOST)).toEqual({ os: 'FreeBSD', arch: 'riscv64' });
    expect(runnerOf({ RUNNER_OS: '' }, HOST).os).toBe('FreeBSD');
  });
});

describe('slotOf', () => {
  it('is the instance name, the runner OS and the testbed', () => {
    const config = buildConfig({ inputs: { name: 'perf', testbed: 'arm' } });
    expect(slotOf(config, { RUNNER_OS: 'macOS' }, HOST)).toEqual({
      name: 'perf',
      os: 'macOS',
      testbed: 'arm'
    });
    expect(slotOf(config, {}, HOST).os).toBe('FreeBSD');
  });
});
