import type { HostFacts } from '../../src/adapters/host.js';

/** A machine that is not this one, so a test sees whether facts were handed in or read. */
export const HOST: HostFacts = {
  platform: 'freebsd',
  type: 'FreeBSD',
  release: '14.1-RELEASE',
  arch: 'riscv64',
  hostname: 'stand-in-host',
  cpuModel: 'Stand-in CPU',
  cpuCores: 6,
  memoryBytes: 12 * 1024 ** 3,
  tmpdir: '/nonexistent/stand-in-tmp'
};
