import os from 'node:os';
import { describe, expect, it } from '@jest/globals';
import { machine, readHostFacts } from '../../src/adapters/host.js';
import { HOST } from '../helpers/host.js';

describe('readHostFacts', () => {
  it('reads this machine from the os module', () => {
    const facts = readHostFacts();
    expect(facts).toEqual({
      platform: os.platform(),
      type: os.type(),
      release: os.release(),
      arch: os.arch(),
      hostname: os.hostname(),
      cpuModel: os.cpus()[0]?.model.trim() || null,
      cpuCores: expect.any(Number),
      memoryBytes: os.totalmem(),
      tmpdir: os.tmpdir()
    });
    expect(facts.cpuCores).toBeGreaterThanOrEqual(1);
    expect(facts.cpuCores).toBeLessThanOrEqual(os.cpus().length || 1);
  });
});

describe('machine', () => {
  it('gives the report the facts it is handed: platform-arch, cores, memory in GB to one decimal', () => {
    expect(machine(HOST)).toEqual({ platform: 'freebsd-riscv64', cpuCores: 6, memoryGb: 12 });
    expect(machine({ ...HOST, memoryBytes: 1.26 * 1024 ** 3 }).memoryGb).toBe(1.3);
  });
});
