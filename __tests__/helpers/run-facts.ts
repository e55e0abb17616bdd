import type { RunFacts } from '../../src/core/model.js';

export const RUN_FACTS: RunFacts = {
  origin: 'cargo-bench',
  timestamp: '2026-11-26T12:00:00.000Z',
  gitCommit: '0123456789abcdef0123456789abcdef01234567',
  rustVersion: 'rustc 1.95.0 (59807616e 2026-04-14)',
  platform: 'linux-x64',
  cpuCores: 2,
  memoryGb: 24,
  executionTimeSeconds: 42.5,
  peakRssBytes: 12 * 1024 * 1024,
  machine: {
    cpu_model: 'AMD EPYC 7763 64-Core Processor',
    cpu_cores: 2,
    rustc: '1.95.0',
    target: 'x86_64-unknown-linux-gnu',
    rustflags: ''
  },
  resultsSource: 'disk',
  resultsPath: 'target/criterion'
};
