// Literal data for the page tests and the browser tests: a report the real core builds from chosen
// measurements (including a hostile benchmark id), a comparison, a baseline history and an audit record.

import { analyze } from '../../../src/core/analyze.js';
import { buildAuditRecord } from '../../../src/core/audit/record.js';
import { buildConfig } from '../../../src/core/config/config.js';
import type { BaselineFile, BaselineHistoryEntry, Comparison } from '../../../src/core/model.js';
import { GIB, MIB } from '../../../src/core/units.js';
import { atRate, measurement } from '../../helpers/measurements.js';
import { RUN_FACTS } from '../../helpers/run-facts.js';

export const HOSTILE = '<img src=x onerror=alert(1)>';
export const HOSTILE_ID = `decode_display_heavy/${HOSTILE}`;

const config = buildConfig({ inputs: { 'display-floor': '80 MB/s', 'comp3-floor': '420 MiB/s' } });

/** DISPLAY 4 GiB/s (pass), COMP-3 512 MiB/s against a 420 MiB/s floor (a warning), 7 benchmarks. */
export const REPORT = analyze({
  config,
  results: {
    measurements: [
      atRate('decode_display_heavy/single_threaded/1000', 4 * GIB),
      atRate('decode_display_heavy/streaming_processor/1000', 2.5 * GIB),
      atRate(HOSTILE_ID, 1 * GIB),
      atRate('decode_comp3_heavy/single_threaded/1000', 512 * MIB),
      atRate('decode_comp3_heavy/streaming_processor/1000', 300 * MIB),
      atRate('decode_binary_heavy/single_threaded/1000', 800 * MIB),
      measurement('parse_copybook/simple_copybook', { bytes: null, timeNs: 1500 })
    ],
    problems: []
  },
  facts: RUN_FACTS
}).report;

export const SETTINGS = config.effective;

export const COMPARISON: Comparison = {
  baseline: {
    commit: 'feedc0de00000000000000000000000000000005',
    promoted_at: '2026-11-25T09:00:00.000Z',
    ref: 'refs/heads/main'
  },
  thresholds: { regression_pct: 5, noise_pct: 2 },
  regressions: 1,
  improvements: 1,
  changes: [
    {
      id: 'decode_comp3_heavy/streaming_processor/1000',
      quantity: 'throughput',
      metric: 'throughput',
      baseline: 330 * MIB,
      current: 300 * MIB,
      change_pct: -9.09,
      lower_pct: -11.0,
      upper_pct: -7.2,
      verdict: 'regressed',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    },
    {
      id: 'decode_gone/old/1',
      quantity: 'throughput',
      metric: 'throughput',
      baseline: 100 * MIB,
      current: null,
      change_pct: null,
      lower_pct: null,
      upper_pct: null,
      verdict: 'missing',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    },
    {
      id: 'decode_display_heavy/single_threaded/1000',
      quantity: 'throughput',
      metric: 'throughput',
      baseline: 3.6 * GIB,
      current: 4 * GIB,
      change_pct: 11.1,
      lower_pct: 9.0,
      upper_pct: 13.3,
      verdict: 'improved',
      noise_threshold_pct: 3.4,
      threshold_source: 'history'
    },
    {
      id: HOSTILE_ID,
      quantity: 'throughput',
      metric: 'throughput',
      baseline: null,
      current: 1 * GIB,
      change_pct: null,
      lower_pct: null,
      upper_pct: null,
      verdict: 'new',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    },
    {
      id: 'parse_copybook/simple_copybook',
      quantity: 'time',
      metric: 'time',
      baseline: 1480,
      current: 1500,
      change_pct: 1.35,
      lower_pct: -0.7,
      upper_pct: 3.4,
      verdict: 'unchanged',
      noise_threshold_pct: 2,
      threshold_source: 'fixed'
    }
  ]
};

const COMMITS = ['3f2a9c1', '8b07d4e', 'c41e6a9', '0d9b2f7', 'e5a1c38', '71fd0b2'];
const commit = (n: number): string => `${COMMITS[n]}${String(n).repeat(33)}`;

/** Six promotions, oldest first: DISPLAY climbing, COMP-3 dipping at the end, one value missing. */
export const HISTORY: BaselineHistoryEntry[] = [
  [3.1, 540.0, 1400],
  [3.3, 535.5, 1420],
  [3.2, 531.0, 1410],
  [3.6, null, 1450],
  [3.5, 528.4, 1470],
  [3.6, 330.0, 1480]
].map(([display, comp3, parseNs], i) => ({
  commit: commit(i),
  timestamp: `2026-11-2${i}T09:00:00.000Z`,
  display_gibs: display as number,
  comp3_mibs: comp3 as number | null,
  benchmarks: {
    'decode_display_heavy/single_threaded/1000': (display as number) * GIB,
    ...(comp3 === null ? {} : { 'decode_comp3_heavy/streaming_processor/1000': (comp3 as number) * MIB }),
    'parse_copybook/simple_copybook': parseNs as number,
    ...(i >= 4 ? { [HOSTILE_ID]: 1 * GIB } : {})
  }
}));

export const BASELINE: BaselineFile = {
  schema_version: '1.0',
  name: 'copybook-bench',
  promoted_at: '2026-11-25T09:00:00.000Z',
  commit: commit(5),
  ref: 'refs/heads/main',
  run_id: '41',
  runner: { os: 'Linux', arch: 'X64', testbed: 'ubuntu-latest' },
  report: REPORT,
  history: HISTORY
};

export const GITHUB_ENV: Record<string, string> = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'acme/copybook-rs',
  GITHUB_WORKFLOW: 'performance',
  GITHUB_WORKFLOW_REF: 'acme/copybook-rs/.github/workflows/perf.yml@refs/pull/7/merge',
  GITHUB_RUN_ID: '9001',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_ACTOR: 'octocat',
  GITHUB_TRIGGERING_ACTOR: 'octocat',
  GITHUB_EVENT_NAME: 'pull_request',
  GITHUB_REF: 'refs/pull/7/merge',
  GITHUB_SHA: 'ffffffffffffffffffffffffffffffffffffffff',
  GITHUB_ACTION_REF: 'v1',
  GITHUB_TOKEN: 'ghs_never_recorded',
  RUNNER_NAME: 'GitHub Actions 3',
  RUNNER_OS: 'Linux',
  RUNNER_ARCH: 'X64',
  RUNNER_ENVIRONMENT: 'github-hosted',
  RUSTFLAGS: `-C target-cpu=native ${HOSTILE}`
};

export const FACTS = {
  node: 'v20.20.2',
  rustc: 'rustc 1.95.0 (59807616e 2026-04-14)',
  cargo: 'cargo 1.95.0 (f2d3ce0bd 2026-03-21)',
  criterion: { versions: ['0.5.1'], lockfile: 'Cargo.lock' },
  os: { platform: 'linux', release: '6.8.0-1017-azure', arch: 'x64' },
  cpu: { model: 'AMD EPYC 7763 64-Core Processor', cores: 4 },
  memoryBytes: 16 * GIB
};

export const AUDIT = buildAuditRecord({
  generatedAt: '2026-11-26T12:05:00.000Z',
  actionVersion: '1.0.0',
  env: GITHUB_ENV,
  // The workflow lets the record hold these values (audit-variables).
  auditVariables: ['RUSTFLAGS', 'UNSET_VARIABLE'],
  report: REPORT,
  comparison: COMPARISON,
  settings: SETTINGS,
  facts: FACTS,
  files: {
    report: { path: 'perf.json', sha256: 'a'.repeat(64) },
    baseline: { path: 'baseline.json', sha256: 'b'.repeat(64) }
  },
  config: {
    environmentVariables: ['RUSTFLAGS', 'UNSET_VARIABLE'],
    benchmarks: true,
    labels: { 'compliance-framework': 'SOC 2', owner: HOSTILE }
  }
});
