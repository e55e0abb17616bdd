import { describe, expect, it } from '@jest/globals';
import { buildAuditRecord } from '../../../src/core/audit/record.js';
import { auditRecordProblems } from '../../../src/core/report/schema.js';
import { AUDIT, COMPARISON, FACTS, GITHUB_ENV, HOSTILE, REPORT, SETTINGS } from '../../render/html/sample.js';

const FILES = { report: { path: 'perf.json', sha256: 'a'.repeat(64) }, baseline: null };

describe('buildAuditRecord', () => {
  it('records who and what from the Actions environment, the measured commit first', () => {
    expect(AUDIT.run).toEqual({
      repository: 'acme/copybook-rs',
      workflow: 'performance',
      workflow_ref: 'acme/copybook-rs/.github/workflows/perf.yml@refs/pull/7/merge',
      run_id: '9001',
      run_attempt: '2',
      run_url: 'https://github.com/acme/copybook-rs/actions/runs/9001/attempts/2',
      actor: 'octocat',
      triggering_actor: 'octocat',
      event: 'pull_request',
      ref: 'refs/pull/7/merge',
      commit: REPORT._metadata.git_commit
    });
    expect(AUDIT.generated_at).toBe('2026-11-26T12:05:00.000Z');
  });

  it('records tools, machine and runner', () => {
    expect(AUDIT.tools).toEqual({
      action_version: '1.0.0',
      action_ref: 'v1',
      node: 'v20.20.2',
      rustc: 'rustc 1.95.0 (59807616e 2026-04-14)',
      cargo: 'cargo 1.95.0 (f2d3ce0bd 2026-03-21)',
      criterion: { versions: ['0.5.1'], lockfile: 'Cargo.lock' }
    });
    expect(AUDIT.environment).toEqual({
      os: 'linux',
      os_release: '6.8.0-1017-azure',
      arch: 'x64',
      cpu_model: 'AMD EPYC 7763 64-Core Processor',
      cpu_cores: 4,
      memory_bytes: FACTS.memoryBytes,
      runner: { name: 'GitHub Actions 3', os: 'Linux', arch: 'X64', environment: 'github-hosted' },
      variables: { RUSTFLAGS: `-C target-cpu=native ${HOSTILE}`, UNSET_VARIABLE: null }
    });
  });

  it('records every effective setting with its origin', () => {
    expect(AUDIT.settings['display-floor']).toEqual({ value: '80 MB/s', origin: 'input' });
    expect(AUDIT.settings.aggregate).toEqual({ value: 'max', origin: 'default' });
    expect(Object.keys(AUDIT.settings).sort()).toEqual(Object.keys(SETTINGS).sort());
  });

  it('never records a credential, whatever a setting or the config calls it', () => {
    const record = buildAuditRecord({
      generatedAt: '2026-11-26T12:05:00.000Z',
      actionVersion: '1.0.0',
      env: GITHUB_ENV,
      report: REPORT,
      settings: { ...SETTINGS, 'github-token': { value: 'ghs_secret', origin: 'input' } },
      facts: FACTS,
      files: FILES,
      config: { environmentVariables: ['GITHUB_TOKEN', 'RUSTFLAGS'], benchmarks: false, labels: {} }
    });
    const text = JSON.stringify(record);
    expect(text).not.toContain('ghs_');
    expect(record.settings['github-token']).toBeUndefined();
    expect(Object.keys(record.environment.variables)).toEqual(['RUSTFLAGS']);
    expect(JSON.stringify(AUDIT)).not.toContain('ghs_never_recorded');
  });

  it("shows only the values the workflow allows and the runner's public ones; the rest are withheld", () => {
    const record = buildAuditRecord({
      generatedAt: '2026-11-26T12:05:00.000Z',
      actionVersion: '1.0.0',
      env: {
        ...GITHUB_ENV,
        CI: 'true',
        SLACK_WEBHOOK: 'https://hooks.slack.example/T000/B000/XXXX',
        LICENSE_CODE: 'LC-4417-ABCD',
        GITHUB_DEPLOYKEY: 'deploy-key-9931',
        RUNNER_TEMP: '/home/runner/work/_temp'
      },
      auditVariables: ['RUSTFLAGS', 'NOT_SET'],
      report: REPORT,
      settings: SETTINGS,
      facts: FACTS,
      files: FILES,
      config: {
        environmentVariables: [
          'SLACK_WEBHOOK',
          'LICENSE_CODE',
          'ABSENT',
          'RUSTFLAGS',
          'NOT_SET',
          'CI',
          'RUNNER_OS',
          'RUNNER_TEMP',
          'GITHUB_REF',
          'GITHUB_DEPLOYKEY'
        ],
        benchmarks: false,
        labels: {}
      }
    });
    expect(record.environment.variables).toEqual({
      // Listed by the audit config alone: the name, never the value, set or not.
      SLACK_WEBHOOK: '(withheld)',
      LICENSE_CODE: '(withheld)',
      ABSENT: '(withheld)',
      // Allowed by the workflow.
      RUSTFLAGS: GITHUB_ENV.RUSTFLAGS,
      NOT_SET: null,
      // The runner's own, but not one whose name carries KEY.
      CI: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_TEMP: '/home/runner/work/_temp',
      GITHUB_REF: 'refs/pull/7/merge',
      GITHUB_DEPLOYKEY: '(withheld)'
    });
    const text = JSON.stringify(record);
    for (const secret of ['hooks.slack.example', 'LC-4417', 'deploy-key-9931'])
      expect(text).not.toContain(secret);
    expect(auditRecordProblems(record)).toEqual([]);
  });

  it('withholds every value when the workflow allows none', () => {
    const record = buildAuditRecord({
      generatedAt: '2026-11-26T12:05:00.000Z',
      actionVersion: '1.0.0',
      env: GITHUB_ENV,
      report: REPORT,
      settings: SETTINGS,
      facts: FACTS,
      files: FILES,
      config: { environmentVariables: ['RUSTFLAGS'], benchmarks: false, labels: {} }
    });
    expect(record.environment.variables).toEqual({ RUSTFLAGS: '(withheld)' });
  });

  it('records the results, the comparison, the hashed files and the labels', () => {
    expect(AUDIT.results.status).toBe(REPORT.status);
    expect(AUDIT.results.compliance_level).toBe(REPORT.compliance_level);
    expect(AUDIT.results.metrics.comp3).toEqual({
      label: 'COMP-3',
      unit: 'MiB/s',
      value: REPORT.metrics.comp3.value,
      bytes_per_second: REPORT.metrics.comp3.bytes_per_second,
      floor: REPORT.metrics.comp3.floor,
      safety_factor: REPORT.metrics.comp3.safety_factor,
      status: 'warn',
      ids: REPORT.metrics.comp3.ids
    });
    expect(AUDIT.results.benchmark_count).toBe(REPORT.benchmarks.length);
    expect(AUDIT.results.warnings).toEqual(REPORT.warnings);
    expect(AUDIT.results.comparison).toEqual({
      baseline_commit: COMPARISON.baseline.commit,
      baseline_promoted_at: COMPARISON.baseline.promoted_at,
      regressions: 1,
      improvements: 1
    });
    expect(AUDIT.results.benchmarks?.map((b) => b.id)).toEqual(REPORT.benchmarks.map((b) => b.id));
    expect(AUDIT.files).toEqual({
      report: { path: 'perf.json', sha256: 'a'.repeat(64) },
      baseline: { path: 'baseline.json', sha256: 'b'.repeat(64) }
    });
    expect(AUDIT.labels).toEqual({ 'compliance-framework': 'SOC 2', owner: HOSTILE });
  });

  it('outside Actions: run facts are null, no benchmarks unless asked, and the record is still valid', () => {
    const local = buildAuditRecord({
      generatedAt: '2026-11-26T12:05:00.000Z',
      actionVersion: '1.0.0',
      env: {},
      report: { ...REPORT, _metadata: { ...REPORT._metadata, git_commit: null } },
      settings: SETTINGS,
      facts: { ...FACTS, rustc: null, cargo: null, criterion: null },
      files: FILES
    });
    expect(Object.values(local.run).every((v) => v === null)).toBe(true);
    expect(local.results.benchmarks).toBeUndefined();
    expect(local.results.comparison).toBeNull();
    expect(local.labels).toEqual({});
    expect(auditRecordProblems(local)).toEqual([]);
  });
});
